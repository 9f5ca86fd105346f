"""The health check: a tab beside the map with the findings grouped by the six principles.

The panel is analysed again whenever the map's version changes (every edit, here or on
another laptop). Clicking a finding puts its actors and links in ``ids.HIGHLIGHT``, which
the editor turns into a highlight with everything else dimmed; "Clear highlight" empties
it. Each finding can be marked discussed or not relevant with a note, kept per map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import severity_badge, status_badge, when
from mapper.app.context import acted, get_store
from mapper.graph.analyse import analyse
from mapper.graph.insight import PrincipleHealth, Reviewed, health_check, highlight
from mapper.graph.model import PartnershipMap
from mapper.store import MapNotFound

__all__ = ["health_tab", "health_view"]

WHO = ""  # no sign-in yet
REVIEW_CHOICES = [
    {"label": "Open", "value": "open"},
    {"label": "Discussed", "value": "discussed"},
    {"label": "Not relevant", "value": "not relevant"},
]


def health_tab() -> dbc.Tab:
    """The tab for the editor's side panel; its body is filled by ``render``."""
    return dbc.Tab(
        html.Div(
            [
                html.Div(
                    [
                        html.H2("Health check", className="panel-heading"),
                        dbc.Button(
                            "Clear highlight",
                            id=ids.HEALTH_CLEAR,
                            size="sm",
                            color="secondary",
                            outline=True,
                        ),
                    ],
                    className="health-top",
                ),
                html.Div(id=ids.HEALTH_INTRO, **{"aria-live": "polite"}),
                dbc.Accordion(
                    id=ids.HEALTH_BODY,
                    always_open=True,
                    start_collapsed=True,
                    class_name="health-principles",
                ),
                dcc.Store(id=ids.HEALTH_DATA),
                dcc.Store(id=ids.HEALTH_REVIEWED),
            ]
        ),
        label="Health check",
        tab_id=ids.HEALTH_TAB,
    )


def _reviewed_line(item: Reviewed) -> html.P | None:
    if not item.review:
        return None
    review = item.review
    text = f"{review['status'].capitalize()} on {when(review.get('at'))}"
    if review.get("who"):
        text += f" by {review['who']}"
    if review.get("note"):
        text += f": {review['note']}"
    return html.P(text, className="finding-reviewed")


def _card(item: Reviewed, principle: str, active: str | None) -> html.Div:
    found = item.finding
    key = item.key
    status, note = ids.finding("status", key, principle), ids.finding("note", key, principle)
    return html.Div(
        [
            html.Button(
                [found.title, " ", severity_badge(found.severity)],
                id=ids.finding("title", key, principle),
                className="finding-title",
                title="Show on the map",
            ),
            html.P(found.explanation, className="finding-text"),
            html.P([html.Strong("Suggested: "), item.action], className="finding-meta")
            if item.action
            else None,
            html.P([html.Strong("Rests on: "), item.rests_on], className="finding-meta"),
            _reviewed_line(item),
            html.Div(
                [
                    html.Label("Review", htmlFor=ids.dom_id(status), className="visually-hidden"),
                    dbc.Select(id=status, options=REVIEW_CHOICES, value=item.status),
                    html.Label("Note", htmlFor=ids.dom_id(note), className="visually-hidden"),
                    dbc.Input(
                        id=note,
                        value=(item.review or {}).get("note", ""),
                        placeholder="Note (optional)",
                    ),
                    dbc.Button(
                        "Save",
                        id=ids.finding("save", key, principle),
                        size="sm",
                        color="primary",
                        outline=True,
                    ),
                ],
                className="finding-review",
            ),
        ],
        id=ids.finding("box", key, principle),
        className="finding is-active" if key == active else "finding",
    )


def _principle(health: PrincipleHealth, active: str | None) -> dbc.AccordionItem:
    body: list[Any] = [_card(item, health.id, active) for item in health.open]
    settled = [*health.discussed, *health.not_relevant]
    if settled:
        body.append(
            html.Details(
                [
                    html.Summary(f"Discussed or set aside ({len(settled)})"),
                    *(_card(item, health.id, active) for item in settled),
                ],
                className="health-set-aside",
            )
        )
    if health.notes:
        reasons = (
            item.finding.explanation.removeprefix("This check could not run: ")
            for item in health.notes
        )
        body.append(
            html.P(
                "Could not check for lack of data: " + "; ".join(reasons), className="health-notes"
            )
        )
    if not body:
        body.append(html.P("Nothing found on this principle.", className="health-notes"))
    return dbc.AccordionItem(
        body,
        title=html.Span(
            [
                html.Span(f"{health.id} {health.title}", className="health-principle-title"),
                status_badge(health.status),
                html.Span(health.summary, className="health-principle-summary"),
            ],
            className="health-principle-head",
        ),
        item_id=health.id,
    )


