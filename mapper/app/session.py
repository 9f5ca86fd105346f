"""One edit session on a map, apart from Dash: each edit is a command, applied by :func:`apply`.

A Dash callback reads its inputs, builds one command and formats the :class:`Outcome`; all
that decides what an edit does and says lives here, tested in milliseconds on SQLite and
PostgreSQL. ``who`` is the name the user gave in the top bar (or, if none, their browser
tab's identity: see ``mapper.store.NAMELESS``): it goes in the change log, and it is whose
edits Undo and Redo take back.

Some edits ask first (a second lead partner, a name already on the map): the outcome then
holds a ``question`` and nothing is saved until the same command comes back confirmed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mapper.app.layouts import LAYOUTS, arrange, free_spot, placed
from mapper.app.library import since
from mapper.app.linking import describe
from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.store import (
    ActorGone,
    Conflict,
    EditConflict,
    MapNotFound,
    Store,
    StoreError,
    named,
)

__all__ = [
    "AddActor",
    "AddLink",
    "Arrange",
    "Command",
    "Delete",
    "Move",
    "Outcome",
    "Redo",
    "Undo",
    "UpdateFields",
    "apply",
    "questions",
]


@dataclass(frozen=True, kw_only=True)
class AddActor:
    """Add an actor in a free spot near the middle, or ``at`` the spot the user picked
    (a double click on the canvas); ``confirmed`` once the user has answered this
    command's question."""

    attrs: dict[str, Any]
    confirmed: bool = False
    at: tuple[float, float] | None = None


@dataclass(frozen=True, kw_only=True)
class AddLink:
    source: str
    target: str
    kind: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class UpdateFields:
    """Change some fields of an actor (``target="node"``), a link (``"edge"``) or the map
    (``"map"``, ``id`` unused); ``based_on`` holds what each field held when the form
    opened, so a field someone else changed since is a conflict, not an overwrite."""

    target: str
    id: str = ""
    changes: dict[str, Any]
    based_on: dict[str, Any] = field(default_factory=dict)
    confirmed: bool = False


@dataclass(frozen=True, kw_only=True)
class Delete:
    target: str  # "node" (with its links) or "edge"
    id: str


@dataclass(frozen=True, kw_only=True)
class Move:
    positions: dict[str, tuple[float, float]]


@dataclass(frozen=True, kw_only=True)
class Arrange:
    layout: str  # a key of layouts.LAYOUTS


@dataclass(frozen=True, kw_only=True)
class Undo:
    pass


@dataclass(frozen=True, kw_only=True)
class Redo:
    pass


