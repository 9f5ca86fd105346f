"""Accountability: who answers to whom, whether they talk, and who takes part in decisions.

Accountability is read at the level of parties: a person's accountability line counts
for their organisation, and so does their seat on a forum.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mapper.graph.model import PartnershipMap
from mapper.graph.rules import Edge, Finding, MapView, as_view, finding, not_enough_data, rule

__all__ = [
    "accountable_without_channel",
    "excluded_from_decisions",
    "funding_shares",
    "hierarchy_behind_partnership",
]


@rule("accountable-without-channel", days=90)
def accountable_without_channel(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A answers to B, but they have no communication link, or none within ``days``.

    >>> m = PartnershipMap()
    >>> m.add_node(id="charity"); m.add_node(id="funder")
    'charity'
    'funder'
    >>> m.add_edge("charity", "funder", "accountable_to")
    'e1'
    >>> [(f.severity, f.nodes) for f in accountable_without_channel(m, {"days": 90},
    ...                                                               dt.date(2026, 1, 1))]
    [('high', ('charity', 'funder'))]
    """
    view = as_view(source)
    rule_id = "accountable-without-channel"
    lines: dict[tuple[str, str], list[Edge]] = {}
    for s, t, _ in view.edges("accountable_to"):
        pair = (view.owner[s], view.owner[t])
        if pair[0] != pair[1]:
            lines.setdefault(pair, []).append((s, t, "accountable_to"))
    if not lines:
        return not_enough_data(rule_id)
    findings = []
    for (answers, to), accountable in lines.items():
        nodes = [n for s, t, _ in accountable for n in (s, t)]
        channel = view.links(answers, to, "communicates")
        if view.kind(to) == "forum":  # a seat on a forum is a channel to it
            channel += view.links(answers, to, "member_of")
        words = {"actor": view.label(answers), "other": view.label(to), "days": params["days"]}
        if not channel:
            findings.append(
                finding(
                    rule_id,
                    "no_channel",
                    severity="high",
                    params=params,
                    nodes=nodes,
                    edges=accountable,
                    **words,
                )
            )
            continue
        dates = [
            attrs["last_contact"]
            for s, t, kind in channel
            for attrs in view.graph.get_edge_data(s, t).values()
            if attrs.get("kind") == kind and attrs.get("last_contact")
        ]
        if not dates:
            continue
        age = (today - dt.date.fromisoformat(max(dates))).days
        if age > params["days"]:
            findings.append(
                finding(
                    rule_id,
                    "stale",
                    severity="medium",
                    params=params,
                    nodes=nodes,
                    edges=accountable + channel,
                    last=max(dates),
                    age=age,
                    **words,
                )
            )
    return findings


@rule("excluded-from-decisions")
def excluded_from_decisions(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Partners with no seat on any forum, or (where the map records decision stages on
    seats) with seats covering none of those stages."""
    view = as_view(source)
    rule_id = "excluded-from-decisions"
    if not view.forums or not view.partners:
        return not_enough_data(rule_id)
    stages = sorted(
        {stage for held in view.seats.values() for *_, a in held for stage in a.get("stages", [])}
    )
    findings = []
    for party in view.partners:
        held = view.seats.get(party, [])
        if not held:
            findings.append(
                finding(
                    rule_id,
                    "no_seat",
                    severity="high",
                    params=params,
                    nodes=[party],
                    actor=view.label(party),
                    forums=view.names(view.forums),
                )
            )
        elif stages and not any(attrs.get("stages") for *_, attrs in held):
            findings.append(
                finding(
                    rule_id,
                    "no_stage",
                    severity="medium",
                    params=params,
                    nodes=[party, *(forum for _, forum, _ in held)],
                    edges=[(holder, forum, "member_of") for holder, forum, _ in held],
                    actor=view.label(party),
                    forums=view.names(forum for _, forum, _ in held),
                    stages=", ".join(stages),
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
    """One party gives most of the funding, most partners answer to it, it answers to few
    of them; high severity when its communication with them is also mostly one way."""
    view = as_view(source)
    rule_id = "hierarchy-behind-partnership"
    shares = funding_shares(view)
    if not shares:
        return not_enough_data(rule_id)
    findings = []
    for giver, share in shares.items():
        others = [p for p in view.partners if p != giver]
        if share < params["funding_share"] or not others:
            continue
        answering = [p for p in others if _answers(view, p, giver)]
        back = [p for p in answering if _answers(view, giver, p)]
        if len(answering) / len(others) < params["accountable_share"] or not answering:
            continue
        if len(back) / len(answering) > params["back_share"]:
            continue
        two_way = [p for p in answering if _informs(view, giver, p) and _informs(view, p, giver)]
        one_way = len(two_way) / len(answering) < params["reciprocity"]
        edges = [
            edge
            for p in answering
            for edge in view.links(giver, p, "resource", "accountable_to")
            if view.owner[edge[0]] == (giver if edge[2] == "resource" else p)
        ]
        findings.append(
            finding(
                rule_id,
                "one_way" if one_way else "two_way",
                severity="high" if one_way else "medium",
                params=params,
                nodes=[giver, *answering],
                edges=edges,
                actor=view.label(giver),
                share=f"{share:.0%}",
                answering=len(answering),
                partners=len(others),
                back=len(back),
                two_way=len(two_way),
            )
        )
    return findings


def _answers(view: MapView, party: str, other: str) -> bool:
    return any(view.owner[s] == party for s, _, _ in view.links(party, other, "accountable_to"))


def _informs(view: MapView, party: str, other: str) -> bool:
    """Whether ``party`` (or its people) informs ``other``, by a one-way or mutual link."""
    talk = view.comm_directed
    return any(talk.has_edge(a, b) for a in view.family(party) for b in view.family(other))
