"""The live action plan (Compass P5 action 1): what the partnership agreed to do, who owns
it, by when, and what happens if it slips.

Actions are kept beside the map, not on it: adding one writes a line to the map's change
log, so the history says who agreed what and when, but it is not an edit of the drawing
and so never enters anyone's undo. The :class:`~mapper.store.store.Store` methods
``add_action``, ``update_action``, ``delete_action`` and ``actions`` call these functions
inside their own transaction, with the map locked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Integer,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)

from mapper.content import load_content
from mapper.store.errors import StoreError
from mapper.store.schema import metadata, nodes

__all__ = ["ACTION_FIELDS", "ACTION_STATUSES", "Action", "actions"]

ACTION_STATUSES = ("open", "doing", "done", "dropped")
# The fields update_action takes, as the user reads them in a message.
ACTION_FIELDS = {
    "title": "title",
    "owner": "owner",
    "due": "due date",
    "status": "status",
    "finding_key": "finding",
    "items": "checklist items",
    "contingency": "contingency",
}

actions = Table(
    "actions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("owner", Text),  # an actor's node id on the map, or NULL
    Column("due", Text),  # YYYY-MM-DD or NULL
    Column("status", Text, nullable=False, default="open"),
    Column("finding_key", Text),  # the health-check finding it answers, or NULL
    Column("items", Text, nullable=False, default="[]"),  # JSON list of checklist item ids
    Column("contingency", Text, nullable=False, default=""),
    Column("who", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),  # naive UTC
    Column("updated_at", DateTime, nullable=False),
    sqlite_autoincrement=True,  # a deleted action's id is never given to another
)


@dataclass(frozen=True, kw_only=True)
class Action:
    """One action of a map's plan; ``owner`` is an actor's id on the map (or ``None``)."""

    id: int
    map_id: int
    title: str
    owner: str | None
    due: str | None
    status: str
    finding_key: str | None
    items: tuple[str, ...]
    contingency: str
    who: str
    created_at: dt.datetime  # aware UTC
    updated_at: dt.datetime

    def row(self) -> dict[str, Any]:
        """The fields a user sets, as plain JSON-ready values (for logs and documents)."""
        return {name: getattr(self, name) for name in ACTION_FIELDS} | {"items": list(self.items)}


def clean(conn: Connection, map_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` checked and turned into column values; raises :class:`StoreError` naming
    every field that is wrong, so nothing half-valid is written."""
    unknown = sorted(set(fields) - set(ACTION_FIELDS))
    if unknown:
        raise StoreError(
            f"An action has no field {', '.join(map(repr, unknown))}; "
            f"its fields are: {', '.join(ACTION_FIELDS)}."
        )
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name, raw in fields.items():
        try:
            values[name] = _CHECKS[name](conn, map_id, raw)
        except ValueError as error:
            problems.append(str(error))
    if problems:
        raise StoreError("The action was not saved: " + "; ".join(problems) + ".")
    return values


def _title(_conn: Connection, _map_id: int, raw: Any) -> str:
    title = str(raw or "").strip()
    if not title:
        raise ValueError("it needs a title (it is empty)")
    return title


def _owner(conn: Connection, map_id: int, raw: Any) -> str | None:
    owner = str(raw).strip() if raw is not None else ""
    if not owner:
        return None
    query = select(nodes.c.node_id).where(nodes.c.map_id == map_id, nodes.c.node_id == owner)
    if conn.execute(query).first() is None:
        raise ValueError(f"its owner '{owner}' is not an actor on this map")
    return owner


def _due(_conn: Connection, _map_id: int, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.date):
        return raw.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(raw).strip()).isoformat()
    except ValueError:
        raise ValueError(f"its due date '{raw}' is not a date like 2026-03-31") from None


def _status(_conn: Connection, _map_id: int, raw: Any) -> str:
    if raw not in ACTION_STATUSES:
        raise ValueError(f"its status is one of {', '.join(ACTION_STATUSES)} (not {raw!r})")
    return raw


