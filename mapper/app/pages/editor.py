"""The editor of one map: the canvas, the toolbar and the side panel.

Every edit goes to the store at once (there is no save button to forget) and then sets
``ids.EDITED``; one callback redraws the canvas from the store. A poll every few seconds
redraws it too when someone else changed the map, so two laptops see each other's work.

A redraw goes to ``ids.DRAWN``, not straight to the canvas: the canvas script
(``assets/mapper.js``) lays it on the canvas keeping every actor the user is dragging, or
has dropped and whose new place is not saved yet, where the user put it. So a redraw that
arrives mid-drag (someone else's edit, an add still on its way) never snaps an actor back.

The side panel is a set of tabs (``_tabs``); insight views that sit beside the map (the
health check) add a tab there. A view may highlight actors and links by setting
``ids.HIGHLIGHT`` to ``{"nodes": [...], "edges": [...]}``: the rest is dimmed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import (
    ALL,
    MATCH,
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

from mapper.app import ids, linking
from mapper.app.canvas import Canvas, drawing, load_canvas
from mapper.app.components.dialog import dialog
from mapper.app.components.fields import form_fields, row_styles
from mapper.app.components.health import health_tab
from mapper.app.components.legend import legend
from mapper.app.components.picture import picture_menu
from mapper.app.components.share import share_hook
from mapper.app.components.views import change_line
from mapper.app.context import acted, get_store, who
from mapper.app.edits import attempt, delete_question, signal
from mapper.app.elements import View, stylesheet
from mapper.app.forms import fields_for, from_inputs
from mapper.app.layouts import LAYOUTS, arrange, free_spot, placed
from mapper.content import load_content
from mapper.graph.model import EDGE_KINDS, NODE_KINDS, PartnershipMap
from mapper.store import MapNotFound

dash.register_page(
    __name__,
    path_template="/maps/<map_id>",
    name="Map",
    title="Map · Partnership Mapper",
    map_view="",
    order=100,  # after the map views: its template /maps/<map_id> would match theirs too
)

POLL_MS = 3000
RECENT_CHANGES = 8


def _organisations(pmap: PartnershipMap) -> list[tuple[str, str]]:
    return [(n["id"], n.get("label", n["id"])) for n in pmap.nodes("organisation")]


# ----- layout ----------------------------------------------------------------------------
def _toolbar(canvas: Canvas) -> html.Div:
    arrange_menu = dbc.DropdownMenu(
        [
            dbc.DropdownMenuItem(label, id={"type": "arrange", "layout": name})
            for name, label in LAYOUTS.items()
        ],
        label="Arrange",
        color="secondary",
        class_name="me-2",
    )
    return html.Div(
        [
            dbc.Button("+ Add actor", id=ids.ADD_BUTTON, color="primary", class_name="me-2"),
            dbc.Button(
                "Draw a link", id=ids.LINK_BUTTON, color="primary", outline=True, class_name="me-2"
            ),
            arrange_menu,
            dbc.Button(
                "Fit to screen", id=ids.FIT, color="secondary", outline=True, class_name="me-2"
            ),
            picture_menu(),
            html.Div(
                [
                    dbc.Label("Find an actor", html_for=ids.SEARCH, class_name="visually-hidden"),
                    dbc.Input(
                        id=ids.SEARCH,
                        type="search",
                        placeholder="Find an actor…",
                        debounce=False,
                        autocomplete="off",
                    ),
                ],
                className="toolbar-search me-2",
            ),
            html.Div(
                [
                    dbc.Button(
                        "Undo",
                        id=ids.UNDO,
                        color="secondary",
                        outline=True,
                        disabled=not canvas.can_undo,
                        title="Undo the last change (Ctrl+Z)",
                        class_name="me-1",
                    ),
                    dbc.Button(
                        "Redo",
                        id=ids.REDO,
                        color="secondary",
                        outline=True,
                        disabled=not canvas.can_redo,
                        title="Redo (Ctrl+Y)",
                    ),
                ],
                className="ms-auto d-flex",
            ),
        ],
        className="toolbar d-flex flex-wrap align-items-center",
        role="toolbar",
        **{"aria-label": "Map tools"},
    )


def _filters() -> html.Div:
    words = load_content().vocabulary
    return html.Div(
        [
            html.H3("Show", className="legend-title"),
            dbc.Label("Kinds of actor", html_for=ids.SHOW_NODE_KINDS, class_name="fw-semibold"),
            dbc.Checklist(
                id=ids.SHOW_NODE_KINDS,
                options=[{"label": k.capitalize(), "value": k} for k in NODE_KINDS],
                value=list(NODE_KINDS),
                inline=True,
            ),
            dbc.Label("Kinds of link", html_for=ids.SHOW_EDGE_KINDS, class_name="fw-semibold mt-2"),
            dbc.Checklist(
                id=ids.SHOW_EDGE_KINDS,
                options=[
                    {"label": words.label("edge_kind", k).capitalize(), "value": k}
                    for k in EDGE_KINDS
                ],
                value=list(EDGE_KINDS),
                inline=True,
            ),
        ],
        className="filters mb-4",
    )


# What the room calls out at a workshop; the rest of an actor's fields open on request.
QUICK_FIELDS = ("label", "kind", "role", "sector", "organisation", "level", "power", "interest")
MORE_FIELDS = tuple(
    spec.name for spec in fields_for(ids.FORM_NEW_ACTOR) if spec.name not in QUICK_FIELDS
)


def _tabs(canvas: Canvas, selection: dict | None) -> dbc.Tabs:
    add_form = html.Div(
        [
            html.Div(
                form_fields(
                    ids.FORM_NEW_ACTOR,
                    {"kind": "organisation"},
                    _organisations(canvas.pmap),
                    only=QUICK_FIELDS,
                ),
                id=ids.ADD_FORM,
            ),
            html.Div(id=ids.ADD_MORE_BODY),
            html.Button(  # not dbc's: it cannot say whether the fields are open
                _more_words(False),
                id=ids.ADD_MORE,
                type="button",
                className="btn btn-link px-0 mb-2",
                **{"aria-expanded": "false", "aria-controls": ids.ADD_MORE_BODY},
            ),
            html.Div(id=ids.ADD_FEEDBACK, role="status", className="add-feedback"),
            dbc.Button("Add to the map", id=ids.ADD_SAVE, color="primary", class_name="w-100"),
        ],
        className="panel-form",
        role="form",
        **{"aria-label": "Add an actor"},
    )
    return dbc.Tabs(
        [
            dbc.Tab(
                html.Div(
                    _details(canvas.pmap, selection) if selection else _nothing_selected(),
                    id=ids.DETAILS,
                ),
                label="Selected",
                tab_id="selected",
            ),
            dbc.Tab(add_form, label="Add", tab_id="add"),
            dbc.Tab(html.Div(id=ids.META_BODY), label="Details", tab_id="map"),
            dbc.Tab(html.Div([_filters(), html.Div(id=ids.KEY_LEGEND)]), label="Key", tab_id="key"),
            health_tab(),
        ],
        id=ids.TABS,
        active_tab="add" if not canvas.elements else "selected",
    )


def _more_words(shown: bool) -> str:
    return "Fewer details" if shown else "More details (skills, needs, notes…)"


def _meta_form(pmap: PartnershipMap, history: list[dict[str, Any]]) -> html.Div:
    """The map's details to edit, and who changed what lately (names come from the top
    bar's name field)."""
    today = dt.date.today()
    recent = [html.Li(change_line(change, today)) for change in history[:RECENT_CHANGES]]
    return html.Div(
        [
            html.Div(
                [
                    *form_fields(ids.FORM_MAP, pmap.meta),
                    html.Div(id=ids.META_FEEDBACK, role="status"),
                    dbc.Button("Save map details", id=ids.META_SAVE, color="primary"),
                ],
                className="panel-form",
                role="form",
                **{"aria-label": "Map details"},
            ),
            html.Section(
                [
                    html.H3("Recent changes", className="legend-title mt-4"),
                    html.Ul(recent, className="recent-changes") if recent else None,
                ],
                **{"aria-label": "Recent changes"},
            ),
        ]
    )


