"""Share links in the store, and what a share-link visitor's store lets through."""

from __future__ import annotations

import inspect

import pytest
from sqlalchemy import create_engine, text

from mapper.store import MapNotFound, NotAllowed, Store, StoreError
from mapper.store.schema import SCHEMA_VERSION
from mapper.store.sharing import MAP_EDITS, MAP_READS, SharedStore


def test_a_link_is_kept_as_a_hash_and_opens_its_map_until_revoked(store, map_id, db_url):
    link, token = store.share(map_id, can_edit=False, who="Sam")

    assert (link.map_id, link.kind, link.who, link.revoked_at) == (map_id, "view", "Sam", None)
    assert len(token) >= 32  # 192 random bits, URL-safe
    engine = create_engine(db_url)
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT * FROM share_links")).all()
    engine.dispose()
    assert len(kept) == 1 and all(token not in str(value) for value in kept[0])
    assert store.open_share_link(token) == link
    assert store.open_share_link(token[:-1]) is None  # cut short when copied

    revoked = store.revoke_share_link(map_id, link.id)

    assert revoked.revoked_at is not None
    assert store.open_share_link(token) is None
    assert store.revoke_share_link(map_id, link.id) == revoked  # again: nothing changes
    assert store.share_links(map_id) == [revoked]


def test_grants_come_from_working_links_and_an_edit_link_wins(store, map_id, make_map):
    other = store.create_map(make_map())
    view, _ = store.share(map_id, can_edit=False)
    edit, _ = store.share(map_id, can_edit=True)
    elsewhere, _ = store.share(other, can_edit=False)

    assert store.share_grants([view.id]) == {map_id: False}
    assert store.share_grants([view.id, edit.id, elsewhere.id]) == {map_id: True, other: False}
    store.revoke_share_link(map_id, edit.id)
    assert store.share_grants([view.id, edit.id]) == {map_id: False}
    assert store.share_grants([]) == {}


def test_revoking_needs_a_link_of_that_map(store, map_id, make_map):
    other = store.create_map(make_map())
    link, _ = store.share(other, can_edit=True)

    with pytest.raises(StoreError, match=f"Map {map_id} has no share link {link.id}"):
        store.revoke_share_link(map_id, link.id)
    assert store.share_grants([link.id]) == {other: True}


def test_deleting_a_map_deletes_its_links(store, map_id):
    _, token = store.share(map_id, can_edit=True)

    store.delete_map(map_id)

    assert store.open_share_link(token) is None
    with pytest.raises(MapNotFound):
        store.share(map_id, can_edit=False)


def test_every_worker_signs_sessions_with_the_databases_secret(open_store, tmp_path):
    first, second = open_store(), open_store()
    elsewhere = Store(f"sqlite:///{tmp_path / 'other.db'}")

    assert first.session_secret() == second.session_secret()
    assert len(first.session_secret()) == 64
    assert elsewhere.session_secret() != first.session_secret()
    elsewhere.close()


def test_a_view_link_reads_its_map_and_every_edit_is_refused(store, map_id):
    shared = SharedStore(store, {map_id: False})
    before = store.load_map(map_id).to_dict()
    version = store.map_version(map_id)

    assert shared.load_map(map_id).to_dict() == before
    assert shared.history(map_id)[0]["description"] == "created the map"
    for name in sorted(MAP_EDITS):
        with pytest.raises(NotAllowed, match="view link"):
            getattr(shared, name)(map_id, "whatever", "is", "asked")
    assert store.map_version(map_id) == version
    assert store.load_map(map_id).to_dict() == before


def test_an_edit_link_edits_its_map_only(store, map_id, make_map):
    other = store.create_map(make_map())
    shared = SharedStore(store, {map_id: True})

    node = shared.add_node(map_id, {"label": "Food Bank"}, who="Guest")

    assert store.load_map(map_id).node(node)["label"] == "Food Bank"
    assert [found.id for found in shared.list_maps()] == [map_id]
    with pytest.raises(MapNotFound):
        shared.load_map(other)
    with pytest.raises(MapNotFound):
        shared.add_node(other, {"label": "Intruder"})
    for name in ("create_map", "delete_map", "duplicate_map", "share", "revoke_share_link"):
        with pytest.raises(NotAllowed, match="needs the password"):
            getattr(shared, name)
    assert len(store.load_map(other).graph) == 4


def test_every_store_method_is_open_or_closed_to_share_links_on_purpose():
    """A new store method is refused to share links until it is put on a list."""
    public = {
        name for name, member in inspect.getmembers(Store, callable) if not name.startswith("_")
    }
    whole_instance = {
        "close",
        "create_map",
        "default_url",
        "delete_map",
        "duplicate_map",
        "open_share_link",
        "restore_map",
        "reviews_due",
        "revoke_share_link",
        "seed_once",
        "session_secret",
        "share",
        "share_grants",
        "share_links",
    }
    assert public - MAP_READS - MAP_EDITS - {"list_maps"} == whole_instance
    assert public >= MAP_READS | MAP_EDITS


def test_a_version_2_database_gets_share_links_on_open(db_url, open_store, make_map):
    """Version 2 had no share links nor settings: open one as a restarted server would."""
    store = open_store()
    map_id = store.create_map(make_map())
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE share_links"))
        conn.execute(text("DROP TABLE settings"))
        conn.execute(text("UPDATE schema_version SET version = 2"))
    store.close()

    upgraded = open_store()

    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
    engine.dispose()
    assert len(upgraded.session_secret()) == 64
    link, token = upgraded.share(map_id, can_edit=True)
    assert upgraded.open_share_link(token) == link
    assert upgraded.load_map(map_id).name == "Riverside Carers Partnership"
