"""Drawing links: clicks on the canvas through the link-mode state machine, and the
dialog that picks the new link's kind and details."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app import ids, linking, session
from mapper.app.components.fields import form_fields
from mapper.app.context import acted, editor, get_store
from mapper.app.forms import from_inputs
from mapper.app.pages.editor.canvas import NO_REDRAW, REDRAW, SHOWN, redraw_outputs
from mapper.app.pages.editor.shared import form_values, problems_alert


def link_modal() -> dbc.Modal:
    return dbc.Modal(
        [
            dbc.ModalHeader(
                [
                    dbc.ModalTitle("New link", id=ids.LINK_MODAL_TITLE),
                    # Our own ✕, so that closing the dialog goes through the link state
                    # and forgets the half-drawn link, like Cancel and Esc.
                    html.Button(
                        id=ids.LINK_CLOSE, className="btn-close", **{"aria-label": "Close"}
                    ),
                ],
                close_button=False,
            ),
            dbc.ModalBody(
                [
                    html.Div(_new_link_form(), id=ids.LINK_FORM),
                    html.Div(id=ids.LINK_FEEDBACK, role="status"),
                ]
            ),
            dbc.ModalFooter(
                [
                    dbc.Button(
                        "Swap direction",
                        id=ids.LINK_SWAP,
                        color="secondary",
                        outline=True,
                        class_name="me-auto",
                    ),
                    dbc.Button("Cancel", id=ids.LINK_CANCEL, color="secondary", outline=True),
                    dbc.Button("Add link", id=ids.LINK_CREATE, color="primary"),
                ]
            ),
        ],
        id=ids.LINK_MODAL,
        labelledby=ids.LINK_MODAL_TITLE,
        is_open=False,
        backdrop="static",
        keyboard=False,
        size="lg",
        scrollable=True,
    )


# ----- selecting and drawing links -------------------------------------------------------
@callback(
    Output(ids.LINK_STATE, "data"),
    Output(ids.SELECTION, "data"),
    Output(ids.TABS, "active_tab"),
    Input(ids.LINK_BUTTON, "n_clicks"),
    Input(ids.CANVAS, "tapNodeData"),
    Input(ids.CANVAS, "tapEdgeData"),
    Input(ids.LINK_CANCEL, "n_clicks"),
    Input(ids.LINK_CLOSE, "n_clicks"),
    Input(ids.LINK_SWAP, "n_clicks"),
    Input(ids.ADD_BUTTON, "n_clicks"),
    State(ids.LINK_STATE, "data"),
    prevent_initial_call=True,
)
def on_tap(_link, node: dict | None, edge: dict | None, _cancel, _close, _swap, _add, state):
    """Clicks on the canvas and the link buttons, through the link-mode state machine."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if trigger == ids.LINK_BUTTON:
        return linking.toggle(state), no_update, no_update
    if trigger in (ids.LINK_CANCEL, ids.LINK_CLOSE):
        return linking.done(state), no_update, no_update
    if trigger == ids.LINK_SWAP:
        return linking.swap(state), no_update, no_update
    if trigger == ids.ADD_BUTTON:
        return no_update, no_update, "add"
    if f"{ids.CANVAS}.tapNodeData" in ctx.triggered_prop_ids:
        if state.get("on"):
            return linking.tap(state, node["id"], node.get("label")), no_update, no_update
        return no_update, {"type": "node", "id": node["id"]}, "selected"
    if edge and not state.get("on"):
        return no_update, {"type": "edge", "id": edge["id"]}, "selected"
    raise PreventUpdate


@callback(
    Output(ids.LINK_BANNER, "children"),
    Output(ids.LINK_BANNER, "style"),
    Output(ids.LINK_BUTTON, "children"),
    Output(ids.LINK_BUTTON, "outline"),
    Output(ids.LINK_MODAL, "is_open"),
    Output(ids.LINK_MODAL_TITLE, "children"),
    Output(ids.LINK_FEEDBACK, "children"),
    Output(ids.LINK_FORM, "children"),
    Input(ids.LINK_STATE, "data"),
    State(ids.LINK_MODAL, "is_open"),
    prevent_initial_call=True,  # the layout opens with links not being drawn
)
def show_link_state(state: dict | None, was_open: bool | None) -> tuple:
    """The banner, the button and the kind dialog follow the link state. Each new link
    starts from a fresh form: nothing carries over from the last one."""
    state = state or linking.OFF
    text = linking.prompt(state)
    dialog_open = bool(state.get("source") and state.get("target"))
    opening = dialog_open and not was_open
    return (
        text,
        {} if text else {"display": "none"},
        "Stop drawing links" if state.get("on") else "Draw a link",
        not state.get("on"),
        dialog_open,
        linking.title(state) if dialog_open else no_update,
        None,
        _new_link_form() if opening else no_update,
    )


def _new_link_form() -> list:
    return form_fields(ids.FORM_NEW_LINK, {"kind": "communicates"})


@callback(
    *REDRAW,
    Output(ids.LINK_STATE, "data", allow_duplicate=True),
    Output(ids.LINK_FEEDBACK, "children", allow_duplicate=True),
    Input(ids.LINK_CREATE, "n_clicks"),
    State(ids.field(ids.FORM_NEW_LINK, ALL), "value"),
    State(ids.field(ids.FORM_NEW_LINK, ALL), "id"),
    State(ids.LINK_STATE, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def add_link(_n, values: list, field_ids: list[dict], state: dict, map_id: int, *shown) -> tuple:
    """Add the link drawn by clicking, with the kind and details picked in the dialog."""
    if not acted():
        raise PreventUpdate
    form = form_values(values, field_ids)
    attrs = from_inputs(ids.FORM_NEW_LINK, form, kind=form.get("kind"))
    kind = attrs.pop("kind", None) or ""
    attrs = {key: value for key, value in attrs.items() if value is not None}
    command = session.AddLink(
        source=state["source"], target=state["target"], kind=kind, attrs=attrs
    )
    outcome = session.apply(get_store(), map_id, command, editor())
    if not outcome.saved:
        return *NO_REDRAW, no_update, problems_alert(outcome.problems)
    return *redraw_outputs(map_id, outcome.message, shown), linking.done(state), None
