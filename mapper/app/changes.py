"""The map with what changed drawn on it: added, removed and changed actors and links, each
in its own colour-blind-safe colour (Okabe-Ito blue, orange, reddish purple) and its own
line style and sign, so the marks read without colour too; and the key that says so.

Plain functions of a :class:`~mapper.graph.diff.MapDiff`; the review page draws them.
"""

from __future__ import annotations

from typing import Any

from dash import html

from mapper.app.components.legend import _DASHES, _edge, _node, _picture, _row
from mapper.app.elements import map_elements, stylesheet
from mapper.app.layouts import placed
from mapper.graph.diff import MapDiff

__all__ = ["MARKS", "change_key", "change_style", "diff_elements"]

# class -> (colour, outline, line style, sign before the label, what the key says)
MARKS = {
    "added": ("#0072B2", "double", "solid", "+", "A thick blue double outline, or a blue line"),
    "removed": ("#D55E00", "dashed", "dashed", "−", "Orange, dashed and faded"),
    "changed": ("#CC79A7", "dotted", "dotted", "✎", "A purple dotted outline or line"),
}


def diff_elements(found: MapDiff) -> list[dict[str, Any]]:
    """Cytoscape elements of the later map, with what was removed put back from the
    earlier one, each changed element carrying its class and a sign before its label."""
    after, before = found.after, found.before
    positions = dict(placed(before))
    positions.update(placed(after))
    elements = map_elements(after, positions)
    gone_nodes = [n for n in found.actors.removed if n in before.graph]
    gone_edges = set(found.links.removed)
    for element in map_elements(before, positions):
        data = element["data"]
        if data["id"] in gone_nodes and "source" not in data:
            elements.insert(0, element)
        elif "source" in data and data["id"] in gone_edges:
            elements.append(element)
    marked = {
        "added": (set(found.actors.added), set(found.links.added)),
        "removed": (set(gone_nodes), gone_edges),
        "changed": (set(found.actors.changed), set(found.links.changed)),
    }
    for element in elements:
        data = element["data"]
        is_edge = "source" in data
        for name, (nodes, edges) in marked.items():
            if data["id"] in (edges if is_edge else nodes):
                element["classes"] = name
                if not is_edge:
                    data["label"] = f"{MARKS[name][3]} {data['label']}"
    return elements


def change_style() -> list[dict[str, Any]]:
    """The map's own shapes in quiet greys, so the three marks are the only colours."""
    rules = stylesheet()
    rules += [
        {"selector": "node", "style": {"background-color": "#E9ECEF", "border-color": "#8A939C"}},
        {
            "selector": "edge",
            "style": {
                "line-color": "#B8BEC4",
                "target-arrow-color": "#B8BEC4",
                "source-arrow-color": "#B8BEC4",
            },
        },
    ]
    for name, (colour, outline, line, _, _) in MARKS.items():
        rules += [
            {
                "selector": f"node.{name}",
                "style": {"border-color": colour, "border-width": 7, "border-style": outline},
            },
            {
                "selector": f"edge.{name}",
                "style": {
                    "line-color": colour,
                    "target-arrow-color": colour,
                    "source-arrow-color": colour,
                    "line-style": line,
                    "width": 6,
                },
            },
        ]
    rules.append({"selector": ".removed", "style": {"opacity": 0.55}})
    return rules


def change_key() -> html.Ul:
    """What the marks mean, drawn like the marks themselves: an actor and a link each."""
    rows = []
    for name, (colour, _, line, sign, words) in MARKS.items():
        actor = _node("ellipse", "#ffffff", colour, 5, _DASHES[line])
        rows.append(_row(_picture(actor), f"{sign} {name.capitalize()}", words))
        rows.append(_row(_picture(_edge(colour, line, 5), 68), f"{name.capitalize()} link", ""))
    return html.Ul(rows, className="legend-list change-key", **{"aria-label": "Key to the changes"})
