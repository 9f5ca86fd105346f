"""The editor as a workshop facilitator uses it, in real headless Chromium."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from mapper.app import ids
from mapper.app.layouts import arrange
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests import SAMPLE_MAPS

pytestmark = pytest.mark.browser

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
    after mount and cytoscape caches the container's offset), once the view has settled:
    an actor just added may still be brought into view."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
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


def drag(page, node_id: str, offsets: list[tuple[float, float]], release: bool = True) -> None:
    """Press on actor ``node_id`` and move the mouse through ``offsets`` (screen pixels from
    where it started), releasing at the end unless ``release`` is false."""
    x, y = node_point(page, node_id)
    page.mouse.move(x, y)
    page.mouse.down()
    for dx, dy in offsets:
        page.mouse.move(x + dx, y + dy, steps=5)
    if release:
        page.mouse.up()


def wait_saved(store: Store, map_id: int, node_id: str, where: dict, timeout: float = 10) -> None:
    """Wait until the store has actor ``node_id`` at ``where`` (moves are saved after a
    short pause, so that one drag of several actors is one change)."""
    deadline = time.monotonic() + timeout
    while True:
        node = store.load_map(map_id).node(node_id)
        if abs(node["x"] - where["x"]) < 0.2 and abs(node["y"] - where["y"]) < 0.2:
            return
        assert time.monotonic() < deadline, f"{node_id} not saved at {where}: {node}"
        time.sleep(0.05)


def add_actor(page, label: str, kind: str = "organisation") -> None:
    page.get_by_role("tab", name="Add", exact=True).click()
    form = page.get_by_role("form", name="Add an actor")
    form.get_by_label("Name").fill(label)
    form.get_by_label("Kind", exact=True).select_option(kind)
    before = cy_value(page, "cy.nodes().length")
    form.get_by_role("button", name="Add to the map").click()
    wait_cy(page, f"cy.nodes().length === {before + 1}")


def add_tags(page, form, label: str, items: list[str]) -> None:
    """Type each item in a tag field and press Enter (an item may hold a comma)."""
    form.get_by_role("group", name=label).get_by_role("button").click()
    search = page.locator(".dash-dropdown-search")
    for item in items:
        search.fill(item)
        page.locator(".dash-dropdown-option").get_by_text(item, exact=True).wait_for()
        search.press("Enter")
        page.wait_for_function("() => !document.querySelector('.dash-dropdown-search')?.value")
    page.keyboard.press("Escape")


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
    # The dialog fades out for a moment after the deletion is drawn: a press on the
    # canvas meanwhile lands on the dialog, for a person as for the test.
    page.get_by_role("dialog").wait_for(state="detached")

    # Drag the council 150 px right and 90 px down.
    before = cy_value(page, "cy.$id('northshire-council').position()")
    zoom = cy_value(page, "cy.zoom()")
    drag(page, "northshire-council", [(75, 45), (150, 90)])
    dragged = cy_value(page, "cy.$id('northshire-council').position()")
    assert dragged["x"] == pytest.approx(before["x"] + 150 / zoom, abs=2)
    assert dragged["y"] == pytest.approx(before["y"] + 90 / zoom, abs=2)
    wait_saved(store, map_id, "northshire-council", dragged)

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
    sample = SAMPLE_MAPS / "health-social-care-kickoff.json"
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
    sample = SAMPLE_MAPS / "health-social-care-kickoff.json"
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
    page.get_by_role("form", name="Add an actor").get_by_label("Name").focus()
    page.keyboard.type("Keyboard Trust")
    page.keyboard.press("Enter")  # Enter in the name adds the actor
    wait_cy(page, "cy.nodes().length === 1")
    assert [n["label"] for n in store.load_map(map_id).nodes()] == ["Keyboard Trust"]


def test_more_details_open_on_request_and_go_with_the_new_actor(page, store: Store) -> None:
    """The add form shows what a workshop calls out; the rest of an actor's fields open on
    request, take the kind's rules (a person has no sector), and are saved with the add."""
    map_id = store.create_map(PartnershipMap(name="Details"))
    page.goto(f"/maps/{map_id}")
    form = page.get_by_role("form", name="Add an actor")
    form.get_by_label("Name").wait_for()
    assert form.get_by_role("group", name="Skills and knowledge").count() == 0
    more = form.get_by_role("button", name="More details (skills, needs, notes…)")
    assert more.get_attribute("aria-expanded") == "false"
    more.click()
    add_tags(page, form, "Skills and knowledge", ["mentoring", "monitoring, evaluation"])
    form.get_by_label("Notes").fill("Met at the kickoff")
    assert form.get_by_role("button", name="Fewer details").get_attribute("aria-expanded") == "true"
    form.get_by_label("Name").fill("Volunteer Centre")
    form.get_by_role("button", name="Add to the map").click()
    wait_cy(page, "cy.nodes().length === 1")
    node = store.load_map(map_id).node("volunteer-centre")
    assert node["skills"] == ["mentoring", "monitoring, evaluation"]  # the comma kept
    assert node["notes"] == "Met at the kickoff"

    form.get_by_role("button", name="Fewer details").click()
    form.get_by_role("group", name="Skills and knowledge").wait_for(state="detached")
    form.get_by_label("Kind", exact=True).select_option("person")
    form.get_by_role("button", name="More details (skills, needs, notes…)").click()
    form.get_by_role("group", name="Skills and knowledge").wait_for()
    assert form.get_by_label("Category").is_hidden()  # an organisation's field, not a person's


