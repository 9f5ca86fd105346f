"""The workshop's grid by mouse, as a facilitator drags names on the projector (1366 x 768):
a name clicked, a name on the grid dragged to another square, one from the tray of those
not placed yet, one let go in its own square and off the grid; then what the store holds
and what Undo takes back."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.test_workshop_mode_browser import patient  # noqa: F401 - a fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def grid_map(store: Store) -> int:
    pmap = PartnershipMap(name="Eastfield kickoff")
    pmap.add_node(
        "eastfield-council", kind="organisation", label="Eastfield Council", sector="public"
    )
    pmap.add_node("food-bank", kind="organisation", label="Food Bank", sector="third")
    pmap.add_node("carers-forum", kind="group", label="Carers Forum", sector="community")
    pmap.graph.nodes["eastfield-council"].update(power=4, interest=5)
    pmap.graph.nodes["food-bank"].update(power=2, interest=4)
    return store.create_map(pmap, who="Sam")


def centre(box: dict | None) -> tuple[float, float]:
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def square(page: Page, power: int, interest: int) -> tuple[float, float]:
    """The middle of a square on screen: above its interest's number, level with its
    power's."""
    number = re.compile(rf"^{interest}$")
    x = centre(page.locator("#ws-grid g.xtick").filter(has_text=number).bounding_box())[0]
    number = re.compile(rf"^{power}$")
    y = centre(page.locator("#ws-grid g.ytick").filter(has_text=number).bounding_box())[1]
    return x, y


def chip(page: Page, name: str):
    return page.locator("#ws-grid g.annotation").filter(has_text=name)


def drag(page: Page, name: str, to: tuple[float, float]) -> None:
    """Press on the name, move the mouse to ``to`` in small steps, let go."""
    page.mouse.move(*centre(chip(page, name).bounding_box()))
    page.mouse.down()
    page.mouse.move(*to, steps=15)
    page.mouse.up()


def where(store: Store, map_id: int, actor: str) -> tuple[int | None, int | None]:
    node = store.load_map(map_id).graph.nodes[actor]
    return node.get("power"), node.get("interest")


