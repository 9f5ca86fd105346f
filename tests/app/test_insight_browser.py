"""The insight views in real headless Chromium, on the hand-made map of the insight tests:
the lead charity answers to a funder it has no channel to; the funder also funds the
council, which answers to the lead."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from mapper.app import ids
from mapper.store import Store
from tests.app.test_editor_browser import wait_cy
from tests.graph.test_insight import riverside

pytestmark = pytest.mark.browser


@pytest.fixture
def map_id(store: Store) -> int:
    return store.create_map(riverside())


def test_clicking_a_finding_highlights_exactly_its_actors(page, map_id: int) -> None:
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 7")
    page.get_by_role("tab", name="Health check").click()
    # The most important finding leads the panel, before the principles.
    first = page.locator(".health-first")
    first.get_by_text("Needs attention first (").wait_for()
    first.get_by_role("button", name="Lead Charity answers to Funder but has no channel").click()
    lit = "cy.nodes().filter(n => n.style('opacity') === '1').map(n => n.id()).sort().join()"
    wait_cy(page, f"{lit} === 'funder,lead'")
    page.get_by_role("button", name="Clear highlight").click()
    wait_cy(page, "cy.nodes().every(n => n.style('opacity') === '1')")


def test_the_health_check_follows_the_map_by_itself(page, map_id: int, store: Store) -> None:
    """Another laptop gives the lead a channel to the funder: the open health check, which
    follows the map's version, drops the finding without anyone touching it here."""
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 7")
    page.get_by_role("tab", name="Health check").click()
    finding = page.get_by_role("button", name="Lead Charity answers to Funder but has no channel")
    finding.wait_for()
    store.add_edge(map_id, "lead", "funder", "communicates", {"mutual": True}, who="Sam")
    finding.wait_for(state="detached", timeout=10_000)


def test_a_ticked_checklist_item_survives_a_reload(page, map_id: int) -> None:
    page.goto(f"/maps/{map_id}/principles")
    box = page.locator(f"[id='{ids.dom_id(ids.tick('P3.action.2'))}']")
    box.check()
    page.locator(f"[id='{ids.dom_id(ids.tick('P3.action.2', 'by'))}']").get_by_text(
        "ticked"
    ).wait_for()
    page.reload()
    assert page.locator(f"[id='{ids.dom_id(ids.tick('P3.action.2'))}']").is_checked()
    # Principle 3 has six actions in the Compass; one is now ticked.
    assert page.get_by_text("Action checklist (1 of 6 done)").count() == 1


def test_the_brief_lists_the_missing_links_among_those_coming(page, map_id: int) -> None:
    page.goto(f"/maps/{map_id}/brief")
    page.wait_for_load_state("networkidle")  # the attendee list is filled by a callback
    page.locator(f"#{ids.BRIEF_DATE}").fill("2026-10-01")
    attendees = page.locator(f"#{ids.BRIEF_ATTENDEES}")
    for name in ("Lead Charity", "Funder", "Council"):
        # Pick by clicking the option: the list re-renders after each pick, and typed
        # letters can fall into the gap.
        attendees.click()
        page.locator(".dash-dropdown-option").get_by_text(name, exact=True).click()
        page.keyboard.press("Escape")
        expect(attendees).to_contain_text(name, timeout=30_000)  # chosen, and shown
    frame = page.frame_locator(f"#{ids.BRIEF_PREVIEW}")
    frame.get_by_text("Links to consider among those present (2)").wait_for()
    links = frame.locator("section").first.locator("li .head").all_inner_texts()
    assert sorted(links) == ["Funder and Council", "Lead Charity and Funder"]


def test_the_grid_point_moves_when_power_is_edited(page, map_id: int, store: Store) -> None:
    page.goto(f"/maps/{map_id}/grid")
    power = (
        "() => { const plot = document.querySelector('#grid-figure .js-plotly-plot');"
        " if (!plot || !plot.data) return null; for (const t of plot.data) { const i = (t.customdata || []).indexOf('council');"
        " if (i >= 0 && t.marker && t.marker.symbol) return t.y[i]; } return null; }"
    )
    page.wait_for_function(f"({power})() === 4")
    page.wait_for_load_state("networkidle")
    page.locator(f"#{ids.GRID_ACTOR}").click()  # pick by clicking: typed letters get lost
    page.locator(".dash-dropdown-option").get_by_text("Council", exact=True).click()
    page.locator(f"#{ids.GRID_POWER}").get_by_text("2", exact=True).click()
    page.wait_for_function(f"({power})() === 2")
    assert store.load_map(map_id).graph.nodes["council"]["power"] == 2


def test_every_view_opens_on_an_empty_map(page, store: Store) -> None:
    from mapper.graph.model import PartnershipMap

    blank = store.create_map(PartnershipMap(name="Nothing yet"))
    for view, words in (
        ("grid", "No actor has both power and interest recorded yet"),
        ("accountability", "No accountability lines yet"),
        ("brief", "There is nobody on this map yet"),
        ("principles", "Progress at a glance"),
        ("skills", "There are no organisations or groups on this map yet"),
    ):
        page.goto(f"/maps/{blank}/{view}")
        page.get_by_text(words).wait_for()
