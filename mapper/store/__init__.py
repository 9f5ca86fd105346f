"""Persistence: maps, their change log, reviews and ticks in SQLite or PostgreSQL."""

from mapper.store.errors import MapNotFound, NotAllowed, SchemaError, StoreError
from mapper.store.store import REVIEW_STATUSES, MapSummary, ShareLink, Store

__all__ = [
    "REVIEW_STATUSES",
    "MapNotFound",
    "MapSummary",
    "NotAllowed",
    "SchemaError",
    "ShareLink",
    "Store",
    "StoreError",
]
