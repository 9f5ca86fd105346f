"""Which format a file is, and the one door every import and export goes through.

Readers are tried in order on the file contents (not only the extension), so a Kumu
export renamed ``map.json`` still reads as Kumu. The CLI and the app both call
:func:`read_files` / :func:`export_map`, so a format added here works everywhere.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from mapper.graph.model import MapValidationError, PartnershipMap, slugify
from mapper.io import csv as csv_format
from mapper.io import (
    cytoscape,
    excel,
    gephi,
    graphml,
    kumu,
    limits,
    native,
    nodexl,
    oligrapher,
    register,
    sna,
    unread,
)
from mapper.io.result import ImportFailed, ImportResult, NotAMapLayout

if TYPE_CHECKING:  # the report, and the analysis under it, load only when one is written
    from mapper.io.round_report import RoundPart

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
        return limits.load_json(data, name)
    except ImportFailed:  # not JSON, or over a limit: said when no reader takes the file
        return None


def _read_native(files: Files) -> ImportResult:
    ((name, data),) = files.items()
    return native.loads(data, source=name)


def _is_csv(files: Files) -> bool:
    return bool(files) and all(_suffix(name) in (".csv", ".txt", ".tsv") for name in files)


# What a reader of other tools' JSON raises on a value of the wrong type where it expects
# a list or an object ("edges": 5): other tools' documents are not checked against a schema.
_MISSHAPEN = (TypeError, AttributeError, KeyError, IndexError, ValueError)


def _json_reader(
    key: str, name: str, sniff: Callable[[object], bool], read: Callable[[Any, str], ImportResult]
) -> Reader:
    """A reader of one JSON document: ``sniff`` and ``read`` get the parsed document."""

    def read_files(files: Files) -> ImportResult:
        ((filename, _),) = files.items()
        try:
            return read(_json_document(files), filename)
        except (ImportFailed, MapValidationError):
            raise
        except _MISSHAPEN:
            raise ImportFailed(
                f"{filename}: looks like {name} but is not in its shape (a list, an object "
                "or a value where another belongs); export it again from the tool that made it"
            ) from None

    def sniff_files(files: Files) -> bool:
        try:
            return sniff(_json_document(files))
        except _MISSHAPEN:  # not this tool's shape
            return False

    return Reader(key, name, sniff_files, read_files)


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
        "gephi-json", "Gephi JSON (graphology)", gephi.is_graphology, gephi.read_graphology
    ),
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
    Reader("pajek", "Pajek (.net)", sna.is_pajek, sna.read_pajek),
    Reader("gml", "GML", sna.is_gml, sna.read_gml),
    Reader("dl", "UCINET DL", sna.is_dl, sna.read_dl),
    Reader("nodexl", "NodeXL workbook", nodexl.is_nodexl, nodexl.read_nodexl),
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

    def write(pmap: PartnershipMap, *survey: RoundPart) -> bytes:
        from mapper.graph.analyse import analyse
        from mapper.io import report

        return getattr(report, render)(analyse(pmap), *survey).encode("utf-8")

    return write


def _written(key: str, pmap: PartnershipMap, survey: RoundPart | None) -> bytes:
    """``pmap`` in the format ``key``; the HTML report with the survey round's section
    when one is given (other formats say nothing of survey rounds)."""
    if key == SURVEY_REPORT and survey is not None:
        return WRITERS[key].write(pmap, survey)  # type: ignore[call-arg]
    return WRITERS[key].write(pmap)


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
SURVEY_REPORT = "html"  # the writer that shows the latest survey round, when given one


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
    recognises the files or they break a limit (see :mod:`mapper.io.limits`), and the
    model's ``MapValidationError`` when a reader finds problems in the content.
    """
    if not files:
        raise ImportFailed("no file was given")
    limits.check_size(", ".join(files), sum(len(data) for data in files.values()))
    expanded: dict[str, bytes] = {}
    for name, data in files.items():
        if _suffix(name) == ".zip" or (data[:4] == b"PK\x03\x04" and _suffix(name) == ""):
            expanded.update(limits.unzip(name, data))
        else:
            expanded[name] = data
    limits.check_workbooks(expanded)  # before a sniffer opens a workbook with calamine
    if choices is not None:
        return register.read_register(expanded, choices)
    readers = READERS if fmt is None else [_reader(fmt)]
    names = ", ".join(sorted(expanded))
    for reader in readers:
        if reader.sniff(expanded):
            try:
                if progress is not None and reader.reports_progress:
                    return _something_read(reader.read(expanded, progress=progress), names)
                return _something_read(reader.read(expanded), names)
            except NotAMapLayout as failed:
                return _as_register(expanded, failed)
    if fmt is not None:
        raise ImportFailed(f"{names}: not in the format {readers[0].name}")
    for name, data in expanded.items():
        if _suffix(name) in (".json", ".cyjs"):
            native.parse_json(data, name)  # a syntax error gets its line and column
    hint = unread.advice(expanded)  # a format we know but do not read: what to export
    if hint is not None:
        raise ImportFailed(hint)
    known = "; ".join(reader.name for reader in READERS)
    raise ImportFailed(f"{names}: not a format Partnership Mapper reads (it reads: {known})")


