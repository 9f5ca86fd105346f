"""A map as database rows, and an edit as the rows it changed.

An edit is kept as two sets holding only the rows it touched: the rows before (``None``
for a row the edit added) and the rows after (``None`` for a row it removed). Writing the
"after" set applies the edit, the "before" set undoes it; both are stored in the change
log, which is how undo survives a restart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from sqlalchemy import Connection, bindparam, delete, insert, select, update

from mapper.graph.model import PartnershipMap
from mapper.store.schema import edges, maps, nodes

__all__ = [
    "Clash",
    "Snapshot",
    "diff",
    "dumps",
    "fields_of",
    "read",
    "revert",
    "snapshot_of",
    "write",
]

META_FIELDS = ("name", "purpose", "date", "notes", "skills_needed")


def dumps(value: Any) -> str:
    """JSON text; numbers from spreadsheets (numpy scalars) become plain numbers."""
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else str(value)


@dataclass
class Snapshot:
    """The rows of one map: ``nodes`` maps id -> [ord, attrs], ``edges`` id -> [ord,
    source, target, attrs]; ``ord`` is the drawing order, kept so a map loads as drawn."""

    meta: dict[str, Any]
    nodes: dict[str, list[Any]]
    edges: dict[str, list[Any]]

    def to_map(self) -> PartnershipMap:
        """The map these rows hold; no validation, every row was validated on its way in.

        The map shares nothing mutable with the rows (lists are copied), so it can be
        edited while the rows stay the record of what the database holds."""
        graph = nx.MultiDiGraph()
        for node_id, (_, attrs) in self.nodes.items():
            graph.add_node(node_id, **_copied(attrs))
        for edge_id, (_, source, target, attrs) in self.edges.items():
            graph.add_edge(source, target, key=edge_id, **_copied(attrs))
        meta = self.meta
        return PartnershipMap(
            name=meta["name"],
            purpose=meta["purpose"],
            date=meta["date"],
            notes=meta["notes"],
            skills_needed=list(meta["skills_needed"]),
            graph=graph,
        )


def _copied(attrs: dict[str, Any]) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, list) else value for key, value in attrs.items()}


def read(conn: Connection, map_id: int) -> Snapshot | None:
    """The rows of a map, or ``None`` if there is no such map."""
    query = select(*(maps.c[name] for name in META_FIELDS)).where(maps.c.id == map_id)
    row = conn.execute(query).mappings().first()
    if row is None:
        return None
    meta = dict(row)
    meta["skills_needed"] = json.loads(meta["skills_needed"])
    node_rows = conn.execute(
        select(nodes.c.node_id, nodes.c.ord, nodes.c.attrs)
        .where(nodes.c.map_id == map_id)
        .order_by(nodes.c.ord)
    ).all()
    edge_rows = conn.execute(
        select(edges.c.edge_id, edges.c.ord, edges.c.source, edges.c.target, edges.c.attrs)
        .where(edges.c.map_id == map_id)
        .order_by(edges.c.ord)
    ).all()
    node_attrs = _loads_many(row[2] for row in node_rows)
    edge_attrs = _loads_many(row[4] for row in edge_rows)
    return Snapshot(
        meta=meta,
        nodes={key: [o, attrs] for (key, o, _), attrs in zip(node_rows, node_attrs, strict=True)},
        edges={
            key: [o, source, target, attrs]
            for (key, o, source, target, _), attrs in zip(edge_rows, edge_attrs, strict=True)
        },
    )


def _loads_many(texts: Iterable[str]) -> list[Any]:
    """Decode many JSON texts in one call: one parse of a 1,000-row array is several times
    faster than 1,000 parses, and loading is most of an edit's time."""
    return json.loads("[" + ",".join(texts) + "]")


