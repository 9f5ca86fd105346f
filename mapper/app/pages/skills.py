"""The skills and resources matrix: partners by skills and by resources offered and needed.

Gaps (needed, no one offers) and single holders are highlighted. Ticking a cell changes
the actor's skills, offers or needs on the map itself.
"""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import empty_state, not_found, open_map, view_page
from mapper.app.context import get_store, who
from mapper.app.edits import attempt
from mapper.graph.insight import Matrix, resources_matrix, skills_matrix, toggled
from mapper.graph.model import PartnershipMap

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/skills",
    name="Skills and resources",
    title="Skills and resources · Partnership Mapper",
    map_view="skills",
    short_name="Skills",
    order=60,
)

FIELDS = {"skills": "a skill", "offers": "a resource it offers", "needs": "a resource it needs"}


def _head(matrix: Matrix, vertical: bool) -> html.Thead:
    """Column heads, each saying in words (not only colour) whether it is a gap or held by
    one only; ``vertical`` turns them on their side so that many narrow columns fit."""
    cells = [html.Th(html.Span("Actor", className="visually-hidden"), className="corner")]
    for column in matrix.columns:
        note = "gap" if column.gap else ("one only" if column.single else "")
        cells.append(
            html.Th(
                html.Span(
                    [column.text, html.Span(f" · {note}", className="col-note")]
                    if note
                    else column.text,
                    className="vertical" if vertical else None,
                ),
                className="col-gap" if column.gap else ("col-single" if column.single else ""),
                scope="col",
                title=column.text,
            )
        )
    return html.Thead(html.Tr(cells))


def _skills_table(matrix: Matrix) -> html.Table:
    rows = []
    for row in matrix.rows:
        cells: list[Any] = [html.Th(row.label, className="row-head", scope="row")]
        for column in matrix.columns:
            state = matrix.cells.get((row.id, column.key), "")
            box = dbc.Checkbox(
                id=ids.matrix_cell("skills", row.id, column.text),
                value=state == "has",
                label=f"{row.label}: {column.text}",
                label_class_name="visually-hidden",
            )
            via = html.Div(state, className="via") if state.startswith("via") else None
            cells.append(html.Td([box, via], title=f"{row.label}: {column.text}"))
        rows.append(html.Tr(cells))
    return html.Table([_head(matrix, vertical=True), html.Tbody(rows)], className="matrix")


FOLD_AFTER = 6  # a longer list of single holders is folded away

RESOURCE_CHOICES = [
    {"label": "—", "value": ""},
    {"label": "offers", "value": "offers"},
    {"label": "needs", "value": "needs"},
    {"label": "both", "value": "offers and needs"},
]


def _resources_table(matrix: Matrix) -> html.Table:
    rows = []
    for row in matrix.rows:
        cells: list[Any] = [html.Th(row.label, className="row-head", scope="row")]
        for column in matrix.columns:
            cell_id = ids.matrix_cell("resources", row.id, column.text)
            value = matrix.cells.get((row.id, column.key), "")
            cells.append(
                html.Td(
                    [
                        html.Label(
                            f"{row.label}: {column.text}",
                            htmlFor=ids.dom_id(cell_id),
                            className="visually-hidden",
                        ),
                        dbc.Select(
                            id=cell_id,
                            options=RESOURCE_CHOICES,
                            value=value,
                            size="sm",
                            class_name="is-set" if value else "",
                        ),
                    ]
                )
            )
        rows.append(html.Tr(cells))
    return html.Table([_head(matrix, vertical=True), html.Tbody(rows)], className="matrix")


def _in_words(matrix: Matrix, gap: str, single: str) -> html.Ul | None:
    """The gaps and the single holders in words, above the table."""
    names = {row.id: row.label for row in matrix.rows}
    gaps = [c.text for c in matrix.columns if c.gap]
    singles = [f"{c.text} ({names.get(c.single, c.single)})" for c in matrix.columns if c.single]
    items = []
    if gaps:
        items.append(html.Li([html.Strong(f"{gap}: "), ", ".join(gaps)], className="gap-words"))
    if len(singles) > FOLD_AFTER:
        items.append(
            html.Li(
                html.Details(
                    [
                        html.Summary(
                            [html.Strong(f"{single}: "), f"{len(singles)} columns (show them)"]
                        ),
                        ", ".join(singles),
                    ]
                ),
                className="single-words",
            )
        )
    elif singles:
        items.append(
            html.Li([html.Strong(f"{single}: "), ", ".join(singles)], className="single-words")
        )
    return html.Ul(items, className="matrix-words") if items else None


