"""The six principles of the Partnership Compass with their checklists, ticked per map, the
readiness checklist, and the risks with the findings on this map that bear on each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import not_found, open_map, severity_badge, view_page, when
from mapper.app.context import get_store, who
from mapper.content import load_content
from mapper.graph.analyse import analyse
from mapper.graph.insight import (
    ChecklistItem,
    PrincipleProgress,
    checklist,
    principles_progress,
    risks_on_map,
)
from mapper.graph.rules import counted, plural

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/principles",
    name="Principles and checklists",
    title="Principles and checklists · Partnership Mapper",
    map_view="principles",
    short_name="Checklists",
    order=50,
)


def _ticked_by(item: ChecklistItem) -> str:
    if not item.ticked:
        return ""
    return f"ticked {when(item.ticked_at)}" + (f" by {item.ticked_by}" if item.ticked_by else "")


def _checklist(items: Iterable[ChecklistItem]) -> html.Div:
    return html.Div(
        [
            html.Div(
                [
                    dbc.Checkbox(id=ids.tick(item.id), value=item.ticked, label=item.text),
                    html.Span(_ticked_by(item), id=ids.tick(item.id, "by"), className="tick-by"),
                ],
                className="d-flex flex-wrap align-items-baseline",
            )
            for item in items
        ],
        className="checklist",
    )


def _progress(progress: list[PrincipleProgress], readiness: tuple[ChecklistItem, ...]) -> list:
    rows = []
    for item in progress:
        share = round(100 * item.ticked / item.total) if item.total else 0
        rows.append(
            html.Div(
                [
                    html.A(
                        f"{item.principle.id} {item.principle.title}", href=f"#{item.principle.id}"
                    ),
                    html.Div(  # the words beside say the same: the bar is for the eye only
                        html.Div(className="bar-done", style={"width": f"{share}%"}),
                        className="bar",
                        **{"aria-hidden": "true"},
                    ),
                    html.Span(f"{item.ticked} of {item.total} actions done", className="count"),
                    html.Span(
                        f"{item.open_findings} open finding"
                        + ("s" if item.open_findings != 1 else "")
                        if item.open_findings
                        else "no open findings",
                        className="text-secondary",
                    ),
                ],
                className="progress-row",
            )
        )
    done = sum(i.ticked for i in readiness)
    rows.append(
        html.P(
            f"Readiness checklist: {done} of {len(readiness)} answered.",
            className="text-secondary mt-2",
        )
    )
    return rows


def _principle(item: PrincipleProgress) -> html.Section:
    p = item.principle
    lists: list[Any] = [
        html.H3("Key points to consider"),
        html.Ul([html.Li(k.text) for k in p.key_points]),
        html.H3("Helpful hints"),
        html.Ul([html.Li(h.text) for h in p.hints]),
    ]
    for extra in p.lists:
        lists += [html.H3(extra.title), html.Ul([html.Li(i.text) for i in extra.items])]
    if item.tools:
        lists += [
            html.H3("Tools"),
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(t.title),
                            f": {t.what}",
                            html.Span(f" In this app: {t.in_app}", className="text-secondary")
                            if t.in_app
                            else None,
                        ]
                    )
                    for t in item.tools
                ]
            ),
        ]
    return html.Section(
        [
            html.H2(f"{p.id} {p.title}"),
            html.P(p.statement, className="principle-statement"),
            html.H3(f"Action checklist ({item.ticked} of {item.total} done)"),
            _checklist(item.actions),
            html.Details(
                [
                    html.Summary("About this principle: key points, hints and tools"),
                    html.P(p.summary, className="mt-2"),
                    *lists,
                ],
                className="principle-lists",
            ),
        ],
        id=p.id,
        className="insight-card principle-section",
    )


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    store = get_store()
    ticks, reviews = store.ticks(number), store.reviews(number)
    analysis = analyse(pmap)
    progress = principles_progress(ticks, analysis.findings, reviews)
    content = load_content()
    readiness = checklist(content.readiness, ticks)
    risks = risks_on_map(analysis, reviews)
    risk_rows = [
        html.Details(
            [
                html.Summary(
                    [
                        r.risk.text,
                        html.Span(
                            f" {counted(len(r.findings), 'finding')} on this map "
                            f"{plural(len(r.findings), 'bears', 'bear')} on it"
                            if r.findings
                            else (
                                " Nothing on this map bears on it."
                                if r.risk.rules
                                else " No check looks for it: for the partners to judge."
                            ),
                            className="text-secondary",
                        ),
                    ]
                ),
                html.Ul(
                    [
                        html.Li([f.finding.title, " ", severity_badge(f.finding.severity)])
                        for f in r.findings
                    ]
                ),
            ],
            className="risk-row",
        )
        for r in risks
    ]
    intro = (
        "The six principles of The Third Sector Partnership Compass. Tick each action as the "
        "partnership puts it in place: ticks are kept with this map, with who ticked and when."
    )
    return view_page(
        pmap,
        "Principles and checklists",
        intro,
        html.Div(
            [
                html.H2("Progress at a glance"),
                html.Div(_progress(progress, readiness), id=ids.PRINCIPLES_PROGRESS),
            ],
            className="insight-card",
        ),
        *(_principle(item) for item in progress),
        html.Section(
            [
                html.H2("Are you ready to set up a partnership?"),
                html.P(content.intros.get("readiness", ""), className="text-secondary"),
                _checklist(readiness),
            ],
            id="readiness",
            className="insight-card principle-section",
        ),
        html.Section(
            [
                html.H2("Risks"),
                html.P(content.intros.get("risks", ""), className="text-secondary"),
                *risk_rows,
            ],
            id="risks",
            className="insight-card principle-section",
        ),
        dcc.Store(id=ids.PRINCIPLES_MAP_ID, data=number),
    )


@callback(
    Output(ids.PRINCIPLES_PROGRESS, "children"),
    Output(ids.tick(ALL, "by"), "children"),
    Input(ids.tick(ALL), "value"),
    State(ids.tick(ALL, "by"), "id"),
    State(ids.PRINCIPLES_MAP_ID, "data"),
    prevent_initial_call=True,
)
def tick(values: list, labels: list[dict], map_id: int) -> tuple:
    """Keep a tick (who, when) for this map, and update the progress."""
    if not isinstance(ctx.triggered_id, dict) or len(ctx.triggered) != 1:
        raise PreventUpdate
    item_id = ctx.triggered_id["item"]
    store = get_store()
    ticked = bool(ctx.triggered[0]["value"])
    if (item_id in store.ticks(map_id)) != ticked:
        store.set_tick(map_id, item_id, ticked, who=who())
    ticks = store.ticks(map_id)
    reviews = store.reviews(map_id)
    analysis = analyse(store.load_map(map_id))
    progress = principles_progress(ticks, analysis.findings, reviews)
    readiness = checklist(load_content().readiness, ticks)
    every = {i.id: i for p in progress for i in p.actions} | {i.id: i for i in readiness}
    return _progress(progress, readiness), [_ticked_by(every[label["item"]]) for label in labels]
