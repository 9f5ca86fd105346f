"""Where callbacks find the store: on the Flask app, never in a module global.

Several users and several worker processes share nothing but the database, so the only
thing kept on the server object is the store (a connection pool), set by ``create_app``.
"""

from __future__ import annotations

from urllib.parse import unquote

import dash
import flask

from mapper.store import Store

__all__ = ["STORE_KEY", "WHO_COOKIE", "acted", "get_store", "who"]

STORE_KEY = "MAPPER_STORE"
WHO_COOKIE = "mapper_who"  # set by assets/mapper.js from the name field in the top bar
WHO_LENGTH = 60


def get_store() -> Store:
    """The store of the app serving the current request."""
    return flask.current_app.config[STORE_KEY]


def acted() -> bool:
    """Whether the current callback was set off by the user (a click, a submit, a tap).

    Dash also runs callbacks when their inputs first appear on a page, with every input
    marked as changed but holding no value; those runs must not open dialogs or edit.
    """
    return any(item.get("value") for item in dash.ctx.triggered)


def who() -> str:
    """The name this browser's user gave in the top bar ("" if none), recorded with every
    edit, tick and review. Read from a cookie, so that every callback has it without
    asking: the app has no sign-in, as a workshop's laptops are shared."""
    return unquote(flask.request.cookies.get(WHO_COOKIE, "")).strip()[:WHO_LENGTH]
