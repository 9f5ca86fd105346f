"""Links to consider: what the map's own data says is missing, most needed first, and
meeting briefs.

Link prediction from the shape of a small map alone is close to guessing, so candidates
come from rules on the map's data, each of a kind of need, ranked in this order:

1. ``accountable``: A answers to B, and they have no way to talk;
2. ``reach``: a stakeholder nobody reaches (paired with the partner best placed to reach
   it), or a dependent group with no voice (a seat on the forum that decides, or the
   partner best placed to hear it);
3. ``bypass``: a way around an actor who is the only link to part of the map, people
   with people where two organisations connect through one person; a person leaving
   comes first;
4. ``shared``: two parties that share a resource flow or an accountability chain.

Pairs who already talk, or sit on a forum together, are never suggested: a shared seat is
a channel. Within a kind, ``networkx.resource_allocation_index`` on the undirected simple
graph of every link between parties breaks ties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import networkx as nx

from mapper.graph.accountability import lines
from mapper.graph.communication import cut_parts, reached_from_lead
from mapper.graph.kernels import resource_allocation
from mapper.graph.metrics import principle_summary
from mapper.graph.model import PartnershipMap
from mapper.graph.power import dependent_groups
from mapper.graph.rules import (
    Finding,
    MapView,
    as_view,
    day_words,
    finding,
    fragment,
    rule,
)

if TYPE_CHECKING:
    from mapper.graph.analyse import Analysis

__all__ = ["NEEDS", "Brief", "Suggestion", "brief", "candidates", "focus", "missing_link"]

RULE = "missing-link"
NEEDS = ("accountable", "reach", "bypass", "shared")  # most needed first
REGULATOR = "regulator or scrutiny body"  # not a party one "goes around" a gatekeeper with


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """A link (or a seat on a forum) to consider: the pair, the kind of need, why (one
    sentence each, most needed first), its rank (1 = most needed) and tie-break score."""

    source: str
    target: str
    need: str
    reasons: tuple[str, ...]
    score: float
    rank: int = 0
    seat: bool = False

    @property
    def reason(self) -> str:
        """Why, in one sentence: the most needed reason."""
        return self.reasons[0]


def candidates(
    source: PartnershipMap | MapView, high: int = 3, today: dt.date | None = None
) -> list[Suggestion]:
    """Every candidate link, most needed first (``high`` marks a dependent group, as in
    the salience rule; ``today`` dates a person's leaving).

    >>> m = PartnershipMap()
    >>> for name in ("Funder", "Charity", "Council"):
    ...     _ = m.add_node(label=name)
    >>> _ = m.add_edge("funder", "charity", "resource", resource="funding")
    >>> _ = m.add_edge("charity", "council", "accountable_to")
    >>> [(s.rank, s.source, s.target, s.need) for s in candidates(m)]
    [(1, 'charity', 'council', 'accountable'), (2, 'funder', 'charity', 'shared')]
    """
    view = as_view(source)
    today = today or dt.date.today()
    memo = f"candidates:{high}:{today}"
    if memo in view.memo:
        return view.memo[memo]
    found: dict[frozenset[str], dict[str, Any]] = {}

    def add(a: str, b: str, need: str, reason: str, seat: bool = False, urgent: int = 0) -> None:
        """Record ``reason`` for the pair a-b unless they are one party or can talk (for a
        way around someone, the two themselves: their organisations talk through them)."""
        if view.owner[a] == view.owner[b]:
            return
        if view.comm.has_edge(a, b) if need == "bypass" else view.channel(a, b):
            return
        if not seat and "forum" in (view.kind(a), view.kind(b)):
            return
        entry = found.setdefault(
            frozenset((a, b)),
            {"pair": (a, b), "need": need, "reasons": {}, "seat": seat, "urgent": urgent},
        )
        if NEEDS.index(need) < NEEDS.index(entry["need"]):
            entry |= {"need": need, "seat": seat}
        entry["urgent"] = max(entry["urgent"], urgent)
        entry["reasons"][reason] = NEEDS.index(need)

    label = view.label
    for (answers, to), _ in lines(view).items():
        seat = view.kind(to) == "forum"
        reason = fragment(RULE, "accountable", a=label(answers), b=label(to))
        add(answers, to, "accountable", reason, seat=seat)
    if view.leads:
        reached = reached_from_lead(view)
        for party in view.parties:
            if party not in reached:
                ally = _best_placed(view, party)
                add(party, ally, "reach",
                    fragment(RULE, "unreached", a=label(party), b=label(ally)))  # fmt: skip
    deciding = _deciding_forum(view)
    seated = [p for p in view.partners if p in view.seats]
    for group in dependent_groups(view, high):
        voice = view.voice_directed
        if set(view.forums).isdisjoint(nx.single_source_shortest_path_length(voice, group, 2)):
            if deciding:
                reason = fragment(RULE, "voice", a=label(group), b=label(deciding))
                add(group, deciding, "reach", reason, seat=True)
            ally = _best_placed(view, group, among=seated)
            if ally:
                add(group, ally, "reach",
                    fragment(RULE, "voice_ally", a=label(group), b=label(ally)))  # fmt: skip
    position = {node: index for index, node in enumerate(view.graph)}
    for cut, separated in cut_parts(view).items():
        until = view.leaving(cut, today, 90)
        inside = [n for n in view.comm[cut] if n in separated and _can_go_around(view, n)]
        outside = [n for n in view.comm[cut] if n not in separated and _can_go_around(view, n)]
        words = (
            fragment(RULE, "leaving", names=label(cut), until=day_words(until))
            if until
            else fragment(RULE, "bypass", names=label(cut))
        )
        for u in inside:
            for w in outside:
                pair = sorted((u, w), key=position.__getitem__)  # the same on every run
                add(*pair, "bypass", words, urgent=1 if until else 0)
    for s, t, attrs in view.edges("resource"):
        giver, taker = view.owner[s], view.owner[t]
        what = attrs["resource"]
        add(giver, taker, "shared", fragment(RULE, "resource", a=label(giver), b=label(taker),
                                             what=what))  # fmt: skip
    chain = view.answers_to
    for a in chain:
        for b in chain.successors(a):
            for c in chain.successors(b):
                if c != a:
                    add(a, c, "shared", fragment(RULE, "chain", a=label(a), b=label(c), c=label(b)))
    pairs = [(view.owner[e["pair"][0]], view.owner[e["pair"][1]]) for e in found.values()]
    scored = [pair for pair in dict.fromkeys(pairs) if pair[0] in view.linked]
    scores = dict(zip(scored, resource_allocation(view.linked, scored), strict=True))
    entries = list(found.values())
    order = {id(entry): index for index, entry in enumerate(entries)}

    def score(entry: dict[str, Any]) -> float:
        a, b = entry["pair"]
        return scores.get((view.owner[a], view.owner[b]), 0.0)

    entries.sort(key=lambda e: (NEEDS.index(e["need"]), -e["urgent"], -score(e), order[id(e)]))
    result = [
        Suggestion(
            source=e["pair"][0],
            target=e["pair"][1],
            need=e["need"],
            reasons=tuple(sorted(e["reasons"], key=e["reasons"].__getitem__)),
            score=round(score(e), 3),
            rank=rank,
            seat=e["seat"],
        )
        for rank, e in enumerate(entries, 1)
    ]
    view.memo[memo] = result
    return result


def _can_go_around(view: MapView, node: str) -> bool:
    """A regulator or a forum is not a way around a gatekeeper."""
    party = view.owner[node]
    return view.kind(party) != "forum" and view.attr(party, "category") != REGULATOR


def _best_placed(view: MapView, party: str, among: Iterable[str] | None = None) -> str | None:
    """The partner best placed to reach ``party``: the one with most links of any kind to
    it, then the one with most links on the map; the lead partner first on a tie."""
    pool = list(among) if among is not None else list(view.partners)
    pool = [p for p in pool if p != party]
    if not pool:
        return None
    links = view.linked
    return max(
        pool,
        key=lambda p: (
            links.number_of_edges(p, party) if links.has_node(p) else 0,
            p in view.leads,
            links.degree(p) if links.has_node(p) else 0,
        ),
    )


def _deciding_forum(view: MapView) -> str | None:
    """The forum that decides: the one other forums answer to, then the one with most
    seats."""
    if not view.forums:
        return None
    answered = {to for (_, to) in lines(view) if view.kind(to) == "forum"}
    return max(view.forums, key=lambda f: (f in answered, len(view.members.get(f, ()))))


@rule(RULE, top=5, high=3)
def missing_link(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """The ``top`` most needed candidate links, as low "to consider" findings."""
    view = as_view(source)
    return [
        finding(
            RULE,
            "consider",
            severity="low",
            params=params,
            nodes=[item.source, item.target],
            pair=fragment(
                RULE,
                "seat" if item.seat else "pair",
                first=view.label(item.source),
                second=view.label(item.target),
            ),
            reason=item.reason,
        )
        for item in candidates(view, params["high"], today)[: params["top"]]
    ]


@dataclass(frozen=True, kw_only=True)
class Brief:
    """What a meeting of ``attendees`` could take up: links missing among them, their
    stale links, accountability lines of theirs without a channel, other findings."""

    attendees: tuple[str, ...]
    missing_links: tuple[Suggestion, ...]
    stale_links: tuple[Finding, ...]
    accountability_gaps: tuple[Finding, ...]
    findings: tuple[Finding, ...]


def brief(
    source: Analysis | PartnershipMap,
    attendees: Iterable[str],
    today: dt.date | None = None,
) -> Brief:
    """Only the suggestions and gaps among or about the people and bodies attending.

    A person attending represents their organisation too. Unknown ids are refused.
    """
    from mapper.graph.analyse import Analysis, analyse

    analysis = source if isinstance(source, Analysis) else analyse(source, today=today)
    view = MapView(analysis.pmap)
    people = list(dict.fromkeys(attendees))
    unknown = [node for node in people if node not in view.graph]
    if unknown:
        raise ValueError(f"not on the map: {', '.join(unknown)}")
    present = {view.owner[node] for node in people}
    around = {node for party in present for node in view.family(party)}
    about = [f for f in analysis.findings if not f.not_enough_data and around & set(f.nodes)]
    return Brief(
        attendees=tuple(people),
        missing_links=tuple(
            s
            for s in analysis.candidates
            if view.owner[s.source] in present and view.owner[s.target] in present
        ),
        stale_links=tuple(f for f in about if f.rule == "stale-link"),
        accountability_gaps=tuple(
            f
            for f in about
            if f.rule == "accountable-without-channel"
            and present & {view.owner[node] for node in f.nodes[1:]}
        ),
        findings=tuple(
            f for f in about if f.rule not in ("stale-link", "accountable-without-channel", RULE)
        ),
    )


def focus(analysis: Analysis, attendees: Iterable[str]) -> Analysis:
    """The analysis narrowed to a meeting: the brief's findings (highest severity first)
    and the links missing among those present, with a note naming who they are."""
    found = brief(analysis, attendees)
    findings = sorted(
        (*found.stale_links, *found.accountability_gaps, *found.findings),
        key=lambda f: f.rank,
    )
    who = MapView(analysis.pmap).names(found.attendees, limit=len(found.attendees))
    note = fragment(RULE, "focus", attendees=who)
    return replace(
        analysis,
        findings=tuple(findings),
        metrics={**analysis.metrics, "principles": principle_summary(findings)},
        suggested_links=found.missing_links,
        notes=(*analysis.notes, note),
    )
