"""The partners' survey: start a round, send personal links, read what the answers show.

The facilitator (signed in, or with an edit link) starts rounds, sees answers by
respondent, accepts reported links into the map and deletes rounds; a view link shows a
round's aggregates only. The logic is in :mod:`mapper.app.rounds` and the store's
:mod:`mapper.store.survey`; these callbacks read inputs and format results.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
import flask
from dash import ALL, Input, Output, State, callback, ctx, dcc, html
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.round_summary import round_summary
from mapper.app.components.views import (
    not_found,
    open_map,
    severity_badge,
    view_page,
    when,
)
from mapper.app.context import acted, may_edit, survey_store, who
from mapper.app.respond import MAIN_QUESTIONS
from mapper.app.rounds import (
    FACILITATOR_ONLY,
    RoundView,
    accept_proposal,
    email_link,
    qr_svg,
    read_round,
    respondent_choices,
    round_of_map,
)
from mapper.graph.model import slugify
from mapper.graph.rules import counted, day_words
from mapper.graph.survey import FEWEST, RESOURCE_QUESTIONS
from mapper.io.responses import ResponsesError, read_responses, responses_csv
from mapper.store import NotAllowed
from mapper.store import survey as rounds_store

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/survey",
    name="Survey",
    title="Partners' survey · Partnership Mapper",
    map_view="survey",
    order=60,
)

PICK = "survey-round-pick"  # the list of rounds, hidden until there is one
INTRO = (
    "Ask the partners themselves. Each respondent gets a personal link to a short form "
    "(about 10 minutes, on a phone or a computer, no account needed) about the "
    "organisations they work with and the Compass's checklists. The answers show where "
    "partners see their links differently, where they disagree with the lead, and how "
    "much they trust and value each other."
)


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    facilitator = may_edit(number)
    parts: list[Any] = []
    if facilitator:
        options, chosen = respondent_choices(pmap)
        parts.append(_start_card(options, chosen))
    parts += [
        html.Div(
            [
                html.H2("Rounds"),
                dbc.Label("Round", html_for=ids.SURVEY_ROUND, class_name="visually-hidden"),
                dbc.Select(id=ids.SURVEY_ROUND, class_name=f"{PICK} d-none"),
                html.Div(id=ids.SURVEY_BODY),
                html.Div(id=ids.SURVEY_MESSAGE, role="status", className="survey-message"),
            ],
            className="insight-card",
        ),
        dcc.Store(id=ids.SURVEY_MAP, data=number),
        dcc.Store(id=ids.SURVEY_VERSION, data=_bump(None)),
        dcc.Download(id=ids.SURVEY_DOWNLOAD),
        dcc.ConfirmDialog(
            id=ids.SURVEY_CONFIRM_DELETE,
            message="Delete this round and every answer in it, for good? This cannot be undone.",
        ),
    ]
    if facilitator:
        parts.append(_import_card())
    return view_page(pmap, "Partners' survey", INTRO, *parts)


def _start_card(options: list[dict[str, str]], chosen: list[str]) -> html.Div:
    closes = dt.date.today() + dt.timedelta(days=14)
    return html.Div(
        [
            html.H2("Start a round"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label("Name of the round", html_for=ids.SURVEY_NAME),
                            dbc.Input(
                                id=ids.SURVEY_NAME,
                                placeholder=f"e.g. {dt.date.today():%B %Y} check-in",
                                maxlength=120,
                            ),
                        ],
                        md=6,
                    ),
                    dbc.Col(
                        [
                            dbc.Label("Last day for answers", html_for=ids.SURVEY_CLOSES),
                            dbc.Input(id=ids.SURVEY_CLOSES, type="date", value=closes.isoformat()),
                        ],
                        md=6,
                    ),
                ],
                class_name="g-3 mb-2",
            ),
            dbc.Label("Who to ask", html_for=ids.SURVEY_WHO),
            dcc.Dropdown(
                id=ids.SURVEY_WHO,
                options=options,
                value=chosen,
                multi=True,
                placeholder="Choose partner organisations or people",
            ),
            dbc.Button("Start the round", id=ids.SURVEY_START, color="primary", class_name="mt-3"),
            html.Div(id=ids.SURVEY_LINKS),
        ],
        className="insight-card",
    )


def _import_card() -> html.Div:
    return html.Div(
        [
            html.H2("Answers on paper or from an online form"),
            html.P(
                [
                    "Import a CSV file with the columns ",
                    html.Code("respondent, about, question, answer"),
                    " (and optionally ",
                    html.Code("comment"),
                    "): one answer a row, actors by name or id; questions ",
                    html.Code(", ".join(MAIN_QUESTIONS)),
                    ", resources other than money by their kind (",
                    html.Code(", ".join(q for q in RESOURCE_QUESTIONS if q != "funds")),
                    "), or a checklist item id such as ",
                    html.Code("P1.action.1"),
                    " or ",
                    html.Code("R.4"),
                    " with ",
                    html.Code("about"),
                    " left empty. The answers become a new round.",
                ],
                className="text-secondary",
            ),
            dcc.Upload(
                dbc.Button("Import answers (CSV)", color="primary", outline=True),
                id=ids.SURVEY_UPLOAD,
                accept=".csv,text/csv",
            ),
        ],
        className="insight-card",
    )


# ----- starting a round and sending links --------------------------------------------------
@callback(
    Output(ids.SURVEY_LINKS, "children"),
    Output(ids.SURVEY_VERSION, "data", allow_duplicate=True),
    Input(ids.SURVEY_START, "n_clicks"),
    State(ids.SURVEY_NAME, "value"),
    State(ids.SURVEY_CLOSES, "value"),
    State(ids.SURVEY_WHO, "value"),
    State(ids.SURVEY_MAP, "data"),
    State(ids.SURVEY_VERSION, "data"),
    prevent_initial_call=True,
)
def start(_n, name: str | None, closes: str | None, chosen, map_id: int, version: dict) -> tuple:
    """Start the round and show each respondent's link, once."""
    if not acted():
        raise PreventUpdate
    if not may_edit(map_id):
        return _alert(FACILITATOR_ONLY), dash.no_update
    try:
        last_day = dt.date.fromisoformat(closes or "")
    except ValueError:
        return _alert("Choose the last day for answers."), dash.no_update
    if last_day < dt.date.today():
        return _alert("The last day for answers cannot be in the past."), dash.no_update
    store = survey_store(map_id)
    try:
        made, tokens = rounds_store.start_round(store, map_id, name or "", last_day, chosen or [])
    except ValueError as problem:
        return _alert(str(problem)), dash.no_update
    labels = {o["value"]: o["label"] for o in respondent_choices(store.load_map(map_id))[0]}
    cards = [_link_card(made, labels.get(actor, actor), token) for actor, token in tokens.items()]
    head = html.Div(
        [
            html.P(
                [
                    html.Strong(f"{made.name} has started: "),
                    f"{counted(len(tokens), 'personal link')}, taking answers until "
                    f"{day_words(made.closes.isoformat())}.",
                ],
                className="mb-1",
            ),
            html.P(
                "Send each link to its respondent now: for their privacy the links are "
                "shown only this once (a lost link can be replaced below).",
                className="text-secondary",
            ),
        ],
        className="alert alert-success mt-3",
    )
    return html.Div([head, html.Div(cards, className="survey-links")]), _bump(version, made.id)


