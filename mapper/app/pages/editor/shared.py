"""Small helpers the editor's modules share."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import html

from mapper.graph.model import PartnershipMap


def organisations(pmap: PartnershipMap) -> list[tuple[str, str]]:
    """(id, name) of each organisation, for "Works for"."""
    return [(n["id"], n.get("label", n["id"])) for n in pmap.nodes("organisation")]


def form_values(values: list, field_ids: list[dict]) -> dict[str, Any]:
    """A generated form's inputs as field name -> value."""
    return {field_id["name"]: value for field_id, value in zip(field_ids, values, strict=True)}


def problems_alert(problems: list[str]) -> dbc.Alert:
    """Why an edit was refused, one line per problem."""
    return dbc.Alert(
        [html.Strong("Not saved: "), html.Ul([html.Li(p) for p in problems], className="mb-0")],
        color="danger",
        class_name="py-2",
    )
