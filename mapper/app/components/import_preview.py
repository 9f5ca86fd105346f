"""The import dialog of the home page: what a file would bring in, before anything is saved.

It shows the import report (created, merged, guessed, ignored) and the first actors, and
offers "Import as new map", "Replace map…" and "Cancel". For a stakeholder register it
also shows what each column becomes, one list per column, with the sheet and header row
read and how ratings were read; changing any of them previews the import again. The home
page's callbacks fill it; this module only lays it out.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from mapper.app.importing import Preview, RegisterView
from mapper.io.register import TARGETS
from mapper.store import MapSummary

__all__ = ["ids", "import_modal", "preview_body", "replace_options", "working"]


class ids:
    """This component's ids (the all-in-one component convention)."""

    MODAL = "home-import-modal"
    TITLE = "home-import-title"
    BODY = "home-import-body"
    NEW = "home-import-new"
    REPLACE_OPEN = "home-import-replace-open"
    REPLACE_BOX = "home-import-replace-box"
    REPLACE_TARGET = "home-import-replace-target"
    REPLACE = "home-import-replace"
    CANCEL = "home-import-cancel"
    WORKING = "home-import-working"
    WORKING_TEXT = "home-import-working-text"
    FEEDBACK = "home-import-feedback"
    CHOICES = "home-import-choices"  # the register choices the user made, as plain data
    BUTTONS = (NEW, REPLACE_OPEN, REPLACE, CANCEL)  # disabled while an import is saved

    @staticmethod
    def choice(what: str) -> dict[str, str]:
        """A register choice: ``sheet``, ``header_row`` or ``column-N`` (N from 0)."""
        return {"type": "home-import-choice", "what": what}


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _section(title: str, lines: tuple[str, ...], explain: str, none: str) -> html.Details:
    """One part of the report, folded when long so the buttons stay in view; an empty part
    says so, because "nothing was left out" is what a user most wants to know."""
    if not lines:
        return html.P([html.Strong(f"{title}: "), none], className="import-section mb-1")
    return html.Details(
        [
            html.Summary([html.Strong(f"{title} ({len(lines)})"), f" — {explain}"]),
            html.Ul([html.Li(line) for line in lines], className="mb-1"),
        ],
        open=len(lines) <= 6,
        className=f"import-section import-{title.lower()}",
    )


def _choice_options() -> list[dict[str, str]]:
    return [{"label": words, "value": target} for target, words in TARGETS.items()]


def register_panel(view: RegisterView) -> html.Section:
    """Where the register was read and what each column becomes, each one changeable."""
    where: list[Any] = []
    if len(view.sheets) > 1:
        where.append(
            html.Label(
                [
                    "Sheet",
                    dbc.Select(
                        id=ids.choice("sheet"),
                        options=[{"label": s, "value": s} for s in view.sheets],
                        value=view.sheet,
                        size="sm",
                    ),
                ],
                className="register-where",
            )
        )
    where.append(
        html.Label(
            [
                "Headings in row",
                dbc.Input(
                    id=ids.choice("header_row"),
                    type="number",
                    min=1,
                    step=1,
                    value=view.header_row,
                    debounce=True,
                    size="sm",
                ),
            ],
            className="register-where",
        )
    )
    rows = [
        html.Tr(
            [
                html.Th(heading or f"Column {index + 1}", scope="row"),
                html.Td(sample, className="text-muted small register-sample"),
                html.Td(
                    html.Label(
                        [
                            html.Span(
                                f"What “{heading or index + 1}” becomes",
                                className="visually-hidden",
                            ),
                            dbc.Select(
                                id=ids.choice(f"column-{index}"),
                                options=_choice_options(),
                                value=target,
                                size="sm",
                            ),
                        ],
                        className="w-100 mb-0",
                    )
                ),
            ]
        )
        for index, heading, target, sample in view.columns
    ]
    problems = (
        dbc.Alert(
            [
                html.Strong("These choices cannot be imported yet:"),
                html.Ul([html.Li(p) for p in view.problems], className="mb-0"),
            ],
            color="warning",
            class_name="py-2 mt-2 register-problems",
        )
        if view.problems
        else None
    )
    ratings = (
        html.Ul([html.Li(line) for line in view.ratings], className="small mb-1 register-ratings")
        if view.ratings
        else None
    )
    return html.Section(
        [
            html.H3("Columns of the register", className="h6 fw-bold mt-2"),
            html.P(
                "Choose what each column becomes; the preview follows your choices. A type "
                "(“Funder”, “Charity”) is read through the type table; an organisation is "
                "linked when it is one of the register’s actors and else kept as text.",
                className="small text-muted mb-2",
            ),
            html.Div(where, className="d-flex gap-3 mb-2"),
            html.Table(
                [
                    html.Thead(
                        html.Tr([html.Th("Column"), html.Th("First values"), html.Th("Becomes")])
                    ),
                    html.Tbody(rows),
                ],
                className="table table-sm register-columns mb-1",
            ),
            html.H3("Ratings, on the map’s 1 to 5 scales", className="h6 fw-bold mt-2")
            if ratings
            else None,
            ratings,
            problems,
        ],
        className="register-panel",
        **{"aria-label": "Columns of the register"},
    )


