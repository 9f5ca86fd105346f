"""The workshop's last discussions: the health check's top findings, and the actions
agreed with their owners."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app.components.views import severity_badge, who_can_help
from mapper.app.context import acted, get_store, who
from mapper.app.pages.workshop.shared import ids, picker, status
from mapper.app.workshop import WorkshopStep, checklist_choices, chosen, everyone, findings_for_room
from mapper.graph.analyse import analyse
from mapper.graph.insight import Reviewed
from mapper.store import StoreError


def _finding(item: Reviewed, done: bool) -> html.Div:
    found = item.finding
    return html.Div(
        [
            html.H2([severity_badge(found.severity), " ", found.title]),
            html.P(found.explanation),
            html.P([html.Strong("Suggested: "), item.action]) if item.action else None,
            who_can_help(found.rule),
            html.P("Discussed.", className="ws-done")
            if done
            else dbc.Button(
                "Mark as discussed",
                id=ids.discussed(item.key),
                color="primary",
                outline=True,
                title=f"Mark '{found.title}' as discussed in this workshop",
            ),
        ],
        className="ws-finding",
    )


def _finding_list(map_id: int) -> list[Any]:
    store = get_store()
    top, discussed = findings_for_room(analyse(store.load_map(map_id)), store.reviews(map_id))
    parts: list[Any] = [_finding(item, False) for item in top]
    if not top:
        parts.append(
            html.P(
                "Nothing open: the health check has no finding to take up.", className="ws-empty"
            )
        )
    if discussed:
        parts.append(html.H2(f"Discussed ({len(discussed)})", className="mt-3"))
        parts.append(html.Ul([html.Li(r.finding.title) for r in discussed], className="ws-lines"))
    return parts


def findings_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    return [html.Div(_finding_list(map_id), id=ids.FINDINGS)]


def _action_list(map_id: int) -> list[Any]:
    store = get_store()
    pmap = store.load_map(map_id)
    agreed = [a for a in store.actions(map_id) if a.status != "dropped"]
    if not agreed:
        return [html.P("No actions agreed yet.", className="ws-empty")]
    return [
        html.P(f"{len(agreed)} agreed:", className="ws-count"),
        html.Ul(
            [
                html.Li(
                    [
                        html.Strong(a.title),
                        f" · {pmap.label(a.owner)}" if a.owner in pmap.graph else " · no owner yet",
                        html.Span(f" · answers {', '.join(a.items)}", className="ws-items")
                        if a.items
                        else None,
                    ]
                )
                for a in agreed
            ],
            className="ws-lines",
        ),
    ]


def actions_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    store = get_store()
    pmap = store.load_map(map_id)
    owners = everyone(pmap)
    top, discussed = findings_for_room(analyse(pmap), store.reviews(map_id))
    findings = [{"label": r.finding.title, "value": r.key} for r in discussed + top]
    return [
        html.Div(
            [
                html.Div(
                    [
                        dbc.Label("The action", html_for=ids.ACTION_TITLE),
                        dbc.Input(id=ids.ACTION_TITLE, autocomplete="off", maxlength=200),
                    ],
                    className="ws-wide",
                ),
                picker(ids.ACTION_OWNER, "Who owns it", owners, "An actor on the map"),
                html.Div(
                    [
                        dbc.Label("It answers (Compass checklists)", html_for=ids.ACTION_ITEMS),
                        dcc.Dropdown(
                            id=ids.ACTION_ITEMS,
                            options=checklist_choices(),
                            multi=True,
                            placeholder="Checklist items",
                        ),
                    ]
                ),
                html.Div(
                    [
                        dbc.Label("From the finding", html_for=ids.ACTION_FINDING),
                        dcc.Dropdown(
                            id=ids.ACTION_FINDING, options=findings, placeholder="(optional)"
                        ),
                    ]
                ),
                dbc.Button("Add the action", id=ids.ADD_ACTION, color="primary"),
            ],
            className="ws-form ws-action-form",
        ),
        html.Div(_action_list(map_id), id=ids.ACTIONS),
    ]


# ----- findings and actions ---------------------------------------------------------------
@callback(
    Output(ids.FINDINGS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.discussed(ALL), "n_clicks"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def mark_discussed(_clicks, map_id: int) -> tuple:
    """The room has taken the finding up: it goes to the pack's findings discussed."""
    if not acted() or not isinstance(ctx.triggered_id, dict):
        raise PreventUpdate
    try:
        get_store().set_review(
            map_id, ctx.triggered_id["key"], "discussed", note="Taken up in the workshop", who=who()
        )
    except StoreError as error:
        return no_update, status(problems=(str(error),))
    return _finding_list(map_id), status("Marked as discussed.")


@callback(
    Output(ids.ACTION_TITLE, "value"),
    Output(ids.ACTION_ITEMS, "value"),
    Output(ids.ACTIONS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.ACTION_TITLE, "n_submit"),
    Input(ids.ADD_ACTION, "n_clicks"),
    State(ids.ACTION_TITLE, "value"),
    State(ids.ACTION_OWNER, "value"),
    State(ids.ACTION_ITEMS, "value"),
    State(ids.ACTION_FINDING, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def add_action(_submit, _click, title, owner, items, finding, map_id: int) -> tuple:
    """Keep an agreed action with its owner and the checklist items it answers."""
    if not acted():
        raise PreventUpdate
    if not (title or "").strip():
        return no_update, no_update, no_update, status(problems=("Type the action first.",))
    store = get_store()
    owner_id = chosen(everyone(store.load_map(map_id)), owner)
    if (owner or "").strip() and owner_id is None:
        problem = f"Nobody called {owner.strip()} is on the map to own it."
        return no_update, no_update, no_update, status(problems=(problem,))
    try:
        store.add_action(
            map_id,
            title.strip(),
            owner=owner_id,
            finding_key=finding or None,
            items=tuple(items or ()),
            who=who(),
        )
    except StoreError as error:
        return no_update, no_update, no_update, status(problems=(str(error),))
    return "", [], _action_list(map_id), status(f"Added the action ‘{title.strip()}’.")
