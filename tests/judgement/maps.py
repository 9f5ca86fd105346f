"""The calibration set: realistic partnership maps, each with the findings a seasoned
facilitator would raise on it and those they would not, and why.

Each map is small and hand-made after a kind of partnership the Compass describes (a
healthy one, and one per failure it names), except the last, the community-planning
sample (98 actors). The expectations are the judgement the analysis is measured against
(`tests/judgement/test_judgement.py` asserts them; `benchmarks/judgement.py` prints
precision and recall per rule).

An :class:`Expect` matches a finding of its rule whose actors include all of ``nodes``
(and, with ``first``, whose first actor is ``nodes[0]``, i.e. the finding is *about* it).
On a map marked ``complete``, every finding of severity medium or high that matches no
expectation is a false alarm; low notes are judged only where an expectation names them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from mapper.graph.model import PartnershipMap
from tests import SAMPLE_MAPS

__all__ = ["CASES", "TODAY", "Case", "Expect", "Refuse"]

TODAY = dt.date(2026, 9, 15)


@dataclass(frozen=True)
class Expect:
    """A finding a facilitator would raise: its rule, actors it must name, severity."""

    rule: str
    nodes: tuple[str, ...]
    severity: str
    why: str
    first: bool = True  # the finding is about nodes[0] (it comes first in its actors)
    order: int | None = None  # its place in the analysis's order, when that matters
    required: bool = True  # False: acceptable to raise, not a miss when absent


@dataclass(frozen=True)
class Refuse:
    """A finding a facilitator would not raise (any finding of ``rule`` naming ``nodes``)."""

    rule: str
    nodes: tuple[str, ...]
    why: str
    first: bool = False  # only a finding about nodes[0] (its first actor)


@dataclass(frozen=True)
class Case:
    name: str
    build: Any  # () -> PartnershipMap
    expect: tuple[Expect, ...] = ()
    refuse: tuple[Refuse, ...] = ()
    complete: bool = True  # every medium or high finding is judged
    max_medium: int | None = None
    max_high: int | None = None
    top_links: tuple[tuple[str, str], ...] = ()  # pairs expected among the first links
    links_considered: int = 3  # how many of the first suggestions top_links may be in
    not_linked: tuple[tuple[str, str], ...] = field(default=())  # pairs never suggested


class Builder:
    """A short way to write a realistic map: parties, people, forums, then links."""

    def __init__(self, name: str, **meta: Any):
        self.pmap = PartnershipMap(name=name, **meta)

    def org(self, node: str, label: str, **attrs: Any) -> Builder:
        self.pmap.add_node(id=node, label=label, kind="organisation", **attrs)
        return self

    def group(self, node: str, label: str, **attrs: Any) -> Builder:
        self.pmap.add_node(id=node, label=label, kind="group", **attrs)
        return self

    def forum(self, node: str, label: str) -> Builder:
        self.pmap.add_node(id=node, label=label, kind="forum")
        return self

    def person(self, node: str, label: str, org: str, level: str, **attrs: Any) -> Builder:
        self.pmap.add_node(
            id=node, label=label, kind="person", organisation=org, level=level, **attrs
        )
        return self

    def talk(
        self, a: str, b: str, frequency: str, last: str, mutual: bool = True, **attrs: Any
    ) -> Builder:
        self.pmap.add_edge(
            a, b, "communicates", frequency=frequency, last_contact=last, mutual=mutual, **attrs
        )
        return self

    def seat(self, holder: str, forum: str, role: str = "member", **attrs: Any) -> Builder:
        attrs.setdefault("voting", role != "observer")
        self.pmap.add_edge(holder, forum, "member_of", role=role, **attrs)
        return self

    def gives(self, a: str, b: str, resource: str, **attrs: Any) -> Builder:
        self.pmap.add_edge(a, b, "resource", resource=resource, **attrs)
        return self

    def answers(self, a: str, b: str, **attrs: Any) -> Builder:
        self.pmap.add_edge(a, b, "accountable_to", **attrs)
        return self


def healthy() -> PartnershipMap:
    """Westfield Family Support Partnership: a well-run partnership of four bodies, a board
    and a delivery group with people of every partner on both, two-way monthly and weekly
    contact, a funder met quarterly, sub-grants from the lead to partners that have other
    funding too, and the parents' forum on both forums with a vote."""
    b = Builder(
        "Westfield Family Support Partnership",
        purpose="Early help for families in Westfield, designed with parents.",
        skills_needed=["family support", "parenting programmes", "early years"],
    )
    b.org("centre", "Westfield Family Centre", role="lead partner", sector="third",
          category="third sector organisation", power=4, interest=5,
          skills=["family support", "safeguarding"])  # fmt: skip
    b.org("parenting", "Parenting Matters", role="partner", sector="third",
          category="third sector organisation", power=3, interest=5,
          skills=["parenting programmes"])  # fmt: skip
    b.org("council", "Westfield Council Children's Services", role="partner", sector="public",
          category="local authority / public body", power=4, interest=4,
          skills=["social work", "safeguarding"])  # fmt: skip
    b.org("nursery", "Little Steps Nursery", role="partner", sector="third",
          category="third sector organisation", power=2, interest=4,
          skills=["early years"])  # fmt: skip
    b.org("fund", "Corra Community Fund", role="stakeholder", sector="third",
          category="funder", power=4, interest=3)  # fmt: skip
    b.group("parents", "Westfield Parents' Forum", role="stakeholder", sector="community",
            category="service users", power=2, interest=5)  # fmt: skip
    b.forum("board", "Partnership Board")
    b.forum("delivery", "Delivery Group")
    b.person("joan", "Joan Hay (Chief Executive)", "centre", "strategic")
    b.person("amira", "Amira Khan (Coordinator)", "centre", "operational")
    b.person("tom", "Tom Reid (Manager)", "parenting", "strategic")
    b.person("lucy", "Lucy Grant (Parenting Worker)", "parenting", "operational")
    b.person("helen", "Helen Brown (Head of Early Help)", "council", "strategic")
    b.person("sam", "Sam Patel (Social Worker)", "council", "operational")
    b.person("ewan", "Ewan Ross (Nursery Manager)", "nursery", "strategic")
    b.person("megan", "Megan Bell (Early Years Practitioner)", "nursery", "operational")
    for holder, role in (("joan", "chair"), ("tom", "member"), ("helen", "member"),
                         ("ewan", "member"), ("parents", "member"), ("amira", "member")):  # fmt: skip
        b.seat(holder, "board", role)
    for holder, role in (("amira", "chair"), ("lucy", "member"), ("sam", "member"),
                         ("megan", "member"), ("parents", "member")):  # fmt: skip
        b.seat(holder, "delivery", role)
    b.answers("delivery", "board", scope="delivery plan")
    b.answers("centre", "fund", scope="grant conditions", formal=True)
    b.answers("parenting", "centre", scope="sub-grant", formal=True)
    b.answers("nursery", "centre", scope="sub-grant", formal=True)
    b.talk("joan", "fund", "quarterly", "2026-08-20", channel="meeting")
    b.talk("amira", "fund", "quarterly", "2026-07-30", channel="email")
    b.talk("joan", "amira", "weekly", "2026-09-11")
    b.talk("joan", "tom", "monthly", "2026-08-28")
    b.talk("joan", "helen", "monthly", "2026-09-02")
    b.talk("joan", "ewan", "monthly", "2026-08-26")
    b.talk("tom", "helen", "monthly", "2026-08-19")
    b.talk("amira", "lucy", "weekly", "2026-09-10")
    b.talk("amira", "sam", "weekly", "2026-09-09")
    b.talk("amira", "megan", "weekly", "2026-09-11")
    b.talk("amira", "parents", "monthly", "2026-09-01")
    b.talk("lucy", "parents", "weekly", "2026-09-08")
    b.talk("tom", "lucy", "weekly", "2026-09-10")
    b.talk("helen", "sam", "weekly", "2026-09-08")
    b.talk("ewan", "megan", "weekly", "2026-09-11")
    b.talk("lucy", "sam", "weekly", "2026-09-07")
    b.talk("megan", "sam", "fortnightly", "2026-09-03")
    b.talk("lucy", "megan", "fortnightly", "2026-09-01")
    b.gives("fund", "centre", "funding", amount=60000, unit="GBP", importance=4)
    b.gives("council", "centre", "funding", amount=40000, unit="GBP", importance=4)
    b.gives("council", "centre", "premises", importance=2)
    b.gives("centre", "parenting", "funding", amount=20000, unit="GBP", importance=3)
    b.gives("council", "parenting", "funding", amount=15000, unit="GBP", importance=3)
    b.gives("centre", "nursery", "funding", amount=10000, unit="GBP", importance=3)
    b.gives("council", "nursery", "funding", amount=30000, unit="GBP", importance=4)
    b.gives("parents", "centre", "knowledge", importance=3)
    return b.pmap


