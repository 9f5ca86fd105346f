"""Small helpers the editor's modules share."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import (
    html,
)

from mapper.graph.model import (
    PartnershipMap,
)


def _organisations(pmap: PartnershipMap) -> list[tuple[str, str]]:
    return [(n["id"], n.get("label", n["id"])) for n in pmap.nodes("organisation")]


# ----- helpers ---------------------------------------------------------------------------
def _form_values(values: list, field_ids: list[dict]) -> dict[str, Any]:
    return {field_id["name"]: value for field_id, value in zip(field_ids, values, strict=True)}


def _problems(problems: list[str]) -> dbc.Alert:
    return dbc.Alert(
        [html.Strong("Not saved: "), html.Ul([html.Li(p) for p in problems], className="mb-0")],
        color="danger",
        class_name="py-2",
    )
