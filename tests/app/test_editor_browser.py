"""The editor as a workshop facilitator uses it, in real headless Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.app import ids
from mapper.app.layouts import arrange
from mapper.graph.model import PartnershipMap
from mapper.store import Store

pytestmark = pytest.mark.browser

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
CY = f"document.getElementById('{ids.CANVAS}')._cyreg.cy"


def cy_value(page, expression: str):
    """Evaluate ``expression`` with ``cy`` bound to the canvas's cytoscape instance."""
    return page.evaluate(f"() => {{ const cy = {CY}; return {expression}; }}")


def wait_cy(page, condition: str, timeout: int = 10_000) -> None:
    page.wait_for_function(
        f"() => {{ const box = document.getElementById('{ids.CANVAS}');"
        f" const cy = box && box._cyreg && box._cyreg.cy; return !!cy && ({condition}); }}",
        timeout=timeout,
    )


def node_point(page, node_id: str) -> tuple[float, float]:
    """Where actor ``node_id`` is on the screen (after ``cy.resize()``: Dash shifts the page
    after mount and cytoscape caches the container's offset)."""
    return tuple(
        page.evaluate(
            f"""() => {{
                const cy = {CY}; cy.resize();
                const box = document.getElementById('{ids.CANVAS}').getBoundingClientRect();
                const p = cy.getElementById({json.dumps(node_id)}).renderedPosition();
                return [box.left + p.x, box.top + p.y];
            }}"""
        )
    )


def click_node(page, node_id: str) -> None:
    x, y = node_point(page, node_id)
    page.mouse.click(x, y)


def add_actor(page, label: str, kind: str = "organisation") -> None:
    page.get_by_role("tab", name="Add actor").click()
    form = page.get_by_role("form", name="Add an actor")
    form.get_by_label("Name").fill(label)
    form.get_by_label("Kind", exact=True).select_option(kind)
    before = cy_value(page, "cy.nodes().length")
    form.get_by_role("button", name="Add to the map").click()
    wait_cy(page, f"cy.nodes().length === {before + 1}")


def draw_link(page, source: str, target: str, kind_words: str) -> None:
    before = cy_value(page, "cy.edges().length")
    page.get_by_text("click the actor a link starts from").wait_for()
    click_node(page, source)
    page.get_by_text("now click the actor it goes to").wait_for()
    click_node(page, target)
    dialog = page.get_by_role("dialog")
    dialog.get_by_label(kind_words, exact=True).check()
    dialog.get_by_role("button", name="Add link").click()
    wait_cy(page, f"cy.edges().length === {before + 1}")
    page.locator(".modal-backdrop").wait_for(state="detached")  # the dialog fades out


def new_map(page, name: str) -> int:
    page.goto("/")
    page.get_by_role("button", name="+ New map").click()
    page.get_by_label("Name of the partnership").fill(name)
    page.get_by_role("button", name="Create the map").click()
    page.wait_for_url("**/maps/*")
    wait_cy(page, "true")
    return int(page.url.rstrip("/").split("/")[-1])


def test_draw_edit_delete_drag_and_reload(page, store: Store) -> None:
    map_id = new_map(page, "Riverside Food Partnership")
    add_actor(page, "Riverside Food Bank")
    add_actor(page, "Northshire Council")
    add_actor(page, "Parish Pantry", kind="group")
    assert cy_value(page, "cy.nodes().map(n => n.id()).sort()") == [
        "northshire-council",
        "parish-pantry",
        "riverside-food-bank",
    ]

    page.get_by_role("button", name="Draw a link").click()
    draw_link(page, "riverside-food-bank", "northshire-council", "Answers to")
    draw_link(page, "parish-pantry", "riverside-food-bank", "Talks to")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Draw a link").wait_for()
    saved = store.load_map(map_id)
    assert sorted((e["source"], e["target"], e["kind"]) for e in saved.edges()) == [
        ("parish-pantry", "riverside-food-bank", "communicates"),
        ("riverside-food-bank", "northshire-council", "accountable_to"),
    ]

    # Edit: select the food bank, give it a power and a new name.
    click_node(page, "riverside-food-bank")
    form = page.get_by_role("form", name="Edit Riverside Food Bank")
    form.get_by_label("Name").fill("Riverside Community Food Bank")
    form.get_by_label("Power").select_option("5")
    form.get_by_role("button", name="Save changes").click()
    wait_cy(page, "cy.$id('riverside-food-bank').data('label') === 'Riverside Community Food Bank'")

    # Delete the pantry: the confirmation says its one link goes too.
    click_node(page, "parish-pantry")
    page.get_by_role("button", name="Delete…").click()
    page.get_by_text("Delete Parish Pantry? Its 1 link will be deleted too.").wait_for()
    page.get_by_role("button", name="Delete", exact=True).click()
    wait_cy(page, "cy.nodes().length === 2 && cy.edges().length === 1")

    # Drag the council 150 px right and 90 px down, once the health check has caught up
    # with the deletion (its panel re-renders and may shift the page).
    page.wait_for_load_state("networkidle")
    x, y = node_point(page, "northshire-council")
    zoom = cy_value(page, "cy.zoom()")
    before = cy_value(page, "cy.$id('northshire-council').position()")
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 75, y + 45, steps=5)
    page.mouse.move(x + 150, y + 90, steps=5)
    page.mouse.up()
    dragged = cy_value(page, "cy.$id('northshire-council').position()")
    assert dragged["x"] == pytest.approx(before["x"] + 150 / zoom, abs=2)
    page.wait_for_timeout(800)  # the move is debounced, then saved

    page.reload()
    wait_cy(page, "cy.nodes().length === 2")
    assert cy_value(page, "cy.edges().length") == 1
    assert (
        cy_value(page, "cy.$id('riverside-food-bank').data('label')")
        == "Riverside Community Food Bank"
    )
    after = cy_value(page, "cy.$id('northshire-council').position()")
    assert after["x"] == pytest.approx(dragged["x"], abs=0.2)
    assert after["y"] == pytest.approx(dragged["y"], abs=0.2)
    assert store.load_map(map_id).node("riverside-food-bank")["power"] == 5


