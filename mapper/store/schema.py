"""The database tables, and creating or upgrading them when the store opens.

Every node and edge is one row whose attributes are a JSON text, so a new attribute in
the model needs no migration; the columns are only what the store itself queries by.
``schema_version`` holds one row: the layout's version, and whether the sample maps have been
offered (once per database); :data:`UPGRADES` takes a database from one version to the next,
one step at a time, inside the same transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
    insert,
    inspect,
    select,
    text,
    update,
)

from mapper.store.errors import SchemaError

__all__ = ["SCHEMA_VERSION", "SECRET_SETTING", "UPGRADES", "ensure_schema", "metadata"]

SCHEMA_VERSION = 9

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
    # Set in the transaction that adds the samples, so a first start that fails before then
    # leaves it unset and the next start adds them; never unset, so deleted samples stay gone.
    Column("samples_seeded", Boolean, nullable=False, default=False),
)

maps = Table(
    "maps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("purpose", Text, nullable=False, default=""),
    Column("date", String(10)),
    Column("notes", Text, nullable=False, default=""),
    Column("skills_needed", Text, nullable=False, default="[]"),  # JSON list
    Column("created_at", DateTime, nullable=False),  # naive UTC
    Column("updated_at", DateTime, nullable=False),
    Column("version", Integer, nullable=False, default=0),  # bumped on every change
    sqlite_autoincrement=True,  # a deleted map's id is never given to another map
)

nodes = Table(
    "nodes",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("node_id", Text, primary_key=True),
    Column("ord", Integer, nullable=False),  # keeps the order actors were drawn in
    Column("attrs", Text, nullable=False),  # JSON object, x and y included
)

edges = Table(
    "edges",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("edge_id", Text, primary_key=True),
    Column("ord", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("attrs", Text, nullable=False),  # JSON object, kind included
    ForeignKeyConstraint(["map_id", "source"], ["nodes.map_id", "nodes.node_id"]),
    ForeignKeyConstraint(["map_id", "target"], ["nodes.map_id", "nodes.node_id"]),
)

# The change log and the undo/redo stacks in one: an entry with ``undo`` can be undone;
# ``undone`` entries form the redo stack and are dropped by the next edit.
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("at", DateTime, nullable=False),
    Column("who", Text, nullable=False, default=""),
    Column("description", Text, nullable=False),
    Column("undo", Text),  # JSON rows before the edit; NULL for entries that only log
    Column("redo", Text),  # JSON rows after the edit
    Column("undone", Boolean, nullable=False, default=False),
)

reviews = Table(
    "reviews",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("finding_key", Text, primary_key=True),
    Column("status", Text, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)

ticks = Table(
    "ticks",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("item_id", Text, primary_key=True),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)


# Share links: a token opens one map, to view or to edit. Only a hash of the token is kept,
# so the database (or a backup of it) does not hold a working link.
share_links = Table(
    "share_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # SHA-256, hex
    Column("can_edit", Boolean, nullable=False),
    Column("who", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),  # NULL while the link works
    sqlite_autoincrement=True,  # a revoked link's id is never given to another link
)

# Values the whole instance shares, whichever worker reads them: the key that signs
# session cookies is made once, with the tables.
settings = Table(
    "settings",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
SECRET_SETTING = "session_secret"

# Survey rounds (mapper/store/survey.py): a round of a map, its respondents (each with a
# personal link, kept hashed like share links) and their answers, apart from the map.
survey_rounds = Table(
    "survey_rounds",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("map_id", ForeignKey("maps.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("closes", String(10), nullable=False),  # the last day answers are taken
    Column("created_at", DateTime, nullable=False),
    Column("set_aside", Text, nullable=False, default="[]"),  # JSON: proposals set aside
    # Whether share links show who said what (the facilitator's choice; off: aggregates).
    Column("show_names", Boolean, nullable=False, default=False, server_default=false()),
    sqlite_autoincrement=True,
)

survey_respondents = Table(
    "survey_respondents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("round_id", ForeignKey("survey_rounds.id"), nullable=False, index=True),
    Column("actor", Text, nullable=False),  # the actor's id on the map
    Column("token_hash", String(64), unique=True),  # NULL for answers imported from a file
    Column("revoked_at", DateTime),
    sqlite_autoincrement=True,
)

survey_answers = Table(
    "survey_answers",
    metadata,
    Column("respondent_id", ForeignKey("survey_respondents.id"), primary_key=True),
    Column("about", Text, primary_key=True),  # an actor id, a missing name, or ""
    Column("question", String(40), primary_key=True),
    Column("answer", Text, nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)
SURVEY_TABLES = [survey_rounds, survey_respondents, survey_answers]


# Who has a map open now: one row per browser tab, kept fresh by its heartbeat and read as
# gone once it stops (see ``mapper/store/presence.py``). No foreign key: a row outlives
# its map by a few seconds at most, and a deleted map's editors need not be told apart.
presence = Table(
    "presence",
    metadata,
    Column("map_id", Integer, primary_key=True),
    Column("tab", String(40), primary_key=True),
    Column("name", Text, nullable=False, default=""),
    Column("seen", DateTime, nullable=False, index=True),  # naive UTC
)


def _make_settings(conn: Connection) -> None:
    conn.execute(insert(settings).values(name=SECRET_SETTING, value=secrets.token_hex(32)))


def _upgrade_0_to_1(conn: Connection) -> None:
    """Version 0, the prototype, had maps, nodes and edges only: add the version counter
    the app polls, and the change log, reviews and ticks tables."""
    conn.execute(text("ALTER TABLE maps ADD COLUMN version INTEGER NOT NULL DEFAULT 0"))
    metadata.create_all(conn, tables=[changes, reviews, ticks])


def _upgrade_1_to_2(conn: Connection) -> None:
    """Version 1 seeded the samples only in the run that made the database, so a first start
    that failed left it empty for good: record whether samples are due, taking a database
    with maps as seeded and an empty one as not (it gets the samples on its next start)."""
    conn.execute(
        text("ALTER TABLE schema_version ADD COLUMN samples_seeded BOOLEAN NOT NULL DEFAULT FALSE")
    )
    has_maps = conn.execute(select(maps.c.id).limit(1)).first() is not None
    conn.execute(update(schema_version).values(samples_seeded=has_maps))


def _upgrade_2_to_3(conn: Connection) -> None:
    """Version 3 adds share links and the instance's settings (its session key)."""
    metadata.create_all(conn, tables=[share_links, settings])
    _make_settings(conn)


