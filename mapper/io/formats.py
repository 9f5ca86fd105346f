"""Which format a file is, and the one door every import and export goes through.

Readers are tried in order on the file contents (not only the extension), so a Kumu
export renamed ``map.json`` still reads as Kumu. The CLI and the app both call
:func:`read_files` / :func:`export_map`, so a format added here works everywhere.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from mapper.graph.model import PartnershipMap, slugify
from mapper.io import csv as csv_format
from mapper.io import cytoscape, excel, gephi, graphml, kumu, native, oligrapher, register
from mapper.io.result import ImportFailed, ImportResult

__all__ = [
    "MAP_WRITERS",
    "READERS",
    "WRITERS",
    "Reader",
    "Writer",
    "export_map",
    "read_bytes",
    "read_files",
    "read_paths",
    "write_path",
]

Files = Mapping[str, bytes]


@dataclass(frozen=True)
class Reader:
    """A format we read: ``sniff`` looks at the files, ``read`` turns them into a map.

    Readers slow enough on big files to need it (spreadsheets) set ``reports_progress``:
    their ``read`` then also takes ``progress=``, a :data:`~mapper.io.excel.Progress`.
    """

    key: str  # what a user types after --format
    name: str
    sniff: Callable[[Files], bool]
    read: Callable[..., ImportResult]
    reports_progress: bool = False


@dataclass(frozen=True)
class Writer:
    """A format we write: file extension, MIME type and ``write(map) -> bytes``."""

    name: str
    extension: str
    mimetype: str
    write: Callable[[PartnershipMap], bytes]


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


def _json_document(files: Files) -> object | None:
    if len(files) != 1:
        return None
    ((name, data),) = files.items()
    if _suffix(name) not in (".json", ".cyjs", "") and data.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _read_native(files: Files) -> ImportResult:
    ((name, data),) = files.items()
    return native.loads(data, source=name)


def _is_csv(files: Files) -> bool:
    return bool(files) and all(_suffix(name) in (".csv", ".txt", ".tsv") for name in files)


def _json_reader(
    key: str, name: str, sniff: Callable[[object], bool], read: Callable[[Any, str], ImportResult]
) -> Reader:
    """A reader of one JSON document: ``sniff`` and ``read`` get the parsed document."""

    def read_files(files: Files) -> ImportResult:
        ((filename, _),) = files.items()
        return read(_json_document(files), filename)

    return Reader(key, name, lambda files: sniff(_json_document(files)), read_files)


# More specific sniffers first: our JSON, then other tools' JSON, XML and spreadsheets,
# Gephi's CSV tables before our own CSV files (ours accept almost any CSV).
READERS: list[Reader] = [
    Reader(
        "json",
        "Partnership Mapper JSON",
        lambda f: native.is_native(_json_document(f)),
        _read_native,
    ),
    _json_reader("kumu-json", "Kumu JSON", kumu.is_kumu_json, kumu.read_kumu_json),
    _json_reader("gephi-lite", "Gephi Lite workspace", gephi.is_gephi_lite, gephi.read_gephi_lite),
    _json_reader(
        "oligrapher",
        "Oligrapher / LittleSis map",
        oligrapher.is_oligrapher,
        oligrapher.read_oligrapher,
    ),
    _json_reader("cytoscape", "Cytoscape JSON", cytoscape.is_cytoscape, cytoscape.read_cytoscape),
    Reader(
        "graphml", "GraphML (yEd, Gephi, Cytoscape...)", graphml.is_graphml, graphml.read_graphml
    ),
    Reader("gexf", "GEXF (Gephi)", graphml.is_gexf, graphml.read_gexf),
    Reader(
        "register",
        "Stakeholder register (one sheet, one row per stakeholder)",
        register.is_register,
        register.read_register,
    ),
    Reader(
        "xlsx",
        "Excel workbook (ours, Kumu or Onodo)",
        excel.is_xlsx,
        excel.read_xlsx,
        reports_progress=True,
    ),
    Reader("gephi-csv", "Gephi CSV tables", gephi.is_gephi_csv, gephi.read_gephi_csv),
    Reader("csv", "CSV (nodes.csv and edges.csv)", _is_csv, csv_format.read_csv_files),
]


def _zip_bytes(files: Files) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _report(render: str) -> Callable[[PartnershipMap], bytes]:
    """A writer of the analysis report (as of today) rendered by ``mapper.io.report``'s
    function ``render``; the analysis loads only when a report is written."""

    def write(pmap: PartnershipMap) -> bytes:
        from mapper.graph.analyse import analyse
        from mapper.io import report

        return getattr(report, render)(analyse(pmap)).encode("utf-8")

    return write


# Maps first (each reads back in), then the analysis report, which does not.
WRITERS: dict[str, Writer] = {
    "json": Writer(
        "Partnership Mapper JSON", ".json", "application/json",
        lambda pmap: native.dumps(pmap).encode("utf-8"),
    ),
    "csv": Writer(
        "CSV files in a zip", ".zip", "application/zip",
        lambda pmap: _zip_bytes(csv_format.write_csv_files(pmap)),
    ),
    "xlsx": Writer("Excel workbook", ".xlsx", excel.MIMETYPE, excel.write_xlsx),
    "kumu.xlsx": Writer("Kumu spreadsheet", ".kumu.xlsx", excel.MIMETYPE, excel.write_kumu_xlsx),
    "graphml": Writer("GraphML", ".graphml", "application/graphml+xml", graphml.write_graphml),
    "gexf": Writer("GEXF (Gephi)", ".gexf", "application/gexf+xml", graphml.write_gexf),
    "md": Writer(
        "Report (Markdown)", ".md", "text/markdown; charset=utf-8", _report("report_markdown")
    ),
    "html": Writer(
        "Report (printable HTML)", ".html", "text/html; charset=utf-8", _report("to_html")
    ),
}  # fmt: skip
MAP_WRITERS = ("json", "csv", "xlsx", "kumu.xlsx", "graphml", "gexf")  # those that read back


def _unzip(name: str, data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {
                PurePath(info.filename).name: archive.read(info)
                for info in archive.infolist()
                if not info.is_dir() and not info.filename.startswith("__MACOSX")
            }
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFailed(f"{name}: a damaged zip file ({error})") from None


def read_files(
    files: Files,
    progress: excel.Progress | None = None,
    fmt: str | None = None,
    choices: register.Choices | None = None,
) -> ImportResult:
    """Read a map from uploaded or opened files ``{name: content}``.

    ``progress(fraction, message)``, when given, is called as a big spreadsheet is read
    (formats that read in a blink do not call it). ``fmt``, a reader's key, reads the
    files as that format only, for files that look like another. ``choices`` (which
    sheet, header row and columns to read) read the files as a stakeholder register.

    Raises ``ImportFailed`` (one line: what is wrong with which file) when no reader
    recognises the files, and the model's ``MapValidationError`` when a reader finds
    problems in the content.
    """
    if not files:
        raise ImportFailed("no file was given")
    expanded: dict[str, bytes] = {}
    for name, data in files.items():
        if _suffix(name) == ".zip" or (data[:4] == b"PK\x03\x04" and _suffix(name) == ""):
            expanded.update(_unzip(name, data))
        else:
            expanded[name] = data
    if choices is not None:
        return register.read_register(expanded, choices)
    readers = READERS if fmt is None else [_reader(fmt)]
    for reader in readers:
        if reader.sniff(expanded):
            if progress is not None and reader.reports_progress:
                return reader.read(expanded, progress=progress)
            return reader.read(expanded)
    names = ", ".join(sorted(expanded))
    if fmt is not None:
        raise ImportFailed(f"{names}: not in the format {readers[0].name}")
    for name, data in expanded.items():
        if _suffix(name) in (".json", ".cyjs"):
            native.parse_json(data, name)  # a syntax error gets its line and column
    known = "; ".join(reader.name for reader in READERS)
    raise ImportFailed(f"{names}: not a format Partnership Mapper reads (it reads: {known})")


def _reader(key: str) -> Reader:
    for reader in READERS:
        if reader.key == key:
            return reader
    known = ", ".join(reader.key for reader in READERS)
    raise ImportFailed(f"unknown import format {key!r}; known: {known}")


def read_bytes(data: bytes, filename: str) -> ImportResult:
    """Read one uploaded file."""
    return read_files({filename: data})


def read_paths(
    *paths: Path, fmt: str | None = None, choices: register.Choices | None = None
) -> ImportResult:
    """Read a map from files or folders on disk (a folder holds CSV files); ``fmt`` and
    ``choices`` as for :func:`read_files`."""
    files: dict[str, bytes] = {}
    for path in paths:
        if not path.exists():
            raise ImportFailed(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and _suffix(child.name) in (".csv", ".json", ".xlsx"):
                    files[child.name] = child.read_bytes()
            if not files:
                raise ImportFailed(f"{path}: this folder holds no map files")
        else:
            files[path.name] = path.read_bytes()
    return read_files(files, fmt=fmt, choices=choices)


def export_map(pmap: PartnershipMap, fmt: str) -> tuple[bytes, str, str]:
    """``(content, file name, MIME type)`` for a download of ``pmap`` in ``fmt``."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}") from None
    return writer.write(pmap), slugify(pmap.name) + writer.extension, writer.mimetype


def write_path(pmap: PartnershipMap, path: Path, fmt: str | None = None) -> list[Path]:
    """Write ``pmap`` to ``path``, the format from ``fmt`` or the extension.

    A path without extension (or an existing folder) gets the CSV files; ``fmt`` is a key
    of :data:`WRITERS`. Files are
    written beside their final name first and then moved, so a failure leaves no
    half-written file.
    """
    suffix = _suffix(path.name)
    if fmt in (None, "csv") and (path.is_dir() or suffix == ""):
        return csv_format.write_csv(pmap, path)
    by_length = sorted(WRITERS.items(), key=lambda item: -len(item[1].extension))
    lowered = path.name.lower()  # "map.kumu.xlsx" is Kumu's layout, "map.xlsx" ours
    chosen = fmt or next((key for key, w in by_length if lowered.endswith(w.extension)), None)
    if chosen is None:
        known = ", ".join(sorted({w.extension for w in WRITERS.values()}))
        raise ValueError(
            f"{path}: cannot tell the format from '{suffix}' (known: {known}, or a folder)"
        )
    data = WRITERS[chosen].write(pmap)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    return [path]
