"""Workshop mode: a kickoff run step by step on the projector, one question to the room
per screen, in big type, with a timer, next and back, and shortcuts shown on screen.

The steps and every edit they make live in :mod:`mapper.app.workshop` (no Dash); each
callback here reads its inputs, calls one of its functions and formats the result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)
from dash.exceptions import PreventUpdate

from mapper.app import session
from mapper.app.components.picture import FORMATS
from mapper.app.components.presenting import dropdowns_ready
from mapper.app.components.views import not_found, open_map, severity_badge, who_can_help
from mapper.app.context import acted, editor, get_store, who
from mapper.app.elements import map_elements, stylesheet
from mapper.app.figures import Plot, grid_figure
from mapper.app.ids import dom_id
from mapper.app.layouts import placed
from mapper.app.workshop import (
    STEPS,
    WorkshopStep,
    add_actor,
    add_link,
    answered,
    checklist_choices,
    chosen,
    dropped,
    ends,
    everyone,
    findings_for_room,
    links_of,
    place,
    place_drop,
    step_items,
    workshop_pack,
)
from mapper.content import load_content
from mapper.graph.analyse import analyse
from mapper.graph.insight import Reviewed, power_interest_grid
from mapper.graph.model import NODE_KINDS, RESOURCES, PartnershipMap
from mapper.io.pack import pack_filename, pack_html
from mapper.store import StoreError

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/workshop",
    name="Workshop mode",
    title="Workshop mode · Partnership Mapper",
    map_view="workshop",
    order=5,
)

SHORTCUTS = (
    ("Alt + →  or  Page Down", "next step"),
    ("Alt + ←  or  Page Up", "previous step"),
    ("Alt + T", "restart the timer"),
    ("Tab, Enter, arrows", "everything else"),
)
ANSWER_CHOICES = [{"label": word.capitalize(), "value": word} for word in ("yes", "partly", "no")]
SCALE = [{"label": str(n), "value": n} for n in range(1, 6)]
# The grid as wide as the workshop's page on a 1280-1366 px projector, until the page
# says how wide it is drawn (names are cut to fit), and with its axes short enough to be
# seen whole above the step buttons on a 768 px high screen, so that a name dragged from
# the tray reaches the bottom squares.
GRID_PLOT = Plot(width=1150.0)


class ids:
    """This page's ids (kept here, apart from the shared ``mapper.app.ids``)."""

    MAP = "ws-map"
    STEP = "ws-step"
    SCREEN = "ws-screen"
    STEPS = "ws-steps"
    BACK = "workshop-back"  # also named in assets/workshop.js
    NEXT = "workshop-next"  # also named in assets/workshop.js
    STATUS = "ws-status"
    PURPOSE = "ws-purpose"
    PURPOSE_SAVE = "ws-purpose-save"
    PURPOSE_WAS = "ws-purpose-was"
    NAME = "ws-name"
    KIND = "ws-kind"
    ADD_ACTOR = "ws-add-actor"
    ACTORS = "ws-actors"
    SOURCE = "ws-source"
    TARGET = "ws-target"
    ADD_LINK = "ws-add-link"
    LINKS = "ws-links"
    LINK_KIND = "ws-link-kind"
    RESOURCE = "ws-resource"
    GRID_ACTOR = "ws-grid-actor"
    POWER = "ws-power"
    INTEREST = "ws-interest"
    PLACE = "ws-place"
    GRID = "ws-grid"
    GRID_WIDTH = "ws-grid-width"
    FINDINGS = "ws-findings"
    ACTION_TITLE = "ws-action-title"
    ACTION_OWNER = "ws-action-owner"
    ACTION_ITEMS = "ws-action-items"
    ACTION_FINDING = "ws-action-finding"
    ADD_ACTION = "ws-add-action"
    ACTIONS = "ws-actions"
    PICTURE = "ws-picture"
    PREVIEW = "ws-preview"
    PRINT = "ws-print"
    DOWNLOAD = "ws-download"
    SAVE_PACK = "ws-save-pack"

    @staticmethod
    def answer(item: Any) -> dict[str, Any]:
        return {"type": "ws-answer", "item": item}

    @staticmethod
    def note(item: Any) -> dict[str, Any]:
        return {"type": "ws-note", "item": item}

    @staticmethod
    def jump(step: Any) -> dict[str, Any]:
        return {"type": "ws-jump", "step": step}

    @staticmethod
    def discussed(key: Any) -> dict[str, Any]:
        return {"type": "ws-discussed", "key": key}