def _link_card(made: Any, label: str, token: str) -> html.Div:
    url = f"{flask.request.host_url.rstrip('/')}/answer/{token}"
    return html.Div(
        [
            html.Img(src=qr_svg(url), alt=f"QR code of the link for {label}", className="qr"),
            html.Div(
                [
                    html.Strong(label),
                    html.Label(
                        [
                            html.Span(f"Personal link for {label}", className="visually-hidden"),
                            dbc.Input(
                                value=url,
                                readonly=True,
                                type="url",
                                size="sm",
                                class_name="survey-url",
                            ),
                        ]
                    ),
                    html.Div(
                        [
                            dcc.Clipboard(
                                content=url, title="Copy the link", className="btn btn-sm"
                            ),
                            html.A(
                                "Email it",
                                href=email_link(url, label, made.name, made.closes),
                                className="btn btn-sm btn-outline-primary",
                            ),
                            html.A(
                                "Open",
                                href=url,
                                target="_blank",
                                className="btn btn-sm btn-outline-secondary",
                            ),
                        ],
                        className="survey-link-actions",
                    ),
                ],
                className="survey-link-text",
            ),
        ],
        className="survey-link",
    )


# ----- choosing and showing a round --------------------------------------------------------
@callback(
    Output(ids.SURVEY_ROUND, "options"),
    Output(ids.SURVEY_ROUND, "value"),
    Output(ids.SURVEY_ROUND, "class_name"),
    Input(ids.SURVEY_VERSION, "data"),
    State(ids.SURVEY_MAP, "data"),
    State(ids.SURVEY_ROUND, "value"),
)
def list_rounds(version: dict, map_id: int, current: str | None) -> tuple:
    """The map's rounds, newest first: the one just made, else the one shown, else the
    newest is chosen; no empty list to choose from before the first round."""
    found = rounds_store.rounds(survey_store(map_id), map_id)
    options = [{"label": f"{r.name} (until {when(r.closes)})", "value": str(r.id)} for r in found]
    values = [o["value"] for o in options]
    for wanted in (str((version or {}).get("round")), current):
        if wanted in values:
            return options, wanted, PICK
    return options, values[0] if values else None, PICK if values else f"{PICK} d-none"


