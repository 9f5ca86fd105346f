"""Presence: who has a map open now, seen alike by every worker (store) on the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from mapper.store import MapNotFound, Store
from mapper.store.presence import PRESENCE_SECONDS, SWEEP_SECONDS
from mapper.store.schema import SCHEMA_VERSION
from mapper.store.sharing import SharedStore


def _ago(seconds: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=seconds)


def test_each_tab_sees_the_others_on_the_same_map_through_another_worker(
    open_store, map_id, make_map
):
    one, two = open_store(), open_store()  # two worker processes on one database
    other_map = one.create_map(make_map())
    one.here(map_id, "tab-a", "Alice")
    two.here(map_id, "tab-b", "Bob")
    two.here(map_id, "tab-c", "")
    one.here(other_map, "tab-d", "Dee")

    assert one.present(map_id, besides="tab-a") == ["Bob", ""]
    assert two.present(map_id, besides="tab-b") == ["Alice", ""]
    assert one.present(map_id) == ["Alice", "Bob", ""]
    assert two.present(other_map, besides="tab-d") == []


def test_a_beat_renames_a_tab_instead_of_adding_one(store, map_id):
    store.here(map_id, "tab-a", "")
    store.here(map_id, "tab-a", "Alice")

    assert store.present(map_id) == ["Alice"]


def test_a_tab_that_leaves_or_stops_beating_is_gone(store, map_id):
    store.here(map_id, "tab-a", "Alice")
    store.here(map_id, "tab-b", "Bob")
    store.here(map_id, "tab-c", "Cy", at=_ago(PRESENCE_SECONDS + 1))  # stopped beating

    store.leave(map_id, "tab-a")

    assert store.present(map_id) == ["Bob"]


def test_rows_long_gone_are_swept_by_the_next_beat(store, map_id, db_url):
    store.here(map_id, "tab-old", "Old", at=_ago(SWEEP_SECONDS + 5))
    store.here(map_id, "tab-new", "New")

    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT tab FROM presence")).scalars().all() == ["tab-new"]
    engine.dispose()


def test_a_share_link_shows_presence_on_its_own_map_only(store, map_id, make_map):
    other = store.create_map(make_map())
    viewer = SharedStore(store, {map_id: False})  # a view link

    viewer.here(map_id, "tab-v", "Guest")

    assert store.present(map_id) == ["Guest"]
    with pytest.raises(MapNotFound):
        viewer.here(other, "tab-v", "Guest")
    with pytest.raises(MapNotFound):
        viewer.present(other)


def test_a_version_3_database_gets_presence_on_open(db_url, open_store, map_id):
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE presence"))
        conn.execute(text("UPDATE schema_version SET version = 3"))

    upgraded: Store = open_store()

    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
    engine.dispose()
    upgraded.here(map_id, "tab-a", "Alice")
    assert upgraded.present(map_id) == ["Alice"]
    assert upgraded.load_map(map_id).name == "Riverside Carers Partnership"
