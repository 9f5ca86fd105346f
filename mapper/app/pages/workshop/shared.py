"""What the workshop's modules share: its ids, its scales and helpers."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import html

from mapper.app.figures import Plot

SHORTCUTS = (
    ("Alt + →  or  Page Down", "next step"),
    ("Alt + ←  or  Page Up", "previous step"),
    ("Alt + T", "restart the timer"),
    ("Tab, Enter, arrows", "everything else"),
)
ANSWER_CHOICES = [{"label": word.capitalize(), "value": word} for word in ("yes", "partly", "no")]
SCALE = [{"label": str(n), "value": n} for n in range(1, 6)]
# The grid as wide as the workshop's page on a 1280-1366 px projector and as high as a
# 1080 px one allows, until the page says how much room it has (names are cut to fit,
# and the whole grid stays above the step buttons, so a name dragged from the tray
# reaches the bottom squares).
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
    GRID_ROOM = "ws-grid-room"  # also named in assets/workshop.js
    GRID_LIMITS = "ws-grid-limits"
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


def status(text: str = "", problems: tuple[str, ...] = ()) -> list[Any]:
    if problems:
        return [html.Span(" ".join(problems), className="ws-problem")]
    return [text] if text else []


def picker(
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
