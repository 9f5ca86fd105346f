"""Persistence: maps, their change log, reviews and ticks in SQLite or PostgreSQL."""

from mapper.store.errors import MapNotFound, SchemaError, StoreError
from mapper.store.store import REVIEW_STATUSES, MapSummary, Store

__all__ = ["REVIEW_STATUSES", "MapNotFound", "MapSummary", "SchemaError", "Store", "StoreError"]
