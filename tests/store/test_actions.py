"""The live action plan kept with a map: added, changed, deleted, checked, logged, not undone."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from mapper.store import MapNotFound, StoreError
from mapper.store.schema import SCHEMA_VERSION
from mapper.store.sharing import SharedStore
from mapper.store.store import Store


def test_an_action_is_added_with_its_owner_due_date_and_checklist_items(store, map_id):
    action_id = store.add_action(
        map_id,
        "Agree a channel with the funder",
        owner="riverside-trust",
        due="2026-03-31",
        finding_key="one-way:city-council",
        items=["P2.action.5", "P3.hint.2"],
        contingency="If the lead cannot, the council's officer calls.",
        who="Sam",
    )

    [action] = store.actions(map_id)
    assert action.id == action_id
    assert (action.title, action.owner, action.due, action.status) == (
        "Agree a channel with the funder",
        "riverside-trust",
        "2026-03-31",
        "open",
    )
    assert action.finding_key == "one-way:city-council"
    assert action.items == ("P2.action.5", "P3.hint.2")
    assert action.contingency.startswith("If the lead cannot")
    assert action.who == "Sam" and action.created_at == action.updated_at
    assert action.created_at.tzinfo is not None


def test_actions_come_in_the_order_they_were_added_and_stay_after_a_restart(
    store, open_store, map_id
):
    for title in ("First", "Second", "Third"):
        store.add_action(map_id, title)

    assert [a.title for a in open_store().actions(map_id)] == ["First", "Second", "Third"]


def test_an_update_changes_only_the_fields_given(store, map_id):
    action_id = store.add_action(map_id, "Write the agreement", owner="city-council")

    saved = store.update_action(map_id, action_id, status="doing", due="2026-06-01", who="Jo")

    assert (saved.status, saved.due, saved.owner, saved.title) == (
        "doing",
        "2026-06-01",
        "city-council",
        "Write the agreement",
    )
    assert store.actions(map_id) == [saved]
    assert saved.updated_at >= saved.created_at
    cleared = store.update_action(map_id, action_id, owner=None, due="")
    assert (cleared.owner, cleared.due) == (None, None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"owner": "nobody-here"}, "its owner 'nobody-here' is not an actor on this map"),
        ({"due": "31/03/2026"}, "its due date '31/03/2026' is not a date like 2026-03-31"),
        ({"status": "finished"}, "its status is one of open, doing, done, dropped"),
        ({"title": "  "}, "it needs a title"),
        ({"items": ["P9.action.1"]}, "no Compass checklist item has the id 'P9.action.1'"),
        ({"colour": "red"}, "An action has no field 'colour'"),
    ],
)
def test_bad_values_are_refused_with_a_plain_message_and_nothing_changes(
    store, map_id, fields, message
):
    action_id = store.add_action(map_id, "Keep me", due="2026-01-01")
    before = store.actions(map_id)
    version = store.map_version(map_id)

    with pytest.raises(StoreError, match=message):
        store.update_action(map_id, action_id, **fields)

    assert store.actions(map_id) == before
    assert store.map_version(map_id) == version


def test_a_bad_new_action_names_every_problem_and_is_not_added(store, map_id):
    with pytest.raises(StoreError) as raised:
        store.add_action(map_id, "Call them", owner="ghost", due="soon")

    assert "owner 'ghost'" in str(raised.value) and "due date 'soon'" in str(raised.value)
    assert store.actions(map_id) == []


def test_every_change_is_logged_in_plain_words_but_not_undone(store, map_id):
    map_before = store.load_map(map_id).to_dict()
    action_id = store.add_action(map_id, "Agree a channel with the funder", who="Sam")
    store.update_action(map_id, action_id, status="done", who="Sam")
    store.update_action(map_id, action_id, title="Agree a channel", who="Sam")
    store.update_action(map_id, action_id, title="Agree a channel", who="Sam")  # no change
    store.delete_action(map_id, action_id, who="Sam")

    described = [entry["description"] for entry in store.history(map_id)][:4]
    assert described == [
        "deleted the action 'Agree a channel'",
        "renamed the action 'Agree a channel with the funder' to 'Agree a channel'",
        "changed the action 'Agree a channel with the funder' (status)",
        "added the action 'Agree a channel with the funder'",
    ]
    assert store.history(map_id)[0]["who"] == "Sam"
    assert not store.can_undo(map_id, "Sam")  # creating the map is not undoable either
    assert store.undo(map_id, who="Sam") is None
    assert store.load_map(map_id).to_dict() == map_before


def test_an_action_of_another_map_or_a_deleted_one_is_not_found(store, map_id, make_map):
    other = store.create_map(make_map())
    theirs = store.add_action(other, "Theirs")

    with pytest.raises(StoreError, match=f"The map has no action {theirs}"):
        store.update_action(map_id, theirs, status="done")
    with pytest.raises(StoreError, match=f"The map has no action {theirs}"):
        store.delete_action(map_id, theirs)
    assert store.actions(other)[0].status == "open"
    with pytest.raises(MapNotFound):
        store.actions(999)
    with pytest.raises(MapNotFound):
        store.add_action(999, "Nowhere")


def test_deleting_a_map_deletes_its_actions_and_copying_copies_them(store, map_id, db_url):
    store.add_action(map_id, "Agree a channel", owner="city-council", items=["P2.action.5"])
    copy = store.duplicate_map(map_id, "Copy")

    assert [(a.title, a.owner, a.items) for a in store.actions(copy)] == [
        ("Agree a channel", "city-council", ("P2.action.5",))
    ]
    store.delete_map(map_id)

    engine = create_engine(db_url)
    with engine.connect() as conn:
        left = conn.execute(text("SELECT map_id FROM actions")).scalars().all()
    engine.dispose()
    assert left == [copy]


def test_a_view_link_reads_the_plan_and_cannot_change_it(store, map_id):
    store.add_action(map_id, "Agree a channel")
    viewer = SharedStore(store, {map_id: False})

    assert [a.title for a in viewer.actions(map_id)] == ["Agree a channel"]
    with pytest.raises(StoreError, match="view link"):
        viewer.add_action(map_id, "Sneaky")
    assert len(store.actions(map_id)) == 1


def test_a_version_3_database_gets_the_action_plan_on_open(db_url, open_store, make_map):
    """Made by this store, then put back to version 3 (no actions table), then reopened."""
    map_id = open_store().create_map(make_map())
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE actions"))
        conn.execute(text("UPDATE schema_version SET version = 3"))
    engine.dispose()

    store: Store = open_store()

    store.add_action(map_id, "After the upgrade", owner="riverside-trust")
    assert [a.title for a in store.actions(map_id)] == ["After the upgrade"]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar_one()
    engine.dispose()
    assert version == SCHEMA_VERSION
