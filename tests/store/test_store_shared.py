"""What several people share on one map: reviews of findings, ticked checklist items, and
edits made at the same time from different workers."""

from __future__ import annotations

import threading

import pytest

from mapper.store import Store, StoreError


def test_reviews_are_kept_with_who_and_when_and_can_be_cleared(store, map_id, open_store):
    store.set_review(map_id, "P2.no-channel.e1", "discussed", "Agreed a monthly call", "Sam")
    store.set_review(map_id, "P5.single-funder", "not relevant", who="Priya")
    store.set_review(map_id, "P5.single-funder", "discussed", "On second thoughts", "Jo")

    reviews = open_store().reviews(map_id)
    assert {key: (r["status"], r["note"], r["who"]) for key, r in reviews.items()} == {
        "P2.no-channel.e1": ("discussed", "Agreed a monthly call", "Sam"),
        "P5.single-funder": ("discussed", "On second thoughts", "Jo"),
    }
    assert reviews["P5.single-funder"]["at"].tzinfo is not None

    store.set_review(map_id, "P2.no-channel.e1", None)
    assert list(store.reviews(map_id)) == ["P5.single-funder"]


def test_a_review_status_must_be_a_known_one(store: Store, map_id: int):
    with pytest.raises(StoreError, match="discussed, not relevant"):
        store.set_review(map_id, "P1.x", "done")
    assert store.reviews(map_id) == {}


def test_ticks_are_kept_per_map_and_unticking_removes_them(store, map_id, open_store, make_map):
    other = store.create_map(make_map())
    store.set_tick(map_id, "P3.action.2", True, who="Sam")
    store.set_tick(map_id, "R.4", True, who="Priya")
    store.set_tick(map_id, "R.4", False)

    ticks = open_store().ticks(map_id)
    assert {item: tick["who"] for item, tick in ticks.items()} == {"P3.action.2": "Sam"}
    assert store.ticks(other) == {}


def test_ticks_and_reviews_go_with_a_copy_and_with_a_deleted_map(store: Store, map_id: int):
    store.set_tick(map_id, "P3.action.2", True, who="Sam")
    store.set_review(map_id, "P1.x", "discussed", "ok", "Sam")

    copy_id = store.duplicate_map(map_id, "Copy")
    store.delete_map(map_id)

    assert list(store.ticks(copy_id)) == ["P3.action.2"]
    assert store.reviews(copy_id)["P1.x"]["note"] == "ok"


def test_a_tick_changes_the_version_so_other_views_refresh(store: Store, map_id: int):
    version = store.map_version(map_id)
    store.set_tick(map_id, "R.1", True)
    assert store.map_version(map_id) > version


def test_edits_made_at_once_from_two_workers_all_land(map_id, open_store):
    # Both workers add actors of the same name and links: each edit must see the other's,
    # or two would pick the same new id (a lost edit, or a crash on the duplicate key).
    workers = [open_store(), open_store()]
    start = threading.Barrier(len(workers))
    failures: list[BaseException] = []

    def draw(worker: Store) -> None:
        start.wait()
        try:
            for _ in range(15):
                node_id = worker.add_node(map_id, {"label": "Volunteer"})
                worker.add_edge(map_id, node_id, "carers-forum", "member_of")
        except BaseException as error:  # reported below, in the test's own thread
            failures.append(error)

    threads = [threading.Thread(target=draw, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    pmap = workers[0].load_map(map_id)
    volunteers = {n["id"] for n in pmap.nodes() if n["label"] == "Volunteer"}
    assert volunteers == {"volunteer"} | {f"volunteer-{n}" for n in range(2, 31)}
    seats = {e["source"] for e in pmap.edges("member_of")}
    assert seats == volunteers | {"jo-smith"}


def test_each_worker_sees_the_others_edits_before_making_its_own(map_id, open_store, make_map):
    first, second = open_store(), open_store()
    first.add_node(map_id, {"label": "Carers Centre"})
    second.update_node(map_id, "carers-centre", {"label": "Carers Hub"})
    first.update_node(map_id, "carers-centre", {"power": 4})
    second.undo(map_id)  # takes back the power, in the first worker's map too
    first.update_node(map_id, "carers-centre", {"interest": 2})

    node = second.load_map(map_id).node("carers-centre")
    assert (node["label"], node.get("power"), node["interest"]) == ("Carers Hub", None, 2)

    first.delete_map(map_id)
    new_id = second.create_map(make_map())
    first.add_node(new_id, {"label": "Food Bank"})
    assert first.load_map(new_id).to_dict()["map"]["name"] == "Riverside Carers Partnership"
    assert new_id != map_id


def test_a_map_loaded_after_an_edit_is_what_the_database_holds(map_id, open_store):
    """The editor reloads after every edit, from rows the store kept; those must never be
    stale (another worker edited meanwhile) nor shared with a map a caller changes."""
    first, second = open_store(), open_store()
    first.add_node(map_id, {"label": "Carers Centre", "skills": ["advice"]})
    loaded = first.load_map(map_id)
    loaded.graph.nodes["carers-centre"]["skills"].append("scribbled on")
    loaded.graph.nodes["riverside-trust"]["label"] = "Scribbled"
    assert first.load_map(map_id).node("carers-centre")["skills"] == ["advice"]
    assert first.load_map(map_id).node("riverside-trust")["label"] == "Riverside Trust"

    second.update_node(map_id, "carers-centre", {"label": "Carers Hub"})
    assert first.load_map(map_id).node("carers-centre")["label"] == "Carers Hub"


def test_an_actor_placed_inside_the_edit_sees_every_earlier_add(map_id, open_store):
    """Two laptops adding at once: each new actor's spot is picked from the map as it is
    inside the edit, so the second one sees the first and does not land on it."""
    first, second = open_store(), open_store()
    seen: list[int] = []

    def beside_the_last(pmap) -> tuple[float, float]:
        seen.append(pmap.graph.number_of_nodes())
        return 100.0 * pmap.graph.number_of_nodes(), 0.0

    first.add_node(map_id, {"label": "Food Bank"}, place=beside_the_last)
    second.add_node(map_id, {"label": "Men's Shed"}, place=beside_the_last)
    pmap = first.load_map(map_id)
    assert seen == [4, 5]
    assert (pmap.node("food-bank")["x"], pmap.node("mens-shed")["x"]) == (400.0, 500.0)
