"""Importing on the home page, apart from Dash: what an upload would bring in, then saving it.

The import is read twice on purpose: once for the preview (nothing is written), and again
from the same uploaded bytes when the user confirms, so what is saved is exactly what the
preview described and nothing waits on the server between the two clicks. Saving is one
store call, so one transaction: a failure or a closed tab leaves the maps as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.app.library import decode_uploads, read_upload
from mapper.io import ImportResult, read_files
from mapper.store import Store

__all__ = [
    "ACCEPT",
    "FIRST_ACTORS",
    "FORMATS_READ",
    "Preview",
    "Saved",
    "preview_upload",
    "save_upload",
]

FIRST_ACTORS = 8  # actors listed in the preview, so a user can see the names came out right
# The file types the upload offers; the format itself is recognised from the content.
ACCEPT = ".json,.cyjs,.csv,.tsv,.txt,.zip,.xlsx,.xlsm,.graphml,.xml,.gexf,.net,.gml,.dl"
FORMATS_READ = (
    "Partnership Mapper JSON or CSV (a zip, or nodes.csv with edges.csv), Excel (ours, "
    "Kumu’s, Onodo’s or NodeXL’s), Kumu JSON, Gephi (CSV tables, JSON, Gephi Lite, GEXF), "
    "GraphML (yEd, Gephi, Cytoscape), Cytoscape JSON, Oligrapher / LittleSis maps, Pajek, "
    "GML and UCINET DL"
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

    @classmethod
    def of(cls, result: ImportResult, files: str) -> Preview:
        pmap, report = result.map, result.report
        first = tuple((node["label"], node["kind"]) for node in pmap.nodes()[:FIRST_ACTORS])
        return cls(
            files=files,
            name=pmap.name,
            format=report.format,
            actors=pmap.graph.number_of_nodes(),
            links=pmap.graph.number_of_edges(),
            created=tuple(report.created),
            merged=tuple(report.merged),
            guessed=tuple(report.guessed),
            ignored=tuple(report.ignored),
            first=first,
        )


@dataclass(frozen=True, kw_only=True)
class Saved:
    """A finished import: which map it went into, and how big it is."""

    map_id: int
    name: str
    actors: int
    links: int
    replaced: str = ""  # the name the map had, when an import replaced its content


def preview_upload(contents: list[str], names: list[str]) -> Preview:
    """Read uploaded files and say what importing them would do; writes nothing.

    Raises ``ImportFailed`` or ``MapValidationError``, every problem in it.
    """
    return Preview.of(read_files(decode_uploads(contents, names)), ", ".join(names))


def save_upload(
    store: Store, contents: list[str], names: list[str], into: int | None, who: str = ""
) -> Saved:
    """Import the uploaded files as a new map, or in place of map ``into``, in one
    transaction. Actors get positions first, so the map opens with the same picture
    everywhere (the slow part for thousands of actors)."""
    pmap = read_upload(contents, names)
    size = {"actors": pmap.graph.number_of_nodes(), "links": pmap.graph.number_of_edges()}
    if into is None:
        return Saved(map_id=store.create_map(pmap, who=who), name=pmap.name, **size)
    previous = next((m.name for m in store.list_maps() if m.id == into), "")
    store.replace_map(into, pmap, who=who)  # MapNotFound if someone deleted it meanwhile
    return Saved(map_id=into, name=pmap.name, replaced=previous, **size)
