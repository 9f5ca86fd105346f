"""The workshop's address and layout, and moving from step to step."""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
)
from dash.exceptions import PreventUpdate

from mapper.app.components.presenting import dropdowns_ready
from mapper.app.components.views import not_found, open_map
from mapper.app.context import acted
from mapper.app.pages.workshop.actions import actions_screen, findings_screen
from mapper.app.pages.workshop.entries import (
    actors_screen,
    checklist_screen,
    links_screen,
    purpose_screen,
)
from mapper.app.pages.workshop.grid import grid_screen
from mapper.app.pages.workshop.pack import pack_screen
from mapper.app.pages.workshop.shared import SHORTCUTS, ids
from mapper.app.workshop import STEPS

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/workshop",
    name="Workshop mode",
    title="Workshop mode · Partnership Mapper",
    map_view="workshop",
    order=5,
)


SCREENS = {
    "checklist": checklist_screen,
    "purpose": purpose_screen,
    "actors": actors_screen,
    "links": links_screen,
    "grid": grid_screen,
    "findings": findings_screen,
    "actions": actions_screen,
    "pack": pack_screen,
}


def _screen(map_id: int, index: int) -> list[Any]:
    step = STEPS[index]
    return [
        html.Div(
            [
                html.P(f"Step {index + 1} of {len(STEPS)}: {step.title}", className="ws-step-name"),
                html.Div(
                    f"{step.minutes}:00",
                    className="ws-timer",
                    role="timer",
                    title="Time left for this step",
                    **{"data-minutes": str(step.minutes), "data-step": step.id, "aria-live": "off"},
                ),
            ],
            className="ws-top",
        ),
        html.H1(
            step.question,
            className="ws-question",
            tabIndex="-1",
            id="ws-question",
            **{"data-index": str(index)},
        ),
        html.P(step.hint, className="ws-hint") if step.hint else None,
        html.Div(SCREENS[step.kind](map_id, step), className=f"ws-body ws-{step.kind}"),
    ]


def _steps_nav(index: int) -> list[Any]:
    return [
        html.Button(
            str(number + 1),
            id=ids.jump(number),
            className="ws-dot is-current" if number == index else "ws-dot",
            title=step.title,
            **{"aria-current": "step"} if number == index else {},
        )
        for number, step in enumerate(STEPS)
    ]


def layout(map_id: str | None = None, step: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    index = next((n for n, s in enumerate(STEPS) if s.id == step), 0)
    shortcuts = html.Ul(
        [html.Li([html.Kbd(keys), f" {what}"]) for keys, what in SHORTCUTS],
        className="ws-shortcuts",
        **{"aria-label": "Keyboard shortcuts"},
    )
    return html.Div(
        [
            html.P(f"Workshop: {pmap.name}", className="ws-map-name"),
            html.Div(_screen(number, index), id=ids.SCREEN),
            html.P(id=ids.STATUS, className="ws-status", role="status"),
            html.Nav(
                [
                    dbc.Button("← Back", id=ids.BACK, color="secondary", disabled=index == 0),
                    html.Div(_steps_nav(index), id=ids.STEPS, className="ws-dots"),
                    dbc.Button(
                        "Next →", id=ids.NEXT, color="primary", disabled=index == len(STEPS) - 1
                    ),
                ],
                className="ws-nav",
                **{"aria-label": "Workshop steps"},
            ),
            shortcuts,
            dcc.Store(id=ids.MAP, data=number),
            dcc.Store(id=ids.STEP, data=index),
            dropdowns_ready(),  # the actions step's dropdowns are drawn with it
        ],
        className="workshop",
    )


# ----- moving between steps ----------------------------------------------------------------
@callback(
    Output(ids.STEP, "data"),
    Output(ids.SCREEN, "children"),
    Output(ids.STEPS, "children"),
    Output(ids.BACK, "disabled"),
    Output(ids.NEXT, "disabled"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.BACK, "n_clicks"),
    Input(ids.NEXT, "n_clicks"),
    Input(ids.jump(ALL), "n_clicks"),
    State(ids.STEP, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def move(_back, _next, _jumps, index: int, map_id: int) -> tuple:
    """Next, back, or straight to a step: the screen of that step, drawn afresh."""
    if not acted():
        raise PreventUpdate
    if isinstance(ctx.triggered_id, dict):
        index = ctx.triggered_id["step"]
    else:
        index += 1 if ctx.triggered_id == ids.NEXT else -1
    index = max(0, min(len(STEPS) - 1, index))
    return (
        index,
        _screen(map_id, index),
        _steps_nav(index),
        index == 0,
        index == len(STEPS) - 1,
        "",
    )


clientside_callback(  # each screen's question takes the focus, for screen readers too
    ClientsideFunction(namespace="workshop", function_name="focusQuestion"),
    Output(ids.SCREEN, "title"),
    Input(ids.STEP, "data"),
)
