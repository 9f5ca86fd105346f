"""Answers to the Compass's checklists (yes, partly, no), kept per map on SQLite and
PostgreSQL: replaced, cleared, copied with a map, gone with it, and refused when wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from mapper.store import MapNotFound, NotAllowed, StoreError
from mapper.store.schema import SCHEMA_VERSION
from mapper.store.sharing import SharedStore

ANSWERS_CAME_IN = 7  # the schema version that added the answers table


def test_an_answer_is_kept_with_its_note_who_and_when(store, map_id):
    before = store.map_version(map_id)
    store.set_answer(map_id, "R.4", "partly", note=" Goals agreed, not written down ", who="Sam")
    store.set_answer(map_id, "B.2", "yes", who="Ana")

    kept = store.answers(map_id)

    assert sorted(kept) == ["B.2", "R.4"]
    assert (kept["R.4"].answer, kept["R.4"].note, kept["R.4"].who) == (
        "partly",
        "Goals agreed, not written down",
        "Sam",
    )
    assert kept["R.4"].at.tzinfo is not None
    assert store.map_version(map_id) == before + 2  # other laptops see it changed
    assert store.can_undo(map_id, "Sam") is False  # an answer is not a drawing edit


def test_answering_again_replaces_and_none_clears(store, map_id):
    store.set_answer(map_id, "R.1", "no", note="not yet", who="Sam")
    store.set_answer(map_id, "R.1", "yes", who="Ana")
    assert store.answers(map_id)["R.1"].answer == "yes"
    assert store.answers(map_id)["R.1"].who == "Ana"

    store.set_answer(map_id, "R.1", None, who="Ana")
    assert store.answers(map_id) == {}


@pytest.mark.parametrize(
    ("item", "answer", "note", "words"),
    [
        ("R.1", "maybe", "", "An answer is yes, partly or no (not 'maybe')."),
        ("", "yes", "", "An answer needs the checklist item it answers."),
        ("R.1", "yes", "x" * 2001, "A note is at most 2,000 characters (this one has 2,001)."),
    ],
)
def test_a_bad_answer_is_refused_and_nothing_is_written(store, map_id, item, answer, note, words):
    store.set_answer(map_id, "R.1", "partly", who="Sam")
    with pytest.raises(StoreError) as refused:
        store.set_answer(map_id, item, answer, note=note)
    assert str(refused.value) == words
    assert {k: a.answer for k, a in store.answers(map_id).items()} == {"R.1": "partly"}


def test_answers_go_with_their_map_and_are_copied_with_it(store, map_id):
    store.set_answer(map_id, "C.5", "yes", note="the council holds the money", who="Sam")
    copy = store.duplicate_map(map_id, "Copy")
    assert store.answers(copy)["C.5"].note == "the council holds the money"

    store.delete_map(map_id)

    with pytest.raises(MapNotFound):
        store.answers(map_id)
    assert list(store.answers(copy)) == ["C.5"]


def test_a_view_link_reads_answers_but_cannot_change_them(store, map_id):
    store.set_answer(map_id, "R.2", "no", who="Sam")
    viewer = SharedStore(store, {map_id: False})
    assert viewer.answers(map_id)["R.2"].answer == "no"
    with pytest.raises(NotAllowed):
        viewer.set_answer(map_id, "R.2", "yes")
    editor = SharedStore(store, {map_id: True})
    editor.set_answer(map_id, "R.2", "yes", who="Guest")
    assert store.answers(map_id)["R.2"].answer == "yes"


def test_a_database_from_before_answers_gets_their_table_on_open(db_url, open_store, make_map):
    """The version before answers had no such table (later steps are run too)."""
    store = open_store()
    map_id = store.create_map(make_map())
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE answers"))
        conn.execute(text(f"UPDATE schema_version SET version = {ANSWERS_CAME_IN - 1}"))
    store.close()

    upgraded = open_store()

    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
    engine.dispose()
    assert upgraded.answers(map_id) == {}
    upgraded.set_answer(map_id, "R.9", "partly", who="Sam")
    assert upgraded.answers(map_id)["R.9"].answer == "partly"
    assert upgraded.load_map(map_id).name == "Riverside Carers Partnership"