def _finding(_conn: Connection, _map_id: int, raw: Any) -> str | None:
    return str(raw).strip() or None if raw is not None else None


def _items(_conn: Connection, _map_id: int, raw: Any) -> str:
    if isinstance(raw, str):
        raw = [raw]
    ids = list(dict.fromkeys(str(item).strip() for item in raw or () if str(item).strip()))
    known = load_content().items_by_id
    wrong = [item for item in ids if item not in known]
    if wrong:
        raise ValueError(
            f"no Compass checklist item has the id {', '.join(map(repr, wrong))} "
            "(ids look like 'P5.action.1')"
        )
    return json.dumps(ids)


def _text(_conn: Connection, _map_id: int, raw: Any) -> str:
    return str(raw or "").strip()


_CHECKS: dict[str, Callable[[Connection, int, Any], Any]] = {
    "title": _title,
    "owner": _owner,
    "due": _due,
    "status": _status,
    "finding_key": _finding,
    "items": _items,
    "contingency": _text,
}


def add(conn: Connection, map_id: int, fields: dict[str, Any], who: str, now: dt.datetime) -> int:
    """Insert a checked action; returns its id."""
    values = clean(conn, map_id, {"status": "open", "items": (), "contingency": ""} | fields)
    row = insert(actions).values(
        map_id=map_id, **values, who=who or "", created_at=now, updated_at=now
    )
    return conn.execute(row).inserted_primary_key[0]


def get(conn: Connection, map_id: int, action_id: int) -> Action:
    """One action of the map; :class:`StoreError` if the map has no such action."""
    query = select(actions).where(actions.c.map_id == map_id, actions.c.id == action_id)
    row = conn.execute(query).first()
    if row is None:
        raise StoreError(
            f"The map has no action {action_id}; someone may have deleted it. "
            "Reload the page to see the plan as it is."
        )
    return _action(row)


def change(
    conn: Connection, map_id: int, action_id: int, fields: dict[str, Any], now: dt.datetime
) -> tuple[Action, Action]:
    """Update an action's fields; returns it (before, after)."""
    before = get(conn, map_id, action_id)
    values = clean(conn, map_id, fields)
    which = (actions.c.map_id == map_id, actions.c.id == action_id)
    conn.execute(update(actions).where(*which).values(**values, updated_at=now))
    return before, get(conn, map_id, action_id)


def remove(conn: Connection, map_id: int, action_id: int) -> Action:
    """Delete an action; returns what it was."""
    before = get(conn, map_id, action_id)
    conn.execute(delete(actions).where(actions.c.map_id == map_id, actions.c.id == action_id))
    return before


def of_map(conn: Connection, map_id: int) -> list[Action]:
    """The map's actions in the order they were made."""
    query = select(actions).where(actions.c.map_id == map_id).order_by(actions.c.id)
    return [_action(row) for row in conn.execute(query)]


def described(verb: str, title: str) -> str:
    """The change log's words for an action: "added the action 'Agree a channel'"."""
    return f"{verb} the action '{title}'"


def changed_words(before: Action, after: Action, fields: Iterable[str]) -> str:
    """ "changed the action 'X' (status, due date)", or a rename."""
    touched = [f for f in fields if getattr(before, f) != getattr(after, f)]
    if "title" in touched:
        return f"renamed the action '{before.title}' to '{after.title}'"
    words = ", ".join(ACTION_FIELDS[f] for f in touched)
    return described("changed", after.title) + (f" ({words})" if words else "")


def _action(row: Any) -> Action:
    return Action(
        id=row.id,
        map_id=row.map_id,
        title=row.title,
        owner=row.owner,
        due=row.due,
        status=row.status,
        finding_key=row.finding_key,
        items=tuple(json.loads(row.items)),
        contingency=row.contingency,
        who=row.who,
        created_at=row.created_at.replace(tzinfo=dt.UTC),
        updated_at=row.updated_at.replace(tzinfo=dt.UTC),
    )
