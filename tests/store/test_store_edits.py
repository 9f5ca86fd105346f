"""Maps and edits as a user sees them: what is saved is what loads, and a refused edit
changes nothing. Expected values come from the hand-made map in ``conftest.riverside``."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.store import MapNotFound, Store, StoreError


def test_a_saved_map_loads_exactly_as_it_was_saved(store: Store, make_map):
    pmap = make_map()
    pmap.add_node(label="Volunteers", kind="group", tags=["kickoff"], custom_column="kept")

    map_id = store.create_map(pmap)

    assert store.load_map(map_id).to_dict() == pmap.to_dict()


def test_the_list_of_maps_gives_sizes_and_puts_the_last_changed_first(store: Store, make_map):
    first = store.create_map(make_map())
    second = store.create_map(PartnershipMap(name="Empty", purpose="Nothing yet"))
    assert [m.id for m in store.list_maps()] == [second, first]

    store.add_node(first, {"label": "Carers Centre"})

    summaries = store.list_maps()
    assert [m.id for m in summaries] == [first, second]
    assert (summaries[0].name, summaries[0].nodes, summaries[0].edges) == (
        "Riverside Carers Partnership",
        5,
        4,
    )
    assert (summaries[1].purpose, summaries[1].nodes, summaries[1].edges) == ("Nothing yet", 0, 0)
    age = dt.datetime.now(dt.UTC) - summaries[0].updated_at
    assert dt.timedelta(0) <= age < dt.timedelta(minutes=1)


def test_add_node_makes_an_id_from_the_label_and_keeps_its_fields(store: Store, map_id: int):
    node_id = store.add_node(map_id, {"label": "Carers' Centre", "power": "2", "x": 5, "y": 6})

    assert node_id == "carers-centre"
    assert store.load_map(map_id).node(node_id) == {
        "id": "carers-centre",
        "label": "Carers' Centre",
        "power": 2,
        "x": 5.0,
        "y": 6.0,
        "kind": "organisation",
    }
    assert store.add_node(map_id, {"label": "Carers Centre"}) == "carers-centre-2"


def test_update_node_changes_and_removes_attributes(store: Store, map_id: int):
    store.update_node(map_id, "city-council", {"power": 4, "interest": None, "notes": "new CEO"})

    node = store.load_map(map_id).node("city-council")
    assert (node["power"], node["notes"]) == (4, "new CEO")
    assert "interest" not in node


def test_deleting_an_actor_takes_its_links_and_reports_how_many(store: Store, map_id: int):
    # Riverside Trust: accountable to, funded by and talks to the council (3 links).
    assert store.delete_node(map_id, "riverside-trust") == 3

    pmap = store.load_map(map_id)
    assert [n["id"] for n in pmap.nodes()] == ["city-council", "carers-forum", "jo-smith"]
    assert [e["id"] for e in pmap.edges()] == ["e3"]
    assert "organisation" not in pmap.node("jo-smith")  # Jo's employer went too


def test_links_are_added_changed_and_deleted(store: Store, map_id: int):
    edge_id = store.add_edge(map_id, "carers-forum", "city-council", "influences", {"strength": 4})
    assert edge_id == "e5"
    store.update_edge(map_id, "e2", {"amount": "65,000", "unit": "GBP"})
    store.delete_edge(map_id, "e4")

    pmap = store.load_map(map_id)
    assert pmap.edge("e5") == {
        "id": "e5",
        "source": "carers-forum",
        "target": "city-council",
        "kind": "influences",
        "strength": 4,
    }
    assert (pmap.edge("e2")["amount"], pmap.edge("e2")["unit"]) == (65000, "GBP")
    assert {e["id"] for e in pmap.edges()} == {"e1", "e2", "e3", "e5"}


def test_moved_positions_are_kept_and_an_unmoved_drop_is_not_an_edit(store: Store, map_id: int):
    store.move_nodes(map_id, {"riverside-trust": (-40, 12.25), "carers-forum": ("3", "4")})
    pmap = store.load_map(map_id)
    assert [
        (pmap.node(n)["x"], pmap.node(n)["y"]) for n in ("riverside-trust", "carers-forum")
    ] == [
        (-40.0, 12.25),
        (3.0, 4.0),
    ]
    version = store.map_version(map_id)

    store.move_nodes(map_id, {"riverside-trust": (-40, 12.25)})

    assert store.map_version(map_id) == version
    assert store.history(map_id)[0]["description"] == "moved 2 actors"


def test_map_details_are_validated_and_kept(store: Store, map_id: int):
    store.update_meta(map_id, name=" Riverside 2026 ", date=None, skills_needed="evaluation | law")

    pmap = store.load_map(map_id)
    assert (pmap.name, pmap.date, pmap.skills_needed) == (
        "Riverside 2026",
        None,
        ["evaluation", "law"],
    )
    assert pmap.purpose == "Carers get support early"


def test_replace_map_puts_an_import_in_place_and_keeps_the_id(store: Store, map_id: int):
    imported = PartnershipMap(name="Imported")
    imported.add_node(label="City Council", sector="public")
    imported.add_node(label="Food Bank")
    imported.add_edge("food-bank", "city-council", "communicates")

    before = store.load_map(map_id)
    store.replace_map(map_id, imported)

    placed = store.load_map(map_id).to_dict()
    expected = imported.to_dict()
    # The import's "e1" is not the old map's e1 (other ends), so it gets an unused id: a
    # later "what changed" reads it as a new link, not as the old one changed.
    old_ids = {edge["id"] for edge in before.edges()}
    assert [edge["id"] for edge in placed["edges"]] == [f"e{len(old_ids) + 1}"]
    assert placed["edges"][0]["id"] not in old_ids
    for edges in (placed["edges"], expected["edges"]):
        for edge in edges:
            edge.pop("id")
    assert placed == expected


def test_duplicate_copies_content_under_a_new_name_and_delete_removes_a_map(
    store: Store, map_id: int, make_map
):
    copy_id = store.duplicate_map(map_id, "Riverside (copy)")

    copy = store.load_map(copy_id).to_dict()
    assert copy["map"]["name"] == "Riverside (copy)"
    assert copy["nodes"] == make_map().to_dict()["nodes"]
    assert copy["edges"] == make_map().to_dict()["edges"]

    store.delete_map(map_id)

    assert [m.id for m in store.list_maps()] == [copy_id]
    with pytest.raises(MapNotFound, match=f"no map with id {map_id}"):
        store.load_map(map_id)


def test_edit_after_edit_on_one_store_all_land(store: Store, map_id: int, open_store):
    store.update_node(map_id, "city-council", {"power": 4})
    store.update_node(map_id, "city-council", {"interest": 5})
    store.move_nodes(map_id, {"city-council": (1, 2)})
    store.update_edge(map_id, "e1", {"scope": "reporting"})
    store.update_edge(map_id, "e1", {"formal": "yes"})
    store.update_meta(map_id, notes="Met in May")
    store.update_meta(map_id, purpose="Support carers early")

    pmap = open_store().load_map(map_id)
    council = pmap.node("city-council")
    assert [council[k] for k in ("power", "interest", "x", "y")] == [4, 5, 1.0, 2.0]
    assert (pmap.edge("e1")["scope"], pmap.edge("e1")["formal"]) == ("reporting", True)
    assert (pmap.notes, pmap.purpose) == ("Met in May", "Support carers early")


# Each refused edit: what is tried, and what the user is told.
REFUSED = {
    "power out of range": (
        lambda s, m: s.add_node(m, {"label": "X", "power": 9}),
        MapValidationError,
        "a whole number from 1 to 5",
    ),
    "id already taken": (
        lambda s, m: s.add_node(m, {"id": "city-council", "label": "Council"}),
        MapValidationError,
        "'city-council' is taken",
    ),
    "person's employer missing": (
        lambda s, m: s.add_node(m, {"label": "Al", "kind": "person", "organisation": "nope"}),
        MapValidationError,
        "the id of an organisation on the map",
    ),
    "unknown actor to change": (
        lambda s, m: s.update_node(m, "ghost", {"power": 2}),
        StoreError,
        "no actor 'ghost'",
    ),
    "bad interest": (
        lambda s, m: s.update_node(m, "city-council", {"interest": "lots"}),
        MapValidationError,
        "'lots' is not valid",
    ),
    "unknown actor to delete": (
        lambda s, m: s.delete_node(m, "ghost"),
        StoreError,
        "no actor 'ghost'",
    ),
    "link to a missing actor": (
        lambda s, m: s.add_edge(m, "city-council", "ghost", "communicates"),
        MapValidationError,
        "who is not on the map",
    ),
    "seat on something not a forum": (
        lambda s, m: s.add_edge(m, "jo-smith", "city-council", "member_of"),
        MapValidationError,
        "a forum to sit on",
    ),
    "resource flow without a resource": (
        lambda s, m: s.add_edge(m, "city-council", "carers-forum", "resource"),
        MapValidationError,
        "what flows",
    ),
    "unknown link to change": (
        lambda s, m: s.update_edge(m, "e99", {"label": "x"}),
        StoreError,
        "no link 'e99'",
    ),
    "link made to loop": (
        lambda s, m: s.update_edge(m, "e1", {"target": "riverside-trust"}),
        MapValidationError,
        "cannot loop back",
    ),
    "unknown link to delete": (
        lambda s, m: s.delete_edge(m, "e99"),
        StoreError,
        "no link 'e99'",
    ),
    "one bad position among good ones": (
        lambda s, m: s.move_nodes(m, {"city-council": (1, 2), "carers-forum": (float("nan"), 3)}),
        MapValidationError,
        "expected a number",
    ),
    "moving an unknown actor": (
        lambda s, m: s.move_nodes(m, {"city-council": (1, 2), "ghost": (3, 3)}),
        StoreError,
        "no actor 'ghost'",
    ),
    "empty map name": (
        lambda s, m: s.update_meta(m, purpose="New", name="  "),
        MapValidationError,
        "a name",
    ),
    "bad map date": (
        lambda s, m: s.update_meta(m, date="next week"),
        MapValidationError,
        "YYYY-MM-DD",
    ),
    "unknown map field": (
        lambda s, m: s.update_meta(m, colour="red"),
        StoreError,
        "no field 'colour'",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_refused_edit_leaves_the_map_exactly_as_it_was(store: Store, map_id: int, case: str):
    attempt, error, message = REFUSED[case]
    before = (store.load_map(map_id).to_dict(), store.map_version(map_id), store.history(map_id))

    with pytest.raises(error, match=message):
        attempt(store, map_id)

    after = (store.load_map(map_id).to_dict(), store.map_version(map_id), store.history(map_id))
    assert after == before


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.load_map(999),
        lambda s: s.add_node(999, {"label": "X"}),
        lambda s: s.update_meta(999, name="X"),
        lambda s: s.duplicate_map(999, "X"),
        lambda s: s.delete_map(999),
        lambda s: s.undo(999),
        lambda s: s.can_redo(999),
        lambda s: s.map_version(999),
        lambda s: s.ticks(999),
        lambda s: s.set_review(999, "k", "discussed"),
    ],
)
def test_a_missing_map_is_reported_as_such(store: Store, call):
    with pytest.raises(MapNotFound, match="no map with id 999"):
        call(store)


def test_the_change_log_says_who_did_what_newest_first(store: Store, map_id: int):
    store.add_node(map_id, {"label": "Carers Centre"}, who="Priya")
    store.add_edge(map_id, "carers-centre", "city-council", "communicates", who="Priya")
    store.delete_node(map_id, "carers-centre", who="Sam")

    assert [(h["who"], h["description"]) for h in store.history(map_id)] == [
        ("Sam", "deleted Carers Centre and its 1 link"),
        ("Priya", "added communication link Carers Centre → City Council"),
        ("Priya", "added Carers Centre"),
        ("Sam", "created the map"),
    ]
    assert len(store.history(map_id, limit=2)) == 2
