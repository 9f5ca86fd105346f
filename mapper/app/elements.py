"""A partnership map as cytoscape elements and the stylesheet that draws them.

The look is data: the palette below is Okabe-Ito (safe for the common kinds of colour
blindness) and every meaning is carried twice, by colour and by shape, line style or
border, so the map still reads in greyscale on a washed-out projector.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mapper.graph.model import EDGE_KINDS, NODE_KINDS, PartnershipMap

__all__ = [
    "EDGE_STYLES",
    "KIND_SHAPES",
    "LABEL_COLOUR",
    "ROLE_BORDERS",
    "SECTOR_COLOURS",
    "View",
    "map_elements",
    "node_size",
    "stylesheet",
]

# Okabe-Ito fills by sector; grey when the sector is not known.
SECTOR_COLOURS: dict[str, str] = {
    "third": "#009E73",
    "public": "#0072B2",
    "private": "#E69F00",
    "community": "#CC79A7",
}
NO_SECTOR_COLOUR = "#B8B8B8"

# Shapes the SVG picture draws as the canvas does: cytoscape-svg turns the rounded
# polygons ("round-octagon") into spiky stars.
KIND_SHAPES: dict[str, str] = {
    "organisation": "round-rectangle",
    "group": "octagon",
    "forum": "hexagon",
    "person": "ellipse",
}

# Border (width, style, colour) by role: the lead partner stands out, stakeholders are dashed.
ROLE_BORDERS: dict[str, tuple[float, str, str]] = {
    "lead partner": (6, "double", "#111111"),
    "partner": (3, "solid", "#222222"),
    "stakeholder": (2.5, "dashed", "#444444"),
}


@dataclass(frozen=True)
class EdgeStyle:
    """How one kind of link is drawn, and the words for it in the legend."""

    colour: str
    line: str  # solid, dashed, dotted
    arrow: str  # cytoscape arrow shape at the target
    width: float


EDGE_STYLES: dict[str, EdgeStyle] = {
    "accountable_to": EdgeStyle(colour="#1A1A1A", line="solid", arrow="triangle", width=3.5),
    "communicates": EdgeStyle(colour="#56B4E9", line="solid", arrow="triangle", width=3),
    "resource": EdgeStyle(colour="#D55E00", line="solid", arrow="triangle-backcurve", width=3),
    "member_of": EdgeStyle(colour="#8A8A8A", line="dotted", arrow="circle", width=3),
    "influences": EdgeStyle(colour="#AA4499", line="dashed", arrow="vee", width=2.5),
}

# Labels: near-black on a white band, 15.9:1 contrast, readable over any line.
LABEL_COLOUR = "#1B1B1B"
LABEL_BACKGROUND = "#FFFFFF"
# Label size in map units: at 20 the kickoff sample's labels, fitted to a 1920x1080 screen,
# draw at about 15 px, readable from the back of a room; text_scale makes them larger.
LABEL_SIZE, LABEL_WIDTH = 21, 170
LABEL_FONTS = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
HIGHLIGHT_COLOUR = "#F0E442"
SELECTED_COLOUR = "#0B57D0"

MIN_SIZE, MAX_SIZE = 34, 74
RESOURCE_WIDTHS = (2.5, 10.0)


def node_size(power: int | None) -> int:
    """Diameter in pixels: bigger means more power over the partnership (1-5).

    >>> node_size(1), node_size(5), node_size(None)
    (34, 74, 54)
    """
    if power is None:
        power = 3
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (power - 1) / 4)


def _resource_widths(edges: list[dict[str, Any]]) -> dict[str, float]:
    """Line width of each resource link, on a log scale of its amount within its unit.

    Amounts in different units (GBP, hours) are not comparable, so each unit is scaled
    on its own; a link without an amount keeps the default width.
    """
    by_unit: dict[str, list[tuple[str, float]]] = {}
    for edge in edges:
        if edge.get("kind") == "resource" and edge.get("amount"):
            by_unit.setdefault(edge.get("unit", ""), []).append((edge["id"], edge["amount"]))
    low_w, high_w = RESOURCE_WIDTHS
    widths: dict[str, float] = {}
    for items in by_unit.values():
        logs = [math.log10(amount + 1) for _, amount in items]
        low, high = min(logs), max(logs)
        for (edge_id, _), value in zip(items, logs, strict=True):
            share = (value - low) / (high - low) if high > low else 0.5
            widths[edge_id] = round(low_w + (high_w - low_w) * share, 1)
    return widths


def map_elements(
    pmap: PartnershipMap, positions: Mapping[str, tuple[float, float]]
) -> list[dict[str, Any]]:
    """Cytoscape elements for the whole map: only what drawing and selecting need.

    ``positions`` gives every node's place (see :func:`mapper.app.layouts.placed`), so the
    canvas uses a preset layout and the browser never lays out a large map itself.
    """
    elements: list[dict[str, Any]] = []
    graph = pmap.graph
    for node in pmap.nodes():
        x, y = positions[node["id"]]
        data = {
            "id": node["id"],
            "label": node.get("label", node["id"]),
            "kind": node.get("kind", "organisation"),
            "size": node_size(node.get("power")),
        }
        if node.get("role"):
            data["role"] = node["role"]
        # A person is coloured by the sector of the organisation they work for.
        employer = graph.nodes.get(node.get("organisation"), {}) if node.get("organisation") else {}
        sector = node.get("sector") or employer.get("sector")
        if sector:
            data["sector"] = sector
        if employer.get("kind") == "organisation":  # to draw them inside it, if asked
            data["organisation"] = node["organisation"]
        elements.append({"data": data, "position": {"x": round(x, 1), "y": round(y, 1)}})
    edges = pmap.edges()
    widths = _resource_widths(edges)
    for edge in edges:
        data = {
            "id": edge["id"],
            "source": edge["source"],
            "target": edge["target"],
            "kind": edge["kind"],
        }
        if edge.get("mutual"):
            data["mutual"] = True
        if edge["id"] in widths:
            data["width"] = widths[edge["id"]]
        elements.append({"data": data})
    return elements


@dataclass(frozen=True)
class View:
    """What the user chose to see: filters, a search, highlighted or linking elements.

    ``highlight_nodes``/``highlight_edges`` let another view (e.g. a health-check finding)
    pick out elements: everything else is dimmed.
    """

    node_kinds: tuple[str, ...] = NODE_KINDS
    edge_kinds: tuple[str, ...] = EDGE_KINDS
    search: str = ""
    highlight_nodes: tuple[str, ...] = ()
    highlight_edges: tuple[str, ...] = ()
    link_source: str | None = None
    extra: tuple[dict[str, Any], ...] = field(default=())
    text_scale: float = 1.0  # the text size chosen on this computer (1 = normal)


def _quote(value: str) -> str:
    """A cytoscape selector string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _base_rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = [
        {
            "selector": "node",
            "style": {
                "label": "data(label)",
                "width": "data(size)",
                "height": "data(size)",
                "background-color": NO_SECTOR_COLOUR,
                "border-width": 2,
                "border-color": "#555555",
                "font-family": LABEL_FONTS,
                "font-size": LABEL_SIZE,
                "font-weight": 600,
                "color": LABEL_COLOUR,
                "text-valign": "bottom",
                "text-halign": "center",
                "text-margin-y": 7,
                "text-wrap": "wrap",
                "text-max-width": LABEL_WIDTH,
                "text-background-color": LABEL_BACKGROUND,
                "text-background-opacity": 0.9,
                "text-background-padding": 3,
                "text-background-shape": "round-rectangle",
                "min-zoomed-font-size": 6,
            },
        },
        {
            "selector": "edge",
            "style": {
                "curve-style": "bezier",
                "width": 3,
                "line-color": "#777777",
                "target-arrow-color": "#777777",
                "source-arrow-color": "#777777",
                "target-arrow-shape": "triangle",
                "arrow-scale": 1.4,  # lines fully opaque: stronger, and cheaper to redraw
            },
        },
    ]
    for kind, shape in KIND_SHAPES.items():
        rules.append({"selector": f"node[kind = {_quote(kind)}]", "style": {"shape": shape}})
    for sector, colour in SECTOR_COLOURS.items():
        rules.append(
            {"selector": f"node[sector = {_quote(sector)}]", "style": {"background-color": colour}}
        )
    for role, (width, style, colour) in ROLE_BORDERS.items():
        rules.append(
            {
                "selector": f"node[role = {_quote(role)}]",
                "style": {"border-width": width, "border-style": style, "border-color": colour},
            }
        )
    for kind, edge_style in EDGE_STYLES.items():
        rules.append(
            {
                "selector": f"edge[kind = {_quote(kind)}]",
                "style": {
                    "line-color": edge_style.colour,
                    "target-arrow-color": edge_style.colour,
                    "source-arrow-color": edge_style.colour,
                    "line-style": edge_style.line,
                    "target-arrow-shape": edge_style.arrow,
                    "width": edge_style.width,
                },
            }
        )
    rules += [
        {"selector": "edge[width]", "style": {"width": "data(width)"}},
        {  # an organisation drawn round its people ("Show people inside their organisation")
            "selector": "node:parent",
            "style": {
                "shape": "round-rectangle",
                "background-opacity": 0.18,
                "text-valign": "top",
                "text-margin-y": -4,
                "padding": "18px",
            },
        },
        {  # the actor a link drawn from a handle would go to
            "selector": "node.link-target",
            "style": {
                "underlay-color": SELECTED_COLOUR,
                "underlay-opacity": 0.5,
                "underlay-padding": 12,
            },
        },
        {"selector": "edge[?mutual]", "style": {"source-arrow-shape": "triangle"}},
        {
            "selector": "node:selected",
            "style": {
                "underlay-color": SELECTED_COLOUR,
                "underlay-opacity": 0.35,
                "underlay-padding": 10,
            },
        },
        {
            "selector": "edge:selected",
            "style": {
                "underlay-color": SELECTED_COLOUR,
                "underlay-opacity": 0.35,
                "underlay-padding": 6,
            },
        },
    ]
    return rules