def hierarchy() -> PartnershipMap:
    """Eastbank Wellbeing Alliance: the council calls itself lead partner, funds all of
    every partner, and all four answer to it on contract KPIs; the partners sit on the
    council's Alliance Board as non-voting observers; what flows up is monitoring returns,
    what flows down a bulletin."""
    b = Builder("Eastbank Wellbeing Alliance", purpose="Wellbeing services in Eastbank.")
    b.org("council", "Eastbank Council", role="lead partner", sector="public",
          category="local authority / public body", power=5, interest=4)  # fmt: skip
    charities = {
        "mind": "Eastbank Mind",
        "carers": "Eastbank Carers Link",
        "youth": "Eastbank Youth Project",
        "food": "Eastbank Food Share",
    }
    for node, label in charities.items():
        b.org(node, label, role="partner", sector="third",
              category="third sector organisation", power=2, interest=5)  # fmt: skip
    b.forum("alliance-board", "Alliance Board")
    b.person("director", "Director of Wellbeing", "council", "strategic")
    b.person("commissioner", "Lead Commissioner", "council", "strategic")
    b.seat("director", "alliance-board", "chair", voting=True)
    b.seat("commissioner", "alliance-board", "member", voting=True)
    amounts = {"mind": 120000, "carers": 80000, "youth": 60000, "food": 40000}
    for node in charities:
        b.seat(node, "alliance-board", "observer", voting=False)
        b.gives("council", node, "funding", amount=amounts[node], unit="GBP", importance=5)
        b.answers(node, "council", scope="contract KPIs", formal=True)
        b.talk(node, "commissioner", "quarterly", "2026-07-15", mutual=False,
               channel="monitoring return")  # fmt: skip
        b.talk("commissioner", node, "monthly", "2026-09-01", mutual=False,
               channel="bulletin")  # fmt: skip
    b.talk("mind", "carers", "monthly", "2026-08-20")
    b.talk("youth", "food", "monthly", "2026-08-25")
    b.talk("mind", "youth", "quarterly", "2026-07-10")
    b.talk("director", "commissioner", "weekly", "2026-09-10")
    return b.pmap


