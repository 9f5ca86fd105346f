"""The analysis as a report: a JSON-able dict, plain text and Markdown.

Text and Markdown group the findings by the Compass principle they bear on most (their
first), highest severity first, and say under each other principle where to find them, so
each finding is read once. They are written for a partnership manager, not an analyst:
every finding says what was found, how it was checked and what the Compass suggests.
"""

from __future__ import annotations

import textwrap
from typing import Any

from mapper.content import load_content
from mapper.graph.analyse import Analysis
from mapper.graph.rules import PRINCIPLES, Finding, registry

__all__ = ["report_dict", "report_markdown", "report_text"]

SEVERITY_WORDS = {
    "high": "High",
    "medium": "Medium",
    "low": "Low",
}
NOTHING = "No issues found on this map."
NOTHING_UNCHECKED = "Nothing found, but some checks could not run for lack of data (see below)."
SHARES = ("share", "ratio", "reciprocity", "rank_gap")  # parameters shown as percentages
READING_GUIDE = (
    "High: look at this soon; it is a gap the partnership relies on. Medium: worth "
    "discussing at the next meeting. Low: to consider, or a note.",
    "Every finding rests only on what the map records. A finding about a missing link may "
    "simply mean the link was not drawn: if so, add it to the map.",
    "Structural power ranks come from who depends on whom for resources, who answers to "
    "whom and who influences whom (rank 1 is the most depended on). They are a prompt to "
    "talk about power openly, not a measurement.",
)