def _as_register(files: Files, failed: NotAMapLayout) -> ImportResult:
    """A workbook in no map's layout, read as a stakeholder register with nothing chosen;
    when that fails too, both reasons (the second says which column or row to choose)."""
    try:
        return register.read_register(files)
    except ImportFailed as why:
        raise NotAMapLayout(f"{failed}. Read as a stakeholder register: {why}") from None


def _something_read(result: ImportResult, names: str) -> ImportResult:
    """Refuse a file whose every actor was skipped, instead of importing an empty map.

    A file that holds no actors at all (a blank map we wrote) still reads."""
    skipped = result.report.ignored
    if result.map.graph.number_of_nodes() == 0 and skipped:
        shown = "; ".join(skipped[:3]) + (
            f"; and {len(skipped) - 3} more" if len(skipped) > 3 else ""
        )
        raise ImportFailed(f"{names}: nothing could be read, so nothing was imported ({shown})")
    return result


def _reader(key: str) -> Reader:
    for reader in READERS:
        if reader.key == key:
            return reader
    known = ", ".join(reader.key for reader in READERS)
    raise ImportFailed(f"unknown import format {key!r}; known: {known}")


def read_bytes(data: bytes, filename: str) -> ImportResult:
    """Read one uploaded file."""
    return read_files({filename: data})


# Files a folder of maps often holds beside them that are never a map.
_NOT_MAPS = (".md", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".svg", ".docx", ".doc")


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(files to read, files left beside them) in a folder: its ``nodes.csv``, ``edges.csv``
    and ``map.csv`` when it has the first two, whatever else sits there; else its one map
    file, or its CSV tables read together.

    Raises ``ImportFailed`` for a folder of several maps: one import makes one map, and
    which file was meant is the user's to say."""
    children = [
        child
        for child in sorted(folder.iterdir())
        if child.is_file() and not child.name.startswith(".")
    ]
    by_name = {child.name.lower(): child for child in children}
    if "nodes.csv" in by_name and "edges.csv" in by_name:
        read = [by_name[name] for name in ("map.csv", "nodes.csv", "edges.csv") if name in by_name]
        return read, [c for c in children if c not in read]
    maps = [c for c in children if _suffix(c.name) not in _NOT_MAPS]
    if not maps:
        raise ImportFailed(f"{folder}: this folder holds no map files")
    if len(maps) > 1 and not _is_csv({c.name: b"" for c in maps}):
        shown = ", ".join(c.name for c in maps[:5]) + (
            f" and {len(maps) - 5} more" if len(maps) > 5 else ""
        )
        raise ImportFailed(
            f"{folder}: this folder holds {len(maps)} files that may each be a map ({shown}); "
            "give the one to read (a folder is read whole only for its CSV tables)"
        )
    return maps, []  # what else is there is documents and pictures, never a map


def read_paths(
    *paths: Path, fmt: str | None = None, choices: register.Choices | None = None
) -> ImportResult:
    """Read a map from files or folders on disk (a folder holds CSV files); ``fmt`` and
    ``choices`` as for :func:`read_files`. Files a folder holds beside its ``nodes.csv``
    and ``edges.csv`` are left out, and the report says so."""
    files: dict[str, bytes] = {}
    beside: list[Path] = []
    for path in paths:
        if not path.exists():
            raise ImportFailed(f"{path}: no such file or folder")
        if path.is_dir():
            read, left = _folder_files(path)
            limits.check_size(str(path), sum(child.stat().st_size for child in read))
            files.update((child.name, child.read_bytes()) for child in read)
            beside += left
        else:
            limits.check_size(str(path), path.stat().st_size)  # before reading it in
            files[path.name] = path.read_bytes()
    result = read_files(files, fmt=fmt, choices=choices)
    result.report.ignored += [
        f"{path}: not read, as it sits beside nodes.csv and edges.csv" for path in beside
    ]
    return result


def export_map(
    pmap: PartnershipMap, fmt: str, survey: RoundPart | None = None
) -> tuple[bytes, str, str]:
    """``(content, file name, MIME type)`` for a download of ``pmap`` in ``fmt`` (the HTML
    report with ``survey``, the latest survey round's part, when given)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}") from None
    return _written(fmt, pmap, survey), slugify(pmap.name) + writer.extension, writer.mimetype


def write_path(
    pmap: PartnershipMap, path: Path, fmt: str | None = None, survey: RoundPart | None = None
) -> list[Path]:
    """Write ``pmap`` to ``path``, the format from ``fmt`` or the extension (the HTML
    report with ``survey``, the latest survey round's part, when given).

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
    data = _written(chosen, pmap, survey)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    return [path]
