"""Findings, the registry of rules that produce them, and the map projections they share.

A rule is an id, the parameters it reads (with defaults) and a pure function
``check(view, params, today) -> list[Finding]``. Its words (name, help, why, the title and
explanation templates, the principles it evidences and the checklist action that answers
it) live in ``mapper/data/content/rules.yaml`` under the same id, so the app and the reports
build their panels from the registry and the text can change without touching code.

Every rule reads the map through a :class:`MapView`, which builds each projection of the
multigraph once, on purpose and documented:

- ``owner``: a person stands for the organisation they work for (persons without an
  organisation stand for themselves); the party-level graphs below fold people into it.
- ``comm_directed``: who informs whom (``communicates`` links; a ``mutual`` link counts
  both ways), a simple directed graph over every node.
- ``comm``: the same, undirected: the communication graph whose cut vertices, bridges and
  brokers the rules look for. A person's organisation is not a communication link here.
- ``comm_indexed``: ``comm`` converted once for the fast kernels of
  :mod:`mapper.graph.kernels`.
- ``party_comm``: communication between parties (people folded into their organisation):
  used for reachability, since a person speaks for their organisation.
- ``voice``: ``party_comm`` plus seats on forums: the routes by which a voice is heard.
- ``answers_to``: who answers to whom between parties (people folded into their
  organisation), directed and simple; a line inside one organisation is not a line
  between parties, so it is left out rather than kept as a loop.
- ``linked``: every link of every kind between parties, undirected and simple; used to
  rank link suggestions.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import networkx as nx

from mapper.content import load_content
from mapper.graph.kernels import Indexed, indexed
from mapper.graph.model import PartnershipMap

__all__ = [
    "PRINCIPLES",
    "SEVERITIES",
    "SHARES",
    "Action",
    "Finding",
    "MapView",
    "Rule",
    "as_view",
    "counted",
    "day_words",
    "finding",
    "fragment",
    "how_checked",
    "join",
    "not_enough_data",
    "plural",
    "registry",
    "reporting",
    "resolve_params",
    "rule",
    "rule_words",
]

SEVERITIES = ("high", "medium", "low")
_RANKS = {severity: rank for rank, severity in enumerate(SEVERITIES)}
PRINCIPLES = ("P1", "P2", "P3", "P4", "P5", "P6")
# Topic modules whose import registers their rules, in the order reports list them.
TOPICS = ("communication", "accountability", "resources", "power", "skills", "links", "survey")

Edge = tuple[str, str, str]
Check = Callable[["MapView", dict[str, Any], dt.date], list["Finding"]]


@dataclass(frozen=True, kw_only=True)
class Action:
    """A checklist item of the Partnership Compass that answers a finding."""

    id: str
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One thing the analysis suggests looking at, with the evidence behind it.

    ``nodes`` and ``edges`` are what the app highlights; ``params`` are the thresholds
    that fired; ``subject`` tells apart findings of one rule on the same actors (e.g. two
    missing skills). ``key`` is stable across runs so a user's "discussed" or
    "not relevant" mark stays with the finding.

    >>> f = Finding(rule="gatekeeper", principles=("P4",), severity="high", title="t",
    ...             explanation="e", nodes=("b", "a"), action=Action(id="P4.action.2"))
    >>> f.key
    'gatekeeper:a+b'
    """

    rule: str
    principles: tuple[str, ...]
    severity: str
    title: str
    explanation: str
    nodes: tuple[str, ...] = ()
    edges: tuple[Edge, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    action: Action
    subject: str = ""
    not_enough_data: bool = False
    message: str = ""  # which of its rule's messages it is (rules.yaml)

    @property
    def key(self) -> str:
        key = f"{self.rule}:{'+'.join(sorted(self.nodes))}"
        return f"{key}:{self.subject}" if self.subject else key

    @property
    def rank(self) -> int:
        """0 for high, 1 for medium, 2 for low: sort findings with it."""
        return _RANKS[self.severity]


@dataclass(frozen=True, kw_only=True)
class Rule:
    """A rule of the analysis: its id, default parameters and check function."""

    id: str
    defaults: dict[str, Any]
    check: Check

    @property
    def words(self) -> dict[str, Any]:
        return rule_words()[self.id]

    @property
    def principles(self) -> tuple[str, ...]:
        return tuple(self.words["principles"])

    @property
    def name(self) -> str:
        return self.words["name"]

    @property
    def help(self) -> str:
        return self.words["help"]

    @property
    def action(self) -> str:
        return self.words["action"]


_REGISTERED: dict[str, Rule] = {}


def rule(rule_id: str, **defaults: Any) -> Callable[[Check], Check]:
    """Register ``check`` as the rule ``rule_id`` with these default parameters."""

    def register(check: Check) -> Check:
        if rule_id not in rule_words():
            raise KeyError(f"rule '{rule_id}' has no words in mapper/data/content/rules.yaml")
        _REGISTERED[rule_id] = Rule(id=rule_id, defaults=defaults, check=check)
        return check

    return register


def registry() -> dict[str, Rule]:
    """Every rule, keyed by id, in the order of ``mapper/data/content/rules.yaml``."""
    for topic in TOPICS:
        importlib.import_module(f"mapper.graph.{topic}")
    return {rule_id: _REGISTERED[rule_id] for rule_id in rule_words() if rule_id in _REGISTERED}


SHARES = ("share", "ratio", "reciprocity", "rank_gap")  # parameters shown as percentages


def how_checked(finding: Finding) -> str:
    """How the rule behind ``finding`` looks, in plain words, with the thresholds that fired
    filled in (shares as percentages)."""
    rule = registry().get(finding.rule)
    if rule is None:
        return finding.rule
    values = {
        name: f"{value:.0%}" if name.endswith(SHARES) else f"{value:g}"
        for name, value in {**rule.defaults, **finding.params}.items()
        if isinstance(value, int | float)
    }
    return rule.help.format(**values)


@cache
def rule_words() -> dict[str, dict[str, Any]]:
    """The words of every rule, from ``mapper/data/content/rules.yaml`` through
    :mod:`mapper.content` (read once: it is static, and validated there against the principles
    and checklists).
    """
    words = {}
    for rule_id, item in load_content().rules.items():
        words[rule_id] = {
            **item.extra,
            "name": item.name,
            "help": item.help,
            "why": item.why,
            "principles": list(item.principles),
            "action": item.actions[0],
        }
    return words


def resolve_params(
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Every rule's parameters: defaults, with ``overrides`` applied and checked.

    Values are converted to the default's type, so ``"120"`` from a command line works.

    >>> resolve_params({"stale-link": {"days": "120"}})["stale-link"]["days"]
    120
    >>> resolve_params({"stale-links": {"days": 1}})
    Traceback (most recent call last):
    ...
    ValueError: unknown rule 'stale-links'; the rules are: ...
    """
    rules = registry()
    params = {rule_id: dict(item.defaults) for rule_id, item in rules.items()}
    for rule_id, values in (overrides or {}).items():
        if rule_id not in rules:
            raise ValueError(f"unknown rule '{rule_id}'; the rules are: {', '.join(rules)}")
        for name, value in values.items():
            if name not in params[rule_id]:
                known = ", ".join(params[rule_id]) or "none"
                raise ValueError(
                    f"rule '{rule_id}' has no parameter '{name}'; its parameters are: {known}"
                )
            params[rule_id][name] = _convert(value, params[rule_id][name], f"{rule_id}.{name}")
    return params


def _convert(value: Any, default: Any, where: str) -> Any:
    kind = type(default)
    expected = "a whole number" if kind is int else "a number"
    try:
        converted = kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: {value!r} is not valid; expected {expected}") from None
    if kind is int and isinstance(value, float) and not value.is_integer():
        raise ValueError(f"{where}: {value!r} is not valid; expected a whole number")
    if converted < 0:
        raise ValueError(f"{where}: {value!r} is not valid; expected 0 or more")
    return converted


def finding(
    rule_id: str,
    message: str,
    *,
    severity: str,
    params: Mapping[str, Any],
    nodes: Iterable[str] = (),
    edges: Iterable[Edge] = (),
    subject: str = "",
    **values: Any,
) -> Finding:
    """Build a finding of ``rule_id`` from its ``message`` templates in rules.yaml."""
    words = rule_words()[rule_id]
    template = words["messages"][message]
    return Finding(
        rule=rule_id,
        principles=tuple(words["principles"]),
        severity=severity,
        title=template["title"].format(**values),
        explanation=" ".join(template["explanation"].format(**values).split()),
        nodes=tuple(dict.fromkeys(nodes)),
        edges=tuple(dict.fromkeys(edges)),
        params=dict(params),
        action=_action(words["action"]),
        subject=subject,
        message=message,
    )


@cache
def _action(action_id: str) -> Action:
    return Action(id=action_id, text=load_content().item(action_id).text)


def fragment(rule_id: str, name: str, **values: Any) -> str:
    """A piece of wording of a rule (``fragments`` in rules.yaml), filled in."""
    return rule_words()[rule_id]["fragments"][name].format(**values)


def join(words: Iterable[str], limit: int = 8) -> str:
    """Words joined the way people write them: "a, b and c" (long lists shortened).

    >>> join(["funding"]), join(["funding", "staff", "premises"])
    ('funding', 'funding, staff and premises')
    >>> join(["a", "b", "c"], limit=1), join(["a", "b"], limit=1)
    ('a and 2 others', 'a and 1 other')
    """
    words = list(words)
    if len(words) > limit:
        rest = len(words) - limit
        words = [*words[:limit], f"{rest} {'other' if rest == 1 else 'others'}"]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def plural(count: int, one: str, many: str | None = None) -> str:
    """The word that goes with ``count``: ``one`` for 1, otherwise ``many`` (``one`` + s).

    >>> plural(1, "has", "have"), plural(3, "has", "have"), plural(2, "actor")
    ('has', 'have', 'actors')
    """
    return one if count == 1 else (many or one + "s")


def counted(count: int, noun: str, many: str | None = None) -> str:
    """A count and its noun, agreed: "1 partner", "3 partners".

    >>> counted(1, "partner"), counted(0, "party", "parties")
    ('1 partner', '0 parties')
    """
    return f"{count} {plural(count, noun, many)}"


def not_enough_data(rule_id: str, needs: str = "needs") -> list[Finding]:
    """The one low note a rule gives when the map lacks the data it needs (``needs``: which
    of the rule's words says what is missing)."""
    words = rule_words()[rule_id]
    return [
        Finding(
            rule=rule_id,
            principles=tuple(words["principles"]),
            severity="low",
            title=f"Not enough data: {words['name'].lower()}",
            explanation=f"This check could not run: {words[needs]}",
            action=_action(words["action"]),
            not_enough_data=True,
        )
    ]


class MapView:
    """A map and the simple graphs the rules read, each built once on first use."""

    def __init__(self, pmap: PartnershipMap):
        self.pmap = pmap
        self.graph = pmap.graph
        self.memo: dict[str, Any] = {}  # results several rules share, computed once

    def kind(self, node: str) -> str:
        return self._attrs[node].get("kind", "organisation")

    def attr(self, node: str, name: str, default: Any = None) -> Any:
        return self._attrs[node].get(name, default)

    def label(self, node: str) -> str:
        return self._labels[node]

    @cached_property
    def _attrs(self) -> dict[str, dict[str, Any]]:
        """Each node's attributes (the map's own dicts, not copies), looked up directly:
        rules ask hundreds of thousands of times on a map of thousands of actors."""
        return dict(self.graph.nodes(data=True))

    @cached_property
    def _labels(self) -> dict[str, str]:
        return {node: self.pmap.label(node) for node in self.graph}

    def names(self, nodes: Iterable[str], limit: int = 8) -> str:
        """Labels joined the way people write them: "A, B and C" (long lists shortened).

        >>> m = PartnershipMap()
        >>> for name in ("Ann", "Bo", "Cy"):
        ...     _ = m.add_node(label=name)
        >>> MapView(m).names(["ann", "bo", "cy"])
        'Ann, Bo and Cy'
        >>> MapView(m).names(["ann", "bo", "cy"], limit=1)
        'Ann and 2 others'
        """
        return join([self.label(node) for node in nodes], limit)

    def edges(self, kind: str) -> list[tuple[str, str, dict[str, Any]]]:
        """The links of one kind, in the map's order (a new list each call)."""
        return list(self._by_kind.get(kind, ()))

    @cached_property
    def _by_kind(self) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
        """Every link filed under its kind in one pass, instead of one pass per question."""
        index: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for s, t, attrs in self.graph.edges(data=True):
            index.setdefault(attrs.get("kind"), []).append((s, t, attrs))
        return index

    @cached_property
    def owner(self) -> dict[str, str]:
        """Each node's party: a person's organisation, otherwise the node itself."""
        owners = {}
        for node, attrs in self.graph.nodes(data=True):
            org = attrs.get("organisation")
            owners[node] = org if attrs.get("kind") == "person" and org in self.graph else node
        return owners

    @cached_property
    def people(self) -> dict[str, list[str]]:
        """The persons of each organisation."""
        staff: dict[str, list[str]] = {}
        for node, party in self.owner.items():
            if party != node:
                staff.setdefault(party, []).append(node)
        return staff

    @cached_property
    def parties(self) -> list[str]:
        """Organisations and groups: the actors that can be partners or stakeholders."""
        return [n for n in self.graph if self.kind(n) in ("organisation", "group")]

    @cached_property
    def leads(self) -> list[str]:
        return [n for n in self.parties if self.attr(n, "role") == "lead partner"]

    @cached_property
    def partners(self) -> list[str]:
        """Organisations with the role lead partner or partner."""
        return [n for n in self.parties if self.attr(n, "role") in ("lead partner", "partner")]

    @cached_property
    def comm_directed(self) -> nx.DiGraph:
        graph = nx.DiGraph()
        graph.add_nodes_from(self.graph)
        talk = self.edges("communicates")
        graph.add_edges_from((source, target) for source, target, _ in talk)
        graph.add_edges_from((target, source) for source, target, a in talk if a.get("mutual"))
        return graph

    @cached_property
    def comm(self) -> nx.Graph:
        return nx.Graph(self.comm_directed)

    @cached_property
    def comm_indexed(self) -> Indexed:
        return indexed(self.comm)

    def _folded(self, edges: Iterable[tuple[str, str]]) -> nx.Graph:
        # Parties in the map's order (not a set's), so results never vary between runs;
        # each folded pair added once (people of one organisation repeat it many times).
        owner = self.owner
        graph = nx.Graph()
        graph.add_nodes_from(dict.fromkeys(owner.values()))
        graph.add_edges_from(
            dict.fromkeys((owner[s], owner[t]) for s, t in edges if owner[s] != owner[t])
        )
        return graph

    @cached_property
    def party_comm(self) -> nx.Graph:
        return self._folded(self.comm_directed.edges())

    @cached_property
    def voice(self) -> nx.Graph:
        graph = self.party_comm.copy()
        graph.add_edges_from((self.owner[s], t) for s, t, _ in self.edges("member_of"))
        return graph

    @cached_property
    def answers_to(self) -> nx.DiGraph:
        graph = nx.DiGraph()
        graph.add_edges_from(
            (self.owner[s], self.owner[t])
            for s, t, _ in self.edges("accountable_to")
            if self.owner[s] != self.owner[t]
        )
        return graph

    @cached_property
    def linked(self) -> nx.Graph:
        return self._folded(self.graph.edges())

    @cached_property
    def talking(self) -> set[frozenset[str]]:
        """Pairs of parties with a communication link between them or their people."""
        pairs = set()
        for source, target in self.comm_directed.edges():
            a, b = self.owner[source], self.owner[target]
            if a != b:
                pairs.add(frozenset((a, b)))
        return pairs

    def talk(self, a: str, b: str) -> bool:
        """Whether a and b (or their organisations) have any communication link."""
        return frozenset((self.owner[a], self.owner[b])) in self.talking

    @cached_property
    def seats(self) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
        """Each party's seats on forums as (holder, forum, seat attributes)."""
        held: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for source, target, attrs in self.edges("member_of"):
            held.setdefault(self.owner[source], []).append((source, target, attrs))
        return held

    @cached_property
    def forums(self) -> list[str]:
        return [n for n in self.graph if self.kind(n) == "forum"]

    @cached_property
    def _pair_links(self) -> dict[frozenset[str], list[Edge]]:
        index: dict[frozenset[str], list[Edge]] = {}
        for source, target, attrs in self.graph.edges(data=True):
            pair = frozenset((self.owner[source], self.owner[target]))
            index.setdefault(pair, []).append((source, target, attrs.get("kind", "")))
        return index

    def links(self, a: str, b: str, *kinds: str) -> list[Edge]:
        """The links of these kinds between parties a and b (their people included)."""
        found = self._pair_links.get(frozenset((self.owner[a], self.owner[b])), [])
        return [edge for edge in found if edge[2] in kinds]

    def family(self, party: str) -> list[str]:
        """A party and its people."""
        return [party, *self.people.get(party, [])]

    @cached_property
    def members(self) -> dict[str, set[str]]:
        """The parties seated on each forum (a person's seat counts for their party)."""
        seated: dict[str, set[str]] = {forum: set() for forum in self.forums}
        for holder, forum, _ in self.edges("member_of"):
            seated.setdefault(forum, set()).add(self.owner[holder])
        return seated

    @cached_property
    def _sits_on(self) -> dict[str, set[str]]:
        """The forums each party sits on."""
        sits: dict[str, set[str]] = {}
        for forum, seated in self.members.items():
            for party in seated:
                sits.setdefault(party, set()).add(forum)
        return sits

    def presence(self, node: str) -> set[str]:
        """Where ``node`` meets others: its party and the forums it sits on; for a forum,
        the forum and the parties seated on it."""
        party = self.owner[node]
        if self.kind(party) == "forum":
            return {party, *self.members.get(party, ())}
        return {party, *self._sits_on.get(party, ())}

    @cached_property
    def _talkers(self) -> set[str]:
        return {party for pair in self.talking for party in pair}

    def reachable(self, party: str) -> bool:
        """Whether ``party`` has any way to talk with another: a communication link, or a
        forum where it sits with someone else."""
        return party in self._talkers or any(
            len(self.members[forum]) > 1 for forum in self._sits_on.get(self.owner[party], ())
        )

    def channel(self, a: str, b: str) -> bool:
        """Whether a and b have a way to talk: a communication link between them or their
        people, or a forum where both sit (a seat on a forum is a channel to it, and one
        party seated on two forums links them)."""
        return self.talk(a, b) or bool(self.presence(a) & self.presence(b))

    @cached_property
    def dialogue(self) -> set[frozenset[str]]:
        """Pairs of parties with two-way talk: a two-way link, or links both ways, other
        than reporting (monitoring returns upward and bulletins downward are not dialogue).
        """
        sent: set[tuple[str, str]] = set()
        pairs: set[frozenset[str]] = set()
        for s, t, attrs in self.edges("communicates"):
            a, b = self.owner[s], self.owner[t]
            if a == b or reporting(attrs):
                continue
            if attrs.get("mutual"):
                pairs.add(frozenset((a, b)))
            sent.add((a, b))
        pairs |= {frozenset(pair) for pair in sent if pair[::-1] in sent}
        return pairs

    @cached_property
    def voice_directed(self) -> nx.DiGraph:
        """The routes by which a party is heard: who informs whom between parties, and
        a seat from its holder's party to the forum. Direction matters: receiving a
        newsletter is not being heard."""
        graph = nx.DiGraph()
        graph.add_nodes_from(set(self.owner.values()))
        graph.add_edges_from(
            (self.owner[s], self.owner[t])
            for s, t in self.comm_directed.edges()
            if self.owner[s] != self.owner[t]
        )
        graph.add_edges_from((self.owner[s], t) for s, t, _ in self.edges("member_of"))
        return graph

    def votes(self, party: str) -> bool:
        """Whether ``party`` (or its people) holds a vote on some forum. A seat votes when
        it records ``voting``; where it does not, any seat but an observer's votes."""
        return any(_votes(attrs) for *_, attrs in self.seats.get(party, []))

    def leaving(self, node: str, today: dt.date, days: int) -> str | None:
        """The date a person leaves their post, if within ``days`` of ``today``."""
        until = self.attr(node, "until")
        if until and 0 <= (dt.date.fromisoformat(until) - today).days <= days:
            return until
        return None


REPORTING_WORDS = ("report", "return", "monitoring", "kpi", "bulletin", "newsletter")


def reporting(attrs: Mapping[str, Any]) -> bool:
    """Whether a communication link carries reporting, not dialogue: one-way, with a
    channel or caption such as "monitoring return", "KPI report" or "newsletter".

    >>> reporting({"channel": "Monitoring return"}), reporting({"channel": "meeting"})
    (True, False)
    >>> reporting({"channel": "quarterly report", "mutual": True})
    False
    """
    if attrs.get("mutual"):
        return False
    text = f"{attrs.get('channel', '')} {attrs.get('label', '')}".casefold()
    return any(word in text for word in REPORTING_WORDS)


def _votes(seat: Mapping[str, Any]) -> bool:
    if "voting" in seat:
        return bool(seat["voting"])
    return seat.get("role") != "observer"


def day_words(day: str) -> str:
    """An ISO date as people write it.

    >>> day_words("2026-09-30")
    '30 September 2026'
    """
    value = dt.date.fromisoformat(day)
    return f"{value.day} {value:%B %Y}"


def as_view(source: PartnershipMap | MapView) -> MapView:
    """Accept either a map or a view, so each topic function can be called on its own."""
    return source if isinstance(source, MapView) else MapView(source)
