"""Kumu (kumu.io): spreadsheets, JSON blueprints and full project backups, in and out.

Kumu's import documentation is followed, not only the files we have seen: column names
in any case, several values separated by ``|``, connections matched to elements by ID
when the elements have one and by label otherwise, elements created for connections that
name one not listed, and ``Direction`` = directed | undirected | mutual.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mapper.graph.model import EDGE_FIELDS, NODE_FIELDS, PartnershipMap
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign, clean_key
from mapper.io.result import ImportResult
from mapper.io.tables import as_cell

__all__ = [
    "is_kumu_json",
    "kumu_tables",
    "read_kumu_json",
    "read_kumu_sheets",
]

Rows = list[tuple[int, dict[str, Any]]]
TOOL = "Kumu"
MAP_SHEET = "Map (ignore)"  # our map details, in a sheet Kumu's import skips


def _lower(record: Mapping[str, Any]) -> dict[str, Any]:
    return {clean_key(key): value for key, value in record.items()}


def _directed(value: Any) -> bool:
    """Kumu's Direction: only 'undirected' and 'mutual' are two-way; blank is directed."""
    return str(value or "directed").strip().lower() not in ("undirected", "mutual")


def _element(where: str, record: Mapping[str, Any]) -> ForeignNode:
    attrs = _lower(record)
    return ForeignNode(
        where, key=attrs.pop("id", None), label=attrs.pop("label", None), attrs=attrs
    )


def _connection(where: str, record: Mapping[str, Any]) -> ForeignEdge:
    attrs = _lower(record)
    return ForeignEdge(
        where,
        source=attrs.pop("from", None),
        target=attrs.pop("to", None),
        key=attrs.pop("id", None),
        directed=_directed(attrs.pop("direction", None)),
        attrs=attrs,
    )


def read_kumu_sheets(
    sheets: Mapping[str, Rows],
    source: str,
    skipped: Iterable[str] = (),
    meta: Mapping[str, Any] | None = None,
) -> ImportResult:
    """A Kumu workbook, given as ``{sheet name: [(row number, {header: value})]}``.

    Only the ``Elements`` and ``Connections`` sheets are read; others are reported.
    ``meta`` holds the map's details when we wrote the workbook.
    """
    elements: list[ForeignNode] = []
    connections: list[ForeignEdge] = []
    ignored: list[str] = list(skipped)
    for name, rows in sheets.items():
        kind = clean_key(name)
        if kind == "elements":
            elements += [_element(f"{name} row {number}", row) for number, row in rows]
        elif kind == "connections":
            connections += [_connection(f"{name} row {number}", row) for number, row in rows]
        else:
            ignored.append(f"sheet '{name}' skipped: Kumu imports only Elements and Connections")
    result = build_foreign(
        TOOL, "Kumu spreadsheet", source, elements, connections, meta, create_missing=True
    )
    result.report.ignored[:0] = ignored
    return result


def is_kumu_json(document: object) -> bool:
    """A Kumu blueprint (``elements``/``connections`` lists) or a Kumu project backup."""
    if not isinstance(document, dict):
        return False
    elements = document.get("elements")
    connections = document.get("connections")
    if not isinstance(elements, list) or not isinstance(connections, list | type(None)):
        return False
    records = [*elements, *(connections or [])]
    return all(isinstance(item, dict) and "data" not in item for item in records) and (
        connections is not None or any("label" in item or "attributes" in item for item in elements)
    )


def _positions(document: Mapping[str, Any]) -> dict[str, dict[str, float]]:
    """Element positions from the project's default map (else its first map)."""
    maps = [m for m in document.get("maps") or [] if isinstance(m, dict)]
    chosen = next((m for m in maps if m.get("_id") == document.get("defaultMap")), None)
    chosen = chosen or (maps[0] if maps else None)
    positions: dict[str, dict[str, float]] = {}
    for placed in (chosen or {}).get("elements") or []:
        position = placed.get("position") if isinstance(placed, dict) else None
        if isinstance(position, dict) and "x" in position and "y" in position:
            positions[str(placed.get("element"))] = {"x": position["x"], "y": position["y"]}
    return positions


