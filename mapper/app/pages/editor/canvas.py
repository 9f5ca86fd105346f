"""The canvas: redrawing it after an edit or when the page script finds a newer version,
its stylesheet, and the edits made on it (undo, arranging, dragging)."""

from __future__ import annotations

from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    no_update,
)
from dash.exceptions import PreventUpdate

from mapper.app import ids, linking, session
from mapper.app.canvas import drawing, load_canvas
from mapper.app.components.presenting import text_scale
from mapper.app.context import acted, editor, get_store
from mapper.app.edits import signal
from mapper.app.elements import View, stylesheet
from mapper.store import MapNotFound

# ----- redrawing -------------------------------------------------------------------------
# Every edit redraws in its own response: one request per edit. ``ids.EDITED`` only tells
# the selected item's form to draw itself again; ``redraw`` draws others' changes.
#
# A redraw sends only what changed since the version the browser shows (see
# ``canvas.drawing``). Every output Dash sets costs a pass over the whole page, so the
# version, title, undo, redo and status go out only when they change: each redrawing
# callback takes what the page shows now as the States ``SHOWN``.
_SHOWN_PARTS = (
    (ids.VERSION, "data"),
    (ids.TITLE, "children"),
    (ids.UNDO, "disabled"),
    (ids.REDO, "disabled"),
    (ids.STATUS, "children"),
)


REDRAW = tuple(Output(*part, allow_duplicate=True) for part in ((ids.DRAWN, "data"), *_SHOWN_PARTS))


SHOWN = tuple(State(*part) for part in _SHOWN_PARTS)


NO_REDRAW = (no_update,) * len(REDRAW)


def redraw_outputs(map_id: int, message: str, shown: tuple, saved: int | None = None) -> tuple:
    """The outputs of ``REDRAW``: the map as the store has it now, and of the version,
    title, undo, redo and status only those that differ from ``shown``. ``saved`` names
    the batch of dragged positions this drawing includes (see ``keep_positions``)."""
    try:
        canvas = load_canvas(get_store(), map_id, who=editor())
    except MapNotFound:
        return no_update, no_update, no_update, True, True, "This map has been deleted."
    drawn = {**drawing(canvas, since=shown[0]), "saved": saved}
    now = (canvas.version, canvas.pmap.name, not canvas.can_undo, not canvas.can_redo, message)
    return drawn, *(new if new != old else no_update for new, old in zip(now, shown, strict=True))