def operations_excluded() -> PartnershipMap:
    """Loch Ard Recovery Partnership: three charities and the health board, sound in most
    ways, but the steering group seats only chief executives and heads of service, and
    the recovery workers who deliver the service sit on no forum at all."""
    b = Builder("Loch Ard Recovery Partnership", purpose="Recovery support after addiction.")
    b.org("lead", "Loch Ard Recovery Trust", role="lead partner", sector="third",
          power=4, interest=5)  # fmt: skip
    b.org("housing", "Ardview Housing", role="partner", sector="third", power=3, interest=4)
    b.org("health", "Loch Ard Health Board", role="partner", sector="public", power=4,
          interest=4)  # fmt: skip
    b.org("peer", "Peer Recovery Network", role="partner", sector="community", power=2,
          interest=5)  # fmt: skip
    b.forum("steering", "Steering Group")
    people = [
        ("ceo", "Chief Executive, Recovery Trust", "lead", "strategic"),
        ("worker1", "Recovery Worker, Recovery Trust", "lead", "operational"),
        ("hceo", "Director, Ardview Housing", "housing", "strategic"),
        ("tenancy", "Tenancy Support Officer", "housing", "operational"),
        ("head", "Head of Addiction Services", "health", "strategic"),
        ("nurse", "Community Addiction Nurse", "health", "operational"),
        ("pchair", "Chair, Peer Recovery Network", "peer", "strategic"),
        ("mentor", "Peer Mentor", "peer", "operational"),
    ]
    for node, label, org, level in people:
        b.person(node, label, org, level)
    for node in ("ceo", "hceo", "head", "pchair"):
        b.seat(node, "steering", "chair" if node == "ceo" else "member")
    b.talk("ceo", "hceo", "monthly", "2026-09-01")
    b.talk("ceo", "head", "monthly", "2026-08-27")
    b.talk("ceo", "pchair", "monthly", "2026-09-03")
    b.talk("head", "hceo", "monthly", "2026-08-20")
    b.talk("ceo", "worker1", "weekly", "2026-09-11")
    b.talk("hceo", "tenancy", "weekly", "2026-09-10")
    b.talk("head", "nurse", "fortnightly", "2026-09-02")
    b.talk("pchair", "mentor", "weekly", "2026-09-09")
    b.talk("worker1", "tenancy", "weekly", "2026-09-10")
    b.talk("worker1", "nurse", "weekly", "2026-09-09")
    b.talk("worker1", "mentor", "weekly", "2026-09-11")
    b.talk("nurse", "mentor", "fortnightly", "2026-09-04")
    b.gives("health", "lead", "funding", amount=90000, unit="GBP", importance=4)
    b.gives("health", "peer", "funding", amount=15000, unit="GBP", importance=3)
    b.gives("lead", "peer", "funding", amount=10000, unit="GBP", importance=3)
    b.gives("housing", "lead", "premises", importance=3)
    b.gives("housing", "lead", "funding", amount=20000, unit="GBP", importance=3)
    b.answers("lead", "health", scope="service contract", formal=True)
    return b.pmap


