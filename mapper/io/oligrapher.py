"""Oligrapher / LittleSis maps: ``graph.nodes`` and ``graph.edges`` with ``node1_id``,
``node2_id`` and ``arrow``.

Oligrapher 3 keys nodes and edges by id in objects and puts fields on the record;
Oligrapher 2 used lists and kept names, positions and arrows under ``display``. Both are
read. ``arrow`` is "1->2", "2->1", "both" or empty (no arrow: a two-way link).
LittleSis links say whether an entity is a person or an organisation; that is used as
the type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign
from mapper.io.result import ImportResult

__all__ = ["is_oligrapher", "read_oligrapher"]

_DRAWING = ("scale", "color", "edgeids", "dash", "x1", "y1", "x2", "y2", "s1", "s2", "cx", "cy")


def _graph(document: object) -> Mapping[str, Any] | None:
    if not isinstance(document, dict):
        return None
    graph = document.get("graph")
    if isinstance(graph, dict) and "nodes" in graph and "edges" in graph:
        return graph
    return None


def is_oligrapher(document: object) -> bool:
    """A document whose ``graph`` has nodes and edges, the edges naming ``node1_id``."""
    graph = _graph(document)
    if graph is None:
        return False
    edges = _records(graph.get("edges"))
    return all("node1_id" in edge and "node2_id" in edge for edge in edges)


def _records(value: Any) -> list[dict[str, Any]]:
    items = value.values() if isinstance(value, dict) else value or []
    return [item for item in items if isinstance(item, dict)]


def _flat(record: Mapping[str, Any]) -> dict[str, Any]:
    """Oligrapher 2's ``display`` fields lifted up; drawing details left out."""
    flat = {**record, **(record.get("display") or {})}
    flat.pop("display", None)
    return {k: v for k, v in flat.items() if k.lower() not in _DRAWING}


def _entity_type(url: Any) -> str | None:
    text = str(url or "")
    if "/person/" in text:
        return "person"
    if "/org/" in text:
        return "organisation"
    return None


def read_oligrapher(document: Mapping[str, Any], source: str) -> ImportResult:
    """An Oligrapher configuration or LittleSis map export."""
    graph = _graph(document) or {}
    nodes = []
    for number, record in enumerate(_records(graph.get("nodes")), start=1):
        attrs = _flat(record)
        attrs.setdefault("type", _entity_type(attrs.get("url")))
        nodes.append(
            ForeignNode(f"node {number}", attrs.pop("id", None), attrs.pop("name", None), attrs)
        )
    edges = []
    for number, record in enumerate(_records(graph.get("edges")), start=1):
        attrs = _flat(record)
        first, second = attrs.pop("node1_id", None), attrs.pop("node2_id", None)
        arrow = str(attrs.pop("arrow", None) or "").strip().lower()
        if arrow in ("2->1", "left"):
            first, second = second, first
        directed = arrow in ("1->2", "2->1", "right", "left", "true")
        edges.append(
            ForeignEdge(f"edge {number}", first, second, attrs.pop("id", None), directed, attrs)
        )
    attributes = document.get("attributes") or {}
    meta = {
        "name": attributes.get("title") or document.get("title"),
        "purpose": attributes.get("subtitle") or document.get("description"),
    }
    result = build_foreign("Oligrapher", "Oligrapher / LittleSis map", source, nodes, edges, meta)
    captions = len(_records(graph.get("captions")))
    notes = len(_records((document.get("annotations") or {}).get("list")))
    for count, what in ((captions, "captions"), (notes, "annotations")):
        if count:
            result.report.ignored.append(f"{count} Oligrapher {what} not imported")
    return result
