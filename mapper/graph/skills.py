"""Skills and knowledge: gaps, single holders, and knowledge that has no voice.

A party holds the skills recorded on it and on its people. Skill names are compared
without regard to case or surrounding spaces.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mapper.graph.model import PartnershipMap
from mapper.graph.resources import SHARED_NOT_HELD
from mapper.graph.rules import (
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

__all__ = ["holders", "knowledge_without_voice", "skills_gap", "voting_parties"]


def _key(skill: str) -> str:
    return " ".join(skill.casefold().split())


def holders(source: PartnershipMap | MapView) -> dict[str, dict[str, str]]:
    """``{party: {skill key: skill as first written}}`` for every party with skills.

    >>> m = PartnershipMap()
    >>> m.add_node(id="org", skills=["Finance"])
    'org'
    >>> m.add_node(id="ann", kind="person", organisation="org", skills=["finance ", "Law"])
    'ann'
    >>> holders(m)
    {'org': {'finance': 'Finance', 'law': 'Law'}}
    """
    view = as_view(source)
    held: dict[str, dict[str, str]] = {}
    for node in view.graph:
        for skill in view.attr(node, "skills") or []:
            held.setdefault(view.owner[node], {}).setdefault(_key(skill), skill)
    return held


@rule("skills-gap")
def skills_gap(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A skill the map says the partnership needs that no partner has (high, naming who
    outside the partnership has it). A skill only one partner brings is complementarity,
    which the Compass values: the skills matrix shows it, not the findings."""
    view = as_view(source)
    rule_id = "skills-gap"
    held = holders(view)
    if not held:
        return not_enough_data(rule_id)
    partners = [p for p in view.partners if p in held]
    offered = {key for p in partners for key in held[p]}
    needed = {_key(skill): skill for skill in view.pmap.skills_needed}
    findings = []
    for key, skill in needed.items():
        if key in offered:
            continue
        outside = [p for p in held if p not in partners and key in held[p]]
        findings.append(
            finding(
                rule_id,
                "missing_known" if outside else "missing",
                severity="high",
                params=params,
                nodes=outside,
                subject=key,
                skill=skill,
                holders=view.names(outside),
                does=plural(len(outside), "does", "do"),
            )
        )
    return findings


def voting_parties(source: PartnershipMap | MapView) -> set[str]:
    """Parties with a vote on some forum (:meth:`MapView.votes`)."""
    view = as_view(source)
    return {party for party in view.seats if view.votes(party)}


@rule("knowledge-without-voice", knowledge_links=2)
def knowledge_without_voice(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A party that holds a skill no other party has, or gives knowledge or data to at
    least ``knowledge_links`` others, but has no vote on any forum."""
    view = as_view(source)
    rule_id = "knowledge-without-voice"
    held = holders(view)
    gives: dict[str, list[tuple[str, str, str]]] = {}
    for s, t, attrs in view.edges("resource"):
        if attrs.get("resource") in SHARED_NOT_HELD and view.owner[s] != view.owner[t]:
            gives.setdefault(view.owner[s], []).append((s, t, "resource"))
    if not view.forums or not (held or gives):
        return not_enough_data(rule_id)
    voters = voting_parties(view)
    count: dict[str, int] = {}
    for skills in held.values():
        for key in skills:
            count[key] = count.get(key, 0) + 1
    findings = []
    for party in view.parties:
        if party in voters:
            continue
        unique = [skill for key, skill in held.get(party, {}).items() if count[key] == 1]
        links = gives.get(party, [])
        receivers = {view.owner[t] for _, t, _ in links}
        if not unique and len(receivers) < params["knowledge_links"]:
            continue
        reasons = []
        if unique:
            reasons.append(fragment(rule_id, "unique", skills=join(unique)))
        if len(receivers) >= params["knowledge_links"]:
            reasons.append(fragment(rule_id, "gives", count=counted(len(receivers), "other")))
        findings.append(
            finding(
                rule_id,
                "no_vote",
                severity="medium",
                params=params,
                nodes=[party],
                edges=links if len(receivers) >= params["knowledge_links"] else [],
                actor=view.label(party),
                reasons=fragment(rule_id, "and").join(reasons),
            )
        )
    return findings