@callback(
    Output(ids.SURVEY_BODY, "children"),
    Input(ids.SURVEY_ROUND, "value"),
    Input(ids.SURVEY_VERSION, "data"),
    State(ids.SURVEY_MAP, "data"),
)
def show_round(round_id: str | None, _version: dict, map_id: int) -> Any:
    if not round_id:
        return html.P(
            "No rounds yet."
            + (" Start one above, or import answers below." if may_edit(map_id) else ""),
            className="text-secondary mt-2",
        )
    try:
        view = read_round(
            survey_store(map_id), map_id, int(round_id), may_edit(map_id), dt.date.today()
        )
    except NotAllowed as refused:
        return _alert(str(refused))
    return round_body(view)


def round_body(view: RoundView) -> html.Div:
    """A round as the page shows it: aggregates, then who said what when names are
    shown, then the facilitator's parts."""
    parts: list[Any] = [round_summary(view, dt.date.today())]
    if view.named:
        parts.append(_findings(view))
    parts.append(_actor_table(view))
    if view.named:
        parts += [_proposals(view), _said(view)]
    if view.facilitator:
        parts += [_respondents(view), _round_actions(view)]
    else:
        parts.append(
            html.P(
                "The facilitator chose to show who said what in this round."
                if view.named
                else "Answers by respondent are seen by the partnership's facilitator only.",
                className="text-secondary small",
            )
        )
    return html.Div(parts)


def _findings(view: RoundView) -> html.Div:
    if not view.findings:
        body: Any = html.P(
            "No perception gaps or checklist disagreements: where partners answered about "
            "each other, they see their links alike.",
            className="text-secondary",
        )
    else:
        body = [
            html.Div(
                [
                    html.Div([severity_badge(f.severity), " ", html.Strong(f.title)]),
                    html.P(f.explanation, className="finding-text"),
                ],
                className="finding",
            )
            for f in view.findings
        ]
    return html.Div(
        [html.H3("What the answers show", className="h5 mt-3"), html.Div(body)],
        className="survey-findings",
    )


def _score(score: dict[str, Any]) -> str:
    if score.get("held"):
        return f"held back ({score['answers']})"
    if not score["answers"]:
        return "–"
    return f"{score['score']:g} ({score['answers']})"


