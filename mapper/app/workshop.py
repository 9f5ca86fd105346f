"""Workshop mode, apart from Dash: the steps of a kickoff and the edits each step makes.

The steps follow Net-Map's order inside the Compass: whether to partner at all (benefits,
challenges, readiness), purpose (Principle 1), who is involved, each kind of link in turn,
power and interest, then the health check's top findings, the agreed actions and the
pack to print. Every map edit goes through the edit session (:mod:`mapper.app.session`),
so a workshop's edits are logged and undoable like the editor's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from math import floor
from typing import Any

from mapper.app import session
from mapper.app.linking import describe
from mapper.content import Item, load_content
from mapper.graph.analyse import Analysis, analyse
from mapper.graph.insight import Reviewed, health_check, needs_attention
from mapper.graph.model import PartnershipMap
from mapper.io.pack import AgreedAction, Pack
from mapper.store import Store

__all__ = [
    "SHOWN_FINDINGS",
    "STEPS",
    "Drop",
    "WorkshopStep",
    "add_actor",
    "add_link",
    "answered",
    "checklist_choices",
    "chosen",
    "dropped",
    "ends",
    "everyone",
    "findings_for_room",
    "links_of",
    "place",
    "place_drop",
    "step_items",
    "workshop_pack",
]

SHOWN_FINDINGS = 5  # findings a room can take up in one step, read from a projector


@dataclass(frozen=True, kw_only=True)
class WorkshopStep:
    """One screen of the workshop: the one question it puts to the room, for how long."""

    id: str
    title: str
    question: str
    minutes: int
    kind: str  # what the screen holds: checklist, purpose, actors, links, grid, findings...
    link: str = ""  # the link kind a links step adds
    items: tuple[str, ...] = ()  # content sections answered yes / partly / no
    hint: str = ""


STEPS: tuple[WorkshopStep, ...] = (
    WorkshopStep(
        id="why",
        title="Partner or not?",
        question="Which of these gains and drawbacks apply to us?",
        minutes=10,
        kind="checklist",
        items=("benefits", "challenges"),
        hint="From the Compass, Section 2. Answer each for this partnership.",
    ),
    WorkshopStep(
        id="ready",
        title="Are we ready?",
        question="Have we thought each of these through?",
        minutes=10,
        kind="checklist",
        items=("readiness",),
        hint="The Compass's readiness checklist. 'Partly' is an honest answer.",
    ),
    WorkshopStep(
        id="purpose",
        title="Purpose and shared vision",
        question="What is this partnership for, in one sentence everyone agrees with?",
        minutes=10,
        kind="purpose",
        items=("P1",),
        hint="Principle 1 of the Compass: clear purpose.",
    ),
    WorkshopStep(
        id="actors",
        title="Who is involved?",
        question="Who has a stake in this work? Call out names.",
        minutes=10,
        kind="actors",
        hint="Type a name and press Enter, then the next. Details can wait for the editor.",
    ),
    WorkshopStep(
        id="money",
        title="Money and resources",
        question="Who gives money, staff, premises or other resources to whom?",
        minutes=8,
        kind="links",
        link="resource",
    ),
    WorkshopStep(
        id="accountability",
        title="Accountability",
        question="Who answers to whom: for grants, contracts, targets or standards?",
        minutes=8,
        kind="links",
        link="accountable_to",
    ),
    WorkshopStep(
        id="communication",
        title="Communication",
        question="Who talks to whom, often enough to matter?",
        minutes=8,
        kind="links",
        link="communicates",
    ),
    WorkshopStep(
        id="seats",
        title="Seats on forums",
        question="Who has a seat on which board, forum or steering group?",
        minutes=6,
        kind="links",
        link="member_of",
        hint="A seat is on a forum: add boards and groups as forums in 'Who is involved?'.",
    ),
    WorkshopStep(
        id="influence",
        title="Influence",
        question="Who can sway whose decisions, formally or not?",
        minutes=6,
        kind="links",
        link="influences",
    ),
    WorkshopStep(
        id="grid",
        title="Power and interest",
        question="How much power does each have over this work, and how much interest in it?",
        minutes=10,
        kind="grid",
        hint="Drag a name to where the room agrees, or type it below. 1 is little, 5 is a lot.",
    ),
    WorkshopStep(
        id="findings",
        title="What the health check found",
        question="Which of these do we need to act on?",
        minutes=10,
        kind="findings",
        hint="The most important open findings first. Mark each one once the room has "
        "discussed it.",
    ),
    WorkshopStep(
        id="actions",
        title="Agreed actions",
        question="What will we do, and who owns each action?",
        minutes=10,
        kind="actions",
        hint="Each action has an owner on the map and may answer items of the Compass's "
        "checklists.",
    ),
    WorkshopStep(
        id="pack",
        title="The workshop pack",
        question="One page to print or send: the map, the findings and the actions.",
        minutes=5,
        kind="pack",
    ),
)


def step_items(step: WorkshopStep) -> list[tuple[str, list[Item]]]:
    """The sections of Compass items a checklist step asks about, each with its title:
    benefits, challenges, readiness, or a principle's key points and action checklist."""
    content = load_content()
    sections: list[tuple[str, list[Item]]] = []
    for name in step.items:
        if name == "benefits":
            sections.append(("What we could gain", list(content.benefits)))
        elif name == "challenges":
            sections.append(("What could make it hard", list(content.challenges)))
        elif name == "readiness":
            sections.append(("Are you ready to set up a partnership?", list(content.readiness)))
        else:
            principle = content.principle(name)
            sections.append((f"{principle.id} {principle.title}: actions", list(principle.actions)))
    return sections


