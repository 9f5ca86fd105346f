"""A meeting brief as Markdown or as one printable HTML page.

Both formats are rendered from the same list of sections, so they always say the same
things. The HTML page carries its own stylesheet (no web fonts, no scripts) with print
rules: A4 margins, no links underlined, sections kept whole, so "Print to PDF" in any
browser gives a tidy page to take into the room.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from mapper.content import load_content
from mapper.graph.insight import MeetingBrief, Reviewed
from mapper.graph.model import slugify
from mapper.graph.rules import SEVERITIES

__all__ = ["brief_filename", "brief_html", "brief_markdown"]


@dataclass(frozen=True)
class _Entry:
    head: str
    body: str = ""
    action: str = ""
    tag: str = ""  # severity or principle, shown as a small label


@dataclass(frozen=True)
class _Section:
    title: str
    intro: str
    entries: tuple[_Entry, ...]
    empty: str
    tickbox: bool = False


def _principle_names() -> dict[str, str]:
    return {p.id: f"{p.id} {p.title}" for p in load_content().principles}


def _finding_entry(item: Reviewed, full: bool = True) -> _Entry:
    """A finding with its explanation and suggested action, or (``full=False``) its title."""
    found = item.finding
    return _Entry(
        head=found.title,
        body=found.explanation if full else "",
        action=item.action if full else "",
        tag=found.severity,
    )


def _sections(brief: MeetingBrief) -> list[_Section]:
    names = _principle_names()
    return [
        _Section(
            title="Links to consider among those present",
            intro="They do not talk to each other on the map, but their own links suggest "
            "they might need to.",
            entries=tuple(
                _Entry(
                    head=f"{link.source_label} and {link.target_label}",
                    body="; ".join(link.reasons) + ".",
                )
                for link in brief.missing_links
            ),
            empty="None: everyone present who might need to talk already does.",
        ),
        _Section(
            title="Links gone quiet",
            intro="Contact older than expected, as of the meeting date.",
            entries=tuple(_finding_entry(item) for item in brief.stale_links),
            empty="None recorded.",
        ),
        _Section(
            title="Accountable, but not in touch",
            intro="Those present answer to these bodies but have no channel, or no recent "
            "contact, with them.",
            entries=tuple(_finding_entry(item) for item in brief.accountability_gaps),
            empty="None: every accountability line of those present has a channel.",
        ),
        _Section(
            title="Other open findings about those present",
            intro="High severity in full; the rest by title. Their suggested actions are "
            "in the checklist below.",
            entries=tuple(
                _finding_entry(item, full=item.finding.severity == "high")
                for item in brief.findings
            ),
            empty="None open.",
        ),
        _Section(
            title="Open checklist items",
            intro="Partnership Compass actions the findings above point to, not yet ticked "
            "for this map.",
            entries=tuple(
                _Entry(head=item.text, tag=names.get(item.principle or "", ""))
                for item in brief.checklist
            ),
            empty="None: every action these findings point to is ticked.",
            tickbox=True,
        ),
    ]


def _date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _footer(brief: MeetingBrief) -> list[str]:
    return [
        *brief.notes,
        "Findings marked discussed or not relevant are left out. Made with Partnership Mapper, "
        "against the six principles of The Third Sector Partnership Compass.",
    ]


def brief_markdown(brief: MeetingBrief) -> str:
    """The brief as Markdown, e.g. to paste into an agenda or an email."""
    lines = [
        f"# Meeting brief: {brief.map_name}",
        "",
        f"**Meeting:** {_date(brief.meeting_date)}  ",
        "**Attending:** " + ("; ".join(label for _, label in brief.attendees) or "nobody chosen"),
        "",
    ]
    for section in _sections(brief):
        count = f" ({len(section.entries)})" if section.entries else ""
        lines += [f"## {section.title}{count}", ""]
        if not section.entries:
            lines += [f"_{section.empty}_", ""]
            continue
        lines += [f"_{section.intro}_", ""]
        for entry in section.entries:
            mark = "- [ ] " if section.tickbox else "- "
            tag = f" ({entry.tag})" if entry.tag else ""
            head = f"{entry.head}{tag}" if section.tickbox else f"**{entry.head}**{tag}"
            text = f"{mark}{head}"
            if entry.body:
                text += f": {entry.body}"
            lines.append(text)
            if entry.action:
                lines.append(f"  - Suggested: {entry.action}")
        lines.append("")
    lines += ["---", "", *(f"_{note}_  " for note in _footer(brief))]
    return "\n".join(lines).rstrip() + "\n"


_STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1b1b1b; max-width: 48rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.45rem; margin: 0 0 .35rem; }
.meta { margin: 0 0 1.1rem; color: #333; }
.meta strong { color: #1b1b1b; }
section { border-top: 2px solid #1b1b1b; padding-top: .35rem; margin-top: 1.05rem; }
h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
h2 .count { font-weight: normal; color: #444; }
.intro, .empty { margin: 0 0 .45rem; color: #444; font-style: italic; font-size: .95em; }
ul { margin: 0; padding-left: 1.1rem; }
li { margin: 0 0 .35rem; break-inside: avoid; }
li .head { font-weight: 600; }
li .action { display: block; margin-top: .1rem; font-size: .93em; }
li .action::before { content: "Suggested: "; font-weight: 600; }
.tag { display: inline-block; font-size: .75em; font-weight: 600; padding: 0 .35em;
  border: 1px solid #555; border-radius: .25em; margin-left: .3em; vertical-align: .1em;
  text-transform: uppercase; letter-spacing: .03em; }
.tag.high { background: #fbe3d6; border-color: #a63d00; color: #7a2d00; }
.tag.medium { background: #fff3c4; border-color: #8a6d00; color: #5c4800; }
.tag.low { background: #eef2f6; border-color: #5a6470; color: #333b44; }
.tag.principle { text-transform: none; letter-spacing: 0; font-weight: normal; }
ul.ticks { list-style: none; padding-left: 0; }
ul.ticks li::before { content: "\\2610"; font-size: 1.15em; margin-right: .45em; }
.notes { border: 1px solid #888; min-height: 7rem; margin-top: .3rem; border-radius: .2rem; }
footer { margin-top: 1.3rem; font-size: .85em; color: #444; }
footer p { margin: .15rem 0; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  section { break-inside: auto; }
  h2 { break-after: avoid; }
  .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def brief_html(brief: MeetingBrief) -> str:
    """The brief as a complete HTML page with a print stylesheet."""
    attending = "; ".join(_escape(label) for _, label in brief.attendees) or "nobody chosen"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Brief: {_escape(brief.map_name)}, {brief.meeting_date.isoformat()}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Meeting brief: {_escape(brief.map_name)}</h1>",
        f'<p class="meta"><strong>Meeting:</strong> {_escape(_date(brief.meeting_date))}<br>'
        f"<strong>Attending:</strong> {attending}</p>",
    ]
    for section in _sections(brief):
        count = f' <span class="count">({len(section.entries)})</span>' if section.entries else ""
        parts.append(f"<section><h2>{_escape(section.title)}{count}</h2>")
        if not section.entries:
            parts.append(f'<p class="empty">{_escape(section.empty)}</p></section>')
            continue
        parts.append(f'<p class="intro">{_escape(section.intro)}</p>')
        parts.append('<ul class="ticks">' if section.tickbox else "<ul>")
        for entry in section.entries:
            kind = entry.tag if entry.tag in SEVERITIES else "principle"
            tag = f' <span class="tag {kind}">{_escape(entry.tag)}</span>' if entry.tag else ""
            body = f" {_escape(entry.body)}" if entry.body else ""
            action = f'<span class="action">{_escape(entry.action)}</span>' if entry.action else ""
            parts.append(
                f'<li><span class="head">{_escape(entry.head)}</span>{tag}{body}{action}</li>'
            )
        parts.append("</ul></section>")
    parts.append('<section><h2>Notes from the meeting</h2><div class="notes"></div></section>')
    parts.append("<footer>" + "".join(f"<p>{_escape(n)}</p>" for n in _footer(brief)) + "</footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def brief_filename(brief: MeetingBrief, extension: str) -> str:
    """A file name people can find again: ``brief-<map>-<date>.<extension>``.

    >>> from mapper.graph.insight import MeetingBrief
    >>> b = MeetingBrief(map_name="Carers' Partnership", meeting_date=dt.date(2026, 10, 1),
    ...     attendees=(), missing_links=(), stale_links=(), accountability_gaps=(),
    ...     findings=(), checklist=(), notes=())
    >>> brief_filename(b, "md")
    'brief-carers-partnership-2026-10-01.md'
    """
    return f"brief-{slugify(brief.map_name)}-{brief.meeting_date.isoformat()}.{extension}"
