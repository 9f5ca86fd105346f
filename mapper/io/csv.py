"""CSV in and out: a ``nodes.csv`` and an ``edges.csv`` (and an optional ``map.csv``).

Row numbers in messages are the line numbers a spreadsheet shows: the header is row 1,
the first actor row 2. Files may be UTF-8 (with or without BOM) or Excel's Windows-1252.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from mapper.graph.model import MapValidationError, PartnershipMap, Problem
from mapper.io.result import ImportFailed, ImportReport, ImportResult
from mapper.io.tables import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    map_from_rows,
    neutralise,
    rows_from_map,
)

__all__ = ["classify", "decode", "read_csv", "read_csv_files", "write_csv", "write_csv_files"]

_SHOWN = 8  # columns and values named in a message before "..."


def decode(data: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (BOM or not), else Excel's Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFailed(f"{name}: not a text file (neither UTF-8 nor Windows-1252)")


_QUOTES_HINT = "a value with a comma or a line break in it needs double quotes around it"


def _check_rows(text: str, name: str) -> None:
    """Refuse a row with more values than the first row has columns, naming the row, the
    columns expected and the values found; trailing empty cells (as spreadsheets write)
    are fine. pandas would stop with its own jargon, or, when every row has one more,
    silently read the first column as row names and shift every value one column left."""
    reader = csv.reader(io.StringIO(text), strict=True)
    row_number = 1
    try:
        header = next(reader, [])
        for row_number, row in enumerate(reader, start=2):
            if any(value.strip() for value in row[len(header) :]):
                expected = ", ".join(header[:_SHOWN]) + (", ..." if len(header) > _SHOWN else "")
                found = ", ".join(repr(value[:30]) for value in row[:_SHOWN])
                raise ImportFailed(
                    f"{name} row {row_number}: expected {len(header)} values ({expected}), "
                    f"found {len(row)} ({found}{', ...' if len(row) > _SHOWN else ''}); "
                    f"{_QUOTES_HINT}"
                )
    except csv.Error:
        raise ImportFailed(
            f"{name} row {row_number + 1}: its double quotes do not pair up; {_QUOTES_HINT}, "
            'and a double quote inside such a value is written twice ("")'
        ) from None


def _frame(text: str, name: str) -> pd.DataFrame:
    _check_rows(text, name)
    try:
        with warnings.catch_warnings():  # about the empty cells past the header, checked
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(text),
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=False,
                index_col=False,  # never the first column as row names (rows ending in commas)
            )
    except pd.errors.EmptyDataError:
        raise ImportFailed(f"{name}: the file is empty") from None
    except pd.errors.ParserError:  # what the check above lets through: never pandas' words
        raise ImportFailed(f"{name}: cannot be read as CSV; {_QUOTES_HINT}") from None
    frame.columns = ["_".join(str(col).strip().lower().split()) for col in frame.columns]
    return frame


def classify(name: str, text: str) -> str:
    """Which table a CSV holds: ``nodes``, ``edges`` or ``map``, by name then header."""
    stem = Path(name).stem.lower()
    header = (
        {"_".join(c.strip().lower().split()) for c in text.splitlines()[0].split(",")}
        if text
        else set()
    )
    if "field" in header and "value" in header and len(header) == 2:
        return "map"
    if any(word in stem for word in ("edge", "link", "connection", "relation")):
        return "edges"
    if stem in ("map", "meta"):
        return "map"
    if {"source", "target"} <= header or {"from", "to"} <= header:
        return "edges"
    return "nodes"


def _located(frame: pd.DataFrame, name: str) -> list[tuple[str, dict[str, str]]]:
    return [(f"{name} row {index + 2}", row) for index, row in enumerate(frame.to_dict("records"))]


def read_csv_files(files: Mapping[str, bytes]) -> ImportResult:
    """Read a map from CSV files given as ``{file name: content}``.

    One file must hold actors (``id`` or ``label`` column); a links file (``source``,
    ``target``, ``kind``) and a ``map.csv`` (``field,value``) are optional.
    """
    tables: dict[str, tuple[str, pd.DataFrame]] = {}
    for name, data in files.items():
        text = decode(data, name)
        table = classify(name, text)
        if table in tables:
            raise ImportFailed(f"{name} and {tables[table][0]} both look like the {table} table")
        tables[table] = (name, _frame(text, name))
    if "nodes" not in tables and "edges" not in tables:
        raise ImportFailed("no nodes.csv or edges.csv among the files")
    problems: list[Problem] = []
    node_rows: list[tuple[str, dict[str, str]]] = []
    edge_rows: list[tuple[str, dict[str, str]]] = []
    report = ImportReport(format="CSV")
    if "nodes" in tables:
        name, frame = tables["nodes"]
        if "name" in frame.columns and not {"id", "label"} & set(frame.columns):
            frame = frame.rename(columns={"name": "label"})  # as the Excel reader does
            report.guessed.append(f"{name}: column 'name' read as the label")
        if not {"id", "label"} & set(frame.columns):
            problems.append(Problem(name, "a column named 'id' or 'label' in the first row"))
        node_rows = _located(frame, name)
    if "edges" in tables:
        name, frame = tables["edges"]
        for column in ("source", "target", "kind"):
            if column not in frame.columns:
                problems.append(Problem(name, f"a column named '{column}' in the first row"))
        edge_rows = _located(frame, name)
    meta: dict[str, str] = {}
    if "map" in tables:
        name, frame = tables["map"]
        meta = {
            str(row.get("field", "")).strip(): row.get("value", "")
            for row in frame.to_dict("records")
        }
    source = " + ".join(tables[key][0] for key in ("nodes", "edges", "map") if key in tables)
    if problems:
        raise MapValidationError(problems, source)
    report.source = source
    pmap = map_from_rows(meta, node_rows, edge_rows, report, source=source)
    return ImportResult(pmap, report)


def write_csv_files(pmap: PartnershipMap) -> dict[str, bytes]:
    """The map as ``{"map.csv", "nodes.csv", "edges.csv"}`` contents (UTF-8 with BOM, so
    Excel opens accents correctly). Every cell is neutralised against formulas, and lines
    end in CR LF, so a value holding a CR or LF is quoted and reads back whole."""
    meta_rows, node_rows, edge_rows = rows_from_map(pmap)
    out: dict[str, bytes] = {}
    for name, rows, default in (
        ("map.csv", meta_rows, ["field", "value"]),
        ("nodes.csv", node_rows, NODE_COLUMNS),
        ("edges.csv", edge_rows, [*EDGE_COLUMNS, "id"]),
    ):
        columns = list(rows[0]) if rows else default
        frame = pd.DataFrame(rows, columns=columns).map(neutralise)
        frame.columns = [neutralise(column) for column in columns]
        out[name] = frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
    return out


def write_csv(pmap: PartnershipMap, folder: Path) -> list[Path]:
    """Write the CSV files into ``folder`` (created if needed); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in write_csv_files(pmap).items():
        path = folder / name
        temporary = path.with_suffix(".csv.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        written.append(path)
    return written


def read_csv(*paths: Path) -> ImportResult:
    """Read a map from a folder holding ``nodes.csv`` and ``edges.csv``, or from the files."""
    files: dict[str, bytes] = {}
    for path in paths:
        if path.is_dir():
            for name in ("map.csv", "nodes.csv", "edges.csv"):
                if (path / name).exists():
                    files[name] = (path / name).read_bytes()
            if not files:
                raise ImportFailed(f"{path}: no nodes.csv or edges.csv in this folder")
        else:
            files[path.name] = path.read_bytes()
    return read_csv_files(files)
