"""Where callbacks find the store: on the Flask app, never in a module global.

Several users and several worker processes share nothing but the database, so the only
thing kept on the server object is the store (a connection pool), set by ``create_app``.
"""

from __future__ import annotations

import dash
import flask

from mapper.store import Store

__all__ = ["STORE_KEY", "acted", "get_store"]

STORE_KEY = "MAPPER_STORE"


def get_store() -> Store:
    """The store of the app serving the current request."""
    return flask.current_app.config[STORE_KEY]


def acted() -> bool:
    """Whether the current callback was set off by the user (a click, a submit, a tap).

    Dash also runs callbacks when their inputs first appear on a page, with every input
    marked as changed but holding no value; those runs must not open dialogs or edit.
    """
    return any(item.get("value") for item in dash.ctx.triggered)
