"""Pictures for the insight views: the power-interest grid (plotly) and the accountability
lines (cytoscape elements), drawn in the map's own colours and shapes.

Colours come from :mod:`mapper.app.elements`, so an actor looks the same on the map, the
grid and the accountability review.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from math import ceil, floor, sqrt
from typing import Any, Protocol

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
    "CROWDED",
    "GAP_GLYPHS",
    "KIND_SYMBOLS",
    "QUADRANT_NAMES",
    "ROLE_LINES",
    "Chip",
    "Plot",
    "accountability_elements",
    "accountability_style",
    "actor_lines",
    "canvas_height",
    "caption",
    "cells",
    "chip_height",
    "chip_places",
    "chip_text",
    "grid_figure",
    "place_labels",
    "spread",
    "text_width",
    "tray_places",
]

# Plotly's nearest shapes to the map's (round-rectangle, octagon, hexagon, ellipse).
KIND_SYMBOLS = {
    "organisation": "square",
    "group": "octagon",
    "forum": "hexagon",
    "person": "circle",
}
ROLE_LINES = {"lead partner": (3.5, "#111111"), "partner": (2, "#222222")}
ROLE_ORDER = {"lead partner": 0, "partner": 1}
GAP_GLYPHS = {"hidden": "▲", "nominal": "▼"}
CROWDED = 4  # a square holding more actors than this shows their names on hover only
MARKER = 16  # marker size in pixels
LOW, HIGH = 0.3, 5.7  # axis range: room above and below the squares for the quadrant names
HALF = 0.38  # points of a square stay this far (in grid units) from its centre
FIGURE_HEIGHT = 620
MARGIN = {"l": 64, "r": 16, "t": 16, "b": 56}


class _Placed(Protocol):
    id: str
    label: str
    power: int
    interest: int


@dataclass(frozen=True)
class Plot:
    """The plotting area in pixels, to judge where a label fits. The figure's height is
    fixed; its width follows the page, so ``width`` is the narrowest it is drawn at on a
    laptop (the grid column of a 1280-pixel window): wider only gives labels more room."""

    width: float = 680.0
    height: float = FIGURE_HEIGHT - MARGIN["t"] - MARGIN["b"]
    low: float = LOW
    high: float = HIGH

    def pixels(self, x: float, y: float) -> tuple[float, float]:
        """Data (interest, power) to pixels from the plot's top left."""
        span = self.high - self.low
        return (
            (x - self.low) / span * self.width,
            (self.high - y) / span * self.height,
        )


def cells(points: Iterable[_Placed]) -> dict[tuple[int, int], list[_Placed]]:
    """Points by their square, ``(interest, power)``, each square's points by name."""
    found: dict[tuple[int, int], list[_Placed]] = {}
    for point in points:
        found.setdefault((point.interest, point.power), []).append(point)
    for members in found.values():
        members.sort(key=lambda p: (p.label.casefold(), p.id))
    return found


def _offsets(count: int, plot: Plot) -> list[tuple[float, float]]:
    """Where ``count`` points sit around their square's centre: up to ``CROWDED`` in one
    row (power stays exact), more in rows and columns filling the square."""
    unit_x = plot.width / (plot.high - plot.low)
    unit_y = plot.height / (plot.high - plot.low)
    step_x = (MARKER + 4) / unit_x  # a marker and a little air, in grid units
    step_y = (MARKER + 3) / unit_y
    if count <= CROWDED:
        columns, rows = count, 1
    else:
        fit = int(2 * HALF / step_x) + 1  # columns that fit side by side
        columns = min(fit, ceil(sqrt(count * unit_y / unit_x * 1.6)))
        rows = ceil(count / columns)
    gap_x = min(step_x * 1.25, 2 * HALF / max(columns - 1, 1))
    gap_y = min(step_y * 1.25, 2 * HALF / max(rows - 1, 1))
    result = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)
        result.append(((column - (in_row - 1) / 2) * gap_x, ((rows - 1) / 2 - row) * gap_y))
    return result