def checklist_choices() -> list[dict[str, str]]:
    """Every Compass checklist item an action can answer: the six principles' action
    checklists, then the readiness checklist, as dropdown options."""
    content = load_content()
    options = [
        {"label": f"{item.id} {item.text}", "value": item.id}
        for principle in content.principles
        for item in principle.actions
    ]
    options += [{"label": f"{item.id} {item.text}", "value": item.id} for item in content.readiness]
    return options


def everyone(pmap: PartnershipMap) -> list[dict[str, str]]:
    """Every actor on the map as a choice, by name."""
    return sorted(
        ({"label": n.get("label", n["id"]), "value": n["id"]} for n in pmap.nodes()),
        key=lambda choice: choice["label"].casefold(),
    )


def ends(pmap: PartnershipMap, kind: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The From and To choices for a link of ``kind``, by name: a seat is taken on a
    forum only, so its To lists the forums and its From everyone else."""
    choices = everyone(pmap)
    if kind != "member_of":
        return choices, choices
    forums = {n["id"] for n in pmap.nodes() if n.get("kind") == "forum"}
    return (
        [c for c in choices if c["value"] not in forums],
        [c for c in choices if c["value"] in forums],
    )


def links_of(pmap: PartnershipMap, kind: str) -> list[str]:
    """The map's links of ``kind`` as sentences, the newest first ("Food Bank provides
    Men's Shed")."""
    mine = [edge for edge in pmap.edges() if edge["kind"] == kind]
    mine.sort(key=lambda edge: _numbered(edge["id"]), reverse=True)
    return [describe(pmap, edge) for edge in mine]


def _numbered(edge_id: str) -> tuple[int, str]:
    """The app numbers links e1, e2... as they are added: e10 after e9."""
    digits = "".join(ch for ch in edge_id if ch.isdigit())
    return (int(digits) if digits else -1, edge_id)


def add_actor(store: Store, map_id: int, name: str, kind: str, who: str) -> session.Outcome:
    """Add an actor by name only (fast entry). A name already on the map is not added
    twice: the outcome's ``problems`` say so, as the room usually meant the same one."""
    label = " ".join(name.split())
    if not label:
        return session.Outcome(saved=False, problems=("Type a name first.",))
    outcome = session.apply(
        store, map_id, session.AddActor(attrs={"label": label, "kind": kind}), who
    )
    if outcome.question:
        pmap = store.load_map(map_id)
        same = [n.get("label", n["id"]) for n in pmap.nodes()]
        named = next((s for s in same if s.casefold() == label.casefold()), label)
        return session.Outcome(saved=False, problems=(f"{named} is already on the map.",))
    return outcome


def chosen(choices: list[dict[str, str]], name: str | None) -> str | None:
    """The id of the choice called ``name`` (as typed: case and spaces do not matter).

    >>> chosen([{"label": "Food Bank", "value": "food-bank"}], " food  bank")
    'food-bank'
    """
    wanted = " ".join((name or "").split()).casefold()
    return next((c["value"] for c in choices if c["label"].casefold() == wanted), None)


def add_link(
    store: Store,
    map_id: int,
    source: str | None,
    target: str | None,
    kind: str,
    who: str,
    resource: str | None = None,
) -> session.Outcome:
    """Add one link of the step's kind between two actors named as typed in the pickers;
    a resource flow says what flows (funding unless told)."""
    if not (source or "").strip() or not (target or "").strip():
        return session.Outcome(saved=False, problems=("Choose who the link is from and to.",))
    froms, tos = ends(store.load_map(map_id), kind)
    source_id, target_id = chosen(froms, source), chosen(tos, target)
    problems = []
    for name, found in ((source, source_id), (target, target_id)):
        if found is None:
            anyone = chosen(everyone(store.load_map(map_id)), name)
            problems.append(
                f"{name.strip()} is not a forum: a seat is taken on a forum."
                if anyone and kind == "member_of"
                else f"Nobody called {name.strip()} is on the map: add them in 'Who is involved?'."
            )
    if problems:
        return session.Outcome(saved=False, problems=tuple(problems))
    if source_id == target_id:
        return session.Outcome(saved=False, problems=("A link joins two different actors.",))
    attrs = {"resource": resource or "funding"} if kind == "resource" else {}
    command = session.AddLink(source=source_id, target=target_id, kind=kind, attrs=attrs)
    return session.apply(store, map_id, command, who)


@dataclass(frozen=True, kw_only=True)
class Drop:
    """An actor's name let go on the workshop's grid: the square it was let go on, or
    ``None`` for both when it was let go outside the grid; and the square it was drawn in
    when it was picked up (``None`` for both from the tray), to tell a drop from a
    stale picture (someone else placed it meanwhile) from a move."""

    actor: str
    power: int | None = None
    interest: int | None = None
    was: tuple[int | None, int | None] = (None, None)


DRAGGED = re.compile(r"annotations\[(\d+)\]\.([xy])$")


def dropped(relayout: dict[str, Any] | None, figure: dict[str, Any]) -> Drop | None:
    """Which actor's chip was dragged on the workshop's grid and where it was let go,
    from the graph's ``relayoutData`` (``{"annotations[7].x": 3.2, ...}``) and the figure
    it was dragged on: the annotation's ``name`` is the actor's id (see ``grid_figure``).
    A chip of the tray is placed in fractions of the plotting area, turned here into the
    grid's units. Let go inside the grid: the nearest whole power and interest, 1 to 5
    (the edge squares reach to the grid's edges); outside it: no square, as a name let
    go over the tray or an axis was not put anywhere. ``None`` when no chip was dragged
    (the graph sizing itself). ``was`` is the square the figure drew it in.

    >>> figure = {"layout": {"annotations": [{"name": "trust", "x": 2.0, "y": 4.0,
    ...     "xref": "x", "yref": "y"}], "xaxis": {"range": [0.3, 5.7]},
    ...     "yaxis": {"range": [0.3, 5.7]}, "meta": {"squares": {"trust": [4, 2]}}}}
    >>> dropped({"annotations[0].x": 4.6, "annotations[0].y": 5.62}, figure)
    Drop(actor='trust', power=5, interest=5, was=(4, 2))
    >>> dropped({"autosize": True}, figure) is None
    True
    """
    moved: dict[int, dict[str, float]] = {}
    for key, value in (relayout or {}).items():
        if found := DRAGGED.match(key):
            moved.setdefault(int(found[1]), {})[found[2]] = value
    layout = figure.get("layout", {})
    chips = layout.get("annotations", [])
    index = next((i for i in moved if i < len(chips) and chips[i].get("name")), None)
    if index is None:
        return None
    chip = chips[index]
    at = {axis: _on_grid(layout, chip, axis, moved[index].get(axis, chip[axis])) for axis in "xy"}
    ranges = {axis: layout[f"{axis}axis"]["range"] for axis in "xy"}
    drawn = layout.get("meta", {}).get("squares", {})  # where each was picked up
    was = tuple(drawn.get(chip["name"], (None, None)))
    if not all(ranges[axis][0] <= at[axis] <= ranges[axis][1] for axis in "xy"):
        return Drop(actor=chip["name"], was=was)
    return Drop(actor=chip["name"], power=_square(at["y"]), interest=_square(at["x"]), was=was)


def _square(value: float) -> int:
    """The whole 1-5 nearest to a place on the grid (the edge squares reach its edges)."""
    return min(5, max(1, floor(value + 0.5)))


def _on_grid(layout: dict[str, Any], chip: dict[str, Any], axis: str, value: float) -> float:
    """A chip's ``value`` on ``axis`` in the grid's units: a fraction of the plotting
    area (the tray's chips) is turned by the axis's domain and range."""
    if chip.get(f"{axis}ref") != "paper":
        return value
    drawn = layout[f"{axis}axis"]
    start, end = drawn.get("domain", [0, 1])
    low, high = drawn["range"]
    return low + (value - start) / (end - start) * (high - low)


def place(
    store: Store,
    map_id: int,
    actor: str,
    power: int,
    interest: int,
    who: str,
    was: tuple[int | None, int | None] | None = None,
) -> session.Outcome:
    """Save an actor's power and interest together: one edit, one undo. An actor already
    there is left as it is (nothing saved, nothing to undo). ``was`` is where the page
    showed it: if someone else has placed it elsewhere since, nothing is saved and the
    outcome says where it is now (the room decides again, nobody is overwritten)."""
    pmap = store.load_map(map_id)
    node = pmap.graph.nodes[actor] if actor in pmap.graph else {}
    label = pmap.label(actor) if actor in pmap.graph else actor
    now = (node.get("power"), node.get("interest"))
    if now == (power, interest):
        where = f"power {power}, interest {interest}"
        return session.Outcome(saved=False, message=f"{label} stays at {where}.")
    base = now if was is None else was
    command = session.UpdateFields(
        target="node",
        id=actor,
        changes={"power": power, "interest": interest},
        based_on={"power": base[0], "interest": base[1]},
    )
    outcome = session.apply(store, map_id, command, who)
    if outcome.conflicts:
        problem = (
            f"Someone else placed {label} at power {now[0]}, interest {now[1]} just now, "
            "so your move was not saved. Drag it again if the room agrees."
        )
        return replace(outcome, problems=(problem,))
    if not outcome.saved:
        return outcome
    return replace(outcome, message=f"Placed {label}: power {power}, interest {interest}.")


def place_drop(store: Store, map_id: int, drop: Drop, who: str) -> session.Outcome:
    """Save where a name was dragged to (see :func:`place`); let go outside the grid,
    nothing is saved and the outcome says where to drop it."""
    if drop.power is None or drop.interest is None:
        pmap = store.load_map(map_id)
        label = pmap.label(drop.actor) if drop.actor in pmap.graph else "That name"
        problem = f"{label} has not moved: drop it on the square the room agrees."
        return session.Outcome(saved=False, problems=(problem,))
    return place(store, map_id, drop.actor, drop.power, drop.interest, who, drop.was)


def answered(ids: Iterable[str], answers: dict) -> int:
    """How many of the items ``ids`` have an answer."""
    return sum(1 for item in ids if item in answers)


def findings_for_room(analysis: Analysis, reviews: dict) -> tuple[list[Reviewed], list[Reviewed]]:
    """(to take up, discussed): the health check's top open findings, those that need
    attention first (``needs_attention``), then the others worst first, at most
    :data:`SHOWN_FINDINGS`; and the findings already marked discussed, worst first."""
    health = health_check(analysis, reviews)
    first = needs_attention(analysis, reviews)
    seen = {item.key for item in first}
    others = {r.key: r for p in health for r in p.open if r.key not in seen}
    rest = sorted(others.values(), key=lambda r: r.finding.rank)
    discussed = {r.key: r for p in health for r in p.discussed}
    return (first + rest)[:SHOWN_FINDINGS], sorted(discussed.values(), key=lambda r: r.finding.rank)


def _answered_in_order(answers: dict) -> list[tuple[str, str, str]]:
    """(question, answer, note) for every answered item, in the workshop's order."""
    rows = []
    for step in STEPS:
        for _, items in step_items(step):
            rows += [
                (item.text, answers[item.id].answer, answers[item.id].note)
                for item in items
                if item.id in answers
            ]
    return rows


def workshop_pack(store: Store, map_id: int, picture: str | None, day: dt.date) -> Pack:
    """What the pack prints: the map's picture (from the canvas, as a PNG data address),
    the actions agreed with their owners and the checklist items they answer, the
    findings discussed, and what the room answered."""
    pmap = store.load_map(map_id)
    content = load_content()
    actions = [
        AgreedAction(
            title=action.title,
            owner=pmap.label(action.owner) if action.owner in pmap.graph else "",
            due=action.due or "",
            answers=tuple(f"{i} {content.item(i).text}" for i in action.items),
        )
        for action in store.actions(map_id)
        if action.status != "dropped"
    ]
    _, discussed = findings_for_room(analyse(pmap, today=day), store.reviews(map_id))
    return Pack(
        map_name=pmap.name,
        purpose=pmap.purpose,
        day=day,
        picture=picture,
        findings=discussed,
        actions=actions,
        answers=_answered_in_order(store.answers(map_id)),
    )
