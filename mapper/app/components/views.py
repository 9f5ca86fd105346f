"""Pieces the insight views share: opening the map a page is about, the page frame, the
empty state, and the badges for a finding's severity and a principle's status.

Words on the badges are the same as in the reports, and every badge carries its meaning
in text as well as colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import dash_bootstrap_components as dbc
from dash import html

from mapper.app import ids
from mapper.app.components.explain import RULE_WORDS, explain
from mapper.app.context import get_store
from mapper.content import load_content
from mapper.graph.model import PartnershipMap
from mapper.store import MapNotFound

__all__ = [
    "change_line",
    "empty_state",
    "finding_head",
    "not_found",
    "open_map",
    "severity_badge",
    "severity_counts",
    "status_badge",
    "view_page",
    "when",
    "who_can_help",
]

SEVERITY_CLASSES = {"high": "sev-high", "medium": "sev-medium", "low": "sev-low"}
STATUS_CLASSES = {
    "needs attention": "status-attention",
    "to discuss": "status-discuss",
    "no issues": "status-fine",
    "not enough data": "status-unknown",
}


def open_map(map_id: Any) -> tuple[int, PartnershipMap] | None:
    """The map a page's address names, or ``None`` when there is no such map."""
    try:
        number = int(map_id)
        return number, get_store().load_map(number)
    except (MapNotFound, TypeError, ValueError):
        return None


def not_found(map_id: Any) -> html.Div:
    return dbc.Container(
        [
            html.H1("This map is not here"),
            html.P(f"There is no map number {map_id}; it may have been deleted."),
            dbc.Button("Back to all maps", href="/", color="primary"),
        ],
        className="py-5",
    )


def view_page(pmap: PartnershipMap, title: str, intro: Any, *children: Any) -> html.Div:
    """The frame of an insight view: the map's name, the view's title and what it is for."""
    return html.Div(
        [
            html.P(pmap.name, className="view-map-name"),
            html.H1(title, className="view-title"),
            html.P(intro, className="view-intro"),
            *children,
        ],
        className="insight-page",
    )


def empty_state(text: str, map_id: int, action: str = "Open the map to add to it") -> html.Div:
    """What a view shows when the map has nothing for it yet, and where to go instead."""
    return html.Div(
        [
            html.P(text, className="lead-muted"),
            dbc.Button(action, href=f"/maps/{map_id}", color="primary", outline=True),
        ],
        className="empty-state",
    )


def severity_badge(severity: str) -> html.Span:
    return html.Span(severity, className=f"sev-badge {SEVERITY_CLASSES.get(severity, '')}")


# (one, several) open findings of each severity, as the health check counts them.
SEVERITY_WORDS = {
    "high": ("needs attention", "need attention"),
    "medium": ("to discuss", "to discuss"),
    "low": ("minor", "minor"),
}


def severity_counts(counts: dict[str, int]) -> str:
    """Open findings counted the way a meeting takes them up, e.g. "2 need attention,
    5 to discuss, 3 minor" (severities with none are left out).

    >>> severity_counts({"high": 1, "medium": 0, "low": 3})
    '1 needs attention, 3 minor'
    >>> severity_counts({"high": 0, "medium": 0, "low": 0})
    'nothing open'
    """
    parts = []
    for severity, (one, several) in SEVERITY_WORDS.items():
        count = counts.get(severity, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else several}")
    return ", ".join(parts) or "nothing open"


def status_badge(status: str) -> html.Span:
    return html.Span(status, className=f"status-badge {STATUS_CLASSES.get(status, '')}")


def when(moment: Any) -> str:
    """A date a person reads, e.g. "3 Oct 2026", from a datetime (or "" for none).

    >>> import datetime as dt
    >>> when(dt.datetime(2026, 10, 3, 9, 30)), when(None)
    ('3 Oct 2026', '')
    """
    return f"{moment.day} {moment:%b %Y}" if moment else ""


def change_line(change: Mapping[str, Any], today: dt.date) -> str:
    """One line of a map's change log, e.g. "Sam added Food Bank, 14:05" (this computer's
    time); the date instead of the time for changes before ``today``.

    >>> import datetime as dt
    >>> at = dt.datetime(2026, 10, 3, 14, 5)
    >>> change_line({"who": "Sam", "description": "added Food Bank", "at": at}, at.date())
    'Sam added Food Bank, 14:05'
    >>> change_line({"who": "", "description": "undid: added X", "at": at}, dt.date(2026, 11, 1))
    'Someone undid: added X, 3 Oct 2026'
    """
    moment = change["at"].astimezone() if change["at"].tzinfo else change["at"]  # local time
    stamp = f"{moment:%H:%M}" if moment.date() == today else when(moment)
    return f"{change['who'] or 'Someone'} {change['description']}, {stamp}"


def finding_head(item: Any, view: str, hint: str) -> list[Any]:
    """The top of a finding's card in any view: its title as a button that picks the
    finding out (id ``ids.finding("title", key, view)``, ``hint`` as its tooltip), what it
    means, and what to do when there is a suggestion. ``item`` is a reviewed finding."""
    found = item.finding
    return [
        html.Div(
            [
                html.Button(
                    [severity_badge(found.severity), " ", found.title],
                    id=ids.finding("title", item.key, view),
                    className="finding-title",
                    title=hint,
                ),
                explain(RULE_WORDS[found.rule]) if found.rule in RULE_WORDS else None,
            ],
            className="finding-top",
        ),
        html.P(found.explanation, className="finding-text"),
        html.P([html.Strong("Why it matters: "), item.why], className="finding-meta")
        if item.why
        else None,
        html.P([html.Strong(f"{item.action_heading}: "), item.action], className="finding-meta")
        if item.action
        else None,
        who_can_help(found.rule),
    ]


def who_can_help(rule_id: str) -> html.Details | None:
    """The support organisations the Compass names that help with a rule's findings
    (folded: their names, then what each does and its web address), or ``None``."""
    helpers = load_content().supporters(rule_id)
    if not helpers:
        return None
    return html.Details(
        [
            html.Summary(
                [
                    html.Strong("Who can help: "),
                    ", ".join(org.name.split(" (")[0] for org in helpers),
                ]
            ),
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(org.name),
                            f": {org.what} ",
                            html.A(org.url, href=org.url, target="_blank", rel="noopener")
                            if org.url
                            else None,
                        ]
                    )
                    for org in helpers
                ]
            ),
        ],
        className="finding-meta who-can-help",
    )
