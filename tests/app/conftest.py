"""A real app over a temporary SQLite store, served in a thread, driven by headless Chromium.

One app and one browser per test session (Dash registers page callbacks per process);
each test gets a fresh page whose console errors and outside requests fail the test.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from mapper.app import create_app
from mapper.store import Store

logging.getLogger("werkzeug").setLevel(logging.ERROR)

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# dash-cytoscape always passes wheelSensitivity (default 1) and cytoscape.js warns about
# any value given: not ours to fix, and it is a warning, not an error.
KNOWN_WARNINGS = ("You have set a custom wheel sensitivity",)


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("store") / "maps.db"
    opened = Store(f"sqlite:///{path}")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def base_url(store: Store) -> Iterator[str]:
    app = create_app(store)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
        )
        yield launched
        launched.close()


@contextmanager
def watched_page(
    browser, base_url: str, expected: tuple[str, ...] = (), **options: object
) -> Iterator:
    """A page on the app at ``base_url``; when done, the console must have stayed clean
    (but for messages starting with one of ``expected``) and every request on this machine
    (no CDN: the app works offline). ``options`` go to the browser context (e.g. a
    phone's ``viewport`` and ``has_touch``)."""
    settings = {"viewport": {"width": 1500, "height": 950}, **options}
    context = browser.new_context(base_url=base_url, **settings)
    opened = context.new_page()
    problems: list[str] = []
    hosts: set[str] = set()

    def on_console(message) -> None:
        if message.type in ("error", "warning") and not message.text.startswith(
            KNOWN_WARNINGS + expected
        ):
            problems.append(f"{message.type}: {message.text}")

    opened.on("console", on_console)
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("request", lambda request: hosts.add(request.url.split("/")[2].split(":")[0]))
    yield opened
    context.close()
    assert problems == [], "the browser console was not clean"
    assert hosts <= {"127.0.0.1"}, f"requests left the machine: {hosts}"


@pytest.fixture
def page(browser, base_url: str):
    """A page on the app (see ``watched_page``)."""
    with watched_page(browser, base_url) as opened:
        yield opened