def test_names_are_dragged_into_place_on_the_workshop_grid(
    page: Page,
    store: Store,
    patient,  # noqa: F811 - the fixture imported above
) -> None:
    map_id = grid_map(store)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"/maps/{map_id}/workshop?step=grid")
    expect(page.get_by_text("Drag a name to where the room agrees")).to_be_visible()
    expect(chip(page, "Carers Forum")).to_be_visible()
    tray = page.locator("#ws-grid text").filter(has_text=re.compile("^Not on the grid yet$"))
    expect(tray).to_be_visible()
    in_view = """() => {  // on a 768 px laptop the whole grid above the step buttons
        const plot = document.querySelector('#ws-grid .js-plotly-plot');
        const nav = document.querySelector('.ws-nav');
        return window.scrollY === 0
            && plot.getBoundingClientRect().bottom <= nav.getBoundingClientRect().top;
    }"""
    page.wait_for_function(in_view)
    fitted = """() => {  // the names cut again for the width the grid is drawn at
        const plot = document.querySelector('#ws-grid .js-plotly-plot');
        const width = plot.getBoundingClientRect().width - 64 - 16;
        return Math.abs(plot.layout.meta.width - width) <= 24;
    }"""
    page.wait_for_function(fitted)
    page.wait_for_load_state("networkidle")
    status = page.locator("#ws-status")
    logged = len(store.history(map_id))

    # A click on a name, without dragging it, names it in the form below.
    chip(page, "Food Bank").click()
    expect(page.locator("#ws-grid-actor")).to_have_value("Food Bank")
    expect(status).to_have_text("Food Bank: power 2, interest 4.")

    # A name on the grid, to another square.
    drag(page, "Eastfield Council", square(page, power=2, interest=3))
    expect(status).to_have_text("Placed Eastfield Council: power 2, interest 3.")
    assert where(store, map_id, "eastfield-council") == (2, 3)
    x, y = centre(chip(page, "Eastfield Council").bounding_box())  # redrawn in its square
    goal_x, goal_y = square(page, power=2, interest=3)
    assert abs(x - goal_x) < 40 and abs(y - goal_y) < 40

    # One from the tray onto the grid: the tray, now empty, goes.
    drag(page, "Carers Forum", square(page, power=3, interest=4))
    expect(status).to_have_text("Placed Carers Forum: power 3, interest 4.")
    assert where(store, map_id, "carers-forum") == (3, 4)
    expect(tray).to_have_count(0)

    # Let go in its own square, or off the grid: nothing saved, the name back in place.
    x, y = centre(chip(page, "Food Bank").bounding_box())
    drag(page, "Food Bank", (x + 12, y - 10))
    expect(status).to_have_text("Food Bank stays at power 2, interest 4.")
    box = page.locator("#ws-grid .main-svg").first.bounding_box()
    assert box is not None
    drag(page, "Food Bank", (box["x"] + box["width"] - 5, y))
    expect(status).to_have_text("Food Bank has not moved: drop it on the square the room agrees.")
    expect(chip(page, "Food Bank")).to_be_visible()
    assert centre(chip(page, "Food Bank").bounding_box()) == pytest.approx((x, y), abs=2)
    assert where(store, map_id, "food-bank") == (2, 4)

    # The name in the form dragged: the form shows where it is now.
    drag(page, "Food Bank", square(page, power=1, interest=2))
    expect(status).to_have_text("Placed Food Bank: power 1, interest 2.")
    expect(page.locator("#ws-power input[value='1']")).to_be_checked()
    expect(page.locator("#ws-interest input[value='2']")).to_be_checked()

    # On a narrower screen (a 1024 x 768 projector) the names are cut again to fit.
    page.set_viewport_size({"width": 1024, "height": 768})
    page.wait_for_function(fitted)

    # Three drops, three edits in the log; Undo takes back one at a time.
    edits = store.history(map_id)[: len(store.history(map_id)) - logged]
    assert [e["description"] for e in edits] == [
        "changed Food Bank",
        "changed Carers Forum",
        "changed Eastfield Council",
    ]
    whose = edits[0]["editor"]
    store.undo(map_id, who=whose)
    assert where(store, map_id, "food-bank") == (2, 4)
    store.undo(map_id, who=whose)
    assert where(store, map_id, "carers-forum") == (None, None)
    assert where(store, map_id, "eastfield-council") == (2, 3)
    store.undo(map_id, who=whose)
    assert where(store, map_id, "eastfield-council") == (4, 5)


def test_two_laptops_drag_the_same_name_and_neither_is_overwritten(
    browser,
    base_url: str,
    store: Store,
    patient,  # noqa: F811 - the fixture imported above
) -> None:
    """Sam and Ana both have the grid open; Sam drags Food Bank first. Ana's picture still
    shows it where it was: her drag is not saved over Sam's, and her grid shows his."""
    from tests.app.conftest import watched_page

    map_id = grid_map(store)
    size = {"width": 1920, "height": 1080}
    with (
        watched_page(browser, base_url, viewport=size) as sam,
        watched_page(browser, base_url, viewport=size) as ana,
    ):
        for page in (sam, ana):
            page.goto(f"/maps/{map_id}/workshop?step=grid")
            expect(chip(page, "Food Bank")).to_be_visible()
        drag(sam, "Food Bank", square(sam, 5, 2))
        expect(sam.locator("#ws-status")).to_have_text("Placed Food Bank: power 5, interest 2.")
        drag(ana, "Food Bank", square(ana, 1, 1))
        expect(ana.locator("#ws-status")).to_contain_text(
            "Someone else placed Food Bank at power 5, interest 2 just now"
        )
        assert where(store, map_id, "food-bank") == (5, 2)
        x, y = centre(chip(ana, "Food Bank").bounding_box())  # drawn where Sam put it
        want_x, want_y = square(ana, 5, 2)
        assert abs(x - want_x) < 60 and abs(y - want_y) < 40
        drag(ana, "Food Bank", square(ana, 1, 1))  # the room agrees: Ana moves it again
        expect(ana.locator("#ws-status")).to_have_text("Placed Food Bank: power 1, interest 1.")
        assert where(store, map_id, "food-bank") == (1, 1)
