"""Undo and redo: every kind of edit goes back exactly, also after a restart."""

from __future__ import annotations

import pytest

from mapper.graph.model import PartnershipMap
from mapper.store import Step, Store


def _imported() -> PartnershipMap:
    pmap = PartnershipMap(name="Imported", purpose="From a spreadsheet")
    pmap.add_node(label="City Council")
    pmap.add_node(label="Food Bank")
    pmap.add_edge("food-bank", "city-council", "communicates")
    return pmap


# Each edit, and the description undo gives back for it.
EDITS = {
    "add_node": (
        lambda s, m: s.add_node(m, {"label": "Carers Centre", "power": 2}),
        "added Carers Centre",
    ),
    "update_node": (
        lambda s, m: s.update_node(m, "city-council", {"power": 4, "interest": None}),
        "changed City Council",
    ),
    "rename_node": (
        lambda s, m: s.update_node(m, "carers-forum", {"label": "Carers Voice"}),
        "renamed Carers Forum to Carers Voice",
    ),
    "delete_node": (
        lambda s, m: s.delete_node(m, "riverside-trust"),
        "deleted Riverside Trust and its 3 links",
    ),
    "add_edge": (
        lambda s, m: s.add_edge(m, "carers-forum", "city-council", "influences"),
        "added influence link Carers Forum → City Council",
    ),
    "update_edge": (
        lambda s, m: s.update_edge(m, "e2", {"amount": 65000, "target": "carers-forum"}),
        "changed resource flow City Council → Carers Forum",
    ),
    "delete_edge": (
        lambda s, m: s.delete_edge(m, "e1"),
        "deleted accountability link Riverside Trust → City Council",
    ),
    "move_nodes": (
        lambda s, m: s.move_nodes(m, {"riverside-trust": (0, 0), "city-council": (100, 50)}),
        "moved 2 actors",
    ),
    "update_meta": (
        lambda s, m: s.update_meta(m, name="Riverside 2026", date=None),
        "changed the map's name, date",
    ),
    "replace_map": (
        lambda s, m: s.replace_map(m, _imported()),
        "replaced the map with an import of Imported",
    ),
}


def _said(step: Step | None) -> str | None:
    return None if step is None else step.description


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_undo_and_redo_each_edit_also_after_a_restart(store, map_id, open_store, edit):
    apply, description = EDITS[edit]
    before = store.load_map(map_id).to_dict()
    apply(store, map_id)
    after = store.load_map(map_id).to_dict()
    assert after != before

    restarted = open_store()
    assert restarted.undo(map_id).description == description
    assert restarted.load_map(map_id).to_dict() == before
    assert store.redo(map_id).description == description
    assert store.load_map(map_id).to_dict() == after
    assert store.undo(map_id).description == description
    assert store.load_map(map_id).to_dict() == before


def test_undo_walks_back_edit_by_edit_and_stops_at_the_start(store: Store, map_id: int):
    original = store.load_map(map_id).to_dict()
    store.add_node(map_id, {"label": "A"})
    store.add_node(map_id, {"label": "B"})
    assert not store.can_redo(map_id)

    assert [_said(store.undo(map_id)) for _ in range(3)] == [
        "added B",
        "added A",
        None,  # creating the map is not an undoable edit
    ]
    assert store.load_map(map_id).to_dict() == original
    assert not store.can_undo(map_id)
    assert [_said(store.redo(map_id)) for _ in range(3)] == [
        "added A",
        "added B",
        None,
    ]
    assert [n["id"] for n in store.load_map(map_id).nodes()][-2:] == ["a", "b"]


def test_a_new_edit_after_undo_clears_redo(store: Store, map_id: int):
    store.add_node(map_id, {"label": "A"})
    store.undo(map_id)
    assert store.can_redo(map_id)

    store.add_node(map_id, {"label": "B"})

    assert not store.can_redo(map_id)
    assert store.redo(map_id) is None
    assert "a" not in store.load_map(map_id).graph
    assert store.undo(map_id).description == "added B"


def test_undoing_a_deleted_actor_brings_back_its_links_and_its_place(store: Store, map_id: int):
    original = store.load_map(map_id)
    store.delete_node(map_id, "riverside-trust", who="Sam")

    assert store.undo(map_id, who="Priya") is None  # not Priya's edit
    assert store.undo(map_id, who="Sam").description == "deleted Riverside Trust and its 3 links"

    restored = store.load_map(map_id)
    assert restored.to_dict() == original.to_dict()
    assert restored.node("jo-smith")["organisation"] == "riverside-trust"
    assert [(h["who"], h["description"], h["undone"]) for h in store.history(map_id)[:2]] == [
        ("Sam", "undid: deleted Riverside Trust and its 3 links", False),
        ("Sam", "deleted Riverside Trust and its 3 links", True),
    ]


def test_undo_and_redo_change_the_version_other_views_poll(store: Store, map_id: int):
    versions = [store.map_version(map_id)]
    for step in (
        lambda: store.add_node(map_id, {"label": "A"}),
        lambda: store.undo(map_id),
        lambda: store.redo(map_id),
    ):
        step()
        versions.append(store.map_version(map_id))
    assert versions == sorted(set(versions))