def spread(points: Iterable[_Placed], plot: Plot = Plot()) -> dict[str, tuple[float, float]]:
    """(interest, power) to draw each point at. Actors sharing a square are set apart
    inside it, by name, never further than ``HALF`` from its centre, so no point crosses
    a quadrant line and every point can be seen and clicked. The same map always gives
    the same places.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class P:
    ...     id: str; label: str; power: int; interest: int
    >>> spread([P("b", "B", 2, 3), P("a", "A", 2, 3), P("c", "C", 5, 1)])
    {'a': (2.901, 2.0), 'b': (3.099, 2.0), 'c': (1.0, 5.0)}
    """
    places: dict[str, tuple[float, float]] = {}
    for (x, y), members in cells(points).items():
        for point, (dx, dy) in zip(members, _offsets(len(members), plot), strict=True):
            places[point.id] = (round(x + dx, 3), round(y + dy, 3))
    return places


Box = tuple[float, float, float, float]  # left, top, right, bottom, in pixels
SIDES = ("middle right", "middle left", "top center", "bottom center")
CHAR = 6.6  # average width of a character of an 11-pixel label, generously
LINE = 15.0


def _label_box(text: str, x: float, y: float, side: str) -> Box:
    width, half = len(text) * CHAR + 4, MARKER / 2 + 3
    if side == "middle right":
        return (x + half, y - LINE / 2, x + half + width, y + LINE / 2)
    if side == "middle left":
        return (x - half - width, y - LINE / 2, x - half, y + LINE / 2)
    top = y - half - LINE if side == "top center" else y + half
    return (x - width / 2, top, x + width / 2, top + LINE)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _sides(index: int, count: int) -> tuple[str, ...]:
    """Where the name of the ``index``-th of ``count`` points in a row may go so that it
    reads as that point's: beside it only at the row's ends, else above or below."""
    if count == 1:
        return SIDES
    ends = ("middle left",) if index == 0 else ("middle right",) if index == count - 1 else ()
    return (*ends, "top center", "bottom center")


def place_labels(
    points: Sequence[GridPoint],
    places: dict[str, tuple[float, float]],
    blocked: Iterable[Box] = (),
    plot: Plot = Plot(),
) -> dict[str, str]:
    """Which side of its point each name goes (plotly ``textposition``): inside the plot,
    clear of every point, of the names placed before it and of ``blocked`` boxes (the
    quadrant names). A square's names are shown all or none, so that no name is taken
    for its neighbour's; squares with the lead partner or partners go first, then by
    power. Crowded squares, and squares whose names do not all fit, are left to hover
    and to the list of the square."""
    pixels = {node: plot.pixels(*place) for node, place in places.items()}
    half = MARKER / 2 + 1
    marks = {node: (x - half, y - half, x + half, y + half) for node, (x, y) in pixels.items()}
    taken = list(blocked)

    def rank(p: GridPoint) -> tuple[Any, ...]:
        return (ROLE_ORDER.get(p.role or "", 2), -p.power, -p.interest, p.label)

    squares = sorted(
        (members for members in cells(points).values() if len(members) <= CROWDED),
        key=lambda members: min(rank(p) for p in members),
    )
    sides: dict[str, str] = {}
    for members in squares:
        chosen: dict[str, tuple[str, Box]] = {}
        for index, point in enumerate(members):
            x, y = pixels[point.id]
            for side in _sides(index, len(members)):
                box = _label_box(point.label, x, y, side)
                clear = (
                    box[0] >= 0
                    and box[1] >= 0
                    and box[2] <= plot.width
                    and box[3] <= plot.height
                    and not any(
                        _overlap(box, mark) for node, mark in marks.items() if node != point.id
                    )
                    and not any(_overlap(box, other) for other in taken)
                    and not any(_overlap(box, other) for _, other in chosen.values())
                )
                if clear:
                    chosen[point.id] = (side, box)
                    break
            else:
                break
        if len(chosen) == len(members):
            sides.update({node: side for node, (side, _) in chosen.items()})
            taken += [box for _, box in chosen.values()]
    return sides


