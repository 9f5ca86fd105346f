"""Reading the map from the back of the room: zoom, full screen, a text size remembered per
computer, and the list of keyboard shortcuts.

The text size lives in a local ``dcc.Store`` in the page shell (``ids.TEXT_SIZE``), so
every page of this computer's browser reads it; the editor's labels grow with it through
``text_scale``. Zooming and full screen happen in the browser (``assets/presenting.js``).
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, dcc, html

from mapper.app import ids

__all__ = [
    "DEFAULT_TEXT_SIZE",
    "SHORTCUTS",
    "TEXT_SIZES",
    "dropdowns_ready",
    "reading_controls",
    "shortcuts_dialog",
    "text_scale",
]

# name -> (words on the menu, how much larger than normal labels and page text are drawn)
TEXT_SIZES: dict[str, tuple[str, float]] = {
    "normal": ("Normal", 1.0),
    "large": ("Large", 1.3),
    "x-large": ("Extra large", 1.6),
}
DEFAULT_TEXT_SIZE = "normal"

# (keys, what they do): shown in the "Keyboard shortcuts" dialog; assets/presenting.js
# and assets/mapper.js act on them.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("N", "Add an actor: opens the Add tab with the cursor in the name box"),
    ("Enter", "In the name box: add the actor, ready for the next name"),
    ("L", "Draw a link: type the name it starts from, Enter, the name it goes to, Enter"),
    ("Enter", "In the new link's dialog: add the link (arrow keys pick its kind)"),
    ("F", "Full screen with the panels hidden (F or Esc again to leave)"),
    ("+  /  −", "Zoom in / zoom out"),
    ("0", "Fit the whole map to the screen"),
    ("Ctrl+Z  /  Ctrl+Y", "Undo / redo your last change"),
    ("Esc", "Stop drawing links, or close a dialog"),
    ("?", "This list"),
)


def text_scale(size: str | None) -> float:
    """How much larger than normal to draw text at ``size`` (unknown sizes: normal).

    >>> text_scale("large"), text_scale(None), text_scale("huge")
    (1.3, 1.0, 1.0)
    """
    return TEXT_SIZES.get(size or "", TEXT_SIZES[DEFAULT_TEXT_SIZE])[1]


def _button(label: str, button_id: str, title: str) -> html.Button:
    """A small button; not dbc's, which cannot carry an aria-label."""
    return html.Button(
        label,
        id=button_id,
        type="button",
        className="btn btn-light reading-button",
        title=title,
        **{"aria-label": title},
    )


def dropdowns_ready() -> html.Div:
    """A hidden dropdown, drawn with the page, for a page whose first dropdown comes on a
    screen drawn later (a workshop step).

    Dash's dropdown code is loaded on demand (``React.lazy``): the first dropdown of a page
    load is left out until that code is in, and React puts off drawing it while keys are
    being pressed. A step drawn while the room types could lack its dropdown for seconds,
    and Tab went past it. Drawn once with the page, every later dropdown is drawn at once.
    """
    return html.Div(dcc.Dropdown(options=[]), hidden=True)


def reading_controls() -> html.Div:
    """The buttons over the canvas's corner: zoom, fit, text size, full screen, shortcuts.
    They stay in view in full screen, where everything else is hidden."""
    sizes = dbc.Select(
        id=ids.TEXT_SIZE_PICK,
        options=[
            {"label": f"Text: {words}", "value": name} for name, (words, _) in TEXT_SIZES.items()
        ],
        value=DEFAULT_TEXT_SIZE,
        size="sm",
        class_name="reading-size",
    )
    return html.Div(
        [
            _button("+", ids.ZOOM_IN, "Zoom in (+)"),
            _button("−", ids.ZOOM_OUT, "Zoom out (−)"),
            _button("Fit", ids.FIT, "Fit the whole map to the screen (0)"),
            html.Label(
                "Text size, remembered on this computer",
                htmlFor=ids.TEXT_SIZE_PICK,
                className="visually-hidden",
            ),
            sizes,
            _button("Full screen", ids.PRESENT, "Full screen, panels hidden (F)"),
            _button("?", ids.SHORTCUTS_OPEN, "Keyboard shortcuts (?)"),
        ],
        className="reading-controls",
        role="toolbar",
        **{"aria-label": "Zoom and reading size"},
    )


def shortcuts_dialog() -> dbc.Modal:
    """The "Keyboard shortcuts" dialog, opened by its button or the "?" key."""
    rows = [
        html.Tr([html.Th(html.Kbd(keys), scope="row"), html.Td(what)]) for keys, what in SHORTCUTS
    ]
    title_id = f"{ids.SHORTCUTS_MODAL}-title"
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle("Keyboard shortcuts", id=title_id)),
            dbc.ModalBody(
                [
                    html.P(
                        "On the map page, when the cursor is not in a box you are typing in:",
                        className="text-secondary",
                    ),
                    html.Table(html.Tbody(rows), className="table shortcuts-table mb-0"),
                ]
            ),
            dbc.ModalFooter(dbc.Button("Close", id=ids.SHORTCUTS_CLOSE, color="secondary")),
        ],
        id=ids.SHORTCUTS_MODAL,
        is_open=False,
        labelledby=title_id,
    )


@callback(
    Output(ids.SHORTCUTS_MODAL, "is_open"),
    Input(ids.SHORTCUTS_OPEN, "n_clicks"),
    Input(ids.SHORTCUTS_CLOSE, "n_clicks"),
    State(ids.SHORTCUTS_MODAL, "is_open"),
    prevent_initial_call=True,
)
def toggle_shortcuts(_open: int | None, _close: int | None, is_open: bool | None) -> bool:
    return not is_open


# The picker shows the stored size as the editor opens (the store itself is older than the
# page: it lives in the shell) and the store follows the picker.
clientside_callback(
    f"""function (_, stored) {{
        const keep = window.dash_clientside.no_update;
        return stored && stored !== "{DEFAULT_TEXT_SIZE}" ? stored : keep;
    }}""",
    Output(ids.TEXT_SIZE_PICK, "value"),
    Input(ids.TEXT_SIZE_PICK, "id"),
    State(ids.TEXT_SIZE, "data"),
)
clientside_callback(
    "function (picked) { return picked; }",
    Output(ids.TEXT_SIZE, "data", allow_duplicate=True),
    Input(ids.TEXT_SIZE_PICK, "value"),
    prevent_initial_call=True,
)
for _button_id, _function in (
    (ids.ZOOM_IN, "zoomIn"),
    (ids.ZOOM_OUT, "zoomOut"),
    (ids.PRESENT, "present"),
):
    clientside_callback(
        ClientsideFunction(namespace="mapper", function_name=_function),
        Input(_button_id, "n_clicks"),
        State(ids.CANVAS, "id"),
        prevent_initial_call=True,
    )