def preview_body(preview: Preview) -> list:
    """The report and the first actors of an import not yet saved."""
    if preview.register is not None and preview.register.problems:
        return [register_panel(preview.register)]
    more = preview.actors - len(preview.first)
    size = f"{_plural(preview.actors, 'actor')} and {_plural(preview.links, 'link')}"
    actors = html.Table(
        [
            html.Thead(html.Tr([html.Th("Actor"), html.Th("Kind")])),
            html.Tbody([html.Tr([html.Td(label), html.Td(kind)]) for label, kind in preview.first]),
        ],
        className="table table-sm import-actors mb-1",
    )
    return [
        html.P(
            [
                f"Read {preview.files} as {preview.format}. ",
                html.Strong(" ".join(preview.created) or f"{size}."),
                " Nothing is saved until you choose below.",
            ]
        ),
        register_panel(preview.register) if preview.register is not None else None,
        _section("Merged", preview.merged, "found twice and kept once", "nothing."),
        _section("Guessed", preview.guessed, "check these read the way you meant", "nothing."),
        _section("Ignored", preview.ignored, "left out, and why", "nothing was left out."),
        html.H3(f"First actors (of {preview.actors:,})", className="h6 mt-3"),
        actors,
        html.P(f"…and {_plural(more, 'more actor')}.", className="text-muted small")
        if more > 0
        else None,
    ]


def working(preview: Preview) -> str:
    """What the dialog says while an import is being saved."""
    slow = " A big map takes up to a minute: keep this page open." if preview.actors > 500 else ""
    return f"Placing {_plural(preview.actors, 'actor')} on the canvas and saving…{slow}"


def replace_options(maps: list[MapSummary]) -> list[dict[str, str]]:
    """The maps an import may replace, as the choices of the "Replace the content of" list."""
    return [{"label": f"{m.name} ({_plural(m.nodes, 'actor')})", "value": str(m.id)} for m in maps]


def _replace_box() -> html.Div:
    return html.Div(
        [
            dbc.Label("Replace the content of", html_for=ids.REPLACE_TARGET),
            dbc.Select(id=ids.REPLACE_TARGET, options=[], placeholder="Choose a map"),
            html.P(
                "Its actors and links give way to the imported ones; its reviews stay. "
                "Undo in the map's editor brings the old content back.",
                className="small text-muted my-2",
            ),
            dbc.Button("Replace this map", id=ids.REPLACE, color="danger"),
        ],
        id=ids.REPLACE_BOX,
        hidden=True,
        className="import-replace mt-3",
    )


def import_modal() -> dbc.Modal:
    """The dialog, closed and empty until a file is read."""
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle("Import a map", id=ids.TITLE), close_button=False),
            dbc.ModalBody(
                [
                    html.Div(id=ids.BODY),
                    _replace_box(),
                    html.Div(
                        [
                            dbc.Spinner(size="sm", spinner_class_name="me-2"),
                            html.Span(id=ids.WORKING_TEXT),
                        ],
                        id=ids.WORKING,
                        hidden=True,
                        role="status",
                        className="import-working mt-3",
                    ),
                    html.Div(id=ids.FEEDBACK, role="alert"),
                    dcc.Store(id=ids.CHOICES),
                ]
            ),
            dbc.ModalFooter(
                [
                    dbc.Button("Cancel", id=ids.CANCEL, color="secondary", outline=True),
                    dbc.Button(
                        "Replace map…", id=ids.REPLACE_OPEN, color="secondary", outline=True
                    ),
                    dbc.Button("Import as new map", id=ids.NEW, color="primary"),
                ]
            ),
        ],
        id=ids.MODAL,
        labelledby=ids.TITLE,
        is_open=False,
        size="lg",
        scrollable=True,
        backdrop="static",  # a stray click outside must not lose the preview
    )