def unheard_users() -> PartnershipMap:
    """Ochil Young Carers Partnership: sound between its partners, but the young carers'
    group only receives a quarterly newsletter from the lead: nothing goes back, and it
    has no seat anywhere."""
    b = Builder("Ochil Young Carers Partnership", purpose="Support for young carers.")
    b.org("lead", "Ochil Carers Centre", role="lead partner", sector="third", power=4,
          interest=5)  # fmt: skip
    b.org("school", "Ochil Academy", role="partner", sector="public", power=3, interest=4)
    b.org("youth", "Ochil Youth Work", role="partner", sector="third", power=2, interest=4)
    b.group("carers", "Young Carers Group", role="stakeholder", sector="community",
            category="service users", power=1, interest=5)  # fmt: skip
    b.forum("steering", "Steering Group")
    for node in ("lead", "school", "youth"):
        b.seat(node, "steering", "chair" if node == "lead" else "member")
    b.talk("lead", "school", "monthly", "2026-09-02")
    b.talk("lead", "youth", "fortnightly", "2026-09-08")
    b.talk("school", "youth", "monthly", "2026-08-28")
    b.talk("lead", "carers", "quarterly", "2026-07-01", mutual=False, channel="newsletter")
    b.gives("school", "lead", "premises", importance=2)
    return b.pmap


