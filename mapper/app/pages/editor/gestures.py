"""Edits made on the canvas itself, as people expect from Kumu or Miro: drag from an
actor's handle to another to link them, double-click empty canvas to add an actor there,
double-click a name (or F2) to rename it in place.

The canvas script (``assets/mapper_habits.js``) reports each gesture in ``ids.GESTURE``;
this module turns it into one command of the edit session. Moving several actors at once
(shift-drag a box, then drag one of them) needs nothing here: the canvas script sends
their places together, saved as one edit and undone by one Undo (``canvas.keep_positions``).
"""

from __future__ import annotations

from typing import Any

from dash import (
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    no_update,
)
from dash.exceptions import PreventUpdate

from mapper.app import ids, linking, session
from mapper.app.context import editor, get_store, may_edit
from mapper.app.edits import signal
from mapper.app.pages.editor.canvas import NO_REDRAW, REDRAW, SHOWN, redraw_outputs

__all__ = ["command_for", "on_gesture"]


def command_for(gesture: dict[str, Any]) -> session.Command | None:
    """The edit a canvas gesture asks for (``None`` for a link: that opens the new-link
    dialog, which makes the edit). Unknown or empty gestures raise ``ValueError``.

    >>> command_for({"kind": "add", "label": " Food Bank ", "x": 10, "y": -5.5})
    AddActor(attrs={'label': 'Food Bank'}, confirmed=False, at=(10.0, -5.5))
    >>> command_for({"kind": "rename", "id": "a", "label": "B", "was": "A"}).changes
    {'label': 'B'}
    """
    kind = gesture.get("kind")
    if kind == "link":
        return None
    label = str(gesture.get("label") or "").strip()
    if kind == "add" and label:
        return session.AddActor(
            attrs={"label": label}, at=(float(gesture["x"]), float(gesture["y"]))
        )
    if kind == "rename" and label and gesture.get("id"):
        return session.UpdateFields(
            target="node",
            id=gesture["id"],
            changes={"label": label},
            based_on={"label": gesture.get("was")},
        )
    raise ValueError(f"not a canvas edit: {gesture!r}")


@callback(
    *REDRAW,
    Output(ids.LINK_STATE, "data", allow_duplicate=True),
    Output(ids.EDITED, "data", allow_duplicate=True),
    Input(ids.GESTURE, "data"),
    State(ids.LINK_STATE, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def on_gesture(gesture: dict | None, state: dict | None, map_id: int, *shown) -> tuple:
    """A gesture on the canvas: a drawn link opens the new-link dialog with both ends
    filled; an add or a rename is saved at once and redrawn. A question the edit would ask
    (a name already on the map) is said on the status line instead, and nothing is saved:
    the Add actor form asks it properly."""
    if not gesture or not may_edit(map_id):
        raise PreventUpdate
    try:
        command = command_for(gesture)
    except (ValueError, KeyError, TypeError):
        raise PreventUpdate from None
    if command is None:
        source, target = gesture.get("source"), gesture.get("target")
        if not source or not target or source == target:
            raise PreventUpdate
        labels = {source: gesture.get("sourceLabel"), target: gesture.get("targetLabel")}
        drawn = {
            "on": bool((state or linking.OFF).get("on")),
            "source": source,
            "target": target,
            "labels": {node: label or node for node, label in labels.items()},
        }
        return *NO_REDRAW, drawn, no_update
    outcome = session.apply(get_store(), map_id, command, editor())
    if outcome.question:  # only a name already on the map, as only a name is given
        first = outcome.question.split(". ")[0]
        first = first[0].lower() + first[1:]
        message = (
            f"Not renamed: {first}; rename it in the side panel to use the same name."
            if isinstance(command, session.UpdateFields)
            else f"Not added: {first}; use the Add actor form to add another of that name."
        )
        return *redraw_outputs(map_id, message, shown), no_update, no_update
    if not outcome.saved:
        message = "Not saved: " + " ".join(outcome.problems or (outcome.message,))
        return *redraw_outputs(map_id, message, shown), no_update, no_update
    return *redraw_outputs(map_id, outcome.message, shown), no_update, signal(outcome.message)


# People drawn inside their organisation: the canvas script moves them in and out of it.
clientside_callback(
    ClientsideFunction(namespace="mapper_habits", function_name="inside"),
    Output(ids.SHOW_INSIDE, "className"),
    Input(ids.SHOW_INSIDE, "value"),
    State(ids.CANVAS, "id"),
    prevent_initial_call=True,
)