Command = AddActor | AddLink | UpdateFields | Delete | Move | Arrange | Undo | Redo


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What an edit did: ``saved`` is true when the map changed; otherwise ``problems``
    (refused, with words to act on), ``conflicts`` (someone else changed a field since the
    form opened) or ``question`` (to confirm first) say why not. ``message`` is for the
    status line; ``result`` is the new actor's or link's id, or an arrangement's positions.
    """

    saved: bool
    message: str = ""
    problems: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    question: str = ""
    result: Any = None


def apply(store: Store, map_id: int, command: Command, who: str) -> Outcome:
    """Apply one command to map ``map_id`` for ``who``; never raises for what a user can
    cause (a refused value, a map or actor deleted meanwhile, a conflict)."""
    try:
        return _apply(store, map_id, command, who)
    except EditConflict as error:
        return Outcome(saved=False, problems=(str(error),), conflicts=tuple(error.conflicts))
    except MapValidationError as error:
        return Outcome(saved=False, problems=tuple(str(p) for p in error.problems))
    except MapNotFound:
        gone = "This map no longer exists: someone may have deleted it. Go back to all maps."
        return Outcome(saved=False, problems=(gone,))
    except ActorGone as error:
        return Outcome(saved=False, problems=(_gone(store, map_id, error),))
    except StoreError as error:
        return Outcome(saved=False, problems=(str(error),))


def news(newest: dict[str, Any] | None, who: str) -> str:
    """The status line when a newer version of the map arrives: who did what, from the
    change log's ``newest`` entry (see ``Store.history``), or "" when that entry is
    ``who``'s own (an edit whose answer is still on its way is never news to its maker).

    >>> news({"who": "Alice", "editor": "Alice", "description": "added Age Scotland"}, "Bob")
    'Updated: Alice added Age Scotland.'
    """
    if not newest or newest["editor"] == who:
        return ""
    return f"Updated: {newest['who'] or 'someone'} {newest['description']}."


def _gone(store: Store, map_id: int, error: ActorGone) -> str:
    """Who deleted the actor an edit was for, and when, as the person editing it wants to
    know before typing it in again."""
    deleted = store.deleted_by(map_id, error.node_id)
    if deleted is None:
        return str(error)
    who = deleted["who"] or "Someone"
    when = since(deleted["at"], dt.datetime.now(dt.UTC))
    return (
        f"{who} deleted {deleted['label']} {when}, so your changes to it were not saved. "
        "If it belongs on the map, add it again."
    )


def _apply(store: Store, map_id: int, command: Command, who: str) -> Outcome:
    match command:
        case AddActor(attrs=attrs, confirmed=confirmed, at=at):
            if not confirmed and (asked := questions(store.load_map(map_id), attrs)):
                return Outcome(saved=False, question=asked)
            place = _free_spot if at is None else lambda _: at
            node_id = store.add_node(map_id, attrs, who=who, place=place)
            return Outcome(
                saved=True, message=f"Added {attrs.get('label', 'an actor')}.", result=node_id
            )
        case AddLink(source=source, target=target, kind=kind, attrs=attrs):
            edge_id = store.add_edge(map_id, source, target, kind, attrs, who=who)
            pmap = store.load_map(map_id)
            return Outcome(
                saved=True,
                message=f"Added a link: {describe(pmap, pmap.edge(edge_id))}.",
                result=edge_id,
            )
        case UpdateFields(changes=changes) if not changes:
            return Outcome(saved=False, message="Nothing to save: no field was changed.")
        case UpdateFields(target="node", id=node_id, changes=changes, based_on=based_on):
            if not command.confirmed:
                asked = questions(store.load_map(map_id), changes, editing=node_id)
                if asked:
                    return Outcome(saved=False, question=asked)
            store.update_node(map_id, node_id, changes, who=who, based_on=based_on)
            label = store.load_map(map_id).label(node_id)
            return Outcome(saved=True, message=f"Saved {label}.")
        case UpdateFields(target="edge", id=edge_id, changes=changes, based_on=based_on):
            store.update_edge(map_id, edge_id, changes, who=who, based_on=based_on)
            return Outcome(saved=True, message="Saved the link.")
        case UpdateFields(target="map", changes=changes, based_on=based_on):
            store.update_meta(map_id, who=who, based_on=based_on, **changes)
            return Outcome(saved=True, message="Saved the map details.")
        case Delete(target="node", id=node_id):
            links = store.delete_node(map_id, node_id, who=who)
            tail = f" and {links} link{'s' if links != 1 else ''}" if links else ""
            return Outcome(saved=True, message=f"Deleted the actor{tail}.")
        case Delete(target="edge", id=edge_id):
            store.delete_edge(map_id, edge_id, who=who)
            return Outcome(saved=True, message="Deleted the link.")
        case Move(positions=positions):
            store.move_nodes(map_id, positions, who=who)
            return Outcome(saved=True)
        case Arrange(layout=name):
            positions = arrange(store.load_map(map_id), name)
            store.move_nodes(map_id, positions, who=who)
            words = LAYOUTS[name].split(" (")[0].lower()
            return Outcome(
                saved=True, message=f"Arranged: {words}. Undo puts it back.", result=positions
            )
        case Undo() | Redo():
            undoing = isinstance(command, Undo)
            step = store.undo(map_id, who=who) if undoing else store.redo(map_id, who=who)
            if step is None:
                whose = f" of {named(who)}'s" if named(who) else " of yours"
                return Outcome(
                    saved=False, message=f"Nothing{whose} to {'undo' if undoing else 'redo'}."
                )
            verb = "Undone" if undoing else "Redone"
            if not step.changed:
                verb = "Could not undo" if undoing else "Could not redo"
            message = " ".join((f"{verb}: {step.description}.", *step.kept))
            return Outcome(saved=step.changed, message=message)
    raise TypeError(f"not an edit command: {command!r}")


def _free_spot(pmap: PartnershipMap) -> tuple[float, float]:
    """Where a new actor goes: picked inside the add's transaction, so two laptops adding
    at once never stack two actors on one spot."""
    return free_spot(placed(pmap))


def questions(pmap: PartnershipMap, attrs: dict[str, Any], editing: str | None = None) -> str:
    """What to ask before giving an actor ``attrs`` (a new one, or ``editing``): whether
    it should really be a second lead partner, or share a name with another actor.

    >>> m = PartnershipMap(); _ = m.add_node(label="Riverside Trust", role="lead partner")
    >>> questions(m, {"label": "Council B", "role": "lead partner"})
    'Riverside Trust is already the lead partner. Make Council B a second lead partner?'
    >>> questions(m, {"label": "riverside trust "})
    'There is already an actor called Riverside Trust. Add another with the same name?'
    >>> questions(m, {"label": "Riverside Trust", "power": "4"}, editing="riverside-trust")
    ''
    """
    others = [node for node in pmap.nodes() if node["id"] != editing]
    label = str(attrs.get("label") or "").strip()
    asked = []
    if label and (editing is None or "label" in attrs):
        same = [n for n in others if n.get("label", n["id"]).casefold() == label.casefold()]
        if same:
            name = same[0].get("label", same[0]["id"])
            what = "Add another with" if editing is None else "Give this one"
            asked.append(f"There is already an actor called {name}. {what} the same name?")
    if attrs.get("role") == "lead partner":
        leads = [n.get("label", n["id"]) for n in others if n.get("role") == "lead partner"]
        this = label or (pmap.label(editing) if editing else "this actor")
        if len(leads) == 1:
            asked.append(
                f"{leads[0]} is already the lead partner. Make {this} a second lead partner?"
            )
        elif leads:
            asked.append(
                f"{', '.join(leads[:-1])} and {leads[-1]} are already lead partners. "
                f"Make {this} another lead partner?"
            )
    return " ".join(asked)
