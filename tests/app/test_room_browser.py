"""Readable from the back of the room, and usable with the keyboard and a screen reader:
every page and dialog checked by axe-core, no sideways scrolling on a 1366 px laptop, labels
large enough on a projector, and the map page driven from the keyboard alone."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from mapper.app import ids
from mapper.app.access import PAGE
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from mapper.store.survey import start_round
from tests import SAMPLE_MAPS
from tests.app.test_editor_browser import cy_value, wait_cy

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 768}
PROJECTOR = {"width": 1920, "height": 1080}
WORKSHOP_STEPS = ("why", "actors", "money", "grid", "findings", "actions", "pack")
PATHS = {
    "home": "/",
    "editor": "/maps/{map}",
    "accountability": "/maps/{map}/accountability",
    "grid": "/maps/{map}/grid",
    "brief": "/maps/{map}/brief",
    "skills": "/maps/{map}/skills",
    "principles": "/maps/{map}/principles",
    "compass": "/maps/{map}/compass",
    "review": "/maps/{map}/review",
    "survey": "/maps/{map}/survey",
    **{f"workshop {step}": f"/maps/{{map}}/workshop?step={step}" for step in WORKSHOP_STEPS},
    "login": "/signin-preview",  # served below: this app needs no password
}
PAGES = tuple(PATHS)


@pytest.fixture(scope="module")
def kickoff(store: Store) -> int:
    """The kickoff sample (30 actors), as a facilitator opens it."""
    sample = SAMPLE_MAPS / "health-social-care-kickoff.json"
    return store.create_map(PartnershipMap.from_dict(json.loads(sample.read_text())))


@pytest.fixture
def laptop(browser, base_url: str):
    """A page of a 1366x768 laptop whose console must stay clean."""
    from tests.app.conftest import watched_page

    with watched_page(browser, base_url) as opened:
        opened.set_viewport_size(LAPTOP)
        yield opened


def serious(page) -> list[str]:
    """axe-core's critical and serious violations on the page as it is now, in words."""
    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']]}"
        for v in found
        if v["impact"] in ("critical", "serious")
    ]


def open_page(page, name: str, map_id: int) -> None:
    if name == "login":  # the sign-in page a password-protected server shows
        html = _sign_in_html()
        page.route(
            "**/signin-preview", lambda route: route.fulfill(body=html, content_type="text/html")
        )
    page.goto(PATHS[name].format(map=map_id))
    if name == "editor":  # it asks the server for news every 0.4 s: never network-idle
        wait_cy(page, "cy.nodes().length > 0")
    else:
        page.wait_for_load_state("networkidle")


def _sign_in_html() -> str:
    from jinja2 import Template

    return Template(PAGE).render(
        title="Sign in", lines=["The maps here are kept private."], login=True, next="/"
    )


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_axe_violations_and_no_sideways_scrolling(laptop, kickoff, name) -> None:
    open_page(laptop, name, kickoff)
    assert "not found" not in laptop.locator("h1").first.inner_text()  # the page itself
    assert serious(laptop) == []
    width = laptop.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"the {name} page scrolls sideways: {width}"


DIALOGS = {
    "new map": ("/", ids.HOME_NEW),
    "share": ("/maps/{map}", ids.SHARE_OPEN),
    "shortcuts": ("/maps/{map}", ids.SHORTCUTS_OPEN),
}


@pytest.mark.parametrize("name", [*DIALOGS, "import", "link"])
def test_open_dialogs_have_no_serious_axe_violations(laptop, kickoff, name) -> None:
    if name == "import":
        laptop.goto("/")
        sample = SAMPLE_MAPS / "health-social-care-kickoff.json"
        laptop.locator(f"#{ids.HOME_UPLOAD} input[type=file]").set_input_files(str(sample))
    elif name == "link":
        laptop.goto(f"/maps/{kickoff}")
        wait_cy(laptop, "cy.nodes().length > 0")
        draw_link_by_keyboard(laptop, "Cairn Community Care", "Carers' Voice")
    else:
        path, button = DIALOGS[name]
        laptop.goto(path.format(map=kickoff))
        laptop.locator(f"#{button}").click()
    laptop.locator(".modal.show").wait_for()
    laptop.wait_for_timeout(400)  # the dialog's fade
    title = laptop.locator(".modal.show .modal-title").inner_text()
    assert laptop.get_by_role("dialog", name=title).is_visible()  # named by its title
    assert serious(laptop) == []


def label_px(page) -> float:
    """How tall an actor's label is drawn on the screen: font size x zoom."""
    return cy_value(page, "parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom()")


