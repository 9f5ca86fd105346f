"""Several people on one map: undo is each person's own, and a form never overwrites in
silence what someone else changed after it was opened."""

from __future__ import annotations

import pytest

from mapper.store import Conflict, EditConflict, Store


def _node(store: Store, map_id: int, node_id: str) -> dict:
    return store.load_map(map_id).node(node_id)


# ----- undo per person -------------------------------------------------------------------
def test_undo_takes_back_your_own_last_edit_not_someone_elses(store: Store, map_id: int):
    store.add_node(map_id, {"label": "Alice's Trust"}, who="Alice")
    store.add_node(map_id, {"label": "Bob's Centre"}, who="Bob")

    step = store.undo(map_id, who="Alice")

    assert (step.description, step.kept, step.changed) == ("added Alice's Trust", (), True)
    graph = store.load_map(map_id).graph
    assert "alices-trust" not in graph and "bobs-centre" in graph
    # Alice's next edit ends her redo, not Bob's; Bob's actor is never lost.
    assert store.undo(map_id, who="Bob").description == "added Bob's Centre"
    store.add_node(map_id, {"label": "Alice's Hub"}, who="Alice")
    assert not store.can_redo(map_id, who="Alice")
    assert store.can_redo(map_id, who="Bob")
    assert store.redo(map_id, who="Bob").description == "added Bob's Centre"
    assert {"alices-hub", "bobs-centre"} <= set(store.load_map(map_id).graph)


def test_nothing_to_undo_for_someone_who_made_no_edit(store: Store, map_id: int):
    store.add_node(map_id, {"label": "A"}, who="Alice")
    assert not store.can_undo(map_id, who="Bob")
    assert store.undo(map_id, who="Bob") is None
    assert store.redo(map_id, who="Bob") is None
    assert "a" in store.load_map(map_id).graph


def test_undo_leaves_a_field_someone_changed_since_and_says_so(store: Store, map_id: int):
    store.update_node(map_id, "city-council", {"power": 2, "interest": 4}, who="Alice")
    store.update_node(map_id, "city-council", {"power": 4}, who="Bob")

    step = store.undo(map_id, who="Alice")

    node = _node(store, map_id, "city-council")
    assert (node["power"], node["interest"]) == (4, 3)  # Bob's power kept, interest back
    assert step.kept == ("Bob changed City Council's power since, so it stays as it is.",)
    # Redo puts back Alice's interest; the power is Bob's still.
    step = store.redo(map_id, who="Alice")
    node = _node(store, map_id, "city-council")
    assert (node["power"], node["interest"]) == (4, 4)
    assert step.kept == ("Bob changed City Council's power since, so it stays as it is.",)


def test_undoing_an_actor_someone_has_linked_to_since_keeps_it(store: Store, map_id: int):
    store.add_node(map_id, {"label": "Food Bank"}, who="Alice")
    store.add_edge(map_id, "city-council", "food-bank", "communicates", who="Bob")

    step = store.undo(map_id, who="Alice")

    assert not step.changed
    assert step.kept == ("Bob linked to Food Bank since, so it stays.",)
    assert len(store.load_map(map_id).edges()) == 5
    # Her undo moves on: the next takes back her edit before.
    assert store.can_undo(map_id, who="Alice") is False


def test_undoing_a_deletion_keeps_links_whose_other_end_has_gone(store: Store, map_id: int):
    store.delete_node(map_id, "carers-forum", who="Alice")  # with Jo's seat on it
    store.delete_node(map_id, "jo-smith", who="Bob")

    step = store.undo(map_id, who="Alice")

    pmap = store.load_map(map_id)
    assert "carers-forum" in pmap.graph and "jo-smith" not in pmap.graph
    assert pmap.edges("member_of") == []
    assert step.kept == ("Bob deleted Jo Smith since, so it stays deleted.",)