def snapshot_of(pmap: PartnershipMap, like: Snapshot | None = None) -> Snapshot:
    """The rows for ``pmap``. Rows already in ``like`` keep their place, new ones go after
    them, so an edit rewrites only what it touched; without ``like`` the order is the map's.

    Attributes are copied: the model changes a node's dict in place, and the rows must
    still show the state they were taken from.
    """
    meta = {
        "name": pmap.name,
        "purpose": pmap.purpose,
        "date": pmap.date,
        "notes": pmap.notes,
        "skills_needed": list(pmap.skills_needed),
    }
    node_items = list(pmap.graph.nodes(data=True))
    edge_items = list(pmap.graph.edges(keys=True, data=True))
    node_ord = _orders((node_id for node_id, _ in node_items), like.nodes if like else {})
    edge_ord = _orders((key for _, _, key, _ in edge_items), like.edges if like else {})
    return Snapshot(
        meta=meta,
        nodes={node_id: [node_ord[node_id], dict(attrs)] for node_id, attrs in node_items},
        edges={key: [edge_ord[key], s, t, dict(attrs)] for s, t, key, attrs in edge_items},
    )


def _orders(ids: Any, known: dict[str, list[Any]]) -> dict[str, int]:
    following = max((row[0] for row in known.values()), default=-1) + 1
    result: dict[str, int] = {}
    for item in ids:
        if item in known:
            result[item] = known[item][0]
        else:
            result[item], following = following, following + 1
    return result