def _actor_table(view: RoundView) -> html.Div:
    actors = view.summary["actors"]
    if not actors:
        return html.P("No answers about anyone yet.", className="text-secondary")
    head = html.Thead(
        html.Tr(
            [
                html.Th("Actor"),
                html.Th("Trust others give it"),
                html.Th("Value"),
                html.Th("Power as others rate it"),
                html.Th("Power as recorded"),
                html.Th("Power the structure suggests"),
            ]
        )
    )
    rows = [
        html.Tr(
            [
                html.Td(item["label"]),
                html.Td(_score(item["trust"])),
                html.Td(_score(item["value"])),
                html.Td(_score(item["power_rated"])),
                html.Td(item["power_recorded"] or "–"),
                html.Td(item["power_structure"] or "–"),
            ]
        )
        for item in sorted(actors.values(), key=lambda a: a["label"].casefold())
    ]
    return html.Div(
        [
            html.H3("Trust and value", className="h5 mt-3"),
            html.P(
                "Scores are out of 5, with the number of answers each rests on in brackets. "
                "Value adds up the power others give an actor, how often they talk with it "
                "and whether it gives them money or other resources; the structure's place "
                "ranks who others depend on, on the map."
                + (
                    ""
                    if view.named
                    else f" A score resting on fewer than {FEWEST} answers is held back, so "
                    "no one's answer can be told apart."
                ),
                className="text-secondary small",
            ),
            html.Div(
                dbc.Table([head, html.Tbody(rows)], size="sm", class_name="survey-table"),
                className="table-responsive",
            ),
        ]
    )


def _proposals(view: RoundView) -> html.Div:
    if not view.proposals:
        body: Any = html.P(
            "Every link the answers report is on the map, or was set aside.",
            className="text-secondary",
        )
    else:
        body = html.Ul(
            [
                html.Li(
                    [
                        html.Span(
                            [
                                html.Strong(f"{p['source_label']} {p['says']} {p['target_label']}"),
                                " (new on the map)" if p["new_actor"] else "",
                                f", reported by {_names(view, p['reported_by'])}",
                            ]
                        ),
                        html.Span(
                            [
                                dbc.Button(
                                    "Add to the map",
                                    id=ids.survey_action("accept", p["key"]),
                                    size="sm",
                                    color="primary",
                                ),
                                dbc.Button(
                                    "Set aside",
                                    id=ids.survey_action("aside", p["key"]),
                                    size="sm",
                                    color="secondary",
                                    outline=True,
                                ),
                            ]
                            if view.facilitator
                            else [],
                            className="survey-buttons",
                        ),
                    ],
                    className="survey-row",
                )
                for p in view.proposals
            ],
            className="survey-list",
        )
    return html.Div(
        [html.H3("Links the answers report, not on the map", className="h5 mt-3"), body]
    )


def _names(view: RoundView, actors: list[str]) -> str:
    return ", ".join(view.labels.get(a, a) for a in actors)


def _said(view: RoundView) -> html.Div:
    """Each respondent's answers, folded under their name."""
    head = html.Thead(
        html.Tr([html.Th("About"), html.Th("Question"), html.Th("Answer"), html.Th("Comment")])
    )
    folds = [
        html.Details(
            [
                html.Summary(f"{said.who}: {counted(len(said.rows), 'answer')}"),
                html.Div(
                    dbc.Table(
                        [head, html.Tbody([html.Tr([html.Td(c) for c in r]) for r in said.rows])],
                        size="sm",
                        class_name="survey-table",
                    ),
                    className="table-responsive",
                ),
            ],
            className="survey-said",
        )
        for said in view.said
    ]
    return html.Div(
        [
            html.H3("Who said what", className="h5 mt-3"),
            html.Div(folds or html.P("No answers yet.", className="text-secondary")),
        ]
    )


def _respondents(view: RoundView) -> html.Div:
    rows = []
    for person, label in view.respondents:
        if not person.has_link:
            link = "answers imported"
        elif person.revoked:
            link = "link withdrawn"
        else:
            link = "link working"
        buttons = []
        if person.has_link or view.round.open_on(dt.date.today()):
            buttons.append(
                dbc.Button(
                    "New link",
                    id=ids.survey_action("link", person.actor),
                    size="sm",
                    color="secondary",
                    outline=True,
                )
            )
        if person.has_link and not person.revoked:
            buttons.append(
                dbc.Button(
                    "Withdraw link",
                    id=ids.survey_action("revoke", str(person.id)),
                    size="sm",
                    color="secondary",
                    outline=True,
                )
            )
        rows.append(
            html.Li(
                [
                    html.Span(
                        [html.Strong(label), f": {counted(person.answered, 'answer')}, {link}"]
                    ),
                    html.Span(buttons, className="survey-buttons"),
                ],
                className="survey-row",
            )
        )
    return html.Div(
        [
            html.H3("Respondents", className="h5 mt-3"),
            html.Ul(rows, className="survey-list"),
        ]
    )


