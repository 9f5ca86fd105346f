"""Who has a map open now, kept in the database so every worker process sees every tab.

Each open editor (one browser tab) beats every few seconds: :meth:`Presence.here` records
its map, its tab id and the name its user gave. A tab not heard from for
:data:`PRESENCE_SECONDS` is gone (closed, asleep, or off the network); a tab that closes
says so at once with :meth:`Presence.leave`. Rows long gone are swept by the next beat, so
the table stays as small as the number of open tabs.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from mapper.store.schema import presence

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = ["PRESENCE_SECONDS", "TAB_LENGTH", "Presence"]

PRESENCE_SECONDS = 6.0  # a tab beats every 2 s; three missed beats and it is gone
SWEEP_SECONDS = 60.0
TAB_LENGTH = 40


class Presence:
    """The presence part of :class:`~mapper.store.Store` (which supplies ``engine`` and
    ``_writer``)."""

    engine: Engine
    _writer: Engine

    def here(self, map_id: int, tab: str, name: str = "", *, at: dt.datetime | None = None) -> None:
        """Record that browser tab ``tab`` has map ``map_id`` open, for a user called
        ``name`` ("" if they gave none); ``at`` (naive UTC) is now unless a test says."""
        seen = at or _now()
        values = {"map_id": map_id, "tab": tab[:TAB_LENGTH], "name": name, "seen": seen}
        with self._writer.begin() as conn:
            conn.execute(_upsert(conn, values))
            swept = seen - dt.timedelta(seconds=SWEEP_SECONDS)
            conn.execute(delete(presence).where(presence.c.seen < swept))

    def leave(self, map_id: int, tab: str) -> None:
        """Tab ``tab`` closed map ``map_id`` (or went elsewhere)."""
        mine = and_(presence.c.map_id == map_id, presence.c.tab == tab[:TAB_LENGTH])
        with self._writer.begin() as conn:
            conn.execute(delete(presence).where(mine))

    def present(self, map_id: int, *, besides: str = "") -> list[str]:
        """The names of those who have map ``map_id`` open now, in other tabs than
        ``besides``: one entry per tab, "" for a tab whose user gave no name, named
        ones first in alphabetical order."""
        fresh = _now() - dt.timedelta(seconds=PRESENCE_SECONDS)
        query = select(presence.c.name).where(
            presence.c.map_id == map_id,
            presence.c.tab != besides[:TAB_LENGTH],
            presence.c.seen >= fresh,
        )
        with self.engine.connect() as conn:
            names = [row.name for row in conn.execute(query)]
        return sorted(names, key=lambda name: (name == "", name.casefold()))


def _upsert(conn: Connection, values: dict) -> object:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(presence).values(**values)
    return statement.on_conflict_do_update(
        index_elements=[presence.c.map_id, presence.c.tab],
        set_={"name": values["name"], "seen": values["seen"]},
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
