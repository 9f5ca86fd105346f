"""The home page: every map, and starting, importing, exporting, renaming or deleting one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
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

from mapper.app import ids
from mapper.app.components import import_preview as importer
from mapper.app.components.dialog import dialog
from mapper.app.components.views import when
from mapper.app.context import acted, get_store, shared, survey_store, who
from mapper.app.edits import problem_text, signal
from mapper.app.importing import (
    ACCEPT,
    FORMATS_READ,
    choices_from,
    choose,
    preview_upload,
    save_upload,
)
from mapper.app.library import blank_map, export, load_sample, sample_choices, since
from mapper.app.rounds import report_round
from mapper.graph.model import MapValidationError
from mapper.graph.rules import counted, plural
from mapper.io import ImportFailed
from mapper.io.formats import SURVEY_REPORT, WRITERS
from mapper.io.limits import Limits
from mapper.store import MapSummary, ReviewDue, StoreError
from mapper.store.sharing import WHOLE_INSTANCE

dash.register_page(__name__, path="/", name="All maps", title="Partnership Mapper")

BLANK = "blank"


def _card(
    summary: MapSummary, now: dt.datetime, manage: bool = True, due: ReviewDue | None = None
) -> html.Article:
    """A map's card; ``manage`` adds Rename and Delete (not for a share link's visitor);
    ``due`` says when its review is overdue or due within a month."""
    href = f"/maps/{summary.id}"
    facts = [
        html.Span(f"{summary.nodes} actor{'s' if summary.nodes != 1 else ''}"),
        html.Span(f"{summary.edges} link{'s' if summary.edges != 1 else ''}"),
        html.Span(f"changed {since(summary.updated_at, now)}"),
    ]
    if due is not None and (due.overdue or due.soon):
        state = "overdue since" if due.overdue else "due on"
        facts.append(
            html.A(
                f"Review {state} {when(due.due)}",
                href=f"{href}/review",
                className=f"home-review home-review-{'overdue' if due.overdue else 'soon'}",
            )
        )
    buttons = [
        dbc.Button("Open", href=href, color="primary", size="sm"),
        dbc.Button(
            "Rename",
            id=ids.map_action("rename", summary.id),
            color="secondary",
            outline=True,
            size="sm",
        )
        if manage
        else None,
        dbc.DropdownMenu(
            [
                dbc.DropdownMenuItem(writer.name, id=ids.map_action(f"export-{key}", summary.id))
                for key, writer in WRITERS.items()
            ],
            label="Export as…",
            color="outline-secondary",
            size="sm",
            class_name="export-menu",
        ),
        dbc.Button(
            "Delete…",
            id=ids.map_action("delete", summary.id),
            color="danger",
            outline=True,
            size="sm",
        )
        if manage
        else None,
    ]
    return html.Article(
        [
            html.H2(dcc.Link(summary.name, href=href)),
            html.P(summary.purpose, className="map-purpose-line") if summary.purpose else None,
            html.Div(
                [
                    html.Div(facts, className="map-facts"),
                    html.Div(buttons, className="d-flex map-buttons"),
                ],
                className="d-flex justify-content-between align-items-center flex-wrap gap-2",
            ),
        ],
        className="map-card",
        **{"aria-label": summary.name},
    )


def _maps() -> Any:
    summaries = get_store().list_maps()
    if not summaries:
        return html.Div(
            [
                html.H2("No maps yet", className="h4"),
                html.P("Start a new map, or import one from a file."),
            ],
            className="empty-home",
        )
    now = dt.datetime.now(dt.UTC)
    manage = shared() is None
    due = get_store().reviews_due() if manage else {}
    return [_card(summary, now, manage, due.get(summary.id)) for summary in summaries]


def _new_map_modal() -> dbc.Modal:
    starts = [{"label": "A blank map", "value": BLANK}] + [
        {"label": f"A copy of the sample “{name}”", "value": file}
        for file, name in sample_choices()
    ]
    return dialog(
        ids.HOME_NEW_MODAL,
        "Start a new map",
        html.Div(
            [
                html.Div(
                    [
                        dbc.Label("Name of the partnership", html_for=ids.HOME_NEW_NAME),
                        dbc.Input(
                            id=ids.HOME_NEW_NAME,
                            autocomplete="off",
                            placeholder="e.g. Riverside Food Partnership",
                        ),
                    ],
                    className="mb-3",
                ),
                html.Div(
                    [
                        dbc.Label(
                            "Purpose and shared vision (optional)",
                            html_for=ids.HOME_NEW_PURPOSE,
                        ),
                        dbc.Textarea(id=ids.HOME_NEW_PURPOSE, rows=2),
                    ],
                    className="mb-3",
                ),
                html.Fieldset(
                    [
                        html.Legend("Start from", className="form-label fs-6 fw-semibold"),
                        dbc.RadioItems(id=ids.HOME_NEW_START, options=starts, value=BLANK),
                    ]
                ),
                html.Div(id=ids.HOME_FEEDBACK + "-new", role="status"),
            ]
        ),
        cancel=("Cancel", ids.HOME_NEW_CANCEL),
        confirm=("Create the map", ids.HOME_NEW_CREATE),
    )


def _rename_modal() -> dbc.Modal:
    return dialog(
        ids.HOME_RENAME_MODAL,
        "Rename the map",
        [
            dbc.Label("New name", html_for=ids.HOME_RENAME_NAME),
            dbc.Input(id=ids.HOME_RENAME_NAME, autocomplete="off"),
        ],
        cancel=("Cancel", ids.HOME_RENAME_CANCEL),
        confirm=("Rename", ids.HOME_RENAME_SAVE),
    )


def _delete_modal() -> dbc.Modal:
    return dialog(
        ids.HOME_DELETE_MODAL,
        "Delete the map?",
        ids.HOME_DELETE_TEXT,
        cancel=("Keep it", ids.HOME_DELETE_CANCEL),
        confirm=("Delete for good", ids.HOME_DELETE_CONFIRM),
        danger=True,
    )


def _upload_limit() -> html.Span:
    """The upload limit in words, and in bytes for the browser to check a file against
    before sending it (assets/import.js)."""
    limit = Limits.current().upload_bytes
    return html.Span(
        f" Files up to {limit / 1e6:g} MB.",
        className="upload-formats upload-limit",
        **{"data-bytes": limit},
    )


def layout(**_: Any) -> html.Div:
    """The list of maps, newest change first, with the ways to start one (for a visitor
    who came through share links, the maps their links open, and why there is no more)."""
    visitor = shared() is not None
    hidden = {"display": "none"} if visitor else None
    return html.Div(
        [
            html.H1("Partnership maps"),
            html.P(
                "Draw who is in your partnership and how they are linked: who answers to "
                "whom, who talks to whom, who provides what. Everything is saved as you go.",
                className="home-intro",
            ),
            html.Div(
                [
                    dbc.Button(
                        "+ New map", id=ids.HOME_NEW, color="primary", size="lg", style=hidden
                    ),
                    dcc.Upload(
                        html.Div(
                            [
                                html.Strong("Import a file"),
                                html.Span(" — drop it here or click to choose. "),
                                html.Span(f"Reads {FORMATS_READ}.", className="upload-formats"),
                                _upload_limit(),
                            ]
                        ),
                        id=ids.HOME_UPLOAD,
                        multiple=True,
                        accept=ACCEPT,
                        className="upload-box",
                        style=hidden,
                    ),
                    html.P(WHOLE_INSTANCE, className="view-only-note", role="note")
                    if visitor
                    else None,
                ],
                className="d-flex flex-wrap align-items-center home-actions my-4",
            ),
            html.Div(id=ids.HOME_FEEDBACK, role="status"),
            html.Section(_maps(), id=ids.HOME_TABLE, **{"aria-label": "Your maps"}),
            _new_map_modal(),
            _rename_modal(),
            _delete_modal(),
            importer.import_modal(),
            dcc.Download(id=ids.HOME_DOWNLOAD),
            dcc.Store(id=ids.HOME_TARGET),
            dcc.Store(id=ids.HOME_REFRESH),
        ],
        className="home",
    )


@callback(
    Output(ids.HOME_TABLE, "children"), Input(ids.HOME_REFRESH, "data"), prevent_initial_call=True
)
def refresh(_changed: Any) -> Any:
    """List the maps again after a rename, a delete or an import."""
    return _maps()


@callback(
    Output(ids.HOME_NEW_MODAL, "is_open"),
    Output(ids.URL, "pathname"),
    Output(ids.HOME_FEEDBACK + "-new", "children"),
    Input(ids.HOME_NEW, "n_clicks"),
    Input(ids.HOME_NEW_CANCEL, "n_clicks"),
    Input(ids.HOME_NEW_CREATE, "n_clicks"),
    State(ids.HOME_NEW_NAME, "value"),
    State(ids.HOME_NEW_PURPOSE, "value"),
    State(ids.HOME_NEW_START, "value"),
    prevent_initial_call=True,
)
def new_map(_open, _cancel, _create, name: str | None, purpose: str | None, start: str) -> tuple:
    """Open the dialog; create a blank map or a copy of a sample, and open it."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id == ids.HOME_NEW:
        return True, no_update, None
    if ctx.triggered_id == ids.HOME_NEW_CANCEL:
        return False, no_update, None
    if start == BLANK and not (name or "").strip():
        return True, no_update, dbc.Alert("Give the map a name.", color="danger", class_name="py-2")
    pmap = (
        blank_map(name or "", purpose or "") if start == BLANK else load_sample(start, name or "")
    )
    if purpose and start != BLANK:
        pmap.purpose = purpose.strip()
    map_id = get_store().create_map(pmap, who=who())
    return False, f"/maps/{map_id}", None


