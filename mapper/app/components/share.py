"""Sharing a map from its page: the Share button and dialog, or what a share link allows.

Someone signed in (or anyone, on a laptop with no password) gets a Share button beside the
map's title: its dialog makes view and edit links, shows each new link once (only a hash
of its token is kept), lists the links that work and revokes them. A visitor who came in
through a share link gets a line saying what their link lets them do instead. The server
enforces all of it (see ``mapper.app.access``): this is only what the page shows.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
import flask
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.access import ACCESS_KEY
from mapper.app.components.views import when
from mapper.app.context import acted, get_store, shared, who
from mapper.store import ShareLink

__all__ = ["share_hook"]

ABOUT = (
    "A share link opens this map, and only this map, to whoever has it, without the "
    "password. A view link lets them look; an edit link lets them change the map too. "
    "Send each link only to the people it is meant for, and revoke it when they are done."
)
NO_PASSWORD = (
    "This Partnership Mapper has no password, so anyone who can open it can already see "
    "and change every map. Share links matter once it is started with a password "
    "(see 'Hosting' in the README)."
)


def share_hook(map_id: int) -> html.Div:
    """What the page of map ``map_id`` shows about sharing, beside its title."""
    grants = shared()
    if grants is not None:
        editing = grants.get(map_id, False)
        words = (
            "You opened this map with an edit link: your changes are saved for everyone."
            if editing
            else "You opened this map with a view link: you can look at it, not change it."
        )
        return html.Div(words, className="share-note text-secondary", role="note")
    return html.Div(
        [
            dbc.Button("Share…", id=ids.SHARE_OPEN, color="secondary", outline=True),
            dcc.Store(id=ids.SHARE_MAP, data=map_id),
            _dialog(),
        ],
        className="share-hook",
    )


def _dialog() -> dbc.Modal:
    warning = None
    if flask.current_app.config[ACCESS_KEY].password is None:
        warning = dbc.Alert(NO_PASSWORD, color="warning", class_name="py-2")
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle("Share this map", id=f"{ids.SHARE_MODAL}-title")),
            dbc.ModalBody(
                [
                    html.P(ABOUT),
                    warning,
                    html.Div(
                        [
                            dbc.Button(
                                "New view link",
                                id=ids.SHARE_NEW_VIEW,
                                color="primary",
                                class_name="me-2",
                            ),
                            dbc.Button(
                                "New edit link",
                                id=ids.SHARE_NEW_EDIT,
                                color="primary",
                                outline=True,
                            ),
                        ],
                        className="mb-3",
                    ),
                    html.Div(id=ids.SHARE_NEW, role="status"),
                    html.Div(id=ids.SHARE_LIST),
                ]
            ),
            dbc.ModalFooter(dbc.Button("Close", id=ids.SHARE_CLOSE, color="secondary")),
        ],
        id=ids.SHARE_MODAL,
        labelledby=f"{ids.SHARE_MODAL}-title",
        is_open=False,
        size="lg",
    )


@callback(
    Output(ids.SHARE_MODAL, "is_open"),
    Input(ids.SHARE_OPEN, "n_clicks"),
    Input(ids.SHARE_CLOSE, "n_clicks"),
    prevent_initial_call=True,
)
def open_dialog(_open: int | None, _close: int | None) -> bool:
    if not acted():
        raise PreventUpdate
    return ctx.triggered_id == ids.SHARE_OPEN


@callback(
    Output(ids.SHARE_NEW, "children"),
    Output(ids.SHARE_LIST, "children"),
    Input(ids.SHARE_OPEN, "n_clicks"),
    Input(ids.SHARE_NEW_VIEW, "n_clicks"),
    Input(ids.SHARE_NEW_EDIT, "n_clicks"),
    Input(ids.share_revoke(ALL), "n_clicks"),
    State(ids.SHARE_MAP, "data"),
    prevent_initial_call=True,
)
def act(_open, _view, _edit, _revoke, map_id: int) -> tuple:
    """Make a link (shown this once), or revoke one; then list the links that work."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    trigger = ctx.triggered_id
    new: Any = None
    if trigger in (ids.SHARE_NEW_VIEW, ids.SHARE_NEW_EDIT):
        link, token = store.share(map_id, can_edit=trigger == ids.SHARE_NEW_EDIT, who=who())
        new = _new_link(link, f"{flask.request.host_url}share/{token}")
    elif isinstance(trigger, dict):
        link = store.revoke_share_link(map_id, trigger["link"])
        new = dbc.Alert(
            f"Revoked the {link.kind} link: it no longer opens the map.",
            color="success",
            class_name="py-2",
        )
    return new, _link_list(store.share_links(map_id))


def _new_link(link: ShareLink, url: str) -> html.Div:
    label = f"New {link.kind} link: copy it now, it is not shown again"
    return html.Div(
        [
            dbc.Label(label, html_for=ids.SHARE_NEW + "-url", class_name="fw-semibold"),
            dbc.Input(id=ids.SHARE_NEW + "-url", value=url, readonly=True, class_name="mb-3"),
        ]
    )


def _link_list(links: list[ShareLink]) -> html.Div:
    working = [link for link in links if link.revoked_at is None]
    revoked = len(links) - len(working)
    rows = [
        html.Li(
            [
                html.Span(
                    f"{link.kind.capitalize()} link, made {when(link.created_at)}"
                    + (f" by {link.who}" if link.who else "")
                ),
                dbc.Button(
                    "Revoke",
                    id=ids.share_revoke(link.id),
                    color="danger",
                    outline=True,
                    size="sm",
                ),
            ],
            className="d-flex justify-content-between align-items-center mb-2",
        )
        for link in working
    ]
    note = f"{revoked} revoked link{'s' if revoked != 1 else ''} no longer work." if revoked else ""
    return html.Div(
        [
            html.H3("Links that work", className="legend-title"),
            html.Ul(rows, className="list-unstyled") if rows else html.P("None."),
            html.P(note, className="text-secondary") if note else None,
        ]
    )
