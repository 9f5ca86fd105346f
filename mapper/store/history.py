"""A map's past: every change kept as the rows it touched, named moments, reviews at
intervals and the notes of the documents kept with the map.

The change log (``changes``) is an undo stack: undoing writes no rows and a new edit drops
its author's undone entries, so it cannot replay the past. The ``journal`` can: each write
to a map, its action plan or its document notes adds one entry holding only the rows it
touched, before and after. The map as it was at any entry is the map of today with every
later entry taken back, so a snapshot is a name and a journal position, never a copy, and
costs storage in proportion to what changed.

Nothing here writes to a map's own rows: a snapshot or a review can never change the map
it records.
"""

from __future__ import annotations

import datetime as dt
import json
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
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
)

from mapper.store import actions as action_plan
from mapper.store import rows
from mapper.store.errors import StoreError
from mapper.store.schema import maps, metadata

__all__ = [
    "DEFAULT_MONTHS",
    "Moment",
    "Review",
    "SnapshotInfo",
    "journal",
    "review_settings",
    "reviews_done",
    "snapshots",
]

DEFAULT_MONTHS = 6  # the Compass's "regular intervals": twice a year unless set otherwise
SNAPSHOT_KINDS = ("named", "review", "brief", "restored")

journal = Table(
    "journal",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("at", DateTime, nullable=False),  # naive UTC
    # JSON: {"nodes": {id: row|null}, "edges": ..., "meta": {...}, "actions": ..., "notes": ...}
    Column("before", Text, nullable=False),
    Column("after", Text, nullable=False),
    sqlite_autoincrement=True,  # positions only grow, so "later" is "a larger id"
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("position", Integer, nullable=False),  # the last journal entry it includes
    Column("kind", Text, nullable=False, default="named"),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
    UniqueConstraint("map_id", "name"),
    sqlite_autoincrement=True,
)

review_settings = Table(
    "review_settings",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("months", Integer, nullable=False),
)

