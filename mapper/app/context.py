"""Where callbacks find the store: on the Flask app, never in a module global.

Several users and several worker processes share nothing but the database, so the only
thing kept on the server object is the store (a connection pool), set by ``create_app``.
"""

from __future__ import annotations

from typing import cast
from urllib.parse import unquote

import dash
import flask

from mapper.store import NAMELESS, NotAllowed, Store
from mapper.store.sharing import SharedStore

__all__ = [
    "GRANTS_KEY",
    "STORE_KEY",
    "WHO_COOKIE",
    "acted",
    "editor",
    "get_store",
    "may_edit",
    "shared",
    "who",
]

STORE_KEY = "MAPPER_STORE"
GRANTS_KEY = "mapper_grants"  # on flask.g: map id -> editable, for share-link visitors
WHO_COOKIE = "mapper_who"  # set by assets/mapper.js from the name field in the top bar
WHO_LENGTH = 60
TAB_HEADER = "X-Mapper-Tab"  # set by assets/mapper.js on every callback: the tab's own id


def get_store() -> Store:
    """The store of the app serving the current request: for a visitor who came in
    through share links, only the maps their links open (see ``mapper.app.access``)."""
    store = flask.current_app.config[STORE_KEY]
    grants = shared()
    return store if grants is None else cast(Store, SharedStore(store, grants))


def shared() -> dict[int, bool] | None:
    """For a visitor who came in through share links, map id -> whether they may edit
    it; ``None`` for everyone else (signed in, or no password is set)."""
    return flask.g.get(GRANTS_KEY)


def may_edit(map_id: int) -> bool:
    """Whether the current visitor may change map ``map_id``: anyone signed in (or on a
    server with no password), and a visitor whose share link for it is an edit link."""
    grants = shared()
    return grants is None or bool(grants.get(map_id))


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
    name = unquote(flask.request.cookies.get(WHO_COOKIE, "")).strip()[:WHO_LENGTH]
    return name.lstrip(NAMELESS).strip()  # a name never reads as a nameless tab's id


def editor() -> str:
    """Whose edit this is, for the change log and for Undo: the name given in the top
    bar, or for someone who gave none, their browser tab's own identity (``NAMELESS``
    and the tab's id), so that one nameless laptop never undoes another's edit."""
    name = who()
    if name:
        return name
    tab = "".join(c for c in flask.request.headers.get(TAB_HEADER, "") if c.isalnum())[:24]
    return f"{NAMELESS}{tab}" if tab else ""


def survey_store(map_id: int) -> Store:
    """The whole store, for a visitor allowed to see this map (survey tables are not a
    share link's to reach otherwise)."""
    grants = shared()
    if grants is not None and map_id not in grants:
        raise NotAllowed("A share link opens its own map only.")
    return flask.current_app.config[STORE_KEY]
