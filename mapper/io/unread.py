"""Network files we recognise but do not read, and what to export from their tool instead.

When no reader takes a file, :func:`advice` looks for one of these by its extension or its
first line, so the user learns in one line which format they have and how to get a file
Partnership Mapper reads, instead of a list of every format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath

__all__ = ["advice"]

# (extension, pattern of the file's opening, what it is, what to do instead)
_KNOWN: tuple[tuple[str, re.Pattern[bytes] | None, str, str], ...] = (
    (
        ".gephi",
        None,
        "a Gephi project",
        "in Gephi, choose File > Export > Graph file and pick GEXF",
    ),
    (
        ".dot",
        re.compile(rb"^\s*(strict\s+)?(di)?graph\b[^\[{]*\{", re.I),
        "a Graphviz DOT file",
        "open it in Gephi (File > Open) and export it as GEXF",
    ),
    (".gv", None, "a Graphviz DOT file", "open it in Gephi (File > Open) and export it as GEXF"),
    (
        ".gdf",
        re.compile(rb"^\s*nodedef>", re.I),
        "a GUESS GDF file",
        "open it in Gephi (File > Open) and export it as GEXF",
    ),
    (
        ".vna",
        re.compile(rb"^\s*\*node data", re.I),
        "a NetDraw VNA file",
        "in NetDraw, save the network as a Pajek .net or UCINET DL file",
    ),
    (
        ".tgf",
        None,
        "a Trivial Graph Format file",
        "open it in yEd and save it as GraphML (.graphml)",
    ),
    (".paj", None, "a Pajek project", "in Pajek, save the network on its own as a .net file"),
    (
        ".##h",
        None,
        "a UCINET dataset",
        "in UCINET, choose Data > Export > DL and pick the fullmatrix or edgelist1 layout",
    ),
    (
        ".xls",
        re.compile(rb"^\xd0\xcf\x11\xe0"),
        "an Excel 97-2003 workbook (.xls)",
        "open it in Excel or LibreOffice and save it as an .xlsx workbook",
    ),
    (
        ".ods",
        None,
        "an OpenDocument spreadsheet",
        "open it in LibreOffice and save it as an .xlsx workbook",
    ),
)


def advice(files: Mapping[str, bytes]) -> str | None:
    """One line naming the format of the first file we know but do not read, and what
    to export instead; ``None`` when none is known."""
    for name, data in files.items():
        suffix = PurePath(name).suffix.lower()
        for extension, opening, what, instead in _KNOWN:
            if suffix == extension or (opening is not None and opening.match(data[:512])):
                return f"{name}: {what}, which Partnership Mapper does not read: {instead}."
    return None
