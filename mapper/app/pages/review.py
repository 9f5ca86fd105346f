"""The review page: look back at intervals, as the Compass asks (P1 action 4, P3 action 5,
P5 actions 4-5, P6 action 5).

Snapshots name the map as it stands; any two of them (or a past date, or now) can be
compared, with the changes drawn on the map and listed in words. The review checklist
walks the Compass's review items against what changed, and marking the review done takes
a snapshot and records who reviewed. Beside it, the documents kept with the map: the live
action plan (editable), and the communications strategy and partnership agreement drafted
from the map, with the partnership's own notes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import ALL, Input, Output, State, callback, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.changes import change_key, change_style, diff_elements
from mapper.app.components.round_summary import latest_round_summary
from mapper.app.components.views import not_found, open_map, view_page, when
from mapper.app.context import acted, get_store, may_edit, shared, survey_store, who
from mapper.content import load_content
from mapper.graph.analyse import analyse
from mapper.graph.model import MapValidationError
from mapper.io.changes import REVIEW_ITEMS, changes_html, changes_markdown, outline, review_prompts
from mapper.io.documents import (
    STATUS_WORDS,
    Document,
    action_plan,
    agreement,
    comms_strategy,
    document_html,
    document_markdown,
)
from mapper.store import StoreError

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/review",
    name="Review",
    title="Review · Partnership Mapper",
    map_view="review",
    order=70,
)

MONTHS = (1, 2, 3, 4, 6, 9, 12, 18, 24)
FIT = {"name": "preset", "fit": True, "padding": 30}
SAME = "__same__"  # "with": nothing, to see the earlier moment as it was
NOW_CHOICES = [
    {"label": "The map now", "value": "now"},
    {"label": "Nothing: show the map as it was then", "value": SAME},
]


def _choices(map_id: int) -> list[dict[str, str]]:
    snapshots = get_store().snapshots(map_id)
    return [{"label": f"{s.name} ({when(s.at)})", "value": s.name} for s in reversed(snapshots)]


def _due_words(map_id: int) -> str:
    store = get_store()
    months = store.review_interval(map_id)
    reviews = store.reviews_done(map_id)
    due = store.reviews_due().get(map_id) if may_edit(map_id) and _instance() else None
    last = (
        f"Last reviewed {when(reviews[0].at)} by {reviews[0].who or 'someone'}. "
        if reviews
        else "Not reviewed yet. "
    )
    if due is None:
        return last
    state = "overdue since" if due.overdue else "due on"
    return f"{last}Next review {state} {when(due.due)} (every {months} months)."


def _instance() -> bool:
    """Whether the visitor may act on the whole instance (not a share link's visitor)."""
    return shared() is None


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    store = get_store()
    editable = may_edit(number)
    choices = _choices(number)
    start = choices[0]["value"] if choices else None
    intro = (
        "Look back at intervals, as the Compass asks: name the map as it stands, see what "
        "changed since, go through the review checklist, and keep the action plan, the "
        "communications strategy and the partnership agreement up to date."
    )
    top = html.Div(
        [
            html.P(_due_words(number), id=ids.REVIEW_DUE, className="review-due", role="status"),
            html.Div(
                [
                    dbc.Label("Review every", html_for=ids.REVIEW_MONTHS, className="mb-0"),
                    dbc.Select(
                        id=ids.REVIEW_MONTHS,
                        options=[
                            {"label": f"{m} month{'s' if m > 1 else ''}", "value": str(m)}
                            for m in MONTHS
                        ],
                        value=str(store.review_interval(number)),
                        disabled=not editable,
                        size="sm",
                    ),
                ],
                className="review-interval",
            ),
            html.Div(
                [
                    dbc.Input(
                        id=ids.REVIEW_SNAP_NAME,
                        placeholder="Name this moment, e.g. Kickoff",
                        maxLength=80,
                        disabled=not editable,
                        size="sm",
                    ),
                    dbc.Button(
                        "Take a snapshot",
                        id=ids.REVIEW_SNAP_TAKE,
                        color="primary",
                        size="sm",
                        disabled=not editable,
                    ),
                ],
                className="review-snap",
            ),
            html.P(id=ids.REVIEW_MESSAGE, className="review-message", role="status"),
        ],
        className="insight-card review-top",
    )
    compare = html.Div(
        [
            html.Div(
                [
                    dbc.Label("Compare", html_for=ids.REVIEW_FROM),
                    dcc.Dropdown(
                        id=ids.REVIEW_FROM,
                        options=choices,
                        value=start,
                        clearable=False,
                        placeholder="Take a snapshot first",
                    ),
                ]
            ),
            html.Div(
                [
                    dbc.Label("or the map on", html_for=ids.REVIEW_DATE),
                    dbc.Input(id=ids.REVIEW_DATE, type="date", max=dt.date.today().isoformat()),
                ]
            ),
            html.Div(
                [
                    dbc.Label("with", html_for=ids.REVIEW_TO),
                    dcc.Dropdown(
                        id=ids.REVIEW_TO,
                        options=[*NOW_CHOICES, *choices],
                        value="now",
                        clearable=False,
                    ),
                ]
            ),
        ],
        className="review-compare",
    )
    changed = html.Div(
        [
            compare,
            html.Div(
                [
                    html.Div(
                        cyto.Cytoscape(
                            id=ids.REVIEW_CANVAS,
                            elements=[],
                            stylesheet=change_style(),
                            layout=FIT,
                            autoRefreshLayout=False,
                            minZoom=0.1,
                            maxZoom=3,
                            className="review-canvas",
                            style={"width": "100%", "height": "600px"},  # not its 600x600
                        ),
                        className="insight-card",
                    ),
                    html.Div([html.H2("Key"), change_key()], className="insight-card review-key"),
                ],
                className="insight-columns review-columns",
            ),
            html.Div(
                id=ids.REVIEW_SUMMARY,
                className="review-summary",
                role="region",
                **{"aria-live": "polite"},
            ),
            html.Div(
                [
                    dbc.Button(
                        "Download 'since the last review' (printable)",
                        id=ids.REVIEW_PRINT,
                        color="primary",
                        outline=True,
                    ),
                    dbc.Button(
                        "Download it as Markdown",
                        id=ids.REVIEW_MARKDOWN,
                        color="primary",
                        outline=True,
                    ),
                    dbc.Button(
                        "Restore the earlier moment as a new map",
                        id=ids.REVIEW_RESTORE,
                        color="secondary",
                        outline=True,
                        disabled=not _instance(),
                    ),
                ],
                className="brief-buttons",
            ),
        ]
    )
    checklist = html.Div(
        [
            html.P(
                "Go through each item the Compass asks a review to look at, against what "
                "changed since the moment chosen under What changed; tick those you went through.",
                className="text-secondary",
            ),
            dbc.Checklist(
                id=ids.REVIEW_ITEMS,
                options=_items(),
                value=[],
                className="review-items",
            ),
            dbc.Textarea(
                id=ids.REVIEW_NOTE,
                placeholder="What the review agreed (optional)",
                rows=3,
                disabled=not editable,
            ),
            dbc.Button(
                "Mark the review done",
                id=ids.REVIEW_DONE,
                color="primary",
                className="mt-2",
                disabled=not editable,
            ),
            html.Div(_past_reviews(number), id=ids.REVIEW_PAST),
        ],
        className="insight-card",
    )
    partners = html.Div(  # the latest survey round beside the map's diff
        latest_round_summary(survey_store(number), number, facilitator=editable),
        id=ids.REVIEW_SURVEY_SLOT,
        className="review-survey",
    )
    analysis = analyse(pmap)
    actions = store.actions(number)
    notes = store.document_notes(number)
    tabs = dbc.Tabs(
        [
            dbc.Tab([changed, partners], label="What changed", tab_id="changed"),
            dbc.Tab(checklist, label="Review checklist", tab_id="checklist"),
            dbc.Tab(
                html.Div(
                    [
                        _action_form(pmap, analysis, editable),
                        html.Div(_action_rows(pmap, actions, editable), id=ids.REVIEW_ACTIONS),
                        _downloads("plan"),
                    ],
                    className="insight-card",
                ),
                label="Action plan",
                tab_id="plan",
            ),
            dbc.Tab(
                _document(comms_strategy(analysis, notes), "comms", editable),
                label="Communications strategy",
                tab_id="comms",
            ),
            dbc.Tab(
                _document(agreement(analysis, actions, notes), "agreement", editable),
                label="Partnership agreement",
                tab_id="agreement",
            ),
        ],
        id=ids.REVIEW_TABS,
        active_tab="changed",
        className="review-tabs",
    )
    return view_page(
        pmap,
        "Review",
        intro,
        top,
        tabs,
        dcc.Download(id=ids.REVIEW_DOWNLOAD),
        dcc.Store(id=ids.REVIEW_MAP_ID, data=number),
        dcc.Store(id=ids.REVIEW_VERSION, data=0),
    )


def _past_reviews(map_id: int) -> Any:
    done = get_store().reviews_done(map_id)
    if not done:
        return None
    return html.Details(
        [
            html.Summary(f"Past reviews ({len(done)})"),
            html.Ul(
                [
                    html.Li(
                        f"{when(r.at)}, by {r.who or 'someone'}: snapshot '{r.snapshot}'"
                        + (f", compared with '{r.since}'" if r.since else "")
                        + (f". {r.note}" if r.note else ".")
                    )
                    for r in done
                ]
            ),
        ],
        className="health-folded",
    )


def _owners(pmap: Any) -> list[dict[str, str]]:
    return sorted(
        (
            {"label": n.get("label", n["id"]), "value": n["id"]}
            for n in pmap.nodes()
            if n.get("kind") != "forum"
        ),
        key=lambda c: c["label"].casefold(),
    )


def _action_form(pmap: Any, analysis: Any, editable: bool) -> html.Div:
    findings = [
        {"label": f"{f.title} → {f.action.text or f.action.id}", "value": f.key}
        for f in analysis.findings
        if not f.not_enough_data
    ]
    return html.Div(
        [
            html.H2("Add an action"),
            dcc.Dropdown(
                id=ids.REVIEW_FROM_FINDING,
                options=findings,
                placeholder="From a finding of the health check (optional)",
                disabled=not editable,
            ),
            dbc.Input(
                id=ids.REVIEW_NEW_TITLE,
                placeholder="What is to be done, e.g. Agree a channel with the funder",
                disabled=not editable,
            ),
            html.Div(
                [
                    dcc.Dropdown(
                        id=ids.REVIEW_NEW_OWNER,
                        options=_owners(pmap),
                        placeholder="Owner",
                        disabled=not editable,
                    ),
                    html.Label(
                        [
                            html.Span("Due", className="visually-hidden"),
                            dbc.Input(id=ids.REVIEW_NEW_DUE, type="date", disabled=not editable),
                        ]
                    ),
                    dbc.Button(
                        "Add the action",
                        id=ids.REVIEW_ADD_ACTION,
                        color="primary",
                        disabled=not editable,
                    ),
                ],
                className="review-new-action",
            ),
        ],
        className="review-action-form",
    )


def _action_rows(pmap: Any, actions: list[Any], editable: bool) -> Any:
    if not actions:
        return html.P(
            "No actions yet. Add one above, from a finding or by hand.", className="text-secondary"
        )
    head = html.Thead(
        html.Tr(
            [
                html.Th(h, scope="col")
                for h in ("Action", "Owner", "Due", "Status", "If it slips", "")
            ]
        )
    )
    owners = _owners(pmap)
    rows = []
    for action in actions:
        key = str(action.id)
        missing = action.owner and action.owner not in pmap.graph
        rows.append(
            html.Tr(
                [
                    html.Td(
                        dbc.Input(
                            id=ids.review_action("title", key),
                            value=action.title,
                            disabled=not editable,
                            size="sm",
                        )
                    ),
                    html.Td(
                        dcc.Dropdown(
                            id=ids.review_action("owner", key),
                            options=owners
                            + (
                                [
                                    {
                                        "label": f"{action.owner} (no longer on the map)",
                                        "value": action.owner,
                                    }
                                ]
                                if missing
                                else []
                            ),
                            value=action.owner,
                            disabled=not editable,
                        )
                    ),
                    html.Td(
                        dbc.Input(
                            id=ids.review_action("due", key),
                            type="date",
                            value=action.due or "",
                            disabled=not editable,
                            size="sm",
                        )
                    ),
                    html.Td(
                        dbc.Select(
                            id=ids.review_action("status", key),
                            options=[{"label": w, "value": s} for s, w in STATUS_WORDS.items()],
                            value=action.status,
                            disabled=not editable,
                            size="sm",
                        )
                    ),
                    html.Td(
                        dbc.Input(
                            id=ids.review_action("contingency", key),
                            value=action.contingency,
                            placeholder="Who steps in",
                            disabled=not editable,
                            size="sm",
                        )
                    ),
                    html.Td(
                        [
                            dbc.Button(
                                "Save",
                                id=ids.review_button("save", key),
                                size="sm",
                                color="primary",
                                outline=True,
                                disabled=not editable,
                            ),
                            dbc.Button(
                                "Delete",
                                id=ids.review_button("delete", key),
                                size="sm",
                                color="danger",
                                outline=True,
                                disabled=not editable,
                            ),
                        ],
                        className="review-action-buttons",
                    ),
                ]
            )
        )
    return html.Div(
        html.Table([head, html.Tbody(rows)], className="lines-table review-actions"),
        className="table-scroll",
    )


def _document(doc: Document, name: str, editable: bool) -> html.Div:
    sections = []
    for section in doc.sections:
        sections.append(
            html.Section(
                [
                    html.H3(section.title),
                    html.Ul(
                        [html.Li(line) for line in section.lines]
                        + [
                            html.Li(["To look at: ", gap], className="review-gap")
                            for gap in section.gaps
                        ]
                    ),
                    dbc.Textarea(
                        id=ids.review_note(section.key),
                        value=section.note,
                        placeholder=section.prompt or "What you agreed",
                        rows=2,
                        disabled=not editable,
                    ),
                ],
                className="review-section",
            )
        )
    return html.Div(
        [
            html.P(doc.intro, className="text-secondary"),
            *(sections or [html.P("Nothing on the map for this yet.", className="text-secondary")]),
            html.Div(
                [
                    dbc.Button(
                        "Save the notes",
                        id=ids.review_notes_save(name),
                        color="primary",
                        disabled=not editable,
                    ),
                    *_downloads(name).children,
                ],
                className="brief-buttons",
            ),
        ],
        className="insight-card",
    )


def _downloads(name: str) -> html.Div:
    return html.Div(
        [
            dbc.Button(
                "Download (printable HTML)",
                id=ids.review_download(name, "html"),
                color="primary",
                outline=True,
            ),
            dbc.Button(
                "Download (Markdown)",
                id=ids.review_download(name, "md"),
                color="primary",
                outline=True,
            ),
        ],
        className="brief-buttons",
    )


# ----- callbacks ------------------------------------------------------------------------
def _items(prompts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The review checklist's options: each Compass item, and under it what changed that
    bears on it."""
    content = load_content()
    return [
        {
            "label": html.Span(
                [
                    html.Span(content.item(item).text, className="review-item-text"),
                    html.Span((prompts or {}).get(item, ""), className="review-item-prompt"),
                ]
            ),
            "value": item,
        }
        for item in REVIEW_ITEMS
    ]


def _fit() -> dict[str, Any]:
    """The preset layout, fitted again: a layout that differs from the last one (by its
    stamp) makes the canvas run it, so new elements are brought into view."""
    return {**FIT, "stamp": dt.datetime.now().timestamp()}


def _refs(before: str | None, day: str | None, after: str | None) -> tuple[str, str]:
    """The two moments to compare: a date typed wins over the snapshot chosen."""
    first = day or before or "now"
    return first, first if after == SAME else (after or "now")


@callback(
    Output(ids.REVIEW_CANVAS, "elements"),
    Output(ids.REVIEW_CANVAS, "layout"),
    Output(ids.REVIEW_SUMMARY, "children"),
    Output(ids.REVIEW_ITEMS, "options"),
    Input(ids.REVIEW_FROM, "value"),
    Input(ids.REVIEW_DATE, "value"),
    Input(ids.REVIEW_TO, "value"),
    Input(ids.REVIEW_VERSION, "data"),
    State(ids.REVIEW_MAP_ID, "data"),
)
def show_changes(
    before: str | None, day: str | None, after: str | None, _version: int, map_id: int
) -> tuple:
    """The changes between the two moments chosen, drawn and in words."""
    store = get_store()
    if not (before or day):
        found = store.compare(map_id, "now", "now")
        words = html.P(
            "No snapshot yet: name the map as it stands (above) to compare with later, or "
            "pick a past date.",
            className="text-secondary",
        )
        return diff_elements(found), _fit(), words, _items()
    first, second = _refs(before, day, after)
    try:
        found = store.compare(map_id, first, second)
    except StoreError as error:
        return no_update, no_update, html.P(str(error), className="text-danger"), _items()
    doc = outline(found, first, second)
    words = [html.P(doc.meta, className="review-meta")]
    for section in doc.sections:
        words += [
            html.H3(section.title),
            html.Ul(
                [
                    html.Li(
                        [
                            html.Span(word, className=f"change-badge change-{kind}")
                            if word
                            else None,
                            " " if word else None,
                            text,
                        ]
                    )
                    for word, kind, text in section.lines
                ]
            ),
        ]
    return diff_elements(found), _fit(), words, _items(review_prompts(found))


@callback(
    Output(ids.REVIEW_MESSAGE, "children"),
    Output(ids.REVIEW_VERSION, "data"),
    Output(ids.REVIEW_FROM, "options"),
    Output(ids.REVIEW_FROM, "value"),
    Output(ids.REVIEW_TO, "options"),
    Output(ids.REVIEW_DUE, "children"),
    Output(ids.REVIEW_PAST, "children"),
    Output(ids.REVIEW_SNAP_NAME, "value"),
    Input(ids.REVIEW_SNAP_TAKE, "n_clicks"),
    Input(ids.REVIEW_DONE, "n_clicks"),
    Input(ids.REVIEW_MONTHS, "value"),
    State(ids.REVIEW_SNAP_NAME, "value"),
    State(ids.REVIEW_ITEMS, "value"),
    State(ids.REVIEW_NOTE, "value"),
    State(ids.REVIEW_FROM, "value"),
    State(ids.REVIEW_VERSION, "data"),
    State(ids.REVIEW_MAP_ID, "data"),
    prevent_initial_call=True,
)
def record(
    _take, _done, months: str | None, name: str | None, items: list[str] | None,
    note: str | None, before: str | None, version: int, map_id: int,
) -> tuple:  # fmt: skip
    """Take a snapshot, mark the review done (which takes one), or set the interval."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    keep_name = no_update
    try:
        if ctx.triggered_id == ids.REVIEW_SNAP_TAKE:
            taken = store.snapshot(map_id, name or "", who=who())
            message, before, keep_name = f"Took the snapshot '{taken.name}'.", taken.name, ""
        elif ctx.triggered_id == ids.REVIEW_DONE:
            review = store.mark_reviewed(map_id, items=items or [], note=note or "", who=who())
            message = f"Review marked done; the map as it stands is kept as '{review.snapshot}'."
        else:
            if int(months or 0) == store.review_interval(map_id):
                raise PreventUpdate
            store.set_review_interval(map_id, int(months or 0), who=who())
            message = f"The map is now reviewed every {months} months."
    except StoreError as error:
        return (str(error), *(no_update,) * 7)
    choices = _choices(map_id)
    return (
        message,
        version + 1,
        choices,
        before,
        [*NOW_CHOICES, *choices],
        _due_words(map_id),
        _past_reviews(map_id),
        keep_name,
    )


@callback(
    Output(ids.REVIEW_ACTIONS, "children"),
    Output(ids.REVIEW_MESSAGE, "children", allow_duplicate=True),
    Output(ids.REVIEW_VERSION, "data", allow_duplicate=True),
    Output(ids.REVIEW_NEW_TITLE, "value"),
    Input(ids.REVIEW_ADD_ACTION, "n_clicks"),
    Input(ids.review_button("save", ALL), "n_clicks"),
    Input(ids.review_button("delete", ALL), "n_clicks"),
    State(ids.REVIEW_FROM_FINDING, "value"),
    State(ids.REVIEW_NEW_TITLE, "value"),
    State(ids.REVIEW_NEW_OWNER, "value"),
    State(ids.REVIEW_NEW_DUE, "value"),
    State(ids.review_action(ALL, ALL), "value"),
    State(ids.review_action(ALL, ALL), "id"),
    State(ids.REVIEW_VERSION, "data"),
    State(ids.REVIEW_MAP_ID, "data"),
    prevent_initial_call=True,
)
def edit_actions(
    _add, _save, _delete, finding: str | None, title: str | None, owner: str | None,
    due: str | None, values: list, fields: list, version: int, map_id: int,
) -> tuple:  # fmt: skip
    """Add an action (from a finding, or by hand), save one's fields, or delete one."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    trigger = ctx.triggered_id
    try:
        if trigger == ids.REVIEW_ADD_ACTION:
            message = _add_action(map_id, finding, title, owner, due)
        else:
            key = int(trigger["key"])
            if trigger["part"] == "delete":
                store.delete_action(map_id, key, who=who())
                message = "Deleted the action."
            else:
                mine = {
                    f["part"]: v
                    for f, v in zip(fields, values, strict=True)
                    if f["key"] == trigger["key"]
                }
                saved = store.update_action(
                    map_id,
                    key,
                    who=who(),
                    **{k: mine.get(k) for k in ("title", "owner", "due", "status", "contingency")},
                )
                message = f"Saved '{saved.title}'."
    except (StoreError, MapValidationError) as error:
        return no_update, str(error), no_update, no_update
    pmap = store.load_map(map_id)
    rows = _action_rows(pmap, store.actions(map_id), may_edit(map_id))
    return rows, message, version + 1, "" if trigger == ids.REVIEW_ADD_ACTION else no_update


def _add_action(
    map_id: int, finding: str | None, title: str | None, owner: str | None, due: str | None
) -> str:
    """Add an action; one from a finding takes the finding's suggested Compass action as
    its title when none is typed, and records the finding and the checklist item."""
    store = get_store()
    items: list[str] = []
    if finding:
        found = {f.key: f for f in analyse(store.load_map(map_id)).findings}.get(finding)
        if found is not None:
            items = [found.action.id]
            title = title or found.action.text or found.title
    store.add_action(
        map_id, title or "", owner=owner, due=due, finding_key=finding, items=items, who=who()
    )
    return f"Added the action '{(title or '').strip()}'."


@callback(
    Output(ids.REVIEW_MESSAGE, "children", allow_duplicate=True),
    Output(ids.REVIEW_VERSION, "data", allow_duplicate=True),
    Input(ids.review_notes_save(ALL), "n_clicks"),
    State(ids.review_note(ALL), "value"),
    State(ids.review_note(ALL), "id"),
    State(ids.REVIEW_VERSION, "data"),
    State(ids.REVIEW_MAP_ID, "data"),
    prevent_initial_call=True,
)
def save_notes(_clicks, values: list, keys: list, version: int, map_id: int) -> tuple:
    """Keep the notes of a document's sections (only those that changed are logged)."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    prefix = ctx.triggered_id["doc"] + ":"
    try:
        for key, value in zip(keys, values, strict=True):
            if key["key"].startswith(prefix):
                store.set_document_note(map_id, key["key"], value or "", who=who())
    except StoreError as error:
        return str(error), no_update
    return "Saved the notes.", version + 1


@callback(
    Output(ids.REVIEW_DOWNLOAD, "data"),
    Input(ids.REVIEW_PRINT, "n_clicks"),
    Input(ids.REVIEW_MARKDOWN, "n_clicks"),
    Input(ids.review_download(ALL, ALL), "n_clicks"),
    State(ids.REVIEW_FROM, "value"),
    State(ids.REVIEW_DATE, "value"),
    State(ids.REVIEW_TO, "value"),
    State(ids.REVIEW_MAP_ID, "data"),
    prevent_initial_call=True,
)
def download(
    _print, _md, _docs, before: str | None, day: str | None, after: str | None, map_id: int
) -> dict:
    """The 'since the last review' page, or a document, as printable HTML or Markdown."""
    if not acted():
        raise PreventUpdate
    store = get_store()
    trigger = ctx.triggered_id
    pmap = store.load_map(map_id)
    stem = pmap.name.replace("/", "-")
    if trigger in (ids.REVIEW_PRINT, ids.REVIEW_MARKDOWN):
        first, second = _refs(before, day, after)
        try:
            found = store.compare(map_id, first, second)
        except StoreError:
            raise PreventUpdate from None
        if trigger == ids.REVIEW_PRINT:
            return dcc.send_string(
                changes_html(found, first, second), f"{stem} - since {first}.html"
            )
        return dcc.send_string(changes_markdown(found, first, second), f"{stem} - since {first}.md")
    analysis = analyse(pmap)
    actions, notes = store.actions(map_id), store.document_notes(map_id)
    doc = {
        "plan": lambda: action_plan(analysis, actions),
        "comms": lambda: comms_strategy(analysis, notes),
        "agreement": lambda: agreement(analysis, actions, notes),
    }[trigger["doc"]]()
    if trigger["format"] == "md":
        return dcc.send_string(document_markdown(doc), f"{stem} - {doc.title}.md")
    return dcc.send_string(document_html(doc), f"{stem} - {doc.title}.html")


@callback(
    Output(ids.URL, "pathname", allow_duplicate=True),
    Output(ids.REVIEW_MESSAGE, "children", allow_duplicate=True),
    Input(ids.REVIEW_RESTORE, "n_clicks"),
    State(ids.REVIEW_FROM, "value"),
    State(ids.REVIEW_DATE, "value"),
    State(ids.REVIEW_MAP_ID, "data"),
    prevent_initial_call=True,
)
def restore(_clicks, before: str | None, day: str | None, map_id: int) -> tuple:
    """A new map holding the earlier moment; the map itself stays as it is."""
    if not acted() or not (before or day):
        raise PreventUpdate
    try:
        new_id = get_store().restore_map(map_id, day or before or "", who=who())
    except StoreError as error:
        return no_update, str(error)
    return f"/maps/{new_id}", no_update
