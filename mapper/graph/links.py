"""Links to consider: pairs the map's own data says should talk, and meeting briefs.

Link prediction from the shape of a small map alone is close to guessing, so candidates
come from rules on the map's data: two parties that share a resource flow, a seat on the
same forum, or an accountability chain (directly or through one party) but do not
communicate; a way around an actor who is the only link to part of the map; and a
dependent group with no ally on a forum, paired with those who have a seat. Only then are
candidates ranked, by ``networkx.resource_allocation_index`` on the undirected simple
graph of every link (persons tied to their organisation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from mapper.graph.communication import cut_parts
from mapper.graph.kernels import resource_allocation
from mapper.graph.metrics import principle_summary
from mapper.graph.model import PartnershipMap
from mapper.graph.power import dependent_groups
from mapper.graph.rules import Finding, MapView, as_view, finding, fragment, rule

if TYPE_CHECKING:
    from mapper.graph.analyse import Analysis

__all__ = ["Brief", "Suggestion", "brief", "candidates", "focus", "missing_link"]

RULE = "missing-link"


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """A pair of actors to consider linking, why, and its rank score."""

    source: str
    target: str
    reasons: tuple[str, ...]
    score: float

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def candidates(source: PartnershipMap | MapView, high: int = 3) -> list[Suggestion]:
    """Every candidate link, best first (``high`` marks a dependent group, as in the
    salience rule).

    >>> m = PartnershipMap()
    >>> for name in ("Funder", "Charity", "Council"):
    ...     _ = m.add_node(label=name)
    >>> _ = m.add_edge("funder", "charity", "resource", resource="funding")
    >>> _ = m.add_edge("council", "charity", "communicates")
    >>> [(s.source, s.target, s.reason) for s in candidates(m)]
    [('funder', 'charity', 'Funder provides funding to Charity')]
    """
    view = as_view(source)
    memo = f"candidates:{high}"
    if memo in view.memo:
        return view.memo[memo]
    found: dict[frozenset[str], tuple[str, str, dict[tuple[str, ...], None]]] = {}

    def add(a: str, b: str, *reason: str) -> None:
        """Record ``reason`` (a fragment name and its values) for the pair of a's and b's
        parties, unless they are one party, a forum, or already talk."""
        a, b = view.owner[a], view.owner[b]
        if a == b or "forum" in (view.kind(a), view.kind(b)) or view.talk(a, b):
            return
        found.setdefault(frozenset((a, b)), (a, b, {}))[2][reason] = None

    for s, t, attrs in view.edges("resource"):
        add(s, t, "resource", view.owner[s], view.owner[t], attrs["resource"])
    for forum, members in _forum_members(view).items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                add(a, b, "forum", forum)
    chain = view.answers_to
    for a in chain:
        for b in chain.successors(a):
            add(a, b, "chain", a, b)
            for c in chain.successors(b):
                if c != a:
                    add(a, c, "chain_via", a, c, b)
    for cut, separated in cut_parts(view).items():
        inside = [n for n in view.comm[cut] if n in separated]
        outside = [n for n in view.comm[cut] if n not in separated]
        for u in inside:
            for w in outside:
                add(u, w, "bypass", cut)
    seated = list(dict.fromkeys(party for party in view.seats))
    for group in dependent_groups(view, high):
        allies = set(view.party_comm[group])
        if seated and allies.isdisjoint(seated):
            for member in seated:
                add(group, member, "voice", group, member)
    pairs = [(a, b) for a, b, _ in found.values()]
    scores = dict(zip(pairs, resource_allocation(view.linked, pairs), strict=True))
    order = {pair: index for index, pair in enumerate(pairs)}
    ranked = sorted(found.values(), key=lambda e: (-scores[e[:2]], -len(e[2]), order[e[:2]]))
    result = [
        Suggestion(
            source=a, target=b, reasons=_reasons(view, reasons), score=round(scores[(a, b)], 3)
        )
        for a, b, reasons in ranked
    ]
    view.memo[memo] = result
    return result


def _reasons(view: MapView, found: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The reasons of one pair in words; several forums or gatekeepers make one reason."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for name, *values in found:
        grouped.setdefault(name, []).append(tuple(values))
    texts = []
    for name, entries in grouped.items():
        if name in ("forum", "bypass"):
            texts.append(fragment(RULE, name, names=view.names(v[0] for v in entries)))
        elif name == "resource":
            flows: dict[tuple[str, str], list[str]] = {}
            for giver, taker, what in entries:
                flows.setdefault((giver, taker), []).append(what)
            texts += [
                fragment(RULE, name, a=view.label(g), b=view.label(t), what=", ".join(w))
                for (g, t), w in flows.items()
            ]
        else:
            texts += [
                fragment(RULE, name, **dict(zip("abc", map(view.label, v), strict=False)))
                for v in entries
            ]
    return tuple(texts)


def _forum_members(view: MapView) -> dict[str, list[str]]:
    members: dict[str, list[str]] = {}
    for holder, forum, _ in view.edges("member_of"):
        party = view.owner[holder]
        if party not in members.setdefault(forum, []):
            members[forum].append(party)
    return members


@rule(RULE, top=5, high=3)
def missing_link(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """The best ``top`` candidate links, as low "to consider" findings."""
    view = as_view(source)
    return [
        finding(
            RULE,
            "consider",
            severity="low",
            params=params,
            nodes=[item.source, item.target],
            first=view.label(item.source),
            second=view.label(item.target),
            reason=item.reason,
            score=item.score,
        )
        for item in candidates(view, params["high"])[: params["top"]]
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
            s for s in analysis.candidates if s.source in present and s.target in present
        ),
        stale_links=tuple(f for f in about if f.rule == "stale-link"),
        accountability_gaps=tuple(
            f
            for f in about
            if f.rule == "accountable-without-channel" and view.owner[f.nodes[0]] in present
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
