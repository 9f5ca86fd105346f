"""Import with a preview, export in every format, and the map as a picture, in headless Chromium.

Expected counts come from the files themselves (the Kumu sample read with openpyxl, our
own maps built here), never from the readers under test.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import openpyxl
import pytest

from mapper.app import ids
from mapper.app.components import import_preview as importer
from mapper.app.components.picture import SVG_SCRIPT
from mapper.graph.model import PartnershipMap
from mapper.io import export_map, read_bytes
from mapper.io.formats import MAP_WRITERS, WRITERS
from mapper.store import Store
from tests import INTEROP, SAMPLE_MAPS
from tests.app.test_editor_browser import add_actor
from tests.generated import chain_map

pytestmark = pytest.mark.browser

SAMPLE = SAMPLE_MAPS / "health-social-care-kickoff.json"
KUMU = INTEROP / "kumu" / "paypal-mafia.xlsx"
CORRUPT = INTEROP / "kumu" / "overview-of-the-euro-crisis.CORRUPT-UPSTREAM.xlsx"
# Set MAPPER_SCREENSHOTS=docs/screenshots to refresh the README's picture of the preview.
SCREENSHOTS = os.environ.get("MAPPER_SCREENSHOTS")


def upload(page, *paths: Path) -> None:
    page.goto("/")
    page.locator(f"#{ids.HOME_UPLOAD} input[type=file]").set_input_files([str(p) for p in paths])


def dialog(page):
    return page.locator(f"#{importer.ids.MODAL}")


def kumu_counts(path: Path) -> tuple[int, int]:
    """Elements and connections in a Kumu workbook, counted with openpyxl."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    return tuple(
        sum(1 for row in workbook[sheet].iter_rows(min_row=2, values_only=True) if row[0])
        for sheet in ("Elements", "Connections")
    )


@pytest.mark.filterwarnings("ignore:Unknown extension:UserWarning")
def test_kumu_workbook_previews_then_imports(page, store: Store, tmp_path: Path) -> None:
    actors, links = kumu_counts(KUMU)
    before = len(store.list_maps())
    upload(page, KUMU)
    modal = dialog(page)
    modal.get_by_text("Import “paypal-mafia”?").wait_for()
    modal.get_by_text(f"{actors} actors and {links} links").first.wait_for()
    assert modal.get_by_text("as Kumu spreadsheet").count() == 1
    assert modal.locator(".import-guessed summary").inner_text().startswith("Guessed (")
    assert modal.get_by_text("Ignored: nothing was left out.").count() == 1
    assert modal.locator(".import-actors tbody tr").count() == 8
    assert modal.get_by_text(f"…and {actors - 8} more actors.").count() == 1
    assert len(store.list_maps()) == before  # a preview writes nothing
    pictures = Path(SCREENSHOTS or tmp_path)
    pictures.mkdir(parents=True, exist_ok=True)
    page.wait_for_function(  # the dialog has finished fading in
        """() => [...document.querySelectorAll('.modal.show, .modal-backdrop.show')]
            .every(el => getComputedStyle(el).opacity === (el.matches('.modal') ? '1' : '0.5'))
            && document.querySelectorAll('.modal.show').length === 1"""
    )
    page.screenshot(path=str(pictures / "import-preview.png"))
    assert (pictures / "import-preview.png").stat().st_size > 10_000  # a picture, not blank

    modal.get_by_role("button", name="Import as new map").click()
    page.get_by_text(f"Imported “paypal-mafia”: {actors} actors and {links} links.").wait_for()
    card = page.get_by_role("article", name="paypal-mafia").first
    card.get_by_text(f"{actors} actors").wait_for()
    newest = store.list_maps()[0]
    assert (newest.name, newest.nodes, newest.edges) == ("paypal-mafia", actors, links)
    assert len(store.list_maps()) == before + 1


def test_cancel_saves_nothing(page, store: Store) -> None:
    before = [m.id for m in store.list_maps()]
    upload(page, SAMPLE)
    dialog(page).get_by_role("button", name="Cancel").click()
    dialog(page).wait_for(state="hidden")
    assert [m.id for m in store.list_maps()] == before


def test_replace_a_map_with_an_import(page, store: Store, tmp_path) -> None:
    target = store.create_map(PartnershipMap(name="Old content"))
    tiny = PartnershipMap(name="New content")
    for label in ("Alpha Trust", "Beta Council"):
        tiny.add_node(label=label)
    tiny.add_edge("alpha-trust", "beta-council", "communicates")
    path = tmp_path / "new.json"
    path.write_bytes(export_map(tiny, "json")[0])
    upload(page, path)
    modal = dialog(page)
    modal.get_by_role("button", name="Replace map…").click()
    modal.get_by_role("button", name="Replace this map").click()
    modal.get_by_text("Choose the map to replace.").wait_for()  # no map chosen yet
    modal.get_by_label("Replace the content of").select_option(str(target))
    modal.get_by_role("button", name="Replace this map").click()
    page.get_by_text("Replaced the content of “Old content” with “New content”").wait_for()
    assert sorted(store.load_map(target).graph.nodes) == ["alpha-trust", "beta-council"]