def read_kumu_json(document: Mapping[str, Any], source: str) -> ImportResult:
    """A Kumu blueprint or backup. Backups keep attributes under ``attributes`` and
    positions in ``maps``; blueprints put the fields on the record itself."""
    positions = _positions(document)
    elements = []
    for number, item in enumerate(document.get("elements") or [], start=1):
        where = f"element {number}"
        if "attributes" in item and isinstance(item["attributes"], dict):
            attrs = {**item["attributes"], **positions.get(str(item.get("_id")), {})}
            elements.append(
                ForeignNode(where, key=item.get("_id"), label=attrs.pop("label", None), attrs=attrs)
            )
        else:
            elements.append(_element(where, item))
    connections = []
    for number, item in enumerate(document.get("connections") or [], start=1):
        where = f"connection {number}"
        if "attributes" in item and isinstance(item["attributes"], dict):
            connections.append(
                ForeignEdge(
                    where,
                    source=item.get("from"),
                    target=item.get("to"),
                    key=item.get("_id"),
                    directed=_directed(item.get("direction")),
                    attrs=dict(item["attributes"]),
                )
            )
        else:
            connections.append(_connection(where, item))
    meta = {"name": document.get("name"), "notes": document.get("description")}
    result = build_foreign(
        TOOL, "Kumu JSON", source, elements, connections, meta, create_missing=True
    )
    for part in ("loops", "perspectives"):
        count = len(document.get(part) or [])
        if count:
            result.report.ignored.append(
                f"{count} Kumu {part} not imported (Partnership Mapper has no {part[:-1]}s)"
            )
    extra_maps = len(document.get("maps") or []) - 1
    if extra_maps > 0:
        result.report.ignored.append(
            f"{extra_maps} other Kumu map views not imported: positions come from the default map"
        )
    return result


def _title(name: str) -> str:
    return name.replace("_", " ").title()


def _table(
    records: list[dict[str, Any]], head: list[str], fields: Iterable[str]
) -> list[list[Any]]:
    """Header row then one row per record: Kumu's columns, then our fields, then extras."""
    present = {
        key for record in records for key, value in record.items() if value not in (None, "", [])
    }
    ours = [name for name in fields if name in present and name not in head]
    extra = sorted(name for name in present if name not in head and name not in ours)
    columns = head + ours + extra
    rows = [head + [_title(name) for name in ours] + extra]
    rows += [[as_cell(record.get(column)) for column in columns] for record in records]
    return rows


def kumu_tables(pmap: PartnershipMap) -> dict[str, list[list[Any]]]:
    """The map in Kumu's layout: ``Elements``, ``Connections`` and ``Map (ignore)``.

    IDs are written so Kumu (and we, reading it back) match connections by ID; our
    kinds go in ``Type``, two-way links get ``Direction`` mutual, and every other field
    has its own column so nothing is lost on the way back. The map's own details go in
    a sheet Kumu skips because its name says "(ignore)".
    """
    elements = []
    for node in pmap.nodes():
        record = dict(node)
        record["Label"] = record.pop("label")
        record["ID"] = record.pop("id")
        record["Type"] = record.pop("kind")
        record["Description"] = record.pop("notes", None)
        record["Tags"] = record.pop("tags", None)
        elements.append(record)
    connections = []
    for edge in pmap.edges():
        record = dict(edge)
        record["From"] = record.pop("source")
        record["To"] = record.pop("target")
        record["ID"] = record.pop("id")
        record["Type"] = record.pop("kind").replace("_", " ")
        two_way = record.get("mutual") is True
        if two_way:
            del record["mutual"]  # said by Direction; an explicit one-way keeps its column
        record["Direction"] = "mutual" if two_way else "directed"
        record["Label"] = record.pop("label", None)
        record["Description"] = record.pop("notes", None)
        record["Tags"] = record.pop("tags", None)
        connections.append(record)
    node_head = ["Label", "ID", "Type", "Description", "Tags"]
    edge_head = ["From", "To", "ID", "Type", "Direction", "Label", "Description", "Tags"]
    return {
        "Elements": _table(elements, node_head, NODE_FIELDS),
        "Connections": _table(connections, edge_head, EDGE_FIELDS),
        MAP_SHEET: [["field", "value"], *([k, as_cell(v)] for k, v in pmap.meta.items())],
    }