QUADRANT_NAMES = (  # text, x, y, xanchor, yanchor, in paper units
    ("Keep satisfied", 0.0, 1.0, "left", "top"),
    ("Manage closely", 1.0, 1.0, "right", "top"),
    ("Monitor", 0.0, 0.0, "left", "bottom"),
    ("Keep informed", 1.0, 0.0, "right", "bottom"),
)
NAME_CHAR, NAME_LINE = 8.2, 22.0  # the quadrant names: bold 13-pixel text


def _name_boxes(plot: Plot) -> list[Box]:
    boxes = []
    for text, x, y, _, _ in QUADRANT_NAMES:
        width = len(text) * NAME_CHAR + 8
        left = 0.0 if x == 0 else plot.width - width
        top = 0.0 if y == 1 else plot.height - NAME_LINE
        boxes.append((left, top, left + width, top + NAME_LINE))
    return boxes


def _others(point: GridPoint, square: list[GridPoint], most: int = 8) -> str:
    """Who else is in the point's square, for its hover text."""
    names = [p.label for p in square if p.id != point.id]
    if not names:
        return ""
    shown = ", ".join(names[:most]) + (
        f" and {len(names) - most} more" if len(names) > most else ""
    )
    return f"Also in this square: {shown}"


def _hover(point: GridPoint, square: list[GridPoint]) -> str:
    lines = [
        f"<b>{point.label}</b>",
        f"{point.quadrant.capitalize()}: power {point.power}, interest {point.interest}",
    ]
    if point.ranks_text:
        lines.append(f"Power rank: {point.ranks_text}")
    if point.gap:
        lines.append(
            "▲ More power than recorded" if point.gap == "hidden" else "▼ Less power than recorded"
        )
    if others := _others(point, square):
        lines.append(others)
    return "<br>".join(lines)


CHIP_FONT = 14  # pixels: a name on a chip, read on a projector
CHIP_SIDES = 8.0  # pixels a chip adds to its name's width: padding and border
CHIP_HEIGHT = 22.0  # a chip's height: one line of its name, padding and border
CHIP_PITCH = 24.0  # from one chip's centre to the next one's in a column
CHIP_MARGIN = 3.0  # pixels a square's chips keep from its edges
MOST_COLUMNS = 3  # a square's chips in at most this many columns; more rows overlap
TRAY_COLUMN = 200.0  # pixels: one column of the tray of actors not on the grid yet, at most
TRAY_SHARE = 0.3  # of the plotting area's width, at most: the grid keeps the rest
TRAY_GAP = 24.0  # pixels between the grid and the tray
TRAY_HEAD = 36.0  # pixels at the tray's top for its heading
WAITING_COLOUR = "#5F6B7A"  # a waiting actor's border: its sector shows once it is placed
SELECTED_COLOUR = "#0B57D0"


@dataclass(frozen=True)
class Chip:
    """Where an actor's name is drawn to be dragged: its centre (in the grid's units,
    interest and power, on the grid; in fractions of the plotting area in the tray) and
    how many pixels wide its name may be."""

    x: float
    y: float
    room: float


# Widths in ems of DejaVu Sans, Debian's default and the widest common system font, by
# kind of character: a name cut to fit it fits any narrower font.
NARROW, WIDE = frozenset(" .,:;'!|()[]-/ijlrftI"), frozenset("mwMW…%@")


def text_width(text: str, size: float = CHIP_FONT) -> float:
    """Pixels that ``text`` takes at ``size`` pixels, a little generously.

    >>> round(text_width("Graham W…"))  # 88.6 measured in Chromium
    88
    """
    ems = sum(
        0.33 if c in NARROW else 0.94 if c in WIDE else 0.72 if c.isupper() else 0.61 for c in text
    )
    return ems * size * 1.04


