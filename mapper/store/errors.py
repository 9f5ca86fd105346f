"""What the store raises, apart from the model's ``MapValidationError``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "ActorGone",
    "Conflict",
    "EditConflict",
    "MapNotFound",
    "NotAllowed",
    "SchemaError",
    "StoreError",
]


class StoreError(Exception):
    """Something asked of the store cannot be done; the message says what and why."""


class MapNotFound(StoreError):
    """No map has the given id (it may have been deleted by someone else)."""


class ActorGone(StoreError):
    """An edit of an actor that is no longer on the map (someone deleted it meanwhile);
    :meth:`Store.deleted_by` says who and when."""

    def __init__(self, message: str, node_id: str) -> None:
        super().__init__(message)
        self.node_id = node_id


class SchemaError(StoreError):
    """The database is not one this version of the store can use."""


class NotAllowed(StoreError):
    """A share link does not allow this (editing through a view link, creating a map)."""


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """One field someone else changed after a form was opened, to another value than the
    form's: ``base`` is what the form started from, ``theirs`` what the map holds now,
    ``yours`` what the form asks for, and ``who`` who changed it ("" if not known)."""

    field: str
    base: Any
    theirs: Any
    yours: Any
    who: str = ""


class EditConflict(StoreError):
    """An edit that would overwrite someone else's newer values; nothing was saved."""

    def __init__(self, where: str, conflicts: list[Conflict]) -> None:
        self.where = where
        self.conflicts = conflicts
        names = ", ".join(c.field.replace("_", " ") for c in conflicts)
        super().__init__(
            f"Someone else changed {where}'s {names} after you opened the form; "
            "nothing was saved. Choose which value to keep."
        )
