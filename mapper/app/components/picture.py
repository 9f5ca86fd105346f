""" "Save picture": the map as a PNG or SVG file, drawn by cytoscape itself in the browser.

The picture is exactly what the canvas shows (positions, colours, labels), at twice the
screen's resolution for PNG; the whole map, not only the part in view.

SVG needs the cytoscape-svg extension, which dash-cytoscape ships only in its "extra"
bundle, a second build with every layout plugin: 1.4 MB that took a quarter of a second
to start on every opening of the editor. So the page loads the plain bundle, and the
canvas script (``assets/mapper.js``, ``withSvg``) fetches the extra one from
``SVG_SCRIPT`` when an SVG is first asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
import flask
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
)
from dash.exceptions import PreventUpdate

from mapper.app import ids as app_ids
from mapper.app.context import acted
from mapper.graph.model import slugify

__all__ = ["FORMATS", "SVG_SCRIPT", "ids", "picture_menu", "picture_request", "serve_svg_script"]

SVG_SCRIPT = "/_mapper/cytoscape-svg.js"
_EXTRA_BUNDLE = Path(cyto.__file__).parent / "dash_cytoscape_extra.min.js"

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
    REQUEST = "editor-picture-request"

    @staticmethod
    def item(fmt: str) -> dict[str, str]:
        return {"type": "editor-picture", "format": fmt}


def picture_menu() -> html.Div:
    """The toolbar's "Save picture" menu."""
    menu = dbc.DropdownMenu(
        [dbc.DropdownMenuItem(label, id=ids.item(fmt)) for fmt, (label, _) in FORMATS.items()],
        id=ids.MENU,
        label="Save picture",
        color="secondary",
    )
    return html.Div([menu, dcc.Store(id=ids.REQUEST, data={})], className="me-2")


def serve_svg_script(server: flask.Flask) -> None:
    """Serve dash-cytoscape's extra bundle at ``SVG_SCRIPT``, from the installed package
    (the app works offline), for the canvas script to fetch when an SVG is asked for."""
    server.add_url_rule(
        SVG_SCRIPT,
        "cytoscape_svg",
        lambda: flask.send_file(_EXTRA_BUNDLE, mimetype="text/javascript", max_age=86400),
    )


def picture_request(fmt: str, map_name: str) -> dict[str, Any]:
    """What the canvas's ``generateImage`` needs to download the map as ``fmt``.

    >>> picture_request("svg", "Riverside Carers' Partnership")["filename"]
    'riverside-carers-partnership'

    An SVG also names the script that can draw one (``script``, see the module's words).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown picture format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    return {
        "type": fmt,
        "action": "download",
        # the browser adds .png / .svg
        "filename": slugify(map_name) if map_name.strip() else "partnership-map",
        "options": FORMATS[fmt][1],
        **({"script": SVG_SCRIPT} if fmt == "svg" else {}),
    }


@callback(
    Output(ids.REQUEST, "data"),
    Input(ids.item("png"), "n_clicks"),
    Input(ids.item("svg"), "n_clicks"),
    State(app_ids.TITLE, "children"),
    prevent_initial_call=True,
)
def save_picture(_png: int | None, _svg: int | None, title: Any) -> dict[str, Any]:
    """What to ask cytoscape for; the canvas script below hands it to the canvas."""
    if not acted():
        raise PreventUpdate
    return picture_request(ctx.triggered_id["format"], title if isinstance(title, str) else "")


# Through the canvas script: an SVG waits for the script that can draw one.
clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="picture"),
    Output(app_ids.CANVAS, "generateImage"),
    Input(ids.REQUEST, "data"),
    State(app_ids.CANVAS, "id"),
    prevent_initial_call=True,
)
