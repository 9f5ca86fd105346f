""" "Save picture": the map as a PNG or SVG file, drawn by cytoscape itself in the browser.

The picture is exactly what the canvas shows (positions, colours, labels), at twice the
screen's resolution for PNG; the whole map, not only the part in view. SVG needs the
cytoscape-svg extension, which dash-cytoscape ships in its "extra" bundle: loading it
(below) makes every page serve that bundle instead of the plain one.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import Input, Output, State, callback, ctx
from dash.exceptions import PreventUpdate

from mapper.app import ids as app_ids
from mapper.app.context import acted
from mapper.graph.model import slugify

__all__ = ["FORMATS", "ids", "picture_menu", "picture_request"]

cyto.load_extra_layouts()  # the bundle with cytoscape-svg; must run before the app serves

# format -> (menu label, cytoscape's options for it)
FORMATS: dict[str, tuple[str, dict[str, Any]]] = {
    "png": (
        "PNG image (slides, documents, email)",
        {"full": True, "scale": 2, "bg": "#ffffff", "maxWidth": 8000, "maxHeight": 8000},
    ),
    "svg": ("SVG drawing (sharp at any size, for print)", {"full": True, "bg": "#ffffff"}),
}


class ids:
    """This component's ids (the all-in-one component convention)."""

    MENU = "editor-picture"

    @staticmethod
    def item(fmt: str) -> dict[str, str]:
        return {"type": "editor-picture", "format": fmt}


def picture_menu() -> dbc.DropdownMenu:
    """The toolbar's "Save picture" menu."""
    return dbc.DropdownMenu(
        [dbc.DropdownMenuItem(label, id=ids.item(fmt)) for fmt, (label, _) in FORMATS.items()],
        id=ids.MENU,
        label="Save picture",
        color="secondary",
        class_name="me-2",
    )


def picture_request(fmt: str, map_name: str) -> dict[str, Any]:
    """What the canvas's ``generateImage`` needs to download the map as ``fmt``.

    >>> picture_request("svg", "Riverside Carers' Partnership")["filename"]
    'riverside-carers-partnership'
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown picture format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    return {
        "type": fmt,
        "action": "download",
        # the browser adds .png / .svg
        "filename": slugify(map_name) if map_name.strip() else "partnership-map",
        "options": FORMATS[fmt][1],
    }


@callback(
    Output(app_ids.CANVAS, "generateImage"),
    Input(ids.item("png"), "n_clicks"),
    Input(ids.item("svg"), "n_clicks"),
    State(app_ids.TITLE, "children"),
    prevent_initial_call=True,
)
def save_picture(_png: int | None, _svg: int | None, title: Any) -> dict[str, Any]:
    """Ask cytoscape to draw the map and download it."""
    if not acted():
        raise PreventUpdate
    return picture_request(ctx.triggered_id["format"], title if isinstance(title, str) else "")