def test_undo_and_redo_with_the_keyboard(page, store: Store) -> None:
    map_id = new_map(page, "Undo test")
    add_actor(page, "First actor")
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("Control+z")
    wait_cy(page, "cy.nodes().length === 0")
    page.keyboard.press("Control+y")
    wait_cy(page, "cy.nodes().length === 1")
    assert [n["label"] for n in store.load_map(map_id).nodes()] == ["First actor"]


def test_import_a_sample_and_export_it(page, store: Store) -> None:
    sample = SAMPLES / "health-social-care-kickoff.json"
    expected = PartnershipMap.from_dict(json.loads(sample.read_text()))
    page.goto("/")
    page.locator(f"#{ids.HOME_UPLOAD} input[type=file]").set_input_files(str(sample))
    page.get_by_role("button", name="Import as new map").click()  # after the preview
    page.get_by_text(f"Imported “{expected.name}”").wait_for()
    page.get_by_role("link", name="Open it").click()
    wait_cy(page, f"cy.nodes().length === {expected.graph.number_of_nodes()}")
    assert cy_value(page, "cy.edges().length") == expected.graph.number_of_edges()

    page.goto("/")
    card = page.get_by_role("article", name=expected.name).first
    with page.expect_download() as download:
        card.get_by_role("button", name="Export as…").click()
        card.get_by_role("button", name="Partnership Mapper JSON", exact=True).click()
    exported = json.loads(Path(download.value.path()).read_text())
    assert len(exported["nodes"]) == expected.graph.number_of_nodes()


def test_a_broken_file_is_refused_and_nothing_is_saved(page, store: Store, tmp_path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {
                "format": "partnership-map",
                "nodes": [{"id": "a", "power": 9}],
                "edges": [{"source": "a", "target": "b", "kind": "communicates"}],
            }
        )
    )
    before = len(store.list_maps())
    page.goto("/")
    page.locator(f"#{ids.HOME_UPLOAD} input[type=file]").set_input_files(str(broken))
    page.get_by_text("Could not import broken.json; nothing was saved.").wait_for()
    page.get_by_text("a whole number from 1 to 5").wait_for()
    assert len(store.list_maps()) == before


def test_switching_layout_saves_the_new_positions(page, store: Store) -> None:
    sample = SAMPLES / "health-social-care-kickoff.json"
    pmap = PartnershipMap.from_dict(json.loads(sample.read_text()))
    map_id = store.create_map(pmap)
    page.goto(f"/maps/{map_id}")
    wait_cy(page, f"cy.nodes().length === {pmap.graph.number_of_nodes()}")
    page.get_by_role("button", name="Arrange").click()
    page.get_by_text("Grid (by kind and role)").click()
    grid = arrange(store.load_map(map_id), "grid")
    first = next(iter(grid))
    wait_cy(page, f"Math.abs(cy.$id('{first}').position().x - {grid[first][0]}) < 0.5", 5000)
    page.reload()
    wait_cy(page, "cy.nodes().length > 0")
    positions = cy_value(page, "Object.fromEntries(cy.nodes().map(n => [n.id(), n.position()]))")
    assert all(
        positions[node]["x"] == pytest.approx(x, abs=0.2)
        and positions[node]["y"] == pytest.approx(y, abs=0.2)
        for node, (x, y) in grid.items()
    )


def test_forms_are_labelled_and_reachable_by_keyboard(page, store: Store) -> None:
    map_id = store.create_map(PartnershipMap(name="Labels"))
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "true")
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.type !== 'file' && el.offsetParent !== null)
            .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))
            .map(el => el.id)"""
    )
    assert unlabelled == []
    page.get_by_label("Name").first.focus()
    page.keyboard.type("Keyboard Trust")
    page.keyboard.press("Enter")  # Enter in the name adds the actor
    wait_cy(page, "cy.nodes().length === 1")
    assert [n["label"] for n in store.load_map(map_id).nodes()] == ["Keyboard Trust"]
