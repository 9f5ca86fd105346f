"""The health check: a tab beside the map with the findings grouped by the six principles.

The panel is analysed again whenever the map's version changes (every edit, here or on
another laptop) while its tab is open, and on opening the tab if the map changed meanwhile;
when what it shows is the same as before (an edit that changes no finding), nothing is
sent. It opens with the counts, the first few findings to take up and one line per
principle: the other cards (a 200-actor map has hundreds, each costing the browser) are
drawn when their fold is first opened, and stay drawn (``ids.HEALTH_OPEN``). Clicking a finding puts
its actors and links in ``ids.HIGHLIGHT``, which the editor turns into a highlight with
everything else dimmed; "Clear highlight" empties it. Each finding can be marked
discussed or not relevant with a note, kept per map.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

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
)
from dash.exceptions import PreventUpdate
from plotly.utils import PlotlyJSONEncoder

from mapper.app import ids
from mapper.app.components.views import (
    finding_head,
    severity_counts,
    status_badge,
    when,
)
from mapper.app.context import acted, get_store, who
from mapper.graph.analyse import analyse
from mapper.graph.insight import (
    PrincipleHealth,
    Reviewed,
    health_check,
    highlight,
    needs_attention,
    open_by_need,
)
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import counted, plural
from mapper.store import MapNotFound

__all__ = ["health_tab", "health_view"]

ATTENTION_VIEW = "first"  # the view id of the cards of what needs attention first
FIRST_SHOWN = 5  # cards of what needs attention first drawn at once; the rest on request
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
                dcc.Store(id=ids.HEALTH_DUE),
                dcc.Store(id=ids.HEALTH_REVIEWED),
                dcc.Store(id=ids.HEALTH_OPEN, data=[]),
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
    """One finding: its title (click to see it on the map), what it means, what to do,
    what it rests on (folded), and a one-line review: status, note, save."""
    found = item.finding
    key = item.key
    status, note = ids.finding("status", key, principle), ids.finding("note", key, principle)
    return html.Div(
        [
            *finding_head(item, principle, "Show on the map"),
            html.Details(
                [html.Summary("What this rests on"), html.P(item.rests_on)],
                className="finding-rests",
            ),
            _reviewed_line(item),
            html.Div(
                [
                    html.Label(
                        f"Review of: {found.title}",
                        htmlFor=ids.dom_id(status),
                        className="visually-hidden",
                    ),
                    dbc.Select(id=status, options=REVIEW_CHOICES, value=item.status, size="sm"),
                    html.Label(
                        f"Note on: {found.title}",
                        htmlFor=ids.dom_id(note),
                        className="visually-hidden",
                    ),
                    dbc.Input(
                        id=note,
                        value=(item.review or {}).get("note", ""),
                        placeholder="Note (optional)",
                        size="sm",
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


def _folded(
    title: str, items: list[Reviewed], group: str, active: str | None, drawn: frozenset[str]
) -> Any:
    """Findings folded away under a title with their count, or nothing if there are none;
    their cards are drawn once the fold has been opened (``group`` in ``drawn``)."""
    if not items:
        return None
    principle = group.split("/")[0]
    shown = group in drawn or any(item.key == active for item in items)
    cards = [_card(item, principle, active) for item in items] if shown else [
        html.P(f"Showing {counted(len(items), 'finding')}…", className="health-notes")
    ]  # fmt: skip
    return html.Details(
        [html.Summary(f"{title} ({len(items)})"), *cards],
        id=ids.health_fold(group),
        className="health-folded",
        open=shown,
    )


def _principle(
    health: PrincipleHealth, first: set[str], active: str | None, drawn: frozenset[str]
) -> dbc.AccordionItem:
    """A principle: how many of the findings to take up first bear on it, then its other
    findings folded away: to discuss, minor notes, and those discussed or set aside."""
    body: list[Any] = []
    leading = [item for item in health.open if item.key in first]
    if leading:
        body.append(
            html.P(
                f"{counted(len(leading), 'finding')} on this principle "
                f"{plural(len(leading), 'is', 'are')} among those to take up first, above.",
                className="health-notes",
            )
        )
    rest = [item for item in health.open if item.key not in first]
    folds = (
        ("To discuss", "discuss", [item for item in rest if item.finding.severity != "low"]),
        ("Minor notes", "minor", [item for item in rest if item.finding.severity == "low"]),
        ("Discussed or set aside", "settled", [*health.discussed, *health.not_relevant]),
    )
    for title, name, items in folds:
        body.append(_folded(title, items, f"{health.id}/{name}", active, drawn))
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
    if not any(body):
        body.append(html.P("Nothing found on this principle.", className="health-notes"))
    counts = open_by_need([health], leading)
    settled = len(health.discussed) + len(health.not_relevant)
    summary = severity_counts(counts) + (f"; {settled} dealt with" if settled else "")
    return dbc.AccordionItem(
        body,
        title=html.Span(
            [
                html.Span(f"{health.id} {health.title}", className="health-principle-title"),
                html.Span(
                    [status_badge(health.status), " ", summary],
                    className="health-principle-summary",
                ),
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
    drawn: frozenset[str] = frozenset(),
) -> tuple[list[Any], list[Any], dict[str, dict[str, list[str]]]]:
    """The panel's introduction, one accordion item per principle, and, per finding key,
    the nodes and edges to highlight. Only the folds named in ``drawn`` (and the one
    holding the ``active`` finding) have their cards drawn."""
    analysis = analyse(pmap, today=today)
    principles = health_check(analysis, reviews)
    first = needs_attention(analysis, reviews)
    targets = {}
    for item in analysis.findings:
        nodes, edges = highlight(pmap, item)
        targets[item.key] = {"nodes": nodes, "edges": edges}
    counts = open_by_need(principles, first)
    if any(counts.values()):
        intro: list[Any] = [
            html.P(
                [f"As of {when(analysis.today)}: ", html.Strong(severity_counts(counts)), "."],
                className="health-counts",
            ),
            html.P(
                "What needs attention comes first, most important first; the rest is grouped "
                "by the six principles, folded away (a finding can bear on more than one). "
                "Click a finding's title to see it on the map.",
                className="text-secondary health-howto",
            ),
        ]
        if first:
            intro.append(
                html.Section(
                    [
                        html.H3(
                            f"Needs attention first ({len(first)})", className="health-first-head"
                        ),
                        *_first_cards(first, active, drawn),
                    ],
                    className="health-first",
                )
            )
    elif pmap.graph.number_of_nodes():
        intro = [
            html.P(
                f"As of {when(analysis.today)}: nothing open. Every finding has been discussed "
                "or set aside.",
                className="health-counts",
            )
        ]
    else:
        intro = [
            html.P(
                "Nothing to check yet: add the partners, the bodies they answer to and how they "
                "keep in touch, and the check runs after every change.",
                className="health-counts",
            )
        ]
    intro += [html.P(note, className="health-notes") for note in analysis.notes]
    keys = {item.key for item in first}
    return intro, [_principle(p, keys, active, drawn) for p in principles], targets


def _first_cards(first: list[Reviewed], active: str | None, drawn: frozenset[str]) -> list:
    """The first few findings to take up, and the others once asked for."""
    rest = first[FIRST_SHOWN:]
    if not rest or "first" in drawn or any(item.key == active for item in rest):
        return [_card(item, ATTENTION_VIEW, active) for item in first]
    more = html.Button(
        f"Show the other {len(rest)}",
        id=ids.health_fold("first"),
        type="button",
        className="btn btn-link px-0",
    )
    return [*(_card(item, ATTENTION_VIEW, active) for item in first[:FIRST_SHOWN]), more]


# The map's version, passed on when the tab opens; after each edit the editor's canvas
# script passes it on while the tab is open. In the browser, so that the edits made with
# the tab closed cost no call to the server.
clientside_callback(
    ClientsideFunction(namespace="insight", function_name="healthDue"),
    Output(ids.HEALTH_DUE, "data"),
    Input(ids.TABS, "active_tab"),
    Input(ids.VERSION, "data"),  # the health check follows the map's version itself
    prevent_initial_call=True,
)


@callback(
    Output(ids.HEALTH_INTRO, "children"),
    Output(ids.HEALTH_BODY, "children"),
    Output(ids.HEALTH_DATA, "data"),
    Input(ids.HEALTH_DUE, "data"),
    Input(ids.HEALTH_REVIEWED, "data"),
    Input(ids.HEALTH_OPEN, "data"),
    State(ids.MAP_ID, "data"),
    State(ids.HIGHLIGHT, "data"),
    State(ids.HEALTH_DATA, "data"),
    prevent_initial_call=True,
)
def render(
    version: int, _reviewed, drawn: list | None, map_id: int, lit: dict | None, shown: dict | None
) -> tuple:
    """Analyse the map again while the tab is open: on opening it (unless the map is as
    last shown), after every edit, after a review is saved and when a fold is first
    opened. Sends nothing when the panel would look the same. The accordion keeps which
    principles are open, as the user left them."""
    shown = shown or {}
    if ctx.triggered_id == ids.HEALTH_DUE and shown.get("version") == version:
        raise PreventUpdate
    store = get_store()
    try:
        pmap = store.load_map(map_id)
        reviews = store.reviews(map_id)
    except MapNotFound:
        return [html.P("This map has been deleted.")], [], {}
    active = (lit or {}).get("key")
    intro, principles, targets = health_view(pmap, reviews, active, drawn=frozenset(drawn or ()))
    digest = _digest(intro, principles, targets)
    if digest == shown.get("digest"):
        raise PreventUpdate  # the same panel: the map changed in ways it does not show
    return intro, principles, {"version": version, "targets": targets, "digest": digest}


def _digest(*parts: Any) -> str:
    """A fingerprint of what the panel would show."""
    text = json.dumps(parts, cls=PlotlyJSONEncoder, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


@callback(
    Output(ids.HEALTH_OPEN, "data"),
    Input(ids.health_fold(ALL), "n_clicks"),
    State(ids.HEALTH_OPEN, "data"),
    prevent_initial_call=True,
)
def open_fold(_clicks: list, drawn: list | None) -> list[str]:
    """Draw a fold's cards the first time it is opened (they then stay drawn)."""
    if not acted() or ctx.triggered_id["group"] in (drawn or []):
        raise PreventUpdate
    return [*(drawn or []), ctx.triggered_id["group"]]


@callback(
    Output(ids.HIGHLIGHT, "data", allow_duplicate=True),
    Output(ids.finding("box", ALL, ALL), "className"),
    Input(ids.finding("title", ALL, ALL), "n_clicks"),
    Input(ids.HEALTH_CLEAR, "n_clicks"),
    State(ids.HEALTH_DATA, "data"),
    State(ids.finding("box", ALL, ALL), "id"),
    prevent_initial_call=True,
)
def pick(_clicks: list, _clear: int | None, shown: dict | None, boxes: list[dict]) -> tuple:
    """Highlight the clicked finding's actors and links, or clear the highlight."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if trigger == ids.HEALTH_CLEAR:
        return None, ["finding"] * len(boxes)
    key = trigger["key"]
    target = (shown or {}).get("targets", {}).get(key)
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
        who=who(),
    )
    return {"key": trigger["key"], "at": dt.datetime.now().isoformat()}
