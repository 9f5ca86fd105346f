"""The workshop's pack: the map's picture, the agreed actions and the findings
discussed, as one printable page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app.components.picture import FORMATS
from mapper.app.context import acted, get_store
from mapper.app.elements import map_elements, stylesheet
from mapper.app.layouts import placed
from mapper.app.pages.workshop.shared import ids
from mapper.app.workshop import WorkshopStep, workshop_pack
from mapper.io.pack import pack_filename, pack_html


def pack_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    pmap = get_store().load_map(map_id)
    return [
        html.Div(
            [
                dbc.Button("Print or save as PDF", id=ids.PRINT, color="primary"),
                dbc.Button(
                    "Download the pack (printable HTML)",
                    id=ids.SAVE_PACK,
                    color="primary",
                    outline=True,
                ),
                dcc.Download(id=ids.DOWNLOAD),
            ],
            className="ws-pack-buttons",
        ),
        html.Div(
            [
                cyto.Cytoscape(
                    id=ids.PICTURE,
                    elements=map_elements(pmap, placed(pmap)),
                    stylesheet=stylesheet(),
                    layout={"name": "preset", "fit": True, "padding": 30},
                    style={"width": "100%", "height": "52vh"},  # as high as the preview beside
                    userZoomingEnabled=False,
                    userPanningEnabled=False,
                    autoungrabify=True,
                ),
                html.Iframe(id=ids.PREVIEW, title="The workshop pack, as it prints"),
            ],
            className="ws-pack-view",
        ),
    ]


# ----- the pack ---------------------------------------------------------------------------
@callback(
    Output(ids.PICTURE, "generateImage"),
    Input(ids.PICTURE, "elements"),
)
def draw_picture(_elements) -> dict[str, Any]:
    """Ask the canvas for its picture, kept in the page (the pack carries it inside)."""
    return {"type": "png", "action": "store", "options": FORMATS["png"][1]}


@callback(
    Output(ids.PREVIEW, "srcDoc"),
    Input(ids.PICTURE, "imageData"),
    State(ids.MAP, "data"),
)
def preview_pack(picture: str | None, map_id: int) -> str:
    """The pack as it prints, with the picture once the canvas has drawn it."""
    return pack_html(workshop_pack(get_store(), map_id, picture, dt.date.today()))


@callback(
    Output(ids.DOWNLOAD, "data"),
    Input(ids.SAVE_PACK, "n_clicks"),
    State(ids.PICTURE, "imageData"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def download_pack(_click, picture: str | None, map_id: int) -> dict:
    if not acted():
        raise PreventUpdate
    pack = workshop_pack(get_store(), map_id, picture, dt.date.today())
    return dcc.send_string(pack_html(pack), pack_filename(pack))


clientside_callback(
    ClientsideFunction(namespace="workshop", function_name="printPack"),
    Output(ids.PRINT, "title"),
    Input(ids.PRINT, "n_clicks"),
    State(ids.PREVIEW, "id"),
    prevent_initial_call=True,
)
