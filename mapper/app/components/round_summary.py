"""A survey round in brief: its response rate and trust, and what moved since the round
before. The survey page opens with it; the review page of a map can show the latest round
beside the map's diff with :func:`latest_round_summary`."""

from __future__ import annotations

import datetime as dt

from dash import html

from mapper.app.rounds import RoundView, read_round
from mapper.graph.rules import counted, day_words
from mapper.graph.survey import headline
from mapper.store import Store
from mapper.store.survey import rounds

__all__ = ["latest_round_summary", "round_summary"]


def round_summary(view: RoundView, today: dt.date) -> html.Div:
    """Whether the round takes answers, its headline numbers, and what moved."""
    closes = day_words(view.round.closes.isoformat())
    status = (
        f"Taking answers until {closes}." if view.round.open_on(today) else f"Closed on {closes}."
    )
    parts = [
        html.P(status, className="text-secondary mt-2 mb-1"),
        html.Ul([html.Li(line) for line in headline(view.summary)], className="survey-headline"),
    ]
    if view.moved is not None and view.previous is not None:
        parts.append(
            html.Div(
                [
                    html.H3(f"Since {view.previous.name}", className="h6"),
                    html.Ul([html.Li(line) for line in _moved(view)]),
                ],
                className="survey-moved",
            )
        )
    return html.Div(parts, className="round-summary")


def latest_round_summary(
    store: Store, map_id: int, facilitator: bool, today: dt.date | None = None
) -> html.Div | None:
    """The map's latest round in brief, titled and linked to the survey page; ``None``
    when the map has had no round."""
    found = rounds(store, map_id)
    if not found:
        return None
    today = today or dt.date.today()
    view = read_round(store, map_id, found[0].id, facilitator, today)
    return html.Div(
        [
            html.H2(f"What the partners say: {view.round.name}"),
            round_summary(view, today),
            html.A("Open the survey", href=f"/maps/{map_id}/survey"),
        ],
        className="insight-card",
    )


def _moved(view: RoundView) -> list[str]:
    moved = view.moved or {}
    trust = moved["network_trust"]
    lines = []
    if trust["before"] is not None and trust["after"] is not None:
        lines.append(f"Trust across the network: {trust['before']:g} then {trust['after']:g}.")
    for word in ("up", "down"):
        for item in moved[word]:
            a, b = view.labels.get(item["a"], item["a"]), view.labels.get(item["b"], item["b"])
            lines.append(
                f"Trust between {a} and {b} went {word}: {item['before']:g} to {item['after']:g}."
            )
    closed = moved.get("gaps_closed", [])
    if closed and view.named:
        lines += [f"Closed since: {title}." for title in closed]
    elif closed:
        lines.append(f"{counted(len(closed), 'gap')} between partners closed since.")
    if not lines:
        lines.append("Not enough answers in both rounds to compare yet.")
    elif not moved["up"] and not moved["down"]:
        lines.append("No relationship's trust moved between the two rounds.")
    return lines
