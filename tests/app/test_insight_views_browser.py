"""The polished insight views in real headless Chromium: a crowded square of the grid,
the health check's counts, the lines of an actor on the accountability review, the empty
map."""

from __future__ import annotations

import json
import re
from itertools import combinations

import pytest

from mapper.app import ids
from mapper.app.components.views import severity_counts
from mapper.graph.analyse import analyse
from mapper.graph.insight import health_check, open_by_severity
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.test_editor_browser import wait_cy
from tests.graph.test_insight import riverside

pytestmark = pytest.mark.browser

CROWD = 9  # actors sharing power 2, interest 4: more than a square labels (the old
# side-by-side row put 9 points 12 px apart, overlapping)


@pytest.fixture
def crowded(store: Store) -> int:
    m = PartnershipMap(name="Crowded square")
    for i in range(CROWD):
        m.add_node(
            id=f"g{i}", label=f"Residents group {i}", sector="community", power=2, interest=4
        )
    m.add_node(id="lead", label="Lead", role="lead partner", sector="third", power=5, interest=5)
    return store.create_map(m)


def test_points_sharing_a_square_are_drawn_apart_and_listed_on_click(page, crowded) -> None:
    page.goto(f"/maps/{crowded}/grid")
    points = page.locator(f"#{ids.GRID_FIGURE} .scatterlayer .point")
    points.nth(CROWD).wait_for()
    centres = [
        (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        for box in (points.nth(i).bounding_box() for i in range(points.count()))
    ]
    assert len(centres) == CROWD + 1
    for (x1, y1), (x2, y2) in combinations(centres, 2):
        assert max(abs(x1 - x2), abs(y1 - y2)) >= 14, "two points overlap"
    # a crowded square has no names drawn; the lead, alone, has its name
    texts = page.locator(f"#{ids.GRID_FIGURE} .scatterlayer .textpoint").all_text_contents()
    assert [t for t in texts if t and t not in "▲▼"] == ["Lead"]
    page.mouse.click(*centres[1])  # traces go by sector: the lead (third) first, then g0
    square = page.locator(".grid-square")
    square.get_by_text("Also in this square (power 2, interest 4):").wait_for()
    assert square.locator("li").count() == CROWD - 1
    square.locator("li button").first.click()  # a name in the list selects that actor
    page.locator(f"#{ids.GRID_ACTOR}").get_by_text("Residents group 1").wait_for()


def test_the_health_check_counts_open_findings_by_what_they_need(page, store) -> None:
    pmap = riverside()
    map_id = store.create_map(pmap)
    expected = severity_counts(open_by_severity(health_check(analyse(pmap))))
    page.goto(f"/maps/{map_id}")
    wait_cy(page, "cy.nodes().length === 7")
    page.get_by_role("tab", name="Health check").click()
    page.locator(".health-counts").get_by_text(expected).wait_for()
    assert "need" in expected or "to discuss" in expected  # the map has open findings
    page.get_by_role("button", name="P6 Learning together").click()
    folded = page.locator(".accordion-collapse.show .health-folded > summary")
    folded.first.wait_for()
    assert re.match(r"(To discuss|Minor notes) \(\d+\)", folded.first.inner_text())


def test_accountability_lines_of_the_actor_clicked_are_listed(page, store) -> None:
    """An actor's lines are listed in words; only a clicked line is captioned on the
    picture (several captions piled up on each other and on the names)."""
    map_id = store.create_map(riverside())
    page.goto(f"/maps/{map_id}/accountability")
    cy = f"document.getElementById('{ids.ACCOUNT_CANVAS}')._cyreg.cy"
    page.wait_for_function(
        f"() => {{ const box = document.getElementById('{ids.ACCOUNT_CANVAS}');"
        " return !!box && !!box._cyreg; }"
    )
    labels = f"{cy}.edges().map(e => e.style('label')).filter(x => x).sort().join('|')"
    assert page.evaluate(labels) == ""  # no captions until asked
    x, y = page.evaluate(
        f"""() => {{ const cy = {cy}; cy.resize();
            const box = document.getElementById('{ids.ACCOUNT_CANVAS}').getBoundingClientRect();
            const p = cy.getElementById({json.dumps("funder")}).renderedPosition();
            return [box.left + p.x, box.top + p.y]; }}"""
    )
    page.mouse.click(x, y)
    page.locator(f"#{ids.ACCOUNT_HELP}").get_by_text(
        "Lead Charity answers to Funder about grant spend (formal)."
    ).wait_for()
    assert page.evaluate(labels) == ""
    captions = f"{cy}.edges().map(e => e.style('target-label')).filter(x => x).join('|')"
    page.evaluate(f"() => {cy}.edges('[target = \"funder\"]').select()")
    page.wait_for_function(f"() => {captions} === 'grant spend (formal)'")
    page.get_by_role("cell", name="service delivery").wait_for()  # every line, listed


def test_the_health_check_of_an_empty_map_says_what_to_add(page, store) -> None:
    map_id = store.create_map(PartnershipMap(name="Nothing yet"))
    page.goto(f"/maps/{map_id}")
    page.get_by_role("tab", name="Health check").click()
    page.get_by_text("Nothing to check yet").wait_for()


def test_the_open_health_check_follows_edits_made_meanwhile(page, store) -> None:
    """With the tab open, another laptop's edits reach this page through the poll, and
    the health check is worked out again for them (it is not while the tab is closed)."""
    map_id = store.create_map(PartnershipMap(name="Filling up"))
    page.goto(f"/maps/{map_id}")
    page.get_by_role("tab", name="Health check").click()
    page.get_by_text("Nothing to check yet").wait_for()
    whole = riverside()
    for node in whole.nodes():
        store.add_node(map_id, node, who="other laptop")
    for edge in whole.edges():
        attrs = {k: v for k, v in edge.items() if k not in ("id", "source", "target", "kind")}
        store.add_edge(map_id, edge["source"], edge["target"], edge["kind"], attrs)
    wait_cy(page, f"cy.nodes().length === {whole.graph.number_of_nodes()}")
    page.get_by_text("Nothing to check yet").wait_for(state="detached")
    now = store.load_map(map_id)
    expected = severity_counts(open_by_severity(health_check(analyse(now))))
    assert expected != "nothing open"
    page.locator(".health-counts").get_by_text(expected).wait_for()
