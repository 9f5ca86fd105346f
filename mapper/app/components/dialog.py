"""The one shape of a question the app asks: a title, a body, Cancel and a confirm button."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc

__all__ = ["dialog"]


def dialog(
    modal_id: str,
    title: str,
    body: Any,
    cancel: tuple[str, str],
    confirm: tuple[str, str],
    danger: bool = False,
) -> dbc.Modal:
    """A closed dialog; ``cancel`` and ``confirm`` are (label, id). ``body`` is the body's
    children, or the id (a str) of a body filled by a callback."""
    cancel_label, cancel_id = cancel
    confirm_label, confirm_id = confirm
    content = dbc.ModalBody(id=body) if isinstance(body, str) else dbc.ModalBody(body)
    title_id = f"{modal_id}-title"  # names the dialog for screen readers
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle(title, id=title_id)),
            content,
            dbc.ModalFooter(
                [
                    dbc.Button(cancel_label, id=cancel_id, color="secondary", outline=True),
                    dbc.Button(
                        confirm_label, id=confirm_id, color="danger" if danger else "primary"
                    ),
                ]
            ),
        ],
        id=modal_id,
        is_open=False,
        labelledby=title_id,
    )