def _nothing_selected() -> html.Div:
    return html.Div(
        [
            html.P(
                "Click an actor or a link on the map to see and edit it here.",
                className="lead-muted",
            ),
            html.P(
                "Drag actors to arrange them; positions are saved as you go.",
                className="text-secondary",
            ),
        ],
        className="empty-state",
    )


def _not_found(map_id: Any) -> html.Div:
    return dbc.Container(
        [
            html.H1("This map is not here"),
            html.P(f"There is no map number {map_id}; it may have been deleted."),
            dbc.Button("Back to all maps", href="/", color="primary"),
        ],
        className="py-5",
    )


def layout(map_id: str | None = None, select: str | None = None, **_: Any) -> Any:
    """The editor for map ``map_id``, drawn from the store in this very response.

    ``?select=ID`` (the insight views' "Show on the map") opens with that actor selected
    and lit up."""
    try:
        canvas = load_canvas(get_store(), int(map_id or ""), place=True)
    except (MapNotFound, ValueError):
        return _not_found(map_id)
    pmap = canvas.pmap
    selection = {"type": "node", "id": select} if select in pmap.graph else None
    lit = (select,) if selection else ()
    header = html.Div(
        [
            html.Div(
                [
                    html.H1(pmap.name, id=ids.TITLE, className="map-title"),
                    html.P(pmap.purpose, className="map-purpose") if pmap.purpose else None,
                ],
                className="flex-grow-1",
            ),
            share_hook(canvas.map_id),
        ],
        className="d-flex align-items-start",
    )
    canvas_box = html.Div(
        [
            html.Div(
                id=ids.LINK_BANNER,
                className="link-banner",
                role="status",
                style={"display": "none"},
            ),
            cyto.Cytoscape(
                id=ids.CANVAS,
                elements=canvas.elements,
                stylesheet=stylesheet(View(highlight_nodes=lit)),
                layout={"name": "preset", "fit": True, "padding": 40},
                autoRefreshLayout=False,
                minZoom=0.1,
                maxZoom=3,
                boxSelectionEnabled=False,
                className="canvas",
                style={"width": "100%", "height": "100%"},
            ),
        ],
        className="canvas-box",
    )
    return html.Div(
        [
            header,
            _toolbar(canvas),
            html.Div(
                id=ids.STATUS, className="status-line", role="status", **{"aria-live": "polite"}
            ),
            html.Div(
                [canvas_box, html.Aside(_tabs(canvas, selection), className="side-panel")],
                className="editor-body",
            ),
            _delete_modal(),
            _link_modal(),
            dcc.Store(id=ids.MAP_ID, data=canvas.map_id),
            dcc.Store(id=ids.VERSION, data=canvas.version),
            dcc.Store(id=ids.EDITED),
            dcc.Store(id=ids.MOVED),
            dcc.Store(id=ids.DRAWN, data={}),  # empty: the canvas has its elements
            # Never data=None: a memory Store given None sets it again as it mounts, which
            # sets off the restyle and the side panel's callbacks for nothing.
            dcc.Store(id=ids.HIGHLIGHT, data={"nodes": [select], "edges": []} if selection else {}),
            dcc.Store(id=ids.SELECTION, data=selection or {}),
            dcc.Store(id=ids.LINK_STATE, data=linking.OFF),
            dcc.Interval(id=ids.POLL, interval=POLL_MS),
        ],
        className="editor",
    )


