"""Persistence: maps, their change log, reviews and ticks in SQLite or PostgreSQL."""

from mapper.store.errors import (
    Conflict,
    EditConflict,
    MapNotFound,
    NotAllowed,
    SchemaError,
    StoreError,
)
from mapper.store.store import REVIEW_STATUSES, MapSummary, ReviewDue, ShareLink, Step, Store

__all__ = [
    "REVIEW_STATUSES",
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
]
