"""The analysis as a report: a JSON-able dict, plain text, Markdown and a printable page.

Text, Markdown and HTML are rendered from one outline (:func:`_outline`), so they always
say the same things. Findings are grouped by the Compass principle they bear on most (their
first), highest severity first; under each other principle the report says where to find
them, so each finding is read once. Links to consider get a section of their own. The
report is written for a partnership manager, not an analyst: every finding says what was
found, how it was checked (with the thresholds that fired) and what the Compass suggests.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from typing import Any

from mapper.content import load_content
from mapper.graph.analyse import Analysis
from mapper.graph.links import Suggestion
from mapper.graph.metrics import principle_summary
from mapper.graph.power import rank_words
from mapper.graph.rules import PRINCIPLES, Finding, counted, how_checked, registry
from mapper.graph.survey import headline
from mapper.io.html import SEVERITY_WORDS, escape, findings_list, no_html, page, tag
from mapper.io.round_report import RoundPart, round_section_html

__all__ = ["report_dict", "report_markdown", "report_text", "to_html"]

SUGGESTIONS = "missing-link"  # its findings are the "Links to consider" section
NOTHING = "No issues found on this map."
NOTHING_UNCHECKED = "Nothing found, but some checks could not run for lack of data (see below)."
LINKS_INTRO = (
    "Links the map's own data says are missing, most needed first: an accountability line "
    "with no channel, then a stakeholder nobody reaches or who has no voice, then a way "
    "around someone who is the only link, then pairs that share money or a line of "
    "accountability."
)
ATTENTION_INTRO = (
    "The most important findings, in order: take these up first. Everything else is listed "
    "under its principle below, to discuss."
)
SALIENCE_NOTE = (
    "Salience (after Mitchell, Agle and Wood) says which of power, legitimacy and urgency "
    "a stakeholder's claim has: definitive has all three; dominant, power and legitimacy; "
    "dependent, legitimacy and urgency but little power. It needs all three recorded."
)
READING_GUIDE = (
    "High: look at this soon; it is a gap the partnership relies on. Medium: worth "
    "discussing at the next meeting. Low: to consider, or a note.",
    "Every finding rests only on what the map records. A finding about a missing link may "
    "simply mean the link was not drawn: if so, add it to the map.",
    "Structural power ranks come from who depends on whom for resources, who answers to "
    "whom and who influences whom (1st is the most depended on). They are a prompt to "
    "talk about power openly, not a measurement.",
)
FOOTER = (
    "Made with Partnership Mapper, against the six principles of The Third Sector "
    "Partnership Compass."
)


def report_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data: ``{"map", "findings", "metrics", "suggested_links",
    "candidates"}``, findings and links most important first, each with its ``rank``.

    ``map`` also carries ``caveats``: what the results rest on (small map, sampled routes).
    A finding's ``attention`` says it is among the first to take up; ``candidates`` are
    every link to consider, of which ``suggested_links`` are the first.
    """
    attention = {f.key for f in analysis.attention}
    return {
        "map": {**analysis.map, "caveats": list(analysis.notes)},
        "findings": [
            {
                "rank": rank,
                "key": f.key,
                "attention": f.key in attention,
                "rule": f.rule,
                "principles": list(f.principles),
                "severity": f.severity,
                "title": f.title,
                "explanation": f.explanation,
                "nodes": list(f.nodes),
                "edges": [list(edge) for edge in f.edges],
                "why": registry()[f.rule].words["why"],
                "action": {"id": f.action.id, "text": f.action.text},
                "params": dict(f.params),
            }
            for rank, f in enumerate(analysis.findings, 1)
        ],
        "metrics": analysis.metrics,
        "suggested_links": [_link(s) for s in analysis.suggested_links],
        "candidates": [_link(s) for s in analysis.candidates],
        **({"survey": analysis.survey} if analysis.survey else {}),
    }


