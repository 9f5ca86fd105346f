"""The accountability review: who answers to whom, and about what, laid out top-down, with
the accountability findings beside it and every line listed below.

A line's caption (what it covers) is drawn for the line clicked only, beside its arrowhead;
a click on an actor lists its lines in words above the picture, so captions never pile up
on each other or on the names.
"""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import (
    empty_state,
    finding_head,
    not_found,
    open_map,
    severity_counts,
    view_page,
)
from mapper.app.context import get_store
from mapper.app.elements import View, stylesheet
from mapper.app.figures import (
    accountability_elements,
    accountability_style,
    actor_lines,
    canvas_height,
    caption,
)
from mapper.graph.analyse import analyse
from mapper.graph.insight import AccountabilityReview, Reviewed, accountability_review, highlight
from mapper.graph.model import PartnershipMap

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/accountability",
    name="Accountability",
    title="Accountability review · Partnership Mapper",
    map_view="accountability",
    order=30,
)

SHOWN_UP_TO = 15  # the list of lines starts open when it is no longer than this
HELP = "Click an actor to see what its lines cover, or click a line."


def _card(item: Reviewed) -> html.Div:
    return html.Div(
        [
            *finding_head(item, "account", "Pick it out on the picture"),
            html.P(f"Marked {item.status}.", className="finding-reviewed") if item.review else None,
        ],
        className="finding",
    )


def _findings(review: AccountabilityReview) -> list[Any]:
    """Open findings, worst first; those already discussed folded away."""
    open_items = sorted(
        (r for r in review.findings if r.status == "open"), key=lambda r: r.finding.rank
    )
    discussed = [r for r in review.findings if r.status != "open"]
    counts = {"high": 0, "medium": 0, "low": 0}
    for item in open_items:
        counts[item.finding.severity] += 1
    parts: list[Any] = [
        html.P(severity_counts(counts).capitalize() + ".", className="health-counts"),
        *(_card(r) for r in open_items),
    ]
    if discussed:
        parts.append(
            html.Details(
                [html.Summary(f"Discussed ({len(discussed)})"), *(_card(r) for r in discussed)],
                className="health-folded",
            )
        )
    if not review.findings:
        parts = [html.P("No accountability findings on this map.", className="text-secondary")]
    return parts


def _lines(pmap: PartnershipMap, review: AccountabilityReview) -> html.Details:
    """Every line as a row: who, answers to whom, about what, formal or not."""
    rows = sorted(
        review.lines,
        key=lambda line: (pmap.label(line.target).casefold(), pmap.label(line.source).casefold()),
    )
    return html.Details(
        [
            html.Summary(f"Who answers to whom: all {len(rows)} lines"),
            html.Div(
                html.Table(
                    [
                        html.Thead(
                            html.Tr(
                                [
                                    html.Th("Answers to", scope="col"),
                                    html.Th("Who", scope="col"),
                                    html.Th("About", scope="col"),
                                ]
                            )
                        ),
                        html.Tbody(
                            [
                                html.Tr(
                                    [
                                        html.Td(pmap.label(line.target)),
                                        html.Td(pmap.label(line.source)),
                                        html.Td(caption(line.scope, line.formal)),
                                    ]
                                )
                                for line in rows
                            ]
                        ),
                    ],
                    className="lines-table",
                ),
                className="table-scroll",
            ),
        ],
        className="insight-card lines-list",
        open=len(rows) <= SHOWN_UP_TO,
    )


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    store = get_store()
    review = accountability_review(analyse(pmap), store.reviews(number))
    intro = (
        "The accountability lines alone: each actor sits below those it answers to (an arrow "
        "points to the body answered to). Partners with no line are on the bottom row."
    )
    targets: dict[str, Any] = {"actors": actor_lines(pmap, review)}
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
            html.Div(_findings(review), className="account-findings"),
        ],
        className="insight-card",
    )
    picture: list[Any] = [
        html.P(HELP, id=ids.ACCOUNT_HELP, className="text-secondary small mb-2", role="status")
        if review.lines
        else None,
        cyto.Cytoscape(
            id=ids.ACCOUNT_CANVAS,
            elements=accountability_elements(pmap, review),
            stylesheet=stylesheet() + accountability_style(),
            layout={"name": "preset", "fit": True, "padding": 30},
            autoRefreshLayout=False,
            minZoom=0.1,
            maxZoom=3,
            className="accountability-canvas",
            style={"height": f"{canvas_height(review.positions)}px"}
            if review.lines
            else {"display": "none"},
        ),
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
        html.Div(
            [html.Div(picture, className="insight-card"), side],
            className="insight-columns account-columns",
        ),
        _lines(pmap, review) if review.lines else None,
        dcc.Store(id=ids.ACCOUNT_TARGETS, data=targets),
    )


@callback(
    Output(ids.ACCOUNT_CANVAS, "stylesheet"),
    Output(ids.ACCOUNT_HELP, "children"),
    Input(ids.finding("title", ALL, "account"), "n_clicks"),
    Input(ids.ACCOUNT_CLEAR, "n_clicks"),
    Input(ids.ACCOUNT_CANVAS, "tapNodeData"),
    State(ids.ACCOUNT_TARGETS, "data"),
    prevent_initial_call=True,
)
def pick(_clicks: list, _clear, tapped: dict | None, targets: dict) -> tuple:
    """Pick out a finding's actors and lines (everything else dimmed) with their captions,
    or show the captions of a tapped actor's lines. (A tapped line is selected, and
    the stylesheet captions a selected line.)"""
    trigger = ctx.triggered_id
    if not any(item.get("value") for item in ctx.triggered):
        raise PreventUpdate
    if trigger == ids.ACCOUNT_CLEAR:
        return stylesheet() + accountability_style(), HELP
    if trigger == ids.ACCOUNT_CANVAS and tapped:
        lines = targets.get("actors", {}).get(tapped["id"], "")
        return (
            stylesheet() + accountability_style(),
            lines or f"{tapped.get('label', tapped['id'])} has no accountability line.",
        )
    target = targets.get(trigger["key"], {})
    view = View(
        highlight_nodes=tuple(target.get("nodes", ())),
        highlight_edges=tuple(target.get("edges", ())),
    )
    return (
        stylesheet(view) + accountability_style(),
        "Picked out: the finding's actors and lines. Click a line for what it covers; "
        "Clear highlight to see them all again.",
    )