def _round_actions(view: RoundView) -> html.Div:
    return html.Div(
        [
            dbc.Switch(
                id=ids.SURVEY_SHOW_NAMES,
                label="Show who said what on share links",
                value=view.round.show_names,
                class_name="mt-3 mb-0",
            ),
            html.P(
                "Off: a view link shows this round's figures only. On: it also shows each "
                "respondent's answers, the findings and the reported links, with names. "
                "Respondents' forms say which it is: anyone who answered while it was off "
                "was told their name would not be shown, so ask them before turning it on.",
                className="text-secondary small",
            ),
            html.Div(
                [
                    dbc.Button(
                        "Export answers (CSV)", id=ids.SURVEY_EXPORT, color="primary", outline=True
                    ),
                    dbc.Button(
                        "Delete this round", id=ids.SURVEY_DELETE, color="danger", outline=True
                    ),
                ],
                className="survey-actions",
            ),
        ],
        className="mt-3",
    )


@callback(
    Output(ids.SURVEY_MESSAGE, "children", allow_duplicate=True),
    Input(ids.SURVEY_SHOW_NAMES, "value"),
    State(ids.SURVEY_ROUND, "value"),
    State(ids.SURVEY_MAP, "data"),
    prevent_initial_call=True,
)
def show_names(show: bool | None, round_id: str | None, map_id: int) -> Any:
    """Turn on or off who said what on share links (the facilitator's choice)."""
    if show is None or not round_id:
        raise PreventUpdate
    if not may_edit(map_id):
        return _alert(FACILITATOR_ONLY)
    store = survey_store(map_id)
    made = round_of_map(store, map_id, int(round_id))
    if made.show_names == show:  # the switch drawn with the round: nothing changed
        raise PreventUpdate
    rounds_store.set_show_names(store, made.id, show)
    if show:
        return _done(f"Share links now show who said what in {made.name}.")
    return _done(f"Share links now show {made.name}'s figures only, without names.")


# ----- acting on a round -------------------------------------------------------------------
@callback(
    Output(ids.SURVEY_MESSAGE, "children"),
    Output(ids.SURVEY_VERSION, "data", allow_duplicate=True),
    Input(ids.survey_action(ALL, ALL), "n_clicks"),
    State(ids.SURVEY_ROUND, "value"),
    State(ids.SURVEY_MAP, "data"),
    State(ids.SURVEY_VERSION, "data"),
    prevent_initial_call=True,
)
def act(_clicks, round_id: str | None, map_id: int, version: dict) -> tuple:
    """Add a reported link to the map, set it aside, or replace or withdraw a link."""
    if not acted() or not round_id or not isinstance(ctx.triggered_id, dict):
        raise PreventUpdate
    if not may_edit(map_id):
        return _alert(FACILITATOR_ONLY), dash.no_update
    store, action, key = survey_store(map_id), ctx.triggered_id["act"], ctx.triggered_id["key"]
    try:
        made = round_of_map(store, map_id, int(round_id))
        if action == "accept":
            done = accept_proposal(store, map_id, made.id, key, who(), dt.date.today())
        elif action == "aside":
            rounds_store.set_aside(store, made.id, key)
            done = "Set aside: it will not be proposed again for this round."
        elif action == "revoke":
            rounds_store.revoke(store, int(key))
            done = "The link no longer works; the answers given with it are kept."
        else:
            token = rounds_store.new_link(store, made.id, key)
            label = store.load_map(map_id).label(key) if key else key
            return dbc.Alert(
                [
                    html.P(
                        "A new link: the old one no longer works. Send it now; it is shown "
                        "only this once.",
                        className="mb-2",
                    ),
                    _link_card(made, label, token),
                ],
                color="info",
                dismissable=True,
            ), _bump(version)
    except (NotAllowed, ValueError) as problem:
        return _alert(str(problem)), dash.no_update
    return _done(done), _bump(version)