def test_the_name_in_the_top_bar_goes_with_each_edit(page, store: Store) -> None:
    """Laptops at a workshop are shared, so there is no sign-in: whoever types a name in
    the top bar has it kept with their edits, shown under Recent changes, and remembered."""
    map_id = store.create_map(PartnershipMap(name="Names"), who="Sam")
    page.goto(f"/maps/{map_id}")
    name = page.get_by_label("Your name, kept with your edits and ticks")
    name.fill("Priya")
    name.press("Enter")
    add_actor(page, "Food Bank")
    assert [(c["who"], c["description"]) for c in store.history(map_id)] == [
        ("Priya", "added Food Bank"),
        ("Sam", "created the map"),
    ]
    page.reload()
    assert name.input_value() == "Priya"
    page.get_by_role("tab", name="Details").click()
    changes = page.get_by_role("region", name="Recent changes")
    changes.get_by_text("Priya added Food Bank, ").wait_for()
    assert changes.get_by_text("Sam created the map, ").count() == 1


def two_laptops_map(store: Store) -> int:
    pmap = PartnershipMap(name="Two laptops")
    pmap.add_node(label="Age UK", x=0.0, y=0.0)
    pmap.add_node(label="Carers Centre", x=400.0, y=0.0)
    pmap.add_node(label="Council", x=200.0, y=250.0)
    return store.create_map(pmap)


def test_a_redraw_mid_drag_leaves_the_actor_under_the_mouse(page, store: Store) -> None:
    """Another laptop moves the very actor being dragged here and adds one; the poll
    redraws mid-drag. The actor stays under the mouse, and the drag here is what is kept."""
    map_id = two_laptops_map(store)
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 3")
    zoom = cy_value(page, "cy.zoom()")
    before = cy_value(page, "cy.$id('age-uk').position()")
    drag(page, "age-uk", [(60, 40)], release=False)
    holding = cy_value(page, "cy.$id('age-uk').position()")
    assert holding["x"] == pytest.approx(before["x"] + 60 / zoom, abs=2)

    store.move_nodes(map_id, {"age-uk": (-900.0, -900.0)}, who="other laptop")
    store.add_node(map_id, {"label": "Food Bank", "x": 200.0, "y": -250.0}, who="other laptop")
    wait_cy(page, "cy.nodes().length === 4", timeout=10_000)  # the poll's redraw is in
    still = cy_value(page, "cy.$id('age-uk').position()")
    assert still["x"] == pytest.approx(holding["x"], abs=0.5)
    assert still["y"] == pytest.approx(holding["y"], abs=0.5)

    x, y = node_point(page, "age-uk")
    page.mouse.move(x + 60, y + 40, steps=5)
    page.mouse.up()
    dropped = cy_value(page, "cy.$id('age-uk').position()")
    assert dropped["x"] == pytest.approx(before["x"] + 120 / zoom, abs=2)
    assert dropped["y"] == pytest.approx(before["y"] + 80 / zoom, abs=2)
    wait_saved(store, map_id, "age-uk", dropped)
    page.wait_for_timeout(300)  # the save's own redraw has landed: nothing moves
    kept = cy_value(page, "cy.$id('age-uk').position()")
    assert kept == {
        "x": pytest.approx(dropped["x"], abs=0.1),
        "y": pytest.approx(dropped["y"], abs=0.1),
    }


def test_closing_the_link_dialog_forgets_the_half_drawn_link(page, store: Store) -> None:
    map_id = two_laptops_map(store)
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 3")
    page.get_by_role("button", name="Draw a link").click()
    page.get_by_text("click the actor a link starts from").wait_for()
    click_node(page, "age-uk")
    page.get_by_text("From Age UK: now click the actor it goes to").wait_for()
    click_node(page, "carers-centre")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Age UK → Carers Centre").wait_for()

    dialog.get_by_role("button", name="Close").click()
    dialog.wait_for(state="detached")
    # Still drawing links, but the next click starts a new one.
    page.get_by_text("Drawing links: click the actor a link starts from").wait_for()
    click_node(page, "council")
    page.get_by_text("From Council: now click the actor it goes to").wait_for()
    click_node(page, "age-uk")
    page.get_by_role("dialog").get_by_text("Council → Age UK").wait_for()
    page.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    page.get_by_role("dialog").wait_for(state="detached")
    assert store.load_map(map_id).edges() == []


def test_show_on_the_map_opens_with_the_actor_selected(page, store: Store) -> None:
    """The grid's "Show on the map" link (``?select=``) opens the editor on that actor."""
    map_id = two_laptops_map(store)
    node_id = store.load_map(map_id).nodes()[0]["id"]
    label = store.load_map(map_id).label(node_id)
    page.goto(f"/maps/{map_id}?select={node_id}")
    page.get_by_role("form", name=f"Edit {label}").wait_for()
    lit = "cy.nodes().filter(n => n.style('opacity') === '1').map(n => n.id()).join()"
    wait_cy(page, f"{lit} === {json.dumps(node_id)}")
