"""Running one edit from the browser against the store, and saying what happened.

Every editing callback goes through :func:`attempt`: the edit either succeeds and the
canvas is told to redraw, or fails with words the user can act on, and nothing changes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from mapper.app.linking import describe
from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.store import MapNotFound, StoreError

__all__ = ["attempt", "delete_question", "problem_text", "signal"]


def signal(message: str) -> dict[str, Any]:
    """The value put in the editor's "edited" store: a new one every time, so the canvas
    redraws even when the same message comes twice."""
    return {"message": message, "at": time.time_ns()}


def problem_text(error: Exception) -> list[str]:
    """The lines to show for a failed edit.

    >>> from mapper.graph.model import Problem
    >>> problem_text(MapValidationError([Problem("the new actor", "an id or a label",
    ...     "label")]))
    ["the new actor, column 'label': expected an id or a label"]
    """
    if isinstance(error, MapValidationError):
        return [str(problem) for problem in error.problems]
    if isinstance(error, MapNotFound):
        return ["This map no longer exists: someone may have deleted it. Go back to all maps."]
    return [str(error)]


def attempt(edit: Callable[[], str]) -> tuple[dict[str, Any] | None, list[str]]:
    """Run ``edit`` (which returns a message for the status line).

    Returns ``(signal, [])`` when it worked and ``(None, problems)`` when the model or the
    store refused it; any other exception is a bug and propagates.
    """
    try:
        message = edit()
    except (MapValidationError, StoreError) as error:
        return None, problem_text(error)
    return signal(message), []


def delete_question(pmap: PartnershipMap, selection: dict[str, str]) -> str:
    """What the confirmation asks, saying how many links go with an actor.

    >>> m = PartnershipMap(); a = m.add_node(label="A"); b = m.add_node(label="B")
    >>> _ = m.add_edge(a, b, "communicates"); _ = m.add_edge(b, a, "accountable_to")
    >>> delete_question(m, {"type": "node", "id": "a"})
    'Delete A? Its 2 links will be deleted too.'
    """
    if selection["type"] == "node":
        if selection["id"] not in pmap.graph:
            return "This actor is no longer on the map."
        links = pmap.graph.degree(selection["id"])
        label = pmap.label(selection["id"])
        if not links:
            return f"Delete {label}? It has no links."
        return f"Delete {label}? Its {links} link{'s' if links != 1 else ''} will be deleted too."
    try:
        edge = pmap.edge(selection["id"])
    except KeyError:
        return "This link is no longer on the map."
    return f"Delete the link “{describe(pmap, edge)}”?"