# Said at once in the browser while the server reads the upload (a big workbook takes a
# second or two to arrive and be read); the preview callback then replaces it.
clientside_callback(
    ClientsideFunction("importer", "reading"),  # assets/import.js
    Output(ids.HOME_FEEDBACK, "children"),
    Input(ids.HOME_UPLOAD, "contents"),
    State(ids.HOME_UPLOAD, "filename"),
    prevent_initial_call=True,
)


def _refusal(names: list[str], error: Exception) -> dbc.Alert:
    lines = problem_text(error)
    return dbc.Alert(
        [
            html.Strong(f"Could not import {', '.join(names)}; nothing was saved."),
            html.Ul([html.Li(line) for line in lines], className="mb-0 mt-2 import-problems"),
        ],
        color="danger",
        dismissable=True,
    )


@callback(
    Output(ids.HOME_FEEDBACK, "children", allow_duplicate=True),
    Output(importer.ids.MODAL, "is_open"),
    Output(importer.ids.TITLE, "children"),
    Output(importer.ids.BODY, "children"),
    Output(importer.ids.WORKING_TEXT, "children"),
    Output(importer.ids.REPLACE_TARGET, "options"),
    Output(importer.ids.REPLACE_BOX, "hidden"),
    Output(importer.ids.FEEDBACK, "children"),
    Output(importer.ids.CHOICES, "data"),
    Input(ids.HOME_UPLOAD, "contents"),
    State(ids.HOME_UPLOAD, "filename"),
    prevent_initial_call=True,
)
def preview_import(contents: list[str] | None, names: list[str] | None) -> tuple:
    """Read the upload and show what importing it would do; on any problem say every one."""
    if not contents:
        raise PreventUpdate
    names = names or []
    try:
        preview = preview_upload(contents, names)
    except (ImportFailed, MapValidationError) as error:
        return _refusal(names, error), False, *[no_update] * 7
    return (
        None,
        True,
        f"Import “{preview.name}”?",
        importer.preview_body(preview),
        importer.working(preview),
        importer.replace_options(get_store().list_maps()),
        True,
        None,
        None,  # a new file: no register choices yet
    )


