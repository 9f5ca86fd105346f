"""A map's past in the store: snapshots, the map on any past date, what changed, restoring,
reviews at intervals and document notes; none of it ever changes the map it records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from mapper.store import StoreError
from mapper.store.sharing import SharedStore

from .conftest import riverside


def _backdate(db_url: str, map_id: int, days: int) -> None:
    """Move every journal entry and snapshot of the map ``days`` into the past."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for table in ("journal", "snapshots", "reviews_done"):
            rows = conn.execute(
                text(f"SELECT id, at FROM {table} WHERE map_id = :m"), {"m": map_id}
            ).all()
            for row_id, at in rows:
                moved = (at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)) - (
                    dt.timedelta(days=days)
                )
                conn.execute(
                    text(f"UPDATE {table} SET at = :at WHERE id = :id"), {"at": moved, "id": row_id}
                )
        conn.execute(text("UPDATE maps SET created_at = :at"), {"at": dt.datetime(2020, 1, 1)})
    engine.dispose()


def test_a_snapshot_names_the_map_as_it_stands_and_the_past_comes_back(store, map_id):
    kickoff = store.snapshot(map_id, "Kickoff", who="Sam")
    store.add_node(map_id, {"label": "Food Bank"}, who="Sam")
    store.update_node(map_id, "city-council", {"power": 2}, who="Jo")
    store.delete_edge(map_id, "e1", who="Jo")
    store.update_meta(map_id, purpose="Carers are heard", who="Sam")

    past = store.moment(map_id, "Kickoff")

    assert (kickoff.name, kickoff.kind, kickoff.who) == ("Kickoff", "named", "Sam")
    assert past.rows.to_map().to_dict() == riverside().to_dict()
    assert past.label == "Kickoff"
    assert store.moment(map_id, "kickoff").label == "Kickoff"  # letter case aside
    assert store.moment(map_id, "now").rows.to_map().to_dict() == store.load_map(map_id).to_dict()
    assert [s.name for s in store.snapshots(map_id)] == ["Kickoff"]


def test_undo_and_redo_are_part_of_the_past_too(store, map_id):
    store.add_node(map_id, {"label": "Food Bank"}, who="Sam")
    store.snapshot(map_id, "With the food bank")
    store.undo(map_id, who="Sam")
    store.snapshot(map_id, "Without")
    store.add_node(map_id, {"label": "Library"}, who="Sam")  # drops Sam's redo
    store.update_node(map_id, "library", {"label": "City Library"}, who="Sam")

    assert "food-bank" in store.moment(map_id, "With the food bank").rows.nodes
    assert "food-bank" not in store.moment(map_id, "Without").rows.nodes
    assert "library" not in store.moment(map_id, "Without").rows.nodes


def test_a_snapshot_or_review_never_changes_the_map(store, map_id):
    before, version = store.load_map(map_id).to_dict(), store.map_version(map_id)

    store.snapshot(map_id, "Kickoff")
    store.moment(map_id, "Kickoff")
    store.compare(map_id, "Kickoff", "now")

    assert store.load_map(map_id).to_dict() == before
    assert store.map_version(map_id) == version
    store.mark_reviewed(map_id, items=["P3.action.5"], who="Sam")
    assert store.load_map(map_id).to_dict() == before


def test_snapshot_names_are_used_once_per_map_and_must_not_be_empty(store, map_id, make_map):
    store.snapshot(map_id, "Kickoff")
    other = store.create_map(make_map())
    store.snapshot(other, "Kickoff")  # another map may use it

    with pytest.raises(StoreError, match="already has a snapshot named 'Kickoff'"):
        store.snapshot(map_id, "KICKOFF")
    with pytest.raises(StoreError, match="needs a name"):
        store.snapshot(map_id, "   ")
    assert store.auto_snapshot(map_id, "Kickoff", kind="brief").name == "Kickoff (2)"
    assert [s.name for s in store.snapshots(map_id)] == ["Kickoff", "Kickoff (2)"]