def _tables(pmap: PartnershipMap, map_id: int) -> list[Any]:
    skills, resources = skills_matrix(pmap), resources_matrix(pmap)
    parts: list[Any] = [html.H2("Skills")]
    if skills.rows and skills.columns:
        parts += [
            _in_words(skills, "Gaps, needed and no partner has them", "Only one partner has"),
            html.Div(_skills_table(skills), className="matrix-wrap"),
        ]
    else:
        parts.append(
            html.P("No partner or skill recorded yet: add one below.", className="text-secondary")
        )
    parts.append(html.H2("Resources offered and needed", className="mt-4"))
    if resources.rows and resources.columns:
        parts += [
            _in_words(resources, "Gaps, needed and no one offers them", "Offered by one only"),
            html.Div(_resources_table(resources), className="matrix-wrap"),
        ]
    else:
        parts.append(
            html.P("No offers or needs recorded yet: add one below.", className="text-secondary")
        )
    return parts


def _actors(pmap: PartnershipMap) -> list[dict[str, str]]:
    return [
        {"label": node.get("label", node["id"]), "value": node["id"]}
        for node in pmap.nodes()
        if node.get("kind") in ("organisation", "group")
    ]


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    intro = (
        "Partners by the skills they bring and the resources they offer and need (the "
        "Compass's skills matrix). Columns marked \u201cgap\u201d are needed but no one has "
        "them; \u201cone only\u201d have a single holder. Changes here change the actors on "
        "the map."
    )
    actors = _actors(pmap)
    if not actors:
        return view_page(
            pmap,
            "Skills and resources",
            intro,
            empty_state("There are no organisations or groups on this map yet.", number),
        )
    add = html.Div(
        [
            html.H2("Add a skill or resource"),
            html.Div(
                [
                    html.Div(
                        [
                            dbc.Label("Actor", html_for=ids.SKILLS_ADD_ACTOR),
                            dcc.Dropdown(id=ids.SKILLS_ADD_ACTOR, options=actors),
                        ]
                    ),
                    html.Div(
                        [
                            dbc.Label("What", html_for=ids.SKILLS_ADD_FIELD),
                            dbc.Select(
                                id=ids.SKILLS_ADD_FIELD,
                                value="skills",
                                options=[{"label": v, "value": k} for k, v in FIELDS.items()],
                            ),
                        ]
                    ),
                    html.Div(
                        [
                            dbc.Label("Name", html_for=ids.SKILLS_ADD_TEXT),
                            dbc.Input(id=ids.SKILLS_ADD_TEXT, placeholder="e.g. evaluation"),
                        ]
                    ),
                    dbc.Button("Add", id=ids.SKILLS_ADD, color="primary"),
                ],
                className="brief-form",
            ),
        ],
        className="insight-card",
    )
    return view_page(
        pmap,
        "Skills and resources",
        intro,
        html.Div(id=ids.SKILLS_FEEDBACK, role="status"),
        html.Div(_tables(pmap, number), id=ids.SKILLS_TABLES, className="insight-card"),
        add,
        dcc.Store(id=ids.SKILLS_MAP_ID, data=number),
    )


@callback(
    Output(ids.SKILLS_TABLES, "children"),
    Output(ids.SKILLS_FEEDBACK, "children"),
    Output(ids.SKILLS_ADD_TEXT, "value"),
    Input(ids.matrix_cell("skills", ALL, ALL), "value"),
    Input(ids.matrix_cell("resources", ALL, ALL), "value"),
    Input(ids.SKILLS_ADD, "n_clicks"),
    State(ids.SKILLS_ADD_ACTOR, "value"),
    State(ids.SKILLS_ADD_FIELD, "value"),
    State(ids.SKILLS_ADD_TEXT, "value"),
    State(ids.SKILLS_MAP_ID, "data"),
    prevent_initial_call=True,
)
def edit(_skills, _resources, _add, actor, field, text, map_id: int) -> tuple:
    """Change one actor's skills, offers or needs, then draw the matrix again."""
    trigger = ctx.triggered_id
    if trigger is None or len(ctx.triggered) != 1:
        raise PreventUpdate
    store = get_store()
    pmap = store.load_map(map_id)
    if trigger == ids.SKILLS_ADD:
        if not actor or not (text or "").strip():
            return (
                dash.no_update,
                dbc.Alert("Choose an actor and type a name.", color="danger"),
                text,
            )
        changes = {field: toggled(pmap.graph.nodes[actor].get(field), text, True)}
        actor_id = actor
    else:
        actor_id, item = trigger["node"], trigger["item"]
        value = ctx.triggered[0]["value"]
        attrs = pmap.graph.nodes[actor_id]
        if trigger["matrix"] == "skills":
            changes = {"skills": toggled(attrs.get("skills"), item, bool(value))}
        else:
            value = value or ""
            changes = {
                name: toggled(attrs.get(name), item, name in value.split(" and "))
                for name in ("offers", "needs")
            }
        changes = {k: v for k, v in changes.items() if v != list(attrs.get(k) or [])}
        if not changes:
            raise PreventUpdate
    _, problems = attempt(lambda: _save(map_id, actor_id, changes))
    if problems:
        return dash.no_update, dbc.Alert(problems, color="danger"), dash.no_update
    return _tables(store.load_map(map_id), map_id), "", ""


def _save(map_id: int, actor: str, changes: dict[str, list[str]]) -> str:
    get_store().update_node(map_id, actor, changes, who=who())
    return "Saved."
