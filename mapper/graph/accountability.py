"""Accountability: who answers to whom, whether they talk, who takes part in decisions, and
whether the partnership has a lead and a hierarchy behind it.

Accountability is read at the level of parties: a person's accountability line counts
for their organisation, and so does their seat on a forum. A forum where both sides sit
is a channel between them (:meth:`MapView.channel`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mapper.graph.model import PartnershipMap
from mapper.graph.resources import dependence
from mapper.graph.rules import (
    Edge,
    Finding,
    MapView,
    as_view,
    counted,
    finding,
    fragment,
    join,
    not_enough_data,
    plural,
    rule,
)

__all__ = [
    "accountable_without_channel",
    "excluded_from_decisions",
    "funding_shares",
    "hierarchy_behind_partnership",
    "lines",
    "no_lead_partner",
    "reporting_without_dialogue",
]


def lines(source: PartnershipMap | MapView) -> dict[tuple[str, str], list[Edge]]:
    """The accountability lines between parties: (who answers, to whom) -> the links."""
    view = as_view(source)
    if "lines" not in view.memo:
        found: dict[tuple[str, str], list[Edge]] = {}
        for s, t, _ in view.edges("accountable_to"):
            pair = (view.owner[s], view.owner[t])
            if pair[0] != pair[1]:
                found.setdefault(pair, []).append((s, t, "accountable_to"))
        view.memo["lines"] = found
    return view.memo["lines"]


def _verbs(count: int) -> dict[str, str]:
    return {
        "verb": plural(count, "answers", "answer"),
        "have": plural(count, "has", "have"),
        "are": plural(count, "is", "are"),
    }


@rule("accountable-without-channel", days=90)
def accountable_without_channel(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A answers to B, but they have no way to talk (no communication link and no forum
    where both sit), or none within ``days``. One finding per body answered to.

    >>> m = PartnershipMap()
    >>> m.add_node(id="charity"); m.add_node(id="funder")
    'charity'
    'funder'
    >>> m.add_edge("charity", "funder", "accountable_to")
    'e1'
    >>> [(f.severity, f.nodes) for f in accountable_without_channel(m, {"days": 90},
    ...                                                               dt.date(2026, 1, 1))]
    [('high', ('funder', 'charity'))]
    """
    view = as_view(source)
    rule_id = "accountable-without-channel"
    accountable = lines(view)
    if not accountable:
        return not_enough_data(rule_id)
    silent: dict[str, list[str]] = {}
    quiet: dict[str, list[tuple[str, str, list[Edge]]]] = {}
    for (answers, to), _ in accountable.items():
        if not view.channel(answers, to):
            silent.setdefault(to, []).append(answers)
            continue
        channel = view.links(answers, to, "communicates")
        dates = [
            attrs["last_contact"]
            for s, t, kind in channel
            for attrs in view.graph.get_edge_data(s, t).values()
            if attrs.get("kind") == kind and attrs.get("last_contact")
        ]
        shared_forum = view.presence(answers) & view.presence(to) - {answers, to}
        if dates and not shared_forum:
            last = max(dates)
            if (today - dt.date.fromisoformat(last)).days > params["days"]:
                quiet.setdefault(to, []).append((answers, last, channel))
    findings = []
    for to, parties in silent.items():
        findings.append(
            finding(
                rule_id,
                "no_channel",
                severity="high",
                params=params,
                nodes=[to, *parties],
                edges=[edge for p in parties for edge in accountable[(p, to)]],
                actors=view.names(parties),
                other=view.label(to),
                **_verbs(len(parties)),
            )
        )
    for to, entries in quiet.items():
        last = max(entry[1] for entry in entries)
        parties = [entry[0] for entry in entries]
        findings.append(
            finding(
                rule_id,
                "stale",
                severity="medium",
                params=params,
                nodes=[to, *parties],
                edges=[e for p, _, ch in entries for e in (*accountable[(p, to)], *ch)],
                subject="stale",
                actors=view.names(parties),
                other=view.label(to),
                last=last,
                age=(today - dt.date.fromisoformat(last)).days,
                days=params["days"],
                **_verbs(len(parties)),
            )
        )
    return findings


