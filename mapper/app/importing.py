"""Importing on the home page, apart from Dash: what an upload would bring in, then saving it.

The import is read twice on purpose: once for the preview (nothing is written), and again
from the same uploaded bytes when the user confirms, so what is saved is exactly what the
preview described and nothing waits on the server between the two clicks. Saving is one
store call, so one transaction: a failure or a closed tab leaves the maps as they were.

A stakeholder register comes with a mapping step: the preview shows what each column
becomes, the user may change any of it (kept as plain data in the page, see
:func:`choose`), and both the preview and the save read the file with those choices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mapper.app.library import decode_uploads, read_upload
from mapper.graph.model import MapValidationError
from mapper.io import ImportFailed, ImportResult, read_files
from mapper.io.limits import check_workbooks
from mapper.io.register import Choices, Layout, RegisterResult, build, plan
from mapper.io.result import NotAMapLayout
from mapper.store import Store

__all__ = [
    "ACCEPT",
    "FIRST_ACTORS",
    "FORMATS_READ",
    "Preview",
    "RegisterView",
    "Saved",
    "choices_from",
    "choose",
    "preview_upload",
    "save_upload",
]

FIRST_ACTORS = 8  # actors listed in the preview, so a user can see the names came out right
# The file types the upload offers; the format itself is recognised from the content.
ACCEPT = ".json,.cyjs,.csv,.tsv,.txt,.zip,.xlsx,.xlsm,.graphml,.xml,.gexf,.net,.gml,.dl"
FORMATS_READ = (
    "Partnership Mapper JSON or CSV (a zip, or nodes.csv with edges.csv), stakeholder "
    "registers (CSV or Excel, one row per stakeholder), Excel (ours, Kumu’s, Onodo’s or "
    "NodeXL’s), Kumu JSON, Gephi (CSV tables, JSON, Gephi Lite, GEXF), GraphML (yEd, Gephi, "
    "Cytoscape), Cytoscape JSON, Oligrapher / LittleSis maps, Pajek, GML and UCINET DL"
)


@dataclass(frozen=True, kw_only=True)
class RegisterView:
    """What the preview shows of a register: where it was read and each column's choice."""

    sheets: tuple[str, ...]
    sheet: str | None
    header_row: int | None
    columns: tuple[tuple[int, str, str, str], ...]  # (index, heading, target, first values)
    ratings: tuple[str, ...]
    problems: tuple[str, ...] = ()  # why these choices cannot be imported yet

    @classmethod
    def of(
        cls, layout: Layout, ratings: tuple[str, ...] = (), problems: Iterable[str] = ()
    ) -> RegisterView:
        return cls(
            sheets=layout.sheets,
            sheet=layout.sheet,
            header_row=layout.header_row,
            columns=tuple(
                (c.index, c.heading, c.target, " · ".join(c.sample)) for c in layout.columns
            ),
            ratings=ratings,
            problems=tuple(problems),
        )


@dataclass(frozen=True, kw_only=True)
class Preview:
    """What an import would create, in the words of its report, before anything is saved."""

    files: str
    name: str
    format: str
    actors: int
    links: int
    created: tuple[str, ...]
    merged: tuple[str, ...]
    guessed: tuple[str, ...]
    ignored: tuple[str, ...]
    first: tuple[tuple[str, str], ...]  # (label, kind) of the first actors
    register: RegisterView | None = None

    @classmethod
    def of(cls, result: ImportResult, files: str) -> Preview:
        pmap, report = result.map, result.report
        first = tuple((node["label"], node["kind"]) for node in pmap.nodes()[:FIRST_ACTORS])
        register, shown = None, set()
        if isinstance(result, RegisterResult) and result.layout is not None:
            register = RegisterView.of(result.layout, result.ratings)
            shown = {*result.columns, *result.ratings}  # the register panel says these
        return cls(
            files=files,
            name=pmap.name,
            format=report.format,
            actors=pmap.graph.number_of_nodes(),
            links=pmap.graph.number_of_edges(),
            created=tuple(report.created),
            merged=tuple(report.merged),
            guessed=tuple(line for line in report.guessed if line not in shown),
            ignored=tuple(report.ignored),
            first=first,
            register=register,
        )

    @classmethod
    def refused(cls, layout: Layout, error: Exception, files: str) -> Preview:
        """A register whose chosen columns cannot be imported yet: the panel stays, with
        the reasons, so the user can choose again."""
        problems = getattr(error, "problems", None) or [error]
        return cls(
            files=files,
            name=layout.source,
            format="Stakeholder register",
            actors=0,
            links=0,
            created=(),
            merged=(),
            guessed=(),
            ignored=(),
            first=(),
            register=RegisterView.of(layout, problems=(str(p) for p in problems)),
        )


