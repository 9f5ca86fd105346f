"""What changed between two moments of a map: the rows, the findings and a few numbers.

The Compass asks partnerships to look back at intervals (P1 action 4, P3 action 5, P5
actions 4-5, P6 action 5); a review starts from what changed since the last one. This
module compares two :class:`PartnershipMap` objects (and, beside them, the documents kept
with the map as plain rows) and knows nothing of where they came from: the store rebuilds
the past, and io/ turns the result into words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from mapper.graph.accountability import funding_shares
from mapper.graph.analyse import findings
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import Finding, MapView, resolve_params

__all__ = [
    "MOVES",
    "VOICE_RULES",
    "Change",
    "MapDiff",
    "Number",
    "RowChanges",
    "compare_rows",
    "diff_maps",
    "key_numbers",
    "match_import",
]

MOVES = ("x", "y")  # where an actor sits on the canvas: not a change a review looks at
# Rules whose findings name actors who have no say: groups without dialogue, bodies left
# out of decisions, knowledge without a vote.
VOICE_RULES = (
    "service-users-without-dialogue",
    "excluded-from-decisions",
    "knowledge-without-voice",
)


@dataclass(frozen=True)
class Change:
    """One field of a row that changed: its name, and its value before and after (``None``
    where it was not set)."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True, kw_only=True)
