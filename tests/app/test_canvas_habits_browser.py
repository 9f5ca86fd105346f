"""Canvas habits people bring from Kumu or Miro, and the accountability picture's names,
arrowheads and captions kept apart, in real headless Chromium (issue 15, items 4 and 5).

Each test does what a facilitator would (hover, drag, double-click, type) and then reads
the store: what the page shows must be what was saved.
"""

from __future__ import annotations

import json
import time

import pytest

from mapper.app import ids
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.test_editor_browser import cy_value, node_point, wait_cy, wait_saved
from tests.graph.test_insight import riverside

pytestmark = pytest.mark.browser


def three_apart(store: Store) -> int:
    """Age UK, Council and a person working for the Council, well apart on the canvas."""
    m = PartnershipMap(name="Three apart")
    m.add_node(id="age", label="Age UK", x=-300.0, y=0.0)
    m.add_node(id="council", label="Council", x=300.0, y=0.0)
    m.add_node(id="ana", label="Ana", kind="person", organisation="council", x=300.0, y=250.0)
    return store.create_map(m)


def open_map(page, map_id: int) -> None:
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 3")
    page.wait_for_function("() => !!document.querySelector('.link-handle')")  # script bound


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the store never showed the change"
        time.sleep(0.05)


def empty_point(page) -> tuple[float, float]:
    """A point of the canvas with no actor on it (between Age UK and the Council, above)."""
    (ax, ay), (bx, _) = node_point(page, "age"), node_point(page, "council")
    return (ax + bx) / 2, ay - 120


def model_point(page, x: float, y: float) -> tuple[float, float]:
    """The canvas position (as saved) under screen point (x, y)."""
    return tuple(
        cy_value(
            page,
            f"""(() => {{ const box = cy.container().getBoundingClientRect();
                const pan = cy.pan(), zoom = cy.zoom();
                return [({x} - box.left - pan.x) / zoom, ({y} - box.top - pan.y) / zoom]; }})()""",
        )
    )


