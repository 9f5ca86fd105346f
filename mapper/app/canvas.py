"""What the editor shows for one map at one moment, read from the store in one place."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from mapper.app.elements import map_elements
from mapper.app.layouts import placed, unplaced
from mapper.graph.model import PartnershipMap
from mapper.store import NotAllowed, Store

__all__ = ["Canvas", "drawing", "load_canvas"]

# The last drawings, (database, map id, version) -> {element id: element}, so that a
# browser showing one of them is sent only what changed: at 5,000 actors a whole drawing
# is 1.8 MB. Kept per process; a drawing not found here is simply sent whole. An element
# that did not change is one object shared by the drawings, so keeping many costs little:
# at a workshop's 10 edits a second, a page's version is often 20 or more behind.
_KEPT_ELEMENTS = 200_000  # entries over all kept drawings; the oldest go first
_drawings: OrderedDict[tuple[str, int, int], dict[str, dict[str, Any]]] = OrderedDict()
_drawings_lock = threading.Lock()


@dataclass(frozen=True)
class Canvas:
    """The map, its drawable elements and the state of one person's undo buttons."""

    database: str
    map_id: int
    version: int
    pmap: PartnershipMap
    elements: list[dict[str, Any]]
    can_undo: bool
    can_redo: bool


def load_canvas(store: Store, map_id: int, place: bool = False, who: str = "") -> Canvas:
    """Read the map; with ``place``, first save positions for actors that have none. The
    undo buttons are those of ``who``: each person undoes their own edits.

    Placing on open means every laptop sees the same picture, and dragging one actor
    never makes the computed positions of the others jump (a view link cannot save them:
    its visitor sees them computed). The version is read first,
    so a change made meanwhile is picked up by the next poll rather than missed.
    """
    version = store.map_version(map_id)
    pmap = store.load_map(map_id)
    if place and unplaced(pmap):
        try:
            store.move_nodes(map_id, placed(pmap), who="Partnership Mapper")
        except NotAllowed:  # a view link: drawn where they would go, not saved
            pass
        else:
            version = store.map_version(map_id)
            pmap = store.load_map(map_id)
    elements = map_elements(pmap, placed(pmap))
    key = (store.url, map_id, version)
    with _drawings_lock:
        last = next((kept for at, kept in reversed(_drawings.items()) if at[:2] == key[:2]), {})
        drawn = {}
        for element in elements:
            before = last.get(element["data"]["id"])
            drawn[element["data"]["id"]] = before if before == element else element
        _drawings[key] = drawn
        _drawings.move_to_end(key)
        while len(_drawings) > 2 and sum(map(len, _drawings.values())) > _KEPT_ELEMENTS:
            _drawings.popitem(last=False)
    return Canvas(
        database=store.url,
        map_id=map_id,
        version=version,
        pmap=pmap,
        elements=elements,
        can_undo=store.can_undo(map_id, who),
        can_redo=store.can_redo(map_id, who),
    )


def drawing(canvas: Canvas, since: int | None = None) -> dict[str, Any]:
    """What a browser showing version ``since`` of the map needs to show ``canvas``: the
    elements added or changed and the ids of those removed, or every element (``elements``)
    when that version's drawing is no longer kept."""
    with _drawings_lock:
        before = _drawings.get((canvas.database, canvas.map_id, since))
    if before is None:
        return {"version": canvas.version, "elements": canvas.elements}
    now = {element["data"]["id"] for element in canvas.elements}
    return {
        "version": canvas.version,
        "changed": [el for el in canvas.elements if before.get(el["data"]["id"]) != el],
        "removed": [element_id for element_id in before if element_id not in now],
    }
