"""NodeXL workbooks (the Excel template from the Social Media Research Foundation).

NodeXL keeps a network in the sheets ``Edges`` (``Vertex 1``, ``Vertex 2``) and
``Vertices`` (``Vertex``), with a row of column groups above the header: *Visual
Properties*, *Labels*, *Layout*, *Graph Metrics*, *Do Not Edit*, *Other Columns*. What a
column means is read from its group: the user's own columns and the labels are kept,
positions are kept, and how NodeXL drew or measured the graph (colours, shapes, its own
centrality scores) is left out and listed in the report. ``Group Vertices`` puts actors
in NodeXL groups, kept as tags; the ``Misc`` sheet says whether the graph is directed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign, clean_key
from mapper.io.result import ImportFailed, ImportReport, ImportResult

__all__ = ["is_nodexl", "read_nodexl"]

Files = Mapping[str, bytes]
_KEPT_GROUPS = ("labels", "other columns", "")
_DRAWN_LABELS = {"label fill color", "label position", "label text color", "label font size"}
_USED = ("edges", "vertices", "group vertices", "misc")


def _workbook(files: Files) -> CalamineWorkbook | None:
    if len(files) != 1:
        return None
    ((_, data),) = files.items()
    if data[:4] != b"PK\x03\x04":
        return None
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except (CalamineError, ValueError, OSError):
        return None


def is_nodexl(files: Files) -> bool:
    """An Excel workbook with NodeXL's ``Edges`` and ``Vertices`` sheets and NodeXL's
    ``Vertex 1`` / ``Vertex 2`` header in the second row of ``Edges``."""
    book = _workbook(files)
    if book is None or not {"Edges", "Vertices"} <= set(book.sheet_names):
        return False
    try:
        rows = book.get_sheet_by_name("Edges").to_python(nrows=2)
    except CalamineError:  # a damaged sheet: read_xlsx says so
        return False
    return len(rows) == 2 and [str(c).strip() for c in rows[1][:2]] == ["Vertex 1", "Vertex 2"]


def _value(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.strip() if isinstance(value, str) else value


def _table(
    book: CalamineWorkbook, sheet: str, left_out: set[str]
) -> list[tuple[int, dict[str, Any]]]:
    """Rows below NodeXL's two header rows, with the columns of kept groups only."""
    rows = book.get_sheet_by_name(sheet).to_python() if sheet in book.sheet_names else []
    if len(rows) < 2:
        return []
    group, keep = "", []
    for category, header in zip(rows[0], rows[1], strict=False):
        group = str(category).strip().lower() or group
        name = str(header).strip()
        lower = name.lower()
        if not name or lower == "add your own columns here":  # NodeXL's empty invitation
            keep.append(None)
            continue
        kept = lower in ("x", "y") or (group in _KEPT_GROUPS and lower not in _DRAWN_LABELS)
        if not kept:
            left_out.add(name)
        keep.append(name if kept else None)
    located = []
    for number, row in enumerate(rows[2:], start=3):
        record = {
            name: _value(cell) for name, cell in zip(keep, row, strict=False) if name is not None
        }
        if any(value not in ("", None) for value in record.values()):
            located.append((number, record))
    return located


def _directed(book: CalamineWorkbook) -> bool:
    """The ``Graph Directedness`` setting on the ``Misc`` sheet (NodeXL's default:
    directed)."""
    if "Misc" not in book.sheet_names:
        return True
    for row in book.get_sheet_by_name("Misc").to_python():
        cells = [str(cell).strip() for cell in row]
        if "Graph Directedness" in cells:
            return cells[cells.index("Graph Directedness") + 1 :][:1] != ["Undirected"]
    return True


def read_nodexl(files: Files) -> ImportResult:
    """A NodeXL workbook: vertices, edges, labels, positions, groups as tags."""
    try:
        return _read_nodexl(files)
    except CalamineError as error:  # a sheet damaged inside a sound zip
        ((name, _),) = files.items()
        raise ImportFailed(f"{name}: a damaged or unreadable NodeXL workbook ({error})") from None


def _read_nodexl(files: Files) -> ImportResult:
    ((name, _),) = files.items()
    book = _workbook(files)
    if book is None:
        raise ImportFailed(f"{name}: a damaged or unreadable NodeXL workbook")
    left_out: set[str] = set()
    groups: dict[str, list[str]] = {}
    for _, row in _table_plain(book, "Group Vertices"):
        if row.get("Group") and row.get("Vertex"):
            groups.setdefault(str(row["Vertex"]), []).append(f"NodeXL group: {row['Group']}")
    nodes = []
    for number, row in _table(book, "Vertices", left_out):
        attrs = {clean_key(k): v for k, v in row.items()}
        vertex = attrs.pop("vertex", None)
        label = attrs.pop("label", None) or vertex
        if "tooltip" in attrs:
            attrs.setdefault("notes", attrs.pop("tooltip"))
        if str(vertex) in groups:
            attrs["tags"] = groups[str(vertex)]
        nodes.append(ForeignNode(f"Vertices row {number}", vertex, label, attrs))
    directed = _directed(book)
    edges = []
    for number, row in _table(book, "Edges", left_out):
        attrs = {clean_key(k): v for k, v in row.items()}
        source, target = attrs.pop("vertex_1", None), attrs.pop("vertex_2", None)
        edges.append(ForeignEdge(f"Edges row {number}", source, target, None, directed, attrs))
    report = ImportReport(source=name, format="NodeXL workbook")
    if left_out:
        report.ignored.append(
            "NodeXL's drawing and its own graph metrics are not kept (columns "
            + ", ".join(f"'{column}'" for column in sorted(left_out))
            + "): Partnership Mapper draws by kind and measures the map itself."
        )
    skipped = [s for s in book.sheet_names if s.lower() not in _USED]
    if skipped:
        report.ignored.append(
            "Sheets NodeXL fills in itself are not read: "
            + ", ".join(f"'{sheet}'" for sheet in skipped)
        )
    return build_foreign(
        "NodeXL", "NodeXL workbook", name, nodes, edges, create_missing=True, report=report
    )


def _table_plain(book: CalamineWorkbook, sheet: str) -> list[tuple[int, dict[str, Any]]]:
    """A sheet with its header in the first row (``Group Vertices`` has no groups row)."""
    rows = book.get_sheet_by_name(sheet).to_python() if sheet in book.sheet_names else []
    if not rows:
        return []
    header = [str(cell).strip() for cell in rows[0]]
    return [
        (number, {h: _value(c) for h, c in zip(header, row, strict=False) if h})
        for number, row in enumerate(rows[1:], start=2)
    ]