def _link(s: Suggestion) -> dict[str, Any]:
    return {
        "rank": s.rank,
        "source": s.source,
        "target": s.target,
        "seat": s.seat,
        "need": s.need,
        "reason": s.reason,
        "reasons": list(s.reasons),
        "score": s.score,
    }


# ----- the outline every format renders --------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    """One rule's findings under a principle."""

    name: str
    how: str  # how it was checked, with the thresholds filled in
    why: str  # why it matters for a partnership
    source: str  # where in the Compass the suggestion comes from
    suggestion: str
    findings: tuple[Finding, ...]
    also: str  # the other principles it bears on, or ""


@dataclass(frozen=True)
class _Principle:
    title: str
    rules: tuple[_Rule, ...]
    elsewhere: str  # related findings listed under other principles, or ""
    empty: str


@dataclass(frozen=True)
class _Outline:
    title: str
    purpose: str
    meta: str
    notes: tuple[str, ...]
    attention: tuple[tuple[str, str, str], ...]  # (severity word, title, principle)
    glance: tuple[tuple[str, int, int, int], ...]
    glance_note: str
    principles: tuple[_Principle, ...]
    links: tuple[tuple[str, str], ...]  # (the pair, why)
    links_rule: _Rule | None
    actors: tuple[tuple[str, ...], ...]
    grid_note: str
    gaps: tuple[tuple[str, str], ...]  # (check, why it could not run)


def _titles() -> dict[str, str]:
    return {p.id: f"{p.id} {p.title}" for p in load_content().principles}


PARTS = {"action": "action", "key": "key point", "hint": "hint"}


def _source(action_id: str, titles: dict[str, str]) -> str:
    """ "P6 Learning together, action 5" for ``P6.action.5``, "P2 Clear expectations, key
    point 4" for ``P2.key.4``; the id itself otherwise."""
    pid, kind, number = [*action_id.split("."), "", ""][:3]
    if pid in titles and kind in PARTS and number.isdigit():
        return f"{titles[pid]}, {PARTS[kind]} {number}"
    return action_id


def _rule_block(findings: list[Finding], titles: dict[str, str]) -> _Rule:
    first = findings[0]
    return _Rule(
        name=registry()[first.rule].name,
        how=how_checked(first),
        why=registry()[first.rule].words["why"],
        source=_source(first.action.id, titles),
        suggestion=first.action.text,
        findings=tuple(findings),
        also=", ".join(titles[p] for p in first.principles[1:]),
    )


