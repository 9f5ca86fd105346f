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
    fragment,
    registry,
    resolve_params,
)

__all__ = ["Analysis", "analyse"]


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
) -> Analysis:
    """Run every rule on ``pmap`` as of ``today`` (default: the real today).

    ``params`` overrides rule parameters, e.g. ``{"stale-link": {"days": 120}}``; unknown
    rules or parameters raise ``ValueError``.
    """
    today = today or dt.date.today()
    settings = resolve_params(params)
    view = MapView(pmap)
    rules = registry()
    found: list[Finding] = []
    for rule_id, item in rules.items():
        found += item.check(view, settings[rule_id], today)
    order = {rule_id: index for index, rule_id in enumerate(rules)}
    found.sort(key=lambda f: (f.rank, order[f.rule]))
    numbers = metrics(view, settings)
    numbers["principles"] = principle_summary(found)
    ranked = candidates(view, settings["missing-link"]["high"])
    return Analysis(
        pmap=pmap,
        today=today,
        params=settings,
        findings=tuple(found),
        metrics=numbers,
        suggested_links=tuple(ranked[: settings["missing-link"]["top"]]),
        candidates=tuple(ranked),
        notes=tuple(_notes(view, settings)),
    )


def _notes(view: MapView, settings: dict[str, dict[str, Any]]) -> list[str]:
    """What the results rest on, in words, for the foot of every report."""
    n = view.graph.number_of_nodes()
    notes = []
    if n < SMALL_MAP:
        notes.append(fragment("missing-link", "small_map", actors=n, limit=SMALL_MAP))
    gate = settings["gatekeeper"]
    if n > gate["exact_up_to"]:
        notes.append(fragment("gatekeeper", "sampled", actors=n, sample=gate["sample"]))
    return notes