def test_what_changed_between_a_snapshot_and_now(store, map_id):
    store.snapshot(map_id, "Kickoff")
    store.add_node(map_id, {"label": "Food Bank", "role": "partner"})
    store.update_node(map_id, "city-council", {"power": 2})
    store.move_nodes(map_id, {"riverside-trust": (400.0, 300.0)})  # not a change to review
    action = store.add_action(map_id, "Agree a channel", owner="city-council")
    store.update_action(map_id, action, status="done")

    found = store.compare(map_id, "Kickoff", "now").to_dict()

    assert found["actors"]["added"] == [{"id": "food-bank", "label": "Food Bank"}]
    assert [c["id"] for c in found["actors"]["changed"]] == ["city-council"]
    assert found["actors"]["changed"][0]["fields"] == [{"field": "power", "from": 5, "to": 2}]
    assert found["documents"]["actions"]["added"] == [
        {"id": str(action), "label": "Agree a channel"}
    ]
    reversed_ = store.compare(map_id, "now", "Kickoff").to_dict()
    assert reversed_["actors"]["removed"] == [{"id": "food-bank", "label": "Food Bank"}]


def test_the_map_on_a_past_date(store, map_id, db_url):
    store.add_node(map_id, {"label": "Food Bank"})
    _backdate(db_url, map_id, 10)
    store.add_node(map_id, {"label": "Library"})
    ten_days_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=10)).date()

    past = store.moment(map_id, ten_days_ago.isoformat())

    assert "food-bank" in past.rows.nodes and "library" not in past.rows.nodes
    assert past.day == ten_days_ago
    with pytest.raises(StoreError, match=r"The map was made on .* there is nothing to show"):
        store.moment(map_id, (ten_days_ago - dt.timedelta(days=30)).isoformat())
    with pytest.raises(StoreError, match="is in the future"):
        store.moment(map_id, "2999-01-01")
    with pytest.raises(StoreError, match="'Lunch' is not a snapshot of this map, a date"):
        store.moment(map_id, "Lunch")


def test_restoring_a_past_moment_makes_a_new_map_and_leaves_the_map_alone(store, map_id):
    store.add_action(map_id, "Agree a channel", owner="city-council")
    store.snapshot(map_id, "Kickoff")
    store.delete_node(map_id, "city-council")
    now = store.load_map(map_id).to_dict()

    copy = store.restore_map(map_id, "Kickoff", who="Sam")

    assert store.load_map(map_id).to_dict() == now
    restored = store.load_map(copy)
    assert restored.name == "Riverside Carers Partnership (as on Kickoff)"
    assert "city-council" in restored.graph
    assert [(a.title, a.owner) for a in store.actions(copy)] == [
        ("Agree a channel", "city-council")
    ]


def test_storage_grows_with_what_changed_not_with_the_map(store, make_map, db_url):
    big = make_map()
    for number in range(200):
        big.add_node(label=f"Partner {number}", notes="x" * 200)
    map_id = store.create_map(big)
    engine = create_engine(db_url)

    def journal_bytes() -> int:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT before, after FROM journal")).all()
        return sum(len(a) + len(b) for a, b in rows)

    start = journal_bytes()
    for number in range(5):
        store.snapshot(map_id, f"Moment {number}")
    store.update_node(map_id, "partner-7", {"power": 4})
    grew = journal_bytes() - start
    engine.dispose()

    assert grew < 1_000  # one actor's row, before and after, not 204 actors
    assert start > 40_000


