"""Maps as rows and columns: the shared core of the CSV and spreadsheet formats.

People write "reports to" or "Funds" in a spreadsheet, name actors by label rather than
id, and leave cells blank. This module turns such rows into a validated map (saying what
it guessed), and a map back into rows that open cleanly in Excel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mapper.graph.model import (
    EDGE_FIELDS,
    EDGE_KINDS,
    MAP_FIELDS,
    NODE_FIELDS,
    NODE_KINDS,
    PartnershipMap,
    build_map,
    slugify,
)
from mapper.io.result import ImportReport

__all__ = [
    "EDGE_COLUMNS",
    "NODE_COLUMNS",
    "as_cell",
    "map_from_rows",
    "neutralise",
    "rows_from_map",
]

NODE_COLUMNS = [
    "id", "label", "kind", "role", "category", "sector", "level", "organisation",
    "power", "interest", "skills", "offers", "needs", "tags", "notes",
]  # fmt: skip
EDGE_COLUMNS = [
    "source", "target", "kind", "resource", "amount", "unit", "mutual", "frequency",
    "last_contact", "role", "voting", "stages", "strength", "notes",
]  # fmt: skip

NODE_KIND_SYNONYMS = {
    "organization": "organisation",
    "org": "organisation",
    "charity": "organisation",
    "agency": "organisation",
    "body": "organisation",
    "people": "person",
    "individual": "person",
    "staff member": "person",
    "board": "forum",
    "steering group": "forum",
    "working group": "forum",
    "committee": "forum",
    "meeting": "forum",
    "community": "group",
}
# Everyday words for links: (kind, attributes the word implies).
EDGE_KIND_SYNONYMS: dict[str, tuple[str, dict[str, Any]]] = {
    "reports to": ("accountable_to", {}),
    "accountable to": ("accountable_to", {}),
    "is accountable to": ("accountable_to", {}),
    "answers to": ("accountable_to", {}),
    "responsible to": ("accountable_to", {}),
    "accountability": ("accountable_to", {}),
    "talks to": ("communicates", {}),
    "informs": ("communicates", {}),
    "communicates with": ("communicates", {}),
    "communication": ("communicates", {}),
    "contacts": ("communicates", {}),
    "updates": ("communicates", {}),
    "funds": ("resource", {"resource": "funding"}),
    "funding": ("resource", {"resource": "funding"}),
    "grant": ("resource", {"resource": "funding"}),
    "provides": ("resource", {}),
    "gives": ("resource", {}),
    "supplies": ("resource", {}),
    "resource flow": ("resource", {}),
    "sits on": ("member_of", {}),
    "member of": ("member_of", {}),
    "is a member of": ("member_of", {}),
    "membership": ("member_of", {}),
    "attends": ("member_of", {}),
    "chairs": ("member_of", {"role": "chair"}),
    "can influence": ("influences", {}),
    "influence": ("influences", {}),
}
ROLE_SYNONYMS = {
    "lead": "lead partner",
    "lead organisation": "lead partner",
    "lead organization": "lead partner",
    "lead agency": "lead partner",
    "partners": "partner",
    "stakeholders": "stakeholder",
}
# What makes a spreadsheet read a cell as a formula (tab and CR: Excel skips them first).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _norm(text: Any) -> str:
    return " ".join(str(text).strip().lower().replace("_", " ").split())


def neutralise(value: Any) -> Any:
    """Make a cell safe to open in a spreadsheet (no formula injection).

    Text starting with ``= + - @``, a tab or a CR gets a leading apostrophe; numbers are
    left alone. Every spreadsheet writer (CSV, Excel, Kumu's Excel) passes every cell,
    headers included, through here as it writes.

    >>> neutralise("=HYPERLINK(1)"), neutralise(-3.5), neutralise("-3.5")
    ("'=HYPERLINK(1)", -3.5, '-3.5')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def _unneutralise(value: Any) -> Any:
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in _FORMULA_STARTS:
        return value[1:]
    return value


def _clean_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Header names normalised ("Last contact" -> last_contact), apostrophes undone."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = "_".join(str(_unneutralise(key)).strip().lower().split())
        value = _unneutralise(value.strip() if isinstance(value, str) else value)
        if value not in (None, "") and not (isinstance(value, float) and value != value):
            out[name] = value
    return out


def _read_kind(
    row: dict[str, Any], where: str, synonyms: Mapping[str, Any], allowed: Iterable[str],
    report: ImportReport,
) -> Any:  # fmt: skip
    raw = row.get("kind")
    if raw is None:
        return None
    text = _norm(raw)
    for kind in allowed:
        if text == _norm(kind):
            return kind
    if text in synonyms:
        report.guessed.append(f"{where}: kind '{raw}' read as {_describe(synonyms[text])}")
        return synonyms[text]
    return raw  # left for validation to report with the list of allowed kinds


def _describe(value: Any) -> str:
    if isinstance(value, tuple):
        kind, implied = value
        extra = ", ".join(f"{key}={val}" for key, val in implied.items())
        return f"{kind} ({extra})" if extra else kind
    return str(value)


def map_from_rows(
    meta: Mapping[str, Any],
    nodes: Iterable[tuple[str, Mapping[str, Any]]],
    edges: Iterable[tuple[str, Mapping[str, Any]]],
    report: ImportReport,
    source: str | None = None,
) -> PartnershipMap:
    """Build a validated map from located spreadsheet rows.

    Accepts everyday words for kinds and roles, and actors named by label in the
    ``source``, ``target`` and ``organisation`` columns. Raises ``MapValidationError``
    listing every problem; nothing is half-built.
    """
    node_records: list[tuple[str, dict[str, Any]]] = []
    by_label: dict[str, str] = {}
    taken: set[str] = set()
    for where, raw in nodes:
        row = _clean_row(raw)
        if not row:
            continue
        kind = _read_kind(row, where, NODE_KIND_SYNONYMS, NODE_KINDS, report)
        if kind is not None:
            row["kind"] = kind
        role = row.get("role")
        if role is not None and _norm(role) in ROLE_SYNONYMS:
            row["role"] = ROLE_SYNONYMS[_norm(role)]
        if "id" not in row and "label" in row:
            base = slugify(str(row["label"]))
            node_id, number = base, 2
            while node_id in taken:
                node_id, number = f"{base}-{number}", number + 1
            row["id"] = node_id
        if "id" in row:
            row["id"] = str(row["id"])
            taken.add(row["id"])
            by_label.setdefault(_norm(row.get("label", row["id"])), row["id"])
        node_records.append((where, row))

    def resolve(value: Any, where: str, column: str) -> Any:
        text = str(value).strip()
        if text in taken:
            return text
        found = by_label.get(_norm(text))
        if found is not None:
            report.guessed.append(f"{where}: {column} '{text}' matched by label to '{found}'")
            return found
        return text

    for where, row in node_records:
        if "organisation" in row:
            row["organisation"] = resolve(row["organisation"], where, "organisation")

    edge_records: list[tuple[str, dict[str, Any]]] = []
    for where, raw in edges:
        row = _clean_row(raw)
        if not row:
            continue
        kind = _read_kind(row, where, EDGE_KIND_SYNONYMS, EDGE_KINDS, report)
        if isinstance(kind, tuple):
            kind, implied = kind
            for key, value in implied.items():
                row.setdefault(key, value)
        if kind is not None:
            row["kind"] = kind
        for end in ("source", "target"):
            if end in row:
                row[end] = resolve(row[end], where, end)
        edge_records.append((where, row))

    pmap = build_map(_clean_row(meta), node_records, edge_records, source=source)
    report.count(pmap)
    return pmap


def as_cell(value: Any) -> Any:
    """A value as one cell: yes/no, a list joined by ``|``, any other structure as text
    (the writer then neutralises it, see :func:`neutralise`)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return " | ".join(str(item) for item in value)
    if isinstance(value, dict):
        return str(value)
    return value


def _columns(records: list[dict[str, Any]], first: list[str], known: Iterable[str]) -> list[str]:
    present = {key for record in records for key in record}
    columns = list(first)
    columns += [key for key in known if key in present and key not in columns]
    columns += sorted(key for key in present if key not in columns)
    return columns


def rows_from_map(
    pmap: PartnershipMap,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The map as (map rows ``{field, value}``, node rows, edge rows), one value a cell.

    Every row of a table has the same keys in a stable order: the documented columns
    first, then any other attribute the map carries, so nothing is lost.
    """
    meta_rows = [
        {"field": key, "value": as_cell(pmap.meta[key])} for key in MAP_FIELDS if key in pmap.meta
    ]
    nodes = pmap.nodes()
    edges = pmap.edges()
    node_columns = _columns(nodes, NODE_COLUMNS, NODE_FIELDS)
    edge_columns = _columns(edges, [*EDGE_COLUMNS, "id"], EDGE_FIELDS)
    node_rows = [{col: as_cell(node.get(col, "")) for col in node_columns} for node in nodes]
    edge_rows = [{col: as_cell(edge.get(col, "")) for col in edge_columns} for edge in edges]
    return meta_rows, node_rows, edge_rows