def _delete_modal() -> dbc.Modal:
    return dialog(
        ids.DELETE_MODAL,
        "Delete?",
        ids.DELETE_TEXT,
        cancel=("Cancel", ids.DELETE_CANCEL),
        confirm=("Delete", ids.DELETE_CONFIRM),
        danger=True,
    )


def _link_modal() -> dbc.Modal:
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
                    html.Div(
                        form_fields(ids.FORM_NEW_LINK, {"kind": "communicates"}), id=ids.LINK_FORM
                    ),
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
        is_open=False,
        backdrop="static",
        keyboard=False,
        size="lg",
        scrollable=True,
    )


# ----- redrawing -------------------------------------------------------------------------
# The frequent edits (adding actors and links) redraw in their own response, saving a
# second round trip; the others set ids.EDITED and the redraw callback follows.
#
# A redraw sends only what changed since the version the browser shows (see
# ``canvas.drawing``). Every output Dash sets costs a pass over the whole page, so the
# version, title, undo, redo and status go out only when they change: each redrawing
# callback takes what the page shows now as the States ``_SHOWN``.
_SHOWN_PARTS = (
    (ids.VERSION, "data"),
    (ids.TITLE, "children"),
    (ids.UNDO, "disabled"),
    (ids.REDO, "disabled"),
    (ids.STATUS, "children"),
)
_REDRAW = tuple(
    Output(*part, allow_duplicate=True) for part in ((ids.DRAWN, "data"), *_SHOWN_PARTS)
)
_SHOWN = tuple(State(*part) for part in _SHOWN_PARTS)
_NO_REDRAW = (no_update,) * len(_REDRAW)