def health_view(
    pmap: PartnershipMap,
    reviews: Mapping[str, Mapping[str, Any]],
    active: str | None = None,
    today: dt.date | None = None,
) -> tuple[list[Any], list[Any], dict[str, dict[str, list[str]]]]:
    """The panel's introduction, one accordion item per principle, and, per finding key,
    the nodes and edges to highlight."""
    analysis = analyse(pmap, today=today)
    principles = health_check(analysis, reviews)
    targets = {}
    for item in analysis.findings:
        nodes, edges = highlight(pmap, item)
        targets[item.key] = {"nodes": nodes, "edges": edges}
    intro = (
        f"As of {when(analysis.today)}: {sum(len(p.open) for p in principles)} findings to "
        "look at. Click one to see it on the map."
    )
    head: list[Any] = [html.P(intro, className="text-secondary")]
    head += [html.P(note, className="health-notes") for note in analysis.notes]
    return head, [_principle(p, active) for p in principles], targets


@callback(
    Output(ids.HEALTH_INTRO, "children"),
    Output(ids.HEALTH_BODY, "children"),
    Output(ids.HEALTH_DATA, "data"),
    Input(ids.VERSION, "data"),
    Input(ids.HEALTH_REVIEWED, "data"),
    State(ids.MAP_ID, "data"),
    State(ids.HIGHLIGHT, "data"),
)
def render(_version: int, _reviewed: dict | None, map_id: int, lit: dict | None) -> tuple:
    """Analyse the map again: on opening, after every edit and after a review is saved.
    The accordion keeps which principles are open, as the user left them."""
    store = get_store()
    try:
        pmap = store.load_map(map_id)
        reviews = store.reviews(map_id)
    except MapNotFound:
        return [html.P("This map has been deleted.")], [], {}
    return health_view(pmap, reviews, active=(lit or {}).get("key"))


@callback(
    Output(ids.HIGHLIGHT, "data", allow_duplicate=True),
    Output(ids.finding("box", ALL, ALL), "className"),
    Input(ids.finding("title", ALL, ALL), "n_clicks"),
    Input(ids.HEALTH_CLEAR, "n_clicks"),
    State(ids.HEALTH_DATA, "data"),
    State(ids.finding("box", ALL, ALL), "id"),
    prevent_initial_call=True,
)
def pick(_clicks: list, _clear: int | None, targets: dict | None, boxes: list[dict]) -> tuple:
    """Highlight the clicked finding's actors and links, or clear the highlight."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if trigger == ids.HEALTH_CLEAR:
        return None, ["finding"] * len(boxes)
    key = trigger["key"]
    target = (targets or {}).get(key)
    if target is None:
        raise PreventUpdate
    classes = ["finding is-active" if box["key"] == key else "finding" for box in boxes]
    return {**target, "key": key}, classes


@callback(
    Output(ids.HEALTH_REVIEWED, "data"),
    Input(ids.finding("save", ALL, ALL), "n_clicks"),
    State(ids.finding("status", ALL, ALL), "value"),
    State(ids.finding("note", ALL, ALL), "value"),
    State(ids.finding("status", ALL, ALL), "id"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_review(_clicks: list, statuses: list, notes: list, fields: list[dict], map_id: int):
    """Keep "discussed" or "not relevant" (with the note) for this map; "open" clears it."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    index = next(
        i
        for i, field in enumerate(fields)
        if field["key"] == trigger["key"] and field["principle"] == trigger["principle"]
    )
    status = statuses[index]
    get_store().set_review(
        map_id,
        trigger["key"],
        None if status in (None, "open") else status,
        note=notes[index] or "",
        who=WHO,
    )
    return {"key": trigger["key"], "at": dt.datetime.now().isoformat()}
