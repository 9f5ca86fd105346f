"""The bar at the top of every page: home, and the views of the map being worked on.

Views of one map live under ``/maps/<id>/<view>``. A page becomes one of them by
registering with ``map_view="<view>"`` (and ``order=`` to place it), e.g.
``dash.register_page(__name__, path_template="/maps/<map_id>/grid", name="Power-interest
grid", map_view="grid", order=20, short_name="Grid")``: the bar then links to it, keeping
the selected map. On a laptop screen the bar shows ``short_name`` (screen readers still
hear ``name``), so the bar stays one row and the map keeps the height.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import dash_bootstrap_components as dbc
from dash import html

__all__ = ["map_id_from_path", "map_views", "navbar_links"]

_MAP_PATH = re.compile(r"^/maps/(\d+)(?:/([\w-]+))?/?$")


def map_id_from_path(path: str | None) -> tuple[int | None, str | None]:
    """The map id and view in a path: ``/maps/3/grid`` -> ``(3, "grid")``.

    >>> map_id_from_path("/maps/3/grid"), map_id_from_path("/maps/12"), map_id_from_path("/")
    ((3, 'grid'), (12, None), (None, None))
    """
    match = _MAP_PATH.match(path or "")
    if not match:
        return None, None
    return int(match.group(1)), match.group(2)


def map_views(registry: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """(view, name, short name) of every registered map view, in their declared order;
    the editor (view ``""``) comes first."""
    views = [page for page in registry if "map_view" in page]
    views.sort(key=lambda page: (page["map_view"] != "", page.get("order", 100), page["name"]))
    return [
        (page["map_view"], page["name"], page.get("short_name", page["name"])) for page in views
    ]


def _label(name: str, short: str) -> Any:
    """The link's words: ``name``, or on a narrow screen ``short`` (its full name kept
    for screen readers and as the tooltip)."""
    if short == name:
        return name
    return [
        html.Span(name, className="nav-long"),
        html.Span(short, className="nav-short", title=name, **{"aria-hidden": "true"}),
        html.Span(name, className="nav-spoken"),
    ]


def navbar_links(path: str | None, registry: Iterable[Mapping[str, Any]]) -> list[Any]:
    """Links for the bar: 'All maps', then, inside a map, one link per view of it."""
    map_id, current = map_id_from_path(path)
    links = [dbc.NavLink("All maps", href="/", active=path in ("/", "", None))]
    if map_id is not None:
        for view, name, short in map_views(registry):
            href = f"/maps/{map_id}" + (f"/{view}" if view else "")
            links.append(
                dbc.NavLink(_label(name, short), href=href, active=(current or "") == view)
            )
    return [
        html.Ul([html.Li(link, className="nav-item") for link in links], className="navbar-nav")
    ]
