"""The workshop pack: one printable page with the map's picture, the findings discussed
and the actions agreed, to hand round or send after a kickoff.

It is :func:`mapper.io.html.page`, the page the meeting brief and the health-check report
print on, so it prints the same way: no scripts, nothing fetched (the picture travels
inside the page as a PNG data address).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from mapper.graph.insight import Reviewed
from mapper.graph.model import slugify
from mapper.io.html import escape, page, tag

__all__ = ["AgreedAction", "Pack", "pack_filename", "pack_html"]

_PICTURE = "data:image/png;base64,"
_STYLE = (
    "<style>.picture { width: 100%; max-height: 118mm; object-fit: contain; "
    "border: 1px solid #bbb; border-radius: .3rem; }</style>"
)


@dataclass(frozen=True, kw_only=True)
class AgreedAction:
    """An action as the pack lists it: words only, the owner and items by name."""

    title: str
    owner: str  # the owner's name on the map, or "" when nobody owns it yet
    due: str = ""  # YYYY-MM-DD or ""
    answers: tuple[str, ...] = ()  # "P5.action.1 We have a live action plan...", in order


@dataclass(frozen=True, kw_only=True)
class Pack:
    map_name: str
    purpose: str
    day: dt.date
    picture: str | None  # a PNG data address from the canvas, or None when not drawn yet
    findings: Sequence[Reviewed]  # the findings taken up, worst first
    actions: Sequence[AgreedAction]
    answers: Sequence[tuple[str, str, str]] = ()  # (question, yes / partly / no, note)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def pack_html(pack: Pack) -> str:
    """The pack as one complete HTML page.

    >>> html = pack_html(Pack(map_name="Carers <Partnership>", purpose="", day=dt.date(2026,
    ...     12, 2), picture=None, findings=(), actions=(AgreedAction(title="Agree a channel",
    ...     owner="Food Bank"),)))
    >>> "Carers &lt;Partnership&gt;" in html, "<td>Food Bank</td>" in html
    (True, True)
    """
    parts = [
        _STYLE,
        f"<h1>Workshop pack: {escape(pack.map_name)}</h1>",
        f'<p class="meta"><strong>Workshop:</strong> {escape(_day(pack.day))}</p>',
    ]
    if pack.purpose:
        parts.append(f'<p class="purpose">{escape(pack.purpose)}</p>')
    parts.append("<section><h2>The map</h2>")
    if pack.picture and pack.picture.startswith(_PICTURE):
        parts.append(
            f'<img class="picture" src="{escape(pack.picture)}" alt="The partnership map">'
        )
    else:
        parts.append('<p class="empty">The picture of the map is still being drawn.</p>')
    parts.append("</section>")

    count = f' <span class="count">({len(pack.actions)})</span>' if pack.actions else ""
    parts.append(f"<section><h2>Agreed actions{count}</h2>")
    if pack.actions:
        parts.append(
            "<table><tr><th>Action</th><th>Owner</th><th>Due</th>"
            "<th>Answers the Compass's</th></tr>"
        )
        for action in pack.actions:
            answers = "<br>".join(escape(a) for a in action.answers)
            parts.append(
                f"<tr><td>{escape(action.title)}</td><td>{escape(action.owner or 'nobody yet')}"
                f"</td><td>{escape(action.due)}</td><td>{answers}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append('<p class="empty">No actions were agreed.</p>')
    parts.append("</section>")

    count = f' <span class="count">({len(pack.findings)})</span>' if pack.findings else ""
    parts.append(f"<section><h2>Findings discussed{count}</h2>")
    if pack.findings:
        parts.append('<ul class="findings">')
        for item in pack.findings:
            found = item.finding
            action = f'<span class="action">{escape(item.action)}</span>' if item.action else ""
            parts.append(
                f"<li>{tag(found.severity, found.severity)}<span>"
                f'<span class="head">{escape(found.title)}</span> {escape(found.explanation)}'
                f"{action}</span></li>"
            )
        parts.append("</ul>")
    else:
        parts.append('<p class="empty">No findings were taken up.</p>')
    parts.append("</section>")

    if pack.answers:
        parts.append("<section><h2>What the room answered</h2><table>")
        parts.append("<tr><th>Question</th><th>Answer</th><th>Note</th></tr>")
        for question, answer, note in pack.answers:
            parts.append(
                f"<tr><td>{escape(question)}</td><td>{escape(answer)}</td>"
                f"<td>{escape(note)}</td></tr>"
            )
        parts.append("</table></section>")
    parts.append(
        "<footer><p>Made with Partnership Mapper in workshop mode, following The Third "
        "Sector Partnership Compass.</p></footer>"
    )
    return page(f"Workshop pack: {pack.map_name}, {pack.day.isoformat()}", parts)


def pack_filename(pack: Pack) -> str:
    """``workshop-pack-<map>-<date>.html``, a name people can find again.

    >>> pack_filename(Pack(map_name="Carers' Partnership", purpose="", day=dt.date(2026, 12,
    ...     2), picture=None, findings=(), actions=()))
    'workshop-pack-carers-partnership-2026-12-02.html'
    """
    return f"workshop-pack-{slugify(pack.map_name)}-{pack.day.isoformat()}.html"