def chip_text(label: str, room: float) -> str:
    """An actor's name cut to ``room`` pixels for its chip: a role in brackets goes
    first, then the end of the name, marked "…" (the whole name is in the chip's hover).

    >>> chip_text("Claire Boyle (Discharge Coordinator)", 150)
    'Claire Boyle'
    >>> chip_text("Riverside Befriending Service", 100)
    'Riverside B…'
    >>> chip_text("Home Voices", 150)
    'Home Voices'
    """
    if text_width(label) <= room:
        return label
    short = label.split(" (")[0].strip() or label
    while len(short) > 1 and text_width(short) > room:
        short = short[:-2].rstrip() + "…"
    return short


def chip_height(points: Iterable[_Placed], plot: Plot = Plot()) -> float:
    """The least height of the plotting area at which the fullest square's chips, in
    ``MOST_COLUMNS`` columns, do not overlap (no more than ``plot``'s): a grid squeezed
    onto a short screen stays readable when few share a square, not when many do.

    >>> from collections import namedtuple
    >>> P = namedtuple("P", "id label power interest")
    >>> chip_height([P(str(n), "A", 2, 3) for n in range(6)])  # two rows of three
    280.8
    >>> chip_height([P(str(n), "A", 2, 3) for n in range(30)]) == Plot().height
    True
    """
    fullest = max((len(members) for members in cells(points).values()), default=1)
    rows = ceil(fullest / MOST_COLUMNS)
    square = CHIP_HEIGHT + (rows - 1) * CHIP_PITCH + 2 * CHIP_MARGIN
    return round(min(plot.height, square * (plot.high - plot.low)), 1)


def chip_places(points: Iterable[_Placed], plot: Plot = Plot()) -> dict[str, Chip]:
    """Where each actor's chip goes on the grid: a square's chips in its middle, by name,
    in a column, or in as many columns as its height needs (at most ``MOST_COLUMNS``,
    then rows overlap), each as narrow as its column, so that no chip reaches into a
    neighbouring square and each is read as that square's.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class P:
    ...     id: str; label: str; power: int; interest: int
    >>> chip_places([P("b", "B", 2, 3), P("a", "A", 2, 3)])
    {'a': Chip(x=3.0, y=2.118, room=111.9), 'b': Chip(x=3.0, y=1.882, room=111.9)}
    """
    unit_x = plot.width / (plot.high - plot.low)
    unit_y = plot.height / (plot.high - plot.low)
    room_x, room_y = unit_x - 2 * CHIP_MARGIN, unit_y - 2 * CHIP_MARGIN
    fit = max(1, floor((room_y - CHIP_HEIGHT) / CHIP_PITCH) + 1)  # chips in one column
    places: dict[str, Chip] = {}
    for (x, y), members in cells(points).items():
        columns = min(MOST_COLUMNS, ceil(len(members) / fit))
        rows = ceil(len(members) / columns)
        pitch = min(CHIP_PITCH, (room_y - CHIP_HEIGHT) / max(rows - 1, 1)) / unit_y
        width = room_x / columns
        room = width - CHIP_SIDES
        for index, point in enumerate(members):
            row, column = divmod(index, columns)
            in_row = min(columns, len(members) - row * columns)
            dx = (column - (in_row - 1) / 2) * width / unit_x
            dy = ((rows - 1) / 2 - row) * pitch
            places[point.id] = Chip(round(x + dx, 3), round(y + dy, 3), round(room, 1))
    return places