_HIGHLIGHT = {"opacity": 1, "underlay-color": HIGHLIGHT_COLOUR, "underlay-opacity": 0.9}


def _focus_rules(view: View) -> list[dict[str, Any]]:
    """Dim everything, then bring back what the search or the highlight picked out."""
    picked: list[str] = []
    if view.search.strip():
        picked.append(f"node[label @*= {_quote(view.search.strip())}]")
    picked += [f"node[id = {_quote(node)}]" for node in view.highlight_nodes]
    picked += [f"edge[id = {_quote(edge)}]" for edge in view.highlight_edges]
    if not picked:
        return []
    return [
        {"selector": "node, edge", "style": {"opacity": 0.2}},
        {"selector": ", ".join(picked), "style": {**_HIGHLIGHT, "underlay-padding": 9}},
    ]


def _filter_rules(shown: Iterable[str], every: Iterable[str], group: str) -> list[dict[str, Any]]:
    hidden = [kind for kind in every if kind not in set(shown)]
    if not hidden:
        return []
    selector = ", ".join(f"{group}[kind = {_quote(kind)}]" for kind in hidden)
    return [{"selector": selector, "style": {"display": "none"}}]


def stylesheet(view: View | None = None) -> list[dict[str, Any]]:
    """The cytoscape stylesheet for ``view``: base look, then filters, focus and linking.

    Filtering and searching only restyle: the elements stay the same, so a 1,000-actor
    map filters without sending it again.
    """
    view = view or View()
    rules = _base_rules()
    if view.text_scale != 1.0:
        size, width = LABEL_SIZE * view.text_scale, LABEL_WIDTH * view.text_scale
        rules.append({"selector": "node", "style": {"font-size": size, "text-max-width": width}})
    rules += _filter_rules(view.node_kinds, NODE_KINDS, "node")
    rules += _filter_rules(view.edge_kinds, EDGE_KINDS, "edge")
    rules += _focus_rules(view)
    if view.link_source:
        rules.append(
            {
                "selector": f"node[id = {_quote(view.link_source)}]",
                "style": {
                    "underlay-color": SELECTED_COLOUR,
                    "underlay-opacity": 0.6,
                    "underlay-padding": 12,
                },
            }
        )
    rules += list(view.extra)
    return rules
