"""Persistence: maps, their change log, reviews and ticks in SQLite or PostgreSQL."""

from mapper.store.errors import (
    ActorGone,
    Conflict,
    EditConflict,
    MapNotFound,
    NotAllowed,
    SchemaError,
    StoreError,
)
from mapper.store.store import (
    NAMELESS,
    REVIEW_STATUSES,
    MapSummary,
    ReviewDue,
    ShareLink,
    Step,
    Store,
    named,
)

__all__ = [
    "NAMELESS",
    "REVIEW_STATUSES",
    "ActorGone",
    "Conflict",
    "EditConflict",
    "MapNotFound",
    "MapSummary",
    "NotAllowed",
    "ReviewDue",
    "SchemaError",
    "ShareLink",
    "Step",
    "Store",
    "StoreError",
    "named",
]