reviews_done = Table(
    "reviews_done",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("snapshot_id", ForeignKey("snapshots.id"), nullable=False),
    Column("since_id", ForeignKey("snapshots.id")),  # the snapshot it compared against
    Column("items", Text, nullable=False, default="[]"),  # checklist item ids gone through
    Column("note", Text, nullable=False, default=""),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

# Editable notes of the drafted documents: "comms:<actor id>", "agreement:<section>".
document_notes = Table(
    "document_notes",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("key", Text, primary_key=True),
    Column("text", Text, nullable=False),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)

TABLES = [journal, snapshots, review_settings, reviews_done, document_notes]


@dataclass(frozen=True, kw_only=True)
class SnapshotInfo:
    """A named moment of a map."""

    id: int
    map_id: int
    name: str
    position: int
    kind: str  # named, review, brief, restored
    who: str
    at: dt.datetime  # aware UTC


@dataclass(frozen=True, kw_only=True)
class Moment:
    """A map's rows and documents as they were at one point of its journal."""

    label: str  # "Kickoff", "2026-05-01", "now"
    day: dt.date
    rows: rows.Snapshot
    documents: dict[str, dict[str, dict[str, Any]]]  # "actions", "notes": rows by id


@dataclass(frozen=True, kw_only=True)
class Review:
    """A review marked done: when, by whom, against which snapshot, which checklist
    items were gone through."""

    id: int
    snapshot: str
    since: str | None
    items: tuple[str, ...]
    note: str
    who: str
    at: dt.datetime


# ----- writing the journal --------------------------------------------------------------
def record(
    conn: Connection, map_id: int, before: dict[str, Any], after: dict[str, Any], now: dt.datetime
) -> None:
    """Keep one write's touched rows; ``before`` holds ``None`` for rows it added."""
    conn.execute(
        insert(journal).values(
            map_id=map_id, at=now, before=rows.dumps(before), after=rows.dumps(after)
        )
    )


def record_created(
    conn: Connection, map_id: int, snapshot: rows.Snapshot, now: dt.datetime
) -> None:
    """A new map: every row added, from nothing (marked so the past before it is known)."""
    before = {
        "created": True,
        "nodes": dict.fromkeys(snapshot.nodes),
        "edges": dict.fromkeys(snapshot.edges),
    }
    after = {"meta": snapshot.meta, "nodes": snapshot.nodes, "edges": snapshot.edges}
    record(conn, map_id, before, after, now)


def record_document(
    conn: Connection, map_id: int, part: str, key: str, old: Any, new: Any, now: dt.datetime
) -> None:
    """One row of a document (an action, a note) changed from ``old`` to ``new``."""
    record(conn, map_id, {part: {key: old}}, {part: {key: new}}, now)


# ----- the past -------------------------------------------------------------------------
def position(conn: Connection, map_id: int) -> int:
    """The map's latest journal entry (0 if it has none yet)."""
    query = select(func.max(journal.c.id)).where(journal.c.map_id == map_id)
    return conn.execute(query).scalar() or 0


def position_on(conn: Connection, map_id: int, day: dt.date) -> int:
    """The last journal entry made on or before ``day`` (UTC); raises if the map was made
    after that day."""
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    query = select(func.max(journal.c.id)).where(journal.c.map_id == map_id, journal.c.at < end)
    found = conn.execute(query).scalar()
    if found is None:
        first = conn.execute(
            select(journal.c.at, journal.c.before)
            .where(journal.c.map_id == map_id)
            .order_by(journal.c.id)
            .limit(1)
        ).first()
        if first is not None and json.loads(first.before).get("created"):
            raise StoreError(
                f"The map was made on {first.at.date().isoformat()}, after {day.isoformat()}: "
                "there is nothing to show before then."
            )
        return 0  # a map older than its journal: the earliest state known
    return found


def states_at(
    conn: Connection, map_id: int, positions: list[int]
) -> list[tuple[rows.Snapshot, dict[str, Any]]]:
    """The map's rows and documents as they were just after each journal position: today's,
    with every later entry taken back, newest first. Today's map is read once and the
    journal walked once, however many positions (a comparison needs two)."""
    current = rows.read(conn, map_id)
    if current is None:
        raise StoreError(f"There is no map with id {map_id}; it may have been deleted.")
    documents = current_documents(conn, map_id)
    parts = {"nodes": current.nodes, "edges": current.edges, **documents}
    meta = current.meta
    found: dict[int, tuple[rows.Snapshot, dict[str, Any]]] = {}

    def keep(position: int) -> None:
        ordered = {
            part: dict(sorted(parts[part].items(), key=lambda kv: kv[1][0]))
            for part in ("nodes", "edges")
        }
        snapshot = rows.Snapshot(meta=meta, nodes=ordered["nodes"], edges=ordered["edges"])
        found[position] = (snapshot, {name: dict(parts[name]) for name in documents})

    wanted = sorted(set(positions), reverse=True)
    later = (
        select(journal.c.id, journal.c.before)
        .where(journal.c.map_id == map_id, journal.c.id > min(wanted))
        .order_by(journal.c.id.desc())
    )
    for entry_id, text in conn.execute(later):
        while wanted and entry_id <= wanted[0]:
            keep(wanted.pop(0))
        for part, changed in json.loads(text).items():
            if part == "meta":
                meta = changed
            elif part in parts:
                for key, row in changed.items():
                    if row is None:
                        parts[part].pop(key, None)
                    else:
                        parts[part][key] = row
    for position in wanted:
        keep(position)
    return [found[position] for position in positions]


def current_documents(conn: Connection, map_id: int) -> dict[str, dict[str, Any]]:
    """The action plan and the document notes as rows by id, as the journal keeps them."""
    return {
        "actions": {str(a.id): a.row() for a in action_plan.of_map(conn, map_id)},
        "notes": {key: {"text": text} for key, text in notes_of(conn, map_id).items()},
    }


# ----- snapshots ------------------------------------------------------------------------
def take(
    conn: Connection, map_id: int, name: str, kind: str, who: str, now: dt.datetime
) -> SnapshotInfo:
    """Name the map as it stands; a name already used for this map is refused."""
    name = " ".join(str(name or "").split())
    if not name:
        raise StoreError("A snapshot needs a name, such as 'Kickoff' or '6-month review'.")
    if kind not in SNAPSHOT_KINDS:
        raise StoreError(f"A snapshot's kind is one of {', '.join(SNAPSHOT_KINDS)}.")
    if (same := find(conn, map_id, name)) is not None:
        raise StoreError(
            f"The map already has a snapshot named '{same.name}'; choose another name."
        )
    values = {
        "map_id": map_id,
        "name": name,
        "position": position(conn, map_id),
        "kind": kind,
        "who": who or "",
        "at": now,
    }
    snapshot_id = conn.execute(insert(snapshots).values(**values)).inserted_primary_key[0]
    return _snapshot(dict(values, id=snapshot_id))


def free_name(conn: Connection, map_id: int, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... if the map has a snapshot of that name."""
    name, number = wanted, 2
    while find(conn, map_id, name) is not None:
        name, number = f"{wanted} ({number})", number + 1
    return name


def find(conn: Connection, map_id: int, name: str) -> SnapshotInfo | None:
    """The map's snapshot of this name (letter case aside), if any."""
    query = select(snapshots).where(
        snapshots.c.map_id == map_id, func.lower(snapshots.c.name) == name.strip().lower()
    )
    row = conn.execute(query).mappings().first()
    return None if row is None else _snapshot(row)


def all_of(conn: Connection, map_id: int) -> list[SnapshotInfo]:
    """The map's snapshots, oldest first."""
    query = select(snapshots).where(snapshots.c.map_id == map_id).order_by(snapshots.c.id)
    return [_snapshot(row) for row in conn.execute(query).mappings()]


def resolve(conn: Connection, map_id: int, ref: str, today: dt.date) -> tuple[int, str, dt.date]:
    """A snapshot name, a date YYYY-MM-DD or ``now`` as (journal position, label, day)."""
    ref = str(ref or "").strip()
    if ref.lower() in ("now", "today", ""):
        return position(conn, map_id), "now", today
    found = find(conn, map_id, ref)
    if found is not None:
        return found.position, found.name, found.at.date()
    try:
        day = dt.date.fromisoformat(ref)
    except ValueError:
        names = ", ".join(f"'{s.name}'" for s in all_of(conn, map_id)) or "none yet"
        raise StoreError(
            f"'{ref}' is not a snapshot of this map, a date like 2026-05-01, or 'now' "
            f"(its snapshots: {names})."
        ) from None
    if day > today:
        raise StoreError(f"{day.isoformat()} is in the future; give a date up to today.")
    return position_on(conn, map_id, day), day.isoformat(), day


def _snapshot(row: Any) -> SnapshotInfo:
    return SnapshotInfo(
        id=row["id"],
        map_id=row["map_id"],
        name=row["name"],
        position=row["position"],
        kind=row["kind"],
        who=row["who"],
        at=row["at"].replace(tzinfo=dt.UTC),
    )


# ----- reviews at intervals -------------------------------------------------------------
def months(conn: Connection, map_id: int) -> int:
    """How many months between reviews (:data:`DEFAULT_MONTHS` unless set)."""
    query = select(review_settings.c.months).where(review_settings.c.map_id == map_id)
    return conn.execute(query).scalar() or DEFAULT_MONTHS


def set_months(conn: Connection, map_id: int, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= 36:
        raise StoreError(f"A review interval is a number of months from 1 to 36 (not {value!r}).")
    conn.execute(delete(review_settings).where(review_settings.c.map_id == map_id))
    conn.execute(insert(review_settings).values(map_id=map_id, months=number))
    return number


def add_review(
    conn: Connection,
    map_id: int,
    snapshot: SnapshotInfo,
    since: SnapshotInfo | None,
    items: list[str],
    note: str,
    who: str,
    now: dt.datetime,
) -> int:
    values = {
        "map_id": map_id,
        "snapshot_id": snapshot.id,
        "since_id": since.id if since else None,
        "items": json.dumps(items),
        "note": note or "",
        "who": who or "",
        "at": now,
    }
    return conn.execute(insert(reviews_done).values(**values)).inserted_primary_key[0]


def reviews_of(conn: Connection, map_id: int) -> list[Review]:
    """The map's reviews, the latest first."""
    done, since = snapshots.alias("done"), snapshots.alias("since")
    query = (
        select(reviews_done, done.c.name.label("done_name"), since.c.name.label("since_name"))
        .join(done, done.c.id == reviews_done.c.snapshot_id)
        .outerjoin(since, since.c.id == reviews_done.c.since_id)
        .where(reviews_done.c.map_id == map_id)
        .order_by(reviews_done.c.id.desc())
    )
    return [
        Review(
            id=row.id,
            snapshot=row.done_name,
            since=row.since_name,
            items=tuple(json.loads(row.items)),
            note=row.note,
            who=row.who,
            at=row.at.replace(tzinfo=dt.UTC),
        )
        for row in conn.execute(query)
    ]


def last_reviewed(conn: Connection) -> dict[int, tuple[dt.datetime, int]]:
    """map id -> (when it was last reviewed, or made if never, naive UTC; its interval)."""
    latest = (
        select(reviews_done.c.map_id, func.max(reviews_done.c.at).label("at"))
        .group_by(reviews_done.c.map_id)
        .subquery()
    )
    query = (
        select(maps.c.id, maps.c.created_at, latest.c.at, review_settings.c.months)
        .outerjoin(latest, latest.c.map_id == maps.c.id)
        .outerjoin(review_settings, review_settings.c.map_id == maps.c.id)
    )
    return {
        map_id: (reviewed or created, interval or DEFAULT_MONTHS)
        for map_id, created, reviewed, interval in conn.execute(query)
    }


# ----- document notes -------------------------------------------------------------------
def notes_of(conn: Connection, map_id: int) -> dict[str, str]:
    query = select(document_notes.c.key, document_notes.c.text).where(
        document_notes.c.map_id == map_id
    )
    return dict(conn.execute(query).all())


def set_note(
    conn: Connection, map_id: int, key: str, text: str, who: str, now: dt.datetime
) -> bool:
    """Keep (or, when empty, remove) one note; returns whether it changed."""
    text = (text or "").strip()
    old = notes_of(conn, map_id).get(key)
    if (old or "") == text:
        return False
    conn.execute(
        delete(document_notes).where(document_notes.c.map_id == map_id, document_notes.c.key == key)
    )
    if text:
        conn.execute(
            insert(document_notes).values(map_id=map_id, key=key, text=text, who=who or "", at=now)
        )
    record_document(
        conn,
        map_id,
        "notes",
        key,
        {"text": old} if old else None,
        {"text": text} if text else None,
        now,
    )
    return True


def forget(conn: Connection, map_id: int) -> None:
    """Delete the map's past with it (reviews before the snapshots they point at)."""
    for table in (reviews_done, snapshots, review_settings, document_notes, journal):
        conn.execute(delete(table).where(table.c.map_id == map_id))
