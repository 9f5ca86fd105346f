"""The editor's whole promise, checked as a facilitator meets it, from the README: start
``mapper serve``, draw a 10-actor map with 12 links by keyboard and mouse, reload, stop the
server and start it again: everything is there."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mapper.store import Store
from tests.app.conftest import watched_page
from tests.app.test_editor_browser import cy_value, draw_link, new_map, wait_cy

pytestmark = pytest.mark.browser

ACTORS = [
    "Riverside Trust",
    "City Council",
    "Carers Forum",
    "Health Board",
    "Food Bank",
    "Men's Shed",
    "Volunteer Centre",
    "Housing Association",
    "GP Practice",
    "Library",
]
LINKS = [  # source, target, the kind as the dialog words it
    ("riverside-trust", "city-council", "Answers to"),
    ("food-bank", "riverside-trust", "Answers to"),
    ("mens-shed", "riverside-trust", "Answers to"),
    ("city-council", "health-board", "Talks to"),
    ("riverside-trust", "carers-forum", "Talks to"),
    ("gp-practice", "health-board", "Answers to"),
    ("library", "city-council", "Answers to"),
    ("volunteer-centre", "food-bank", "Talks to"),
    ("housing-association", "city-council", "Talks to"),
    ("carers-forum", "gp-practice", "Talks to"),
    ("volunteer-centre", "mens-shed", "Talks to"),
    ("health-board", "riverside-trust", "Talks to"),
]


@contextmanager
def serving(data_dir: Path) -> Iterator[str]:
    """``mapper serve`` as the README starts it, keeping its maps in ``data_dir``."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "mapper", "serve", "--port", str(port)],
        env={**os.environ, "MAPPER_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).close()
                break
            except OSError:
                assert process.poll() is None, "mapper serve stopped"
                assert time.monotonic() < deadline, "mapper serve did not answer in 60 s"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def drawn(page) -> tuple[list[str], list[tuple[str, str]]]:
    return (
        sorted(cy_value(page, "cy.nodes().map(n => n.data('label'))")),
        sorted(
            map(tuple, cy_value(page, "cy.edges().map(e => [e.source().id(), e.target().id()])"))
        ),
    )


def test_a_workshop_map_survives_a_reload_and_a_restart(browser, tmp_path: Path) -> None:
    expected = (sorted(ACTORS), sorted((source, target) for source, target, _ in LINKS))
    with serving(tmp_path) as base, watched_page(browser, base) as page:
        map_id = new_map(page, "Riverside Carers Partnership")
        name = page.get_by_role("form", name="Add an actor").get_by_label("Name")
        for count, actor in enumerate(ACTORS, start=1):
            name.focus()
            page.keyboard.type(actor)
            page.keyboard.press("Enter")  # Enter adds it; the form stays for the next one
            wait_cy(page, f"cy.nodes().length === {count}")
        page.get_by_role("button", name="Draw a link").click()
        for source, target, kind in LINKS:
            draw_link(page, source, target, kind)
        page.keyboard.press("Escape")
        page.reload()
        wait_cy(page, "cy.nodes().length === 10 && cy.edges().length === 12")
        assert drawn(page) == expected

    with serving(tmp_path) as base, watched_page(browser, base) as page:
        page.goto(f"/maps/{map_id}")
        wait_cy(page, "cy.nodes().length === 10 && cy.edges().length === 12")
        assert drawn(page) == expected
        page.goto("/")
        page.get_by_text("Riverside Carers Partnership").wait_for()
        assert page.get_by_role("button", name="Open").count() == 3  # and the 2 samples, once

    kinds = {
        (e["source"], e["target"]): e["kind"]
        for e in Store(f"sqlite:///{tmp_path / 'maps.db'}").load_map(map_id).edges()
    }
    assert kinds[("riverside-trust", "city-council")] == "accountable_to"
    assert kinds[("city-council", "health-board")] == "communicates"