def _by_rule(findings: list[Finding]) -> list[list[Finding]]:
    """Findings grouped by rule, keeping the order of each rule's first (most severe)."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.rule, []).append(f)
    return list(groups.values())


def _elsewhere(findings: list[Finding], links: int, titles: dict[str, str]) -> str:
    """Where to read what else bears on a principle: findings listed under another one
    ("Links gone quiet (2, under P2 Clear expectations)"), and the links to consider."""
    where = [
        f"{registry()[group[0].rule].name} ({len(group)}, under {titles[group[0].principles[0]]})"
        for group in _by_rule(findings)
    ]
    if links:
        where.append(f"{registry()[SUGGESTIONS].name} ({links}, after the principles)")
    return "; ".join(where)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _outline(analysis: Analysis) -> _Outline:
    info, titles, label = analysis.map, _titles(), analysis.pmap.label
    found = [f for f in analysis.findings if not f.not_enough_data and f.rule != SUGGESTIONS]
    unchecked = {p for f in analysis.findings if f.not_enough_data for p in f.principles}
    links = tuple(
        (
            f"A seat for {label(s.source)} on {label(s.target)}"
            if s.seat
            else f"{label(s.source)} and {label(s.target)}",
            s.reason,
        )
        for s in analysis.suggested_links
    )
    linked = set(registry()[SUGGESTIONS].principles) if links else set()
    principles = tuple(
        _Principle(
            title=titles[pid],
            rules=tuple(
                _rule_block(group, titles)
                for group in _by_rule([f for f in found if f.principles[0] == pid])
            ),
            elsewhere=_elsewhere(
                [f for f in found if pid in f.principles[1:]],
                len(links) if pid in linked else 0,
                titles,
            ),
            empty=NOTHING_UNCHECKED if pid in unchecked else NOTHING,
        )
        for pid in PRINCIPLES
    )
    summary = principle_summary(found)
    suggested = [f for f in analysis.findings if f.rule == SUGGESTIONS]
    glance_note = "A finding that bears on two principles is counted under both."
    if links:
        glance_note += f" Links to consider ({len(links)}) are listed after the principles."
    return _Outline(
        title=f"Health check: {info['name']}",
        purpose=info.get("purpose") or "",
        meta=f"As of {_day(analysis.today)}: {counted(info['actors'], 'actor')} and "
        f"{counted(info['links'], 'link')}, checked against the six principles of The Third "
        "Sector Partnership Compass.",
        notes=analysis.notes,
        attention=tuple(
            (SEVERITY_WORDS[f.severity], f.title, titles[f.principles[0]])
            for f in analysis.attention
        ),
        glance=tuple((titles[pid], *summary[pid].values()) for pid in PRINCIPLES),
        glance_note=glance_note,
        principles=principles,
        links=links,
        links_rule=_rule_block(suggested, titles) if suggested and links else None,
        actors=_actor_rows(analysis),
        grid_note=f"Quadrants: {analysis.metrics['grid']['rule']}. Recorded power ranks "
        "the power written on each actor; structural power ranks who others depend on.",
        gaps=tuple(
            (registry()[f.rule].name, f.explanation) for f in analysis.findings if f.not_enough_data
        ),
    )


def _actor_rows(analysis: Analysis) -> tuple[tuple[str, ...], ...]:
    actors = [a for a in analysis.metrics["actors"] if a["quadrant"] is not None]
    ranked = {
        key: [a[key] for a in actors if a[key] is not None]
        for key in ("declared_rank", "structural_rank")
    }

    def place(actor: dict[str, Any], key: str) -> str:
        return "-" if actor[key] is None else rank_words(actor[key], ranked[key])

    return tuple(
        (
            actor["label"],
            actor["quadrant"],
            actor["salience"] or "not recorded",
            place(actor, "declared_rank"),
            place(actor, "structural_rank"),
        )
        for actor in actors
    )


GRID_HEAD = ("Actor", "Quadrant", "Salience", "Recorded power", "Structural power")


# ----- Markdown ------------------------------------------------------------------------
def report_markdown(analysis: Analysis) -> str:
    """The report as Markdown, to commit, paste or print."""
    doc = _outline(analysis)
    lines = [f"# {doc.title}", ""]
    if doc.purpose:
        lines += [f"_{doc.purpose}_", ""]
    lines += [doc.meta, ""]
    lines += [line for note in doc.notes for line in (f"> {note}", "")]
    if doc.attention:
        lines += ["## Needs attention first", "", ATTENTION_INTRO, ""]
        lines += [f"{n}. **{title}** ({where})" for n, (_, title, where) in enumerate(
            doc.attention, 1)]  # fmt: skip
        lines.append("")
    lines += ["## At a glance", "", "| Principle | High | Medium | Low |", "|---|---|---|---|"]
    lines += [f"| {title} | {high} | {medium} | {low} |" for title, high, medium, low in doc.glance]
    lines += ["", doc.glance_note, ""]
    for part in doc.principles:
        lines += [f"## {part.title}", ""]
        if not part.rules and not part.elsewhere:
            lines += [part.empty, ""]
        for block in part.rules:
            lines += [f"### {block.name}", "", *_markdown_rule_head(block)]
            lines += [
                f"- **{SEVERITY_WORDS[f.severity]}: {f.title}.** {f.explanation}"
                for f in block.findings
            ]
            if block.also:
                lines += ["", f"_Also bears on {block.also}._"]
            lines.append("")
        if part.elsewhere:
            lines += [f"_Also relevant here:_ {part.elsewhere}.", ""]
    if doc.links:
        lines += ["## Links to consider", "", LINKS_INTRO, ""]
        if doc.links_rule:
            head = _markdown_rule_head(doc.links_rule)
            lines += [*head[:2], *head[4:]]  # why, and the Compass: the intro says how
        lines += [f"{n}. **{pair}**: {why}" for n, (pair, why) in enumerate(doc.links, 1)]
        lines.append("")
    if doc.actors:
        lines += ["## Power and interest", "", doc.grid_note, "", SALIENCE_NOTE, ""]
        lines += ["| " + " | ".join(GRID_HEAD) + " |", "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(row) + " |" for row in doc.actors]
        lines.append("")
    if analysis.survey:
        lines += [
            "## What the partners say",
            "",
            *(f"- {line}" for line in headline(analysis.survey)),
        ]
        lines.append("")
    if doc.gaps:
        lines += ["## Checks that could not run", ""]
        lines += [f"- **{name}**: {why}" for name, why in doc.gaps]
        lines.append("")
    lines += ["## How to read this report", ""]
    lines += [f"- {text}" for text in READING_GUIDE]
    lines += ["", f"_{FOOTER}_"]
    return no_html("\n".join(lines).rstrip() + "\n")


def _markdown_rule_head(block: _Rule) -> list[str]:
    return [
        f"_Why it matters:_ {block.why}",
        "",
        f"_How this was checked:_ {block.how}",
        "",
        f"_What the Compass suggests ({block.source}):_ “{block.suggestion}”",
        "",
    ]


# ----- plain text ----------------------------------------------------------------------
def report_text(analysis: Analysis, width: int = 88) -> str:
    """The report as plain text for a terminal or an email."""
    doc = _outline(analysis)

    def wrap(text: str, indent: int = 0, first: str = "") -> list[str]:
        pad = " " * indent
        return textwrap.wrap(text, width, initial_indent=first or pad, subsequent_indent=pad)

    out = [doc.title, *wrap(doc.meta), *(line for note in doc.notes for line in wrap(note))]
    if doc.attention:
        out += ["", "NEEDS ATTENTION FIRST"]
        for n, (word, title, where) in enumerate(doc.attention, 1):
            out += wrap(f"[{word}] {title} ({where})", 5, first=f"  {n}. ")
    for part in doc.principles:
        out += ["", part.title.upper()]
        if not part.rules and not part.elsewhere:
            out += wrap(part.empty, 4)
        for block in part.rules:
            out.append(f"  {block.name}")
            out += wrap(f"Why it matters: {block.why}", 4)
            out += wrap(f"The Compass suggests ({block.source}): {block.suggestion}", 4)
            for f in block.findings:
                out += wrap(f"[{SEVERITY_WORDS[f.severity]}] {f.title}", 6, first="    - ")
                out += wrap(f.explanation, 6)
        if part.elsewhere:
            out += wrap(f"See also: {part.elsewhere}.", 2)
    if doc.links:
        out += ["", "LINKS TO CONSIDER"]
        for pair, why in doc.links:
            out += [f"  {pair}", *wrap(why, 4)]
    if analysis.survey:
        out += ["", "WHAT THE PARTNERS SAY"]
        out += [line for text in headline(analysis.survey) for line in wrap(text, 4, "  - ")]
    if doc.gaps:
        out += ["", "CHECKS THAT COULD NOT RUN"]
        for name, why in doc.gaps:
            out += wrap(f"{name}: {why}", 4)
    return "\n".join(out) + "\n"


# ----- HTML ----------------------------------------------------------------------------
def to_html(analysis: Analysis, survey: RoundPart | None = None) -> str:
    """The report as one self-contained, printable HTML page (see :mod:`mapper.io.html`),
    with a section on the map's latest survey round when ``survey`` is given."""
    doc = _outline(analysis)
    body = [f"<h1>{escape(doc.title)}</h1>"]
    if doc.purpose:
        body.append(f'<p class="purpose">{escape(doc.purpose)}</p>')
    body.append(f'<p class="meta">{escape(doc.meta)}</p>')
    body += [f'<p class="caveat">{escape(note)}</p>' for note in doc.notes]
    if doc.attention:
        body += [
            "<section><h2>Needs attention first</h2>",
            f'<p class="intro">{escape(ATTENTION_INTRO)}</p><ol>',
            *(
                f'<li>{tag(word, word.lower())}<span><span class="head">{escape(title)}</span>'
                f" ({escape(where)})</span></li>"
                for word, title, where in doc.attention
            ),
            "</ol></section>",
        ]
    body += [
        "<section><h2>At a glance</h2><table>",
        "<thead><tr><th>Principle</th>"
        + "".join(f'<th class="n">{tag(word, s)}</th>' for s, word in SEVERITY_WORDS.items())
        + "</tr></thead><tbody>",
        *(
            f"<tr><td>{escape(title)}</td>"
            + "".join(f'<td class="n">{count}</td>' for count in counts)
            + "</tr>"
            for title, *counts in doc.glance
        ),
        f'</tbody></table><p class="intro">{escape(doc.glance_note)}</p></section>',
    ]
    for part in doc.principles:
        body.append(f"<section><h2>{escape(part.title)}</h2>")
        if not part.rules and not part.elsewhere:
            body.append(f'<p class="empty">{escape(part.empty)}</p>')
        for block in part.rules:
            body += [f"<h3>{escape(block.name)}</h3>", *_html_rule_head(block)]
            body += findings_list(block.findings)
            if block.also:
                body.append(f'<p class="also">Also bears on {escape(block.also)}.</p>')
        if part.elsewhere:
            also = escape(part.elsewhere)
            body.append(f'<p class="also"><strong>Also relevant here:</strong> {also}.</p>')
        body.append("</section>")
    if doc.links:
        body += [
            "<section><h2>Links to consider</h2>",
            f'<p class="intro">{escape(LINKS_INTRO)}</p>',
        ]
        if doc.links_rule:
            head = _html_rule_head(doc.links_rule)
            body += [head[0], head[2]]  # why, and the Compass: the intro says how
        body.append("<ol>")
        body += [
            f'<li><span class="head">{escape(pair)}</span>: {escape(why)}</li>'
            for pair, why in doc.links
        ]
        body.append("</ol></section>")
    if doc.actors:
        body += [
            "<section><h2>Power and interest</h2>",
            f'<p class="intro">{escape(doc.grid_note)} {escape(SALIENCE_NOTE)}</p>',
            "<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in GRID_HEAD) + "</tr></thead>",
            "<tbody>",
            *(
                "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                for row in doc.actors
            ),
            "</tbody></table></section>",
        ]
    if survey is not None:
        body += round_section_html(survey)
    if doc.gaps:
        body.append("<section><h2>Checks that could not run</h2><ul>")
        body += [
            f'<li><span class="head">{escape(name)}</span>: {escape(why)}</li>'
            for name, why in doc.gaps
        ]
        body.append("</ul></section>")
    body.append("<section><h2>How to read this report</h2><ul>")
    body += [f"<li>{escape(text)}</li>" for text in READING_GUIDE]
    body.append(f"</ul></section><footer><p>{escape(FOOTER)}</p></footer>")
    return page(doc.title, body)


def _html_rule_head(block: _Rule) -> list[str]:
    return [
        f'<p class="why"><strong>Why it matters:</strong> {escape(block.why)}</p>',
        f'<p class="how">How this was checked: {escape(block.how)}</p>',
        f'<p class="compass"><strong>What the Compass suggests</strong> '
        f"({escape(block.source)}): <q>{escape(block.suggestion)}</q></p>",
    ]
