"""Excel workbooks in and out: our own layout, Kumu's and Onodo's.

Our layout is the CSV files as sheets: ``nodes`` and ``edges`` (and ``map``), with the
same columns. Which layout a workbook has is read from its sheet names and headers, not
its file name. Workbooks are read with calamine and written with openpyxl's streaming
mode; a 5,000-actor workbook reads in under a second, and an optional
``progress(fraction, message)`` callback lets the app show how far it has got.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Mapping
from html import unescape
from pathlib import PurePath
from typing import Any

import openpyxl
from python_calamine import CalamineError, CalamineWorkbook

from mapper.graph.model import MapValidationError, PartnershipMap, Problem
from mapper.io import kumu, onodo
from mapper.io.mapping import clean_key
from mapper.io.result import ImportFailed, ImportReport, ImportResult, NotAMapLayout
from mapper.io.tables import map_from_rows, neutralise, rows_from_map

__all__ = ["Progress", "is_xlsx", "read_xlsx", "write_kumu_xlsx", "write_xlsx"]

Progress = Callable[[float, str], None]
Rows = list[tuple[int, dict[str, Any]]]
MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_SHEET_NAME = re.compile(rb'<sheet\b[^>]*\bname="([^"]*)"')
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    ValueError,
    TypeError,
    OSError,
    EOFError,
    SyntaxError,  # xml.etree's ParseError
)
_OURS = {"nodes": "nodes", "actors": "nodes", "edges": "edges", "links": "edges", "map": "map"}
_READING_SHARE = 0.8  # of the progress bar: reading cells; the rest is building the map


def is_xlsx(files: Mapping[str, bytes]) -> bool:
    """One file that is an Excel workbook by its name or by its content."""
    if len(files) != 1:
        return False
    ((name, data),) = files.items()
    if PurePath(name).suffix.lower() in (".xlsx", ".xlsm"):
        return True
    return data[:4] == b"PK\x03\x04" and b"xl/workbook.xml" in data[:65536]


def _sheet_names(data: bytes) -> list[str]:
    """Sheet names from the workbook part alone: cheap, for telling layouts apart."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/workbook.xml")
    return [unescape(match.decode("utf-8")) for match in _SHEET_NAME.findall(xml)]


