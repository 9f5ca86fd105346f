"""Drawing a link by clicking: the small state machine behind the editor's link mode.

dash-cytoscape cannot draw edges (plotly/dash-cytoscape#133), so the editor keeps this
state in a ``dcc.Store``: off -> waiting for the source -> waiting for the target -> the
kind is picked in a dialog. The state is a plain dict (with the labels of the two
actors, for the words on screen) so it survives the round trip to the browser.
"""

from __future__ import annotations

from typing import Any

from mapper.content import load_content
from mapper.graph.model import PartnershipMap

__all__ = ["OFF", "describe", "done", "prompt", "start", "swap", "tap", "title", "toggle"]

LinkState = dict[str, Any]

OFF: LinkState = {"on": False, "source": None, "target": None, "labels": {}}


def start() -> LinkState:
    """Link mode on, waiting for the actor the link starts from."""
    return {"on": True, "source": None, "target": None, "labels": {}}


def toggle(state: LinkState | None) -> LinkState:
    """The link button: on when off, off (forgetting a half-drawn link) when on."""
    return dict(OFF) if (state or OFF)["on"] else start()


def tap(state: LinkState | None, node_id: str, label: str | None = None) -> LinkState:
    """The state after the user clicks actor ``node_id``.

    >>> s = tap(start(), "a", "Age UK"); s["source"]
    'a'
    >>> tap(s, "a")["target"] is None     # clicking the source again does nothing
    True
    >>> tap(s, "b")["target"]
    'b'
    >>> tap(OFF, "a") == OFF              # outside link mode a click only selects
    True
    """
    state = dict(state or OFF)
    if not state["on"]:
        return state
    labels = {**state.get("labels", {}), node_id: label or node_id}
    if state["source"] is None or state["target"] is not None:
        return {"on": True, "source": node_id, "target": None, "labels": labels}
    if node_id == state["source"]:
        return state
    return {**state, "target": node_id, "labels": labels}


def done(state: LinkState) -> LinkState:
    """After a link is added or the dialog cancelled: ready for the next link."""
    return start() if state.get("on") else dict(OFF)


def swap(state: LinkState) -> LinkState:
    """The same link the other way round."""
    return {**state, "source": state["target"], "target": state["source"]}


def _label(state: LinkState, end: str) -> str:
    node = state[end]
    return state.get("labels", {}).get(node, node)


def title(state: LinkState) -> str:
    """'Age UK → Carers Centre' for the link being drawn."""
    return f"{_label(state, 'source')} → {_label(state, 'target')}"


def prompt(state: LinkState | None) -> str:
    """What the banner above the canvas says in each state ('' when link mode is off).

    >>> prompt(tap(start(), "a", "Age UK"))
    'From Age UK: now click the actor it goes to. (Esc to stop)'
    """
    state = state or OFF
    if not state["on"]:
        return ""
    if state["source"] is None:
        return "Drawing links: click the actor a link starts from. (Esc to stop)"
    if state["target"] is None:
        return f"From {_label(state, 'source')}: now click the actor it goes to. (Esc to stop)"
    return f"{title(state)}: pick the kind of link."


def describe(pmap: PartnershipMap, edge: dict[str, Any]) -> str:
    """A link as a sentence that says what flows, or 'resources' when that is not recorded.

    >>> m = PartnershipMap(); a = m.add_node(label="Council"); b = m.add_node(label="Trust")
    >>> describe(m, {"source": a, "target": b, "kind": "resource", "resource": "funding"})
    'Council gives funding to Trust'
    >>> describe(m, {"source": b, "target": a, "kind": "accountable_to"})
    'Trust answers to Council'
    """
    words = load_content().vocabulary
    verb = words.label("edge_kind", edge["kind"])
    if edge["kind"] == "resource" and edge.get("resource"):
        verb = words.term("resource", edge["resource"]).link or verb
    return f"{pmap.label(edge['source'])} {verb} {pmap.label(edge['target'])}"
