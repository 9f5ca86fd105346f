"""What changed between two moments of a map, in words: plain text, Markdown and a printable
"since the last review" page.

One outline (:func:`outline`) feeds all three, as the analysis report does, so they always
say the same things: the few numbers a review watches, then actors, links, findings, the
action plan and the document notes, each as added, removed and changed (field: from → to).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from mapper.graph.diff import Change, MapDiff, Number, RowChanges
from mapper.graph.rules import counted
from mapper.io.html import escape, no_html, page, tag
from mapper.io.report import FOOTER, SEVERITY_WORDS, _day

__all__ = [
    "REVIEW_ITEMS",
    "Section",
    "changes_html",
    "changes_markdown",
    "changes_text",
    "outline",
    "review_prompts",
]

NOTHING = "Nothing changed between these two moments."
NO_CHANGE = "no change"


@dataclass(frozen=True)
class Section:
    """A heading and its lines; a line may start with a badge (``(word, kind)``)."""

    title: str
    lines: tuple[tuple[str, str, str], ...]  # (badge word, badge kind, text)


@dataclass(frozen=True)
class Outline:
    title: str
    meta: str
    sections: tuple[Section, ...]


def value_words(value: Any, share: bool = False) -> str:
    """A field's value as a user reads it: lists joined, yes/no, shares in per cent."""
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if share and isinstance(value, int | float):
        return f"{value:.0%}"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def change_words(changes: tuple[Change, ...]) -> str:
    """ "power 5 → 2; channel (none) → email"."""
    return "; ".join(
        f"{c.field.replace('_', ' ')} {value_words(c.before)} → {value_words(c.after)}"
        for c in changes
    )


def number_words(number: Number) -> str:
    before, after = (
        value_words(number.before, number.share),
        value_words(number.after, number.share),
    )
    if not number.moved:
        return f"{number.label}: {after} ({NO_CHANGE})"
    return f"{number.label}: {before} → {after}"


def _rows(rows: RowChanges, label: Any) -> list[tuple[str, str, str]]:
    return [
        *(("Added", "added", label(key)) for key in rows.added),
        *(("Removed", "removed", label(key)) for key in rows.removed),
        *(
            ("Changed", "changed", f"{label(key)}: {change_words(found)}")
            for key, found in rows.changed.items()
        ),
    ]


def outline(found: MapDiff, before: str, after: str) -> Outline:
    """The sections of the page; ``before`` and ``after`` name the two moments."""
    name = found.after.name or found.before.name
    meta = f"From {before} ({_day(found.before_day)}) to {after} ({_day(found.after_day)})."
    sections = [
        Section(
            "The numbers a review watches", tuple(("", "", number_words(n)) for n in found.numbers)
        )
    ]
    if found.empty:
        sections.append(Section("What changed", (("", "", NOTHING),)))
        return Outline(f"What changed: {name}", meta, tuple(sections))
    parts: list[tuple[str, list[tuple[str, str, str]]]] = [
        (
            "The map's details",
            [("Changed", "changed", change_words((c,))) for c in found.map_fields],
        ),
        ("Actors", _rows(found.actors, found.actor_label)),
        ("Links", _rows(found.links, found.link_label)),
        (
            "Findings",
            [
                *(
                    (f"New, {SEVERITY_WORDS[f.severity].lower()}", f.severity, f.title)
                    for f in found.appeared
                ),
                *(("Resolved", "resolved", f.title) for f in found.resolved),
            ],
        ),
    ]
    document_titles = {"actions": "Action plan", "notes": "Notes of the documents"}
    for part, rows in found.documents.items():
        parts.append((document_titles.get(part, part), _rows(rows, found.document_label(part))))
    sections += [Section(title, tuple(lines)) for title, lines in parts if lines]
    return Outline(f"What changed: {name}", meta, tuple(sections))


def changes_text(found: MapDiff, before: str, after: str, width: int = 88) -> str:
    """Plain text, for a terminal."""
    doc = outline(found, before, after)
    out = [doc.title, "=" * len(doc.title), doc.meta]
    for section in doc.sections:
        out += ["", section.title, "-" * len(section.title)]
        for word, _, text in section.lines:
            line = f"{word}: {text}" if word else text
            out += textwrap.wrap(line, width, initial_indent="- ", subsequent_indent="  ")
    return "\n".join(out) + "\n"


def changes_markdown(found: MapDiff, before: str, after: str) -> str:
    """Markdown, for a wiki or an email."""
    doc = outline(found, before, after)
    out = [f"# {doc.title}", "", doc.meta]
    for section in doc.sections:
        out += ["", f"## {section.title}", ""]
        out += [f"- **{word}:** {text}" if word else f"- {text}" for word, _, text in section.lines]
    return no_html("\n".join(out) + "\n")


def changes_html(found: MapDiff, before: str, after: str) -> str:
    """A printable "since the last review" page."""
    doc = outline(found, before, after)
    body = [f"<h1>{escape(doc.title)}</h1>", f'<p class="meta">{escape(doc.meta)}</p>']
    for section in doc.sections:
        body += [f"<section><h2>{escape(section.title)}</h2><ul>"]
        body += [
            f"<li>{tag(word, kind) if word else ''}<span>{escape(text)}</span></li>"
            for word, kind, text in section.lines
        ]
        body.append("</ul></section>")
    body.append(f"<footer><p>{escape(FOOTER)}</p></footer>")
    return page(doc.title, body)


# The checklist items the Compass names for a review, in the order a review takes them.
REVIEW_ITEMS = ("P1.action.4", "P3.action.5", "P5.action.4", "P5.action.5", "P6.action.5")


def review_prompts(found: MapDiff) -> dict[str, str]:
    """For each review item of the Compass, what changed that bears on it, in a sentence."""
    added = [found.actor_label(n) for n in found.actors.added]
    talk = [
        key
        for part in (found.links.added, found.links.removed, tuple(found.links.changed))
        for key in part
        if "(communicates)" in found.link_label(key)
    ]
    skills = [
        found.actor_label(node)
        for node, changes in found.actors.changed.items()
        if {c.field for c in changes} & {"skills", "offers", "needs"}
    ] + [
        found.actor_label(n) for n in found.actors.added if found.after.graph.nodes[n].get("skills")
    ]
    plan = found.documents.get("actions", RowChanges())
    notes = found.documents.get("notes", RowChanges())
    done = [
        key
        for key, changes in plan.changed.items()
        if any(c.field == "status" and c.after == "done" for c in changes)
    ]
    moved = [number_words(n) for n in found.numbers if n.moved]
    return {
        "P1.action.4": (
            f"{counted(len(found.appeared), 'finding')} appeared and "
            f"{len(found.resolved)} resolved. "
            + ("; ".join(moved) + "." if moved else "The numbers a review watches did not move.")
        ),
        "P3.action.5": (
            f"{counted(len(found.actors.added), 'actor')} added, "
            f"{len(found.actors.removed)} removed, {len(found.actors.changed)} changed."
            + (f" New on the map, to keep informed: {', '.join(added)}." if added else "")
        ),
        "P5.action.4": (
            f"{counted(len(plan.added), 'action')} added, {len(done)} done, "
            f"{len(plan.changed) - len(done)} otherwise changed, {len(plan.removed)} removed."
        ),
        "P5.action.5": (
            f"{counted(len(talk), 'communication link')} added, removed or changed; "
            f"{counted(len(notes), 'note')} of the documents changed."
        ),
        "P6.action.5": (
            f"Skills changed for {', '.join(dict.fromkeys(skills))}."
            if skills
            else "No skills changed on the map."
        ),
    }
