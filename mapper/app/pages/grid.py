"""The power-interest grid: every actor by power and interest, in the map's colours.

Clicking a point (or choosing an actor in the list, or a name in the lists beside and
below the grid) selects it: its power and interest can be changed here, which moves the
point and changes the map, and "Show on the map" opens the editor with it selected.
"""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.explain import explain
from mapper.app.components.views import empty_state, not_found, open_map, view_page
from mapper.app.context import acted, get_store, who
from mapper.app.edits import attempt
from mapper.app.elements import NO_SECTOR_COLOUR, SECTOR_COLOURS
from mapper.app.figures import (
    CROWDED,
    GAP_GLYPHS,
    KIND_SYMBOLS,
    QUADRANT_NAMES,
    cells,
    grid_figure,
)
from mapper.graph.analyse import analyse
from mapper.graph.insight import Grid, GridPoint, power_interest_grid

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/grid",
    name="Power-interest grid",
    title="Power-interest grid · Partnership Mapper",
    map_view="grid",
    short_name="Grid",
    order=20,
)

SCALE = [{"label": str(n), "value": n} for n in range(1, 6)]


def _grid(map_id: int) -> Grid:
    return power_interest_grid(analyse(get_store().load_map(map_id)))


def _pick(point: GridPoint) -> html.Button:
    """A name that selects its actor on the grid."""
    return html.Button(
        [point.label, f" {GAP_GLYPHS[point.gap]}" if point.gap else ""],
        id=ids.grid_pick(point.id),
        className="link-button",
        title=f"Select {point.label} (power {point.power}, interest {point.interest})",
    )


def _details(grid: Grid, actor: str | None, map_id: int) -> list[Any]:
    """What the panel says about the selected actor, and who shares its square."""
    point = next((p for p in grid.points if p.id == actor), None)
    if point is None:
        return [
            html.P(
                "Click a point, or choose an actor above, to see and change it.",
                className="text-secondary",
            )
        ]
    lines = [
        html.P(
            [
                html.Strong(point.quadrant.capitalize()),
                f" · {point.kind}",
                f" · {point.role}" if point.role else "",
            ]
        )
    ]
    if point.ranks_text:
        lines.append(html.P(f"Power rank: {point.ranks_text}.", className="text-secondary"))
    if point.gap:
        lines.append(
            dbc.Alert(
                f"{GAP_GLYPHS[point.gap]} It holds more power than recorded: others depend on it."
                if point.gap == "hidden"
                else f"{GAP_GLYPHS[point.gap]} It holds less power than recorded: few depend "
                "on it.",
                color="warning",
                class_name="py-2",
            )
        )
    square = [p for p in cells(grid.points)[(point.interest, point.power)] if p.id != point.id]
    if square:
        lines.append(
            html.Div(
                [
                    html.P(
                        f"Also in this square (power {point.power}, interest {point.interest}):",
                        className="mb-1 fw-semibold",
                    ),
                    html.Ul([html.Li(_pick(p)) for p in square], className="pick-list"),
                ],
                className="grid-square",
            )
        )
    lines.append(
        dbc.Button(
            "Show on the map",
            href=f"/maps/{map_id}?select={point.id}",
            color="primary",
            outline=True,
            size="sm",
        )
    )
    return lines


def _quadrants(grid: Grid) -> list[Any]:
    """Everyone on the grid by quadrant, most powerful first: the grid as lists, for
    reading aloud, for copying into a plan and for finding an actor whose name the
    picture shows on hover only."""
    boxes = []
    for name, *_ in QUADRANT_NAMES:
        mine = sorted(
            (p for p in grid.points if p.quadrant == name.lower()),
            key=lambda p: (-p.power, -p.interest, p.label.casefold()),
        )
        boxes.append(
            html.Details(
                [
                    html.Summary(f"{name} ({len(mine)})"),
                    html.Ul(
                        [
                            html.Li([_pick(p), f" · power {p.power}, interest {p.interest}"])
                            for p in mine
                        ],
                        className="pick-list",
                    )
                    if mine
                    else html.P("Nobody here.", className="text-secondary"),
                ],
                className="quadrant-list",
                open=bool(mine) and len(mine) <= 8,
            )
        )
    return boxes