@callback(
    Output(importer.ids.BODY, "children", allow_duplicate=True),
    Output(importer.ids.WORKING_TEXT, "children", allow_duplicate=True),
    Output(importer.ids.CHOICES, "data", allow_duplicate=True),
    Output(importer.ids.FEEDBACK, "children", allow_duplicate=True),
    Input(importer.ids.choice(ALL), "value"),
    State(importer.ids.CHOICES, "data"),
    State(ids.HOME_UPLOAD, "contents"),
    State(ids.HOME_UPLOAD, "filename"),
    # no import with the choices before the last one while the preview is redone
    running=[(Output(button, "disabled"), True, False) for button in importer.ids.BUTTONS],
    prevent_initial_call=True,
)
def remap_register(_values: list, chosen: dict | None, contents, names) -> tuple:
    """Preview the register again with the column, sheet or header row the user chose."""
    trigger = ctx.triggered_id
    # A new panel sets off every one of its inputs at once; a user changes one at a time.
    if not contents or not trigger or not acted() or len(ctx.triggered) != 1:
        raise PreventUpdate
    data = choose(chosen, trigger["what"], ctx.triggered[0]["value"])
    try:
        preview = preview_upload(contents, names or [], choices_from(data))
    except (ImportFailed, MapValidationError) as error:
        return no_update, no_update, no_update, _refusal(names or [], error)
    return importer.preview_body(preview), importer.working(preview), data, None


