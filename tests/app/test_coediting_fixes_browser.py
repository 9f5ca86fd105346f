"""Two laptops on one map (issue 14, the last small bugs): the map details settle a
conflict as the actor form does, an open person form's "Works for" follows organisations
added elsewhere, and two laptops with no name never undo each other's edits."""

from __future__ import annotations

from contextlib import ExitStack

import pytest

from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.conftest import watched_page
from tests.app.test_coediting_browser import add_form, laptops, options, until
from tests.app.test_editor_browser import click_node, wait_cy

pytestmark = pytest.mark.browser


def details_form(page):
    page.get_by_role("tab", name="Details", exact=True).click()
    return page.get_by_role("form", name="Map details")


def test_map_details_conflict_offers_keep_theirs_and_save_mine(browser, base_url, store: Store):
    map_id = store.create_map(PartnershipMap(name="Details", purpose="Carers first"))
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        a_form, b_form = details_form(alice), details_form(bob)
        a_form.get_by_label("Purpose").fill("Carers get support early")
        b_form.get_by_label("Purpose").fill("Young carers")
        b_form.get_by_role("button", name="Save map details").click()
        until(lambda: store.load_map(map_id).purpose == "Young carers")

        a_form.get_by_role("button", name="Save map details").click()
        alice.get_by_text(
            "Purpose and shared vision: Bob set “Young carers”; you set “Carers"
        ).wait_for()
        assert store.load_map(map_id).purpose == "Young carers"  # nothing overwritten
        alice.get_by_role("button", name="Keep theirs").click()
        alice.get_by_text("Kept the other person's values.").wait_for()
        assert a_form.get_by_label("Purpose").input_value() == "Young carers"
        assert store.load_map(map_id).purpose == "Young carers"

        # Again, and this time Alice keeps hers.
        b_form.get_by_label("Purpose").fill("Older carers")
        b_form.get_by_role("button", name="Save map details").click()
        until(lambda: store.load_map(map_id).purpose == "Older carers")
        a_form.get_by_label("Purpose").fill("Every carer")
        a_form.get_by_role("button", name="Save map details").click()
        alice.get_by_role("button", name="Save mine").click()
        until(lambda: store.load_map(map_id).purpose == "Every carer")
        log = [(c["who"], c["description"]) for c in store.history(map_id)[:3]]
        assert [who for who, _ in log] == ["Alice", "Bob", "Bob"]


def test_an_open_persons_works_for_lists_organisations_added_elsewhere(
    browser, base_url, store: Store
):
    pmap = PartnershipMap(name="Works for")
    pmap.add_node(label="Riverside Trust", x=0.0, y=0.0)
    pmap.add_node(label="Jo Smith", kind="person", organisation="riverside-trust", x=200.0, y=0.0)
    map_id = store.create_map(pmap)
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        click_node(bob, "jo-smith")
        works_for = bob.get_by_role("form", name="Edit Jo Smith").get_by_label("Works for")
        works_for.locator("option", has_text="Riverside Trust").wait_for(state="attached")
        assert options(works_for) == ["(not set)", "Riverside Trust"]

        form = add_form(alice)
        form.get_by_label("Name").fill("City Council")
        form.get_by_label("Name").press("Enter")
        alice.get_by_text("Added City Council.").wait_for()

        works_for.locator("option", has_text="City Council").wait_for(state="attached")
        assert options(works_for) == ["(not set)", "Riverside Trust", "City Council"]
        assert works_for.input_value() == "riverside-trust"  # the choice shown stays


def test_two_laptops_without_a_name_each_undo_their_own_edit(browser, base_url, store: Store):
    map_id = store.create_map(PartnershipMap(name="Nameless"))
    with ExitStack() as stack:
        first, second = (stack.enter_context(watched_page(browser, base_url)) for _ in "12")
        for page, label in ((first, "First Trust"), (second, "Second Centre")):
            page.goto(f"/maps/{map_id}")
            wait_cy(page, "true")
            form = add_form(page)
            form.get_by_label("Name").fill(label)
            form.get_by_label("Name").press("Enter")
            page.get_by_text(f"Added {label}.").wait_for()
        wait_cy(first, "cy.nodes().length === 2")

        first.get_by_role("button", name="Undo").click()
        first.get_by_text("Undone: added First Trust.").wait_for()
        assert [n["label"] for n in store.load_map(map_id).nodes()] == ["Second Centre"]
        assert first.get_by_role("button", name="Undo").is_disabled()  # nothing else of its own

        wait_cy(second, "cy.nodes().length === 1")
        second.get_by_role("button", name="Undo").click()
        second.get_by_text("Undone: added Second Centre.").wait_for()
        assert list(store.load_map(map_id).nodes()) == []
        # People read these edits as made by someone without a name.
        assert {c["who"] for c in store.history(map_id)} == {""}
        first.get_by_role("tab", name="Details", exact=True).click()
        first.get_by_text("Someone added Second Centre").wait_for()