def diff(before: Snapshot, after: Snapshot) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The rows that differ, as (undo, redo) change sets; ``None`` when nothing changed."""
    undo: dict[str, Any] = {"nodes": {}, "edges": {}}
    redo: dict[str, Any] = {"nodes": {}, "edges": {}}
    for part in ("nodes", "edges"):
        old, new = getattr(before, part), getattr(after, part)
        for key in old.keys() | new.keys():
            if old.get(key) != new.get(key):
                undo[part][key] = old.get(key)
                redo[part][key] = new.get(key)
    if before.meta != after.meta:
        undo["meta"], redo["meta"] = before.meta, after.meta
    if not (undo["nodes"] or undo["edges"] or "meta" in undo):
        return None
    return undo, redo


LINKED = "links"  # a clash's field when an actor stays because something links to it


@dataclass(frozen=True)
class Clash:
    """A part of an edit that could not be taken back (or done again) because the row has
    changed since: ``field`` names the attribute, or is ``None`` for the whole row (added,
    deleted) or is :data:`LINKED` (an actor something links to since)."""

    part: str  # "nodes", "edges" or "meta"
    key: str
    field: str | None


def revert(
    current: Snapshot, done: dict[str, Any], goal: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], list[Clash]]:
    """Take one logged edit from its ``done`` rows to its ``goal`` rows (undo: after to
    before; redo: before to after) in the map as it is now, field by field.

    A field someone changed since keeps their value and is reported as a :class:`Clash`,
    so undoing one person's edit never takes back another's. Returns ``(target, present,
    clashes)``: the rows to write and what those rows are now, as :func:`write` takes them.
    """
    target: dict[str, Any] = {"nodes": {}, "edges": {}}
    present: dict[str, Any] = {"nodes": {}, "edges": {}}
    clashes: list[Clash] = []
    for part in ("nodes", "edges"):
        rows_now = getattr(current, part)
        for key, want in goal[part].items():
            had, now = done[part].get(key), rows_now.get(key)
            if now == had:
                new = want
            elif had is None or now is None or want is None:
                clashes.append(Clash(part, key, None))  # added, or deleted, since
                continue
            else:
                new, fields = _merged(now, had, want)
                clashes += [Clash(part, key, name) for name in fields]
            if new != now:
                target[part][key], present[part][key] = new, now
    # A link comes back only between actors that are there; an actor goes only when
    # nothing links to it any more (someone may have linked to it since).
    for key, row in list(target["edges"].items()):
        gone = [] if row is None else _gone_ends(row, current, target)
        if gone:
            clashes += [Clash("nodes", end, None) for end in gone]
            del target["edges"][key], present["edges"][key]
    for key, row in list(target["nodes"].items()):
        if row is None and _still_linked(key, current, target):
            clashes.append(Clash("nodes", key, LINKED))
            del target["nodes"][key], present["nodes"][key]
    if "meta" in goal:
        meta, fields = _merged_fields(current.meta, done["meta"], goal["meta"])
        clashes += [Clash("meta", "", name) for name in fields]
        if meta != current.meta:
            target["meta"] = meta
    return target, present, clashes


def fields_of(row: list[Any]) -> dict[str, Any]:
    """A node row ``[ord, attrs]`` or an edge row ``[ord, source, target, attrs]`` as one
    dict of fields (an edge's ends are fields too)."""
    if len(row) == 2:
        return dict(row[1])
    return {**row[3], "source": row[1], "target": row[2]}


def _merged(now: list[Any], had: list[Any], want: list[Any]) -> tuple[list[Any], list[str]]:
    fields, clashes = _merged_fields(fields_of(now), fields_of(had), fields_of(want))
    if len(now) == 2:
        return [now[0], fields], clashes
    source, target = fields.pop("source"), fields.pop("target")
    return [now[0], source, target, fields], clashes


def _merged_fields(
    now: dict[str, Any], had: dict[str, Any], want: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """``now`` with each field the edit changed (``had`` -> ``want``) set to ``want``,
    unless it no longer holds ``had``: then it stays, and its name is returned."""
    merged, clashes = dict(now), []
    for name in sorted(had.keys() | want.keys()):
        if had.get(name) == want.get(name):
            continue
        if now.get(name) != had.get(name):
            if now.get(name) != want.get(name):
                clashes.append(name)
            continue
        if name not in want:
            merged.pop(name, None)
        else:
            merged[name] = want[name]
    return merged, clashes


def _gone_ends(row: list[Any], current: Snapshot, target: dict[str, Any]) -> list[str]:
    """The ends of a link row that are not (or will not be) on the map."""

    def exists(node_id: str) -> bool:
        if node_id in target["nodes"]:
            return target["nodes"][node_id] is not None
        return node_id in current.nodes

    return [end for end in (row[1], row[2]) if not exists(end)]


def _still_linked(node_id: str, current: Snapshot, target: dict[str, Any]) -> bool:
    """Whether a link or a person's "works for" would still point at ``node_id``."""
    for key, row in current.edges.items():
        row = target["edges"].get(key, row)
        if row is not None and node_id in (row[1], row[2]):
            return True
    for key, row in current.nodes.items():
        row = target["nodes"].get(key, row)
        if key != node_id and row is not None and row[1].get("organisation") == node_id:
            return True
    return False


def write(conn: Connection, map_id: int, target: dict[str, Any], current: dict[str, Any]) -> None:
    """Turn the rows named in ``current`` into those of ``target`` (two sides of one diff).

    Links go first and come back last, so no link ever points at a missing actor.
    """
    node_rows, edge_rows = target["nodes"], target["edges"]
    gone_edges = [{"m": map_id, "k": key} for key in edge_rows if current["edges"][key]]
    _many(
        conn,
        delete(edges).where(edges.c.map_id == bindparam("m"), edges.c.edge_id == bindparam("k")),
        gone_edges,
    )
    gone_nodes = [{"m": map_id, "k": key} for key, row in node_rows.items() if row is None]
    _many(
        conn,
        delete(nodes).where(nodes.c.map_id == bindparam("m"), nodes.c.node_id == bindparam("k")),
        gone_nodes,
    )
    changed, added = [], []
    for key, row in node_rows.items():
        if row is not None:
            values = {"map_id": map_id, "node_id": key, "ord": row[0], "attrs": dumps(row[1])}
            (changed if current["nodes"][key] else added).append(values)
    _many(
        conn,
        update(nodes)
        .where(nodes.c.map_id == bindparam("b_map"), nodes.c.node_id == bindparam("b_node"))
        .values(ord=bindparam("b_ord"), attrs=bindparam("b_attrs")),
        [
            {"b_map": map_id, "b_node": v["node_id"], "b_ord": v["ord"], "b_attrs": v["attrs"]}
            for v in changed
        ],
    )
    _many(conn, insert(nodes), added)
    added_edges = [
        {
            "map_id": map_id,
            "edge_id": key,
            "ord": row[0],
            "source": row[1],
            "target": row[2],
            "attrs": dumps(row[3]),
        }
        for key, row in edge_rows.items()
        if row is not None
    ]
    _many(conn, insert(edges), added_edges)
    if "meta" in target:
        meta = dict(target["meta"])
        meta["skills_needed"] = dumps(meta["skills_needed"])
        conn.execute(update(maps).where(maps.c.id == map_id).values(**meta))


def _many(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(statement, rows)