def coordinator_leaving() -> PartnershipMap:
    """Braeside Homelessness Partnership: Hillside Housing, which has no seat on the board
    yet, has one contact with the partnership: the lead's coordinator, Dana, who leaves at
    the end of the month."""
    b = Builder("Braeside Homelessness Partnership", purpose="No one sleeps rough in Braeside.")
    b.org("lead", "Braeside Shelter Trust", role="lead partner", sector="third", power=4,
          interest=5)  # fmt: skip
    b.org("council", "Braeside Council Housing", role="partner", sector="public", power=5,
          interest=4)  # fmt: skip
    b.org("advice", "Braeside Advice Centre", role="partner", sector="third", power=2,
          interest=4)  # fmt: skip
    b.org("hillside", "Hillside Housing", role="partner", sector="third", power=3,
          interest=3)  # fmt: skip
    b.forum("board", "Partnership Board")
    b.person("ceo", "Chief Executive, Shelter Trust", "lead", "strategic")
    b.person("dana", "Dana Whyte (Coordinator)", "lead", "operational", until="2026-09-30")
    b.person("officer", "Housing Options Manager", "council", "strategic")
    b.person("adviser", "Senior Adviser", "advice", "operational")
    b.person("hmanager", "Hillside Housing Manager", "hillside", "strategic")
    for node in ("ceo", "officer", "adviser"):
        b.seat(node, "board", "chair" if node == "ceo" else "member")
    b.talk("ceo", "dana", "weekly", "2026-09-11")
    b.talk("ceo", "officer", "monthly", "2026-09-01")
    b.talk("dana", "officer", "weekly", "2026-09-10")
    b.talk("dana", "adviser", "weekly", "2026-09-10")
    b.talk("ceo", "adviser", "monthly", "2026-08-28")
    b.talk("dana", "hmanager", "fortnightly", "2026-09-04")
    b.gives("council", "lead", "funding", amount=70000, unit="GBP", importance=4)
    b.gives("hillside", "lead", "funding", amount=10000, unit="GBP", importance=3)
    b.gives("council", "advice", "funding", amount=20000, unit="GBP", importance=3)
    b.gives("lead", "advice", "funding", amount=8000, unit="GBP", importance=3)
    b.answers("lead", "council", scope="grant", formal=True)
    return b.pmap


def no_lead() -> PartnershipMap:
    """Strathmore Arts Network: four arts charities working together well, but nobody is
    named lead partner."""
    b = Builder("Strathmore Arts Network", purpose="Arts in every village.")
    orgs = {
        "theatre": "Strathmore Theatre",
        "gallery": "Glen Gallery",
        "music": "Strathmore Music Hub",
        "library": "Village Library Friends",
    }
    for node, label in orgs.items():
        b.org(node, label, role="partner", sector="third", power=3, interest=4)
    b.forum("network", "Network Meeting")
    for node in orgs:
        b.seat(node, "network")
    b.talk("theatre", "gallery", "monthly", "2026-09-01")
    b.talk("theatre", "music", "monthly", "2026-08-30")
    b.talk("gallery", "library", "monthly", "2026-09-05")
    b.talk("music", "library", "monthly", "2026-08-25")
    b.talk("theatre", "library", "monthly", "2026-09-09")
    return b.pmap


def grantees() -> PartnershipMap:
    """Kelvin Food Network: a trust outside the partnership is the only funder of four
    partners, who report to it and meet it quarterly; the partners run their own forum."""
    b = Builder("Kelvin Food Network", purpose="Good food for all in Kelvinside.")
    b.org("lead", "Kelvin Food Bank", role="lead partner", sector="third", power=3,
          interest=5)  # fmt: skip
    b.org("pantry", "Kelvin Community Pantry", role="partner", sector="community",
          power=2, interest=5)  # fmt: skip
    b.org("kitchen", "Kelvin Kitchen", role="partner", sector="third", power=2, interest=5)
    b.org("growers", "Kelvin Growers", role="partner", sector="community", power=2,
          interest=4)  # fmt: skip
    b.org("trust", "Kelvin Trust", role="stakeholder", sector="third", category="funder",
          power=5, interest=3)  # fmt: skip
    b.forum("forum", "Food Network Forum")
    amounts = {"lead": 50000, "pantry": 12000, "kitchen": 20000, "growers": 8000}
    for node in amounts:
        b.seat(node, "forum", "chair" if node == "lead" else "member")
        b.gives("trust", node, "funding", amount=amounts[node], unit="GBP", importance=5)
        b.answers(node, "trust", scope="grant report", formal=True)
        b.talk(node, "trust", "quarterly", "2026-08-10")
    b.talk("lead", "pantry", "weekly", "2026-09-10")
    b.talk("lead", "kitchen", "weekly", "2026-09-11")
    b.talk("lead", "growers", "fortnightly", "2026-09-04")
    b.talk("pantry", "kitchen", "fortnightly", "2026-09-02")
    b.talk("kitchen", "growers", "monthly", "2026-08-21")
    return b.pmap


