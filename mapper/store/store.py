"""Maps kept in a database: every edit validated by the model, committed at once, undoable.

Each edit runs in one transaction: lock the map, load it as a :class:`PartnershipMap`, apply
the edit with the model's own methods (which validate), then write only the rows that
differ and log them for undo. A failed edit raises before anything is written, so the map
is left exactly as it was; two users editing one map queue up on the lock instead of
overwriting each other.

Two laptops never overwrite each other in silence: an update may name the values its form
started from (``based_on``), and a field someone else changed since is refused as an
:class:`EditConflict` for the user to settle. Undo is per person: it takes back the
caller's own last edit, field by field, leaving alone whatever others changed since.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    make_url,
    select,
    update,
)

from mapper.graph.diff import MapDiff, diff_maps, match_import
from mapper.graph.model import (
    EDGE_FIELDS,
    MAP_FIELDS,
    NODE_FIELDS,
    Field,
    MapValidationError,
    PartnershipMap,
    Problem,
)
from mapper.store import actions as action_plan
from mapper.store import answers as answer_store
from mapper.store import history, rows
from mapper.store.actions import Action
from mapper.store.answers import Answer
from mapper.store.errors import ActorGone, Conflict, EditConflict, MapNotFound, StoreError
from mapper.store.history import Moment, Review, SnapshotInfo
from mapper.store.presence import Presence
from mapper.store.schema import (
    SECRET_SETTING,
    changes,
    edges,
    ensure_schema,
    maps,
    nodes,
    reviews,
    schema_version,
    settings,
    share_links,
    survey_rounds,
    ticks,
)

__all__ = [
    "NAMELESS",
    "REVIEW_STATUSES",
    "Action",
    "MapSummary",
    "Moment",
    "Review",
    "ReviewDue",
    "ShareLink",
    "Step",
    "Store",
    "named",
]

REVIEW_STATUSES = ("discussed", "not relevant")

# Starts the ``who`` of an edit by someone who gave no name: "~" and their browser tab's
# id, so that Undo tells two nameless laptops apart; people read it as no name at all.
NAMELESS = "~"

# How a link is named in the change log ("added communication link A → B").
_LINK_WORDS = {
    "accountable_to": "accountability link",
    "communicates": "communication link",
    "resource": "resource flow",
    "member_of": "seat",
    "influences": "influence link",
}

T = TypeVar("T")
_CACHED_MAPS = 8


@dataclass(frozen=True, kw_only=True)
class MapSummary:
    """One line of the list of maps on the home page."""

    id: int
    name: str
    purpose: str
    nodes: int
    edges: int
    updated_at: dt.datetime


@dataclass(frozen=True, kw_only=True)
class ShareLink:
    """A link that opens one map to whoever has it, to view or to edit. Its token is not
    kept, only a hash of it, so the token is shown once, when the link is made."""

    id: int
    map_id: int
    can_edit: bool
    who: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def kind(self) -> str:
        """ "edit" or "view", as the user reads it."""
        return "edit" if self.can_edit else "view"


@dataclass(frozen=True, kw_only=True)
class ReviewDue:
    """When a map's next review falls: ``months`` after the last one (or after the map
    was made), ``overdue`` once that day has passed, ``soon`` within a month of it."""

    map_id: int
    due: dt.date
    months: int
    overdue: bool
    soon: bool


@dataclass(frozen=True, kw_only=True)
class Step:
    """What an undo or redo did: the edit's description, and a sentence for each part of
    it left as it is because someone changed that since."""

    description: str
    kept: tuple[str, ...] = ()
    changed: bool = True  # False when every part of it had been changed since


class Store(Presence):
    """The maps in one database, given by an SQLAlchemy URL (SQLite file or PostgreSQL).

    Opening a store creates the tables, or upgrades an older layout, before anything else.
    Several workers may share one database: the only thing kept in memory is the last few
    maps this store edited, each reused only while the database still has its version.
    ``connections`` is how many requests may use the database at once: a server gives the
    number of threads that serve requests in this process. Who has each map open now is
    kept here too (:class:`~mapper.store.presence.Presence`).
    """

    def __init__(self, url: str, *, connections: int = 5) -> None:
        self.url = url
        self.engine = _engine(url, connections)
        # SQLite writers take the database lock at BEGIN, so read-modify-write is atomic.
        self._writer = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        # map id -> (version stamp, map, its rows) for the maps this store edited last
        self._cache: dict[int, tuple[tuple[int, dt.datetime], PartnershipMap, rows.Snapshot]] = {}
        self._cache_lock = threading.Lock()
        with self._writer.begin() as conn:
            ensure_schema(conn)

    @staticmethod
    def default_url() -> str:
        """An SQLite file in the user's data folder: ``$MAPPER_DATA_DIR``, else
        ``$XDG_DATA_HOME/partnership-mapper``, else ``~/.local/share/partnership-mapper``."""
        folder = os.environ.get("MAPPER_DATA_DIR")
        if not folder:
            data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
            folder = Path(data_home) / "partnership-mapper"
        return f"sqlite:///{Path(folder).expanduser().resolve() / 'maps.db'}"

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    # ----- whole maps ----------------------------------------------------------------
    def list_maps(self) -> list[MapSummary]:
        """Every map, the most recently changed first."""
        node_count = select(func.count()).where(nodes.c.map_id == maps.c.id).scalar_subquery()
        edge_count = select(func.count()).where(edges.c.map_id == maps.c.id).scalar_subquery()
        query = select(
            maps.c.id, maps.c.name, maps.c.purpose, maps.c.updated_at, node_count, edge_count
        ).order_by(maps.c.updated_at.desc(), maps.c.id.desc())
        with self.engine.connect() as conn:
            return [
                MapSummary(
                    id=row[0],
                    name=row[1],
                    purpose=row[2],
                    updated_at=_aware(row[3]),
                    nodes=row[4],
                    edges=row[5],
                )
                for row in conn.execute(query)
            ]

    def create_map(self, pmap: PartnershipMap, *, who: str = "") -> int:
        """Save a whole map as a new one; returns its id."""
        with self._writer.begin() as conn:
            return self._insert(conn, pmap, who, "created the map")

    def seed_once(
        self, samples: Callable[[], Sequence[PartnershipMap]], *, who: str = ""
    ) -> list[int]:
        """Save the maps ``samples()`` returns, once in the life of the database and only
        while it has no maps; returns the new maps' ids (none on every later call).

        One transaction, with the flag that says it is done: a failure (a broken sample, a
        killed process) leaves neither samples nor flag, so the next start tries again,
        and a user who deletes every map does not get the samples back. ``samples`` is
        called only when they are due, so later starts do not read them.
        """
        with self._writer.begin() as conn:
            query = select(schema_version.c.samples_seeded).with_for_update()
            if conn.execute(query).scalar_one():
                return []
            has_maps = conn.execute(select(maps.c.id).limit(1)).first() is not None
            ids = (
                []
                if has_maps
                else [self._insert(conn, m, who, "created the map") for m in samples()]
            )
            conn.execute(update(schema_version).values(samples_seeded=True))
            return ids

    def load_map(self, map_id: int) -> PartnershipMap:
        """The map as last saved; positions are the nodes' ``x`` and ``y`` attributes.

        A map this store edited last is built from the rows it kept, while the database
        still has that version: the editor reloads the map after every edit."""
        with self.engine.connect() as conn:
            query = select(maps.c.version, maps.c.created_at).where(maps.c.id == map_id)
            stamp = conn.execute(query).first()
            with self._cache_lock:
                cached = self._cache.get(map_id)
            if stamp is not None and cached is not None and cached[0] == tuple(stamp):
                return cached[2].to_map()
            return _found(rows.read(conn, map_id), map_id).to_map()

    def replace_map(self, map_id: int, pmap: PartnershipMap, *, who: str = "") -> None:
        """Put ``pmap`` (an import) in place of a map's content, as one undoable step."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            before = _found(rows.read(conn, map_id), map_id)
            description = f"replaced the map with an import of {pmap.name}"
            pmap = match_import(before.to_map(), pmap)
            self._record(conn, map_id, who, description, before, rows.snapshot_of(pmap, before))

    def update_meta(
        self,
        map_id: int,
        *,
        who: str = "",
        based_on: dict[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change map-level fields: name, purpose, date, notes, skills_needed; ``based_on``
        as for :meth:`update_node`."""
        unknown = sorted(set(fields) - set(MAP_FIELDS))
        if unknown:
            raise StoreError(
                f"A map has no field {', '.join(map(repr, unknown))}; "
                f"its fields are: {', '.join(MAP_FIELDS)}."
            )

        def change(pmap: PartnershipMap) -> tuple[str, None]:
            _refuse_conflicts("the map", pmap.meta, fields, based_on, MAP_FIELDS)
            problems: list[Problem] = []
            for name, raw in fields.items():
                try:
                    value = _map_name(raw) if name == "name" else MAP_FIELDS[name].coerce(raw)
                except MapValidationError as error:
                    problems += error.problems
                    continue
                except ValueError as error:
                    problems.append(Problem("map details", str(error), name, raw))
                    continue
                if value is None:  # emptied: each field's own empty value
                    value = {"skills_needed": [], "date": None}.get(name, "")
                setattr(pmap, name, value)
            if problems:
                raise MapValidationError(problems)
            return f"changed the map's {', '.join(fields).replace('_', ' ')}", None

        self._edit_fields(map_id, who, change, "meta", "")

    def delete_map(self, map_id: int, *, who: str = "") -> None:
        """Delete a map with its change log, reviews, ticks, actions and survey rounds (not
        undoable; ``who`` is accepted like every edit's, but the log it would go in goes
        too)."""
        from mapper.store.survey import delete_rounds  # it builds on this module

        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            held = select(survey_rounds.c.id).where(survey_rounds.c.map_id == map_id)
            delete_rounds(conn, conn.execute(held).scalars().all())
            history.forget(conn, map_id)
            tables = (action_plan.actions, answer_store.answers, share_links, ticks, reviews)
            for table in (*tables, changes, edges, nodes):
                conn.execute(delete(table).where(table.c.map_id == map_id))
            conn.execute(delete(maps).where(maps.c.id == map_id))
        with self._cache_lock:
            self._cache.pop(map_id, None)

    def duplicate_map(self, map_id: int, name: str, *, who: str = "") -> int:
        """Copy a map (with its reviews, ticks, actions and answers, not its history)
        under a new name."""
        new_name = _map_name(name)
        with self._writer.begin() as conn:
            snapshot = _found(rows.read(conn, map_id), map_id)
            pmap = snapshot.to_map()
            pmap.name = new_name
            new_id = self._insert(conn, pmap, who, f"copied from {snapshot.meta['name']}")
            for table in (reviews, ticks, action_plan.actions, answer_store.answers):
                columns = [c for c in table.c if c.name not in ("map_id", "id")]
                copied = select(literal(new_id), *columns).where(table.c.map_id == map_id)
                conn.execute(
                    insert(table).from_select(["map_id", *(c.name for c in columns)], copied)
                )
            return new_id

    # ----- actors and links ----------------------------------------------------------
    def add_node(
        self,
        map_id: int,
        attrs: dict[str, Any],
        *,
        who: str = "",
        place: Callable[[PartnershipMap], tuple[float, float]] | None = None,
    ) -> str:
        """Add an actor; returns its id (a slug of the label unless ``attrs`` has an id).

        ``place`` picks its position from the map as it is inside the edit's transaction,
        so two laptops adding at once never put two actors on the same spot."""

        def change(pmap: PartnershipMap) -> tuple[str, str]:
            spot = dict(zip(("x", "y"), place(pmap), strict=True)) if place else {}
            node_id = pmap.add_node(**{**attrs, **spot})
            return f"added {pmap.label(node_id)}", node_id

        return self._edit(map_id, who, change)

    def update_node(
        self,
        map_id: int,
        node_id: str,
        changes: dict[str, Any],
        *,
        who: str = "",
        based_on: dict[str, Any] | None = None,
    ) -> None:
        """Change some of an actor's attributes; ``None`` or "" removes one.

        ``based_on`` holds, for fields being changed, the values the user's form started
        from; if someone changed one of them since (to another value than this edit's),
        :class:`EditConflict` is raised and nothing is saved."""

        def change(pmap: PartnershipMap) -> tuple[str, None]:
            _need_node(pmap, node_id)
            _refuse_conflicts(pmap.label(node_id), pmap.node(node_id), changes, based_on)
            old = pmap.label(node_id)
            pmap.update_node(node_id, **changes)
            new = pmap.label(node_id)
            return (f"renamed {old} to {new}" if new != old else f"changed {new}"), None

        self._edit_fields(map_id, who, change, "nodes", node_id)

    def delete_node(self, map_id: int, node_id: str, *, who: str = "") -> int:
        """Delete an actor and its links in one step; returns how many links went with it."""

        def change(pmap: PartnershipMap) -> tuple[str, int]:
            _need_node(pmap, node_id)
            label = pmap.label(node_id)
            links = pmap.remove_node(node_id)
            tail = f" and its {links} link{'s' if links != 1 else ''}" if links else ""
            return f"deleted {label}{tail}", links

        return self._edit(map_id, who, change)

    def add_edge(
        self,
        map_id: int,
        source: str,
        target: str,
        kind: str,
        attrs: dict[str, Any] | None = None,
        *,
        who: str = "",
    ) -> str:
        """Add a link; returns its id (``e<n>`` unless ``attrs`` has an id)."""

        def change(pmap: PartnershipMap) -> tuple[str, str]:
            edge_id = pmap.add_edge(source, target, kind, **(attrs or {}))
            return f"added {_describe_edge(pmap, edge_id)}", edge_id

        return self._edit(map_id, who, change)

    def update_edge(
        self,
        map_id: int,
        edge_id: str,
        changes: dict[str, Any],
        *,
        who: str = "",
        based_on: dict[str, Any] | None = None,
    ) -> None:
        """Change some of a link's attributes (its ends and kind included); ``based_on``
        as for :meth:`update_node`."""

        def change(pmap: PartnershipMap) -> tuple[str, None]:
            _need_edge(pmap, edge_id)
            where = f"the {_describe_edge(pmap, edge_id)}"
            _refuse_conflicts(where, pmap.edge(edge_id), changes, based_on, EDGE_FIELDS)
            pmap.update_edge(edge_id, **changes)
            return f"changed {_describe_edge(pmap, edge_id)}", None

        self._edit_fields(map_id, who, change, "edges", edge_id)

    def delete_edge(self, map_id: int, edge_id: str, *, who: str = "") -> None:
        """Delete one link."""

        def change(pmap: PartnershipMap) -> tuple[str, None]:
            _need_edge(pmap, edge_id)
            description = f"deleted {_describe_edge(pmap, edge_id)}"
            pmap.remove_edge(edge_id)
            return description, None

        self._edit(map_id, who, change)

    def move_nodes(
        self, map_id: int, positions: dict[str, tuple[float, float]], *, who: str = ""
    ) -> None:
        """Keep actors' positions after a drag or a layout, as one undo step; positions
        that did not change are not logged."""

        def change(pmap: PartnershipMap) -> tuple[str, None]:
            problems: list[Problem] = []
            moved: list[str] = []
            for node_id, (x, y) in positions.items():
                _need_node(pmap, node_id)
                attrs = pmap.graph.nodes[node_id]
                old = (attrs.get("x"), attrs.get("y"))
                for name, raw in (("x", x), ("y", y)):
                    try:
                        value = NODE_FIELDS[name].coerce(raw)
                        if value is None:
                            raise ValueError(NODE_FIELDS[name].expected)
                        attrs[name] = value
                    except ValueError as error:
                        problems.append(Problem(f"actor '{node_id}'", str(error), name, raw))
                if (attrs.get("x"), attrs.get("y")) != old:
                    moved.append(node_id)
            if problems:
                raise MapValidationError(problems)
            what = pmap.label(moved[0]) if len(moved) == 1 else f"{len(moved)} actors"
            return f"moved {what}", None

        self._edit(map_id, who, change)

    # ----- undo and the change log ---------------------------------------------------
    def undo(self, map_id: int, *, who: str = "") -> Step | None:
        """Undo ``who``'s own last edit still in effect (never someone else's), or return
        ``None`` if they have none. Fields others changed since are left as they are and
        named in the step's ``kept``."""
        return self._step(map_id, who, undoing=True)

    def redo(self, map_id: int, *, who: str = "") -> Step | None:
        """Redo the edit ``who`` undid last, like :meth:`undo`; ``None`` if there is none."""
        return self._step(map_id, who, undoing=False)

    def can_undo(self, map_id: int, who: str = "") -> bool:
        """Whether ``who`` has an edit :meth:`undo` would take back."""
        return self._next_step(map_id, who, undoing=True)

    def can_redo(self, map_id: int, who: str = "") -> bool:
        """Whether ``who`` has an undone edit :meth:`redo` would do again."""
        return self._next_step(map_id, who, undoing=False)

    def history(self, map_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """The change log, newest first: ``at``, ``who`` (the name, "" if none was
        given), ``description``, ``undone`` (true for edits undone and not yet redone) and
        ``editor``, whose edit it is as Undo knows them (a nameless tab's identity)."""
        query = (
            select(changes.c.at, changes.c.who, changes.c.description, changes.c.undone)
            .where(changes.c.map_id == map_id)
            .order_by(changes.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return [
                {
                    "at": _aware(at),
                    "who": named(who),
                    "description": text,
                    "undone": undone,
                    "editor": who,
                }
                for at, who, text, undone in conn.execute(query)
            ]

    def deleted_by(self, map_id: int, node_id: str) -> dict[str, Any] | None:
        """Who deleted actor ``node_id`` and when, from the change log: ``label``,
        ``who`` (the name, "" if none was given) and ``at``; ``None`` if the log does not
        say (it was never on the map, or its deletion is older than the last 200 edits)."""
        query = (
            select(changes.c.at, changes.c.who, changes.c.description, changes.c.undo)
            .where(changes.c.map_id == map_id, changes.c.undo.is_not(None))
            .order_by(changes.c.id.desc())
            .limit(200)
        )
        needle = json.dumps(node_id, ensure_ascii=False)
        with self.engine.connect() as conn:
            for at, who, description, undo in conn.execute(query):
                if not (description.startswith("deleted ") and needle in undo):
                    continue
                if row := json.loads(undo)["nodes"].get(node_id):
                    label = row[1].get("label", node_id)
                    return {"label": label, "who": named(who), "at": _aware(at)}
        return None

    def map_version(self, map_id: int) -> int:
        """A number that grows with every change to the map, for views to poll."""
        with self.engine.connect() as conn:
            return _require(conn, map_id)

    # ----- reviews of findings and checklist ticks -----------------------------------
    def set_review(
        self, map_id: int, finding_key: str, status: str | None, note: str = "", who: str = ""
    ) -> None:
        """Mark a finding "discussed" or "not relevant" with a note; ``None`` clears it."""
        if status is not None and status not in REVIEW_STATUSES:
            raise StoreError(
                f"A finding's review status is one of: {', '.join(REVIEW_STATUSES)} "
                f"(not {status!r})."
            )
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            key = (reviews.c.map_id == map_id, reviews.c.finding_key == finding_key)
            conn.execute(delete(reviews).where(*key))
            if status is not None:
                conn.execute(
                    insert(reviews).values(
                        map_id=map_id,
                        finding_key=finding_key,
                        status=status,
                        note=note or "",
                        who=who,
                        at=_now(),
                    )
                )
            _touch(conn, map_id)

    def reviews(self, map_id: int) -> dict[str, dict[str, Any]]:
        """finding key -> ``{status, note, who, at}``."""
        query = select(reviews).where(reviews.c.map_id == map_id)
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return {
                row.finding_key: {
                    "status": row.status,
                    "note": row.note,
                    "who": row.who,
                    "at": _aware(row.at),
                }
                for row in conn.execute(query)
            }

    def set_tick(self, map_id: int, item_id: str, ticked: bool, who: str = "") -> None:
        """Tick or untick a checklist item (e.g. "P3.action.2"), recording who did."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            conn.execute(delete(ticks).where(ticks.c.map_id == map_id, ticks.c.item_id == item_id))
            if ticked:
                conn.execute(
                    insert(ticks).values(map_id=map_id, item_id=item_id, who=who, at=_now())
                )
            _touch(conn, map_id)

    def ticks(self, map_id: int) -> dict[str, dict[str, Any]]:
        """item id -> ``{who, at}`` for every ticked item."""
        query = select(ticks).where(ticks.c.map_id == map_id)
        with self.engine.connect() as conn:
            _require(conn, map_id)
            found = conn.execute(query)
            return {row.item_id: {"who": row.who, "at": _aware(row.at)} for row in found}

    # ----- the live action plan ------------------------------------------------------
    def add_action(
        self,
        map_id: int,
        title: str,
        *,
        owner: str | None = None,
        due: str | None = None,
        finding_key: str | None = None,
        items: Iterable[str] = (),
        contingency: str = "",
        who: str = "",
    ) -> int:
        """Add an action to the map's plan; returns its id. ``owner`` is an actor's id on
        the map, ``due`` a date YYYY-MM-DD, ``items`` the Compass checklist ids it answers.
        Logged in the change log, but not an edit of the drawing, so never undone."""
        fields = {"title": title, "owner": owner, "due": due, "finding_key": finding_key}
        fields |= {"items": tuple(items), "contingency": contingency}
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            action_id = action_plan.add(conn, map_id, fields, who, _now())
            added = action_plan.get(conn, map_id, action_id)
            _log(conn, map_id, who, action_plan.described("added", added.title))
            history.record_document(
                conn, map_id, "actions", str(action_id), None, added.row(), _now()
            )
            return action_id

    def update_action(self, map_id: int, action_id: int, *, who: str = "", **fields: Any) -> Action:
        """Change some of an action's fields (title, owner, due, status, finding_key,
        items, contingency); returns the action as saved."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            before, after = action_plan.change(conn, map_id, action_id, fields, _now())
            if before.row() != after.row():
                _log(conn, map_id, who, action_plan.changed_words(before, after, fields))
                history.record_document(
                    conn, map_id, "actions", str(action_id), before.row(), after.row(), _now()
                )
            return after

    def delete_action(self, map_id: int, action_id: int, *, who: str = "") -> None:
        """Delete an action from the plan."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            gone = action_plan.remove(conn, map_id, action_id)
            _log(conn, map_id, who, action_plan.described("deleted", gone.title))
            history.record_document(
                conn, map_id, "actions", str(action_id), gone.row(), None, _now()
            )

    def actions(self, map_id: int) -> list[Action]:
        """The map's actions, in the order they were added."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return action_plan.of_map(conn, map_id)

    # ----- the past: snapshots, what changed, reviews at intervals ---------------------
    def snapshot(
        self, map_id: int, name: str, *, who: str = "", kind: str = "named"
    ) -> SnapshotInfo:
        """Name the map as it stands ("Kickoff"); a name is used once per map. Writes
        nothing of the map itself."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            return history.take(conn, map_id, name, kind, who, _now())

    def auto_snapshot(self, map_id: int, wanted: str, *, who: str = "", kind: str) -> SnapshotInfo:
        """A snapshot the app takes on its own (a review done, a brief printed), named
        ``wanted`` or ``wanted (2)``... when that name is taken; none is added when the
        latest snapshot is of this kind and the map has not changed since."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            taken = history.all_of(conn, map_id)
            if (
                taken
                and taken[-1].kind == kind
                and taken[-1].position == history.position(conn, map_id)
            ):
                return taken[-1]
            name = history.free_name(conn, map_id, wanted)
            return history.take(conn, map_id, name, kind, who, _now())

    def snapshots(self, map_id: int) -> list[SnapshotInfo]:
        """The map's snapshots, oldest first."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return history.all_of(conn, map_id)

    def moment(self, map_id: int, ref: str, today: dt.date | None = None) -> Moment:
        """The map as it was at ``ref``: a snapshot's name, a date YYYY-MM-DD (the end of
        that day, UTC) or "now"; read-only, rebuilt from the journal."""
        return self._moments(map_id, [ref], today)[0]

    def compare(
        self, map_id: int, before: str, after: str = "now", today: dt.date | None = None
    ) -> MapDiff:
        """What changed between two moments of the map (see :meth:`moment`)."""
        old, new = self._moments(map_id, [before, after], today)
        return diff_maps(
            old.rows.to_map(),
            new.rows.to_map(),
            before_day=old.day,
            after_day=new.day,
            documents_before=old.documents,
            documents_after=new.documents,
        )

    def _moments(self, map_id: int, refs: list[str], today: dt.date | None) -> list[Moment]:
        today = today or _now().date()
        with self.engine.connect() as conn:
            _require(conn, map_id)
            found = [history.resolve(conn, map_id, ref, today) for ref in refs]
            states = history.states_at(conn, map_id, [at for at, _, _ in found])
        return [
            Moment(label=label, day=day, rows=snapshot, documents=documents)
            for (_, label, day), (snapshot, documents) in zip(found, states, strict=True)
        ]

    def restore_map(self, map_id: int, ref: str, name: str = "", *, who: str = "") -> int:
        """A new map holding the map (and its action plan) as it was at ``ref``; the map
        itself is left as it is."""
        past = self.moment(map_id, ref)
        pmap = past.rows.to_map()
        pmap.name = _map_name(name or f"{pmap.name} (as on {past.label})")
        with self._writer.begin() as conn:
            new_id = self._insert(
                conn, pmap, who, f"restored from {past.rows.meta['name']} as on {past.label}"
            )
            for row in past.documents.get("actions", {}).values():
                fields = dict(row)
                if fields.get("owner") not in pmap.graph:
                    fields["owner"] = None
                action_plan.add(conn, new_id, fields, who, _now())
            return new_id

    def review_interval(self, map_id: int) -> int:
        """Months between the map's reviews (6 unless set)."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return history.months(conn, map_id)

    def set_review_interval(self, map_id: int, months: int, *, who: str = "") -> int:
        """Review the map every ``months`` months (1 to 36)."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            months = history.set_months(conn, map_id, months)
            _log(conn, map_id, who, f"set reviews every {months} month{'s' if months != 1 else ''}")
            return months

    def mark_reviewed(
        self, map_id: int, *, items: Iterable[str] = (), note: str = "", who: str = ""
    ) -> Review:
        """Record a review done today: takes a snapshot ("Review 2026-12-02") and keeps
        who reviewed, the checklist items gone through and against which snapshot."""
        now = _now()
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            earlier = history.all_of(conn, map_id)
            name = history.free_name(conn, map_id, f"Review {now.date().isoformat()}")
            taken = history.take(conn, map_id, name, "review", who, now)
            since = earlier[-1] if earlier else None
            history.add_review(conn, map_id, taken, since, list(items), note, who, now)
            _log(conn, map_id, who, f"marked the review done (snapshot '{name}')")
            return history.reviews_of(conn, map_id)[0]

    def reviews_done(self, map_id: int) -> list[Review]:
        """The map's reviews, the latest first."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return history.reviews_of(conn, map_id)

    def reviews_due(self, today: dt.date | None = None) -> dict[int, ReviewDue]:
        """map id -> when its next review falls, for every map."""
        today = today or _now().date()
        found = {}
        with self.engine.connect() as conn:
            for map_id, (last, months) in history.last_reviewed(conn).items():
                due = _add_months(last.date(), months)
                found[map_id] = ReviewDue(
                    map_id=map_id,
                    due=due,
                    months=months,
                    overdue=due < today,
                    soon=today <= due <= today + dt.timedelta(days=31),
                )
        return found

    def document_notes(self, map_id: int) -> dict[str, str]:
        """The notes kept with the drafted documents, by key ("comms:<actor id>",
        "agreement:<section>")."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return history.notes_of(conn, map_id)

    def set_document_note(self, map_id: int, key: str, text: str, *, who: str = "") -> None:
        """Keep a note of a drafted document (empty removes it); logged when it changes."""
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            if history.set_note(conn, map_id, key, text, who, _now()):
                _log(conn, map_id, who, "changed the notes of the documents")

    # ----- answers to the Compass's checklists --------------------------------------
    def set_answer(
        self, map_id: int, item_id: str, answer: str | None, *, note: str = "", who: str = ""
    ) -> None:
        """Keep the partnership's answer (yes, partly or no; ``None`` clears it) to a
        checklist item, e.g. "R.4", with a note, who gave it and when."""
        note = (note or "").strip()
        answer_store.check_answer(item_id, answer, note)
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            answer_store.write_answer(conn, map_id, item_id, answer, note, who or "", _now())
            _touch(conn, map_id)

    def answers(self, map_id: int) -> dict[str, Answer]:
        """item id -> :class:`~mapper.store.answers.Answer` for every answered item."""
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return answer_store.read_answers(conn, map_id)

    # ----- share links ---------------------------------------------------------------
    def share(self, map_id: int, *, can_edit: bool, who: str = "") -> tuple[ShareLink, str]:
        """A new link to the map; returns it and its token (192 random bits), which is
        shown this once: only its hash is kept."""
        token = secrets.token_urlsafe(24)
        now = _now()
        row = {"map_id": map_id, "can_edit": can_edit, "who": who or "", "created_at": now}
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            added = insert(share_links).values(**row, token_hash=_token_hash(token))
            link_id = conn.execute(added).inserted_primary_key[0]
        return ShareLink(id=link_id, **{**row, "created_at": _aware(now)}, revoked_at=None), token

    def share_links(self, map_id: int) -> list[ShareLink]:
        """The map's links, the newest first, revoked ones included."""
        query = select(share_links).where(share_links.c.map_id == map_id)
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return [
                _share_link(row) for row in conn.execute(query.order_by(share_links.c.id.desc()))
            ]

    def revoke_share_link(self, map_id: int, link_id: int) -> ShareLink:
        """Make a link of the map stop working, at once and for good (every request checks
        its links in the database, so no worker lets it in after this)."""
        which = (share_links.c.id == link_id, share_links.c.map_id == map_id)
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            row = conn.execute(select(share_links).where(*which)).first()
            if row is None:
                raise StoreError(f"Map {map_id} has no share link {link_id}.")
            if row.revoked_at is None:
                conn.execute(update(share_links).where(*which).values(revoked_at=_now()))
                row = conn.execute(select(share_links).where(*which)).one()
            return _share_link(row)

    def open_share_link(self, token: str) -> ShareLink | None:
        """The working link this token opens, or ``None`` (unknown, revoked, map deleted)."""
        query = select(share_links).where(
            share_links.c.token_hash == _token_hash(token), share_links.c.revoked_at.is_(None)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return None if row is None else _share_link(row)

    def share_grants(self, link_ids: Iterable[int]) -> dict[int, bool]:
        """map id -> whether it may be edited, from those of ``link_ids`` still working."""
        query = select(share_links.c.map_id, share_links.c.can_edit).where(
            share_links.c.id.in_(list(link_ids)), share_links.c.revoked_at.is_(None)
        )
        grants: dict[int, bool] = {}
        with self.engine.connect() as conn:
            for map_id, can_edit in conn.execute(query):
                grants[map_id] = grants.get(map_id, False) or can_edit
        return grants

    def session_secret(self) -> str:
        """The key this instance signs its session cookies with, made with the tables and
        the same for every worker that opens the database."""
        query = select(settings.c.value).where(settings.c.name == SECRET_SETTING)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    # ----- machinery -----------------------------------------------------------------
    def _lock(self, conn: Connection, map_id: int) -> tuple[int, dt.datetime]:
        """Lock the map row so edits of one map queue up (``SELECT ... FOR UPDATE`` on
        PostgreSQL; an SQLite writer holds the whole database); returns its version stamp."""
        query = select(maps.c.version, maps.c.created_at).where(maps.c.id == map_id)
        row = conn.execute(query.with_for_update()).first()
        if row is None:
            raise _not_found(map_id)
        return row.version, row.created_at

    def _edit(self, map_id: int, who: str, change: Callable[[PartnershipMap], tuple[str, T]]) -> T:
        """Apply ``change`` to the map in one transaction; it returns (description, result).

        The map this store edited last is reused when the database still has the version it
        left (several workers may share the database), sparing a reload per edit.
        """
        with self._writer.begin() as conn:
            stamp = self._lock(conn, map_id)
            with self._cache_lock:
                cached = self._cache.pop(map_id, None)
            if cached is not None and cached[0] == stamp:
                _, pmap, before = cached
            else:
                before = _found(rows.read(conn, map_id), map_id)
                pmap = before.to_map()
            description, result = change(pmap)
            after = rows.snapshot_of(pmap, before)
            self._record(conn, map_id, who, description, before, after)
            stamp = self._lock(conn, map_id)
        with self._cache_lock:
            self._cache[map_id] = (stamp, pmap, after)
            while len(self._cache) > _CACHED_MAPS:
                del self._cache[next(iter(self._cache))]
        return result

    def _edit_fields(
        self,
        map_id: int,
        who: str,
        change: Callable[[PartnershipMap], tuple[str, None]],
        part: str,
        key: str,
    ) -> None:
        """:meth:`_edit`, naming in a refused edit's conflicts who made each change."""
        try:
            self._edit(map_id, who, change)
        except EditConflict as refused:
            with self.engine.connect() as conn:
                named = [
                    Conflict(**{**vars(c), "who": _changed_by(conn, map_id, part, key, c.field)})
                    for c in refused.conflicts
                ]
            raise EditConflict(refused.where, named) from None

    def _record(
        self,
        conn: Connection,
        map_id: int,
        who: str,
        description: str,
        before: rows.Snapshot,
        after: rows.Snapshot,
    ) -> None:
        found = rows.diff(before, after)
        if found is None:
            return
        undo, redo = found
        rows.write(conn, map_id, redo, undo)
        history.record(conn, map_id, undo, redo, _now())
        # A new edit ends its author's redo: their undone edits go (not other people's).
        mine = (changes.c.map_id == map_id, changes.c.who == (who or ""), changes.c.undone)
        conn.execute(delete(changes).where(*mine))
        _log(conn, map_id, who, description, undo, redo)

    def _insert(self, conn: Connection, pmap: PartnershipMap, who: str, description: str) -> int:
        now = _now()
        snapshot = rows.snapshot_of(pmap)
        meta = dict(snapshot.meta, skills_needed=rows.dumps(snapshot.meta["skills_needed"]))
        row = insert(maps).values(**meta, created_at=now, updated_at=now, version=0)
        map_id = conn.execute(row).inserted_primary_key[0]
        target = {"nodes": snapshot.nodes, "edges": snapshot.edges}
        rows.write(conn, map_id, target, {part: dict.fromkeys(target[part]) for part in target})
        history.record_created(conn, map_id, snapshot, now)
        _log(conn, map_id, who, description)
        return map_id

    def _step(self, map_id: int, who: str, undoing: bool) -> Step | None:
        with self._writer.begin() as conn:
            self._lock(conn, map_id)
            entry = conn.execute(_next_step_query(map_id, who, undoing)).first()
            if entry is None:
                return None
            before, after = json.loads(entry.undo), json.loads(entry.redo)
            done, goal = (after, before) if undoing else (before, after)
            current = _found(rows.read(conn, map_id), map_id)
            target, present, clashes = rows.revert(current, done, goal)
            changed = bool(target["nodes"] or target["edges"] or "meta" in target)
            conn.execute(update(changes).where(changes.c.id == entry.id).values(undone=undoing))
            kept = tuple(
                dict.fromkeys(_kept(conn, map_id, entry, current, (done, goal), c) for c in clashes)
            )
            if changed:
                rows.write(conn, map_id, target, present)
                was = {"meta": current.meta} if "meta" in target else {}
                history.record(conn, map_id, present | was, target, _now())
                _log(conn, map_id, who, f"{'undid' if undoing else 'redid'}: {entry.description}")
            else:
                _touch(conn, map_id)  # the undo buttons change
            return Step(description=entry.description, kept=kept, changed=changed)

    def _next_step(self, map_id: int, who: str, undoing: bool) -> bool:
        with self.engine.connect() as conn:
            _require(conn, map_id)
            return conn.execute(_next_step_query(map_id, who, undoing)).first() is not None


def _refuse_conflicts(
    where: str,
    current: dict[str, Any],
    changes: dict[str, Any],
    based_on: dict[str, Any] | None,
    specs: dict[str, Field] = NODE_FIELDS,
) -> None:
    """Raise :class:`EditConflict` if a field of ``changes`` no longer holds the value its
    form started from (``based_on``) and holds another value than the one asked for."""
    found = []
    for name, raw in changes.items():
        if based_on is None or name not in based_on:
            continue
        try:
            yours = specs[name].coerce(raw) if name in specs else raw
        except ValueError:
            continue  # the model says what is wrong with it
        theirs, base = current.get(name), based_on[name]
        if theirs != base and theirs != yours:
            found.append(Conflict(field=name, base=base, theirs=theirs, yours=yours))
    if found:
        raise EditConflict(where, found)


def _changed_by(
    conn: Connection, map_id: int, part: str, key: str, field: str | None, since: int = 0
) -> str:
    """Who last changed a field (or a whole row when ``field`` is None) after log entry
    ``since``; "" when the log does not say."""
    query = (
        select(changes.c.who, changes.c.undo, changes.c.redo)
        .where(changes.c.map_id == map_id, changes.c.id > since, changes.c.undo.is_not(None))
        .where(~changes.c.undone)
        .order_by(changes.c.id.desc())
        .limit(200)
    )
    needle = json.dumps(key, ensure_ascii=False)
    for editor, undo, redo in conn.execute(query):
        who = named(editor)
        if part != "meta" and needle not in redo:
            continue
        before, after = json.loads(undo), json.loads(redo)
        if field == rows.LINKED:
            if any(
                before["edges"].get(edge) is None and key in (row[1], row[2])
                for edge, row in after["edges"].items()
                if row is not None
            ):
                return who or "Someone"
            continue
        if part == "meta":
            if "meta" in after and before["meta"].get(field) != after["meta"].get(field):
                return who or "Someone"
            continue
        if key not in after[part]:
            continue
        old, new = before[part][key], after[part][key]
        if field is None or old is None or new is None:
            return who or "Someone"
        if rows.fields_of(old).get(field) != rows.fields_of(new).get(field):
            return who or "Someone"
    return ""


def _deleted_row(conn: Connection, map_id: int, node_id: str) -> list[Any] | None:
    """The last row an actor no longer on the map had, from the change log."""
    query = (
        select(changes.c.undo)
        .where(changes.c.map_id == map_id, changes.c.undo.is_not(None))
        .order_by(changes.c.id.desc())
        .limit(200)
    )
    needle = json.dumps(node_id, ensure_ascii=False)
    for (undo,) in conn.execute(query):
        if needle in undo and (row := json.loads(undo)["nodes"].get(node_id)):
            return row
    return None


def _kept(
    conn: Connection,
    map_id: int,
    entry: Any,
    current: rows.Snapshot,
    logged: tuple[dict[str, Any], ...],
    clash: rows.Clash,
) -> str:
    """The sentence saying why part of an undo or redo was left as it is; ``logged`` are
    the edit's two sets of rows, where names no longer on the map are found."""
    who = _changed_by(conn, map_id, clash.part, clash.key, clash.field, entry.id) or "Someone"

    def label(node_id: str) -> str:
        found = [current.nodes.get(node_id)] + [rows_["nodes"].get(node_id) for rows_ in logged]
        row = next((row for row in found if row), None) or _deleted_row(conn, map_id, node_id)
        return row[1].get("label", node_id) if row else node_id

    field = (clash.field or "").replace("_", " ")
    if clash.part == "meta":
        return f"{who} changed the map's {field} since, so it stays as it is."
    if clash.part == "nodes":
        name = label(clash.key)
        if clash.field == rows.LINKED:
            return f"{who} linked to {name} since, so it stays."
        if clash.key not in current.nodes:
            return f"{who} deleted {name} since, so it stays deleted."
    else:
        found = [current.edges.get(clash.key)] + [rows_["edges"].get(clash.key) for rows_ in logged]
        row = next((row for row in found if row), None)
        name = f"the link {label(row[1])} → {label(row[2])}" if row else "a link"
        if clash.key not in current.edges:
            return f"{who} deleted {name} since, so it stays deleted."
    thing = f"{name}'s {field}" if field else name
    return f"{who} changed {thing} since, so it stays as it is."


def _next_step_query(map_id: int, who: str, undoing: bool) -> Any:
    """The edit of ``who`` that undo (their newest in effect) or redo (their oldest undone)
    would take."""
    query = select(changes.c.id, changes.c.description, changes.c.undo, changes.c.redo).where(
        changes.c.map_id == map_id, changes.c.undo.is_not(None), changes.c.who == (who or "")
    )
    if undoing:
        return query.where(~changes.c.undone).order_by(changes.c.id.desc()).limit(1)
    return query.where(changes.c.undone).order_by(changes.c.id).limit(1)


def _log(
    conn: Connection,
    map_id: int,
    who: str,
    description: str,
    undo: dict[str, Any] | None = None,
    redo: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        insert(changes).values(
            map_id=map_id,
            at=_now(),
            who=who or "",
            description=description,
            undo=None if undo is None else rows.dumps(undo),
            redo=None if redo is None else rows.dumps(redo),
            undone=False,
        )
    )
    _touch(conn, map_id)


def _touch(conn: Connection, map_id: int) -> None:
    conn.execute(
        update(maps)
        .where(maps.c.id == map_id)
        .values(version=maps.c.version + 1, updated_at=_now())
    )


def _require(conn: Connection, map_id: int) -> int:
    """The map's version; raises :class:`MapNotFound` if there is no such map."""
    version = conn.execute(select(maps.c.version).where(maps.c.id == map_id)).scalar()
    if version is None:
        raise _not_found(map_id)
    return version


def _found(snapshot: rows.Snapshot | None, map_id: int) -> rows.Snapshot:
    if snapshot is None:
        raise _not_found(map_id)
    return snapshot


def _not_found(map_id: int) -> MapNotFound:
    return MapNotFound(f"There is no map with id {map_id}; it may have been deleted.")


def _need_node(pmap: PartnershipMap, node_id: str) -> None:
    if node_id not in pmap.graph:
        raise ActorGone(
            f"There is no actor '{node_id}' on the map '{pmap.name}'; someone may have "
            "deleted it. Reload the map to see its current state.",
            node_id,
        )


def _need_edge(pmap: PartnershipMap, edge_id: str) -> None:
    try:
        pmap.edge(edge_id)
    except KeyError:
        raise StoreError(
            f"There is no link '{edge_id}' on the map '{pmap.name}'; someone may have "
            "deleted it. Reload the map to see its current state."
        ) from None


def _describe_edge(pmap: PartnershipMap, edge_id: str) -> str:
    edge = pmap.edge(edge_id)
    word = _LINK_WORDS.get(edge["kind"], "link")
    return f"{word} {pmap.label(edge['source'])} → {pmap.label(edge['target'])}"


def _map_name(raw: Any) -> str:
    name = MAP_FIELDS["name"].coerce(raw)
    if name is None:
        raise MapValidationError([Problem("map details", "a name (it is empty)", "name")])
    return name


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def named(who: str) -> str:
    """The name in an edit's ``who`` as people read it: "" for someone who gave none.

    >>> named("Sam"), named("~3f9a1c")
    ('Sam', '')
    """
    return "" if who.startswith(NAMELESS) else who


def _now() -> dt.datetime:
    """Naive UTC, the same on SQLite and PostgreSQL; :func:`_aware` adds the zone back."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC)


def _share_link(row: Any) -> ShareLink:
    revoked = row.revoked_at
    return ShareLink(
        id=row.id,
        map_id=row.map_id,
        can_edit=row.can_edit,
        who=row.who,
        created_at=_aware(row.created_at),
        revoked_at=None if revoked is None else _aware(revoked),
    )


def _token_hash(token: str) -> str:
    """What is kept of a share token: a plain SHA-256 suffices for 192 random bits."""
    return hashlib.sha256(token.encode()).hexdigest()


def _engine(url: str, connections: int) -> Engine:
    """The engine, its pool holding a connection per thread that serves requests (and as
    many again for bursts), so no request waits for another's connection."""
    pool = {"pool_size": connections, "max_overflow": connections}
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **pool)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    else:  # an in-memory database has one connection per thread, no pool to size
        pool = {}
    engine = create_engine(url, connect_args={"timeout": 30}, **pool)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 would issue its own deferred BEGIN too late to lock; we issue it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")  # readers do not wait for a writer
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))
