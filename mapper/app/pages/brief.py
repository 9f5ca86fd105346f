"""The meeting brief: pick who is coming and when, get one page to print or send.

The preview is the printable page itself (in a frame), so what is seen is what prints.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import (
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
)
from dash.exceptions import PreventUpdate

from mapper.app import ids
from mapper.app.components.views import empty_state, not_found, open_map, view_page
from mapper.app.context import acted, get_store, who
from mapper.graph.insight import MeetingBrief, meeting_brief
from mapper.graph.model import PartnershipMap
from mapper.io.brief import brief_filename, brief_html, brief_markdown, glance
from mapper.store import StoreError

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/brief",
    name="Meeting brief",
    title="Meeting brief · Partnership Mapper",
    map_view="brief",
    short_name="Brief",
    order=40,
)


def attendee_choices(pmap: PartnershipMap) -> list[dict[str, str]]:
    """Organisations and groups, then people (with their organisation), by name."""
    parties, people = [], []
    for node in pmap.nodes():
        if node.get("kind") == "forum":
            continue
        org = node.get("organisation")
        label = node.get("label", node["id"])
        if node.get("kind") == "person":
            people.append(
                {"label": f"{label}, {pmap.label(org)}" if org else label, "value": node["id"]}
            )
        else:
            parties.append({"label": label, "value": node["id"]})
    return sorted(parties, key=lambda c: c["label"].casefold()) + sorted(
        people, key=lambda c: c["label"].casefold()
    )


def _brief(map_id: int, attendees: list[str], day: str | None) -> MeetingBrief:
    store = get_store()
    when = dt.date.fromisoformat(day) if day else dt.date.today()
    return meeting_brief(
        store.load_map(map_id), attendees, when, store.reviews(map_id), store.ticks(map_id)
    )


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    intro = (
        "Choose who is coming and the date of the meeting. The brief lists links missing "
        "among them, links gone quiet, bodies they answer to but are not in touch with, "
        "open findings about them and the checklist items those point to."
    )
    choices = attendee_choices(pmap)
    if not choices:
        return view_page(
            pmap,
            "Meeting brief",
            intro,
            empty_state("There is nobody on this map yet to invite.", number),
        )
    form = html.Div(
        [
            html.Div(
                [
                    dbc.Label("Who is coming", html_for=ids.BRIEF_ATTENDEES),
                    dcc.Dropdown(
                        id=ids.BRIEF_ATTENDEES,
                        options=choices,
                        multi=True,
                        placeholder="Choose organisations, groups or people",
                    ),
                ]
            ),
            html.Div(
                [
                    dbc.Label("Meeting date", html_for=ids.BRIEF_DATE),
                    dbc.Input(id=ids.BRIEF_DATE, type="date", value=dt.date.today().isoformat()),
                ]
            ),
        ],
        className="brief-form insight-card",
    )
    buttons = html.Div(
        [
            dbc.Button("Print or save as PDF", id=ids.BRIEF_PRINT, color="primary"),
            dbc.Button(
                "Download the full brief (printable HTML)",
                id=ids.BRIEF_HTML,
                color="primary",
                outline=True,
            ),
            dbc.Button(
                "Download the full brief (Markdown)",
                id=ids.BRIEF_MARKDOWN,
                color="primary",
                outline=True,
            ),
        ],
        className="brief-buttons",
    )
    return view_page(
        pmap,
        "Meeting brief",
        intro,
        form,
        html.P(id=ids.BRIEF_SUMMARY, className="text-secondary", role="status"),
        buttons,
        html.Div(
            html.Iframe(id=ids.BRIEF_PREVIEW, title="The brief, as it prints"),
            className="brief-preview",
        ),
        dcc.Download(id=ids.BRIEF_DOWNLOAD),
        dcc.Store(id=ids.BRIEF_MAP_ID, data=number),
        dcc.Store(id=ids.BRIEF_SNAPSHOT),
    )


@callback(
    Output(ids.BRIEF_PREVIEW, "srcDoc"),
    Output(ids.BRIEF_SUMMARY, "children"),
    Input(ids.BRIEF_ATTENDEES, "value"),
    Input(ids.BRIEF_DATE, "value"),
    State(ids.BRIEF_MAP_ID, "data"),
)
def preview(attendees: list[str] | None, day: str | None, map_id: int) -> tuple[str, str]:
    """The short brief for the chosen people and date, as the page that prints."""
    brief = _brief(map_id, attendees or [], day)
    if not attendees:
        return (
            brief_html(brief, full=False),
            "Choose who is coming to see what the meeting could take up.",
        )
    return brief_html(brief, full=False), f"{glance(brief)} Below, the short brief to print."


@callback(
    Output(ids.BRIEF_DOWNLOAD, "data"),
    Input(ids.BRIEF_MARKDOWN, "n_clicks"),
    Input(ids.BRIEF_HTML, "n_clicks"),
    State(ids.BRIEF_ATTENDEES, "value"),
    State(ids.BRIEF_DATE, "value"),
    State(ids.BRIEF_MAP_ID, "data"),
    prevent_initial_call=True,
)
def download(_md, _html, attendees: list[str] | None, day: str | None, map_id: int) -> dict:
    """The full brief (every entry, with explanations) as Markdown or printable HTML."""
    if not acted():
        raise PreventUpdate
    brief = _brief(map_id, attendees or [], day)
    _snapshot(map_id, day)
    if ctx.triggered_id == ids.BRIEF_MARKDOWN:
        return dcc.send_string(brief_markdown(brief), brief_filename(brief, "md"))
    return dcc.send_string(brief_html(brief), brief_filename(brief, "html"))


def _snapshot(map_id: int, day: str | None) -> str:
    """Keep the map as it stood when its brief was printed (a view link cannot)."""
    try:
        taken = get_store().auto_snapshot(
            map_id, f"Brief for {day or 'a meeting'}", kind="brief", who=who()
        )
    except StoreError:
        return ""
    return taken.name


@callback(
    Output(ids.BRIEF_SNAPSHOT, "data"),
    Input(ids.BRIEF_PRINT, "n_clicks"),
    State(ids.BRIEF_DATE, "value"),
    State(ids.BRIEF_MAP_ID, "data"),
    prevent_initial_call=True,
)
def printed(_clicks, day: str | None, map_id: int) -> str:
    """Printing the brief takes a snapshot of the map, to look back on at the next review."""
    if not acted():
        raise PreventUpdate
    return _snapshot(map_id, day)


clientside_callback(
    ClientsideFunction(namespace="insight", function_name="printFrame"),
    Output(ids.BRIEF_PRINT, "title"),
    Input(ids.BRIEF_PRINT, "n_clicks"),
    State(ids.BRIEF_PREVIEW, "id"),
    prevent_initial_call=True,
)
