"""Pictures for the insight views: the power-interest grid (plotly) and the accountability
lines (cytoscape elements), drawn in the map's own colours and shapes.

Colours come from :mod:`mapper.app.elements`, so an actor looks the same on the map, the
grid and the accountability review.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import plotly.graph_objects as go

from mapper.app.elements import (
    EDGE_STYLES,
    NO_SECTOR_COLOUR,
    SECTOR_COLOURS,
    map_elements,
)
from mapper.graph.insight import AccountabilityReview, Grid, GridPoint
from mapper.graph.model import PartnershipMap

__all__ = [
    "ACCOUNTABILITY_STYLE",
    "KIND_SYMBOLS",
    "accountability_elements",
    "grid_figure",
    "spread",
]

# Plotly's nearest shapes to the map's (round-rectangle, round-octagon, hexagon, ellipse).
KIND_SYMBOLS = {
    "organisation": "square",
    "group": "octagon",
    "forum": "hexagon",
    "person": "circle",
}
ROLE_LINES = {"lead partner": (3.5, "#111111"), "partner": (2, "#222222")}
LABELS_UP_TO = 25  # above this many points, names show on hover only
QUADRANT_CORNERS = (
    ("Keep satisfied", 0.0, 1.0, "left", "top"),
    ("Manage closely", 1.0, 1.0, "right", "top"),
    ("Monitor", 0.0, 0.0, "left", "bottom"),
    ("Keep informed", 1.0, 0.0, "right", "bottom"),
)


def spread(points: Iterable[GridPoint], step: float = 0.24) -> dict[str, tuple[float, float]]:
    """(interest, power) for each point; actors sharing a cell are set side by side along
    the interest axis (power stays exact), so every point can be seen and clicked. The
    same map always gives the same places.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class P:
    ...     id: str; power: int; interest: int
    >>> spread([P("a", 2, 3), P("b", 2, 3), P("c", 5, 1)])
    {'a': (2.88, 2.0), 'b': (3.12, 2.0), 'c': (1.0, 5.0)}
    """
    cells: dict[tuple[int, int], list[str]] = {}
    for point in points:
        cells.setdefault((point.interest, point.power), []).append(point.id)
    places: dict[str, tuple[float, float]] = {}
    for (x, y), ids in cells.items():
        gap = min(step, 0.8 / max(len(ids) - 1, 1))
        middle = (len(ids) - 1) / 2
        for index, node in enumerate(ids):
            places[node] = (round(x + (index - middle) * gap, 3), float(y))
    return {point: places[point] for point in [p for ids in cells.values() for p in ids]}


def _label_side(point: GridPoint, places: dict[str, tuple[float, float]]) -> str:
    """Labels of actors sharing a cell alternate above and below, so they do not overlap."""
    shared = [p for p, (x, y) in places.items() if round(x) == point.interest and y == point.power]
    return "top center" if shared.index(point.id) % 2 == 0 else "bottom center"


def _hover(point: GridPoint, ranked: int) -> str:
    lines = [
        f"<b>{point.label}</b>",
        f"{point.quadrant.capitalize()}: power {point.power}, interest {point.interest}",
    ]
    if point.structural_rank is not None:
        lines.append(
            f"Power rank {point.declared_rank:g} of {ranked} as recorded, "
            f"{point.structural_rank:g} by who depends on it"
        )
    if point.gap:
        lines.append(
            "More power than recorded" if point.gap == "hidden" else "Less power than recorded"
        )
    return "<br>".join(lines)


def grid_figure(grid: Grid, selected: str | None = None) -> go.Figure:
    """The power-interest grid: one trace per sector (the map's colours), shapes by kind,
    a dashed stalk to where structural power would put an actor whose ranks differ.

    Each point's ``customdata`` is the actor's id, for clicks.
    """
    figure = go.Figure()
    edge = grid.high - 0.5
    places = spread(grid.points)
    for y0, y1 in ((0.5, edge), (edge, 5.5)):
        for x0, x1 in ((0.5, edge), (edge, 5.5)):
            top_right = y0 == edge and x0 == edge
            figure.add_shape(
                type="rect",
                x0=x0,
                x1=x1,
                y0=y0,
                y1=y1,
                line={"width": 0},
                fillcolor="#FFF6D5" if top_right else "#F4F6F8",
                layer="below",
            )
    for text, x, y, xanchor, yanchor in QUADRANT_CORNERS:
        figure.add_annotation(
            text=f"<b>{text}</b>",
            x=x,
            y=y,
            xref="paper",
            yref="paper",
            xanchor=xanchor,
            yanchor=yanchor,
            showarrow=False,
            font={"size": 13, "color": "#3A3A3A"},
        )
    for gap, symbol, name in (
        ("hidden", "triangle-up", "More power than recorded"),
        ("nominal", "triangle-down", "Less power than recorded"),
    ):
        mine = [p for p in grid.points if p.gap == gap]
        if mine:
            figure.add_trace(
                go.Scatter(
                    x=[places[p.id][0] + 0.13 for p in mine],
                    y=[places[p.id][1] for p in mine],
                    mode="markers",
                    marker={"symbol": symbol, "size": 11, "color": "#1B1B1B"},
                    customdata=[p.id for p in mine],
                    hovertext=[_hover(p, grid.ranked) for p in mine],
                    hoverinfo="text",
                    name=f"{name} (by who depends on it)",
                )
            )
    sectors = [*SECTOR_COLOURS, None]
    with_labels = len(grid.points) <= LABELS_UP_TO
    for sector in sectors:
        mine = [p for p in grid.points if p.sector == sector]
        if not mine:
            continue
        figure.add_trace(
            go.Scatter(
                x=[places[p.id][0] for p in mine],
                y=[places[p.id][1] for p in mine],
                mode="markers+text" if with_labels else "markers",
                text=[p.label for p in mine] if with_labels else None,
                textposition=[_label_side(p, places) for p in mine] if with_labels else None,
                textfont={"size": 11, "color": "#1B1B1B"},
                customdata=[p.id for p in mine],
                hovertext=[_hover(p, grid.ranked) for p in mine],
                hoverinfo="text",
                name=f"{sector} sector" if sector else "sector not recorded",
                marker={
                    "color": SECTOR_COLOURS.get(sector or "", NO_SECTOR_COLOUR),
                    "size": [22 if p.id == selected else 15 for p in mine],
                    "symbol": [KIND_SYMBOLS.get(p.kind, "circle") for p in mine],
                    "line": {
                        "width": [ROLE_LINES.get(p.role or "", (1, ""))[0] for p in mine],
                        "color": [ROLE_LINES.get(p.role or "", (1, "#555555"))[1] for p in mine],
                    },
                },
            )
        )
    axis = {
        "range": [0.5, 5.5],
        "tickvals": [1, 2, 3, 4, 5],
        "zeroline": False,
        "showgrid": False,
        "fixedrange": True,
    }
    figure.update_layout(
        xaxis={**axis, "title": {"text": "Interest in the partnership (1-5)"}},
        yaxis={**axis, "title": {"text": "Power over the partnership (1-5)"}},
        plot_bgcolor="white",
        paper_bgcolor="white",
        margin={"l": 60, "r": 20, "t": 30, "b": 50},
        legend={"orientation": "h", "y": -0.15},
        clickmode="event",
        hoverlabel={"bgcolor": "white"},
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        height=560,
    )
    figure.add_shape(type="line", x0=edge, x1=edge, y0=0.5, y1=5.5, line={"color": "#888888"})
    figure.add_shape(type="line", x0=0.5, x1=5.5, y0=edge, y1=edge, line={"color": "#888888"})
    return figure


def accountability_elements(
    pmap: PartnershipMap, review: AccountabilityReview
) -> list[dict[str, Any]]:
    """Cytoscape elements for the accountability review: its actors at its positions and
    its lines, each captioned with what it covers ("formal" when written down)."""
    lines = {line.id: line for line in review.lines}
    elements = []
    for element in map_elements(_only(pmap, set(review.nodes)), review.positions):
        data = element["data"]
        if "source" in data:
            line = lines.get(data["id"])
            if line is None:
                continue
            caption = line.scope + (" (formal)" if line.formal else "")
            data = {**data, "label": caption.strip()}
        elements.append({**element, "data": data})
    return elements


def _only(pmap: PartnershipMap, nodes: set[str]) -> PartnershipMap:
    """A copy of ``pmap`` with only ``nodes`` and the links among them."""
    return PartnershipMap(name=pmap.name, graph=pmap.graph.subgraph(nodes).copy())


ACCOUNTABILITY_STYLE = [
    {
        "selector": "edge[label]",
        "style": {
            "label": "data(label)",
            "font-size": 12,
            "color": EDGE_STYLES["accountable_to"].colour,
            "text-background-color": "#FFFFFF",
            "text-background-opacity": 0.9,
            "text-background-padding": 2,
            "text-rotation": "autorotate",
        },
    }
]
