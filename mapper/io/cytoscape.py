"""Cytoscape JSON: desktop Cytoscape's ``.cyjs`` and cytoscape.js element lists.

Four shapes are read: ``{"elements": {"nodes": [...], "edges": [...]}}`` (``.cyjs`` and
``cy.json()``), ``{"nodes": [...], "edges": [...]}`` (what cytoscape.js takes as
``elements``), ``{"elements": [...]}`` and a bare ``[...]`` of elements. Each element
keeps its fields in ``data``; an element is a link when its ``group`` says so or its data
has a source and a target. Positions come from ``position``. cytoscape.js makes up an id
for an element that has none; so do we, and say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign
from mapper.io.result import ImportReport, ImportResult

__all__ = ["is_cytoscape", "read_cytoscape"]

# Desktop Cytoscape's bookkeeping columns: how it stored the element, not what it means.
_BOOKKEEPING = ("suid", "shared_name", "selected", "shared_interaction")


def _elements(document: object) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    elements = document.get("elements", document if "nodes" in document else None)
    if isinstance(elements, dict):
        return [
            {"group": group, **item}
            for group in ("nodes", "edges")
            for item in elements.get(group) or []
            if isinstance(item, dict)
        ]
    return elements if isinstance(elements, list) else None


def is_cytoscape(document: object) -> bool:
    """Every element is an object with a ``data`` object, and there is at least one."""
    elements = _elements(document)
    return bool(elements) and all(
        isinstance(item, dict) and isinstance(item.get("data"), dict) for item in elements or []
    )


def _is_edge(item: Mapping[str, Any]) -> bool:
    group = item.get("group")
    if group in ("nodes", "edges"):
        return group == "edges"
    return "source" in item["data"] and "target" in item["data"]


def read_cytoscape(document: object, source: str) -> ImportResult:
    """A Cytoscape or cytoscape.js document (see the module docstring for the shapes)."""
    nodes, edges = [], []
    node_count = edge_count = 0
    unnamed: list[str] = []
    for item in _elements(document) or []:
        data = {k: v for k, v in item["data"].items() if k.lower() not in _BOOKKEEPING}
        if _is_edge(item):
            edge_count += 1
            directed = data.pop("directed", True) not in (False, "false", "0", 0)
            edges.append(
                ForeignEdge(
                    f"edge {edge_count}",
                    data.pop("source", None),
                    data.pop("target", None),
                    key=data.pop("id", None),
                    directed=directed,
                    attrs=data,
                )
            )
        else:
            node_count += 1
            position = item.get("position") or {}
            if isinstance(position, dict):
                data.update({axis: position[axis] for axis in ("x", "y") if axis in position})
            node_id = data.pop("id", None)
            label = data.pop("label", None) or data.pop("name", None)
            if node_id in (None, "") and label in (None, ""):
                label = f"Node {node_count}"
                unnamed.append(label)
            nodes.append(ForeignNode(f"node {node_count}", node_id, label, data))
    report = ImportReport(source=source, format="Cytoscape JSON")
    if unnamed:
        report.guessed.append(
            f"{len(unnamed)} actor{'s' if len(unnamed) != 1 else ''} with no id and no name: "
            f"named by their place in the file ('{unnamed[0]}'"
            + (f" to '{unnamed[-1]}')" if len(unnamed) > 1 else ")")
        )
    meta: dict[str, Any] = {}
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        meta["name"] = document["data"].get("name") or document["data"].get("shared_name")
    return build_foreign("Cytoscape", "Cytoscape JSON", source, nodes, edges, meta, report=report)
