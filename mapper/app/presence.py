"""Other laptops' edits and who else is here, reached through one small, fast route.

An open editor asks ``GET /live/<map_id>?tab=...`` every :data:`LIVE_MS` milliseconds: the
answer is the map's version, a few bytes read from one row, and only when the version
moved does the page run the Dash callback that redraws (``assets/mapper.js``). Every
:data:`BEAT_EVERY`-th ask (``&beat=1``) also records the tab in the store's presence
table and answers who else has the map open; a closing tab posts ``/live/<map_id>/leave``.

The route passes the app's access check like every other request (``mapper.app.access``),
and reads through the visitor's store, so a share link's visitor reaches their map only.
Several worker processes share nothing but the database, so any worker can answer.
"""

from __future__ import annotations

import contextlib

import flask

from mapper.app.context import get_store, who
from mapper.store import MapNotFound

__all__ = ["BEAT_EVERY", "LIVE_MS", "here_words", "serve_live"]

LIVE_MS = 400  # how often an open editor asks for the version
BEAT_EVERY = 5  # every 5th ask (2 s) is also a heartbeat; gone after 6 s without one


def here_words(names: list[str]) -> str:
    """Who else has the map open, as the editor's top bar says it ("" for nobody).

    >>> here_words(["Bob"])
    'Also here: Bob'
    >>> here_words(["Alice", "Bob", "", ""])
    'Also here: Alice, Bob and 2 others without a name'
    >>> here_words([""])
    'Also here: someone without a name'
    >>> here_words(["Bob", ""])
    'Also here: Bob and someone without a name'
    """
    named = [name for name in names if name]
    nameless = len(names) - len(named)
    if nameless:
        others = "someone" if nameless == 1 else f"{nameless} others"
        named.append(f"{others} without a name")
    if not named:
        return ""
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    return f"Also here: {listed}"


def serve_live(server: flask.Flask) -> None:
    """Add the version-and-presence route and its leave route to ``server``."""
    server.add_url_rule("/live/<int:map_id>", "live", _live)
    server.add_url_rule("/live/<int:map_id>/leave", "leave", _leave, methods=["POST"])


def _live(map_id: int) -> flask.Response:
    store = get_store()
    tab = flask.request.args.get("tab", "")
    try:
        answer: dict = {"version": store.map_version(map_id)}
        if tab and flask.request.args.get("beat"):
            store.here(map_id, tab, who())
            answer["here"] = here_words(store.present(map_id, besides=tab))
    except MapNotFound:
        answer = {"version": None}
    response = flask.jsonify(answer)
    response.headers["Cache-Control"] = "no-store"
    return response


def _leave(map_id: int) -> tuple[str, int]:
    tab = flask.request.get_data(as_text=True)[:100]
    with contextlib.suppress(MapNotFound):  # a map one cannot see has no presence to end
        get_store().leave(map_id, tab)
    return "", 204
