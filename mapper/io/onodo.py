"""Onodo workbooks (onodo.org, closed in 2024): ``Nodes`` and ``Relations`` sheets.

Onodo's import template: ``Nodes`` (Name, Type, Description, Visible, custom columns) and
``Relations`` (Source, Type, Target, Directed, At or Date). Onodo trimmed names and
created the nodes a relation names but the Nodes sheet lacks; so do we.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign, clean_key
from mapper.io.result import ImportResult

__all__ = ["is_onodo", "read_onodo_sheets"]

Rows = list[tuple[int, dict[str, Any]]]
_TRUE = {"1", "true", "yes", "y", "directed"}


def is_onodo(headers: Mapping[str, list[str]]) -> bool:
    """True for a workbook laid out as Onodo's: given ``{sheet name: header cells}``."""
    names = {clean_key(sheet): [clean_key(h) for h in cells] for sheet, cells in headers.items()}
    if "relations" in names:
        return True
    nodes = names.get("nodes", [])
    return "name" in nodes and "label" not in nodes and "id" not in nodes


def _directed(value: Any) -> bool:
    """Onodo's Directed is a yes/no cell; a blank one meant an undirected relation."""
    return str(value).strip().lower() in _TRUE if value is not None else False


def read_onodo_sheets(
    sheets: Mapping[str, Rows], source: str, skipped: Iterable[str] = ()
) -> ImportResult:
    """An Onodo workbook, given as ``{sheet name: [(row number, {header: value})]}``."""
    nodes: list[ForeignNode] = []
    edges: list[ForeignEdge] = []
    ignored = list(skipped)
    for sheet, rows in sheets.items():
        table = clean_key(sheet)
        for number, row in rows:
            where = f"{sheet} row {number}"
            attrs = {clean_key(k): v.strip() if isinstance(v, str) else v for k, v in row.items()}
            if table == "nodes":
                nodes.append(ForeignNode(where, label=attrs.pop("name", None), attrs=attrs))
            elif table == "relations":
                if "at" in attrs:
                    attrs.setdefault("date", attrs.pop("at"))
                edges.append(
                    ForeignEdge(
                        where,
                        source=attrs.pop("source", None),
                        target=attrs.pop("target", None),
                        directed=_directed(attrs.pop("directed", None)),
                        attrs=attrs,
                    )
                )
        if table not in ("nodes", "relations"):
            ignored.append(f"sheet '{sheet}' skipped: Onodo imports only Nodes and Relations")
    result = build_foreign("Onodo", "Onodo workbook", source, nodes, edges, create_missing=True)
    result.report.ignored[:0] = ignored
    return result