def test_undo_of_map_details_is_field_by_field(store: Store, map_id: int):
    store.update_meta(map_id, who="Alice", name="Riverside 2026", purpose="Early help")
    store.update_meta(map_id, who="Bob", purpose="Carers first")

    step = store.undo(map_id, who="Alice")

    meta = store.load_map(map_id).meta
    assert (meta["name"], meta["purpose"]) == ("Riverside Carers Partnership", "Carers first")
    assert step.kept == ("Bob changed the map's purpose since, so it stays as it is.",)


# ----- field-level edits and conflicts ---------------------------------------------------
def test_a_form_saves_only_what_it_changed(store: Store, map_id: int):
    """Laptop B sets power 5; laptop A, whose form opened at power 5's old value, saves
    only a note: the power stays B's."""
    store.update_node(map_id, "city-council", {"power": 1}, who="Bob")

    store.update_node(
        map_id, "city-council", {"notes": "Met in May"}, who="Alice", based_on={"notes": None}
    )

    node = _node(store, map_id, "city-council")
    assert (node["power"], node["notes"]) == (1, "Met in May")


@pytest.mark.parametrize(
    ("bob", "alice", "refused"),
    [
        ({"power": 1}, {"power": "2"}, True),  # both changed it: Alice is asked
        ({"power": 2}, {"power": "2"}, False),  # the same value: nothing to settle
        ({"interest": 1}, {"power": "2"}, False),  # different fields: both kept
    ],
)
def test_an_edit_over_someone_elses_newer_value_is_refused(store, map_id, bob, alice, refused):
    store.update_node(map_id, "city-council", bob, who="Bob")
    version = store.map_version(map_id)
    based_on = {"power": 5}  # what Alice's form showed
    if not refused:
        store.update_node(map_id, "city-council", alice, who="Alice", based_on=based_on)
        assert _node(store, map_id, "city-council")["power"] == 2
        return
    with pytest.raises(EditConflict) as refusal:
        store.update_node(map_id, "city-council", alice, who="Alice", based_on=based_on)
    assert refusal.value.conflicts == [
        Conflict(field="power", base=5, theirs=1, yours=2, who="Bob")
    ]
    assert "City Council's power" in str(refusal.value)
    assert store.map_version(map_id) == version  # nothing saved
    assert _node(store, map_id, "city-council")["power"] == 1


def test_choosing_your_value_keeps_both_in_the_change_log(store: Store, map_id: int):
    store.update_node(map_id, "city-council", {"power": 1}, who="Bob")
    with pytest.raises(EditConflict) as refusal:
        store.update_node(map_id, "city-council", {"power": 2}, who="Alice", based_on={"power": 5})
    theirs = refusal.value.conflicts[0].theirs

    store.update_node(map_id, "city-council", {"power": 2}, who="Alice", based_on={"power": theirs})

    assert _node(store, map_id, "city-council")["power"] == 2
    assert [(h["who"], h["description"]) for h in store.history(map_id)[:2]] == [
        ("Alice", "changed City Council"),
        ("Bob", "changed City Council"),
    ]
    # Alice's undo brings back Bob's value.
    store.undo(map_id, who="Alice")
    assert _node(store, map_id, "city-council")["power"] == 1


def test_links_and_map_details_are_checked_the_same_way(store: Store, map_id: int):
    store.update_edge(map_id, "e3", {"role": "member"}, who="Bob")
    with pytest.raises(EditConflict) as refusal:
        store.update_edge(
            map_id, "e3", {"role": "observer"}, who="Alice", based_on={"role": "chair"}
        )
    assert refusal.value.conflicts[0].theirs == "member"
    assert "the seat Jo Smith → Carers Forum's role" in str(refusal.value)

    store.update_meta(map_id, who="Bob", name="Riverside 2026")
    with pytest.raises(EditConflict):
        store.update_meta(
            map_id, who="Alice", based_on={"name": "Riverside Carers Partnership"}, name="R"
        )
    assert store.load_map(map_id).name == "Riverside 2026"