@rule("excluded-from-decisions")
def excluded_from_decisions(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Partners with no seat on any forum (high); partners whose seats have no vote
    (medium); where seats record decision stages, partners missing some (medium). One
    finding for each of the three, naming every partner it concerns."""
    view = as_view(source)
    rule_id = "excluded-from-decisions"
    if not view.forums or not view.partners:
        return not_enough_data(rule_id)
    recorded = list(
        dict.fromkeys(
            stage for held in view.seats.values() for *_, a in held for stage in a.get("stages", [])
        )
    )
    unseated, observing, gaps = [], [], []
    for party in view.partners:
        held = view.seats.get(party, [])
        if not held:
            unseated.append(party)
        elif not view.votes(party):
            observing.append(party)
        elif recorded:
            covered = {stage for *_, attrs in held for stage in attrs.get("stages", [])}
            missing = [stage for stage in recorded if stage not in covered]
            if missing:
                gaps.append((party, missing))
    findings = []
    if unseated:
        findings.append(
            finding(
                rule_id,
                "no_seat",
                severity="high",
                params=params,
                nodes=unseated,
                actors=view.names(unseated),
                have=plural(len(unseated), "has", "have"),
                are=plural(len(unseated), "is", "are"),
                partners=plural(len(unseated), "a partner", "partners"),
                forums=view.names(view.forums),
            )
        )
    if observing:
        held = [(h, f) for p in observing for h, f, _ in view.seats[p]]
        findings.append(
            finding(
                rule_id,
                "no_vote",
                severity="medium",
                params=params,
                nodes=[*observing, *dict.fromkeys(f for _, f in held)],
                edges=[(h, f, "member_of") for h, f in held],
                subject="no_vote",
                actors=view.names(observing),
                observe=plural(len(observing), "observes", "observe"),
                sit=plural(len(observing), "sits", "sit"),
                forums=view.names(dict.fromkeys(f for _, f in held)),
                they=plural(len(observing), "it", "they"),
                have=plural(len(observing), "has", "have"),
            )
        )
    if gaps:
        parties = [party for party, _ in gaps]
        findings.append(
            finding(
                rule_id,
                "missing_stages",
                severity="medium",
                params=params,
                nodes=parties,
                subject="missing_stages",
                actors=view.names(parties),
                miss=plural(len(parties), "misses", "miss"),
                stages=join(recorded),
                gaps=" ".join(
                    fragment(rule_id, "gap", actor=view.label(p), stages=join(missing))
                    for p, missing in gaps
                ),
            )
        )
    return findings


def funding_shares(source: PartnershipMap | MapView) -> dict[str, float]:
    """Each party's share of the funding given on the map.

    By amount when every funding link records one, otherwise by number of links.

    >>> m = PartnershipMap()
    >>> for name in ("a", "b", "c"):
    ...     _ = m.add_node(id=name)
    >>> _ = m.add_edge("a", "c", "resource", resource="funding", amount=300)
    >>> _ = m.add_edge("b", "c", "resource", resource="funding", amount=100)
    >>> funding_shares(m)
    {'a': 0.75, 'b': 0.25}
    """
    view = as_view(source)
    flows = [(s, a) for s, _, a in view.edges("resource") if a.get("resource") == "funding"]
    by_amount = all("amount" in attrs for _, attrs in flows)
    given: dict[str, float] = {}
    for s, attrs in flows:
        party = view.owner[s]
        given[party] = given.get(party, 0) + (attrs["amount"] if by_amount else 1)
    total = sum(given.values())
    return {party: value / total for party, value in given.items()} if total else {}


def _inside(view: MapView, party: str) -> bool:
    """A partner, or a body with a seat on one of the partnership's forums."""
    return party in view.partners or party in view.seats


def _hierarchies(
    view: MapView, params: dict[str, Any]
) -> list[tuple[str, float, list[str], list[str]]]:
    """(giver, its funding share, the other partners, those answering to it)."""
    found = []
    for giver, share in funding_shares(view).items():
        others = [p for p in view.partners if p != giver]
        if share < params["funding_share"] or not others or not _inside(view, giver):
            continue
        answering = [p for p in others if (p, giver) in lines(view)]
        back = [p for p in answering if (giver, p) in lines(view)]
        if not answering or len(answering) / len(others) < params["accountable_share"]:
            continue
        if len(back) / len(answering) > params["back_share"]:
            continue
        found.append((giver, share, others, answering))
    return found


@rule(
    "hierarchy-behind-partnership",
    funding_share=0.6,
    accountable_share=0.5,
    back_share=0.25,
    reciprocity=0.5,
)
def hierarchy_behind_partnership(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """One party inside the partnership gives most of the funding, most partners answer to
    it, it answers to few of them. High when decisions also sit with it, or when its
    communication with them is mostly reporting rather than dialogue."""
    view = as_view(source)
    rule_id = "hierarchy-behind-partnership"
    if not funding_shares(view):
        return not_enough_data(rule_id)
    findings = []
    for giver, share, others, answering in _hierarchies(view, params):
        back = [p for p in answering if (giver, p) in lines(view)]
        talking = [p for p in answering if frozenset((giver, p)) in view.dialogue]
        voting = [p for p in answering if view.votes(p)]
        sole = [p for p in answering if _sole_funder(view, p) == giver]
        decides = len(voting) < len(answering) / 2
        told = len(talking) / len(answering) < params["reciprocity"]
        if not view.forums:
            decisions = fragment(rule_id, "no_forum")
        else:
            decisions = fragment(
                rule_id,
                "decides" if decides else "shared",
                count=len(answering) - len(voting) if decides else len(voting),
            )
        edges = [
            edge
            for p in answering
            for edge in view.links(giver, p, "resource", "accountable_to")
            if view.owner[edge[0]] == (giver if edge[2] == "resource" else p)
        ]
        findings.append(
            finding(
                rule_id,
                "high" if decides or told else "medium",
                severity="high" if decides or told else "medium",
                params=params,
                nodes=[giver, *answering],
                edges=edges,
                actor=view.label(giver),
                share=f"{share:.0%}",
                sole=fragment(rule_id, "sole", names=view.names(sole)) if sole else "",
                answering=len(answering),
                partners=counted(len(others), "partner"),
                back=f"{len(back)} of them" if back else "none of them",
                decisions=decisions,
                dialogue=fragment(rule_id, "dialogue", count=len(talking)),
            )
        )
    return findings


def _sole_funder(view: MapView, party: str) -> str | None:
    """The one party ``party`` gets all its funding from, if there is one."""
    sources = dependence(view).supply.get(party, {}).get("funding", {})
    return next(iter(sources)) if len(sources) == 1 else None


@rule("no-lead-partner")
def no_lead_partner(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Partners on the map, and none of them the lead partner.

    >>> m = PartnershipMap()
    >>> _ = m.add_node(id="a", role="partner"); _ = m.add_node(id="b", role="partner")
    >>> [f.title for f in no_lead_partner(m, {}, dt.date(2026, 1, 1))]
    ['No lead partner is named']
    """
    view = as_view(source)
    partners = view.partners
    if view.leads or len(partners) < 2:
        return []
    return [
        finding(
            "no-lead-partner",
            "none",
            severity="medium",
            params=params,
            nodes=partners,
            count=counted(len(partners), "partner"),
        )
    ]


@rule("reporting-without-dialogue", share=0.5, lines=2)
def reporting_without_dialogue(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Accountability lines that carry only reporting: communication between the two
    sides, none of it two-way dialogue, and no forum where both sit. Fires when they are
    at least ``share`` of the lines and at least ``lines`` of them."""
    view = as_view(source)
    rule_id = "reporting-without-dialogue"
    accountable = lines(view)
    if not accountable:
        return not_enough_data(rule_id)
    reporting = [
        (answers, to)
        for answers, to in accountable
        if view.talk(answers, to)
        and frozenset((answers, to)) not in view.dialogue
        and not (view.presence(answers) & view.presence(to) - {answers, to})
    ]
    total = len(accountable)
    if len(reporting) < params["lines"] or len(reporting) / total < params["share"]:
        return []
    bodies: dict[str, list[str]] = {}
    for answers, to in reporting:
        bodies.setdefault(to, []).append(answers)
    return [
        finding(
            rule_id,
            "reporting",
            severity="medium",
            params=params,
            nodes=[*bodies, *(p for parties in bodies.values() for p in parties)],
            subject="+".join(bodies),
            edges=[
                edge
                for answers, to in reporting
                for edge in (*accountable[(answers, to)], *view.links(answers, to, "communicates"))
            ],
            count=len(reporting),
            total=total,
            lines=join(
                f"the {plural(len(parties), 'line', 'lines')} of {view.names(parties)} to "
                f"{view.label(to)}"
                for to, parties in bodies.items()
            ),
        )
    ]
