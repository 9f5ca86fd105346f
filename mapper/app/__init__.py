"""The Dash app: the home page (all maps) and the editor of one map.

``create_app(store)`` builds a fresh app around a store; pages live in ``pages/`` (one
module each, with their own callbacks), component ids in ``ids.py``, and the logic the
callbacks call in plain, tested modules (``elements``, ``layouts``, ``forms``...).
Everything the browser loads is served by the app itself: no CDN, works offline.
"""

from __future__ import annotations

from pathlib import Path

import dash
import dash_bootstrap_components as dbc
from dash import ClientsideFunction, Input, Output, clientside_callback, dcc, html

from mapper.app import ids
from mapper.app.access import Access, guard, sign_out
from mapper.app.components.navbar import navbar_links
from mapper.app.components.picture import serve_svg_script
from mapper.app.components.presenting import DEFAULT_TEXT_SIZE
from mapper.app.context import STORE_KEY, WHO_LENGTH, who
from mapper.app.library import upload_request_bytes
from mapper.app.presence import serve_live
from mapper.app.respond import serve_survey_forms
from mapper.io.limits import Limits
from mapper.store import Store

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent


def _shell() -> html.Div:
    """What every page shares: the bar at the top and the page below it."""
    brand = html.A(
        [
            html.Span("◆", className="brand-mark", **{"aria-hidden": "true"}),
            html.Span("Partnership Mapper", className="brand-name"),
        ],
        href="/",
        className="navbar-brand",
    )
    name = html.Div(
        [
            dbc.Label(
                "Your name, kept with your edits and ticks",
                html_for=ids.WHO_NAME,
                class_name="visually-hidden",
            ),
            dbc.Input(
                id=ids.WHO_NAME,
                value=who(),
                placeholder="Your name",
                maxlength=WHO_LENGTH,
                size="sm",
                debounce=True,
                autocomplete="name",
            ),
        ],
        className="who-name",
    )
    bar = dbc.Navbar(
        dbc.Container(
            [
                brand,
                html.Nav(id=ids.NAVBAR, className="ms-auto", **{"aria-label": "Views"}),
                name,
                sign_out(),
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        class_name="app-navbar",
    )
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh="callback-nav"),
            dcc.Store(id=ids.TEXT_SIZE, storage_type="local", data=DEFAULT_TEXT_SIZE),
            bar,
            html.Main(dash.page_container, className="app-main"),
        ]
    )


def create_app(store: Store, access: Access | None = None) -> dash.Dash:
    """A new app serving the maps in ``store`` to whoever ``access`` lets in (by default:
    no password, answering to this machine's loopback names only).

    The app is ready before its first request: Dash fills its table of callbacks on the
    first request and marks that done before it is, so requests arriving together after
    a start would be told "Callback function not found".
    """
    app = dash.Dash(
        "mapper.app",
        use_pages=True,
        pages_folder=str(HERE / "pages"),
        assets_folder=str(HERE / "assets"),
        title="Partnership Mapper",
        update_title=None,
        suppress_callback_exceptions=True,
        serve_locally=True,
    )
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.server.config[STORE_KEY] = store
    app.server.config["MAX_CONTENT_LENGTH"] = upload_request_bytes(Limits.current())
    guard(app.server, store, access or Access())
    serve_svg_script(app.server)
    serve_survey_forms(app.server)
    serve_live(app.server)
    app.layout = _shell

    @app.callback(Output(ids.NAVBAR, "children"), Input(ids.URL, "pathname"))
    def _navbar(path: str | None) -> list:
        return navbar_links(path, dash.page_registry.values())

    clientside_callback(  # keeps the name in a cookie, where every callback reads it
        ClientsideFunction(namespace="mapper", function_name="rememberName"),
        Input(ids.WHO_NAME, "value"),
        prevent_initial_call=True,
    )

    clientside_callback(  # the text size chosen on this computer, on every page
        ClientsideFunction(namespace="mapper", function_name="textSize"),
        Input(ids.TEXT_SIZE, "data"),
    )

    with app.server.test_request_context("/"):
        app.server.preprocess_request()  # Dash's own first-request setup, done now
    return app