def tray_places(
    waiting: Sequence[tuple[str, str]], plot: Plot = Plot()
) -> tuple[float, dict[str, Chip], int]:
    """The tray of actors not on the grid yet, ``(id, label)``, right of the grid: the
    share of the plotting area's width the grid keeps, each waiting actor's chip (by
    name, down one column, or two when one is not enough; narrower on a narrow screen)
    and how many more wait than the tray shows. Nobody waiting: no tray, and the grid
    has the whole width.

    >>> tray_places([])
    (1.0, {}, 0)
    >>> share, chips, more = tray_places([("b", "Bee"), ("a", "Ay")], Plot(width=1000))
    >>> share, [(node, chip.y) for node, chip in chips.items()], more
    (0.776, [('a', 0.9142), ('b', 0.8704)], 0)
    """
    if not waiting:
        return 1.0, {}, 0
    fit = max(1, floor((plot.height - TRAY_HEAD - CHIP_MARGIN - CHIP_HEIGHT) / CHIP_PITCH) + 1)
    columns = 1 if len(waiting) <= fit else 2
    rows = fit if len(waiting) <= fit * columns else fit - 1  # the last row says how many more
    ordered = sorted(waiting, key=lambda w: (w[1].casefold(), w[0]))
    shown = ordered[: rows * columns]
    width = min(TRAY_COLUMN, (TRAY_SHARE * plot.width - TRAY_GAP) / columns)
    share = 1 - (TRAY_GAP + columns * width) / plot.width
    room = width - 2 * CHIP_MARGIN - CHIP_SIDES
    chips = {}
    for index, (node, _) in enumerate(shown):
        column, row = divmod(index, rows)
        x = share + (TRAY_GAP + (column + 0.5) * width) / plot.width
        y = 1 - (TRAY_HEAD + CHIP_HEIGHT / 2 + row * CHIP_PITCH) / plot.height
        chips[node] = Chip(round(x, 4), round(y, 4), room)
    return round(share, 4), chips, len(ordered) - len(shown)


