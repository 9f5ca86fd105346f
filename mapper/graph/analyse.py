"""The entry point of the analysis: run every rule on a map and gather the results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mapper.graph.links import Suggestion, candidates
from mapper.graph.metrics import SMALL_MAP, metrics, principle_summary
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import (
    Finding,
    MapView,
    counted,
    fragment,
    registry,
    resolve_params,
)
from mapper.graph.survey import Responses, summary

__all__ = ["ATTENTION", "Analysis", "analyse", "findings", "one_per_cause"]

ATTENTION = 7  # a facilitator takes up about seven things that need attention at a meeting


@dataclass(frozen=True, kw_only=True)
class Analysis:
    """Findings (highest severity first), metrics and links to consider for one map."""

    pmap: PartnershipMap = field(repr=False)
    today: dt.date
    params: dict[str, dict[str, Any]]
    findings: tuple[Finding, ...]
    metrics: dict[str, Any]
    suggested_links: tuple[Suggestion, ...]
    candidates: tuple[Suggestion, ...]
    notes: tuple[str, ...]
    survey: dict[str, Any] | None = None  # the round's scores, when answers were given

    @property
    def attention(self) -> tuple[Finding, ...]:
        """What needs attention first: the most important high findings, at most
        :data:`ATTENTION`; every other finding is to discuss, or a note."""
        return tuple(f for f in self.findings if f.severity == "high")[:ATTENTION]

    @property
    def map(self) -> dict[str, Any]:
        return {
            **self.pmap.meta,
            "actors": self.pmap.graph.number_of_nodes(),
            "links": self.pmap.graph.number_of_edges(),
            "as_of": self.today.isoformat(),
        }


def analyse(
    pmap: PartnershipMap,
    today: dt.date | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    responses: Responses | None = None,
) -> Analysis:
    """Run every rule on ``pmap`` as of ``today`` (default: the real today).

    ``params`` overrides rule parameters, e.g. ``{"stale-link": {"days": 120}}``; unknown
    rules or parameters raise ``ValueError``. ``responses``, a survey round's answers,
    adds the rules that compare what partners say with each other and the round's scores.
    """
    today = today or dt.date.today()
    settings = resolve_params(params)
    view = MapView(pmap)
    view.memo["responses"] = responses
    found = findings(view, settings, today)
    numbers = metrics(view, settings)
    numbers["principles"] = principle_summary(found)
    ranked = candidates(view, settings["missing-link"]["high"], today)
    return Analysis(
        pmap=pmap,
        today=today,
        params=settings,
        findings=tuple(found),
        metrics=numbers,
        suggested_links=tuple(ranked[: settings["missing-link"]["top"]]),
        candidates=tuple(ranked),
        notes=tuple(_notes(view, settings)),
        survey=summary(view, responses) if responses else None,
    )


def findings(view: MapView, settings: dict[str, dict[str, Any]], today: dt.date) -> list[Finding]:
    """Every rule's findings, one per cause, highest severity first: the analysis without
    its metrics and link suggestions (what a comparison of two moments needs)."""
    rules = registry()
    found: list[Finding] = []
    for rule_id, item in rules.items():
        found += item.check(view, settings[rule_id], today)
    order = {rule_id: index for index, rule_id in enumerate(rules)}
    found = one_per_cause(found)
    found.sort(key=lambda f: (f.rank, order[f.rule]))
    return found


def _notes(view: MapView, settings: dict[str, dict[str, Any]]) -> list[str]:
    """What the results rest on, in words, for the foot of every report."""
    n = view.graph.number_of_nodes()
    notes = []
    if n < SMALL_MAP:
        notes.append(
            fragment("missing-link", "small_map", actors=counted(n, "actor"), limit=SMALL_MAP)
        )
    gate = settings["gatekeeper"]
    if n > gate["exact_up_to"]:
        notes.append(fragment("gatekeeper", "sampled", actors=n, sample=gate["sample"]))
    return notes


def one_per_cause(findings: list[Finding]) -> list[Finding]:
    """Drop findings that another finding already explains, so each cause is read once
    and no two findings contradict each other about one actor:

    - a hierarchy explains its head's single-source funding, its concentration of power
      and its reporting lines;
    - a body answered to with no channel explains that nobody reaches it;
    - a group with no way to be heard explains that it is out of reach, without two-way
      contact, communicating one way, cut off behind one actor, has knowledge but no vote,
      or has hidden power;
    - a single point of failure of high severity explains that actor as a gatekeeper;
    - a single source of critical resources explains that dependence centres on it.
    """
    about: dict[str, set[str]] = {}
    for f in findings:
        if f.not_enough_data or not f.nodes:
            continue
        if f.rule == "hierarchy-behind-partnership":
            about.setdefault("hierarchy", set()).add(f.nodes[0])
        elif f.rule == "accountable-without-channel" and f.message == "no_channel":
            about.setdefault("silent", set()).add(f.nodes[0])
        elif f.rule == "salience-mismatch" and f.message == "no_voice":
            about.setdefault("unheard", set()).add(f.nodes[0])
        elif f.rule == "single-point-of-failure" and f.severity == "high":
            about.setdefault("cut", set()).add(f.nodes[0])
        elif f.rule == "resource-dependence":
            about.setdefault("supplier", set()).add(f.nodes[0])
    hierarchy, silent = about.get("hierarchy", set()), about.get("silent", set())
    unheard, cut = about.get("unheard", set()), about.get("cut", set())
    powers = hierarchy | about.get("supplier", set())

    def explained(f: Finding) -> bool:
        if f.not_enough_data or not f.nodes:
            return False
        first = f.nodes[0]
        match f.rule:
            case "resource-dependence":
                return first in hierarchy
            case "reporting-without-dialogue":
                return set(f.subject.split("+")) <= hierarchy
            case "influence-concentration":
                return set(f.nodes) <= powers or set(f.nodes) <= unheard
            case "unreachable-stakeholder":
                return first in silent or first in unheard
            case "salience-mismatch":
                return f.message != "no_voice" and first in silent
            case "service-users-without-dialogue" | "one-way-communication":
                return first in unheard
            case "knowledge-without-voice":
                return first in unheard
            case "single-point-of-failure":
                return set(f.nodes[1:]) <= unheard
            case "gatekeeper":
                return first in cut
        return False

    return [f for f in findings if not explained(f)]