def _value(value: Any) -> Any:
    """Calamine gives every number as a float: 3.0 back to 3, so an ID 7 stays "7"."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(sheet: Any, tick: Callable[[int], None]) -> tuple[list[str], Rows]:
    """Header cells and located rows ``(Excel row number, {header: value})``."""
    header: list[str] = []
    rows: Rows = []
    for number, values in enumerate(sheet.iter_rows(), start=1):
        tick(number)
        if number == 1:
            header = [str(v).strip() if v is not None else "" for v in values]
            continue
        record: dict[str, Any] = {}
        for column, value in zip(header, values, strict=False):
            if column and value not in (None, "") and column not in record:
                record[column] = _value(value)
        if record:
            rows.append((number, record))
    return header, rows


def _load(name: str, data: bytes, progress: Progress | None) -> dict[str, tuple[list[str], Rows]]:
    """Every sheet's header and rows, or ``ImportFailed`` for a damaged workbook.

    Cells are read with calamine (Rust): about 30 times faster than openpyxl here, and
    it does not trust the sheet sizes a file records, which some tools write wrongly.
    """
    report = progress or (lambda fraction, message: None)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = {title: workbook.get_sheet_by_name(title) for title in workbook.sheet_names}
        total = max(sum(sheet.total_height for sheet in sheets.values()), 1)
        done = 0
        loaded: dict[str, tuple[list[str], Rows]] = {}
        for title, sheet in sheets.items():

            def tick(number: int, start: int = done, title: str = title) -> None:
                if number % 1000 == 0:
                    report(_READING_SHARE * min((start + number) / total, 1.0), f"Reading {title}")

            loaded[title] = _rows(sheet, tick)
            done += sheet.total_height
    except (CalamineError, *_BROKEN) as error:
        raise ImportFailed(f"{name}: a damaged Excel workbook ({error})") from None
    report(_READING_SHARE, "Checking the map")
    return loaded


def _ours(
    sheets: Mapping[str, Rows], headers: Mapping[str, list[str]], source: str
) -> ImportResult:
    tables: dict[str, str] = {}
    for sheet in sheets:
        table = _OURS.get(clean_key(sheet))
        if table and table not in tables:
            tables[table] = sheet
    report = ImportReport(source=source, format="Excel workbook")
    if "nodes" not in tables and "edges" not in tables:
        actors = next(
            # an "ID" column alone is a register's numbering, not a list of actors
            (s for s, h in headers.items() if {"label", "name"} & {clean_key(c) for c in h}),
            None,
        )
        if actors is None:
            found = ", ".join(f"'{s}'" for s in sheets) or "none"
            raise NotAMapLayout(
                f"{source}: an Excel workbook, but no sheet holds a map (sheets: {found}). "
                "Expected 'nodes' and 'edges' sheets (Partnership Mapper), 'Elements' and "
                "'Connections' (Kumu), 'Nodes' and 'Relations' (Onodo), or one sheet "
                "with a 'label' column listing the actors"
            )
        tables["nodes"] = actors
        report.guessed.append(f"sheet '{actors}' read as the list of actors (it has a name column)")
    problems: list[Problem] = []
    node_rows: list[tuple[str, dict[str, Any]]] = []
    edge_rows: list[tuple[str, dict[str, Any]]] = []
    if "nodes" in tables:
        sheet = tables["nodes"]
        columns = {clean_key(c) for c in headers[sheet]}
        if "name" in columns and "label" not in columns:
            report.guessed.append(f"sheet '{sheet}': column 'name' read as the label")
        if not {"id", "label", "name"} & columns:
            problems.append(Problem(f"sheet '{sheet}'", "a column named 'id' or 'label' in row 1"))
        node_rows = [
            (f"sheet '{sheet}' row {n}", _renamed(row, "name", "label")) for n, row in sheets[sheet]
        ]
    if "edges" in tables:
        sheet = tables["edges"]
        columns = {clean_key(c) for c in headers[sheet]}
        for column in ("source", "target", "kind"):
            if column not in columns:
                problems.append(Problem(f"sheet '{sheet}'", f"a column named '{column}' in row 1"))
        edge_rows = [(f"sheet '{sheet}' row {n}", row) for n, row in sheets[sheet]]
    meta = _meta(sheets[tables["map"]]) if "map" in tables else {}
    if problems:
        raise MapValidationError(problems, source)
    pmap = map_from_rows(meta, node_rows, edge_rows, report, source=source)
    return ImportResult(pmap, report)


def _meta(rows: Rows) -> dict[str, Any]:
    """Map details from a ``field``/``value`` sheet."""
    meta: dict[str, Any] = {}
    for _, row in rows:
        cells = {clean_key(k): v for k, v in row.items()}
        if cells.get("field"):
            meta[str(cells["field"]).strip()] = cells.get("value", "")
    return meta


def _renamed(row: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    keys = {clean_key(k): k for k in row}
    if old in keys and new not in keys:
        return {(new if clean_key(k) == old else k): v for k, v in row.items()}
    return row


def read_xlsx(files: Mapping[str, bytes], progress: Progress | None = None) -> ImportResult:
    """Read one workbook in our, Kumu's or Onodo's layout, whichever its sheets show.

    Sheets whose name contains "(ignore)" are skipped, as Kumu does. ``progress`` is
    called with a fraction from 0 to 1 and a short message as the work goes on.
    """
    ((name, data),) = files.items()
    try:
        names = _sheet_names(data)
    except _BROKEN as error:
        raise ImportFailed(f"{name}: a damaged or unreadable Excel workbook ({error})") from None
    loaded = _load(name, data, progress)
    meta = _meta(loaded.pop(kumu.MAP_SHEET, ([], []))[1])
    skipped = [f"sheet '{s}' skipped: its name says (ignore)" for s in loaded if "(ignore)" in s]
    loaded = {s: table for s, table in loaded.items() if "(ignore)" not in s}
    headers = {sheet: header for sheet, (header, _) in loaded.items()}
    sheets = {sheet: rows for sheet, (_, rows) in loaded.items()}
    lowered = {clean_key(s) for s in names if "(ignore)" not in s}
    if {"elements", "connections"} & lowered:
        result = kumu.read_kumu_sheets(sheets, name, skipped, meta)
    elif onodo.is_onodo(headers):
        result = onodo.read_onodo_sheets(sheets, name, skipped)
    else:
        result = _ours(sheets, headers, name)
        result.report.ignored[:0] = skipped
    if progress is not None:
        progress(1.0, "Done")
    return result


def _workbook(sheets: Mapping[str, list[list[Any]]]) -> bytes:
    """A workbook written in openpyxl's streaming mode (fast for big maps); every cell,
    headers included, neutralised (openpyxl writes text starting with ``=`` as a formula)."""
    workbook = openpyxl.Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append([neutralise(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _grid(rows: list[dict[str, Any]], default: list[str]) -> list[list[Any]]:
    """Header and rows; empty cells left truly empty (an empty text cell costs a read)."""
    columns = list(rows[0]) if rows else default
    return [columns, *([None if row[c] == "" else row[c] for c in columns] for row in rows)]


def write_xlsx(pmap: PartnershipMap) -> bytes:
    """Our layout: ``map``, ``nodes`` and ``edges`` sheets with the CSV columns."""
    meta_rows, node_rows, edge_rows = rows_from_map(pmap)
    return _workbook(
        {
            "map": _grid(meta_rows, ["field", "value"]),
            "nodes": _grid(node_rows, ["id", "label"]),
            "edges": _grid(edge_rows, ["source", "target", "kind"]),
        }
    )


def write_kumu_xlsx(pmap: PartnershipMap) -> bytes:
    """Kumu's layout (``Elements`` and ``Connections``), so a Kumu user can take the map
    back; Kumu reads our extra fields as custom columns."""
    return _workbook(kumu.kumu_tables(pmap))
