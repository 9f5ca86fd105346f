"""The editor's page: its address, the toolbar and the layout drawn from the store."""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import dcc, html

from mapper.app import ids, linking
from mapper.app.canvas import Canvas, load_canvas
from mapper.app.components.dialog import dialog
from mapper.app.components.picture import picture_menu
from mapper.app.components.presenting import reading_controls, shortcuts_dialog
from mapper.app.components.share import share_hook
from mapper.app.context import editor, get_store, may_edit
from mapper.app.elements import View, stylesheet
from mapper.app.layouts import LAYOUTS
from mapper.app.pages.editor import gestures  # noqa: F401  (its callbacks)
from mapper.app.pages.editor.keyboard import link_pickers
from mapper.app.pages.editor.link_dialog import link_modal
from mapper.app.pages.editor.side_panel import form_base, side_tabs
from mapper.store import MapNotFound

dash.register_page(
    __name__,
    path_template="/maps/<map_id>",
    name="Map",
    title="Map · Partnership Mapper",
    map_view="",
    order=100,  # after the map views: its template /maps/<map_id> would match theirs too
)


# ----- layout ----------------------------------------------------------------------------
def _toolbar(canvas: Canvas, editable: bool) -> html.Div:
    """The tools above the map; those that change it are off for a view link."""
    arrange_menu = dbc.DropdownMenu(
        [
            dbc.DropdownMenuItem(label, id={"type": "arrange", "layout": name})
            for name, label in LAYOUTS.items()
        ],
        label="Arrange",
        color="secondary",
        class_name="me-2",
        disabled=not editable,
    )
    return html.Div(
        [
            dbc.Button(
                "+ Add actor",
                id=ids.ADD_BUTTON,
                color="primary",
                class_name="me-2",
                disabled=not editable,
            ),
            dbc.Button(
                "Draw a link",
                id=ids.LINK_BUTTON,
                color="primary",
                outline=True,
                class_name="me-2",
                disabled=not editable,
            ),
            arrange_menu,
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
                        disabled=not (editable and canvas.can_undo),
                        title="Undo your last change (Ctrl+Z); others' edits are theirs to undo",
                        class_name="me-1",
                    ),
                    dbc.Button(
                        "Redo",
                        id=ids.REDO,
                        color="secondary",
                        outline=True,
                        disabled=not (editable and canvas.can_redo),
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
        canvas = load_canvas(get_store(), int(map_id or ""), place=True, who=editor())
    except (MapNotFound, ValueError):
        return _not_found(map_id)
    pmap = canvas.pmap
    selection = {"type": "node", "id": select} if select in pmap.graph else None
    lit = (select,) if selection else ()
    editable = may_edit(canvas.map_id)
    header = html.Div(
        [
            html.Div(
                [
                    html.H1(pmap.name, id=ids.TITLE, className="map-title"),
                    html.P(pmap.purpose, className="map-purpose") if pmap.purpose else None,
                ],
                className="flex-grow-1 map-heading",
            ),
            html.Div(
                id=ids.PRESENCE,
                className="presence",
                role="status",
                title="Who else has this map open now, by the names they gave",
                **{"data-map": canvas.map_id, "data-version": canvas.version},
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
                boxSelectionEnabled=editable,  # shift-drag a box to pick several
                className="canvas",
                style={"width": "100%", "height": "100%"},
            ),
            reading_controls(),
        ],
        className="canvas-box",
    )
    return html.Div(
        [
            header,
            _toolbar(canvas, editable),
            html.Div(
                id=ids.STATUS, className="status-line", role="status", **{"aria-live": "polite"}
            ),
            html.Div(
                [
                    canvas_box,
                    html.Aside(  # it scrolls: focusable so the keyboard can scroll it too
                        [link_pickers(), side_tabs(canvas, selection)],
                        className="side-panel",
                        tabIndex=0,
                        **{"aria-label": "Side panel"},
                    ),
                ],
                className="editor-body",
            ),
            _delete_modal(),
            link_modal(),
            shortcuts_dialog(),
            dialog(
                ids.CONFIRM_MODAL,
                "Are you sure?",
                ids.CONFIRM_TEXT,
                cancel=("Cancel", ids.CONFIRM_NO),
                confirm=("Yes, save it", ids.CONFIRM_YES),
            ),
            dcc.Store(id=ids.CONFIRM_FOR, data=""),
            dcc.Store(id=ids.FORM_BASE, data=form_base(pmap, selection) if selection else {}),
            dcc.Store(id=ids.META_BASE, data={}),
            dcc.Store(id=ids.CONFLICTS, data={}),
            dcc.Store(id=ids.META_CONFLICTS, data={}),
            dcc.Store(id=ids.FOLLOW),
            dcc.Store(id=ids.FOLLOWED),
            dcc.Store(id=ids.WORKS_FOR_DUE),
            dcc.Store(id=ids.MAP_ID, data=canvas.map_id),
            dcc.Store(id=ids.VERSION, data=canvas.version),
            dcc.Store(id=ids.EDITED),
            dcc.Store(id=ids.MOVED),
            dcc.Store(id=ids.GESTURE),
            dcc.Store(id=ids.DRAWN, data={}),  # empty: the canvas has its elements
            # Never data=None: a memory Store given None sets it again as it mounts, which
            # sets off the restyle and the side panel's callbacks for nothing.
            dcc.Store(id=ids.HIGHLIGHT, data={"nodes": [select], "edges": []} if selection else {}),
            dcc.Store(id=ids.SELECTION, data=selection or {}),
            dcc.Store(id=ids.LINK_STATE, data=linking.OFF),
            dcc.Store(id=ids.LIVE),  # see mapper.app.presence
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


__all__ = ["layout"]
