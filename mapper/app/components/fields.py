"""Form inputs generated from the model's field tables, each with a real label and help.

Every input has the dict id ``ids.field(form, name)`` and a ``value`` prop, so one
callback per form reads them all with ``State(ids.field(form, ALL), "value")``.

A yes/no field is a three-way choice (not recorded, yes, no); a list field is edited as
tags: type an item and press Enter, so an item may hold a comma.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import dash_bootstrap_components as dbc
from dash import MATCH, ClientsideFunction, Input, Output, State, clientside_callback, dcc, html

from mapper.app import ids
from mapper.app.components.explain import explain
from mapper.app.forms import (
    BOOL_CHOICES,
    choice_options,
    field_label,
    fields_for,
    shown_for_kind,
    to_inputs,
)
from mapper.content import glossary
from mapper.graph.model import EDGE_FIELDS, MAP_FIELDS, NODE_FIELDS, Field

__all__ = ["form_fields", "organisation_options", "row_styles"]

_LONG_TEXT = {"notes", "purpose"}
_HIDDEN = {"display": "none"}


def _input(form: str, spec: Field, value: Any, organisations: Sequence[tuple[str, str]]) -> Any:
    """The right widget for a field's type; choices are native selects (keyboard-friendly)."""
    input_id = ids.field(form, spec.name)
    common: dict[str, Any] = {"id": input_id, "value": value}
    if spec.type == "bool":
        words = {"": "Not recorded", "yes": "Yes", "no": "No"}
        return dbc.RadioItems(
            options=[{"label": words[choice], "value": choice} for choice in BOOL_CHOICES],
            inline=True,
            **common,
        )
    if spec.type == "list":
        return dcc.Dropdown(
            options=[{"label": item, "value": item} for item in value],
            multi=True,
            placeholder="Type one and press Enter",
            className="tags-input",
            **common,
        )
    if spec.name == "kind" and form.endswith("link"):
        return dbc.RadioItems(
            options=choice_options(form, spec), class_name="kind-picker", **common
        )
    if spec.type == "choice":
        blank = [] if spec.name == "kind" else [{"label": "(not set)", "value": ""}]
        return dbc.Select(options=blank + choice_options(form, spec), **common)
    if spec.type == "scale":
        scale = [{"label": str(n), "value": str(n)} for n in range(spec.low, spec.high + 1)]
        return dbc.Select(options=[{"label": "(not set)", "value": ""}, *scale], **common)
    if spec.type == "ref":
        return dbc.Select(options=organisation_options(organisations), **common)
    if spec.name in _LONG_TEXT:
        return dbc.Textarea(rows=3, **common)
    kind = {"number": "number", "date": "date"}.get(spec.type, "text")
    extra: dict[str, Any] = {"min": 0} if kind == "number" else {}
    return dbc.Input(type=kind, autocomplete="off", **common, **extra)


def organisation_options(organisations: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    """The choices of "Works for": the organisations (id, label) on the map now."""
    options = [{"label": label, "value": node_id} for node_id, label in organisations]
    return [{"label": "(not set)", "value": ""}, *options]


def form_fields(
    form: str,
    record: Mapping[str, Any],
    organisations: Sequence[tuple[str, str]] = (),
    only: Sequence[str] | None = None,
) -> list[Any]:
    """One labelled row per field of ``form``, filled from ``record``.

    Rows that do not apply to the record's kind are rendered hidden (not left out), so
    changing the kind shows them again without losing what was typed.
    """
    specs = [spec for spec in fields_for(form) if only is None or spec.name in only]
    values = to_inputs(record, specs)
    kind = record.get("kind")
    rows = []
    for spec in specs:
        widget = _input(form, spec, values[spec.name], organisations)
        help_text = dbc.FormText(spec.help)
        label_for = ids.dom_id(ids.field(form, spec.name))
        if spec.type in ("bool", "list"):  # named by their label as a group: Dash's tag
            # picker names its button by what is picked, and three choices are a radiogroup
            label = html.Span(field_label(spec), id=f"{label_for}-label", className="form-label")
            role = "radiogroup" if spec.type == "bool" else "group"
            widget = html.Div(widget, role=role, **{"aria-labelledby": label.id})
        else:
            label = dbc.Label(field_label(spec), html_for=label_for)
        if spec.name in glossary():  # power, interest, legitimacy, urgency
            label = html.Div([label, explain(spec.name)], className="label-with-explain")
        children = [label, widget, help_text]
        rows.append(
            html.Div(
                children,
                id=ids.field_row(form, spec.name),
                className="mb-3 field-row",
                style=None if shown_for_kind(form, spec.name, kind) else _HIDDEN,
            )
        )
    return rows


def row_styles(form: str, kind: str | None, names: Sequence[str]) -> list[dict[str, str] | None]:
    """Show or hide each row of ``form`` after its kind changed to ``kind``."""
    return [None if shown_for_kind(form, name, kind) else _HIDDEN for name in names]


# A tag field offers what is being typed as an item to add (Enter picks it), beside the
# items it has. One clientside callback per list field of the model, in the browser only.
_LIST_FIELDS = sorted(
    {spec.name for table in (NODE_FIELDS, EDGE_FIELDS, MAP_FIELDS) for spec in table.values()
     if spec.type == "list"}
)  # fmt: skip
for _name in _LIST_FIELDS:
    clientside_callback(
        ClientsideFunction(namespace="mapper", function_name="tagOptions"),
        Output(ids.field(MATCH, _name), "options"),
        Input(ids.field(MATCH, _name), "search_value"),
        State(ids.field(MATCH, _name), "value"),
        prevent_initial_call=True,
    )
    clientside_callback(  # an item added: the search box is ready for the next one
        "function () { return ''; }",
        Output(ids.field(MATCH, _name), "search_value"),
        Input(ids.field(MATCH, _name), "value"),
        prevent_initial_call=True,
    )
