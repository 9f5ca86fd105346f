"""Who else has a map open, and how fast another laptop's edit arrives (issue 14)."""

from __future__ import annotations

import time
from contextlib import ExitStack

import pytest

from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.conftest import watched_page
from tests.app.test_coediting_browser import add_form, laptops
from tests.app.test_editor_browser import wait_cy

pytestmark = pytest.mark.browser


def presence(page) -> str:
    return page.locator("#editor-presence").inner_text()


def test_each_laptop_lists_the_others_by_name_and_a_closed_one_goes(
    browser, base_url, store: Store
):
    map_id = store.create_map(PartnershipMap(name="Who is here"))
    elsewhere = store.create_map(PartnershipMap(name="Another map"))
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        other = stack.enter_context(watched_page(browser, base_url))
        other.goto(f"/maps/{elsewhere}")  # on another map: not listed
        alice.locator("#editor-presence", has_text="Also here: Bob").wait_for(timeout=8000)
        bob.locator("#editor-presence", has_text="Also here: Alice").wait_for(timeout=8000)
        assert presence(alice) == "Also here: Bob"

        nameless = stack.enter_context(watched_page(browser, base_url))
        nameless.goto(f"/maps/{map_id}")
        alice.locator(
            "#editor-presence", has_text="Also here: Bob and someone without a name"
        ).wait_for(timeout=8000)
        assert presence(nameless) == "Also here: Alice and Bob"
        assert sorted(store.present(map_id)) == ["", "Alice", "Bob"]

        closed = time.monotonic()
        bob.context.close()
        nameless.goto(f"/maps/{elsewhere}")  # leaves the map for another
        alice.locator("#editor-presence", has_text="Bob").wait_for(state="detached", timeout=8000)
        assert time.monotonic() - closed < 8
        alice.wait_for_function(
            "() => document.getElementById('editor-presence').innerText === ''", timeout=8000
        )
        assert not alice.locator("#editor-presence").is_visible()  # nobody else: no pill
        assert store.present(map_id) == ["Alice"]


def test_another_laptops_new_actor_shows_within_a_second_or_so(browser, base_url, store):
    """The live route finds the new version and the page redraws; the version route's
    timing itself is measured in benchmarks/editor.py."""
    map_id = store.create_map(PartnershipMap(name="Quick news"))
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        form = add_form(alice)
        form.get_by_label("Name").fill("Riverside Trust")
        form.get_by_label("Name").press("Enter")
        alice.get_by_text("Added Riverside Trust.").wait_for()
        added = time.monotonic()
        wait_cy(bob, "cy.$id('riverside-trust').length === 1", timeout=5000)
        assert time.monotonic() - added < 2.5
        bob.get_by_text("Updated: Alice added Riverside Trust.").wait_for()
        # Alice's own edit is never reported to her as made elsewhere.
        alice.wait_for_timeout(1000)
        assert alice.locator("#editor-status").inner_text() == "Added Riverside Trust."
