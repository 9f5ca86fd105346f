"""The workshop's first steps: the Compass's questions answered by the room, the
purpose, who is involved, and each kind of link in turn."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app import session
from mapper.app.context import acted, editor, get_store, who
from mapper.app.ids import dom_id
from mapper.app.pages.workshop.shared import ANSWER_CHOICES, ids, picker, status
from mapper.app.workshop import (
    WorkshopStep,
    add_actor,
    add_link,
    answered,
    ends,
    links_of,
    step_items,
)
from mapper.content import load_content
from mapper.graph.model import NODE_KINDS, RESOURCES
from mapper.store import StoreError


def checklist_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    answers = get_store().answers(map_id)
    parts: list[Any] = []
    for title, items in step_items(step):
        done = answered((i.id for i in items), answers)
        parts.append(html.H2([title, html.Span(f" {done} of {len(items)} answered")]))
        for item in items:
            kept = answers.get(item.id)
            parts.append(
                html.Div(
                    [
                        html.P(item.text, className="ws-item-text", id=f"ws-text-{item.id}"),
                        html.Div(
                            dbc.RadioItems(
                                id=ids.answer(item.id),
                                name=f"ws-answer-{item.id}",  # one tab stop, arrows choose
                                options=ANSWER_CHOICES,
                                value=kept.answer if kept else None,
                                inline=True,
                            ),
                            role="radiogroup",
                            **{"aria-labelledby": f"ws-text-{item.id}"},
                        ),
                        html.Div(
                            [
                                dbc.Label(
                                    f"Note on: {item.text}",
                                    html_for=dom_id(ids.note(item.id)),
                                    class_name="visually-hidden",
                                ),
                                dbc.Input(
                                    id=ids.note(item.id),
                                    value=kept.note if kept else "",
                                    placeholder="Note (optional)",
                                    debounce=True,
                                ),
                            ]
                        ),
                    ],
                    className="ws-item",
                )
            )
    return parts


def purpose_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    pmap = get_store().load_map(map_id)
    principle = load_content().principle("P1")
    return [
        html.Div(
            [
                dbc.Label("Our purpose and shared vision", html_for=ids.PURPOSE),
                dbc.Textarea(id=ids.PURPOSE, value=pmap.purpose, rows=2),
                dbc.Button("Save the purpose", id=ids.PURPOSE_SAVE, color="primary"),
                dcc.Store(id=ids.PURPOSE_WAS, data=pmap.purpose),
            ],
            className="ws-form",
        ),
        html.Details(
            [
                html.Summary("Questions to help (Principle 1, key points)"),
                html.Ul([html.Li(k.text) for k in principle.key_points]),
            ],
            className="ws-prompts",
        ),
        *checklist_screen(map_id, step),
    ]


def _actor_list(map_id: int) -> list[Any]:
    nodes = get_store().load_map(map_id).nodes()
    if not nodes:
        return [html.P("Nobody on the map yet.", className="ws-empty")]
    return [
        html.P(f"{len(nodes)} on the map, the newest first:", className="ws-count"),
        html.Ul(
            [html.Li(n.get("label", n["id"])) for n in reversed(nodes)],
            className="ws-chips",
        ),
    ]


def actors_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    kinds = [{"label": kind.capitalize(), "value": kind} for kind in NODE_KINDS]
    return [
        html.Div(
            [
                dbc.Label("Name", html_for=ids.NAME),
                dbc.Input(id=ids.NAME, autoFocus=True, autocomplete="off", maxlength=120),
                dbc.Button("Add", id=ids.ADD_ACTOR, color="primary"),
                html.Div(
                    [
                        html.Span("Kind:", id="ws-kind-label", className="me-2"),
                        dbc.RadioItems(
                            id=ids.KIND,
                            name=ids.KIND,
                            options=kinds,
                            value="organisation",
                            inline=True,
                        ),
                    ],
                    role="radiogroup",
                    **{"aria-labelledby": "ws-kind-label"},
                    className="ws-kind",
                ),
            ],
            className="ws-form ws-name-form",
        ),
        html.Div(_actor_list(map_id), id=ids.ACTORS),
    ]


def _link_list(map_id: int, kind: str) -> list[Any]:
    said = links_of(get_store().load_map(map_id), kind)
    if not said:
        return [html.P("No links of this kind yet.", className="ws-empty")]
    return [
        html.P(f"{len(said)} so far, the newest first:", className="ws-count"),
        html.Ul([html.Li(line) for line in said], className="ws-lines"),
    ]


def links_screen(map_id: int, step: WorkshopStep) -> list[Any]:
    froms, tos = ends(get_store().load_map(map_id), step.link)
    verb = load_content().vocabulary.label("edge_kind", step.link)
    return [
        html.Div(
            [
                picker(ids.SOURCE, "From", froms, "Who"),
                html.Span(verb, className="ws-verb"),
                picker(ids.TARGET, "To", tos, "Whom"),
                html.Div(
                    [
                        html.Span("What flows:", id="ws-resource-label", className="me-2"),
                        dbc.RadioItems(
                            id=ids.RESOURCE,
                            name=ids.RESOURCE,
                            options=[{"label": r, "value": r} for r in RESOURCES],
                            value="funding",
                            inline=True,
                        ),
                    ],
                    role="radiogroup",
                    **{"aria-labelledby": "ws-resource-label"},
                    className="ws-kind",
                    hidden=step.link != "resource",  # only money and resources asks
                ),
                dbc.Button("Add the link", id=ids.ADD_LINK, color="primary"),
                dcc.Store(id=ids.LINK_KIND, data=step.link),
            ],
            className="ws-form ws-link-form",
        ),
        html.Div(_link_list(map_id, step.link), id=ids.LINKS),
    ]


# ----- answering the Compass's questions ---------------------------------------------------
@callback(
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.answer(ALL), "value"),
    Input(ids.note(ALL), "value"),
    State(ids.answer(ALL), "id"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def keep_answer(answers: list, notes: list, items: list[dict], map_id: int) -> list[Any]:
    """Keep the answer (and note) to the item whose answer or note just changed."""
    if not isinstance(ctx.triggered_id, dict) or len(ctx.triggered) != 1:
        raise PreventUpdate
    item = ctx.triggered_id["item"]
    position = [i["item"] for i in items].index(item)
    answer, note = answers[position], notes[position] or ""
    if answer is None:
        if not note:
            raise PreventUpdate
        return status(problems=("Choose yes, partly or no first; then the note is kept.",))
    kept = get_store().answers(map_id).get(item)
    if kept and (kept.answer, kept.note) == (answer, note.strip()):
        raise PreventUpdate
    try:
        get_store().set_answer(map_id, item, answer, note=note, who=who())
    except StoreError as error:  # a view link, or a note too long: said, nothing kept
        return status(problems=(str(error),))
    return status(f"Kept: {answer}" + (f", “{note.strip()}”." if note.strip() else "."))


@callback(
    Output(ids.STATUS, "children", allow_duplicate=True),
    Output(ids.PURPOSE_WAS, "data"),
    Input(ids.PURPOSE_SAVE, "n_clicks"),
    State(ids.PURPOSE, "value"),
    State(ids.PURPOSE_WAS, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def save_purpose(_clicks, purpose: str | None, was: str, map_id: int) -> tuple:
    """The purpose the room agreed, saved on the map (as the editor's map details do)."""
    if not acted():
        raise PreventUpdate
    command = session.UpdateFields(
        target="map", changes={"purpose": purpose or ""}, based_on={"purpose": was or None}
    )
    outcome = session.apply(get_store(), map_id, command, editor())
    if not outcome.saved:
        return status(outcome.message, outcome.problems), no_update
    return status("Saved the purpose."), purpose or ""


# ----- who is involved, and the links between them ----------------------------------------
@callback(
    Output(ids.NAME, "value"),
    Output(ids.ACTORS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.NAME, "n_submit"),
    Input(ids.ADD_ACTOR, "n_clicks"),
    State(ids.NAME, "value"),
    State(ids.KIND, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def add_name(_submit, _click, name: str | None, kind: str, map_id: int) -> tuple:
    """Type a name, press Enter: it is on the map, and the box is empty for the next."""
    if not acted():
        raise PreventUpdate
    outcome = add_actor(get_store(), map_id, name or "", kind, editor())
    if not outcome.saved:
        return no_update, no_update, status(problems=outcome.problems)
    return "", _actor_list(map_id), status(outcome.message)


@callback(
    Output(ids.TARGET, "value"),
    Output(ids.LINKS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.TARGET, "n_submit"),
    Input(ids.ADD_LINK, "n_clicks"),
    State(ids.SOURCE, "value"),
    State(ids.TARGET, "value"),
    State(ids.LINK_KIND, "data"),
    State(ids.RESOURCE, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def add_one_link(_submit, _click, source, target, kind: str, resource, map_id: int):
    """Enter in To (or Add) adds the link of this step's kind; To is emptied for the
    next, From kept."""
    if not acted():
        raise PreventUpdate
    outcome = add_link(get_store(), map_id, source, target, kind, editor(), resource)
    if not outcome.saved:
        return no_update, no_update, status(problems=outcome.problems)
    return "", _link_list(map_id, kind), status(outcome.message)