def _tint(colour: str, alpha: float = 0.16) -> str:
    """A sector colour, ``#RRGGBB``, as a light background behind black text."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"


def _chip(
    figure: go.Figure,
    node: str,
    text: str,
    chip: Chip,
    colour: str,
    hover: str,
    chosen: bool,
    tray: bool = False,
) -> None:
    """One actor's chip: its name in a box, bordered in its sector's colour (blue and
    bold when selected); ``name`` is the actor's id, read back when it is dropped. A
    chip in the ``tray`` is placed in fractions of the plotting area."""
    figure.add_annotation(
        x=chip.x,
        y=chip.y,
        xref="paper" if tray else "x",
        yref="paper" if tray else "y",
        xanchor="center",
        yanchor="middle",
        showarrow=False,
        text=f"<b>{text}</b>" if chosen else text,
        font={"size": CHIP_FONT, "color": "#111111"},
        bgcolor=_tint(colour),
        bordercolor=SELECTED_COLOUR if chosen else colour,
        borderwidth=3 if chosen else 2,
        borderpad=2,
        hovertext=hover,
        name=node,
        captureevents=True,
    )


def _chips(figure: go.Figure, grid: Grid, selected: str | None, plot: Plot) -> None:
    """The workshop's grid: every actor as a chip to drag, those without power or
    interest in the tray right of the grid (see ``tray_places``)."""
    share, waiting, more = tray_places(grid.unplaced, plot)
    places = chip_places(grid.points, replace(plot, width=plot.width * share))
    squares = cells(grid.points)
    for point in grid.points:
        chip = places[point.id]
        glyph = f" {GAP_GLYPHS[point.gap]}" if point.gap else ""
        text = chip_text(point.label, chip.room - text_width(glyph)) + glyph
        colour = SECTOR_COLOURS.get(point.sector or "", NO_SECTOR_COLOUR)
        hover = _hover(point, squares[(point.interest, point.power)])
        _chip(figure, point.id, text, chip, colour, hover, point.id == selected)
    if not waiting:
        return
    figure.add_shape(
        type="rect",
        xref="paper",
        yref="paper",
        x0=share + TRAY_GAP / 2 / plot.width,
        x1=1,
        y0=0,
        y1=1,
        fillcolor="#EEF3FB",
        line={"color": "#8A939F", "width": 1.5, "dash": "dot"},
        layer="below",
        label={
            "text": "<b>Not on the grid yet</b>",
            "textposition": "top center",
            "font": {"size": 15, "color": "#1B1B1B"},
            "padding": 8,
        },
    )
    labels = dict(grid.unplaced)
    for node, chip in waiting.items():
        hover = f"<b>{labels[node]}</b><br>Not on the grid yet: drag it to its square"
        text = chip_text(labels[node], chip.room)
        _chip(figure, node, text, chip, WAITING_COLOUR, hover, node == selected, tray=True)
    if more:
        figure.add_shape(
            type="line",
            xref="paper",
            yref="paper",
            x0=share + TRAY_GAP / plot.width,
            x1=1,
            y0=0,
            y1=0,
            line={"width": 0},
            label={
                "text": f"and {more} more: type {'it' if more == 1 else 'them'} below",
                "textposition": "top center",
                "font": {"size": CHIP_FONT, "color": "#1B1B1B"},
                "padding": 8,
            },
        )


def _points(figure: go.Figure, grid: Grid, selected: str | None, plot: Plot) -> None:
    """The grid page's points: one trace per sector, names beside them where they fit."""
    places = spread(grid.points, plot)
    squares = cells(grid.points)
    square_of = {p.id: squares[(p.interest, p.power)] for p in grid.points}
    sides = place_labels(grid.points, places, _name_boxes(plot), plot)
    for text, x, y, xanchor, yanchor in QUADRANT_NAMES:
        figure.add_annotation(
            text=f"<b>{text}</b>",
            x=x,
            y=y,
            xref="paper",
            yref="paper",
            xanchor=xanchor,
            yanchor=yanchor,
            showarrow=False,
            font={"size": 13, "color": "#2B2B2B"},
        )
    for sector in [*SECTOR_COLOURS, None]:
        mine = [p for p in grid.points if p.sector == sector]
        if not mine:
            continue
        figure.add_trace(
            go.Scatter(
                x=[places[p.id][0] for p in mine],
                y=[places[p.id][1] for p in mine],
                mode="markers+text",
                text=[p.label if p.id in sides else "" for p in mine],
                textposition=[sides.get(p.id, "middle right") for p in mine],
                textfont={"size": 11, "color": "#1B1B1B"},
                customdata=[p.id for p in mine],
                hovertext=[_hover(p, square_of[p.id]) for p in mine],
                hoverinfo="text",
                name=f"{sector} sector" if sector else "sector not recorded",
                marker={
                    "color": SECTOR_COLOURS.get(sector or "", NO_SECTOR_COLOUR),
                    "size": MARKER,
                    "symbol": [KIND_SYMBOLS.get(p.kind, "circle") for p in mine],
                    "line": {
                        "width": [ROLE_LINES.get(p.role or "", (1, ""))[0] for p in mine],
                        "color": [ROLE_LINES.get(p.role or "", (1, "#555555"))[1] for p in mine],
                    },
                },
            )
        )
    marked = [p for p in grid.points if p.gap]
    if marked:
        figure.add_trace(
            go.Scatter(
                x=[places[p.id][0] for p in marked],
                y=[places[p.id][1] for p in marked],
                mode="text",
                text=[GAP_GLYPHS[p.gap or ""] for p in marked],
                textposition="middle center",
                textfont={"size": 9, "color": "#000000"},
                hoverinfo="skip",
                name="recorded and structural power differ",
            )
        )
    if selected in places:
        x, y = places[selected]
        figure.add_trace(
            go.Scatter(
                x=[x],
                y=[y],
                mode="markers",
                marker={
                    "symbol": "circle-open",
                    "size": MARKER + 14,
                    "line": {"width": 3, "color": SELECTED_COLOUR},
                },
                hoverinfo="skip",
                name="selected",
            )
        )