def report_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data: ``{"map", "findings", "metrics", "suggested_links"}``.

    ``map`` also carries ``caveats``: what the results rest on (small map, sampled routes).
    """
    return {
        "map": {**analysis.map, "caveats": list(analysis.notes)},
        "findings": [
            {
                "rule": f.rule,
                "principles": list(f.principles),
                "severity": f.severity,
                "title": f.title,
                "explanation": f.explanation,
                "nodes": list(f.nodes),
                "edges": [list(edge) for edge in f.edges],
                "action": {"id": f.action.id, "text": f.action.text},
                "params": dict(f.params),
            }
            for f in analysis.findings
        ],
        "metrics": analysis.metrics,
        "suggested_links": [
            {"source": s.source, "target": s.target, "reason": s.reason, "score": s.score}
            for s in analysis.suggested_links
        ],
    }


def _principle_titles() -> dict[str, str]:
    return {p.id: f"{p.id} {p.title}" for p in load_content().principles}


def _how_checked(finding: Finding) -> str:
    """The rule's help with this finding's thresholds filled in."""
    values = {
        name: f"{value:.0%}" if name.endswith(SHARES) else f"{value:g}"
        for name, value in finding.params.items()
    }
    return registry()[finding.rule].help.format(**values)


def _sections(analysis: Analysis) -> list[tuple[str, list[Finding], list[Finding], str]]:
    """(principle title, its findings, findings listed elsewhere that also bear on it, what
    to say when there are none)."""
    titles = _principle_titles()
    found = [f for f in analysis.findings if not f.not_enough_data]
    unchecked = {p for f in analysis.findings if f.not_enough_data for p in f.principles}
    return [
        (
            titles[pid],
            [f for f in found if f.principles[0] == pid],
            [f for f in found if pid in f.principles[1:]],
            NOTHING_UNCHECKED if pid in unchecked else NOTHING,
        )
        for pid in PRINCIPLES
    ]


def _by_rule(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by rule, keeping the order of each rule's first (most severe)."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.rule, []).append(f)
    return list(groups.items())


def _actor_rows(analysis: Analysis) -> list[list[str]]:
    rows = []
    for actor in analysis.metrics["actors"]:
        if actor["quadrant"] is None:
            continue
        rows.append(
            [
                actor["label"],
                actor["quadrant"],
                actor["salience"] or "not recorded",
                _rank(actor["declared_rank"]),
                _rank(actor["structural_rank"]),
            ]
        )
    return rows


def _rank(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def report_markdown(analysis: Analysis) -> str:
    """The report as Markdown, to commit, paste or print."""
    info = analysis.map
    titles = _principle_titles()
    lines = [f"# Health check: {info['name']}", ""]
    if info.get("purpose"):
        lines += [f"_{info['purpose']}_", ""]
    lines += [
        f"As of {info['as_of']}: {info['actors']} actors and {info['links']} links, checked "
        "against the six principles of the Third Sector Partnership Compass.",
        "",
    ]
    for note in analysis.notes:
        lines += [f"> {note}", ""]
    lines += ["## At a glance", "", "| Principle | High | Medium | Low |", "|---|---|---|---|"]
    summary = analysis.metrics["principles"]
    for pid in PRINCIPLES:
        counts = summary[pid]
        lines.append(f"| {titles[pid]} | {counts['high']} | {counts['medium']} | {counts['low']} |")
    lines.append("")
    for title, own, also, nothing in _sections(analysis):
        lines += [f"## {title}", ""]
        if not own and not also:
            lines += [nothing, ""]
        for rule_id, findings in _by_rule(own):
            first = findings[0]
            lines += [
                f"### {registry()[rule_id].name}",
                "",
                f"_How this was checked:_ {_how_checked(first)}",
                "",
                f"_From the Compass checklist ({first.action.id}):_ “{first.action.text}”",
                "",
            ]
            for f in findings:
                lines += [f"- **{SEVERITY_WORDS[f.severity]}: {f.title}.** {f.explanation}"]
            if len(first.principles) > 1:
                others = ", ".join(titles[p] for p in first.principles[1:])
                lines += ["", f"_Also bears on {others}._"]
            lines.append("")
        if also:
            lines.append("Also relevant here, listed under another principle:")
            lines += [f"- {f.title} ({titles[f.principles[0]]})" for f in also]
            lines.append("")
    lines += _links_markdown(analysis)
    rows = _actor_rows(analysis)
    if rows:
        lines += [
            "## Power and interest",
            "",
            f"Quadrants: {analysis.metrics['grid']['rule']}. Declared rank orders the power "
            "recorded on each actor; structural rank orders who others depend on.",
            "",
            "| Actor | Quadrant | Salience | Declared power rank | Structural power rank |",
            "|---|---|---|---|---|",
            *("| " + " | ".join(row) + " |" for row in rows),
            "",
        ]
    gaps = [f for f in analysis.findings if f.not_enough_data]
    if gaps:
        lines += ["## Checks that could not run", ""]
        lines += [f"- **{registry()[f.rule].name}**: {f.explanation}" for f in gaps]
        lines.append("")
    lines += ["## How to read this report", ""]
    lines += [f"- {text}" for text in READING_GUIDE]
    return "\n".join(lines).rstrip() + "\n"


def _links_markdown(analysis: Analysis) -> list[str]:
    if not analysis.suggested_links:
        return []
    label = analysis.pmap.label
    lines = [
        "## Links to consider",
        "",
        "Pairs that do not talk to each other on the map, though their own links suggest "
        "they might need to, best first:",
        "",
    ]
    for number, s in enumerate(analysis.suggested_links, 1):
        lines.append(f"{number}. **{label(s.source)} and {label(s.target)}**: {s.reason}.")
    return [*lines, ""]


def report_text(analysis: Analysis, width: int = 88) -> str:
    """The report as plain text for a terminal or an email."""
    info = analysis.map
    wrap = textwrap.TextWrapper(width=width)
    indent = textwrap.TextWrapper(width=width, initial_indent="    ", subsequent_indent="    ")
    deeper = textwrap.TextWrapper(width=width, initial_indent="      ", subsequent_indent="      ")
    out = [
        f"Health check: {info['name']}",
        f"As of {info['as_of']}: {info['actors']} actors, {info['links']} links.",
    ]
    out += [line for note in analysis.notes for line in wrap.wrap(note)]
    for title, own, also, nothing in _sections(analysis):
        out += ["", title.upper()]
        if not own and not also:
            out += indent.wrap(nothing)
        for rule_id, findings in _by_rule(own):
            first = findings[0]
            out.append(f"  {registry()[rule_id].name}")
            out += indent.wrap(
                f"From the Compass checklist ({first.action.id}): {first.action.text}"
            )
            for f in findings:
                out.append(f"    - [{SEVERITY_WORDS[f.severity]}] {f.title}")
                out += deeper.wrap(f.explanation)
        for f in also:
            out.append(f"  See also: {f.title}")
    if analysis.suggested_links:
        out += ["", "LINKS TO CONSIDER"]
        label = analysis.pmap.label
        for s in analysis.suggested_links:
            out.append(f"  {label(s.source)} and {label(s.target)}")
            out += indent.wrap(s.reason + ".")
    gaps = [f for f in analysis.findings if f.not_enough_data]
    if gaps:
        out += ["", "CHECKS THAT COULD NOT RUN"]
        for f in gaps:
            out += indent.wrap(f"{registry()[f.rule].name}: {f.explanation}")
    return "\n".join(out) + "\n"
