"""What the survey page shows and does, without Dash: who may see what, a round read
with its findings and scores, personal links (with QR codes), and accepting a link the
answers report into the map.

Answers belong to the map's partnership: whoever may edit the map (the instance's
password, or an edit link) is its facilitator and sees answers by respondent; a view link
sees the round's aggregates only, unless the facilitator chose to show who said what on
share links for that round. Every function checks that the round is of the map.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import segno

from mapper.app.respond import CHECK_WORDS, QUESTION_WORDS
from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import Finding, MapView
from mapper.graph.survey import (
    SURVEY_RULES,
    Answer,
    checklist_items,
    compare,
    summary,
    without_names,
)
from mapper.io.round_report import RoundPart, round_part
from mapper.store import NotAllowed, Store
from mapper.store import survey as rounds_store
from mapper.store.survey import Respondent, Round

__all__ = [
    "RoundView",
    "Said",
    "accept_proposal",
    "email_link",
    "qr_svg",
    "read_round",
    "report_round",
    "respondent_choices",
    "round_of_map",
    "said_by",
]

FACILITATOR_ONLY = (
    "Only the partnership's facilitator (signed in, or with an edit link) can see or "
    "change answers by respondent."
)


@dataclass(frozen=True, kw_only=True)
class Said:
    """One respondent's answers in the words of the form: rows of (about whom, question,
    answer, comment); a checklist row is about the partnership."""

    who: str
    rows: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True, kw_only=True)
class RoundView:
    """A round as the page shows it: aggregates for everyone; findings, proposals and
    answers by respondent when names are shown (to the facilitator, or on share links
    when the facilitator chose so); respondents' links for the facilitator only."""

    round: Round
    summary: dict[str, Any]
    previous: Round | None = None
    moved: dict[str, Any] | None = None
    findings: tuple[Finding, ...] = ()
    respondents: tuple[tuple[Respondent, str], ...] = ()
    proposals: tuple[dict[str, Any], ...] = ()
    said: tuple[Said, ...] = ()
    facilitator: bool = False
    named: bool = False
    labels: dict[str, str] = field(default_factory=dict)


def respondent_choices(pmap: PartnershipMap) -> tuple[list[dict[str, str]], list[str]]:
    """Who can be asked (organisations, groups and people, by name), and who is asked by
    default: the lead partner and the partners."""
    view = MapView(pmap)
    options, chosen = [], []
    for node in view.graph:
        kind = view.kind(node)
        if kind == "forum":
            continue
        label = view.label(node)
        if kind == "person" and view.owner[node] != node:
            label = f"{label}, {view.label(view.owner[node])}"
        options.append({"label": label, "value": node})
        if node in view.partners:
            chosen.append(node)
    options.sort(key=lambda o: (o["value"] not in chosen, o["label"].casefold()))
    return options, chosen


def round_of_map(store: Store, map_id: int, round_id: int) -> Round:
    """The round, refused as not found when it is not of this map."""
    found = rounds_store.round_of(store, round_id)
    if found.map_id != map_id:
        raise NotAllowed("That survey round is not of this map.")
    return found