# ----- the screens -----------------------------------------------------------------------
def _status(text: str = "", problems: tuple[str, ...] = ()) -> list[Any]:
    if problems:
        return [html.Span(" ".join(problems), className="ws-problem")]
    return [text] if text else []


def _checklist(map_id: int, step: WorkshopStep) -> list[Any]:
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


def _purpose(map_id: int, step: WorkshopStep) -> list[Any]:
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
        *_checklist(map_id, step),
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


def _actors(map_id: int, step: WorkshopStep) -> list[Any]:
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


def _picker(
    component_id: str,
    label: str,
    choices: list[dict[str, str]],
    placeholder: str,
    debounce: bool = False,
) -> html.Div:
    """A name box that suggests the names on the map as one types (a searchable list the
    browser draws, quick from the keyboard); the callback turns the name into its id."""
    names = f"{component_id}-names"
    return html.Div(
        [
            dbc.Label(label, html_for=component_id),
            dbc.Input(
                id=component_id,
                list=names,
                placeholder=placeholder,
                autocomplete="off",
                debounce=debounce,
            ),
            html.Datalist([html.Option(value=c["label"]) for c in choices], id=names),
        ]
    )


def _link_list(map_id: int, kind: str) -> list[Any]:
    said = links_of(get_store().load_map(map_id), kind)
    if not said:
        return [html.P("No links of this kind yet.", className="ws-empty")]
    return [
        html.P(f"{len(said)} so far, the newest first:", className="ws-count"),
        html.Ul([html.Li(line) for line in said], className="ws-lines"),
    ]