def _key(grid: Grid) -> html.Div:
    """The key to colours, shapes, borders and triangles, in words."""
    sectors = {p.sector for p in grid.points}
    kinds = {p.kind for p in grid.points}
    items: list[Any] = [
        html.Span([html.Span(className="key-dot", style={"background": colour}), f"{name} sector"])
        for name, colour in SECTOR_COLOURS.items()
        if name in sectors
    ]
    if None in sectors:
        items.append(
            html.Span(
                [
                    html.Span(className="key-dot", style={"background": NO_SECTOR_COLOUR}),
                    "sector not recorded",
                ]
            )
        )
    shapes = [f"{KIND_SYMBOLS[kind]}: {kind}" for kind in KIND_SYMBOLS if kind in kinds]
    if shapes:
        items.append(html.Span(", ".join(shapes)))
    items += [
        html.Span("thick border: lead partner, thin: partner"),
        html.Span("▲ more power than recorded, ▼ less (by who depends on it)"),
    ]
    return html.Div(items, className="grid-key")


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    intro = [
        "Each actor placed by its power over the partnership and its interest in it",
        explain("grid"),
        f". Colours and shapes are those of the map. Where a square holds more than {CROWDED} "
        "actors, point at them for their names, or click one to list the whole square.",
    ]
    grid = power_interest_grid(analyse(pmap))
    if not grid.points:
        body: Any = empty_state(
            "No actor has both power and interest recorded yet. Set them on each actor in the "
            "map's side panel (1 = little, 5 = a lot) and they will appear here.",
            number,
        )
        return view_page(pmap, "Power-interest grid", intro, body)
    choices = [
        {"label": p.label, "value": p.id}
        for p in sorted(grid.points, key=lambda p: p.label.casefold())
    ]
    panel = html.Div(
        [
            html.Div(
                [
                    html.H2("Actor"),
                    dbc.Label(
                        "Choose an actor", html_for=ids.GRID_ACTOR, class_name="visually-hidden"
                    ),
                    dcc.Dropdown(id=ids.GRID_ACTOR, options=choices, placeholder="Choose an actor"),
                    html.Div(
                        [
                            html.Div(
                                [
                                    dbc.Label("Power (1-5)", html_for=ids.GRID_POWER),
                                    explain("power"),
                                ]
                            ),
                            dbc.RadioItems(id=ids.GRID_POWER, options=SCALE, inline=True),
                            html.Div(
                                [
                                    dbc.Label("Interest (1-5)", html_for=ids.GRID_INTEREST),
                                    explain("interest"),
                                ]
                            ),
                            dbc.RadioItems(id=ids.GRID_INTEREST, options=SCALE, inline=True),
                        ],
                        className="grid-editor mt-2",
                    ),
                    html.Div(id=ids.GRID_FEEDBACK, role="status"),
                    html.Div(_details(grid, None, number), id=ids.GRID_DETAILS),
                ],
                className="insight-card",
            ),
            html.Div(_gaps(grid), className="insight-card"),
        ]
    )
    picture = html.Div(
        [
            dcc.Graph(
                id=ids.GRID_FIGURE,
                figure=grid_figure(grid),
                config={"displayModeBar": False, "responsive": True},
            ),
            _key(grid),
            html.H2("Who is where", className="mt-3"),
            html.Div(_quadrants(grid), id=ids.GRID_QUADRANTS, className="quadrant-lists"),
        ],
        className="insight-card",
    )
    body = html.Div([picture, panel], className="insight-columns grid-columns")
    return view_page(
        pmap, "Power-interest grid", intro, body, dcc.Store(id=ids.GRID_MAP_ID, data=number)
    )


def _gaps(grid: Grid) -> list[Any]:
    differ = [p for p in grid.points if p.gap]
    parts: list[Any] = [
        html.H2(["Where recorded and structural power differ", explain("structural-power")])
    ]
    if differ:
        parts.append(
            html.Ul(
                [
                    html.Li(
                        [
                            _pick(p),
                            html.Div(
                                f"Recorded {p.power}; "
                                + ("more" if p.gap == "hidden" else "less")
                                + f" by who depends on it (rank {p.structural_rank:g} of "
                                f"{grid.ranked}).",
                                className="text-secondary small",
                            ),
                        ]
                    )
                    for p in differ
                ],
                className="pick-list gap-list",
            )
        )
    else:
        parts.append(
            html.P("None: recorded power follows who depends on whom.", className="text-secondary")
        )
    if grid.unplaced:
        parts += [
            html.H2("Not on the grid yet", className="mt-3"),
            html.P(
                "Power or interest not recorded: " + ", ".join(label for _, label in grid.unplaced),
                className="text-secondary",
            ),
        ]
    parts.append(html.P(f"Rests on: {grid.rests_on}.", className="finding-meta mt-2"))
    return parts


@callback(
    Output(ids.GRID_ACTOR, "value"),
    Input(ids.GRID_FIGURE, "clickData"),
    Input(ids.grid_pick(ALL), "n_clicks"),
    prevent_initial_call=True,
)
def click_point(click: dict | None, _picks: list) -> str:
    """A click on a point, or on a name in a list, selects that actor."""
    if isinstance(ctx.triggered_id, dict):
        if not acted():
            raise PreventUpdate
        return ctx.triggered_id["node"]
    points = (click or {}).get("points") or []
    if not points or "customdata" not in points[0]:
        raise PreventUpdate
    return points[0]["customdata"]


@callback(
    Output(ids.GRID_POWER, "value"),
    Output(ids.GRID_INTEREST, "value"),
    Output(ids.GRID_DETAILS, "children"),
    Output(ids.GRID_FIGURE, "figure"),
    Output(ids.GRID_QUADRANTS, "children"),
    Output(ids.GRID_FEEDBACK, "children"),
    Input(ids.GRID_ACTOR, "value"),
    Input(ids.GRID_POWER, "value"),
    Input(ids.GRID_INTEREST, "value"),
    State(ids.GRID_MAP_ID, "data"),
    prevent_initial_call=True,
)
def select_or_edit(actor: str | None, power: int | None, interest: int | None, map_id: int):
    """Choosing an actor shows its values; changing a value saves it and moves the point."""
    if ctx.triggered_id in (ids.GRID_POWER, ids.GRID_INTEREST) and actor:
        name = "power" if ctx.triggered_id == ids.GRID_POWER else "interest"
        value = power if name == "power" else interest
        store = get_store()
        if store.load_map(map_id).graph.nodes[actor].get(name) != value:
            _, problems = attempt(lambda: _save(map_id, actor, name, value))
            if problems:
                alert = dbc.Alert(problems, color="danger")
                return no_update, no_update, no_update, no_update, no_update, alert
    grid = _grid(map_id)
    point = next((p for p in grid.points if p.id == actor), None)
    return (
        point.power if point else None,
        point.interest if point else None,
        _details(grid, actor, map_id),
        grid_figure(grid, selected=actor),
        _quadrants(grid),
        "",
    )


def _save(map_id: int, actor: str, name: str, value: int) -> str:
    get_store().update_node(map_id, actor, {name: value}, who=who())
    return f"Saved {name} {value}."