@callback(
    Output(importer.ids.REPLACE_BOX, "hidden", allow_duplicate=True),
    Input(importer.ids.REPLACE_OPEN, "n_clicks"),
    prevent_initial_call=True,
)
def choose_map_to_replace(_clicks: int | None) -> bool:
    """Show the list of maps the import could replace."""
    if not acted():
        raise PreventUpdate
    return False


@callback(
    Output(importer.ids.MODAL, "is_open", allow_duplicate=True),
    Output(ids.HOME_UPLOAD, "contents"),
    Output(ids.HOME_FEEDBACK, "children", allow_duplicate=True),
    Output(ids.HOME_REFRESH, "data", allow_duplicate=True),
    Output(importer.ids.FEEDBACK, "children", allow_duplicate=True),
    Input(importer.ids.NEW, "n_clicks"),
    Input(importer.ids.REPLACE, "n_clicks"),
    Input(importer.ids.CANCEL, "n_clicks"),
    State(ids.HOME_UPLOAD, "contents"),
    State(ids.HOME_UPLOAD, "filename"),
    State(importer.ids.REPLACE_TARGET, "value"),
    State(importer.ids.CHOICES, "data"),
    running=[
        (Output(importer.ids.WORKING, "hidden"), False, True),
        *((Output(button, "disabled"), True, False) for button in importer.ids.BUTTONS),
    ],
    prevent_initial_call=True,
)
def finish_import(
    _new, _replace, _cancel, contents, names, target: str | None, chosen: dict | None
) -> tuple:
    """Save the previewed import as a new map or in place of the chosen one, or drop it."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id == importer.ids.CANCEL or not contents:
        return False, None, None, no_update, None
    into = None
    if ctx.triggered_id == importer.ids.REPLACE:
        if not target:
            return (
                no_update,
                no_update,
                no_update,
                no_update,
                dbc.Alert(
                    "Choose the map to replace.", color="warning", class_name="py-2 mt-3 mb-0"
                ),
            )
        into = int(target)
    try:
        saved = save_upload(
            get_store(), contents, names or [], into, who=who(), choices=choices_from(chosen)
        )
    except (ImportFailed, MapValidationError, StoreError) as error:
        return no_update, no_update, no_update, no_update, _refusal(names or [], error)
    size = (
        f"{saved.actors:,} {plural(saved.actors, 'actor')} and "
        f"{saved.links:,} {plural(saved.links, 'link')}"
    )
    done = (
        f"Replaced the content of “{saved.replaced}” with “{saved.name}”: {size}. "
        if saved.replaced
        else f"Imported “{saved.name}”: {size}. "
    )
    message = dbc.Alert(
        [done, dcc.Link("Open it", href=f"/maps/{saved.map_id}", className="alert-link")],
        color="success",
        dismissable=True,
    )
    return False, None, message, signal("imported"), None


@callback(
    Output(ids.HOME_DOWNLOAD, "data"),
    Output(ids.HOME_TARGET, "data"),
    Output(ids.HOME_RENAME_MODAL, "is_open"),
    Output(ids.HOME_RENAME_NAME, "value"),
    Output(ids.HOME_DELETE_MODAL, "is_open"),
    Output(ids.HOME_DELETE_TEXT, "children"),
    Input(ids.map_action(ALL, ALL), "n_clicks"),
    prevent_initial_call=True,
)
def map_action(clicks: list[int | None]) -> tuple:
    """Export a map at once; for rename and delete, open the dialog about that map."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if not trigger or not any(clicks):
        raise PreventUpdate
    action, map_id = trigger["action"], trigger["map"]
    pmap = get_store().load_map(map_id)
    if action.startswith("export-"):
        fmt = action.removeprefix("export-")
        survey = report_round(survey_store(map_id), map_id, pmap) if fmt == SURVEY_REPORT else None
        return export(pmap, fmt, survey), *[no_update] * 5
    if action == "rename":
        return no_update, map_id, True, pmap.name, no_update, no_update
    graph = pmap.graph
    size = (
        f"{counted(graph.number_of_nodes(), 'actor')} and "
        f"{counted(graph.number_of_edges(), 'link')}"
    )
    question = [
        html.P(f"Delete “{pmap.name}” with its {size}, its history and its reviews?"),
        html.P("This cannot be undone. Export it first if you may want it back.", className="mb-0"),
    ]
    return no_update, map_id, no_update, no_update, True, question