@dataclass(frozen=True, kw_only=True)
class Saved:
    """A finished import: which map it went into, and how big it is."""

    map_id: int
    name: str
    actors: int
    links: int
    replaced: str = ""  # the name the map had, when an import replaced its content


def choices_from(data: Mapping[str, Any] | None) -> Choices | None:
    """The register choices kept in the page (``None``: none made, read as usual)."""
    if not data:
        return None
    columns = {int(index): target for index, target in (data.get("columns") or {}).items()}
    return Choices(sheet=data.get("sheet"), header_row=data.get("header_row"), columns=columns)


def choose(data: Mapping[str, Any] | None, what: str, value: Any) -> dict[str, Any]:
    """The choices after the user set ``what`` (``sheet``, ``header_row`` or ``column-N``)
    to ``value``. Another sheet or header row has other columns, so their choices go."""
    data = dict(data or {})
    if what == "sheet":
        return {"sheet": value}
    if what == "header_row":
        row = int(value) if value not in (None, "") else None
        return {"sheet": data.get("sheet"), "header_row": row}
    columns = dict(data.get("columns") or {})
    columns[what.removeprefix("column-")] = value
    return {**data, "columns": columns}


def preview_upload(
    contents: list[str], names: list[str], choices: Choices | None = None
) -> Preview:
    """Read uploaded files and say what importing them would do; writes nothing.

    With ``choices`` the files are read as a stakeholder register; choices the register
    cannot be imported with still give a preview (saying why), so the user can change
    them. A workbook in no map's layout is read that way with nothing chosen, so a
    register with headings we do not know opens its panel instead of an error. Raises
    ``ImportFailed`` or ``MapValidationError``, every problem in it.
    """
    files = decode_uploads(contents, names)
    if choices is None:
        try:
            return Preview.of(read_files(files), ", ".join(names))
        except NotAMapLayout:  # a register whose headings we do not know: the panel asks
            choices = Choices()
    check_workbooks(files)  # as read_files does, before calamine opens the register
    layout = plan(files, choices)
    try:
        return Preview.of(build(layout), ", ".join(names))
    except (ImportFailed, MapValidationError) as error:
        return Preview.refused(layout, error, ", ".join(names))


def save_upload(
    store: Store,
    contents: list[str],
    names: list[str],
    into: int | None,
    who: str = "",
    choices: Choices | None = None,
) -> Saved:
    """Import the uploaded files as a new map, or in place of map ``into``, in one
    transaction, read with the register ``choices`` the preview showed. Actors get
    positions first, so the map opens with the same picture everywhere (the slow part for
    thousands of actors)."""
    pmap = read_upload(contents, names, choices)
    size = {"actors": pmap.graph.number_of_nodes(), "links": pmap.graph.number_of_edges()}
    if into is None:
        return Saved(map_id=store.create_map(pmap, who=who), name=pmap.name, **size)
    previous = next((m.name for m in store.list_maps() if m.id == into), "")
    store.replace_map(into, pmap, who=who)  # MapNotFound if someone deleted it meanwhile
    return Saved(map_id=into, name=pmap.name, replaced=previous, **size)