def community_planning() -> PartnershipMap:
    data = json.loads((SAMPLE_MAPS / "community-planning.json").read_text(encoding="utf-8"))
    return PartnershipMap.from_dict(data)


def kickoff() -> PartnershipMap:
    path = SAMPLE_MAPS / "health-social-care-kickoff.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return PartnershipMap.from_dict(data)


CASES = (
    Case(
        "healthy",
        healthy,
        refuse=(
            Refuse(
                "accountable-without-channel",
                ("delivery", "board"),
                "the coordinator chairs the delivery group and sits on the board",
            ),
            Refuse(
                "resource-dependence",
                ("centre", "parenting"),
                "a sub-grant from the lead to a partner that has other funding too",
            ),
            Refuse(
                "salience-mismatch",
                ("fund",),
                "the funder is met quarterly and two-way, which is what a funder needs",
            ),
            Refuse(
                "skills-gap",
                ("parenting",),
                "a skill only one partner brings is complementarity, not a gap",
            ),
        ),
        max_high=0,
        max_medium=1,
        not_linked=(("parents", "council"), ("parents", "nursery")),
    ),
    Case(
        "hierarchy dressed as partnership",
        hierarchy,
        expect=(
            Expect(
                "hierarchy-behind-partnership",
                ("council", "mind", "carers", "youth", "food"),
                "high",
                "funds every partner, all answer to it, partners only observe and "
                "only report: the Compass's hierarchy masked as partnership",
                order=0,
            ),
            Expect(
                "excluded-from-decisions",
                ("mind", "carers", "youth", "food"),
                "medium",
                "observers without a vote have no say in decisions",
            ),
            Expect(
                "gatekeeper",
                ("commissioner",),
                "medium",
                "all contact with the council runs through one officer",
                required=False,
            ),
        ),
        refuse=(
            Refuse(
                "resource-dependence",
                ("mind", "council"),
                "one cause: the hierarchy finding already says the council funds them all",
            ),
            Refuse(
                "single-point-of-failure",
                ("commissioner", "director"),
                "the director reaching the partnership through a colleague is line management",
            ),
        ),
    ),
    Case(
        "operational staff excluded",
        operations_excluded,
        expect=(
            Expect(
                "strategy-operations-gap",
                ("worker1", "tenancy", "nurse", "mentor"),
                "medium",
                "the steering group seats only chief executives and heads of service",
            ),
        ),
        refuse=(
            Refuse("resource-dependence", ("health", "peer"), "the peer network has two funders"),
        ),
        not_linked=(("housing", "peer"),),
    ),
    Case(
        "unheard service users",
        unheard_users,
        expect=(
            Expect(
                "salience-mismatch",
                ("carers",),
                "high",
                "the young carers only receive a newsletter: nothing they say reaches a forum",
            ),
            Expect(
                "gatekeeper",
                ("lead",),
                "low",
                "the lead is the only route to the carers: a note",
                required=False,
            ),
        ),
        refuse=(
            Refuse("one-way-communication", ("carers",), "one cause: they have no voice"),
            Refuse("service-users-without-dialogue", ("carers",), "one cause: no voice"),
            Refuse("influence-concentration", ("lead",), "nothing about power here"),
        ),
        top_links=(("carers", "steering"),),
        links_considered=1,
    ),
    Case(
        "a coordinator leaving",
        coordinator_leaving,
        expect=(
            Expect(
                "single-point-of-failure",
                ("dana", "hillside"),
                "high",
                "Hillside's only contact leaves at the end of the month",
            ),
            Expect(
                "excluded-from-decisions",
                ("hillside",),
                "high",
                "Hillside Housing is a partner with no seat on the board",
            ),
        ),
        refuse=(
            Refuse(
                "salience-mismatch", ("hillside",), "Hillside is in touch fortnightly: often enough"
            ),
            Refuse(
                "resource-dependence", ("council", "advice"), "the advice centre has two funders"
            ),
        ),
        top_links=(("hmanager", "*"),),
        links_considered=1,
        not_linked=(("council", "advice"),),
    ),
    Case(
        "no lead partner",
        no_lead,
        expect=(
            Expect(
                "no-lead-partner",
                ("theatre",),
                "medium",
                "nobody holds the partnership together (P4, action 1)",
                first=False,
            ),
        ),
        not_linked=(("gallery", "music"),),
    ),
    Case(
        "a grantee network",
        grantees,
        expect=(
            Expect(
                "resource-dependence",
                ("trust", "lead", "pantry", "kitchen", "growers"),
                "high",
                "one funder is the only source of all four: one finding naming all",
            ),
        ),
        refuse=(
            Refuse(
                "hierarchy-behind-partnership",
                ("trust",),
                "the trust is outside the partnership; its grantees decide together",
            ),
            Refuse("salience-mismatch", ("trust",), "met quarterly and two-way"),
            Refuse(
                "resource-dependence",
                ("pantry", "trust"),
                "one finding per cause, not one per grantee",
                first=True,
            ),
        ),
        max_high=1,
    ),
    Case(
        "the kickoff sample",
        kickoff,
        expect=(
            Expect(
                "accountable-without-channel",
                (
                    "inchcailloch-trust",
                    "cairn-community-care",
                    "carronvale-carers-centre",
                    "riverside-befriending",
                ),
                "high",
                "three grantees answer to the trust and nobody talks to it",
            ),
            Expect(
                "salience-mismatch",
                ("home-voices",),
                "high",
                "the service users have no voice at all",
            ),
            Expect(
                "single-point-of-failure",
                ("kirsty-maclean",),
                "high",
                "one coordinator between managers and the frontline (27% of the map)",
            ),
            Expect("stale-link", ("cairn-community-care", "duncan-reid"), "high", "188 days"),
            Expect(
                "stale-link",
                ("voluntary-action-carronvale", "connect-carronvale"),
                "high",
                "195 days",
            ),
            Expect(
                "knowledge-without-voice",
                ("connect-carronvale",),
                "medium",
                "the only holder of digital inclusion sits as an observer",
            ),
            Expect(
                "one-way-communication",
                ("nhs-carronvale",),
                "medium",
                "the health board's bulletins get no reply",
            ),
            Expect(
                "strategy-operations-gap",
                ("kirsty-maclean", "sean-docherty"),
                "medium",
                "no operational person sits on a forum",
                first=False,
            ),
            Expect("skills-gap", (), "high", "evaluation is needed and nobody offers it"),
        ),
        refuse=(
            Refuse(
                "influence-concentration",
                ("home-voices",),
                "a group with no way to be heard has no hidden power",
            ),
            Refuse("unreachable-stakeholder", ("home-voices",), "one cause: no voice"),
            Refuse(
                "gatekeeper",
                ("kirsty-maclean",),
                "one cause: the single point of failure already names her",
            ),
        ),
        complete=False,
        top_links=(("cairn-community-care", "inchcailloch-trust"),),
        links_considered=1,
    ),
    Case(
        "the community-planning sample",
        community_planning,
        expect=(
            Expect(
                "single-point-of-failure",
                ("third-sector-ardmuir", "kirkton-mens-shed"),
                "medium",
                "community groups reached only through the TSI",
            ),
            Expect(
                "strategy-operations-gap",
                ("employability-group",),
                "medium",
                "a thematic group with no operational members",
            ),
            Expect("stale-link", ("ardmuir-council", "dunmore-cc"), "medium", "322 days"),
            Expect(
                "stale-link",
                ("ardmuir-council", "poverty-truth-group"),
                "high",
                "monthly contact, last in March",
            ),
            Expect(
                "resource-dependence",
                ("ardmuir-hscp", "ardmuir-recovery-cafe"),
                "medium",
                "all the café's funding from the HSCP",
            ),
            Expect("skills-gap", (), "high", "evaluation is needed and nobody offers it"),
        ),
        refuse=(
            Refuse(
                "resource-dependence",
                ("cpp-board",),
                "a forum is run by its members: not dependence",
            ),
            Refuse(
                "resource-dependence", ("new-scots-families",), "knowledge shared is not dependence"
            ),
        ),
        complete=False,
        max_high=7,
    ),
)