def grid_figure(
    grid: Grid, selected: str | None = None, plot: Plot = Plot(), movable: bool = False
) -> go.Figure:
    """The power-interest grid: one trace per sector (the map's colours), shapes by kind,
    borders by role, a triangle inside the point of an actor whose recorded power differs
    from its structural power, and a ring round the selected actor. The key is drawn by
    the page, in HTML, so the plot keeps its full size.

    Each point's ``customdata`` is the actor's id, for clicks.

    ``movable`` (the workshop's grid): each actor's name is a chip to drag to another
    square instead, an annotation whose ``name`` is the actor's id, and actors with no
    power or interest wait in a tray right of the grid, the width of ``plot`` shared
    between them. The quadrant names are then labels of the quadrants' shapes, as every
    annotation can be dragged. The layout's ``meta`` holds the size the chips were laid
    out for, for the page to redraw them when it has more or less room, and each placed
    actor's square as drawn (plotly moves the annotations of the page's figure with a
    drag, so they no longer say where a name was picked up).
    """
    figure = go.Figure()
    edge = grid.high - 0.5
    share = tray_places(grid.unplaced, plot)[0] if movable else 1.0
    corners = {(x, y): text for text, x, y, _, _ in QUADRANT_NAMES}
    for y0, y1 in ((LOW, edge), (edge, HIGH)):
        for x0, x1 in ((LOW, edge), (edge, HIGH)):
            right, top = x0 == edge, y0 == edge
            figure.add_shape(
                type="rect",
                x0=x0,
                x1=x1,
                y0=y0,
                y1=y1,
                line={"width": 0},
                fillcolor="#FFF6D5" if top and right else "#F4F6F8",
                layer="below",
                label={
                    "text": f"<b>{corners[(float(right), float(top))]}</b>",
                    "textposition": f"{'top' if top else 'bottom'} {'right' if right else 'left'}",
                    "font": {"size": 13, "color": "#2B2B2B"},
                }
                if movable
                else None,
            )
    if movable:
        _chips(figure, grid, selected, plot)
    else:
        _points(figure, grid, selected, plot)
    axis = {
        "range": [LOW, HIGH],
        "tickvals": [1, 2, 3, 4, 5],
        "zeroline": False,
        "showgrid": False,
        "fixedrange": True,
        "tickfont": {"size": 13, "color": "#2B2B2B"},
    }
    figure.update_layout(
        xaxis={
            **axis,
            "domain": [0, share],
            "title": {"text": "Interest in the partnership (1 = little, 5 = a lot)"},
        },
        yaxis={**axis, "title": {"text": "Power over the partnership (1 = little, 5 = a lot)"}},
        plot_bgcolor="white",
        paper_bgcolor="white",
        margin=MARGIN,
        showlegend=False,
        clickmode="event",
        hoverlabel={"bgcolor": "white", "font": {"size": 13}},
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        height=plot.height + MARGIN["t"] + MARGIN["b"],
        meta={
            "width": plot.width,
            "height": plot.height,
            "squares": {p.id: [p.power, p.interest] for p in grid.points},
        }
        if movable
        else None,
    )
    line = {"color": "#6B7280", "width": 1.5}
    figure.add_shape(type="line", x0=edge, x1=edge, y0=LOW, y1=HIGH, line=line)
    figure.add_shape(type="line", x0=LOW, x1=HIGH, y0=edge, y1=edge, line=line)
    return figure


def accountability_elements(
    pmap: PartnershipMap, review: AccountabilityReview
) -> list[dict[str, Any]]:
    """Cytoscape elements for the accountability review: its actors at its positions and
    its lines, each carrying its caption (what it covers, "formal" when written down),
    shown by :func:`accountability_style` only when asked for."""
    lines = {line.id: line for line in review.lines}
    elements = []
    for element in map_elements(_only(pmap, set(review.nodes)), review.positions):
        data = element["data"]
        if "source" in data:
            line = lines.get(data["id"])
            if line is None:
                continue
            data = {**data, "caption": caption(line.scope, line.formal)}
        elements.append({**element, "data": data})
    return elements


