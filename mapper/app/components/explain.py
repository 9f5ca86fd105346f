"""A small "what does this mean?" button beside a word a facilitator may not know.

Native ``<details>``: no ids and no callbacks, so a page may hold one per finding without
costing dash-renderer anything; the summary is a focusable (i) that Enter or a click
opens, and the words come from ``glossary.yaml`` (the source of an idea, such as
Mendelow for the grid, is named there as a reading, never needed to understand it).
"""

from __future__ import annotations

from dash import html

from mapper.content import glossary

__all__ = ["RULE_WORDS", "explain", "meaning"]

# The word each analysis rule leans on, explained beside its findings.
RULE_WORDS = {
    "salience-mismatch": "salience",
    "gatekeeper": "gatekeeper",
    "unreachable-stakeholder": "reach",
    "single-point-of-failure": "single-point",
    "resource-dependence": "dependence",
    "influence-concentration": "structural-power",
}


def meaning(word: str) -> str:
    """What ``word`` means, with its source when it has one.

    >>> meaning("grid").endswith("Source: Mendelow (1991), the power-interest matrix.")
    True
    """
    explained = glossary()[word]
    return explained.means + (f" Source: {explained.source}" if explained.source else "")


def explain(word: str) -> html.Details:
    """The (i) beside ``word`` (a glossary id); opened, it says what the word means."""
    explained = glossary()[word]
    return html.Details(
        [
            html.Summary(
                [
                    html.Span("i", className="explain-mark", **{"aria-hidden": "true"}),
                    html.Span(
                        f"What does “{explained.term.lower()}” mean?",
                        className="visually-hidden",
                    ),
                ],
                title=f"What does “{explained.term.lower()}” mean?",
            ),
            html.Div(
                [html.Strong(explained.term), html.Br(), meaning(word)],
                className="explain-text",
            ),
        ],
        className="explain",
        **{"data-word": word},
    )