def _redrawn(map_id: int, message: str, shown: tuple, saved: int | None = None) -> tuple:
    """The outputs of ``_REDRAW``: the map as the store has it now, and of the version,
    title, undo, redo and status only those that differ from ``shown``. ``saved`` names
    the batch of dragged positions this drawing includes (see ``keep_positions``)."""
    try:
        canvas = load_canvas(get_store(), map_id)
    except MapNotFound:
        return no_update, no_update, no_update, True, True, "This map has been deleted."
    drawn = {**drawing(canvas, since=shown[0]), "saved": saved}
    now = (canvas.version, canvas.pmap.name, not canvas.can_undo, not canvas.can_redo, message)
    return drawn, *(new if new != old else no_update for new, old in zip(now, shown, strict=True))


@callback(
    Output(ids.DRAWN, "data"),
    *(Output(*part) for part in _SHOWN_PARTS),
    Input(ids.EDITED, "data"),
    Input(ids.POLL, "n_intervals"),
    State(ids.MAP_ID, "data"),
    *_SHOWN,
    prevent_initial_call=True,
)
def redraw(edited: dict | None, _poll: int | None, map_id: int, *shown) -> tuple:
    """Draw the map again after an edit here, or when the poll finds a newer version."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id == ids.EDITED:
        return _redrawn(map_id, (edited or {}).get("message", ""), shown)
    try:
        if get_store().map_version(map_id) == shown[0]:
            raise PreventUpdate
    except MapNotFound:
        return _redrawn(map_id, "", shown)
    return _redrawn(map_id, "Updated with changes made elsewhere.", shown)


@callback(
    Output(ids.CANVAS, "stylesheet"),
    Input(ids.SHOW_NODE_KINDS, "value"),
    Input(ids.SHOW_EDGE_KINDS, "value"),
    Input(ids.SEARCH, "value"),
    Input(ids.LINK_STATE, "data"),
    Input(ids.HIGHLIGHT, "data"),
    prevent_initial_call=True,  # the layout draws the opening stylesheet itself
)
def restyle(
    node_kinds: list[str],
    edge_kinds: list[str],
    search: str | None,
    link: dict | None,
    highlight: dict | None,
) -> list[dict]:
    """Filters, search, highlight and the link being drawn only change the stylesheet."""
    highlight = highlight or {}
    view = View(
        node_kinds=tuple(node_kinds or ()),
        edge_kinds=tuple(edge_kinds or ()),
        search=search or "",
        highlight_nodes=tuple(highlight.get("nodes", ())),
        highlight_edges=tuple(highlight.get("edges", ())),
        link_source=(link or linking.OFF).get("source"),
    )
    return stylesheet(view)


@callback(
    Output(ids.META_BODY, "children"),
    Output(ids.KEY_LEGEND, "children"),
    Input(ids.TABS, "active_tab"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def fill_tabs(tab: str, map_id: int) -> tuple:
    """The map details form and the legend are in the page only while their tab is open.

    After every edit Dash re-checks each component in the page, so the 130 of these two
    would slow every add at a workshop; filled on opening, the form also shows the map's
    details as they are now, not as they were when the page opened."""
    if tab != "map":
        return [], legend() if tab == "key" else []
    store = get_store()
    try:
        return _meta_form(store.load_map(map_id), store.history(map_id)), []
    except MapNotFound:
        raise PreventUpdate from None


@callback(
    Output(ids.ADD_MORE_BODY, "children"),
    Output(ids.ADD_MORE, "children"),
    Output(ids.ADD_MORE, "aria-expanded"),
    Input(ids.ADD_MORE, "n_clicks"),
    State(ids.field(ids.FORM_NEW_ACTOR, "kind"), "value"),
    prevent_initial_call=True,
)
def more_details(clicks: int, kind: str | None) -> tuple:
    """Open or close the rest of the new actor's fields (kept out of the page while closed,
    like the other tabs' bodies: every component in the page slows each edit a little)."""
    shown = clicks % 2 == 1
    fields = form_fields(ids.FORM_NEW_ACTOR, {"kind": kind}, only=MORE_FIELDS) if shown else []
    return fields, _more_words(shown), "true" if shown else "false"


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
    Input(ids.LINK_STATE, "data"),
    prevent_initial_call=True,  # the layout opens with links not being drawn
)
def show_link_state(state: dict | None) -> tuple:
    """The banner, the button and the kind dialog follow the link state."""
    state = state or linking.OFF
    text = linking.prompt(state)
    dialog_open = bool(state.get("source") and state.get("target"))
    return (
        text,
        {} if text else {"display": "none"},
        "Stop drawing links" if state.get("on") else "Draw a link",
        not state.get("on"),
        dialog_open,
        linking.title(state) if dialog_open else no_update,
        None,
    )


