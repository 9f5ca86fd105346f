"""The store as someone who came in through share links sees it.

A share link opens one map, to view or to edit. Whoever holds links (and not the instance
password) gets a :class:`SharedStore`: the maps of their links are there, read-only unless
a link to that map is an edit link; every other map is not there at all, and what acts on
the whole instance (creating, copying or deleting maps, sharing) is refused. Each store
method is named in one of the lists below; one not named is refused, so a new method is
closed to share links until it is put on a list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mapper.store.errors import NotAllowed
from mapper.store.store import MapSummary, Store, _not_found

__all__ = ["MAP_EDITS", "MAP_READS", "SharedStore"]

# Methods whose first argument is the map they read or change.
MAP_READS = frozenset(
    {
        "load_map",
        "map_version",
        "history",
        "deleted_by",
        "can_undo",
        "can_redo",
        "reviews",
        "ticks",
        "actions",
        "snapshots",
        "moment",
        "compare",
        "review_interval",
        "reviews_done",
        "document_notes",
        "answers",
    }
    | {"here", "leave", "present"}  # a view link's visitor has the map open too
)
MAP_EDITS = frozenset(
    {
        "replace_map",
        "update_meta",
        "add_node",
        "update_node",
        "delete_node",
        "add_edge",
        "update_edge",
        "delete_edge",
        "move_nodes",
        "undo",
        "redo",
        "set_review",
        "set_tick",
        "add_action",
        "update_action",
        "delete_action",
        "snapshot",
        "auto_snapshot",
        "set_review_interval",
        "mark_reviewed",
        "set_document_note",
        "set_answer",
    }
)

VIEW_ONLY = (
    "You opened this map with a view link: you can look at it but not change it. "
    "Ask whoever shared it for an edit link."
)
WHOLE_INSTANCE = (
    "A share link opens one map. Creating, copying, deleting or sharing maps needs the "
    "password of this Partnership Mapper."
)


class SharedStore:
    """``store`` limited to ``grants``: map id -> whether it may be edited.

    >>> shared = SharedStore(Store("sqlite://"), {})
    >>> shared.list_maps()
    []
    >>> shared.load_map(1)
    Traceback (most recent call last):
    mapper.store.errors.MapNotFound: There is no map with id 1; it may have been deleted.
    """

    def __init__(self, store: Store, grants: Mapping[int, bool]) -> None:
        self._store = store
        self._grants = dict(grants)
        self.url = store.url

    def list_maps(self) -> list[MapSummary]:
        """Only the maps the links open."""
        return [found for found in self._store.list_maps() if found.id in self._grants]

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in MAP_READS | MAP_EDITS:
            raise NotAllowed(WHOLE_INSTANCE)
        method = getattr(self._store, name)
        editing = name in MAP_EDITS

        def limited(map_id: int, *args: Any, **kwargs: Any) -> Any:
            if map_id not in self._grants:
                raise _not_found(map_id)  # not "not yours": the others are not there
            if editing and not self._grants[map_id]:
                raise NotAllowed(VIEW_ONLY)
            return method(map_id, *args, **kwargs)

        return limited
