"""What one file may ask of the server, checked before any reader allocates for it.

Every door a file comes in by (a path given to the CLI, an upload in the app, a member of
a zip) goes through :func:`check_size`; zips are opened with :func:`open_zip`; every
workbook is checked with :func:`check_workbooks` before any reader's sniffer opens it
with calamine (``mapper.io.formats.read_files`` does all three, the app's
stakeholder-register preview the last); JSON is parsed with :func:`load_json`. Each
refuses with one :class:`ImportFailed` line naming the file, so a hostile or broken file
costs a few milliseconds and changes nothing.

The upload limit is set with ``MAPPER_MAX_UPLOAD_MB`` (``mapper serve --max-upload-mb``
sets it), the room a zip or workbook may unpack to with ``MAPPER_MAX_UNZIPPED_MB``.
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import PurePath

from mapper.io.result import ImportFailed

__all__ = [
    "UPLOAD_ENV",
    "Limits",
    "check_size",
    "check_workbook",
    "check_workbooks",
    "load_json",
    "open_zip",
    "unzip",
]

UPLOAD_ENV = "MAPPER_MAX_UPLOAD_MB"
UNZIPPED_ENV = "MAPPER_MAX_UNZIPPED_MB"
MB = 1_000_000
# What a damaged zip raises from zipfile and zlib (encrypted: RuntimeError; an unknown
# compression method: NotImplementedError).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    KeyError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)
_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_FAR = 10**12  # a row or column past any sheet's: "B11111111111111111111" is refused
# Row and cell start tags, and those naming their position (``r="B12"``), quotes in other
# attributes skipped whole; (plain, prefixed) patterns: most sheets write ``<c``, a few
# ``<x:c``, and the plain patterns, with a fixed start, are several times faster.
_PREFIXED = re.compile(rb"<\w+:(?:c|row)[\s/>]")
_ATTRIBUTES_BEFORE_R = rb"""\s(?:[^>"']|"[^"]*"|'[^']*')*?(?<=\s)r\s*=\s*["']"""


def _sheet_patterns(start: bytes) -> tuple[re.Pattern[bytes], ...]:
    """Row tags, cell tags, rows naming their number, cells naming their position."""
    return (
        re.compile(start + rb"row[\s/>]"),
        re.compile(start + rb"c[\s/>]"),
        re.compile(start + b"row" + _ATTRIBUTES_BEFORE_R + rb"(\d+)"),
        re.compile(start + b"c" + _ATTRIBUTES_BEFORE_R + rb"([A-Za-z]*)(\d+)"),
    )


_PATTERNS = {False: _sheet_patterns(b"<"), True: _sheet_patterns(rb"<(?:\w+:)?")}


def _env_mb(name: str, default: float) -> float:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise ImportFailed(f"{name} must be a number of megabytes, not {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise ImportFailed(f"{name} must be a number of megabytes above 0, not {text!r}")
    return value


@dataclass(frozen=True, kw_only=True)
class Limits:
    """The caps, with room for a 5,000-actor workbook many times over."""

    upload_mb: float = 20.0  # all the files of one import together
    unzipped_mb: float = 200.0  # what a zip or a workbook unpacks to
    zip_entries: int = 1000
    sheet_cells: int = 2_000_000  # rows x columns a sheet's cells span (calamine fills them)
    json_depth: int = 64
    number_length: int = 100  # characters in one JSON number

    @classmethod
    def current(cls) -> Limits:
        """The limits for this process: the defaults, or what the environment sets."""
        return cls(
            upload_mb=_env_mb(UPLOAD_ENV, cls.upload_mb),
            unzipped_mb=_env_mb(UNZIPPED_ENV, cls.unzipped_mb),
        )

    @property
    def upload_bytes(self) -> int:
        return int(self.upload_mb * MB)

    @property
    def unzipped_bytes(self) -> int:
        return int(self.unzipped_mb * MB)


def _mb(size: float) -> str:
    return f"{size / MB:,.1f} MB" if size < 10 * MB else f"{size / MB:,.0f} MB"


def check_size(name: str, size: int, limits: Limits | None = None) -> None:
    """Refuse a file (or a set of files) of ``size`` bytes above the upload limit."""
    limits = limits or Limits.current()
    if size > limits.upload_bytes:
        raise ImportFailed(
            f"{name}: the file is {_mb(size)}; files up to {limits.upload_mb:g} MB can be imported"
        )


def _check_directory(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip whose directory lists too many files or declares too much content."""
    infos = archive.infolist()
    if len(infos) > limits.zip_entries:
        raise ImportFailed(
            f"{name}: holds {len(infos):,} files; a zip may hold up to {limits.zip_entries:,}"
        )
    declared = sum(info.file_size for info in infos)
    if declared > limits.unzipped_bytes:
        raise ImportFailed(
            f"{name}: unpacks to {_mb(declared)}; up to {_mb(limits.unzipped_bytes)} is read"
        )


def open_zip(name: str, data: bytes, limits: Limits | None = None) -> zipfile.ZipFile:
    """The zip in ``data`` once its directory shows it unpacks within the limits.

    Python's zipfile never inflates a member past the size the directory declares, so
    checking the declared sizes bounds what :func:`unzip` can allocate.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as error:
        raise ImportFailed(f"{name}: a damaged zip file ({error})") from None
    _check_directory(name, archive, limits or Limits.current())
    return archive


def unzip(name: str, data: bytes, limits: Limits | None = None) -> dict[str, bytes]:
    """The files in a zip by their base name (folders and macOS extras left out)."""
    archive = open_zip(name, data, limits)
    try:
        return {
            PurePath(info.filename).name: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir() and not info.filename.startswith("__MACOSX")
        }
    except ZIP_ERRORS as error:
        raise ImportFailed(f"{name}: a damaged zip file ({error})") from None


def _row_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 12 else _FAR


def _column_number(letters: bytes | str) -> int:
    """``"B"`` -> 2, ``"AA"`` -> 27."""
    text = letters if isinstance(letters, str) else letters.decode("ascii")
    if len(text) > 8:
        return _FAR
    number = 0
    for letter in text.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _furthest_cell(xml: bytes) -> tuple[int, int]:
    """(columns, rows) from A1 to the furthest cell or row a sheet holds: at least what
    calamine fills, whatever the sheet's ``<dimension>`` declares (calamine ignores it).

    Cells and rows may leave out their position (``r``); calamine then places them after
    the one before, so those are counted on top of the furthest named position.
    """
    row_tag, cell_tag, row_ref, cell_ref = _PATTERNS[_PREFIXED.search(xml) is not None]
    cells = cell_ref.findall(xml)
    named_rows = row_ref.findall(xml)
    rows = max(map(_row_number, {*named_rows, *(row for _, row in cells)}), default=0)
    columns = max(map(_column_number, {column for column, _ in cells}), default=0)
    rows += max(len(row_tag.findall(xml)) - len(named_rows), 0)
    unnamed = len(cell_tag.findall(xml)) - len(cells)
    if unnamed > 0:
        starts = [match.start() for match in row_tag.finditer(xml)] + [len(xml)]
        columns += max(
            (len(cell_tag.findall(xml, start, end)) for start, end in pairwise(starts)),
            default=unnamed,
        )
    return columns, rows


def _column_letters(number: int) -> str:
    """2 -> ``"B"``, 27 -> ``"AA"``."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, room: int) -> bytes:
    """A member's content, read no further than ``room`` + 1 bytes whatever its header
    says (a forged size must not let calamine, which trusts the data, inflate more)."""
    bounded = copy.copy(info)
    bounded.file_size = room + 2  # one byte more than read: the CRC is checked at the end
    with archive.open(bounded) as member:
        return member.read(room + 1)


def check_workbook(name: str, data: bytes, limits: Limits | None = None) -> None:
    """Refuse a workbook (any zip a reader may open) that unpacks past the limits or
    whose sheets span too many cells.

    Reads the zip's directory, then each part inflated with a cap, and the furthest cell
    each sheet names, before any spreadsheet library allocates for it. A sheet's declared
    ``<dimension>`` is not trusted either way: calamine ignores it, and tools write it
    wrongly. A damaged zip passes: what cannot be unpacked costs nothing, and each reader
    says in its own words that it cannot read it.
    """
    limits = limits or Limits.current()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        return
    _check_directory(name, archive, limits)
    room = limits.unzipped_bytes
    for info in archive.infolist():
        try:
            content = _inflate(archive, info, room)
        except ZIP_ERRORS:
            return
        room -= len(content)
        if room < 0:
            raise ImportFailed(
                f"{name}: unpacks to more than {_mb(limits.unzipped_bytes)}; "
                f"up to {_mb(limits.unzipped_bytes)} is read"
            )
        if _SHEET.fullmatch(info.filename):
            columns, rows = _furthest_cell(content)
            if columns * rows > limits.sheet_cells:
                raise ImportFailed(
                    f"{name}: a sheet reaches cell {_column_letters(columns)}{rows}, "
                    f"{columns * rows:,} cells from A1; up to {limits.sheet_cells:,} "
                    "cells a sheet are read (delete what lies beyond the map)"
                )


def check_workbooks(files: Mapping[str, bytes], limits: Limits | None = None) -> None:
    """:func:`check_workbook` for every file that is a zip (a workbook, a zip of tables)."""
    for name, data in files.items():
        if data[:4] == b"PK\x03\x04":
            check_workbook(name, data, limits)


def _deeper_than(document: object, depth: int) -> bool:
    """True when ``document`` nests lists and objects more than ``depth`` levels deep."""
    level: list[object] = [document]
    for _ in range(depth):
        level = [
            child
            for item in level
            if isinstance(item, dict | list)
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def _too_deep(source: str, limits: Limits) -> str:
    return f"{source}: lists and objects nested more than {limits.json_depth} levels deep"


def load_json(data: str | bytes, source: str, limits: Limits | None = None) -> object:
    """Parse JSON within the limits, or raise ``ImportFailed`` saying where it breaks.

    Numbers longer than the limit, ``Infinity`` and ``NaN`` (not JSON, though Python
    writes them) and nesting deeper than the limit are refused.
    """
    limits = limits or Limits.current()

    def number(text: str, kind: type[int] | type[float]) -> int | float:
        if len(text) > limits.number_length:
            raise ImportFailed(
                f"{source}: a number {len(text):,} digits long; numbers of up to "
                f"{limits.number_length} characters are read"
            )
        value = kind(text)
        if not math.isfinite(value):
            raise ImportFailed(f"{source}: the number {text} is too large")
        return value

    def constant(text: str) -> None:
        raise ImportFailed(f"{source}: {text} is not a number JSON allows")

    try:
        document = json.loads(
            data,
            parse_int=lambda text: number(text, int),
            parse_float=lambda text: number(text, float),
            parse_constant=constant,
        )
    except json.JSONDecodeError as error:
        raise ImportFailed(
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except UnicodeDecodeError:
        raise ImportFailed(f"{source}: not valid JSON (not UTF-8 text)") from None
    except RecursionError:
        raise ImportFailed(_too_deep(source, limits)) from None
    if _deeper_than(document, limits.json_depth):
        raise ImportFailed(_too_deep(source, limits))
    return document
