"""The edit session without a browser: each command against a real store, on SQLite and
on PostgreSQL (the ``db_url`` fixture of the store tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mapper.app import session
from mapper.app.session import (
    AddActor,
    AddLink,
    Arrange,
    Delete,
    Move,
    Redo,
    Undo,
    UpdateFields,
    apply,
)
from mapper.store import Conflict, Store
from tests.store.conftest import db_url, riverside  # noqa: F401 - db_url is a fixture


@pytest.fixture
def edits(db_url: str) -> Iterator[tuple[Store, int]]:  # noqa: F811 - the fixture above
    store = Store(db_url)
    yield store, store.create_map(riverside(), who="Sam")
    store.close()


def test_a_new_actor_is_placed_and_said(edits):
    store, map_id = edits
    done = apply(store, map_id, AddActor(attrs={"label": "Food Bank"}), "Alice")
    assert (done.saved, done.message, done.result) == (True, "Added Food Bank.", "food-bank")
    node = store.load_map(map_id).node("food-bank")
    assert {"x", "y"} <= node.keys()
    assert store.history(map_id)[0]["who"] == "Alice"


@pytest.mark.parametrize(
    ("attrs", "question"),
    [
        (
            {"label": "Council B", "role": "lead partner"},
            "Riverside Trust is already the lead partner. Make Council B a second lead partner?",
        ),
        (
            {"label": "city council"},
            "There is already an actor called City Council. Add another with the same name?",
        ),
    ],
)
def test_a_second_lead_partner_or_a_name_taken_asks_first(edits, attrs, question):
    store, map_id = edits
    version = store.map_version(map_id)

    asked = apply(store, map_id, AddActor(attrs=attrs), "Alice")

    assert (asked.saved, asked.question) == (False, question)
    assert store.map_version(map_id) == version  # nothing saved yet
    done = apply(store, map_id, AddActor(attrs=attrs, confirmed=True), "Alice")
    assert done.saved
    assert store.load_map(map_id).graph.number_of_nodes() == 5


def test_making_an_actor_lead_partner_asks_too(edits):
    store, map_id = edits
    change = UpdateFields(target="node", id="city-council", changes={"role": "lead partner"})
    asked = apply(store, map_id, change, "Alice")
    assert "Make City Council a second lead partner?" in asked.question
    confirmed = UpdateFields(
        target="node", id="city-council", changes={"role": "lead partner"}, confirmed=True
    )
    assert apply(store, map_id, confirmed, "Alice").saved


def test_renaming_to_a_name_taken_asks_and_keeping_ones_own_does_not(edits):
    store, map_id = edits
    taken = UpdateFields(target="node", id="city-council", changes={"label": "Carers Forum"})
    assert apply(store, map_id, taken, "A").question == (
        "There is already an actor called Carers Forum. Give this one the same name?"
    )
    own = UpdateFields(target="node", id="city-council", changes={"label": "city council"})
    assert apply(store, map_id, own, "A").saved  # its own name, other capitals


def test_a_conflict_comes_back_with_both_values_and_nothing_is_saved(edits):
    store, map_id = edits
    apply(
        store, map_id, UpdateFields(target="node", id="city-council", changes={"power": 1}), "Bob"
    )

    mine = UpdateFields(
        target="node", id="city-council", changes={"power": "2"}, based_on={"power": 5}
    )
    refused = apply(store, map_id, mine, "Alice")

    assert not refused.saved
    assert refused.conflicts == (Conflict(field="power", base=5, theirs=1, yours=2, who="Bob"),)
    assert store.load_map(map_id).node("city-council")["power"] == 1


def test_an_unchanged_form_saves_nothing(edits):
    store, map_id = edits
    version = store.map_version(map_id)
    outcome = apply(store, map_id, UpdateFields(target="node", id="city-council", changes={}), "A")
    assert (outcome.saved, outcome.message) == (False, "Nothing to save: no field was changed.")
    assert store.map_version(map_id) == version


def test_undo_is_each_persons_own(edits):
    store, map_id = edits
    apply(store, map_id, AddActor(attrs={"label": "Alice's Trust"}), "Alice")
    apply(store, map_id, AddActor(attrs={"label": "Bob's Centre"}), "Bob")

    undone = apply(store, map_id, Undo(), "Alice")

    assert undone.message == "Undone: added Alice's Trust."
    graph = store.load_map(map_id).graph
    assert "bobs-centre" in graph and "alices-trust" not in graph
    assert apply(store, map_id, Redo(), "Alice").message == "Redone: added Alice's Trust."
    assert apply(store, map_id, Undo(), "Carol").message == "Nothing of Carol's to undo."
    assert apply(store, map_id, Undo(), "").message == "Nothing of yours to undo."


def test_undo_says_what_someone_else_changed_since(edits):
    store, map_id = edits
    apply(store, map_id, UpdateFields(target="node", id="city-council", changes={"power": 2}), "A")
    apply(store, map_id, UpdateFields(target="node", id="city-council", changes={"power": 4}), "B")

    undone = apply(store, map_id, Undo(), "A")

    assert undone.message == (
        "Could not undo: changed City Council. "
        "B changed City Council's power since, so it stays as it is."
    )
    assert store.load_map(map_id).node("city-council")["power"] == 4


def test_links_deletes_moves_and_arranging(edits):
    store, map_id = edits
    added = apply(store, map_id, AddLink(source="carers-forum", target="city-council", kind="influences", attrs={"strength": 3}), "A")  # fmt: skip
    assert added.message == "Added a link: Carers Forum can influence City Council."
    assert apply(store, map_id, Delete(target="edge", id=added.result), "A").saved
    gone = apply(store, map_id, Delete(target="node", id="riverside-trust"), "A")
    assert gone.message == "Deleted the actor and 3 links."
    assert apply(store, map_id, Move(positions={"city-council": (5.0, 6.0)}), "A").saved
    assert store.load_map(map_id).node("city-council")["x"] == 5.0
    arranged = apply(store, map_id, Arrange(layout="grid"), "A")
    assert arranged.message == "Arranged: grid. Undo puts it back."
    assert set(arranged.result) == {"city-council", "carers-forum", "jo-smith"}


def test_refusals_are_words_not_exceptions(edits):
    store, map_id = edits
    bad = apply(store, map_id, AddActor(attrs={"label": "X", "power": "9"}), "A")
    assert bad.problems == (
        "the new actor, column 'power': '9' is not valid; expected a whole number from 1 to 5",
    )
    gone = apply(store, map_id, Delete(target="node", id="nobody"), "A")
    assert "There is no actor 'nobody'" in gone.problems[0]
    store.delete_map(map_id)
    assert apply(store, map_id, Undo(), "A").problems[0].startswith("This map no longer exists")


def test_an_edit_of_an_actor_deleted_meanwhile_says_who_deleted_it(edits):
    store, map_id = edits
    apply(store, map_id, Delete(target="node", id="carers-forum"), "Alice")
    note = UpdateFields(target="node", id="carers-forum", changes={"notes": "Call them"})
    refused = apply(store, map_id, note, "Bob")
    assert refused.problems == (
        "Alice deleted Carers Forum just now, so your changes to it were not saved. "
        "If it belongs on the map, add it again.",
    )
    assert "carers-forum" not in store.load_map(map_id).graph  # not brought back half-made


def test_the_news_of_another_laptops_edit_says_who_did_what(edits):
    store, map_id = edits
    apply(store, map_id, AddActor(attrs={"label": "Food Bank"}), "Alice")
    newest = store.history(map_id, limit=1)[0]
    assert session.news(newest, "Bob") == "Updated: Alice added Food Bank."
    assert session.news(newest, "Alice") == ""  # one's own edit is never news
    apply(store, map_id, Undo(), "Alice")
    undone = store.history(map_id, limit=1)[0]
    assert session.news(undone, "Bob") == "Updated: Alice undid: added Food Bank."


def test_every_command_is_applied():
    assert set(session.Command.__args__) == {
        AddActor, AddLink, UpdateFields, Delete, Move, Arrange, Undo, Redo
    }  # fmt: skip
