"""What the editor shows for one map at one moment, read from the store in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mapper.app.elements import map_elements
from mapper.app.layouts import placed, unplaced
from mapper.graph.model import PartnershipMap
from mapper.store import Store

__all__ = ["Canvas", "load_canvas"]


@dataclass(frozen=True)
class Canvas:
    """The map, its drawable elements and the state of the undo buttons."""

    map_id: int
    version: int
    pmap: PartnershipMap
    elements: list[dict[str, Any]]
    can_undo: bool
    can_redo: bool


def load_canvas(store: Store, map_id: int, place: bool = False) -> Canvas:
    """Read the map; with ``place``, first save positions for actors that have none.

    Placing on open means every laptop sees the same picture, and dragging one actor
    never makes the computed positions of the others jump. The version is read first,
    so a change made meanwhile is picked up by the next poll rather than missed.
    """
    version = store.map_version(map_id)
    pmap = store.load_map(map_id)
    if place and unplaced(pmap):
        store.move_nodes(map_id, placed(pmap), who="Partnership Mapper")
        version = store.map_version(map_id)
        pmap = store.load_map(map_id)
    return Canvas(
        map_id=map_id,
        version=version,
        pmap=pmap,
        elements=map_elements(pmap, placed(pmap)),
        can_undo=store.can_undo(map_id),
        can_redo=store.can_redo(map_id),
    )
