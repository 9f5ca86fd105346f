"""Gephi's spreadsheet CSVs, its JSON export and Gephi Lite workspace files.

Gephi's Data Laboratory exports a nodes table (``Id``, ``Label``, ``timeset``, custom
columns) and an edges table (``Source``, ``Target``, ``Type`` = Directed | Undirected,
``Kind``, ``Id``, ``Label``, ``timeset``, ``Weight``). Our own CSV also has id, label,
source and target columns, so a table counts as Gephi's by what ours never has: an edges
``Type`` column holding directions, or no ``kind`` column at all (``Source,Target`` is
the least Gephi takes). An edges table alone is enough: Gephi, like us, then adds the
nodes. Like Gephi, rows that repeat a link without an id of their own make one link,
which keeps how many rows it stood for in ``count`` and their weights added up.

Gephi 0.10 exports JSON in graphology's serialisation (``options``, ``nodes`` and
``edges`` with ``key`` and ``attributes``); Gephi Lite keeps the same inside its
workspace, with attributes and positions beside it.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections import Counter
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from mapper.io.csv import decode
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign, clean_key
from mapper.io.result import ImportFailed, ImportReport, ImportResult

__all__ = [
    "is_gephi_csv",
    "is_gephi_lite",
    "is_graphology",
    "read_gephi_csv",
    "read_gephi_lite",
    "read_graphology",
]

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
    return "kind" not in header


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
    edges: list[ForeignEdge] = []
    seen: dict[tuple[Any, ...], ForeignEdge] = {}
    repeats = 0
    for number, row in enumerate(rows, start=2):
        attrs = {clean_key(k): v for k, v in row.items() if k is not None}
        attrs.pop("timeset", None)
        direction = str(attrs.get("type") or "").strip().lower()
        if direction in _DIRECTIONS:
            attrs.pop("type", None)
        edge = ForeignEdge(
            f"{name} row {number}",
            attrs.pop("source", None),
            attrs.pop("target", None),
            attrs.pop("id", None),
            directed=direction != "undirected",
            attrs=attrs,
        )
        same = _repeat_key(edge)
        if same is not None and same in seen:
            _add_repeat(seen[same], edge)
            repeats += 1
            continue
        if same is not None:
            seen[same] = edge
        edges.append(edge)
    report = ImportReport(
        source=" + ".join(table[0] for table in tables.values()), format="Gephi CSV"
    )
    if repeats:
        for edge in edges:
            edge.attrs.setdefault("count", 1)
        merged = sum(1 for edge in edges if edge.attrs["count"] > 1)
        report.merged.append(
            f"{repeats} row{'s' if repeats != 1 else ''} of {name} repeat a link already "
            f"in the table: {merged} link{'s stand' if merged != 1 else ' stands'} for "
            "several rows, as in Gephi ('count' says how many rows, 'weight' adds up theirs)"
        )
    return build_foreign(
        "Gephi", "Gephi CSV", report.source, nodes, edges, create_missing=True, report=report
    )


def _repeat_key(edge: ForeignEdge) -> tuple[Any, ...] | None:
    """What makes two rows the same link in Gephi's eyes; ``None`` for a row with an id."""
    if str(edge.key or "").strip():
        return None
    ends = (str(edge.source).strip(), str(edge.target).strip())
    kind = str(edge.attrs.get("kind") or "").strip()
    return (*(ends if edge.directed else sorted(ends)), edge.directed, kind)


def _add_repeat(first: ForeignEdge, again: ForeignEdge) -> None:
    first.attrs["count"] = first.attrs.get("count", 1) + 1
    weights = []
    for value in (first.attrs.get("weight"), again.attrs.get("weight")):
        try:
            weights.append(float(str(value).replace(",", ".")))
        except ValueError:
            return
    first.attrs["weight"] = sum(weights)


def _dataset(document: object) -> Mapping[str, Any] | None:
    if isinstance(document, dict) and isinstance(document.get("graphDataset"), dict):
        return document["graphDataset"]
    return None