def test_dragging_from_an_actors_handle_to_another_links_them(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    page.mouse.move(*node_point(page, "age"))
    handle = page.locator(".link-handle")
    handle.wait_for(state="visible")
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    target = node_point(page, "council")
    page.mouse.move(target[0] - 100, target[1], steps=5)
    page.mouse.move(*target, steps=5)
    assert cy_value(page, "cy.$id('council').hasClass('link-target')")  # lit while aimed at
    page.mouse.up()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Age UK → Council").wait_for()  # the existing dialog, both ends filled
    dialog.get_by_label("Gives resources to", exact=True).check()
    dialog.get_by_label("Resource", exact=True).select_option("funding")
    dialog.get_by_role("button", name="Add link").click()
    page.get_by_text("Added a link: Age UK gives funding to Council.").wait_for()
    edges = store.load_map(map_id).edges()
    assert [(e["source"], e["target"], e["kind"], e["resource"]) for e in edges] == [
        ("age", "council", "resource", "funding")
    ]


def test_a_handle_dropped_on_empty_canvas_links_nothing(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    page.mouse.move(*node_point(page, "age"))
    box = page.locator(".link-handle").bounding_box()
    page.mouse.move(box["x"] + 9, box["y"] + 9)
    page.mouse.down()
    page.mouse.move(*empty_point(page), steps=8)
    page.mouse.up()
    page.wait_for_timeout(500)
    assert not page.get_by_role("dialog").is_visible()
    assert store.load_map(map_id).edges() == []


def test_double_clicking_empty_canvas_adds_an_actor_there(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    x, y = empty_point(page)
    expected = model_point(page, x, y)
    page.mouse.dblclick(x, y)
    box = page.get_by_role("textbox", name="Name of the new actor")
    box.fill("Food Bank")
    box.press("Enter")
    wait_cy(page, "cy.nodes().length === 4")
    page.get_by_text("Added Food Bank.").wait_for()
    added = store.load_map(map_id).node("food-bank")
    assert added["x"] == pytest.approx(expected[0], abs=1)
    assert added["y"] == pytest.approx(expected[1], abs=1)
    # Esc closes the box and adds nothing
    page.mouse.dblclick(x + 200, y)
    page.get_by_role("textbox", name="Name of the new actor").press("Escape")
    page.wait_for_timeout(400)
    assert store.load_map(map_id).graph.number_of_nodes() == 4


def test_renaming_in_place_saves_on_enter_and_cancels_on_esc(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    page.mouse.dblclick(*node_point(page, "council"))
    box = page.get_by_role("textbox", name="New name for Council (Enter to save, Esc to cancel)")
    assert box.input_value() == "Council"
    box.fill("Eastfield Council")
    box.press("Enter")
    wait_cy(page, "cy.$id('council').data('label') === 'Eastfield Council'")
    wait_until(lambda: store.load_map(map_id).label("council") == "Eastfield Council")
    # F2 on the selected actor opens the same box; Esc leaves the name as it was
    page.mouse.click(*node_point(page, "age"))
    wait_cy(page, "cy.$id('age').selected()")
    page.keyboard.press("F2")
    box = page.get_by_role("textbox", name="New name for Age UK (Enter to save, Esc to cancel)")
    box.fill("Something else")
    box.press("Escape")
    assert box.count() == 0
    page.wait_for_timeout(400)
    assert store.load_map(map_id).label("age") == "Age UK"
    page.get_by_role("button", name="Undo").click()  # one undo takes the rename back
    wait_cy(page, "cy.$id('council').data('label') === 'Council'", timeout=30_000)


def test_box_select_moves_several_in_one_edit_and_one_undo(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    before = {n["id"]: (n["x"], n["y"]) for n in store.load_map(map_id).nodes()}
    changes = len(store.history(map_id))
    (ax, ay), (cx, _) = node_point(page, "age"), node_point(page, "council")
    page.keyboard.down("Shift")  # shift-drag a box round Age UK and the Council
    page.mouse.move(ax - 60, ay - 60)
    page.mouse.down()
    page.mouse.move(cx + 60, ay + 60, steps=8)
    page.mouse.up()
    page.keyboard.up("Shift")
    wait_cy(page, "cy.nodes(':selected').length === 2")
    assert cy_value(page, "cy.nodes(':selected').map(n => n.id()).sort()") == ["age", "council"]
    page.mouse.move(ax, ay)
    page.mouse.down()
    page.mouse.move(ax + 40, ay + 80, steps=8)
    page.mouse.up()
    moved = cy_value(
        page, "({age: cy.$id('age').position(), council: cy.$id('council').position()})"
    )
    assert moved["age"]["y"] > before["age"][1] + 20 and moved["council"]["y"] > 20
    wait_saved(store, map_id, "age", moved["age"])
    wait_saved(store, map_id, "council", moved["council"])
    assert len(store.history(map_id)) == changes + 1  # one edit for both
    assert store.load_map(map_id).node("ana")["y"] == before["ana"][1]  # not picked: stays
    page.get_by_role("button", name="Undo").click()
    for node in ("age", "council"):
        wait_saved(store, map_id, node, dict(zip("xy", before[node], strict=True)))
    back = " && ".join(f"cy.$id('{n}').position().y === {before[n][1]}" for n in ("age", "council"))
    wait_cy(page, back, timeout=30_000)  # the undo's redraw (slow when the machine is busy)


def test_people_can_be_drawn_inside_their_organisation(page, store: Store) -> None:
    map_id = three_apart(store)
    open_map(page, map_id)
    version = store.map_version(map_id)
    page.get_by_role("tab", name="Key").click()
    toggle = page.get_by_label("Show people inside their organisation")
    assert not toggle.is_checked()  # off by default
    assert cy_value(page, "cy.$id('council').isParent()") is False
    toggle.check()
    wait_cy(page, "cy.$id('ana').parent().id() === 'council'")
    assert cy_value(page, "cy.$id('age').isParent()") is False  # nobody works for Age UK
    toggle.uncheck()
    wait_cy(page, "cy.$id('ana').parent().length === 0")
    assert cy_value(page, "cy.$id('council').position()") == {"x": 300, "y": 0}  # put back
    assert store.map_version(map_id) == version  # for the eye only: nothing saved


def test_accountability_names_leave_arrowheads_and_captions_clear(page, store: Store) -> None:
    """Names were drawn below their actors, over the arrowheads of the lines arriving
    there, and a click wrote every line's caption across the names."""
    map_id = store.create_map(riverside())
    page.goto(f"/maps/{map_id}/accountability")
    cy = f"document.getElementById('{ids.ACCOUNT_CANVAS}')._cyreg.cy"
    page.wait_for_function(
        f"() => {{ const b = document.getElementById('{ids.ACCOUNT_CANVAS}');"
        " return !!b && !!b._cyreg && b._cyreg.cy.edges().length > 0; }"
    )
    clash = f"""() => {{
        const cy = {cy};
        const label = n => n.boundingBox({{includeNodes: false, includeEdges: false,
                                          includeLabels: true}});
        const inside = (p, b) => p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;
        const meet = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        const found = [];
        cy.edges().forEach(e => cy.nodes().forEach(n => {{
            if (inside(e.targetEndpoint(), label(n))) found.push(e.id() + ' under ' + n.id());
            if (e.selected() && meet(label(e), label(n))) found.push(e.id() + ' over ' + n.id());
        }}));
        return found;
    }}"""
    assert page.evaluate(clash) == []
    for edge in page.evaluate(f"() => {cy}.edges().map(e => e.id())"):
        page.evaluate(f"() => {{ const cy = {cy}; cy.edges().unselect(); "
                      f"cy.$id({json.dumps(edge)}).select(); }}")  # fmt: skip
        assert page.evaluate(f"() => {cy}.$id({json.dumps(edge)}).style('target-label')")
        assert page.evaluate(clash) == []


def test_a_word_explained_opens_inside_the_window_and_closes_with_esc(page, store) -> None:
    map_id = store.create_map(riverside())
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"/maps/{map_id}/grid")
    power = page.locator("details.explain[data-word='power']")
    power.locator("summary").click()  # beside "Power (1-5)", near the window's right edge
    text = power.locator(".explain-text")
    text.get_by_text("How much say an actor has").wait_for()
    box = text.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1366
    grid = page.locator("details.explain[data-word='grid']")
    grid.locator("summary").click()
    grid.get_by_text("Source: Mendelow (1991)").wait_for()  # named only as a source
    assert not power.evaluate("d => d.open")  # one open at a time
    page.keyboard.press("Escape")
    assert not grid.evaluate("d => d.open")
