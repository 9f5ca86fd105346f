"""The workshop's power and interest step: names dragged into place on the grid, or
placed from the keyboard."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import dash_bootstrap_components as dbc
from dash import (
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)
from dash.exceptions import PreventUpdate

from mapper.app.context import acted, editor, get_store
from mapper.app.figures import FIGURE_HEIGHT, chip_height, grid_figure
from mapper.app.pages.workshop.shared import GRID_PLOT, SCALE, ids, picker, status
from mapper.app.workshop import WorkshopStep, chosen, dropped, everyone, place, place_drop
from mapper.graph.analyse import analyse
from mapper.graph.insight import power_interest_grid
from mapper.graph.model import PartnershipMap

LEAST_HEIGHT = 420  # pixels: the grid no shorter than this, even on a short screen


def _grid_picture(
    pmap: PartnershipMap, selected: str | None = None, size: dict[str, float] | None = None
) -> Any:
    """The workshop's grid, its plotting area of ``size`` (``width`` and ``height`` in
    pixels, as the page last measured the room it has, but tall enough for its fullest
    square): every actor's name a chip to drag, the waiting ones in a tray."""
    grid = power_interest_grid(analyse(pmap))
    plot = GRID_PLOT
    if size:  # no shorter than the fullest square needs
        least = chip_height(grid.points, plot)
        plot = replace(plot, width=size["width"], height=max(size["height"], least))
    return grid_figure(grid, selected=selected, plot=plot, movable=True)


def grid_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    pmap = get_store().load_map(map_id)
    actors = everyone(pmap)
    return [
        html.Div(
            [
                dcc.Graph(
                    id=ids.GRID,
                    figure=_grid_picture(pmap),
                    config={
                        "displayModeBar": False,
                        "responsive": True,
                        "edits": {"annotationPosition": True},  # names are dragged
                    },
                    className="ws-grid-figure",
                ),
                dcc.Store(id=ids.GRID_ROOM),  # the plotting area's size, as the page has room
                dcc.Store(id=ids.GRID_LIMITS, data={"least": LEAST_HEIGHT, "full": FIGURE_HEIGHT}),
                html.Div(
                    [
                        picker(ids.GRID_ACTOR, "Actor", actors, "Type a name", debounce=True),
                        html.Div(
                            [
                                html.Span("Power", id="ws-power-label"),
                                dbc.RadioItems(
                                    id=ids.POWER, name=ids.POWER, options=SCALE, inline=True
                                ),
                            ],
                            role="radiogroup",
                            **{"aria-labelledby": "ws-power-label"},
                        ),
                        html.Div(
                            [
                                html.Span("Interest", id="ws-interest-label"),
                                dbc.RadioItems(
                                    id=ids.INTEREST, name=ids.INTEREST, options=SCALE, inline=True
                                ),
                            ],
                            role="radiogroup",
                            **{"aria-labelledby": "ws-interest-label"},
                        ),
                        dbc.Button("Place on the grid", id=ids.PLACE, color="primary"),
                    ],
                    className="ws-form ws-grid-form",
                ),
            ],
            className="ws-grid-step",
        )
    ]


# ----- power and interest -----------------------------------------------------------------
@callback(
    Output(ids.POWER, "value"),
    Output(ids.INTEREST, "value"),
    Output(ids.GRID, "figure"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.GRID_ACTOR, "value"),
    Input(ids.PLACE, "n_clicks"),
    State(ids.POWER, "value"),
    State(ids.INTEREST, "value"),
    State(ids.GRID_ROOM, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def place_on_grid(name: str | None, _place, power: int | None, interest: int | None, size, map_id):
    """Naming an actor shows where it is; "Place on the grid" saves its power and interest
    together (one edit, one undo) and moves its name."""
    store = get_store()
    actor = chosen(everyone(store.load_map(map_id)), name)
    if name and actor is None:
        return (
            no_update,
            no_update,
            no_update,
            status(problems=(f"Nobody called {name.strip()} is on the map.",)),
        )
    if ctx.triggered_id == ids.PLACE:
        if not acted():
            raise PreventUpdate
        if actor is None or power is None or interest is None:
            problem = "Name an actor and choose its power and interest first."
            return no_update, no_update, no_update, status(problems=(problem,))
        outcome = place(store, map_id, actor, power, interest, editor())
        figure = _grid_picture(store.load_map(map_id), actor, size)
        return no_update, no_update, figure, status(outcome.message, outcome.problems)
    pmap = store.load_map(map_id)
    figure = _grid_picture(pmap, actor, size)
    if actor is None:
        return None, None, figure, []
    node = pmap.graph.nodes[actor]
    where = (
        f"power {node['power']}, interest {node['interest']}"
        if node.get("power") and node.get("interest")
        else "not on the grid yet: choose its power and interest"
    )
    return (
        node.get("power"),
        node.get("interest"),
        figure,
        status(f"{pmap.label(actor)}: {where}."),
    )


@callback(
    Output(ids.GRID, "figure", allow_duplicate=True),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Output(ids.POWER, "value", allow_duplicate=True),
    Output(ids.INTEREST, "value", allow_duplicate=True),
    Input(ids.GRID, "relayoutData"),
    State(ids.GRID, "figure"),
    State(ids.GRID_ACTOR, "value"),
    State(ids.GRID_ROOM, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def drop_on_grid(relayout: dict | None, figure: dict, name: str | None, size, map_id) -> tuple:
    """A name dragged to a square: its power and interest saved together (one edit, one
    undo), as "Place on the grid" does; let go in its own square or outside the grid, it
    goes back where it was. The form follows when it names the same actor."""
    drop = dropped(relayout, figure)
    if drop is None:
        raise PreventUpdate
    store = get_store()
    outcome = place_drop(store, map_id, drop, editor())
    pmap = store.load_map(map_id)
    named = chosen(everyone(pmap), name) == drop.actor and outcome.saved
    return (
        _grid_picture(pmap, drop.actor, size),
        status(outcome.message, outcome.problems),
        drop.power if named else no_update,
        drop.interest if named else no_update,
    )


clientside_callback(  # once drawn, the grid's room is watched: names are cut to fit it
    ClientsideFunction(namespace="workshop", function_name="watchGrid"),
    Output(ids.GRID_ROOM, "data"),
    Input(ids.GRID, "relayoutData"),
    State(ids.GRID_LIMITS, "data"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.GRID, "figure", allow_duplicate=True),
    Input(ids.GRID_ROOM, "data"),
    State(ids.GRID_ACTOR, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def fit_grid(size: dict[str, float] | None, name: str | None, map_id: int) -> Any:
    """The grid drawn again for the room the page has (a narrow projector, a laptop's
    short screen, a window resized), so that every name fits its square and the whole
    grid is in view above the step buttons."""
    if not size:
        raise PreventUpdate
    pmap = get_store().load_map(map_id)
    return _grid_picture(pmap, chosen(everyone(pmap), name), size)


@callback(
    Output(ids.GRID_ACTOR, "value"),
    Input(ids.GRID, "clickAnnotationData"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def pick_on_grid(click: dict | None, map_id: int) -> str:
    """A click on a name (without dragging it) names that actor in the form."""
    actor = ((click or {}).get("annotation") or {}).get("name")
    pmap = get_store().load_map(map_id)
    if actor not in pmap.graph:
        raise PreventUpdate
    return pmap.label(actor)