def test_a_corrupt_workbook_is_refused_in_one_line(page, store: Store) -> None:
    before = len(store.list_maps())
    upload(page, CORRUPT)
    page.get_by_text(f"Could not import {CORRUPT.name}; nothing was saved.").wait_for()
    problems = page.locator(".import-problems li")
    assert problems.count() == 1
    assert "a damaged or unreadable Excel workbook" in problems.inner_text()
    assert not dialog(page).is_visible()
    assert len(store.list_maps()) == before


def test_every_problem_in_a_file_is_listed_one_per_line(page, store: Store, tmp_path) -> None:
    broken = tmp_path / "broken.json"
    nodes = [{"id": "a", "label": "A", "power": 9}, {"id": "b", "label": "B", "interest": 0}]
    broken.write_text(json.dumps({"format": "partnership-map", "nodes": nodes, "edges": []}))
    before = len(store.list_maps())
    upload(page, broken)
    page.get_by_text("Could not import broken.json; nothing was saved.").wait_for()
    lines = page.locator(".import-problems li").all_inner_texts()
    assert len(lines) == 2  # power 9 and interest 0: two problems, two lines
    assert all("a whole number from 1 to 5" in line for line in lines)
    assert len(store.list_maps()) == before


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_export_as_every_format(page, store: Store, fmt: str) -> None:
    pmap = PartnershipMap.from_dict(json.loads(SAMPLE.read_text("utf-8")))
    pmap.name = f"Export test {fmt}"
    store.create_map(pmap)
    page.goto("/")
    card = page.get_by_role("article", name=pmap.name)
    card.get_by_role("button", name="Export as…").click()
    with page.expect_download() as download:
        card.get_by_role("button", name=WRITERS[fmt].name, exact=True).click()
    data = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename.endswith(WRITERS[fmt].extension)
    if fmt in MAP_WRITERS:
        back = read_bytes(data, download.value.suggested_filename).map
        assert back.nodes() == pmap.nodes()
        assert back.graph.number_of_edges() == pmap.graph.number_of_edges()
    else:  # the analysis report names the map and some of its actors
        text = data.decode("utf-8")
        assert pmap.name in text
        assert pmap.nodes()[0]["label"] in text


def test_a_5000_actor_workbook_imports_with_progress_in_one_go(page, store: Store, tmp_path):
    big = tmp_path / "big-partnership.xlsx"
    big.write_bytes(export_map(chain_map(5000, name="Five thousand"), "xlsx")[0])
    before = len(store.list_maps())
    start = time.perf_counter()
    upload(page, big)
    page.get_by_text("Reading big-partnership.xlsx (").wait_for()  # said while it is read
    modal = dialog(page)
    modal.get_by_text("Import “Five thousand”?").wait_for(timeout=60_000)
    assert modal.get_by_text("Created 5000 actors and 14994 links.").count() == 1
    previewed = time.perf_counter() - start
    modal.get_by_role("button", name="Import as new map").click()
    modal.get_by_text("Placing 5,000 actors on the canvas and saving…").wait_for()
    assert modal.get_by_role("button", name="Cancel").is_disabled()
    page.get_by_text("Imported “Five thousand”: 5,000 actors").wait_for(timeout=240_000)
    total = time.perf_counter() - start
    print(f"\n5,000-actor xlsx through the app: preview {previewed:.1f} s, total {total:.1f} s")
    assert len(store.list_maps()) == before + 1
    assert store.list_maps()[0].nodes == 5000


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<svg")])
def test_save_the_map_as_a_picture(page, store: Store, fmt: str, magic: bytes) -> None:
    pmap = PartnershipMap.from_dict(json.loads(SAMPLE.read_text("utf-8")))
    map_id = store.create_map(pmap)
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(f"/maps/{map_id}")
    page.wait_for_function(
        f"() => {{ const box = document.getElementById('{ids.CANVAS}');"
        f" return !!(box && box._cyreg && box._cyreg.cy.nodes().length === {len(pmap.graph)}); }}"
    )
    # what draws an SVG (1.4 MB of script) is loaded only when one is asked for
    assert not [url for url in scripts if "extra" in url or SVG_SCRIPT in url]
    page.get_by_role("button", name="Save picture").click()
    label = "PNG image" if fmt == "png" else "SVG drawing"
    with page.expect_download() as download:
        page.get_by_role("button", name=label).click()
    data = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename == f"carronvale-home-and-wellbeing-partnership.{fmt}"
    if fmt == "png":
        assert data.startswith(magic)
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert width > 500 and height > 300  # the whole map at twice screen resolution
    else:
        assert magic in data[:500]
        # labels are text (sharp in print), wrapped one line per <text>
        assert data.count(b"<text") >= len(pmap.graph)
        assert pmap.nodes()[0]["label"].split()[0].encode() in data
        # the canvas goes on as before: a second SVG, and an actor added is drawn
        with page.expect_download() as again:
            page.get_by_role("button", name="Save picture").click()
            page.get_by_role("button", name=label).click()
        assert Path(again.value.path()).read_bytes()[:500].count(magic) == 1
        assert sum(SVG_SCRIPT in url for url in scripts) == 1
        add_actor(page, "Drawn after the picture")