def test_reviews_fall_due_at_the_maps_interval_and_marking_one_done_takes_a_snapshot(
    store, map_id, db_url
):
    assert store.review_interval(map_id) == 6
    today = dt.datetime.now(dt.UTC).date()
    assert store.reviews_due()[map_id].overdue is False

    _backdate(db_url, map_id, 0)  # the map was made in 2020: long overdue
    due = store.reviews_due(today)[map_id]
    assert (due.due, due.overdue, due.months) == (dt.date(2020, 7, 1), True, 6)
    store.snapshot(map_id, "Kickoff")

    review = store.mark_reviewed(map_id, items=["P3.action.5", "P5.action.4"], note="Ok", who="Jo")

    assert review.snapshot == f"Review {today.isoformat()}" and review.since == "Kickoff"
    assert review.items == ("P3.action.5", "P5.action.4") and review.who == "Jo"
    assert [s.kind for s in store.snapshots(map_id)] == ["named", "review"]
    assert store.reviews_due(today)[map_id].overdue is False
    assert store.set_review_interval(map_id, 3) == 3
    assert 89 <= (store.reviews_due(today)[map_id].due - today).days <= 92
    with pytest.raises(StoreError, match="from 1 to 36"):
        store.set_review_interval(map_id, "yearly")
    assert store.reviews_done(map_id) == [review]


def test_document_notes_are_kept_logged_and_part_of_the_past(store, map_id):
    store.snapshot(map_id, "Kickoff")
    store.set_document_note(map_id, "comms:city-council", "Monthly call, agenda first", who="Jo")
    store.set_document_note(map_id, "comms:city-council", "Monthly call, agenda first")  # same

    assert store.document_notes(map_id) == {"comms:city-council": "Monthly call, agenda first"}
    assert [h["description"] for h in store.history(map_id)[:2]] == [
        "changed the notes of the documents",
        "created the map",
    ]
    found = store.compare(map_id, "Kickoff", "now").to_dict()
    assert found["documents"]["notes"]["added"][0]["id"] == "comms:city-council"
    store.set_document_note(map_id, "comms:city-council", "")
    assert store.document_notes(map_id) == {}


def test_an_import_into_a_map_reads_as_changes_not_as_everything_new(store, map_id, make_map):
    store.snapshot(map_id, "Before the import")
    updated = make_map()
    updated.update_node("city-council", power=2)

    store.replace_map(map_id, updated, who="import")

    found = store.compare(map_id, "Before the import", "now").to_dict()
    assert found["actors"]["added"] == [] and found["actors"]["removed"] == []
    assert found["links"]["added"] == [] and found["links"]["removed"] == []
    assert [c["id"] for c in found["actors"]["changed"]] == ["city-council"]
    assert store.undo(map_id, who="import") is not None
    assert store.load_map(map_id).node("city-council")["power"] == 5


def test_deleting_a_map_deletes_its_past(store, map_id, db_url):
    store.snapshot(map_id, "Kickoff")
    store.mark_reviewed(map_id)
    store.set_document_note(map_id, "agreement:purpose", "Shared")

    store.delete_map(map_id)

    engine = create_engine(db_url)
    with engine.connect() as conn:
        for table in ("journal", "snapshots", "reviews_done", "document_notes"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0
    engine.dispose()


def test_a_view_link_reads_the_past_and_cannot_name_a_moment(store, map_id):
    store.snapshot(map_id, "Kickoff")
    viewer = SharedStore(store, {map_id: False})

    assert [s.name for s in viewer.snapshots(map_id)] == ["Kickoff"]
    assert viewer.compare(map_id, "Kickoff", "now").empty
    with pytest.raises(StoreError, match="view link"):
        viewer.snapshot(map_id, "Mine")
    with pytest.raises(StoreError, match="view link"):
        viewer.mark_reviewed(map_id)


def test_printing_a_brief_twice_without_a_change_takes_one_snapshot(store, map_id):
    first = store.auto_snapshot(map_id, "Brief for 2026-12-10", kind="brief")
    again = store.auto_snapshot(map_id, "Brief for 2026-12-10", kind="brief")
    store.add_node(map_id, {"label": "Food Bank"})
    later = store.auto_snapshot(map_id, "Brief for 2026-12-10", kind="brief")

    assert again == first
    assert later.name == "Brief for 2026-12-10 (2)" and later.position > first.position
    assert [s.kind for s in store.snapshots(map_id)] == ["brief", "brief"]