def settled_zoom(page) -> float:
    """The canvas's zoom once it has stopped changing (a fit after a resize animates)."""
    last = cy_value(page, "cy.zoom()")
    for _ in range(50):
        page.wait_for_timeout(150)
        now = cy_value(page, "cy.zoom()")
        if now == last:
            return now
        last = now
    raise AssertionError("the canvas kept zooming for 7.5 s")


def test_labels_are_readable_on_a_projector_and_grow_with_the_text_size(page, kickoff) -> None:
    page.set_viewport_size(PROJECTOR)
    page.goto(f"/maps/{kickoff}")
    wait_cy(page, "cy.nodes().length === 30")
    page.wait_for_timeout(300)
    normal = label_px(page)
    assert normal >= 14

    page.get_by_label("Text size, remembered on this computer").select_option("large")
    page.wait_for_function(
        f"() => parseFloat(document.getElementById('{ids.CANVAS}')._cyreg.cy.nodes()[0]"
        ".style('font-size')) > 21"
    )
    assert label_px(page) > normal * 1.2
    page.reload()  # remembered on this computer
    wait_cy(page, "parseFloat(cy.nodes()[0].style('font-size')) > 21")
    assert page.get_by_label("Text size, remembered on this computer").input_value() == "large"
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") != "16px"
    page.set_viewport_size(LAPTOP)  # larger text still fits a laptop's width
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_label("Text size, remembered on this computer").select_option("normal")
    wait_cy(page, "parseFloat(cy.nodes()[0].style('font-size')) === 21")


def test_full_screen_hides_the_panels_and_zoom_buttons_zoom(page, kickoff) -> None:
    page.set_viewport_size(PROJECTOR)
    page.goto(f"/maps/{kickoff}")
    wait_cy(page, "cy.nodes().length === 30")
    windowed = label_px(page)
    page.get_by_role("button", name="Full screen, panels hidden (F)").click()
    page.locator(".app-navbar").wait_for(state="hidden")
    assert not page.locator(".side-panel").is_visible()
    assert not page.get_by_role("button", name="+ Add actor").is_visible()
    page.wait_for_timeout(300)
    assert label_px(page) > windowed  # the map fills the screen: larger still

    page.keyboard.press("f")  # and back
    page.locator(".app-navbar").wait_for(state="visible")
    before = settled_zoom(page)  # the map fits itself to the smaller canvas first
    page.get_by_role("button", name="Zoom in (+)").click()
    page.wait_for_timeout(300)
    assert cy_value(page, "cy.zoom()") == pytest.approx(before * 1.25, rel=0.01)
    page.keyboard.press("-")
    page.wait_for_timeout(300)
    assert cy_value(page, "cy.zoom()") == pytest.approx(before, rel=0.01)


def hidden_actors(page) -> list[str]:
    """Actors whose shape or label is drawn outside the canvas or under its reading
    controls (the bar of zoom buttons over the canvas's bottom edge)."""
    return cy_value(
        page,
        """(() => {
            const canvas = cy.container().getBoundingClientRect();
            const bar = document.querySelector('.reading-controls').getBoundingClientRect();
            return cy.nodes().filter(n => {
                const box = n.renderedBoundingBox();
                const left = canvas.left + box.x1, right = canvas.left + box.x2;
                const top = canvas.top + box.y1, bottom = canvas.top + box.y2;
                const underBar = bottom > bar.top && right > bar.left && left < bar.right;
                return left < canvas.left || right > canvas.right || top < canvas.top
                    || bottom > canvas.bottom || underBar;
            }).map(n => n.data('label'));
        })()""",
    )


def test_the_whole_map_opens_clear_of_the_reading_controls(laptop, kickoff) -> None:
    laptop.goto(f"/maps/{kickoff}")
    wait_cy(laptop, "cy.nodes().length === 30")
    settled_zoom(laptop)
    assert hidden_actors(laptop) == []
    laptop.get_by_role("button", name="Zoom in (+)").click()
    laptop.get_by_role("button", name="Zoom in (+)").click()
    settled_zoom(laptop)
    assert hidden_actors(laptop) != []  # the check sees actors pushed out of view
    laptop.get_by_role("button", name="Fit the whole map to the screen (0)").click()
    settled_zoom(laptop)
    assert hidden_actors(laptop) == []


