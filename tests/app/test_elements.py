"""The map as drawn: elements and stylesheet, checked on a hand-made four-actor map."""

from __future__ import annotations

import re

import pytest

from mapper.app.elements import (
    EDGE_STYLES,
    LABEL_BACKGROUND,
    LABEL_COLOUR,
    SECTOR_COLOURS,
    View,
    map_elements,
    stylesheet,
)
from mapper.graph.model import PartnershipMap


@pytest.fixture
def pmap() -> PartnershipMap:
    m = PartnershipMap(name="Hand-made")
    m.add_node(label="Food Bank", sector="third", role="lead partner", power=5)
    m.add_node(label="Council", sector="public", role="stakeholder")
    m.add_node(label="Ana", kind="person", organisation="council")
    m.add_node(label="Board", kind="forum")
    m.add_edge("food-bank", "council", "accountable_to")
    m.add_edge("food-bank", "council", "communicates", mutual=True)
    m.add_edge("council", "food-bank", "resource", resource="funding", amount=1000, unit="GBP")
    m.add_edge("council", "food-bank", "resource", resource="funding", amount=100000, unit="GBP")
    m.add_edge("ana", "board", "member_of")
    return m


def positions(pmap: PartnershipMap) -> dict[str, tuple[float, float]]:
    return {node: (float(i), 2.0 * i) for i, node in enumerate(pmap.graph)}


def by_id(elements: list[dict]) -> dict[str, dict]:
    return {element["data"]["id"]: element for element in elements}


def test_nodes_carry_what_the_stylesheet_reads(pmap: PartnershipMap) -> None:
    elements = by_id(map_elements(pmap, positions(pmap)))
    assert elements["food-bank"]["data"] == {
        "id": "food-bank",
        "label": "Food Bank",
        "kind": "organisation",
        "size": 74,  # power 5 is the largest size
        "role": "lead partner",
        "sector": "third",
    }
    assert elements["council"]["position"] == {"x": 1.0, "y": 2.0}


def test_a_person_takes_the_colour_of_their_organisation(pmap: PartnershipMap) -> None:
    elements = by_id(map_elements(pmap, positions(pmap)))
    assert elements["ana"]["data"]["sector"] == "public"
    assert "sector" not in elements["board"]["data"]


def test_links_keep_their_kind_two_way_flag_and_resource_width(pmap: PartnershipMap) -> None:
    edges = [e["data"] for e in map_elements(pmap, positions(pmap)) if "source" in e["data"]]
    assert [e["kind"] for e in edges] == [
        "accountable_to",
        "communicates",
        "resource",
        "resource",
        "member_of",
    ]
    assert edges[1]["mutual"] is True
    # The two funding flows, 1,000 and 100,000 GBP, get the thinnest and thickest widths.
    assert (edges[2]["width"], edges[3]["width"]) == (2.5, 10.0)
    assert "width" not in edges[0]


def rule(sheet: list[dict], selector: str) -> dict:
    return next(r["style"] for r in sheet if r["selector"] == selector)


def test_every_kind_has_its_own_look() -> None:
    sheet = stylesheet()
    for kind, style in EDGE_STYLES.items():
        assert rule(sheet, f'edge[kind = "{kind}"]')["line-color"] == style.colour
    assert rule(sheet, 'edge[kind = "influences"]')["line-style"] == "dashed"
    assert rule(sheet, "edge[?mutual]") == {"source-arrow-shape": "triangle"}
    assert rule(sheet, 'node[sector = "public"]')["background-color"] == SECTOR_COLOURS["public"]
    assert rule(sheet, 'node[kind = "forum"]')["shape"] == "hexagon"


def test_filters_hide_only_the_unticked_kinds() -> None:
    sheet = stylesheet(View(node_kinds=("organisation", "group", "forum"), edge_kinds=()))
    hidden = [r["selector"] for r in sheet if r["style"] == {"display": "none"}]
    assert hidden[0] == 'node[kind = "person"]'
    assert hidden[1].count("edge[kind =") == 5


def test_search_dims_the_rest_and_is_safe_with_quotes() -> None:
    sheet = stylesheet(View(search='Carers "North"'))
    assert rule(sheet, "node, edge") == {"opacity": 0.2}
    assert any(r["selector"] == 'node[label @*= "Carers \\"North\\""]' for r in sheet)
    assert not any(r["selector"] == "node, edge" for r in stylesheet(View(search="  ")))


def test_highlight_picks_out_nodes_and_edges() -> None:
    sheet = stylesheet(View(highlight_nodes=("a",), highlight_edges=("e2",)))
    assert any(r["selector"] == 'node[id = "a"], edge[id = "e2"]' for r in sheet)


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_the_wcag_examples() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # WebAIM's grey


def test_text_colours_meet_wcag_aa() -> None:
    assert contrast(LABEL_COLOUR, LABEL_BACKGROUND) >= 4.5
    css = (
        __import__("pathlib").Path(__file__).resolve().parents[2] / "mapper/app/assets/mapper.css"
    ).read_text()
    variables = dict(re.findall(r"--pm-([a-z]+):\s*(#[0-9a-fA-F]{6})", css))
    for text in ("ink", "muted", "accent"):
        for paper in ("#FFFFFF", variables["paper"]):
            assert contrast(variables[text], paper) >= 4.5, (text, paper)
    assert contrast("#FFFFFF", "#17202B") >= 4.5  # link banner and navbar
    assert contrast("#DFE6EE", "#17202B") >= 4.5  # navbar links
