"""Survey rounds in the store, on SQLite and PostgreSQL: personal links kept hashed, answers
saved one at a time and changeable until the round closes, rounds deleted for good."""

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from mapper.graph.survey import Answer, Responses
from mapper.store import NotAllowed
from mapper.store.errors import StoreError
from mapper.store.schema import SCHEMA_VERSION
from mapper.store.survey import (
    answers,
    delete_round,
    import_round,
    latest_round,
    new_link,
    open_form,
    respondents,
    revoke,
    round_of,
    round_responses,
    rounds,
    save_answer,
    set_aside,
    set_show_names,
    start_round,
)

CLOSES = dt.date(2026, 10, 31)
BEFORE, AFTER = dt.date(2026, 10, 31), dt.date(2026, 11, 1)


@pytest.fixture
def started(store, map_id):
    return start_round(
        store, map_id, "  Autumn   2026 ", CLOSES, ["riverside-trust", "city-council"]
    )


def test_a_round_gives_each_respondent_a_link_kept_only_as_a_hash(store, started, db_url):
    found, tokens = started
    assert found.name == "Autumn 2026" and found.closes == CLOSES
    assert set(tokens) == {"riverside-trust", "city-council"}
    engine = create_engine(db_url)
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT token_hash FROM survey_respondents")).scalars().all()
    engine.dispose()
    assert len(kept) == 2 and not set(tokens.values()) & set(kept)
    form = open_form(store, tokens["city-council"])
    assert form.respondent.actor == "city-council" and form.round.id == found.id
    assert open_form(store, "not-a-token") is None


def test_answers_save_one_at_a_time_and_change_until_the_round_closes(store, started):
    found, tokens = started
    token = tokens["city-council"]
    save_answer(store, token, "riverside-trust", "talks", "Weekly", today=BEFORE)
    save_answer(store, token, "riverside-trust", "trust", "3", today=BEFORE)
    save_answer(store, token, "riverside-trust", "trust", "4", "better lately", today=BEFORE)
    save_answer(store, token, "", "P1.action.1", "partly", today=BEFORE)
    save_answer(store, token, "", "P1.action.1", "", today=BEFORE)  # taken back
    assert answers(store, found.id) == [
        Answer(
            respondent="city-council", about="riverside-trust", question="talks", answer="weekly"
        ),
        Answer(
            respondent="city-council",
            about="riverside-trust",
            question="trust",
            answer="4",
            comment="better lately",
        ),
    ]
    with pytest.raises(NotAllowed, match="round has closed"):
        save_answer(store, token, "riverside-trust", "trust", "1", today=AFTER)
    with pytest.raises(ValueError, match="'trust' takes 1, 2, 3, 4 or 5"):
        save_answer(store, token, "riverside-trust", "trust", "9", today=BEFORE)
    with pytest.raises(ValueError, match="'trust' is asked about someone"):
        save_answer(store, token, "", "trust", "3", today=BEFORE)
    with pytest.raises(ValueError, match=r"a checklist item \(P1.action.1\) is not about anyone"):
        save_answer(store, token, "riverside-trust", "P1.action.1", "yes", today=BEFORE)
    assert [a.answer for a in answers(store, found.id) if a.question == "trust"] == ["4"]
    counts = {r.actor: r.answered for r in respondents(store, found.id)}
    assert counts == {"riverside-trust": 0, "city-council": 2}


def test_a_revoked_or_replaced_link_takes_no_more_answers(store, started):
    found, tokens = started
    lead = next(r for r in respondents(store, found.id) if r.actor == "riverside-trust")
    revoke(store, lead.id)
    with pytest.raises(NotAllowed, match="no longer works"):
        save_answer(
            store, tokens["riverside-trust"], "city-council", "talks", "daily", today=BEFORE
        )
    old = tokens["city-council"]
    save_answer(store, old, "riverside-trust", "talks", "monthly", today=BEFORE)
    fresh = new_link(store, found.id, "city-council")
    assert open_form(store, old) is None
    save_answer(store, fresh, "riverside-trust", "trust", "5", today=BEFORE)
    assert len(answers(store, found.id)) == 2  # the answer given on the old link is kept


def test_a_name_written_for_someone_missing_meets_the_actor_added_later(store, started, map_id):
    found, tokens = started
    save_answer(store, tokens["city-council"], "Mill Surgery", "talks", "monthly", today=BEFORE)
    pmap = store.load_map(map_id)
    assert round_responses(store, found.id, pmap).answers[0].about == "Mill Surgery"
    store.add_node(map_id, {"label": "mill surgery"})
    responses = round_responses(store, found.id, store.load_map(map_id), ticked=["P1.action.1"])
    assert responses.answers[0].about == "mill-surgery"
    assert responses.invited == ("riverside-trust", "city-council")
    assert responses.ticked == {"P1.action.1"}


