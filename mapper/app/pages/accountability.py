"""The accountability review: who answers to whom, and about what, laid out top-down, with
the accountability findings beside it. Clicking a finding picks out its actors and lines.
"""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import empty_state, not_found, open_map, severity_badge, view_page
from mapper.app.context import acted, get_store
from mapper.app.elements import View, stylesheet
from mapper.app.figures import ACCOUNTABILITY_STYLE, accountability_elements
from mapper.graph.analyse import analyse
from mapper.graph.insight import accountability_review, highlight

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/accountability",
    name="Accountability",
    title="Accountability review · Partnership Mapper",
    map_view="accountability",
    order=30,
)


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    store = get_store()
    analysis = analyse(pmap)
    review = accountability_review(analysis, store.reviews(number))
    intro = (
        "The accountability lines alone: each actor sits below those it answers to, and each "
        "line says what it covers. Partners with no line are on the bottom row."
    )
    cards = [
        html.Div(
            [
                html.Button(
                    [r.finding.title, " ", severity_badge(r.finding.severity)],
                    id=ids.finding("title", r.key, "account"),
                    className="finding-title",
                ),
                html.P(r.finding.explanation, className="finding-text"),
                html.P([html.Strong("Suggested: "), r.action], className="finding-meta"),
                html.P(f"Marked {r.status}." if r.review else "", className="finding-reviewed"),
            ],
            className="finding",
        )
        for r in review.findings
    ]
    targets = {}
    for r in review.findings:
        nodes, edges = highlight(pmap, r.finding)
        targets[r.key] = {"nodes": nodes, "edges": edges}
    side = html.Div(
        [
            html.Div(
                [
                    html.H2("What to look at"),
                    dbc.Button(
                        "Clear highlight",
                        id=ids.ACCOUNT_CLEAR,
                        size="sm",
                        color="secondary",
                        outline=True,
                    ),
                ],
                className="health-top",
            ),
            *(
                cards
                or [html.P("No accountability findings on this map.", className="text-secondary")]
            ),
        ],
        className="insight-card",
    )
    picture: list[Any] = [
        cyto.Cytoscape(
            id=ids.ACCOUNT_CANVAS,
            elements=accountability_elements(pmap, review),
            stylesheet=stylesheet() + ACCOUNTABILITY_STYLE,
            layout={"name": "preset", "fit": True, "padding": 40},
            autoRefreshLayout=False,
            minZoom=0.1,
            maxZoom=3,
            className="accountability-canvas",
            style={} if review.lines else {"display": "none"},
        )
    ]
    if not review.lines:
        picture.insert(
            0,
            empty_state(
                'No accountability lines yet. On the map, draw a link of the kind "answers '
                'to" from each body to the one it reports to, and say what about.',
                number,
            ),
        )
    return view_page(
        pmap,
        "Accountability review",
        intro,
        html.Div([html.Div(picture, className="insight-card"), side], className="insight-columns"),
        dcc.Store(id=ids.ACCOUNT_TARGETS, data=targets),
    )


@callback(
    Output(ids.ACCOUNT_CANVAS, "stylesheet"),
    Input(ids.finding("title", ALL, "account"), "n_clicks"),
    Input(ids.ACCOUNT_CLEAR, "n_clicks"),
    State(ids.ACCOUNT_TARGETS, "data"),
    prevent_initial_call=True,
)
def pick(_clicks: list, _clear: int | None, targets: dict) -> list[dict]:
    """Pick out a finding's actors and lines; everything else is dimmed."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id == ids.ACCOUNT_CLEAR:
        return stylesheet() + ACCOUNTABILITY_STYLE
    target = targets.get(ctx.triggered_id["key"], {})
    view = View(
        highlight_nodes=tuple(target.get("nodes", ())),
        highlight_edges=tuple(target.get("edges", ())),
    )
    return stylesheet(view) + ACCOUNTABILITY_STYLE