def _feature_tables() -> dict[str, list[Table]]:
    """Tables that live in their own modules (on this ``metadata``), by module, imported
    here so they exist before ``create_all``: those modules import this one, so not at
    the top."""
    from mapper.store.actions import actions
    from mapper.store.answers import answers
    from mapper.store.history import TABLES

    return {"actions": [actions], "answers": [answers], "history": list(TABLES)}


def _upgrade_3_to_4(conn: Connection) -> None:
    """Version 4 adds the live action plan."""
    metadata.create_all(conn, tables=_feature_tables()["actions"])


def _upgrade_4_to_5(conn: Connection) -> None:
    """Version 5 adds survey rounds, their respondents and answers."""
    metadata.create_all(conn, tables=SURVEY_TABLES)


def _upgrade_5_to_6(conn: Connection) -> None:
    """Version 6 adds the map's past: the journal, snapshots, reviews at intervals and the
    notes of the documents kept with the map."""
    metadata.create_all(conn, tables=_feature_tables()["history"])


def _upgrade_6_to_7(conn: Connection) -> None:
    """Version 7 adds the answers to the Compass's checklists (workshop mode)."""
    metadata.create_all(conn, tables=_feature_tables()["answers"])


def _upgrade_7_to_8(conn: Connection) -> None:
    """Version 8 adds presence: who has each map open now."""
    metadata.create_all(conn, tables=[presence])


def _upgrade_8_to_9(conn: Connection) -> None:
    """Version 9 adds each survey round's choice to show who said what on share links
    (off for every round so far). A database whose survey tables an earlier step made
    from this layout has the column already."""
    columns = {column["name"] for column in inspect(conn).get_columns("survey_rounds")}
    if "show_names" not in columns:
        conn.execute(
            text("ALTER TABLE survey_rounds ADD COLUMN show_names BOOLEAN NOT NULL DEFAULT FALSE")
        )


# from-version -> the step that brings a database to the next version
UPGRADES: dict[int, Callable[[Connection], None]] = {
    0: _upgrade_0_to_1,
    1: _upgrade_1_to_2,
    2: _upgrade_2_to_3,
    3: _upgrade_3_to_4,
    4: _upgrade_4_to_5,
    5: _upgrade_5_to_6,
    6: _upgrade_6_to_7,
    7: _upgrade_7_to_8,
    8: _upgrade_8_to_9,
}


def ensure_schema(conn: Connection) -> int:
    """Create the tables in an empty database, or upgrade an older layout; returns the
    version found before (0 for a fresh database too, after creating it).

    Runs in the caller's transaction, so a failed upgrade changes nothing.
    """
    if conn.dialect.name == "postgresql":
        # Two workers starting together must not both create the tables.
        conn.execute(text("SELECT pg_advisory_xact_lock(7311946)"))
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        if "maps" in tables:
            raise SchemaError(
                "This database has a 'maps' table but no 'schema_version' table, so it was "
                "not made by Partnership Mapper; use another database."
            )
        _feature_tables()
        metadata.create_all(conn)
        conn.execute(insert(schema_version).values(version=SCHEMA_VERSION))
        _make_settings(conn)
        return 0
    found = conn.execute(select(schema_version.c.version)).scalar_one()
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"This database was made by a newer Partnership Mapper (schema version {found}; "
            f"this one knows up to {SCHEMA_VERSION}). Upgrade Partnership Mapper to open it."
        )
    for version in range(found, SCHEMA_VERSION):
        UPGRADES[version](conn)
    if found < SCHEMA_VERSION:
        conn.execute(update(schema_version).values(version=SCHEMA_VERSION))
    return found