def is_gephi_lite(document: object) -> bool:
    """A Gephi Lite workspace: ``graphDataset`` with ``fullGraph`` (graphology JSON)."""
    dataset = _dataset(document)
    return dataset is not None and isinstance(dataset.get("fullGraph"), dict)


def is_graphology(document: object) -> bool:
    """Graphology's serialisation (Gephi 0.10's JSON export): ``nodes`` that all have a
    ``key``, and ``edges`` (possibly none) with a ``source`` and ``target`` each."""
    if not isinstance(document, dict):
        return False
    nodes, edges = document.get("nodes"), document.get("edges", [])
    return (
        isinstance(nodes, list)
        and isinstance(edges, list)
        and all(isinstance(n, dict) and "key" in n for n in nodes)
        and all(isinstance(e, dict) and "source" in e and "target" in e for e in edges)
        and bool(nodes)
    )


_DRAWING = ("color", "size", "image", "hidden")  # how Gephi drew it, not what it means


def _graphology(
    full: Mapping[str, Any],
    node_data: Mapping[str, Any],
    edge_data: Mapping[str, Any],
    layout: Mapping[str, Any],
    dropped: Counter[str],
) -> tuple[list[ForeignNode], list[ForeignEdge]]:
    """Nodes and edges of a graphology graph; drawing attributes counted in ``dropped``."""
    undirected = (full.get("options") or {}).get("type") == "undirected"
    nodes = []
    for number, item in enumerate(full.get("nodes") or [], start=1):
        key = str(item.get("key"))
        attrs = {**(item.get("attributes") or {}), **node_data.get(key, {})}
        attrs.update(layout.get(key) or {})
        dropped.update(name for name in _DRAWING if attrs.pop(name, None) is not None)
        nodes.append(ForeignNode(f"node {number} ('{key}')", key, attrs.pop("label", None), attrs))
    edges = []
    for number, item in enumerate(full.get("edges") or [], start=1):
        key = str(item.get("key", ""))
        attrs = {**(item.get("attributes") or {}), **edge_data.get(key, {})}
        dropped.update(name for name in _DRAWING if attrs.pop(name, None) is not None)
        directed = not (undirected or item.get("undirected"))
        edges.append(
            ForeignEdge(
                f"edge {number}", item.get("source"), item.get("target"), key, directed, attrs
            )
        )
    return nodes, edges


def _drawing_report(report: ImportReport, dropped: Counter[str]) -> ImportReport:
    if dropped:
        report.ignored.append(
            "How Gephi drew the graph is not kept ("
            + ", ".join(f"{name} of {count}" for name, count in sorted(dropped.items()))
            + " elements): Partnership Mapper draws by kind."
        )
    return report


def read_gephi_lite(document: Mapping[str, Any], source: str) -> ImportResult:
    """A Gephi Lite workspace: attributes in ``nodeData``/``edgeData``, positions in
    ``layout``, structure in ``fullGraph``."""
    dataset = _dataset(document) or {}
    dropped: Counter[str] = Counter()
    nodes, edges = _graphology(
        dataset["fullGraph"],
        dataset.get("nodeData") or {},
        dataset.get("edgeData") or {},
        dataset.get("layout") or {},
        dropped,
    )
    title = (dataset.get("metadata") or {}).get("title")
    report = _drawing_report(ImportReport(source=source, format="Gephi Lite workspace"), dropped)
    return build_foreign(
        "Gephi Lite", "Gephi Lite workspace", source, nodes, edges, {"name": title}, report=report
    )


def read_graphology(document: Mapping[str, Any], source: str) -> ImportResult:
    """Gephi 0.10's JSON export (graphology): positions and attributes in ``attributes``."""
    dropped: Counter[str] = Counter()
    nodes, edges = _graphology(document, {}, {}, {}, dropped)
    report = _drawing_report(ImportReport(source=source, format="Gephi JSON"), dropped)
    attributes = document.get("attributes")
    meta = {"name": attributes.get("name")} if isinstance(attributes, dict) else {}
    return build_foreign("Gephi", "Gephi JSON", source, nodes, edges, meta, report=report)
