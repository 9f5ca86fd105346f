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

from mapper.app import ids, linking, session
from mapper.app.canvas import Canvas, drawing, load_canvas
from mapper.app.components.dialog import dialog
from mapper.app.components.fields import form_fields, organisation_options, row_styles
from mapper.app.components.health import health_tab
from mapper.app.components.legend import legend
from mapper.app.components.picture import picture_menu
from mapper.app.components.views import change_line
from mapper.app.context import acted, get_store, who
from mapper.app.edits import delete_question, signal
from mapper.app.elements import View, stylesheet
from mapper.app.forms import changed_inputs, field_label, fields_for, from_inputs, to_inputs
from mapper.app.layouts import LAYOUTS
from mapper.content import load_content
from mapper.graph.model import (
    EDGE_FIELDS,
    EDGE_KINDS,
    MAP_FIELDS,
    NODE_FIELDS,
    NODE_KINDS,
    PartnershipMap,
)
from mapper.store import Conflict, MapNotFound

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
                        title="Undo your last change (Ctrl+Z); others' edits are theirs to undo",
                        class_name="me-1",
                    ),
                    dbc.Button(
                        "Redo",
                        id=ids.REDO,
                        color="secondary",
                        outline=True,
                        disabled=not canvas.can_redo,
                        title="Redo your last undone change (Ctrl+Y)",
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
                [
                    html.Div(
                        _details(canvas.pmap, selection) if selection else _nothing_selected(),
                        id=ids.DETAILS,
                    ),
                    # Outside the form, which is drawn again after each save: the saving
                    # callback must find it whatever is selected.
                    html.Div(id=ids.DETAILS_FEEDBACK, role="status", className="mt-3"),
                ],
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
        canvas = load_canvas(get_store(), int(map_id or ""), place=True, who=who())
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
            dialog(
                ids.CONFIRM_MODAL,
                "Are you sure?",
                ids.CONFIRM_TEXT,
                cancel=("Cancel", ids.CONFIRM_NO),
                confirm=("Yes, save it", ids.CONFIRM_YES),
            ),
            dcc.Store(id=ids.CONFIRM_FOR, data=""),
            dcc.Store(id=ids.FORM_BASE, data=_base(pmap, selection) if selection else {}),
            dcc.Store(id=ids.META_BASE, data={}),
            dcc.Store(id=ids.CONFLICTS, data={}),
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
    # "Works for" in the add form lists the organisations as they are now
    (ids.field(ids.FORM_NEW_ACTOR, "organisation"), "options"),
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
        canvas = load_canvas(get_store(), map_id, who=who())
    except MapNotFound:
        return no_update, no_update, no_update, True, True, "This map has been deleted.", no_update
    drawn = {**drawing(canvas, since=shown[0]), "saved": saved}
    works_for = organisation_options(_organisations(canvas.pmap))
    now = (
        canvas.version,
        canvas.pmap.name,
        not canvas.can_undo,
        not canvas.can_redo,
        message,
        works_for,
    )
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
    Output(ids.META_BASE, "data"),
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
        return [], legend() if tab == "key" else [], no_update
    store = get_store()
    try:
        pmap = store.load_map(map_id)
        return _meta_form(pmap, store.history(map_id)), [], dict(pmap.meta)
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
    command = session.AddLink(
        source=state["source"], target=state["target"], kind=kind, attrs=attrs
    )
    outcome = session.apply(get_store(), map_id, command, who())
    if not outcome.saved:
        return *_NO_REDRAW, no_update, _problems(outcome.problems)
    return *_redrawn(map_id, outcome.message, shown), linking.done(state), None


# ----- the selected actor or link --------------------------------------------------------
@callback(
    Output(ids.DETAILS, "children"),
    Output(ids.FORM_BASE, "data"),
    Output(ids.CONFLICTS, "data", allow_duplicate=True),
    Output(ids.DETAILS_FEEDBACK, "children", allow_duplicate=True),
    Input(ids.SELECTION, "data"),
    Input(ids.EDITED, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,  # the layout fills the panel for the selection it opens with
)
def show_selection(selection: dict | None, _edited, map_id: int) -> tuple:
    """The edit form of the selected actor or link, filled from the store, and the values
    it opens with (a save sends only what the user changed from these)."""
    if not selection:
        return _nothing_selected(), {}, {}, None
    try:
        pmap = get_store().load_map(map_id)
    except MapNotFound:
        raise PreventUpdate from None
    keep = no_update if ctx.triggered_id == ids.EDITED else None  # a problem stays shown
    return _details(pmap, selection), _base(pmap, selection), {}, keep


def _base(pmap: PartnershipMap, selection: dict) -> dict[str, Any]:
    """The stored values of the selected actor's or link's fields ({} if it has gone)."""
    form = ids.FORM_ACTOR if selection["type"] == "node" else ids.FORM_LINK
    try:
        record = (pmap.node if selection["type"] == "node" else pmap.edge)(selection["id"])
    except KeyError:
        return {}
    return {spec.name: record.get(spec.name) for spec in fields_for(form)}


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
            html.Div(
                [
                    dbc.Button("Save changes", id=ids.save_selected("form"), color="primary"),
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
    Output(ids.CONFLICTS, "data"),
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_TEXT, "children", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.save_selected(ALL), "n_clicks"),
    Input(ids.CONFIRM_YES, "n_clicks"),
    State(ids.field(ids.FORM_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_ACTOR, ALL), "id"),
    State(ids.field(ids.FORM_LINK, ALL), "value"),
    State(ids.field(ids.FORM_LINK, ALL), "id"),
    State(ids.SELECTION, "data"),
    State(ids.FORM_BASE, "data"),
    State(ids.CONFLICTS, "data"),
    State(ids.CONFIRM_FOR, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_selected(
    _clicks, _yes, actor_values, actor_ids, link_values, link_ids, selection, base,
    conflicts, asking, map_id,
):  # fmt: skip
    """Save what the user changed in the selected actor's or link's form, and only that.

    A field someone else changed since the form opened is not overwritten: both values are
    shown, and "Keep theirs" or "Save mine" settles it. A second lead partner or a name
    already on the map asks first."""
    trigger = ctx.triggered_id
    if not acted() or not selection or (trigger == ids.CONFIRM_YES and asking != "save"):
        raise PreventUpdate
    node = selection["type"] == "node"
    form = ids.FORM_ACTOR if node else ids.FORM_LINK
    values = _form_values(*((actor_values, actor_ids) if node else (link_values, link_ids)))
    changes, based_on = changed_inputs(form, values, base or {}, kind=values.get("kind"))
    pick = trigger.get("pick") if isinstance(trigger, dict) else None
    if pick == "mine":  # over the other person's values, which the user has now seen
        based_on.update({name: theirs for name, theirs in (conflicts or {}).items()})
    elif pick == "theirs":
        changes = {k: v for k, v in changes.items() if k not in (conflicts or {})}
        if not changes:
            return signal("Kept the other person's values."), None, {}, *_NO_QUESTION
    command = session.UpdateFields(
        target=selection["type"],
        id=selection["id"],
        changes=changes,
        based_on={k: v for k, v in based_on.items() if k in changes},
        confirmed=trigger == ids.CONFIRM_YES,
    )
    outcome = session.apply(get_store(), map_id, command, who())
    if outcome.question:
        return no_update, None, no_update, True, outcome.question, "save"
    if outcome.conflicts:
        panel = _conflict_panel(outcome.conflicts, EDGE_FIELDS if not node else NODE_FIELDS)
        theirs = {c.field: c.theirs for c in outcome.conflicts}
        return no_update, panel, theirs, *_NO_QUESTION
    if not outcome.saved:
        if outcome.problems:
            return no_update, _problems(list(outcome.problems)), no_update, *_NO_QUESTION
        return no_update, _note(outcome.message), no_update, *_NO_QUESTION
    return signal(outcome.message), None, {}, *_ANSWERED  # the status line says it


@callback(
    Output(ids.field(ids.FORM_ACTOR, ALL), "value", allow_duplicate=True),
    Output(ids.field(ids.FORM_LINK, ALL), "value", allow_duplicate=True),
    Output(ids.FORM_BASE, "data", allow_duplicate=True),
    Input(ids.VERSION, "data"),
    State(ids.field(ids.FORM_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_ACTOR, ALL), "id"),
    State(ids.field(ids.FORM_LINK, ALL), "value"),
    State(ids.field(ids.FORM_LINK, ALL), "id"),
    State(ids.SELECTION, "data"),
    State(ids.FORM_BASE, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def follow_selection(
    _version, actor_values, actor_ids, link_values, link_ids, selection, base, map_id
):  # fmt: skip
    """An open form follows other people's changes to the fields its user has not
    touched; a field the user is changing keeps what they typed, and the value it started
    from, so saving it over a newer value is still a conflict to settle."""
    if not selection or not base:
        raise PreventUpdate
    node = selection["type"] == "node"
    form = ids.FORM_ACTOR if node else ids.FORM_LINK
    values, field_ids = (actor_values, actor_ids) if node else (link_values, link_ids)
    try:
        stored = _base(get_store().load_map(map_id), selection)
    except MapNotFound:
        raise PreventUpdate from None
    if not stored or stored == base or not field_ids:
        raise PreventUpdate
    specs = fields_for(form)
    opened, now = to_inputs(base, specs), to_inputs(stored, specs)
    followed, kept = [], dict(stored)
    for field_id, value in zip(field_ids, values, strict=True):
        name = field_id["name"]
        if _same(value, now[name]):
            followed.append(no_update)
        elif _same(value, opened[name]):  # untouched: show the newer value
            followed.append(now[name])
        else:  # being changed here: keep it, and what it started from
            followed.append(no_update)
            kept[name] = base.get(name)
    others = []  # the other form is not on the page
    return (followed, others, kept) if node else (others, followed, kept)


def _same(shown: Any, other: Any) -> bool:
    """Whether two input values are the same (an emptied input may read None, "" or [])."""
    return (shown or None) == (other or None)


_NO_QUESTION = (no_update,) * 3  # the question dialog as it is
_ANSWERED = (False, no_update, "")  # closed after its "Yes"


def _note(text: str) -> dbc.Alert:
    return dbc.Alert(text, color="success", duration=2500, class_name="py-2")


def _conflict_panel(conflicts: tuple[Conflict, ...], specs: dict) -> dbc.Alert:
    """Both values of each field someone else changed since the form opened, and the two
    ways to settle it."""
    lines = [
        html.Li(
            f"{field_label(specs[c.field]) if c.field in specs else c.field}: "
            f"{c.who or 'someone else'} set {_shown(c.theirs)}; you set {_shown(c.yours)}."
        )
        for c in conflicts
    ]
    return dbc.Alert(
        [
            html.Strong("Changed by someone else since you opened this; nothing was saved."),
            html.Ul(lines, className="mb-2"),
            dbc.Button(
                "Keep theirs",
                id=ids.save_selected("theirs"),
                color="secondary",
                outline=True,
                class_name="me-2",
            ),
            dbc.Button("Save mine", id=ids.save_selected("mine"), color="primary"),
        ],
        color="warning",
        class_name="py-2",
    )


def _shown(value: Any) -> str:
    """A stored value as a user reads it in a sentence."""
    if value is None or value == []:
        return "nothing (not recorded)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(f"“{item}”" for item in value)
    return f"“{value}”"


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
    command = session.Delete(target=selection["type"], id=selection["id"])
    outcome = session.apply(store, map_id, command, who())
    return False, no_update, signal(outcome.message or " ".join(outcome.problems)), None


@callback(
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.CONFIRM_NO, "n_clicks"),
    prevent_initial_call=True,
)
def cancel_question(_n) -> tuple:
    """Cancel closes the question and saves nothing."""
    if not acted():
        raise PreventUpdate
    return False, ""


# ----- adding actors, map details, undo, arranging, dragging ----------------------------
@callback(
    *_REDRAW,
    Output(ids.ADD_FEEDBACK, "children"),
    Output(ids.field(ids.FORM_NEW_ACTOR, ALL), "value"),
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_TEXT, "children", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.ADD_SAVE, "n_clicks"),
    Input(ids.field(ids.FORM_NEW_ACTOR, "label"), "n_submit"),
    Input(ids.CONFIRM_YES, "n_clicks"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "id"),
    State(ids.MAP_ID, "data"),
    State(ids.ADD_FEEDBACK, "children"),
    State(ids.CONFIRM_FOR, "data"),
    *_SHOWN,
    prevent_initial_call=True,
)
def add_actor(
    _n, _submit, _yes, values: list, field_ids: list[dict], map_id: int, feedback, asking, *shown
):
    """Add an actor from the form, in a free spot near the middle of the map.

    The form stays open, ready for the next actor the room calls out, back to the
    defaults of the kind chosen: nothing else carries over to the next actor. A second
    lead partner or a name already on the map asks first. The status line says what was
    added; the form speaks only of problems.
    """
    confirmed = ctx.triggered_id == ids.CONFIRM_YES
    if not acted() or (confirmed and asking != "add"):
        raise PreventUpdate
    form = _form_values(values, field_ids)
    attrs = from_inputs(ids.FORM_NEW_ACTOR, form, kind=form.get("kind"))
    attrs = {key: value for key, value in attrs.items() if value is not None}
    command = session.AddActor(attrs=attrs, confirmed=confirmed)
    outcome = session.apply(get_store(), map_id, command, who())
    untouched = (no_update,) * len(field_ids)
    if outcome.question:
        return *_NO_REDRAW, no_update, untouched, True, outcome.question, "add"
    if not outcome.saved:
        return *_NO_REDRAW, _problems(list(outcome.problems)), untouched, *_NO_QUESTION
    cleared = None if feedback else no_update
    fresh = to_inputs({"kind": form.get("kind")}, fields_for(ids.FORM_NEW_ACTOR))
    reset = [fresh[field_id["name"]] for field_id in field_ids]
    closed = _ANSWERED if confirmed else _NO_QUESTION
    return *_redrawn(map_id, outcome.message, shown), cleared, reset, *closed


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.META_FEEDBACK, "children"),
    Output(ids.META_BASE, "data", allow_duplicate=True),
    Input(ids.META_SAVE, "n_clicks"),
    State(ids.field(ids.FORM_MAP, ALL), "value"),
    State(ids.field(ids.FORM_MAP, ALL), "id"),
    State(ids.META_BASE, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_meta(_n, values: list, field_ids: list[dict], base: dict, map_id: int) -> tuple:
    """Save what the user changed in the map's name, purpose, date, skills and notes; a
    field someone else changed meanwhile shows both values and is saved on a second
    press (the user has then seen theirs)."""
    if not acted():
        raise PreventUpdate
    changes, based_on = changed_inputs(ids.FORM_MAP, _form_values(values, field_ids), base)
    command = session.UpdateFields(target="map", changes=changes, based_on=based_on)
    outcome = session.apply(get_store(), map_id, command, who())
    if outcome.conflicts:
        seen = {**base, **{c.field: c.theirs for c in outcome.conflicts}}
        lines = [
            html.Li(
                f"{field_label(MAP_FIELDS[c.field])}: {c.who or 'someone else'} set "
                f"{_shown(c.theirs)}; you set {_shown(c.yours)}."
            )
            for c in outcome.conflicts
        ]
        words = "Changed by someone else since you opened this; nothing was saved. "
        words += "Press Save again to keep yours, or change it back."
        return no_update, dbc.Alert([words, html.Ul(lines)], color="warning"), seen
    if not outcome.saved:
        if outcome.problems:
            return no_update, _problems(list(outcome.problems)), no_update
        return no_update, _note(outcome.message), no_update
    return signal(outcome.message), _note("Saved."), dict(get_store().load_map(map_id).meta)


@callback(
    Output(ids.EDITED, "data", allow_duplicate=True),
    Input(ids.UNDO, "n_clicks"),
    Input(ids.REDO, "n_clicks"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def undo_redo(_undo, _redo, map_id: int) -> dict:
    """Step back or forward through this user's own edits (the name in the top bar)."""
    if not acted():
        raise PreventUpdate
    command = session.Undo() if ctx.triggered_id == ids.UNDO else session.Redo()
    outcome = session.apply(get_store(), map_id, command, who())
    return signal(outcome.message or " ".join(outcome.problems))


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
    command = session.Arrange(layout=ctx.triggered_id["layout"])
    outcome = session.apply(get_store(), map_id, command, who())
    if not outcome.saved:
        return signal(" ".join(outcome.problems)), no_update
    positions = outcome.result
    layout = {
        "name": "preset",
        "positions": {node: {"x": x, "y": y} for node, (x, y) in positions.items()},
        "animate": len(positions) <= 500,
        "animationDuration": 450,
        "fit": True,
        "padding": 40,
    }
    return signal(outcome.message), layout


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
    outcome = session.apply(get_store(), map_id, session.Move(positions=positions), who())
    return _redrawn(map_id, " ".join(outcome.problems), shown, saved=moved.get("batch"))


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
