"""The live route under ``mapper serve --workers 2`` with a password on PostgreSQL: it obeys
the app's access rules, and one laptop's edit reaches another served by either worker."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest
import requests

from mapper.store import Store
from tests.app.dash_http import Server, running_server
from tests.app.test_access_server import PASSWORD, signed_in, through_link
from tests.app.test_coediting_browser import add_form
from tests.app.test_editor_browser import wait_cy
from tests.store.conftest import pg_schema

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with pg_schema("test_live") as url:
        yield url


@pytest.fixture(scope="module")
def server(database: str) -> Iterator[Server]:
    env = {"MAPPER_PASSWORD": PASSWORD}
    with running_server("--database", database, "--workers", "2", env=env) as started:
        yield started
    assert "Traceback" not in started.output(), started.output()


@pytest.fixture(scope="module")
def store(database: str, server) -> Iterator[Store]:
    opened = Store(database)
    yield opened
    opened.close()


def test_the_live_route_needs_the_password_or_a_link_to_that_map(server, store):
    live = f"{server.url}/live/1?tab=t1&beat=1"
    refused = requests.get(live)
    assert refused.status_code == 401
    assert "version" not in refused.text

    answer = signed_in(server).get(live)
    assert answer.json() == {"version": store.map_version(1), "here": ""}

    _, token = store.share(1, can_edit=False, who="test")
    viewer = through_link(server, token)
    viewer.cookies.set("mapper_who", "Guest")
    assert (
        viewer.get(f"{server.url}/live/1?tab=t2&beat=1").json()["here"]
        == "Also here: someone without a name"
    )
    assert viewer.get(f"{server.url}/live/2?tab=t2&beat=1").json() == {"version": None}
    assert sorted(store.present(1)) == ["", "Guest"]
    assert store.present(2) == []  # the link to map 1 left no trace on map 2

    gone = viewer.post(f"{server.url}/live/1/leave", data="t2", headers={"Origin": server.url})
    assert gone.status_code == 204
    assert store.present(1) == [""]
    elsewhere = viewer.post(
        f"{server.url}/live/1/leave", data="t1", headers={"Origin": "https://evil.example"}
    )
    assert elsewhere.status_code == 403  # another site cannot end someone's presence
    assert store.present(1) == [""]


@pytest.mark.browser
def test_an_edit_reaches_a_laptop_served_by_either_worker(server, store, browser):
    with ExitStack() as stack:
        pages = []
        for name in ("Alice", "Bob"):
            context = stack.enter_context(browser.new_context(base_url=server.url))
            context.add_cookies([{"name": "mapper_who", "value": name, "url": server.url}])
            page = context.new_page()
            page.goto("/login?next=/maps/2")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            wait_cy(page, "cy.nodes().length > 0", timeout=30_000)
            pages.append(page)
        alice, bob = pages
        bob.locator("#editor-presence", has_text="Also here: Alice").wait_for(timeout=10_000)
        form = add_form(alice)
        for number in range(3):  # each add and each redraw goes to either worker
            label = f"Worker test {number}"
            form.get_by_label("Name").fill(label)
            form.get_by_label("Name").press("Enter")
            alice.get_by_text(f"Added {label}.").wait_for()
            added = time.monotonic()
            node = label.lower().replace(" ", "-")
            wait_cy(bob, f"cy.$id('{node}').length === 1", timeout=10_000)
            assert time.monotonic() - added < 2.0
        assert {n["label"] for n in store.load_map(2).nodes()} >= {"Worker test 2"}
