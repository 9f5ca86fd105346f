"""The documents the Compass asks for, drafted from the map: a live action plan (P5 action
1), a communications strategy (P2 action 5, P3 hint 2) and a partnership agreement (P2
hint 1). Each is a :class:`Document` of sections; the partnership's own notes, kept in the
store by section key, go under each section, and every document downloads as Markdown or a
printable page.

The map already holds most of what goes in: who talks to whom and how often, who answers
to whom, who sits where with a vote, what each partner gives. What the map cannot say is
left as a prompt for the notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mapper.graph.analyse import Analysis
from mapper.graph.rules import MapView, counted, join
from mapper.io.html import escape, no_html, page
from mapper.io.report import FOOTER, _day

__all__ = [
    "COMMS_RULES",
    "Document",
    "Section",
    "action_plan",
    "agreement",
    "comms_strategy",
    "document_html",
    "document_markdown",
]

# Findings that say something is wrong with how a stakeholder is kept in touch.
COMMS_RULES = (
    "unreachable-stakeholder",
    "one-way-communication",
    "stale-link",
    "accountable-without-channel",
    "service-users-without-dialogue",
    "reporting-without-dialogue",
)


class Action(Protocol):
    """What a document reads of an action of the plan (the store's ``Action``)."""

    id: int
    title: str
    owner: str | None
    due: str | None
    status: str
    finding_key: str | None
    contingency: str


STATUS_WORDS = {"open": "Open", "doing": "Under way", "done": "Done", "dropped": "Dropped"}


@dataclass(frozen=True, kw_only=True)
class Section:
    """One part of a document: ``key`` names its notes ("comms:<actor id>",
    "agreement:<part>"); ``lines`` are drafted from the map, ``gaps`` what to look at."""

    key: str
    title: str
    lines: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()
    note: str = ""
    prompt: str = ""  # what the notes should settle, when the map cannot


@dataclass(frozen=True, kw_only=True)
class Document:
    title: str
    map_name: str
    intro: str
    sections: tuple[Section, ...] = field(default=())


def _noted(sections: list[Section], notes: Mapping[str, str]) -> tuple[Section, ...]:
    return tuple(
        Section(**{**vars(s), "note": notes.get(s.key, "")}) if s.key in notes else s
        for s in sections
    )


# ----- the live action plan -------------------------------------------------------------
def action_plan(
    analysis: Analysis, actions: Sequence[Action], today: dt.date | None = None
) -> Document:
    """The plan as a document: each action with its owner, due date, status and
    contingency, overdue ones said so."""
    pmap, today = analysis.pmap, today or analysis.today
    sections = []
    for action in actions:
        owner = pmap.label(action.owner) if action.owner in pmap.graph else "no owner yet"
        due = f"due {_day(dt.date.fromisoformat(action.due))}" if action.due else "no date yet"
        late = (
            action.due
            and action.status in ("open", "doing")
            and dt.date.fromisoformat(action.due) < today
        )
        lines = [f"{STATUS_WORDS[action.status]}: {owner}, {due}{' (overdue)' if late else ''}."]
        if action.contingency:
            lines.append(f"If it slips: {action.contingency}")
        gaps = () if action.contingency else ("No contingency agreed yet (P5 action 1).",)
        sections.append(
            Section(key=f"action:{action.id}", title=action.title, lines=tuple(lines), gaps=gaps)
        )
    return Document(
        title="Action plan",
        map_name=pmap.name,
        intro=(
            "Each task with a named owner, a date and what happens if it slips (Compass P5 "
            "action 1); review it at every meeting (P5 action 4)."
        ),
        sections=tuple(sections),
    )


# ----- the communications strategy ------------------------------------------------------
def comms_strategy(analysis: Analysis, notes: Mapping[str, str] | None = None) -> Document:
    """Per stakeholder (every organisation and group but the lead): who talks to them, by
    which channel, how often and about what, drafted from the communication links, and
    the gaps the health check found."""
    pmap = analysis.pmap
    view = MapView(pmap)
    talks: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for source, target, attrs in view.edges("communicates"):
        a, b = view.owner.get(source, source), view.owner.get(target, target)
        if a == b:
            continue
        talks.setdefault(b, []).append((source, attrs))
        talks.setdefault(a, []).append((target, attrs))
    gaps: dict[str, list[str]] = {}
    for finding in analysis.findings:
        if finding.rule in COMMS_RULES and not finding.not_enough_data:
            for node in finding.nodes:
                gaps.setdefault(view.owner.get(node, node), []).append(finding.title)
    sections = []
    for party in view.parties:
        if party in view.leads:
            continue
        links = talks.get(party, [])
        lines = []
        if links:
            who = join(dict.fromkeys(pmap.label(other) for other, _ in links))
            lines.append(f"Who talks with them: {who}.")
            for name, word in (("channel", "By"), ("frequency", "How often"), ("label", "About")):
                values = list(dict.fromkeys(str(a[name]) for _, a in links if a.get(name)))
                if values:
                    lines.append(f"{word}: {join(values)}.")
            last = max((a["last_contact"] for _, a in links if a.get("last_contact")), default=None)
            if last:
                lines.append(f"Last in touch: {_day(dt.date.fromisoformat(last))}.")
        else:
            lines.append("Nobody on the map talks with them yet.")
        sections.append(
            Section(
                key=f"comms:{party}",
                title=pmap.label(party),
                lines=tuple(lines),
                gaps=tuple(dict.fromkeys(_sentence(t) for t in gaps.get(party, []))),
                prompt="Who talks to them, by which channel, how often and about what?",
            )
        )
    return Document(
        title="Communications strategy",
        map_name=pmap.name,
        intro=(
            "How the partnership keeps each stakeholder informed (Compass P2 action 5, P3 "
            "hint 2), drafted from the communication links on the map. Review it with the "
            "stakeholder map (P5 action 5)."
        ),
        sections=_noted(sections, notes or {}),
    )


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."


# ----- the partnership agreement --------------------------------------------------------
AGREEMENT_PARTS = (
    ("purpose", "Purpose and shared vision"),
    ("partners", "Partners and their roles"),
    ("accountability", "Accountability"),
    ("decisions", "Decision-making: seats and votes"),
    ("resources", "Resources each partner brings"),
    ("communication", "Communication"),
    ("contingency", "Contingency: single points of failure"),
)


def agreement(
    analysis: Analysis, actions: Sequence[Action] = (), notes: Mapping[str, str] | None = None
) -> Document:
    """A partnership agreement drafted from the map (Compass P2 hint 1)."""
    pmap = analysis.pmap
    view = MapView(pmap)
    label = pmap.label
    drafted: dict[str, list[str]] = {key: [] for key, _ in AGREEMENT_PARTS}
    if pmap.purpose:
        drafted["purpose"].append(pmap.purpose)
    for party in [*view.leads, *(p for p in view.partners if p not in view.leads)]:
        attrs = pmap.graph.nodes[party]
        what = [attrs.get("role", "partner"), attrs.get("category") or attrs.get("sector")]
        drafted["partners"].append(f"{label(party)}: {', '.join(w for w in what if w)}.")
    for source, target, attrs in view.edges("accountable_to"):
        scope = f" for {attrs['scope']}" if attrs.get("scope") else ""
        formal = " (written down)" if attrs.get("formal") else ""
        drafted["accountability"].append(
            f"{label(source)} answers to {label(target)}{scope}{formal}."
        )
    for forum in view.forums:
        seats = [(s, a) for s, t, a in view.edges("member_of") if t == forum]
        voting = [label(s) for s, a in seats if a.get("voting")]
        others = [label(s) for s, a in seats if not a.get("voting")]
        chair = [label(s) for s, a in seats if a.get("role") == "chair"]
        parts = [f"{label(forum)}: {counted(len(seats), 'seat')}"]
        if chair:
            parts.append(f"chaired by {join(chair)}")
        if voting:
            parts.append(f"votes: {join(voting)}")
        if others:
            parts.append(f"without a vote: {join(others)}")
        drafted["decisions"].append("; ".join(parts) + ".")
    inside = set(view.partners) | set(view.leads)
    for source, target, attrs in view.edges("resource"):
        if view.owner.get(source, source) not in inside:
            continue
        amount = (
            f" ({attrs['amount']:,g} {attrs.get('unit', '')})".replace(" )", ")")
            if attrs.get("amount")
            else ""
        )
        drafted["resources"].append(
            f"{label(source)} gives {label(target)} {attrs.get('resource', 'resources')}{amount}."
        )
    for source, target, attrs in view.edges("communicates"):
        ends = {view.owner.get(source, source), view.owner.get(target, target)}
        if ends <= inside and len(ends) == 2:
            how = ", ".join(str(attrs[k]) for k in ("channel", "frequency") if attrs.get(k))
            arrow = "↔" if attrs.get("mutual") else "→"
            drafted["communication"].append(
                f"{label(source)} {arrow} {label(target)}{f': {how}' if how else ''}."
            )
    by_finding = {a.finding_key: a for a in actions if a.finding_key}
    for finding in analysis.findings:
        if finding.rule != "single-point-of-failure" or finding.not_enough_data:
            continue
        plan = by_finding.get(finding.key)
        agreed = (
            plan.contingency if plan and plan.contingency else "who steps in is not agreed yet."
        )
        drafted["contingency"].append(f"{finding.title}: {_sentence(agreed)}")
    prompts = {
        "purpose": "What the partnership is for and what success looks like.",
        "partners": "What each partner is responsible for.",
        "accountability": "Who reports to whom, about what, and how often.",
        "decisions": "How decisions are made, and who has a vote.",
        "resources": "How money and other resources will be managed.",
        "communication": "How partners keep each other informed; see the communications strategy.",
        "contingency": "Who steps in if a key person or organisation cannot.",
    }
    sections = [
        Section(
            key=f"agreement:{key}",
            title=title,
            lines=tuple(drafted[key]) or ("Nothing on the map yet.",),
            prompt=prompts[key],
        )
        for key, title in AGREEMENT_PARTS
    ]
    return Document(
        title="Partnership agreement (draft)",
        map_name=pmap.name,
        intro=(
            "A draft drawn from the map (Compass P2 hint 1): purpose and vision, who does "
            "what, how you answer to each other, decide, share resources and communicate, "
            "and what happens if someone key cannot carry on. Add what you agree under each part."
        ),
        sections=_noted(sections, notes or {}),
    )


# ----- output ---------------------------------------------------------------------------
def document_markdown(doc: Document) -> str:
    """Markdown, for a wiki, an email or a word processor."""
    out = [f"# {doc.title}: {doc.map_name}", "", doc.intro]
    for section in doc.sections:
        out += ["", f"## {section.title}", ""]
        out += [f"- {line}" for line in section.lines]
        out += [f"- To look at: {gap}" for gap in section.gaps]
        if section.note:
            out += ["", f"**Agreed:** {section.note}"]
    if not doc.sections:
        out += ["", "Nothing yet."]
    return no_html("\n".join(out) + "\n")


def document_html(doc: Document) -> str:
    """A printable page."""
    body = [f"<h1>{escape(doc.title)}</h1>", f'<p class="meta">{escape(doc.map_name)}</p>']
    body.append(f'<p class="intro">{escape(doc.intro)}</p>')
    for section in doc.sections:
        body += [f"<section><h2>{escape(section.title)}</h2><ul>"]
        body += [f"<li>{escape(line)}</li>" for line in section.lines]
        body += [f"<li><strong>To look at:</strong> {escape(gap)}</li>" for gap in section.gaps]
        body.append("</ul>")
        if section.note:
            body.append(f'<p class="agreed"><strong>Agreed:</strong> {escape(section.note)}</p>')
        body.append("</section>")
    if not doc.sections:
        body.append("<p>Nothing yet.</p>")
    body.append(f"<footer><p>{escape(FOOTER)}</p></footer>")
    return page(f"{doc.title}: {doc.map_name}", body)
