"""A meeting brief as Markdown or as one printable HTML page.

Both formats are rendered from the same list of sections, so they always say the same
things. The HTML page is :func:`mapper.io.html.page`, shared with the health-check report: its
own stylesheet (no web fonts, no scripts) with print rules, so "Print to PDF" in any
browser gives a tidy page to take into the room.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mapper.content import load_content
from mapper.graph.insight import MeetingBrief, Reviewed
from mapper.graph.model import slugify
from mapper.io.html import escape, no_html, page, tag

__all__ = ["NOBODY", "SHORT", "brief_filename", "brief_html", "brief_markdown", "glance"]


NOBODY = "Nobody chosen yet: choose who is coming to the meeting."
SHORT = 3  # entries per section in the short brief; the full one lists them all


@dataclass(frozen=True)
class _Entry:
    head: str
    body: str = ""
    action: str = ""
    action_heading: str = "Suggested"  # see mapper.graph.insight.action_heading
    tag: str = ""  # severity or principle, shown as a small label


@dataclass(frozen=True)
class _Section:
    title: str
    intro: str
    entries: tuple[_Entry, ...]
    empty: str
    tickbox: bool = False
    shown: int | None = None  # entries shown; the rest are counted ("and 3 more")

    @property
    def visible(self) -> tuple[_Entry, ...]:
        return self.entries if self.shown is None else self.entries[: self.shown]

    @property
    def more(self) -> int:
        return len(self.entries) - len(self.visible)


def _principle_names() -> dict[str, str]:
    return {p.id: f"{p.id} {p.title}" for p in load_content().principles}


def _finding_entry(item: Reviewed, full: bool = True) -> _Entry:
    """A finding with its explanation and suggested action, or (``full=False``) its title."""
    found = item.finding
    return _Entry(
        head=found.title,
        body=found.explanation if full else "",
        action=item.action if full else "",
        action_heading=item.action_heading,
        tag=found.severity,
    )


def _worst_first(items: tuple[Reviewed, ...]) -> list[Reviewed]:
    return sorted(items, key=lambda item: item.finding.rank)


def _sections(brief: MeetingBrief, full: bool = True) -> list[_Section]:
    """The brief's sections in the order a meeting takes them up: what the people in the
    room can settle between themselves first, then what they owe others, then the rest.
    Findings go worst first. The short brief (``full=False``) gives findings by title
    (their actions are in the checklist) and shows ``SHORT`` entries of each section."""
    names = _principle_names()
    shown = None if full else SHORT

    def empty(text: str) -> str:
        """What an empty section says: with nobody chosen, it says nothing about them."""
        return text if brief.attendees else NOBODY

    def findings(items: tuple[Reviewed, ...], detail: bool = True) -> tuple[_Entry, ...]:
        return tuple(_finding_entry(item, full=full and detail) for item in _worst_first(items))

    return [
        _Section(
            title="Links to consider among those present",
            intro="They do not talk to each other on the map, but their own links suggest "
            "they might need to: the meeting is a chance to connect them.",
            entries=tuple(
                _Entry(
                    head=f"{link.source_label} and {link.target_label}",
                    body=" ".join(link.reasons)
                    if full
                    else link.reasons[0]
                    if link.reasons
                    else "",
                )
                for link in brief.missing_links
            ),
            empty=empty("None: everyone present who might need to talk already does."),
            shown=shown,
        ),
        _Section(
            title="Accountable, but not in touch",
            intro="Those present answer to these bodies but have no channel, or no recent "
            "contact, with them.",
            entries=findings(brief.accountability_gaps),
            empty=empty("None: every accountability line of those present has a channel."),
            shown=shown,
        ),
        _Section(
            title="Links gone quiet",
            intro="Contact older than expected, as of the meeting date.",
            entries=findings(brief.stale_links),
            empty=empty("None recorded."),
            shown=shown,
        ),
        _Section(
            title="Other open findings about those present",
            intro="Worst first; high severity in full, the rest by title. Their suggested "
            "actions are in the checklist below."
            if full
            else "Worst first. Their suggested actions are in the checklist below.",
            entries=tuple(
                _finding_entry(item, full=full and item.finding.severity == "high")
                for item in _worst_first(brief.findings)
            ),
            empty=empty("None open."),
            shown=shown,
        ),
        _Section(
            title="Open checklist items",
            intro="Partnership Compass actions the findings above point to, not yet ticked "
            "for this map.",
            entries=tuple(
                _Entry(head=item.text, tag=names.get(item.principle or "", ""))
                for item in brief.checklist
            ),
            empty=empty("None: every action these findings point to is ticked."),
            tickbox=True,
            shown=shown,
        ),
    ]


def glance(brief: MeetingBrief) -> str:
    """The brief's first line: how much there is to take up, and how many findings about
    those present need attention (high severity), which the sections list first.

    >>> from mapper.graph.insight import MeetingBrief
    >>> b = MeetingBrief(map_name="M", meeting_date=dt.date(2026, 10, 1), attendees=(),
    ...     missing_links=(), stale_links=(), accountability_gaps=(), findings=(),
    ...     checklist=(), notes=())
    >>> glance(b)
    'Nobody chosen yet: choose who is coming to the meeting.'
    """
    if not brief.attendees:
        return NOBODY
    every = (*brief.accountability_gaps, *brief.stale_links, *brief.findings)
    high = sum(item.finding.severity == "high" for item in every)
    counts = [
        (high, "finding needs attention", "findings need attention"),
        (len(brief.missing_links), "link to consider", "links to consider"),
        (
            len(brief.accountability_gaps),
            "accountability line out of touch",
            "accountability lines out of touch",
        ),
        (len(brief.stale_links), "link gone quiet", "links gone quiet"),
        (len(brief.findings), "other open finding", "other open findings"),
        (len(brief.checklist), "checklist item", "checklist items"),
    ]
    words = [f"{n} {one if n == 1 else several}" for n, one, several in counts if n]
    return ", ".join(words) + "." if words else "Nothing open among those coming."


def _date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _footer(brief: MeetingBrief, full: bool) -> list[str]:
    lines = [*brief.notes]
    if not full:
        lines.append(
            f"This short brief shows up to {SHORT} entries a section; the full brief "
            "(Markdown or printable HTML, from the Meeting brief page) lists every one."
        )
    lines.append(
        "Findings marked discussed or not relevant are left out. Made with Partnership Mapper, "
        "against the six principles of The Third Sector Partnership Compass."
    )
    return lines


def _more(section: _Section) -> str:
    return f"and {section.more} more, in the full brief." if section.more else ""


def brief_markdown(brief: MeetingBrief, full: bool = True) -> str:
    """The brief as Markdown, e.g. to paste into an agenda or an email."""
    lines = [
        f"# Meeting brief: {brief.map_name}",
        "",
        f"**Meeting:** {_date(brief.meeting_date)}  ",
        "**Attending:** " + ("; ".join(label for _, label in brief.attendees) or "nobody chosen"),
        "",
        f"**At a glance:** {glance(brief)}",
        "",
    ]
    for section in _sections(brief, full):
        count = f" ({len(section.entries)})" if section.entries else ""
        lines += [f"## {section.title}{count}", ""]
        if not section.entries:
            lines += [f"_{section.empty}_", ""]
            continue
        lines += [f"_{section.intro}_", ""]
        for entry in section.visible:
            mark = "- [ ] " if section.tickbox else "- "
            tag = f" ({entry.tag})" if entry.tag else ""
            head = f"{entry.head}{tag}" if section.tickbox else f"**{entry.head}**{tag}"
            text = f"{mark}{head}"
            if entry.body:
                text += f": {entry.body}"
            lines.append(text)
            if entry.action:
                lines.append(f"  - {entry.action_heading}: {entry.action}")
        if section.more:
            lines.append(f"- _{_more(section)}_")
        lines.append("")
    lines += ["---", "", *(f"_{note}_  " for note in _footer(brief, full))]
    return no_html("\n".join(lines).rstrip() + "\n")


def brief_html(brief: MeetingBrief, full: bool = True) -> str:
    """The brief as a complete HTML page with a print stylesheet. The short brief
    (``full=False``) is the one to print and take into the room: about a page."""
    attending = "; ".join(escape(label) for _, label in brief.attendees) or "nobody chosen"
    parts = [
        f"<h1>Meeting brief: {escape(brief.map_name)}</h1>",
        f'<p class="meta"><strong>Meeting:</strong> {escape(_date(brief.meeting_date))}<br>'
        f"<strong>Attending:</strong> {attending}</p>",
        f'<p class="glance"><strong>At a glance:</strong> {escape(glance(brief))}</p>',
    ]
    for section in _sections(brief, full):
        count = f' <span class="count">({len(section.entries)})</span>' if section.entries else ""
        parts.append(f"<section><h2>{escape(section.title)}{count}</h2>")
        if not section.entries:
            parts.append(f'<p class="empty">{escape(section.empty)}</p></section>')
            continue
        parts.append(f'<p class="intro">{escape(section.intro)}</p>')
        parts.append('<ul class="ticks">' if section.tickbox else "<ul>")
        for entry in section.visible:
            badge = f" {tag(entry.tag, entry.tag)}" if entry.tag else ""
            body = f" {escape(entry.body)}" if entry.body else ""
            action = (
                f'<span class="action"><strong>{escape(entry.action_heading)}:</strong> '
                f"{escape(entry.action)}</span>"
                if entry.action
                else ""
            )
            parts.append(
                f'<li><span class="head">{escape(entry.head)}</span>{badge}{body}{action}</li>'
            )
        parts.append("</ul>")
        if section.more:
            parts.append(f'<p class="more">{escape(_more(section))}</p>')
        parts.append("</section>")
    parts.append('<section><h2>Notes from the meeting</h2><div class="notes"></div></section>')
    parts.append(
        "<footer>" + "".join(f"<p>{escape(n)}</p>" for n in _footer(brief, full)) + "</footer>"
    )
    return page(f"Brief: {brief.map_name}, {brief.meeting_date.isoformat()}", parts)


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