@callback(
    Output(ids.SURVEY_DOWNLOAD, "data"),
    Input(ids.SURVEY_EXPORT, "n_clicks"),
    State(ids.SURVEY_ROUND, "value"),
    State(ids.SURVEY_MAP, "data"),
    prevent_initial_call=True,
)
def export(_n, round_id: str | None, map_id: int) -> dict:
    """The round's answers as CSV, in the format ``analyse --responses`` reads."""
    if not acted() or not round_id or not may_edit(map_id):
        raise PreventUpdate
    store = survey_store(map_id)
    made = round_of_map(store, map_id, int(round_id))
    text = responses_csv(rounds_store.answers(store, made.id))
    return dcc.send_string(text, f"survey-{slugify(made.name)}.csv")


@callback(
    Output(ids.SURVEY_CONFIRM_DELETE, "displayed"),
    Input(ids.SURVEY_DELETE, "n_clicks"),
    prevent_initial_call=True,
)
def ask_delete(_n) -> bool:
    if not acted():
        raise PreventUpdate
    return True


@callback(
    Output(ids.SURVEY_MESSAGE, "children", allow_duplicate=True),
    Output(ids.SURVEY_VERSION, "data", allow_duplicate=True),
    Output(ids.SURVEY_ROUND, "value", allow_duplicate=True),
    Input(ids.SURVEY_CONFIRM_DELETE, "submit_n_clicks"),
    State(ids.SURVEY_ROUND, "value"),
    State(ids.SURVEY_MAP, "data"),
    State(ids.SURVEY_VERSION, "data"),
    prevent_initial_call=True,
)
def delete(_n, round_id: str | None, map_id: int, version: dict) -> tuple:
    """Delete the round, with every answer in it, for good."""
    if not acted() or not round_id:
        raise PreventUpdate
    if not may_edit(map_id):
        return _alert(FACILITATOR_ONLY), dash.no_update, dash.no_update
    store = survey_store(map_id)
    made = round_of_map(store, map_id, int(round_id))
    rounds_store.delete_round(store, made.id)
    return _done(f"Deleted {made.name} and its answers."), _bump(version), None


@callback(
    Output(ids.SURVEY_MESSAGE, "children", allow_duplicate=True),
    Output(ids.SURVEY_VERSION, "data", allow_duplicate=True),
    Input(ids.SURVEY_UPLOAD, "contents"),
    State(ids.SURVEY_UPLOAD, "filename"),
    State(ids.SURVEY_MAP, "data"),
    State(ids.SURVEY_VERSION, "data"),
    prevent_initial_call=True,
)
def upload(contents: str | None, filename: str | None, map_id: int, version: dict) -> tuple:
    """Answers from a CSV file become a new round (all or nothing)."""
    if not contents:
        raise PreventUpdate
    if not may_edit(map_id):
        return _alert(FACILITATOR_ONLY), dash.no_update
    store = survey_store(map_id)
    data = base64.b64decode(contents.partition(",")[2])
    name = (filename or "answers.csv").rsplit(".", 1)[0]
    try:
        responses = read_responses(data, store.load_map(map_id), name=name)
    except ResponsesError as problem:
        return _alert(f"{filename}: {problem}"), dash.no_update
    made = rounds_store.import_round(store, map_id, responses)
    people = counted(len(responses.respondents), "respondent")
    text = f"Imported {counted(len(responses.answers), 'answer')} from {people} as {made.name}."
    return _done(text), _bump(version, made.id)


def _bump(version: dict | None, round_id: int | None = None) -> dict:
    """The page's version after a change (every part that shows a round redraws), and
    the round to show (one just made), if any."""
    return {"n": (version or {}).get("n", 0) + 1, "round": round_id}


def _alert(text: str) -> dbc.Alert:
    return dbc.Alert(text, color="warning", dismissable=True, class_name="mt-2")


def _done(text: str) -> dbc.Alert:
    return dbc.Alert(text, color="success", dismissable=True, class_name="mt-2")
