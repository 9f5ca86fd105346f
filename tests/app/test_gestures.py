"""Canvas gestures as edit-session commands, against a real store on SQLite and
PostgreSQL (the ``db_url`` fixture of the store tests): an actor added where the user
double-clicked, a rename made in place, several actors moved as one edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mapper.app.pages.editor.gestures import command_for
from mapper.app.session import AddActor, Move, Undo, UpdateFields, apply
from mapper.store import Store
from tests.store.conftest import db_url, riverside  # noqa: F401 - db_url is a fixture


@pytest.fixture
def edits(db_url: str) -> Iterator[tuple[Store, int]]:  # noqa: F811 - the fixture above
    store = Store(db_url)
    yield store, store.create_map(riverside(), who="Sam")
    store.close()


def test_an_actor_double_clicked_into_place_lands_exactly_there(edits) -> None:
    store, map_id = edits
    command = command_for({"kind": "add", "label": "Food Bank", "x": 123.4, "y": -56.7})
    assert command == AddActor(attrs={"label": "Food Bank"}, at=(123.4, -56.7))
    assert apply(store, map_id, command, "Alice").message == "Added Food Bank."
    node = store.load_map(map_id).node("food-bank")
    assert (node["x"], node["y"]) == (123.4, -56.7)


def test_a_rename_in_place_is_one_field_edit_that_one_undo_takes_back(edits) -> None:
    store, map_id = edits
    node_id, was = next((n["id"], n["label"]) for n in store.load_map(map_id).nodes())
    command = command_for({"kind": "rename", "id": node_id, "label": "New name", "was": was})
    assert isinstance(command, UpdateFields)
    assert apply(store, map_id, command, "Alice").saved
    assert store.load_map(map_id).label(node_id) == "New name"
    apply(store, map_id, Undo(), "Alice")
    assert store.load_map(map_id).label(node_id) == was


def test_a_rename_over_someone_elses_newer_name_is_a_conflict(edits) -> None:
    store, map_id = edits
    node_id, was = next((n["id"], n["label"]) for n in store.load_map(map_id).nodes())
    store.update_node(map_id, node_id, {"label": "Their name"}, who="Bo")
    command = command_for({"kind": "rename", "id": node_id, "label": "Mine", "was": was})
    outcome = apply(store, map_id, command, "Alice")
    assert not outcome.saved and outcome.conflicts
    assert store.load_map(map_id).label(node_id) == "Their name"


def test_several_actors_moved_together_are_one_edit_and_one_undo(edits) -> None:
    store, map_id = edits
    nodes = store.load_map(map_id).nodes()[:3]
    before = {n["id"]: (n.get("x"), n.get("y")) for n in nodes}
    changes = len(store.history(map_id))
    moved = {n["id"]: (500.0 + i, 600.0) for i, n in enumerate(nodes)}
    assert apply(store, map_id, Move(positions=moved), "Alice").saved
    assert len(store.history(map_id)) == changes + 1
    apply(store, map_id, Undo(), "Alice")
    after = {n["id"]: (n.get("x"), n.get("y")) for n in store.load_map(map_id).nodes()[:3]}
    assert after == before


@pytest.mark.parametrize(
    "gesture",
    [{"kind": "add", "label": "  ", "x": 1, "y": 2}, {"kind": "rename", "label": "X"}, {}],
)
def test_a_gesture_without_what_it_needs_is_refused(gesture: dict) -> None:
    with pytest.raises(ValueError, match="not a canvas edit"):
        command_for(gesture)