@callback(
    *_REDRAW,
    Output(ids.LINK_STATE, "data", allow_duplicate=True),
    Output(ids.LINK_FEEDBACK, "children", allow_duplicate=True),
    Input(ids.LINK_CREATE, "n_clicks"),
    State(ids.field(ids.FORM_NEW_LINK, ALL), "value"),
    State(ids.field(ids.FORM_NEW_LINK, ALL), "id"),
    State(ids.LINK_STATE, "data"),
    State(ids.MAP_ID, "data"),
    *_SHOWN,
    prevent_initial_call=True,
)
def add_link(_n, values: list, field_ids: list[dict], state: dict, map_id: int, *shown) -> tuple:
    """Add the link drawn by clicking, with the kind and details picked in the dialog."""
    if not acted():
        raise PreventUpdate
    form = _form_values(values, field_ids)
    attrs = from_inputs(ids.FORM_NEW_LINK, form, kind=form.get("kind"))
    kind = attrs.pop("kind", None) or ""
    attrs = {key: value for key, value in attrs.items() if value is not None}

    def edit() -> str:
        get_store().add_edge(map_id, state["source"], state["target"], kind, attrs, who=who())
        return f"Added a link: {linking.title(state)}."

    done, problems = attempt(edit)
    if problems:
        return *_NO_REDRAW, no_update, _problems(problems)
    return *_redrawn(map_id, done["message"], shown), linking.done(state), None


