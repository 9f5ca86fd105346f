"""The review page in real headless Chromium: a snapshot, an edit, the change drawn on the
map and listed, a review marked done (a snapshot appears, home shows it not due), and an
action added to the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from mapper.app import ids
from mapper.store import Store
from tests.store.conftest import riverside

pytestmark = pytest.mark.browser


def _classes(page, element_id: str) -> str:
    """The cytoscape classes of an element of the review canvas, once it is drawn."""
    script = (
        f"() => {{ const box = document.getElementById('{ids.REVIEW_CANVAS}');"
        " const cy = box && box._cyreg && box._cyreg.cy;"
        f" const el = cy && cy.getElementById({element_id!r});"
        " return el && el.length ? el.classes().join(' ') : null; }"
    )
    page.wait_for_function(f"() => ({script})() !== null", timeout=15_000)
    return page.evaluate(script)


def test_a_snapshot_an_edit_the_change_marked_and_the_review_done(page, store: Store) -> None:
    map_id = store.create_map(riverside(), who="Sam")
    with store.engine.begin() as conn:  # made long ago: its review is overdue
        old = dt.datetime(2020, 1, 1)
        conn.execute(
            text("UPDATE maps SET created_at = :at WHERE id = :m"), {"at": old, "m": map_id}
        )
    page.goto("/")
    page.get_by_text("Review overdue since 1 Jul 2020").first.wait_for()

    page.goto(f"/maps/{map_id}/review")
    page.locator(f"#{ids.REVIEW_SNAP_NAME}").fill("Kickoff")
    page.locator(f"#{ids.REVIEW_SNAP_TAKE}").click()
    page.get_by_text("Took the snapshot 'Kickoff'.").wait_for()
    store.add_node(map_id, {"label": "Food Bank", "role": "partner"}, who="Jo")
    store.update_node(map_id, "city-council", {"power": 2}, who="Jo")

    page.reload()
    summary = page.locator(f"#{ids.REVIEW_SUMMARY}")
    summary.get_by_text("From Kickoff (").wait_for()
    assert "added" in _classes(page, "food-bank")
    assert "changed" in _classes(page, "city-council")
    assert _classes(page, "carers-forum") == ""
    widths = page.evaluate(  # the changes drawn across their card, not in a 600 px corner
        f"() => {{ const box = document.getElementById('{ids.REVIEW_CANVAS}');"
        " return [box._cyreg.cy.width(), box.parentElement.clientWidth]; }"
    )
    assert widths[0] > 600 and widths[0] > widths[1] * 0.9
    lines = summary.locator("li").all_inner_texts()
    assert "CHANGED City Council: power 5 → 2" in lines
    assert "ADDED Food Bank" in lines

    page.locator(f"#{ids.REVIEW_TO}").click()
    page.get_by_text("Nothing: show the map as it was then").click()
    page.wait_for_function(  # the map as it was at the kickoff: no food bank yet
        f"() => {{ const cy = document.getElementById('{ids.REVIEW_CANVAS}')._cyreg.cy;"
        " return cy.getElementById('food-bank').length === 0"
        " && cy.getElementById('city-council').length === 1; }",
        timeout=15_000,
    )
    page.locator(f"#{ids.REVIEW_TO}").click()
    page.get_by_text("The map now").click()
    page.get_by_role("tab", name="Review checklist").click()
    page.get_by_text(
        "1 actor added, 0 removed, 1 changed. New on the map, to keep informed: Food Bank."
    ).wait_for()
    page.get_by_text("We look at our stakeholder map regularly").click()
    page.locator(f"#{ids.REVIEW_DONE}").click()
    today = dt.datetime.now(dt.UTC).date().isoformat()
    page.get_by_text(
        f"Review marked done; the map as it stands is kept as 'Review {today}'."
    ).wait_for()
    [review] = store.reviews_done(map_id)
    assert review.items == ("P3.action.5",) and review.since == "Kickoff"
    assert [s.name for s in store.snapshots(map_id)] == ["Kickoff", f"Review {today}"]

    page.goto("/")
    page.get_by_text("Riverside Carers Partnership").first.wait_for()
    assert page.get_by_text("Review overdue since").count() == 0


def test_an_action_is_added_from_a_finding_and_its_status_saved(page, store: Store) -> None:
    map_id = store.create_map(riverside(), who="Sam")
    page.goto(f"/maps/{map_id}/review")
    page.get_by_role("tab", name="Action plan").click()
    page.locator(f"#{ids.REVIEW_NEW_TITLE}").fill("Agree a channel with the funder")
    page.locator(f"#{ids.REVIEW_ADD_ACTION}").click()
    page.get_by_text("Added the action 'Agree a channel with the funder'.").wait_for()
    [action] = store.actions(map_id)
    assert (action.title, action.status) == ("Agree a channel with the funder", "open")

    page.locator(".review-actions select").first.select_option("done")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("Saved 'Agree a channel with the funder'.").wait_for()
    assert store.actions(map_id)[0].status == "done"


def test_the_review_page_shows_the_latest_survey_round(page, store: Store) -> None:
    """Issue 17's rounds over time: the review page shows the latest round beside the diff."""
    from mapper.graph.survey import Answer, Responses
    from mapper.store.survey import import_round

    map_id = store.create_map(riverside(), who="Sam")
    page.goto(f"/maps/{map_id}/review")
    page.locator(f"#{ids.REVIEW_SNAP_NAME}").wait_for()
    assert page.locator(f"#{ids.REVIEW_SURVEY_SLOT}").inner_text() == ""

    answers = (
        Answer(respondent="riverside-trust", about="city-council", question="trust", answer="4"),
        Answer(respondent="city-council", about="riverside-trust", question="trust", answer="2"),
    )
    closes = dt.date.today() + dt.timedelta(days=7)
    import_round(store, map_id, Responses(answers=answers, name="Spring round"), closes=closes)
    page.reload()
    slot = page.locator(f"#{ids.REVIEW_SURVEY_SLOT}")
    slot.get_by_text("What the partners say: Spring round").wait_for()
    assert slot.get_by_role("link", name="Open the survey").get_attribute("href") == (
        f"/maps/{map_id}/survey"
    )