def _links(map_id: int, step: WorkshopStep) -> list[Any]:
    froms, tos = ends(get_store().load_map(map_id), step.link)
    verb = load_content().vocabulary.label("edge_kind", step.link)
    return [
        html.Div(
            [
                _picker(ids.SOURCE, "From", froms, "Who"),
                html.Span(verb, className="ws-verb"),
                _picker(ids.TARGET, "To", tos, "Whom"),
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


def _grid_picture(
    pmap: PartnershipMap, selected: str | None = None, width: float | None = None
) -> Any:
    """The workshop's grid, its plotting area ``width`` pixels wide (as the page last
    measured it): every actor's name a chip to drag, the waiting ones in a tray."""
    grid = power_interest_grid(analyse(pmap))
    plot = replace(GRID_PLOT, width=width) if width else GRID_PLOT
    return grid_figure(grid, selected=selected, plot=plot, movable=True)


def _grid(map_id: int, step: WorkshopStep) -> list[Any]:
    pmap = get_store().load_map(map_id)
    actors = everyone(pmap)
    return [
        html.Div(
            [
                dcc.Graph(
                    id=ids.GRID,
                    figure=_grid_picture(pmap),
                    config={
                        "displayModeBar": False,
                        "responsive": True,
                        "edits": {"annotationPosition": True},  # names are dragged
                    },
                    className="ws-grid-figure",
                ),
                dcc.Store(id=ids.GRID_WIDTH),
                html.Div(
                    [
                        _picker(ids.GRID_ACTOR, "Actor", actors, "Type a name", debounce=True),
                        html.Div(
                            [
                                html.Span("Power", id="ws-power-label"),
                                dbc.RadioItems(
                                    id=ids.POWER, name=ids.POWER, options=SCALE, inline=True
                                ),
                            ],
                            role="radiogroup",
                            **{"aria-labelledby": "ws-power-label"},
                        ),
                        html.Div(
                            [
                                html.Span("Interest", id="ws-interest-label"),
                                dbc.RadioItems(
                                    id=ids.INTEREST, name=ids.INTEREST, options=SCALE, inline=True
                                ),
                            ],
                            role="radiogroup",
                            **{"aria-labelledby": "ws-interest-label"},
                        ),
                        dbc.Button("Place on the grid", id=ids.PLACE, color="primary"),
                    ],
                    className="ws-form ws-grid-form",
                ),
            ],
            className="ws-grid-step",
        )
    ]


def _finding(item: Reviewed, done: bool) -> html.Div:
    found = item.finding
    return html.Div(
        [
            html.H2([severity_badge(found.severity), " ", found.title]),
            html.P(found.explanation),
            html.P([html.Strong("Suggested: "), item.action]) if item.action else None,
            who_can_help(found.rule),
            html.P("Discussed.", className="ws-done")
            if done
            else dbc.Button(
                "Mark as discussed",
                id=ids.discussed(item.key),
                color="primary",
                outline=True,
                title=f"Mark '{found.title}' as discussed in this workshop",
            ),
        ],
        className="ws-finding",
    )


def _finding_list(map_id: int) -> list[Any]:
    store = get_store()
    top, discussed = findings_for_room(analyse(store.load_map(map_id)), store.reviews(map_id))
    parts: list[Any] = [_finding(item, False) for item in top]
    if not top:
        parts.append(
            html.P(
                "Nothing open: the health check has no finding to take up.", className="ws-empty"
            )
        )
    if discussed:
        parts.append(html.H2(f"Discussed ({len(discussed)})", className="mt-3"))
        parts.append(html.Ul([html.Li(r.finding.title) for r in discussed], className="ws-lines"))
    return parts


def _findings(map_id: int, step: WorkshopStep) -> list[Any]:
    return [html.Div(_finding_list(map_id), id=ids.FINDINGS)]


def _action_list(map_id: int) -> list[Any]:
    store = get_store()
    pmap = store.load_map(map_id)
    agreed = [a for a in store.actions(map_id) if a.status != "dropped"]
    if not agreed:
        return [html.P("No actions agreed yet.", className="ws-empty")]
    return [
        html.P(f"{len(agreed)} agreed:", className="ws-count"),
        html.Ul(
            [
                html.Li(
                    [
                        html.Strong(a.title),
                        f" · {pmap.label(a.owner)}" if a.owner in pmap.graph else " · no owner yet",
                        html.Span(f" · answers {', '.join(a.items)}", className="ws-items")
                        if a.items
                        else None,
                    ]
                )
                for a in agreed
            ],
            className="ws-lines",
        ),
    ]


def _actions(map_id: int, step: WorkshopStep) -> list[Any]:
    store = get_store()
    pmap = store.load_map(map_id)
    owners = everyone(pmap)
    top, discussed = findings_for_room(analyse(pmap), store.reviews(map_id))
    findings = [{"label": r.finding.title, "value": r.key} for r in discussed + top]
    return [
        html.Div(
            [
                html.Div(
                    [
                        dbc.Label("The action", html_for=ids.ACTION_TITLE),
                        dbc.Input(id=ids.ACTION_TITLE, autocomplete="off", maxlength=200),
                    ],
                    className="ws-wide",
                ),
                _picker(ids.ACTION_OWNER, "Who owns it", owners, "An actor on the map"),
                html.Div(
                    [
                        dbc.Label("It answers (Compass checklists)", html_for=ids.ACTION_ITEMS),
                        dcc.Dropdown(
                            id=ids.ACTION_ITEMS,
                            options=checklist_choices(),
                            multi=True,
                            placeholder="Checklist items",
                        ),
                    ]
                ),
                html.Div(
                    [
                        dbc.Label("From the finding", html_for=ids.ACTION_FINDING),
                        dcc.Dropdown(
                            id=ids.ACTION_FINDING, options=findings, placeholder="(optional)"
                        ),
                    ]
                ),
                dbc.Button("Add the action", id=ids.ADD_ACTION, color="primary"),
            ],
            className="ws-form ws-action-form",
        ),
        html.Div(_action_list(map_id), id=ids.ACTIONS),
    ]


def _pack(map_id: int, step: WorkshopStep) -> list[Any]:
    pmap = get_store().load_map(map_id)
    return [
        html.Div(
            [
                dbc.Button("Print or save as PDF", id=ids.PRINT, color="primary"),
                dbc.Button(
                    "Download the pack (printable HTML)",
                    id=ids.SAVE_PACK,
                    color="primary",
                    outline=True,
                ),
                dcc.Download(id=ids.DOWNLOAD),
            ],
            className="ws-pack-buttons",
        ),
        html.Div(
            [
                cyto.Cytoscape(
                    id=ids.PICTURE,
                    elements=map_elements(pmap, placed(pmap)),
                    stylesheet=stylesheet(),
                    layout={"name": "preset", "fit": True, "padding": 30},
                    style={"width": "100%", "height": "52vh"},  # as high as the preview beside
                    userZoomingEnabled=False,
                    userPanningEnabled=False,
                    autoungrabify=True,
                ),
                html.Iframe(id=ids.PREVIEW, title="The workshop pack, as it prints"),
            ],
            className="ws-pack-view",
        ),
    ]


SCREENS = {
    "checklist": _checklist,
    "purpose": _purpose,
    "actors": _actors,
    "links": _links,
    "grid": _grid,
    "findings": _findings,
    "actions": _actions,
    "pack": _pack,
}


def _screen(map_id: int, index: int) -> list[Any]:
    step = STEPS[index]
    return [
        html.Div(
            [
                html.P(f"Step {index + 1} of {len(STEPS)}: {step.title}", className="ws-step-name"),
                html.Div(
                    f"{step.minutes}:00",
                    className="ws-timer",
                    role="timer",
                    title="Time left for this step",
                    **{"data-minutes": str(step.minutes), "data-step": step.id, "aria-live": "off"},
                ),
            ],
            className="ws-top",
        ),
        html.H1(
            step.question,
            className="ws-question",
            tabIndex="-1",
            id="ws-question",
            **{"data-index": str(index)},
        ),
        html.P(step.hint, className="ws-hint") if step.hint else None,
        html.Div(SCREENS[step.kind](map_id, step), className=f"ws-body ws-{step.kind}"),
    ]


def _steps_nav(index: int) -> list[Any]:
    return [
        html.Button(
            str(number + 1),
            id=ids.jump(number),
            className="ws-dot is-current" if number == index else "ws-dot",
            title=step.title,
            **{"aria-current": "step"} if number == index else {},
        )
        for number, step in enumerate(STEPS)
    ]


def layout(map_id: str | None = None, step: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    index = next((n for n, s in enumerate(STEPS) if s.id == step), 0)
    shortcuts = html.Ul(
        [html.Li([html.Kbd(keys), f" {what}"]) for keys, what in SHORTCUTS],
        className="ws-shortcuts",
        **{"aria-label": "Keyboard shortcuts"},
    )
    return html.Div(
        [
            html.P(f"Workshop: {pmap.name}", className="ws-map-name"),
            html.Div(_screen(number, index), id=ids.SCREEN),
            html.P(id=ids.STATUS, className="ws-status", role="status"),
            html.Nav(
                [
                    dbc.Button("← Back", id=ids.BACK, color="secondary", disabled=index == 0),
                    html.Div(_steps_nav(index), id=ids.STEPS, className="ws-dots"),
                    dbc.Button(
                        "Next →", id=ids.NEXT, color="primary", disabled=index == len(STEPS) - 1
                    ),
                ],
                className="ws-nav",
                **{"aria-label": "Workshop steps"},
            ),
            shortcuts,
            dcc.Store(id=ids.MAP, data=number),
            dcc.Store(id=ids.STEP, data=index),
            dropdowns_ready(),  # the actions step's dropdowns are drawn with it
        ],
        className="workshop",
    )


# ----- moving between steps ----------------------------------------------------------------
@callback(
    Output(ids.STEP, "data"),
    Output(ids.SCREEN, "children"),
    Output(ids.STEPS, "children"),
    Output(ids.BACK, "disabled"),
    Output(ids.NEXT, "disabled"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.BACK, "n_clicks"),
    Input(ids.NEXT, "n_clicks"),
    Input(ids.jump(ALL), "n_clicks"),
    State(ids.STEP, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def move(_back, _next, _jumps, index: int, map_id: int) -> tuple:
    """Next, back, or straight to a step: the screen of that step, drawn afresh."""
    if not acted():
        raise PreventUpdate
    if isinstance(ctx.triggered_id, dict):
        index = ctx.triggered_id["step"]
    else:
        index += 1 if ctx.triggered_id == ids.NEXT else -1
    index = max(0, min(len(STEPS) - 1, index))
    return (
        index,
        _screen(map_id, index),
        _steps_nav(index),
        index == 0,
        index == len(STEPS) - 1,
        "",
    )


clientside_callback(  # each screen's question takes the focus, for screen readers too
    ClientsideFunction(namespace="workshop", function_name="focusQuestion"),
    Output(ids.SCREEN, "title"),
    Input(ids.STEP, "data"),
)


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
        return _status(problems=("Choose yes, partly or no first; then the note is kept.",))
    kept = get_store().answers(map_id).get(item)
    if kept and (kept.answer, kept.note) == (answer, note.strip()):
        raise PreventUpdate
    try:
        get_store().set_answer(map_id, item, answer, note=note, who=who())
    except StoreError as error:  # a view link, or a note too long: said, nothing kept
        return _status(problems=(str(error),))
    return _status(f"Kept: {answer}" + (f", “{note.strip()}”." if note.strip() else "."))


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
        return _status(outcome.message, outcome.problems), no_update
    return _status("Saved the purpose."), purpose or ""


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
        return no_update, no_update, _status(problems=outcome.problems)
    return "", _actor_list(map_id), _status(outcome.message)


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
        return no_update, no_update, _status(problems=outcome.problems)
    return "", _link_list(map_id, kind), _status(outcome.message)


# ----- power and interest -----------------------------------------------------------------
@callback(
    Output(ids.POWER, "value"),
    Output(ids.INTEREST, "value"),
    Output(ids.GRID, "figure"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.GRID_ACTOR, "value"),
    Input(ids.PLACE, "n_clicks"),
    State(ids.POWER, "value"),
    State(ids.INTEREST, "value"),
    State(ids.GRID_WIDTH, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def place_on_grid(name: str | None, _place, power: int | None, interest: int | None, width, map_id):
    """Naming an actor shows where it is; "Place on the grid" saves its power and interest
    together (one edit, one undo) and moves its name."""
    store = get_store()
    actor = chosen(everyone(store.load_map(map_id)), name)
    if name and actor is None:
        return (
            no_update,
            no_update,
            no_update,
            _status(problems=(f"Nobody called {name.strip()} is on the map.",)),
        )
    if ctx.triggered_id == ids.PLACE:
        if not acted():
            raise PreventUpdate
        if actor is None or power is None or interest is None:
            problem = "Name an actor and choose its power and interest first."
            return no_update, no_update, no_update, _status(problems=(problem,))
        outcome = place(store, map_id, actor, power, interest, editor())
        figure = _grid_picture(store.load_map(map_id), actor, width)
        return no_update, no_update, figure, _status(outcome.message, outcome.problems)
    pmap = store.load_map(map_id)
    figure = _grid_picture(pmap, actor, width)
    if actor is None:
        return None, None, figure, []
    node = pmap.graph.nodes[actor]
    where = (
        f"power {node['power']}, interest {node['interest']}"
        if node.get("power") and node.get("interest")
        else "not on the grid yet: choose its power and interest"
    )
    return (
        node.get("power"),
        node.get("interest"),
        figure,
        _status(f"{pmap.label(actor)}: {where}."),
    )


@callback(
    Output(ids.GRID, "figure", allow_duplicate=True),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Output(ids.POWER, "value", allow_duplicate=True),
    Output(ids.INTEREST, "value", allow_duplicate=True),
    Input(ids.GRID, "relayoutData"),
    State(ids.GRID, "figure"),
    State(ids.GRID_ACTOR, "value"),
    State(ids.GRID_WIDTH, "data"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def drop_on_grid(relayout: dict | None, figure: dict, name: str | None, width, map_id) -> tuple:
    """A name dragged to a square: its power and interest saved together (one edit, one
    undo), as "Place on the grid" does; let go in its own square or outside the grid, it
    goes back where it was. The form follows when it names the same actor."""
    drop = dropped(relayout, figure)
    if drop is None:
        raise PreventUpdate
    store = get_store()
    outcome = place_drop(store, map_id, drop, editor())
    pmap = store.load_map(map_id)
    named = chosen(everyone(pmap), name) == drop.actor and outcome.saved
    return (
        _grid_picture(pmap, drop.actor, width),
        _status(outcome.message, outcome.problems),
        drop.power if named else no_update,
        drop.interest if named else no_update,
    )


clientside_callback(  # once drawn, the grid's width is watched: names are cut to fit it
    """function (_relayout) {
        const graph = document.querySelector("#ws-grid .js-plotly-plot");
        if (graph && !graph.dataset.watched) {
            graph.dataset.watched = "yes";
            let settled = null;
            new ResizeObserver(() => {
                clearTimeout(settled);
                settled = setTimeout(() => {
                    const layout = graph.layout;  // none once the step is left
                    if (!graph.isConnected || !layout || !layout.meta) {
                        return;
                    }
                    const margin = layout.margin;
                    const width = Math.round(
                        graph.getBoundingClientRect().width - margin.l - margin.r
                    );
                    if (Math.abs(width - layout.meta.width) > 24) {
                        window.dash_clientside.set_props("ws-grid-width", {data: width});
                    }
                }, 250);
            }).observe(graph);
        }
        return window.dash_clientside.no_update;
    }""",
    Output(ids.GRID_WIDTH, "data"),
    Input(ids.GRID, "relayoutData"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.GRID, "figure", allow_duplicate=True),
    Input(ids.GRID_WIDTH, "data"),
    State(ids.GRID_ACTOR, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def fit_grid(width: float | None, name: str | None, map_id: int) -> Any:
    """The grid drawn again for the width the page has (a narrow projector, a window
    resized), so that every name fits its square."""
    if not width:
        raise PreventUpdate
    pmap = get_store().load_map(map_id)
    return _grid_picture(pmap, chosen(everyone(pmap), name), width)


@callback(
    Output(ids.GRID_ACTOR, "value"),
    Input(ids.GRID, "clickAnnotationData"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def pick_on_grid(click: dict | None, map_id: int) -> str:
    """A click on a name (without dragging it) names that actor in the form."""
    actor = ((click or {}).get("annotation") or {}).get("name")
    pmap = get_store().load_map(map_id)
    if actor not in pmap.graph:
        raise PreventUpdate
    return pmap.label(actor)


# ----- findings and actions ---------------------------------------------------------------
@callback(
    Output(ids.FINDINGS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.discussed(ALL), "n_clicks"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def mark_discussed(_clicks, map_id: int) -> tuple:
    """The room has taken the finding up: it goes to the pack's findings discussed."""
    if not acted() or not isinstance(ctx.triggered_id, dict):
        raise PreventUpdate
    try:
        get_store().set_review(
            map_id, ctx.triggered_id["key"], "discussed", note="Taken up in the workshop", who=who()
        )
    except StoreError as error:
        return no_update, _status(problems=(str(error),))
    return _finding_list(map_id), _status("Marked as discussed.")


@callback(
    Output(ids.ACTION_TITLE, "value"),
    Output(ids.ACTION_ITEMS, "value"),
    Output(ids.ACTIONS, "children"),
    Output(ids.STATUS, "children", allow_duplicate=True),
    Input(ids.ACTION_TITLE, "n_submit"),
    Input(ids.ADD_ACTION, "n_clicks"),
    State(ids.ACTION_TITLE, "value"),
    State(ids.ACTION_OWNER, "value"),
    State(ids.ACTION_ITEMS, "value"),
    State(ids.ACTION_FINDING, "value"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def add_action(_submit, _click, title, owner, items, finding, map_id: int) -> tuple:
    """Keep an agreed action with its owner and the checklist items it answers."""
    if not acted():
        raise PreventUpdate
    if not (title or "").strip():
        return no_update, no_update, no_update, _status(problems=("Type the action first.",))
    store = get_store()
    owner_id = chosen(everyone(store.load_map(map_id)), owner)
    if (owner or "").strip() and owner_id is None:
        problem = f"Nobody called {owner.strip()} is on the map to own it."
        return no_update, no_update, no_update, _status(problems=(problem,))
    try:
        store.add_action(
            map_id,
            title.strip(),
            owner=owner_id,
            finding_key=finding or None,
            items=tuple(items or ()),
            who=who(),
        )
    except StoreError as error:
        return no_update, no_update, no_update, _status(problems=(str(error),))
    return "", [], _action_list(map_id), _status(f"Added the action ‘{title.strip()}’.")


# ----- the pack ---------------------------------------------------------------------------
@callback(
    Output(ids.PICTURE, "generateImage"),
    Input(ids.PICTURE, "elements"),
)
def draw_picture(_elements) -> dict[str, Any]:
    """Ask the canvas for its picture, kept in the page (the pack carries it inside)."""
    return {"type": "png", "action": "store", "options": FORMATS["png"][1]}


@callback(
    Output(ids.PREVIEW, "srcDoc"),
    Input(ids.PICTURE, "imageData"),
    State(ids.MAP, "data"),
)
def preview_pack(picture: str | None, map_id: int) -> str:
    """The pack as it prints, with the picture once the canvas has drawn it."""
    return pack_html(workshop_pack(get_store(), map_id, picture, dt.date.today()))


@callback(
    Output(ids.DOWNLOAD, "data"),
    Input(ids.SAVE_PACK, "n_clicks"),
    State(ids.PICTURE, "imageData"),
    State(ids.MAP, "data"),
    prevent_initial_call=True,
)
def download_pack(_click, picture: str | None, map_id: int) -> dict:
    if not acted():
        raise PreventUpdate
    pack = workshop_pack(get_store(), map_id, picture, dt.date.today())
    return dcc.send_string(pack_html(pack), pack_filename(pack))


clientside_callback(
    ClientsideFunction(namespace="workshop", function_name="printPack"),
    Output(ids.PRINT, "title"),
    Input(ids.PRINT, "n_clicks"),
    State(ids.PREVIEW, "id"),
    prevent_initial_call=True,
)
