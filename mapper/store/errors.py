"""What the store raises, apart from the model's ``MapValidationError``."""

from __future__ import annotations

__all__ = ["MapNotFound", "NotAllowed", "SchemaError", "StoreError"]


class StoreError(Exception):
    """Something asked of the store cannot be done; the message says what and why."""


class MapNotFound(StoreError):
    """No map has the given id (it may have been deleted by someone else)."""


class SchemaError(StoreError):
    """The database is not one this version of the store can use."""


class NotAllowed(StoreError):
    """A share link does not allow this (editing through a view link, creating a map)."""