def canvas_height(positions: Mapping[str, tuple[float, float]], width: float = 700.0) -> int:
    """Pixels of height for the accountability picture, so that a deep hierarchy is drawn
    at a readable zoom (names at least ~11 pixels) instead of shrunk into a fixed box:
    the zoom the width allows, times the hierarchy's height, within 420-900 pixels.

    >>> canvas_height({"a": (0.0, 0.0), "b": (0.0, 150.0)})
    420
    >>> canvas_height({n: (x * 190.0, y * 150.0) for n, (x, y) in enumerate(
    ...     [(i % 5, i // 5) for i in range(45)])})
    900
    """
    if not positions:
        return 420
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    zoom = min(0.85, width / (max(xs) - min(xs) + 240))
    return int(min(900, max(420, (max(ys) - min(ys) + 160) * zoom)))


def caption(scope: str, formal: bool | None) -> str:
    """What an accountability line covers, as its caption and in the list of lines.

    >>> caption("Grant conditions", True), caption("", None), caption("Safety", False)
    ('Grant conditions (formal)', 'scope not recorded', 'Safety (informal)')
    """
    words = scope.strip() or "scope not recorded"
    if formal is None:
        return words
    return f"{words} ({'formal' if formal else 'informal'})"


def _only(pmap: PartnershipMap, nodes: set[str]) -> PartnershipMap:
    """A copy of ``pmap`` with only ``nodes`` and the links among them."""
    return PartnershipMap(name=pmap.name, graph=pmap.graph.subgraph(nodes).copy())


CAPTION = {
    # Beside the arrowhead, below the body answered to: that side of a name is always
    # clear (names sit above their actors), and only one line is captioned at a time.
    "target-label": "data(caption)",
    "target-text-offset": 48,
    "font-size": 15,
    "font-weight": 600,
    "color": EDGE_STYLES["accountable_to"].colour,
    "text-background-color": "#FFFFFF",
    "text-background-opacity": 1,
    "text-background-padding": 3,
    "text-border-width": 1,
    "text-border-color": "#8A939F",
    "text-border-opacity": 1,
    "text-wrap": "wrap",
    "text-max-width": 260,
    "z-index": 20,
}


def accountability_style() -> list[dict[str, Any]]:
    """The accountability review's rules on top of the map's: larger names (the picture
    is zoomed out to show the whole hierarchy), set above their actors so that no name
    hides the arrowhead of a line arriving from below, and the caption of the selected
    line only: captions of several lines would pile up on each other and on the names
    (an actor's lines are listed in words instead, see ``actor_lines``)."""
    return [
        {
            "selector": "node",
            "style": {
                "font-size": 20,
                "text-max-width": 180,
                "text-valign": "top",
                "text-margin-y": -7,
            },
        },
        {"selector": "edge:selected", "style": CAPTION},
    ]


def actor_lines(pmap: PartnershipMap, review: AccountabilityReview) -> dict[str, str]:
    """For each actor on the picture, its lines in words, to show when it is clicked.

    >>> from mapper.graph.insight import accountability_review
    >>> m = PartnershipMap(); a = m.add_node(label="Trust"); b = m.add_node(label="Council")
    >>> _ = m.add_edge(a, b, "accountable_to", scope="Grant spend", formal=True)
    >>> actor_lines(m, accountability_review(m))["council"]
    'Trust answers to Council about Grant spend (formal).'
    """
    said: dict[str, list[str]] = {node: [] for node in review.nodes}
    for line in review.lines:
        about = caption(line.scope, line.formal)
        joint = " about " if line.scope.strip() else ", "
        sentence = f"{pmap.label(line.source)} answers to {pmap.label(line.target)}{joint}{about}"
        said[line.target].append(sentence)
        said[line.source].append(sentence)
    return {node: "; ".join(lines) + "." for node, lines in said.items() if lines}
