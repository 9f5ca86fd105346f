"""The bar at the top of a map's pages on a 1024-1366 px screen: one row, so the map keeps the
screen's height; short names shown, full names heard by screen readers and shown on a
wide screen."""

from __future__ import annotations

import pytest

from mapper.graph.model import PartnershipMap
from mapper.store import Store

pytestmark = pytest.mark.browser

SHORTENED = {
    "Power-interest grid": "Grid",
    "Meeting brief": "Brief",
    "Principles and checklists": "Checklists",
    "The Compass": "Compass",
    "Skills and resources": "Skills",
}


@pytest.fixture(scope="module")
def small_map(store: Store) -> int:
    pmap = PartnershipMap(name="Bar check")
    pmap.add_node(label="Age Scotland")
    return store.create_map(pmap)


@pytest.mark.parametrize("width", [1024, 1280, 1366])  # a projector, small laptops
def test_the_bar_is_one_row_on_a_laptop_with_full_names_for_screen_readers(
    page, small_map, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 768})
    page.goto(f"/maps/{small_map}/grid")
    bar = page.locator(".app-navbar")
    page.get_by_role("link", name="Power-interest grid").wait_for()
    assert bar.bounding_box()["height"] < 70  # one row: 56 px here, 135 px when it wrapped
    for full, short in SHORTENED.items():
        link = page.get_by_role("link", name=full, exact=True)  # heard in full
        assert link.get_by_text(short, exact=True).is_visible()
        assert link.locator(".nav-long").is_hidden()
    name_box = page.get_by_placeholder("Your name").bounding_box()
    assert name_box["y"] < 56  # beside the links, not on a row of its own
    home = page.get_by_role("link", name="Partnership Mapper")  # heard when its words hide
    assert home.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.set_viewport_size({"width": 1920, "height": 1080})
    for full, short in SHORTENED.items():
        link = page.get_by_role("link", name=full, exact=True)
        assert link.locator(".nav-long").is_visible()
        assert link.get_by_text(short, exact=True).is_hidden()