def read_round(
    store: Store, map_id: int, round_id: int, facilitator: bool, today: dt.date
) -> RoundView:
    """The round with its scores, what moved since the round before it, and for the
    facilitator its findings, respondents and the links to accept or set aside."""
    found = round_of_map(store, map_id, round_id)
    pmap = store.load_map(map_id)
    ticked = store.ticks(map_id)
    responses = rounds_store.round_responses(store, round_id, pmap, ticked)
    result = analyse(pmap, today, responses=responses)
    scores = result.survey or summary(MapView(pmap), responses)
    every = rounds_store.rounds(store, map_id)  # newest first
    earlier = every[[r.id for r in every].index(found.id) + 1 :]
    previous = earlier[0] if earlier else None
    found_now = tuple(f for f in result.findings if f.rule in SURVEY_RULES)
    moved = None
    if previous is not None:
        before = rounds_store.round_responses(store, previous.id, pmap, ticked)
        earlier_result = analyse(pmap, today, responses=before)
        moved = compare(earlier_result.survey or summary(MapView(pmap), before), scores)
        now = {f.key for f in found_now}
        moved["gaps_closed"] = [
            f.title for f in earlier_result.findings if f.rule in SURVEY_RULES and f.key not in now
        ]
    labels = {node: pmap.label(node) for node in pmap.graph}
    if not (facilitator or found.show_names):
        return RoundView(
            round=found,
            summary=without_names(scores),
            previous=previous,
            moved=moved,
            labels=labels,
        )
    people = tuple(
        (r, labels.get(r.actor, r.actor))
        for r in (rounds_store.respondents(store, round_id) if facilitator else ())
    )
    return RoundView(
        round=found,
        summary=scores,
        previous=previous,
        moved=moved,
        findings=found_now,
        respondents=people,
        proposals=tuple(p for p in scores["proposals"] if p["key"] not in found.set_aside),
        said=said_by(responses.answers, labels),
        facilitator=facilitator,
        named=True,
        labels=labels,
    )


def report_round(store: Store, map_id: int, pmap: PartnershipMap) -> RoundPart | None:
    """The map's latest round as the HTML report shows it (``None`` when it has had none):
    names only if the facilitator chose to show who said what."""
    latest = rounds_store.latest_responses(store, map_id, pmap)
    return round_part(pmap, latest[1], latest[0].show_names) if latest else None


def said_by(answers: tuple[Answer, ...], labels: dict[str, str]) -> tuple[Said, ...]:
    """Each respondent's answers, in the order they answered, as the form worded them."""
    items = checklist_items()
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for a in answers:
        if a.about:
            asked, choices = QUESTION_WORDS[a.question]
            row = (labels.get(a.about, a.about), asked, choices[a.answer], a.comment)
        else:
            row = ("The partnership", items[a.question], CHECK_WORDS[a.answer], a.comment)
        rows.setdefault(labels.get(a.respondent, a.respondent), []).append(row)
    return tuple(Said(who=who, rows=tuple(said)) for who, said in rows.items())


def accept_proposal(
    store: Store, map_id: int, round_id: int, key: str, who: str, today: dt.date
) -> str:
    """Add a link the answers report to the map, with who reported it kept on the link
    (and a new actor first, for a name the map lacked); returns what was done, in words."""
    view = read_round(store, map_id, round_id, facilitator=True, today=today)
    proposal = next((p for p in view.proposals if p["key"] == key), None)
    if proposal is None:
        raise NotAllowed("That link is no longer proposed: it may be on the map already.")
    source, target = proposal["source"], proposal["target"]
    if proposal["new_actor"]:
        target = store.add_node(map_id, {"label": proposal["target_label"]}, who=who)
    reporters = ", ".join(view.labels.get(r, r) for r in proposal["reported_by"])
    attrs = {
        **proposal["attrs"],
        "recorded_by": f"Reported by {reporters} in the survey {view.round.name}"[:200],
        "recorded_at": today.isoformat(),
    }
    store.add_edge(map_id, source, target, proposal["kind"], attrs, who=who)
    return f"Added to the map: {proposal['source_label']} → {proposal['target_label']}."


def qr_svg(url: str) -> str:
    """A QR code of ``url`` as an SVG data URI, for a phone's camera."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def email_link(url: str, name: str, round_name: str, closes: dt.date) -> str:
    """A ``mailto:`` link with the personal link in a short, plain message."""
    subject = f"Your survey for {round_name}"
    body = (
        f"Hello {name},\n\nPlease answer our partnership survey, {round_name}: it takes "
        f"about 10 minutes, on a phone or a computer, and needs no account.\n\n{url}\n\n"
        f"The link is yours alone; your answers save as you go, and you can change them "
        f"until {closes.day} {closes:%B %Y}.\n"
    )
    return f"mailto:?subject={quote(subject)}&body={quote(body)}"