class RowChanges:
    """Rows (actors, links, actions...) by id: which were added, removed, and which changed
    in which fields."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: dict[str, tuple[Change, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        """How many rows were added, removed or changed."""
        return len(self.added) + len(self.removed) + len(self.changed)


@dataclass(frozen=True, kw_only=True)
class Number:
    """One of the few numbers a review watches, at both moments (``None``: not known)."""

    name: str
    label: str
    before: float | None
    after: float | None
    share: bool = False  # a fraction, shown as a percentage

    @property
    def moved(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, kw_only=True)
class MapDiff:
    """Everything that changed from ``before`` to ``after``."""

    before: PartnershipMap = field(repr=False)
    after: PartnershipMap = field(repr=False)
    before_day: dt.date
    after_day: dt.date
    actors: RowChanges
    links: RowChanges
    map_fields: tuple[Change, ...]
    appeared: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    numbers: tuple[Number, ...]
    documents: dict[str, RowChanges]  # "actions", "notes"
    document_rows: tuple[Mapping[str, Mapping[str, Any]], Mapping[str, Mapping[str, Any]]] = field(
        default=({}, {}), repr=False
    )

    @property
    def empty(self) -> bool:
        """True when nothing a review looks at changed."""
        return not (
            self.actors
            or self.links
            or self.map_fields
            or self.appeared
            or self.resolved
            or any(self.documents.values())
        )

    def actor_label(self, node_id: str) -> str:
        """An actor's name, from whichever moment has it (the later one first)."""
        for pmap in (self.after, self.before):
            if node_id in pmap.graph:
                return pmap.label(node_id)
        return node_id

    def link_label(self, edge_id: str) -> str:
        """ "Riverside Trust → City Council (communicates)", from whichever moment has it."""
        for pmap in (self.after, self.before):
            try:
                edge = pmap.edge(edge_id)
            except KeyError:
                continue
            ends = f"{self.actor_label(edge['source'])} → {self.actor_label(edge['target'])}"
            return f"{ends} ({edge['kind'].replace('_', ' ')})"
        return edge_id

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: ``actors`` and ``links`` (each ``added``, ``removed``, ``changed``),
        ``findings`` (``appeared``, ``resolved``), ``numbers``, ``map`` and ``documents``."""
        return {
            "from": self.before_day.isoformat(),
            "to": self.after_day.isoformat(),
            "map": [_change_dict(c) for c in self.map_fields],
            "actors": _rows_dict(self.actors, self.actor_label),
            "links": _rows_dict(self.links, self.link_label),
            "findings": {
                "appeared": [_finding_dict(f) for f in self.appeared],
                "resolved": [_finding_dict(f) for f in self.resolved],
            },
            "numbers": {
                n.name: {"label": n.label, "from": n.before, "to": n.after} for n in self.numbers
            },
            "documents": {
                name: _rows_dict(rows, self.document_label(name))
                for name, rows in self.documents.items()
            },
        }

    def document_label(self, name: str) -> Any:
        def label(key: str) -> str:
            for rows in reversed(self.document_rows):
                row = rows.get(name, {}).get(key)
                if row:
                    return str(row.get("title") or row.get("label") or key)
            return key

        return label


def compare_rows(
    before: Mapping[str, Mapping[str, Any]],
    after: Mapping[str, Mapping[str, Any]],
    ignore: tuple[str, ...] = (),
) -> RowChanges:
    """Rows by id compared field by field; fields in ``ignore`` do not count.

    >>> compare_rows({"a": {"x": 1}, "b": {}}, {"a": {"x": 2}, "c": {}})
    RowChanges(added=('c',), removed=('b',), changed={'a': (Change(field='x', before=1, after=2),)})
    """
    changed: dict[str, tuple[Change, ...]] = {}
    for key in before.keys() & after.keys():
        old, new = before[key], after[key]
        fields = sorted((old.keys() | new.keys()) - set(ignore))
        found = tuple(Change(f, old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f))
        if found:
            changed[key] = found
    return RowChanges(
        added=tuple(key for key in after if key not in before),
        removed=tuple(key for key in before if key not in after),
        changed={key: changed[key] for key in after if key in changed},
    )


def diff_maps(
    before: PartnershipMap,
    after: PartnershipMap,
    *,
    before_day: dt.date,
    after_day: dt.date,
    documents_before: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
    documents_after: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
) -> MapDiff:
    """What changed from ``before`` (as it stood on ``before_day``) to ``after``.

    Each map is analysed as of its own day, so a link that went quiet in between shows as
    a finding that appeared. ``documents_*`` are the documents kept with the map, by name
    ("actions", "notes"), each rows by id.
    """
    settings = resolve_params(None)
    old_view, new_view = MapView(before), MapView(after)
    old = _real(findings(old_view, settings, before_day))
    new = _real(findings(new_view, settings, after_day))
    old_keys, new_keys = {f.key for f in old}, {f.key for f in new}
    docs_before, docs_after = documents_before or {}, documents_after or {}
    meta_before, meta_after = before.meta, after.meta
    was, now = key_numbers(old_view, old), key_numbers(new_view, new)
    return MapDiff(
        before=before,
        after=after,
        before_day=before_day,
        after_day=after_day,
        actors=compare_rows(_nodes(before), _nodes(after), MOVES),
        links=compare_rows(_edges(before), _edges(after)),
        map_fields=tuple(
            Change(name, meta_before.get(name), meta_after.get(name))
            for name in meta_before.keys() | meta_after.keys()
            if meta_before.get(name) != meta_after.get(name)
        ),
        appeared=tuple(f for f in new if f.key not in old_keys),
        resolved=tuple(f for f in old if f.key not in new_keys),
        numbers=tuple(
            Number(name=name, label=label, before=was[name], after=now[name], share=share)
            for name, (label, share) in _NUMBERS.items()
        ),
        documents={
            name: compare_rows(docs_before.get(name, {}), docs_after.get(name, {}))
            for name in sorted(docs_before.keys() | docs_after.keys())
        },
        document_rows=(docs_before, docs_after),
    )


_NUMBERS = {
    "lead_reach": ("Parties the lead partner reaches", True),
    "no_voice": ("Actors with no voice", False),
    "quiet_links": ("Links gone quiet", False),
    "largest_funder": ("Share of funding from the largest funder", True),
}


def key_numbers(view: MapView, found: list[Finding]) -> dict[str, float | None]:
    """The few numbers a review watches, from a map and its findings: the share of
    parties the lead partner reaches (by communication, as the analysis's metrics count
    it), how many actors have no voice, how many links have gone quiet, and the share of
    the funding the largest funder gives."""
    reached: set[str] = set()
    for lead in view.leads:
        reached |= nx.node_connected_component(view.party_comm, lead)
    parties = len(view.parties)
    share = len(reached & set(view.parties)) / parties if view.leads and parties else None
    shares = funding_shares(view)
    return {
        "lead_reach": None if share is None else round(share, 2),
        "no_voice": len({n for f in found if f.rule in VOICE_RULES for n in f.nodes}),
        "quiet_links": sum(1 for f in found if f.rule == "stale-link"),
        "largest_funder": round(max(shares.values()), 2) if shares else None,
    }


def match_import(current: PartnershipMap, incoming: PartnershipMap) -> PartnershipMap:
    """``incoming`` (an updated spreadsheet) with its actors and links given the ids they
    have on ``current``, so putting it in place of ``current`` reads as changes, not as
    everything removed and added again.

    An actor keeps its id if ``current`` has it, else takes the id of the actor of
    ``current`` with the same name (letter case and spaces aside) that nothing else has
    taken; it keeps its place on the canvas when the import gives none. A link takes the
    id of a link of ``current`` with the same ends and kind, in order, and otherwise an id
    ``current`` does not use, so a new link is never taken for an old one.
    """
    by_name: dict[str, list[str]] = {}
    for node_id, attrs in current.graph.nodes(data=True):
        by_name.setdefault(_name(attrs.get("label", node_id)), []).append(node_id)
    taken = set(incoming.graph) & set(current.graph)
    ids: dict[str, str] = {}
    for node_id, attrs in incoming.graph.nodes(data=True):
        if node_id in current.graph:
            ids[node_id] = node_id
            continue
        free = [c for c in by_name.get(_name(attrs.get("label", node_id)), []) if c not in taken]
        ids[node_id] = free[0] if free else node_id
        taken.add(ids[node_id])
    result = PartnershipMap(**{k: getattr(incoming, k) for k in _MAP_ATTRS})
    for node_id, attrs in incoming.graph.nodes(data=True):
        new_id = ids[node_id]
        row = dict(attrs)
        if "organisation" in row:
            row["organisation"] = ids.get(row["organisation"], row["organisation"])
        if "x" not in row and new_id in current.graph:
            place = current.graph.nodes[new_id]
            row.update({k: place[k] for k in MOVES if k in place})
        result.graph.add_node(new_id, **row)
    old_links: dict[tuple[str, str, str], list[str]] = {}
    for source, target, key, attrs in current.graph.edges(keys=True, data=True):
        old_links.setdefault((source, target, attrs["kind"]), []).append(key)
    used = {key for _, _, key in current.graph.edges(keys=True)}
    fresh = (f"e{n}" for n in range(len(used) + 1, 10**9) if f"e{n}" not in used)
    for source, target, _, attrs in incoming.graph.edges(keys=True, data=True):
        ends = (ids[source], ids[target], attrs["kind"])
        same = old_links.get(ends)
        key = same.pop(0) if same else next(fresh)
        result.graph.add_edge(ends[0], ends[1], key=key, **attrs)
    return result


_MAP_ATTRS = ("name", "purpose", "date", "notes", "skills_needed")


def _name(label: str) -> str:
    return " ".join(str(label).split()).casefold()


def _real(found: list[Finding]) -> list[Finding]:
    return [f for f in found if not f.not_enough_data]


def _nodes(pmap: PartnershipMap) -> dict[str, dict[str, Any]]:
    return {node_id: dict(attrs) for node_id, attrs in pmap.graph.nodes(data=True)}


def _edges(pmap: PartnershipMap) -> dict[str, dict[str, Any]]:
    return {
        key: {"source": source, "target": target, **attrs}
        for source, target, key, attrs in pmap.graph.edges(keys=True, data=True)
    }


def _change_dict(change: Change) -> dict[str, Any]:
    return {"field": change.field, "from": change.before, "to": change.after}


def _rows_dict(rows: RowChanges, label: Any) -> dict[str, Any]:
    return {
        "added": [{"id": key, "label": label(key)} for key in rows.added],
        "removed": [{"id": key, "label": label(key)} for key in rows.removed],
        "changed": [
            {"id": key, "label": label(key), "fields": [_change_dict(c) for c in changes]}
            for key, changes in rows.changed.items()
        ],
    }


def _finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "key": finding.key,
        "rule": finding.rule,
        "severity": finding.severity,
        "title": finding.title,
    }