def test_imported_answers_make_a_round_without_links(store, map_id):
    given = Responses(
        answers=(
            Answer(
                respondent="city-council", about="riverside-trust", question="trust", answer="2"
            ),
        ),
        name="Paper forms",
    )
    made = import_round(store, map_id, given, closes=CLOSES)
    assert made.name == "Paper forms"
    assert [(r.actor, r.has_link) for r in respondents(store, made.id)] == [("city-council", False)]
    assert answers(store, made.id) == list(given.answers)


def test_rounds_are_kept_newest_first_and_deleted_for_good(store, map_id, started, db_url):
    found, tokens = started
    later, _ = start_round(store, map_id, "Spring 2027", CLOSES, ["city-council"])
    save_answer(store, tokens["city-council"], "riverside-trust", "talks", "daily", today=BEFORE)
    set_aside(store, found.id, "communicates:a>b")
    assert [r.name for r in rounds(store, map_id)] == ["Spring 2027", "Autumn 2026"]
    assert rounds(store, map_id)[1].set_aside == ("communicates:a>b",)
    delete_round(store, found.id)
    assert [r.id for r in rounds(store, map_id)] == [later.id]
    assert open_form(store, tokens["city-council"]) is None
    store.delete_map(map_id)  # a map with rounds deletes with them
    engine = create_engine(db_url)
    with engine.connect() as conn:
        for table in ("survey_rounds", "survey_respondents", "survey_answers"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    engine.dispose()


def reopened_as_older(db_url, store, open_store, version: int, *statements: str):
    """``store``'s database taken back to schema ``version`` by ``statements``, then
    opened again (as a newer Partnership Mapper would): it must be upgraded in full."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
        conn.execute(text(f"UPDATE schema_version SET version = {version}"))
    store.close()
    upgraded = open_store()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
    engine.dispose()
    return upgraded


def test_a_version_3_database_gets_survey_tables_on_open(db_url, open_store, make_map):
    store = open_store()
    map_id = store.create_map(make_map())
    drops = [f"DROP TABLE {t}" for t in ("survey_answers", "survey_respondents", "survey_rounds")]
    upgraded = reopened_as_older(db_url, store, open_store, 3, *drops)
    found, _ = start_round(upgraded, map_id, "First", CLOSES, ["city-council"])
    assert rounds(upgraded, map_id) == [found]


def test_readiness_items_and_resources_each_way_are_kept_like_any_answer(store, started, map_id):
    found, tokens = started
    token = tokens["city-council"]
    save_answer(store, token, "", "R.4", "Partly", "goals agreed, not written", today=BEFORE)
    save_answer(store, token, "riverside-trust", "premises", "they", today=BEFORE)
    save_answer(store, token, "riverside-trust", "in-kind", "Both", today=BEFORE)
    with pytest.raises(ValueError, match="'staff' takes yes, no, they, both, neither or"):
        save_answer(store, token, "riverside-trust", "staff", "lots", today=BEFORE)
    with pytest.raises(ValueError, match=r"a checklist item \(R.4\) is not about anyone"):
        save_answer(store, token, "riverside-trust", "R.4", "yes", today=BEFORE)
    kept = round_responses(store, found.id, store.load_map(map_id))
    assert {(a.about, a.question): (a.answer, a.comment) for a in kept.answers} == {
        ("", "R.4"): ("partly", "goals agreed, not written"),
        ("riverside-trust", "premises"): ("they", ""),
        ("riverside-trust", "in-kind"): ("both", ""),
    }
    assert open_form(store, token).answers[("", "R.4")] == ("partly", "goals agreed, not written")


def test_who_said_what_is_shown_on_share_links_only_when_turned_on(store, started, open_store):
    found, _ = started
    assert found.show_names is False  # every round starts with aggregates only
    set_show_names(store, found.id, True)
    assert round_of(open_store(), found.id).show_names is True  # as another worker reads it
    assert latest_round(store, found.map_id) == round_of(store, found.id)
    set_show_names(store, found.id, False)
    assert round_of(store, found.id).show_names is False
    delete_round(store, found.id)
    with pytest.raises(StoreError, match="no survey round"):
        set_show_names(store, found.id, True)
    assert latest_round(store, found.map_id) is None


def test_a_version_8_database_gets_the_show_names_choice_on_open(db_url, open_store, make_map):
    store = open_store()
    map_id = store.create_map(make_map())
    made, _ = start_round(store, map_id, "Before", CLOSES, ["city-council"])
    drop = "ALTER TABLE survey_rounds DROP COLUMN show_names"
    upgraded = reopened_as_older(db_url, store, open_store, 8, drop)
    assert round_of(upgraded, made.id).show_names is False
    set_show_names(upgraded, made.id, True)
    assert round_of(upgraded, made.id).show_names is True