def test_actors_are_added_from_the_keyboard_one_after_another(page, store) -> None:
    map_id = store.create_map(PartnershipMap(name="Keyboard"))
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "true")
    page.locator("body").click(position={"x": 5, "y": 300})  # focus somewhere on the page
    page.keyboard.press("n")  # 1
    page.keyboard.type("Age Scotland")
    page.keyboard.press("Enter")  # 2
    wait_cy(page, "cy.nodes().length === 1")
    page.keyboard.type("Carers Centre")  # focus stayed in the name box
    page.keyboard.press("Enter")
    wait_cy(page, "cy.nodes().length === 2")
    labels = sorted(node["label"] for node in store.load_map(map_id).nodes())
    assert labels == ["Age Scotland", "Carers Centre"]


def draw_link_by_keyboard(page, source: str, target: str) -> None:
    """L, type the first name, Enter, type the second name, Enter, Enter: four keys besides
    the names (the cursor moves from From to To to Next by itself)."""
    page.keyboard.press("l")
    page.wait_for_function(f"document.activeElement.id === '{ids.LINK_FROM}'")
    pick(page, source)
    page.wait_for_function(f"document.activeElement.id === '{ids.LINK_TO}'")
    pick(page, target)
    page.wait_for_function(f"document.activeElement.id === '{ids.LINK_PICKED}'")
    page.keyboard.press("Enter")


def pick(page, name: str) -> None:
    """Type ``name`` into the focused picker (its first letter opens the list and its
    search box) and take the first match with Enter."""
    page.keyboard.type(name[0])
    page.wait_for_function("document.activeElement.classList.contains('dash-dropdown-search')")
    page.keyboard.type(name[1:])
    page.locator(".dash-dropdown-option").first.wait_for()
    page.keyboard.press("Enter")


def test_a_link_is_drawn_from_the_keyboard(page, store) -> None:
    pmap = PartnershipMap(name="Link keys")
    pmap.add_node("a", kind="organisation", label="Age Scotland", x=0, y=0)
    pmap.add_node("b", kind="organisation", label="Carers Centre", x=300, y=0)
    map_id = store.create_map(pmap)
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 2")
    page.locator("body").click(position={"x": 5, "y": 300})
    draw_link_by_keyboard(page, "Age", "Carers")
    dialog = page.get_by_role("dialog", name="Age Scotland → Carers Centre")
    dialog.wait_for()
    page.keyboard.press("Enter")  # the fifth key: adds the link, a "talks to" by default
    wait_cy(page, "cy.edges().length === 1")
    (edge,) = store.load_map(map_id).edges()
    assert (edge["source"], edge["target"], edge["kind"]) == ("a", "b", "communicates")


def test_tabs_have_their_own_ids_and_are_reached_by_tab(page, kickoff) -> None:
    page.goto(f"/maps/{kickoff}")
    wait_cy(page, "cy.nodes().length === 30")
    tabs = page.get_by_role("tab")
    page.wait_for_function("document.querySelectorAll('[role=tab][tabindex=\"0\"]').length === 5")
    names = [tabs.nth(i).inner_text() for i in range(tabs.count())]
    assert names == ["Selected", "Add", "Details", "Key", "Health check"]
    assert len({tabs.nth(i).get_attribute("id") for i in range(5)}) == 5
    tabs.nth(0).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Add"
    page.keyboard.press("Enter")
    page.get_by_role("tabpanel", name="Add").wait_for()


def test_the_question_mark_lists_the_shortcuts(page, kickoff) -> None:
    page.goto(f"/maps/{kickoff}")
    wait_cy(page, "cy.nodes().length === 30")
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    dialog.wait_for()
    assert "Add an actor" in dialog.inner_text()


def test_the_partners_survey_form_on_a_phone_has_no_serious_axe_violations(
    browser, base_url: str, kickoff: int, store: Store
) -> None:
    from tests.app.conftest import watched_page

    _, tokens = start_round(
        store, kickoff, "Accessibility round", dt.date.today(), ["cairn-community-care"]
    )
    phone = {"width": 390, "height": 844}
    with watched_page(browser, base_url, viewport=phone, is_mobile=True, has_touch=True) as page:
        page.goto(f"/answer/{tokens['cairn-community-care']}")
        page.locator("details[data-about]").first.evaluate("card => { card.open = true; }")
        assert serious(page) == []
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"the survey form scrolls sideways: {width}"
    gone = browser.new_page(base_url=base_url)  # its 404 is logged: not a watched page
    gone.goto("/answer/not-a-link")  # what a mistyped or revoked link shows
    assert "does not open a survey" in gone.inner_text("h1")
    assert serious(gone) == []
    gone.close()