@callback(
    Output(ids.DRAWN, "data"),
    *(Output(*part) for part in _SHOWN_PARTS),
    Input(ids.LIVE, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def redraw(live: dict | None, map_id: int, *shown) -> tuple:
    """Draw the map again when the page script finds a newer version: someone else's
    edit, or one's own whose answer is still on its way, which is never reported as made
    elsewhere (nor does this redraw clear the status line that answer sets)."""
    if not live:
        raise PreventUpdate
    store = get_store()
    try:
        if store.map_version(map_id) == shown[0]:
            raise PreventUpdate
        newest = store.history(map_id, limit=1)
    except MapNotFound:
        return redraw_outputs(map_id, "", shown)
    message = session.news(newest[0] if newest else None, editor())
    outputs = redraw_outputs(map_id, message, shown)
    return (*outputs[:-1], outputs[-1] if message else no_update)


@callback(
    Output(ids.CANVAS, "stylesheet"),
    Input(ids.SHOW_NODE_KINDS, "value"),
    Input(ids.SHOW_EDGE_KINDS, "value"),
    Input(ids.SEARCH, "value"),
    Input(ids.LINK_STATE, "data"),
    Input(ids.HIGHLIGHT, "data"),
    Input(ids.TEXT_SIZE, "data"),
    prevent_initial_call=True,  # the layout draws the opening stylesheet itself
)
def restyle(
    node_kinds: list[str],
    edge_kinds: list[str],
    search: str | None,
    link: dict | None,
    highlight: dict | None,
    text_size: str | None = None,
) -> list[dict]:
    """Filters, search, highlight, the link being drawn and the text size only change the
    stylesheet."""
    highlight = highlight or {}
    view = View(
        node_kinds=tuple(node_kinds or ()),
        edge_kinds=tuple(edge_kinds or ()),
        search=search or "",
        highlight_nodes=tuple(highlight.get("nodes", ())),
        highlight_edges=tuple(highlight.get("edges", ())),
        link_source=(link or linking.OFF).get("source"),
        text_scale=text_scale(text_size),
    )
    return stylesheet(view)


@callback(
    *REDRAW,
    Output(ids.EDITED, "data", allow_duplicate=True),
    Input(ids.UNDO, "n_clicks"),
    Input(ids.REDO, "n_clicks"),
    State(ids.MAP_ID, "data"),
    State(ids.SELECTION, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def undo_redo(_undo, _redo, map_id: int, selection: dict | None, *shown) -> tuple:
    """Step back or forward through this user's own edits (the name in the top bar); an
    open form is drawn again, as what it shows may have changed."""
    if not acted():
        raise PreventUpdate
    command = session.Undo() if ctx.triggered_id == ids.UNDO else session.Redo()
    outcome = session.apply(get_store(), map_id, command, editor())
    message = outcome.message or " ".join(outcome.problems)
    return *redraw_outputs(map_id, message, shown), signal(message) if selection else no_update


@callback(
    *REDRAW,
    Output(ids.CANVAS, "layout"),
    Input({"type": "arrange", "layout": ALL}, "n_clicks"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def arrange_map(clicks: list, map_id: int, *shown) -> tuple:
    """Lay the map out again on the server, save the positions and animate to them.

    The animation is the redraw: the version moves on with no drawing sent, as the
    canvas reaches the saved positions by itself."""
    if not acted():
        raise PreventUpdate
    if not any(clicks):
        raise PreventUpdate
    command = session.Arrange(layout=ctx.triggered_id["layout"])
    outcome = session.apply(get_store(), map_id, command, editor())
    if not outcome.saved:
        return *redraw_outputs(map_id, " ".join(outcome.problems), shown), no_update
    positions = outcome.result
    layout = {
        "name": "preset",
        "positions": {node: {"x": x, "y": y} for node, (x, y) in positions.items()},
        "animate": len(positions) <= 500,
        "animationDuration": 450,
        "fit": True,
        "padding": 40,
    }
    _, *rest = redraw_outputs(map_id, outcome.message, shown)
    return no_update, *rest, layout


@callback(
    *REDRAW,
    Input(ids.MOVED, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def keep_positions(moved: dict | None, map_id: int, *shown) -> tuple:
    """Save where actors were dragged to (reported by the canvas script in assets/), and
    redraw naming the batch saved: the canvas holds dropped actors until this answer.

    A refused move is redrawn too, so the actors go back to where the store has them."""
    if not moved or not moved.get("positions"):
        raise PreventUpdate
    positions = {node: (x, y) for node, (x, y) in moved["positions"].items()}
    outcome = session.apply(get_store(), map_id, session.Move(positions=positions), editor())
    return redraw_outputs(map_id, " ".join(outcome.problems), shown, saved=moved.get("batch"))


# The canvas script patches the canvas itself; the output is for the page's opening (and a
# redraw arriving before the canvas is there).
clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="draw"),
    Output(ids.CANVAS, "elements"),
    Input(ids.DRAWN, "data"),
    State(ids.CANVAS, "id"),
    State(ids.MOVED, "id"),
)


clientside_callback(  # the page script asks for a redraw when the store's version differs
    ClientsideFunction(namespace="mapper", function_name="shown"),
    Input(ids.VERSION, "data"),
)


clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="fit"),
    Output(ids.FIT, "title"),
    Input(ids.FIT, "n_clicks"),
    State(ids.CANVAS, "id"),
    prevent_initial_call=True,
)