@callback(
    Output(ids.HOME_RENAME_MODAL, "is_open", allow_duplicate=True),
    Output(ids.HOME_REFRESH, "data", allow_duplicate=True),
    Input(ids.HOME_RENAME_SAVE, "n_clicks"),
    Input(ids.HOME_RENAME_NAME, "n_submit"),
    Input(ids.HOME_RENAME_CANCEL, "n_clicks"),
    State(ids.HOME_RENAME_NAME, "value"),
    State(ids.HOME_TARGET, "data"),
    prevent_initial_call=True,
)
def rename(_save, _submit, _cancel, name: str | None, map_id: int | None) -> tuple:
    """Rename the map the dialog was opened for."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id == ids.HOME_RENAME_CANCEL or map_id is None or not (name or "").strip():
        return False, no_update
    get_store().update_meta(map_id, name=name.strip(), who=who())
    return False, signal("renamed")


@callback(
    Output(ids.HOME_DELETE_MODAL, "is_open", allow_duplicate=True),
    Output(ids.HOME_REFRESH, "data", allow_duplicate=True),
    Input(ids.HOME_DELETE_CONFIRM, "n_clicks"),
    Input(ids.HOME_DELETE_CANCEL, "n_clicks"),
    State(ids.HOME_TARGET, "data"),
    prevent_initial_call=True,
)
def delete(_confirm, _cancel, map_id: int | None) -> tuple:
    """Delete the map the dialog was opened for, once confirmed."""
    if not acted():
        raise PreventUpdate
    if ctx.triggered_id != ids.HOME_DELETE_CONFIRM or map_id is None:
        return False, no_update
    get_store().delete_map(map_id)
    return False, signal("deleted")
