"""Gephi's spreadsheet CSVs and Gephi Lite workspace files.

Gephi's Data Laboratory exports a nodes table (``Id``, ``Label``, ``timeset``, custom
columns) and an edges table (``Source``, ``Target``, ``Type`` = Directed | Undirected,
``Kind``, ``Id``, ``Label``, ``timeset``, ``Weight``). Our own CSV also has id, label,
source and target columns, so a table counts as Gephi's only by what ours never has: an
edges ``Type`` column holding directions, or a ``Weight`` or ``timeset`` column without
our ``kind``. An edges table alone is enough: Gephi, like us, then adds the nodes.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from mapper.io.csv import decode
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign, clean_key
from mapper.io.result import ImportFailed, ImportResult

__all__ = ["is_gephi_csv", "is_gephi_lite", "read_gephi_csv", "read_gephi_lite"]

Files = Mapping[str, bytes]
_DIRECTIONS = {"directed", "undirected", "mixed", ""}


def _table(name: str, data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    text = decode(data, name)
    dialect: Any = csv.excel
    with contextlib.suppress(csv.Error):  # one column, or too few rows to tell: commas
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    rows = list(reader)
    return [clean_key(h) for h in reader.fieldnames or []], rows


def _is_edges(header: list[str], rows: list[dict[str, str]]) -> bool:
    if not {"source", "target"} <= set(header):
        return False
    type_column = next((h for h in (rows[0] if rows else {}) if clean_key(h) == "type"), None)
    if type_column is not None and all(
        str(row.get(type_column) or "").strip().lower() in _DIRECTIONS for row in rows
    ):
        return True
    return "kind" not in header and bool({"weight", "timeset"} & set(header))


def _tables(files: Files) -> dict[str, tuple[str, list[str], list[dict[str, str]]]] | None:
    """``{"nodes": ..., "edges": ...}`` when the CSV files are Gephi's, else ``None``."""
    if not files or not all(PurePath(n).suffix.lower() in (".csv", ".tsv", ".txt") for n in files):
        return None
    try:
        parsed = {name: _table(name, data) for name, data in files.items()}
    except (ImportFailed, csv.Error):
        return None
    tables: dict[str, tuple[str, list[str], list[dict[str, str]]]] = {}
    for name, (header, rows) in parsed.items():
        if _is_edges(header, rows):
            tables["edges"] = (name, header, rows)
        elif "id" in header and "kind" not in header:
            tables["nodes"] = (name, header, rows)
        else:
            return None
    return tables if "edges" in tables else None


def is_gephi_csv(files: Files) -> bool:
    """CSV files with a Gephi edges table (see the module docstring)."""
    return _tables(files) is not None


def read_gephi_csv(files: Files) -> ImportResult:
    """Gephi's nodes and edges tables."""
    tables = _tables(files) or {}
    nodes = []
    if "nodes" in tables:
        name, _, rows = tables["nodes"]
        for number, row in enumerate(rows, start=2):
            attrs = {clean_key(k): v for k, v in row.items() if k is not None}
            attrs.pop("timeset", None)
            nodes.append(
                ForeignNode(
                    f"{name} row {number}", attrs.pop("id", None), attrs.pop("label", None), attrs
                )
            )
    name, _, rows = tables["edges"]
    edges = []
    for number, row in enumerate(rows, start=2):
        attrs = {clean_key(k): v for k, v in row.items() if k is not None}
        attrs.pop("timeset", None)
        direction = str(attrs.get("type") or "").strip().lower()
        if direction in _DIRECTIONS:
            attrs.pop("type", None)
        edges.append(
            ForeignEdge(
                f"{name} row {number}",
                attrs.pop("source", None),
                attrs.pop("target", None),
                attrs.pop("id", None),
                directed=direction != "undirected",
                attrs=attrs,
            )
        )
    source = " + ".join(table[0] for table in tables.values())
    return build_foreign("Gephi", "Gephi CSV", source, nodes, edges, create_missing=True)


def _dataset(document: object) -> Mapping[str, Any] | None:
    if isinstance(document, dict) and isinstance(document.get("graphDataset"), dict):
        return document["graphDataset"]
    return None


def is_gephi_lite(document: object) -> bool:
    """A Gephi Lite workspace: ``graphDataset`` with ``fullGraph`` (graphology JSON)."""
    dataset = _dataset(document)
    return dataset is not None and isinstance(dataset.get("fullGraph"), dict)


def read_gephi_lite(document: Mapping[str, Any], source: str) -> ImportResult:
    """A Gephi Lite workspace: attributes in ``nodeData``/``edgeData``, positions in
    ``layout``, structure in ``fullGraph``."""
    dataset = _dataset(document) or {}
    full = dataset["fullGraph"]
    node_data = dataset.get("nodeData") or {}
    edge_data = dataset.get("edgeData") or {}
    layout = dataset.get("layout") or {}
    undirected = (full.get("options") or {}).get("type") == "undirected"
    nodes = []
    for number, item in enumerate(full.get("nodes") or [], start=1):
        key = str(item.get("key"))
        attrs = {**(item.get("attributes") or {}), **node_data.get(key, {})}
        attrs.update(layout.get(key) or {})
        for drawing in ("color", "size", "image", "hidden"):
            attrs.pop(drawing, None)
        nodes.append(ForeignNode(f"node {number} ('{key}')", key, attrs.pop("label", None), attrs))
    edges = []
    for number, item in enumerate(full.get("edges") or [], start=1):
        key = str(item.get("key", ""))
        attrs = {**(item.get("attributes") or {}), **edge_data.get(key, {})}
        for drawing in ("color", "size", "hidden"):
            attrs.pop(drawing, None)
        directed = not (undirected or item.get("undirected"))
        edges.append(
            ForeignEdge(
                f"edge {number}", item.get("source"), item.get("target"), key, directed, attrs
            )
        )
    title = (dataset.get("metadata") or {}).get("title")
    return build_foreign(
        "Gephi Lite", "Gephi Lite workspace", source, nodes, edges, {"name": title}
    )
