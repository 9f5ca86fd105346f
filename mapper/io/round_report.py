"""A survey round as a section of the printable health-check report.

The report is printed and taken into rooms, so what it says of a round follows the
round's own choice: aggregates only (response rate, trust, value, how many gaps of each
sort, how many links reported) unless the facilitator chose to show who said what, when
it also lists the perception gaps by name and who reported each link. Checklist
disagreements count answers and never name anyone, so they are listed either way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from mapper.graph.resources import resource_name
from mapper.graph.rules import Finding, counted, day_words, join
from mapper.graph.survey import (
    FEWEST,
    RESOURCE_QUESTIONS,
    SURVEY_RULES,
    Responses,
    headline,
    without_names,
)
from mapper.io.html import escape, findings_list

__all__ = ["RoundPart", "round_part", "round_section_html"]

# A perception gap's subject, as "N pairs see ... differently" says it.
GAP_WORDS = {
    "talks": "how often they talk",
    "trust": "how much they trust each other",
    "answers_to": "who answers to whom",
    "funds": "money",
    **{q: resource_name(r) for q, r in RESOURCE_QUESTIONS.items() if q != "funds"},
}
LINK_KINDS = {
    "communicates": "communication link",
    "accountable_to": "accountability line",
    "resource": "resource link",
}
AGGREGATES_NOTE = (
    "Figures only: the facilitator has not chosen to show who said what in this round, so "
    "no answer is given with its respondent's name, and a score resting on fewer than "
    f"{FEWEST} answers is held back."
)
NAMED_NOTE = "The facilitator chose to show who said what in this round."
SCORES_NOTE = (
    "Scores are out of 5, with the number of answers each rests on in brackets. Value adds "
    "up the power others give an actor, how often they talk with it and whether it gives "
    "them money or other resources."
)


@dataclass(frozen=True, kw_only=True)
class RoundPart:
    """What the report says of a round: its name and last day, its scores (see
    :func:`mapper.graph.survey.summary`), its survey findings and whether names are shown."""

    name: str
    closes: str
    summary: dict[str, Any]
    findings: tuple[Finding, ...]
    named: bool


def round_part(
    pmap: PartnershipMap, responses: Responses, named: bool, today: dt.date | None = None
) -> RoundPart:
    """The round's part of the report: its answers analysed against ``pmap``; scores too
    few answers rest on are held back unless ``named`` (see ``without_names``)."""
    result = analyse(pmap, today, responses=responses)
    scores = result.survey or {}
    return RoundPart(
        name=responses.name,
        closes=responses.date,
        summary=scores if named or not scores else without_names(scores),
        findings=tuple(f for f in result.findings if f.rule in SURVEY_RULES),
        named=named,
    )


def round_section_html(part: RoundPart) -> list[str]:
    """The round as HTML fragments of the report (escaped here), one ``<section>``."""
    scores = part.summary
    closes = f" (answers until {day_words(part.closes)})" if part.closes else ""
    body = [
        f"<section><h2>What the partners say: {escape(part.name)}</h2>",
        f'<p class="intro">The latest survey round{escape(closes)}. '
        f"{escape(NAMED_NOTE if part.named else AGGREGATES_NOTE)}</p>",
        "<ul>",
        *(f"<li>{escape(line)}</li>" for line in headline(scores)),
        "</ul>",
        *_actors(scores["actors"]),
        *_gaps([f for f in part.findings if f.rule == "perception-gap"], part.named),
        *_disagreements([f for f in part.findings if f.rule == "checklist-disagreement"]),
        *_reported(scores["proposals"], part.named),
        "</section>",
    ]
    return body


def _actors(actors: dict[str, dict[str, Any]]) -> list[str]:
    if not actors:
        return []

    def score(value: dict[str, Any]) -> str:
        if value.get("held"):
            return f"held back ({value['answers']})"
        return f"{value['score']:g} ({value['answers']})" if value["answers"] else "-"

    rows = [
        f'<tr><td>{escape(a["label"])}</td><td class="n">{score(a["trust"])}</td>'
        f'<td class="n">{score(a["value"])}</td><td class="n">{score(a["power_rated"])}</td></tr>'
        for a in sorted(actors.values(), key=lambda a: a["label"].casefold())
    ]
    return [
        "<h3>Trust and value</h3>",
        f'<p class="how">{escape(SCORES_NOTE)}</p>',
        '<table><thead><tr><th>Actor</th><th class="n">Trust others give it</th>'
        '<th class="n">Value</th><th class="n">Power as others rate it</th></tr></thead>',
        "<tbody>",
        *rows,
        "</tbody></table>",
    ]


def _gaps(found: list[Finding], named: bool) -> list[str]:
    head = "<h3>Partners who see their link differently</h3>"
    if not found:
        return [
            head,
            '<p class="empty">None: where partners answered about each other, they see '
            "their links alike.</p>",
        ]
    if named:
        return [head, *findings_list(found)]
    by_subject = Counter(f.subject for f in found)
    what = join(f"{count} about {GAP_WORDS[subject]}" for subject, count in by_subject.items())
    return [
        head,
        f"<p>{escape(counted(len(found), 'gap'))} between partners who answered about each "
        f"other: {escape(what)}.</p>",
    ]


def _disagreements(found: list[Finding]) -> list[str]:
    if not found:
        return []
    return ["<h3>Checklist items the partners disagree on</h3>", *findings_list(found)]


def _reported(proposals: list[dict[str, Any]], named: bool) -> list[str]:
    if not proposals:
        return []
    head = [
        "<h3>Links reported by one side, not on the map</h3>",
        '<p class="how">The facilitator can add each to the map on the survey page, with '
        "who reported it kept on the link, or set it aside.</p>",
    ]
    if named:
        items = [
            f"<li>{escape(p['source_label'])} {escape(p['says'])} {escape(p['target_label'])}"
            f"{' (new on the map)' if p['new_actor'] else ''}: reported by "
            f"{escape(join(p['reporters']))}.</li>"
            for p in proposals
        ]
        return [*head, "<ul>", *items, "</ul>"]
    kinds = Counter(p["kind"] for p in proposals)
    what = join(counted(n, LINK_KINDS[kind]) for kind, n in kinds.items())
    return [*head, f"<p>By kind: {escape(what)}.</p>"]
