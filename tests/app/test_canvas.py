"""What a redraw sends: only what changed since the version the browser shows."""

from __future__ import annotations

from mapper.app.canvas import drawing, load_canvas
from mapper.graph.model import PartnershipMap
from mapper.store import Store


def _map(store: Store) -> int:
    pmap = PartnershipMap(name="Drawing")
    pmap.add_node(label="Food Bank", x=0.0, y=0.0)
    pmap.add_node(label="Council", x=300.0, y=0.0)
    pmap.add_node(label="Pantry", x=0.0, y=300.0)
    pmap.add_edge("food-bank", "council", "accountable_to")
    return store.create_map(pmap)


def test_a_redraw_sends_what_changed_since_the_version_shown(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    map_id = _map(store)
    shown = load_canvas(store, map_id)  # what the page opened with
    store.add_node(map_id, {"label": "Men's Shed", "x": 600.0, "y": 0.0})
    store.update_node(map_id, "council", {"power": 5})
    store.delete_node(map_id, "pantry")
    now = load_canvas(store, map_id)

    sent = drawing(now, since=shown.version)
    assert sent["version"] == now.version == shown.version + 3
    assert sorted(el["data"]["id"] for el in sent["changed"]) == ["council", "mens-shed"]
    assert sent["removed"] == ["pantry"]
    assert "elements" not in sent
    council = next(el for el in sent["changed"] if el["data"]["id"] == "council")
    assert council["data"]["size"] == 74  # the most powerful size


def test_a_version_no_longer_kept_is_sent_whole(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    map_id = _map(store)
    now = load_canvas(store, map_id)
    sent = drawing(now, since=now.version - 1)  # never drawn here: a new worker, say
    assert sent == {"version": now.version, "elements": now.elements}
    assert drawing(now, since=None)["elements"] == now.elements
    assert drawing(now, since=now.version) == {"version": now.version, "changed": [], "removed": []}


def test_a_page_many_versions_behind_at_a_busy_workshop_gets_what_changed(tmp_path) -> None:
    """Ten edits a second, each drawn: a page that last heard 40 versions ago."""
    store = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    map_id = _map(store)
    shown = load_canvas(store, map_id)
    for n in range(40):
        store.add_node(map_id, {"label": f"Group {n}", "kind": "group", "x": n * 50.0, "y": 0.0})
        load_canvas(store, map_id)  # someone else's page redrawn
    now = load_canvas(store, map_id)

    sent = drawing(now, since=shown.version)

    assert "elements" not in sent
    assert len(sent["changed"]) == 40 and sent["removed"] == []