# ----- the selected actor or link --------------------------------------------------------
@callback(
    Output(ids.DETAILS, "children"),
    Input(ids.SELECTION, "data"),
    Input(ids.EDITED, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,  # the layout fills the panel for the selection it opens with
)
def show_selection(selection: dict | None, _edited, map_id: int) -> Any:
    """The edit form of the selected actor or link, filled from the store."""
    if not selection:
        return _nothing_selected()
    try:
        pmap = get_store().load_map(map_id)
    except MapNotFound:
        raise PreventUpdate from None
    return _details(pmap, selection)


def _details(pmap: PartnershipMap, selection: dict) -> Any:
    """The edit form of the actor or link ``selection`` names."""
    if selection["type"] == "node":
        if selection["id"] not in pmap.graph:
            return html.P("This actor is no longer on the map.", className="text-secondary")
        record = pmap.node(selection["id"])
        heading = record.get("label", record["id"])
        body = form_fields(ids.FORM_ACTOR, record, _organisations(pmap))
        links = pmap.graph.degree(selection["id"])
        about = f"{links} link{'s' if links != 1 else ''}"
    else:
        try:
            record = pmap.edge(selection["id"])
        except KeyError:
            return html.P("This link is no longer on the map.", className="text-secondary")
        heading = linking.describe(pmap, record)
        body = form_fields(ids.FORM_LINK, record)
        about = "Link"
    return html.Div(
        [
            html.H2(heading, className="panel-heading"),
            html.P(about, className="text-secondary"),
            *body,
            html.Div(id=ids.DETAILS_FEEDBACK, role="status"),
            html.Div(
                [
                    dbc.Button("Save changes", id=ids.SAVE_SELECTED, color="primary"),
                    dbc.Button("Delete…", id=ids.DELETE_SELECTED, color="danger", outline=True),
                ],
                className="d-flex justify-content-between",
            ),
        ],
        className="panel-form",
        role="form",
        **{"aria-label": f"Edit {heading}"},
    )


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.DETAILS_FEEDBACK, "children"),
    Input(ids.SAVE_SELECTED, "n_clicks"),
    State(ids.field(ids.FORM_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_ACTOR, ALL), "id"),
    State(ids.field(ids.FORM_LINK, ALL), "value"),
    State(ids.field(ids.FORM_LINK, ALL), "id"),
    State(ids.SELECTION, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_selected(n, actor_values, actor_ids, link_values, link_ids, selection, map_id):
    """Save the edit form of the selected actor or link."""
    if not acted():
        raise PreventUpdate
    if not n or not selection:
        raise PreventUpdate
    store = get_store()
    if selection["type"] == "node":
        form = _form_values(actor_values, actor_ids)
        changes = from_inputs(ids.FORM_ACTOR, form, kind=form.get("kind"))

        def edit() -> str:
            store.update_node(map_id, selection["id"], changes, who=who())
            return f"Saved {changes.get('label') or selection['id']}."
    else:
        form = _form_values(link_values, link_ids)
        changes = from_inputs(ids.FORM_LINK, form, kind=form.get("kind"))

        def edit() -> str:
            store.update_edge(map_id, selection["id"], changes, who=who())
            return "Saved the link."

    done, problems = attempt(edit)
    if problems:
        return no_update, _problems(problems)
    return done, dbc.Alert("Saved.", color="success", duration=2500, class_name="py-2")


@callback(
    Output(ids.DELETE_MODAL, "is_open"),
    Output(ids.DELETE_TEXT, "children"),
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.SELECTION, "data", allow_duplicate=True),
    Input(ids.DELETE_SELECTED, "n_clicks"),
    Input(ids.DELETE_CONFIRM, "n_clicks"),
    Input(ids.DELETE_CANCEL, "n_clicks"),
    State(ids.SELECTION, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def delete_selected(ask, _confirm, _cancel, selection: dict | None, map_id: int) -> tuple:
    """Ask first, saying what goes with it; then delete the actor (and its links) or link."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if trigger == ids.DELETE_CANCEL or not selection:
        return False, no_update, no_update, no_update
    store = get_store()
    if trigger == ids.DELETE_SELECTED:
        if not ask:
            raise PreventUpdate
        return True, delete_question(store.load_map(map_id), selection), no_update, no_update
    if selection["type"] == "node":

        def edit() -> str:
            links = store.delete_node(map_id, selection["id"], who=who())
            return f"Deleted the actor and {links} link{'s' if links != 1 else ''}."
    else:

        def edit() -> str:
            store.delete_edge(map_id, selection["id"], who=who())
            return "Deleted the link."

    done, problems = attempt(edit)
    return False, no_update, done or signal(" ".join(problems)), None


# ----- adding actors, map details, undo, arranging, dragging ----------------------------
@callback(
    *_REDRAW,
    Output(ids.ADD_FEEDBACK, "children"),
    Output(ids.field(ids.FORM_NEW_ACTOR, "label"), "value"),
    Input(ids.ADD_SAVE, "n_clicks"),
    Input(ids.field(ids.FORM_NEW_ACTOR, "label"), "n_submit"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "id"),
    State(ids.MAP_ID, "data"),
    State(ids.ADD_FEEDBACK, "children"),
    *_SHOWN,
    prevent_initial_call=True,
)
def add_actor(_n, _submit, values: list, field_ids: list[dict], map_id: int, feedback, *shown):
    """Add an actor from the form, in a free spot near the middle of the map.

    The form stays open with the name cleared, ready for the next actor the room calls out;
    the status line says what was added, and the form speaks only of problems.
    """
    if not acted():
        raise PreventUpdate
    form = _form_values(values, field_ids)
    attrs = from_inputs(ids.FORM_NEW_ACTOR, form, kind=form.get("kind"))
    attrs = {key: value for key, value in attrs.items() if value is not None}
    store = get_store()

    def edit() -> str:
        store.add_node(map_id, attrs, who=who(), place=lambda pmap: free_spot(placed(pmap)))
        return f"Added {attrs.get('label', 'an actor')}."

    done, problems = attempt(edit)
    if problems:
        return *_NO_REDRAW, _problems(problems), no_update
    cleared = None if feedback else no_update
    return *_redrawn(map_id, done["message"], shown), cleared, ""


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.META_FEEDBACK, "children"),
    Input(ids.META_SAVE, "n_clicks"),
    State(ids.field(ids.FORM_MAP, ALL), "value"),
    State(ids.field(ids.FORM_MAP, ALL), "id"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_meta(_n, values: list, field_ids: list[dict], map_id: int) -> tuple:
    """Save the map's name, purpose, date, needed skills and notes."""
    if not acted():
        raise PreventUpdate
    changes = from_inputs(ids.FORM_MAP, _form_values(values, field_ids))

    def edit() -> str:
        get_store().update_meta(map_id, who=who(), **changes)
        return "Saved the map details."

    done, problems = attempt(edit)
    if problems:
        return no_update, _problems(problems)
    return done, dbc.Alert("Saved.", color="success", duration=2500, class_name="py-2")


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Input(ids.UNDO, "n_clicks"),
    Input(ids.REDO, "n_clicks"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def undo_redo(_undo, _redo, map_id: int) -> dict:
    """Step back or forward through this map's edits (anyone's, as the log is shared)."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    undoing = ctx.triggered_id == ids.UNDO
    step = store.undo(map_id, who=who()) if undoing else store.redo(map_id, who=who())
    if step is None:
        return signal("Nothing to undo." if undoing else "Nothing to redo.")
    return signal(f"{'Undone' if undoing else 'Redone'}: {step}.")


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.CANVAS, "layout"),
    Input({"type": "arrange", "layout": ALL}, "n_clicks"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def arrange_map(clicks: list, map_id: int) -> tuple:
    """Lay the map out again on the server, save the positions and animate to them."""
    if not acted():
        raise PreventUpdate
    if not any(clicks):
        raise PreventUpdate
    name = ctx.triggered_id["layout"]
    store = get_store()
    positions = arrange(store.load_map(map_id), name)

    def edit() -> str:
        store.move_nodes(map_id, positions, who=who())
        return f"Arranged: {LAYOUTS[name].split(' (')[0].lower()}. Undo puts it back."

    done, problems = attempt(edit)
    if problems:
        return signal(" ".join(problems)), no_update
    animate = len(positions) <= 500
    layout = {
        "name": "preset",
        "positions": {node: {"x": x, "y": y} for node, (x, y) in positions.items()},
        "animate": animate,
        "animationDuration": 450,
        "fit": True,
        "padding": 40,
    }
    return done, layout


@callback(
    *_REDRAW,
    Input(ids.MOVED, "data"),
    State(ids.MAP_ID, "data"),
    *_SHOWN,
    prevent_initial_call=True,
)
def keep_positions(moved: dict | None, map_id: int, *shown) -> tuple:
    """Save where actors were dragged to (reported by the canvas script in assets/), and
    redraw naming the batch saved: the canvas holds dropped actors until this answer.

    A refused move is redrawn too, so the actors go back to where the store has them."""
    if not moved or not moved.get("positions"):
        raise PreventUpdate
    positions = {node: (x, y) for node, (x, y) in moved["positions"].items()}

    def edit() -> str:
        get_store().move_nodes(map_id, positions, who=who())
        return ""

    _, problems = attempt(edit)
    return _redrawn(map_id, " ".join(problems), shown, saved=moved.get("batch"))


@callback(
    Output(ids.field_row(MATCH, ALL), "style"),
    Input(ids.field(MATCH, "kind"), "value"),
    State(ids.field_row(MATCH, ALL), "id"),
    prevent_initial_call=True,
)
def show_fields_for_kind(kind: str | None, row_ids: list[dict]) -> list:
    """Show only the fields that mean something for the chosen kind."""
    form = ctx.triggered_id["form"]
    return row_styles(form, kind, [row["name"] for row in row_ids])


# The canvas script patches the canvas itself; the output is for the page's opening (and a
# redraw arriving before the canvas is there).
clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="draw"),
    Output(ids.CANVAS, "elements"),
    Input(ids.DRAWN, "data"),
    State(ids.CANVAS, "id"),
    State(ids.MOVED, "id"),
    State(ids.TABS, "active_tab"),
    State(ids.HEALTH_DUE, "id"),
)

clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="fit"),
    Output(ids.FIT, "title"),
    Input(ids.FIT, "n_clicks"),
    State(ids.CANVAS, "id"),
    prevent_initial_call=True,
)


# ----- helpers ---------------------------------------------------------------------------
def _form_values(values: list, field_ids: list[dict]) -> dict[str, Any]:
    return {field_id["name"]: value for field_id, value in zip(field_ids, values, strict=True)}


def _problems(problems: list[str]) -> dbc.Alert:
    return dbc.Alert(
        [html.Strong("Not saved: "), html.Ul([html.Li(p) for p in problems], className="mb-0")],
        color="danger",
        class_name="py-2",
    )


__all__ = ["layout"]
