"""Drawing a link without a mouse: From and To pickers (type a name, Enter), shown while
links are being drawn; the chosen pair opens the same dialog as two clicks on the canvas."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, dcc, html, no_update
from dash.exceptions import PreventUpdate

from mapper.app import ids, linking
from mapper.app.context import acted, get_store
from mapper.graph.model import PartnershipMap
from mapper.store import MapNotFound

__all__ = ["actor_options", "link_pickers", "picked"]


def link_pickers() -> html.Div:
    """The pickers over the canvas, hidden until links are drawn."""

    def picker(label: str, picker_id: str) -> html.Div:
        return html.Div(
            [
                dbc.Label(label, html_for=picker_id, class_name="mb-0 fw-semibold"),
                dcc.Dropdown(
                    id=picker_id,
                    options=[],
                    placeholder="Type a name…",
                    searchable=True,
                    clearable=True,
                    className="link-picker",
                ),
            ],
            className="link-picker-box",
        )

    return html.Div(
        [
            picker("From", ids.LINK_FROM),
            picker("To", ids.LINK_TO),
            dbc.Button("Next: kind of link", id=ids.LINK_PICKED, color="primary"),
            html.Div(id=ids.LINK_PICK_FEEDBACK, role="status", className="link-pick-feedback"),
        ],
        id=ids.LINK_PICKERS,
        className="link-pickers",
        role="group",
        style={"display": "none"},
        **{"aria-label": "Pick the two ends of the link"},
    )


def actor_options(pmap: PartnershipMap) -> list[dict[str, str]]:
    """Every actor as a picker option, by name (the same name twice keeps both, each with
    what tells them apart: their organisation or kind).

    >>> from mapper.graph.model import PartnershipMap
    >>> m = PartnershipMap(name="m")
    >>> _ = m.add_node("b", kind="group", label="Carers")
    >>> _ = m.add_node("a", kind="organisation", label="Age UK")
    >>> [o["label"] for o in actor_options(m)]
    ['Age UK', 'Carers']
    """
    nodes = sorted(pmap.nodes(), key=lambda n: (str(n.get("label") or n["id"]).casefold(), n["id"]))
    seen: dict[str, int] = {}
    for node in nodes:
        name = str(node.get("label") or node["id"])
        seen[name] = seen.get(name, 0) + 1
    options = []
    for node in nodes:
        name = str(node.get("label") or node["id"])
        if seen[name] > 1:
            name = f"{name} ({node.get('organisation') or node.get('kind')})"
        options.append({"label": name, "value": node["id"]})
    return options


def picked(
    source: str | None, target: str | None, options: list[dict[str, str]]
) -> tuple[linking.LinkState | None, str]:
    """The link state for the pair picked, or None and what is missing.

    >>> opts = [{"label": "Age UK", "value": "a"}, {"label": "Carers", "value": "c"}]
    >>> picked("a", "c", opts)[0]["target"]
    'c'
    >>> picked("a", None, opts)
    (None, 'Pick the actor the link goes to.')
    >>> picked("a", "a", opts)
    (None, 'A link joins two different actors: pick another one under To.')
    """
    if not source:
        return None, "Pick the actor the link starts from."
    if not target:
        return None, "Pick the actor the link goes to."
    if source == target:
        return None, "A link joins two different actors: pick another one under To."
    labels = {option["value"]: option["label"] for option in options}
    state = linking.tap(linking.start(), source, labels.get(source))
    return linking.tap(state, target, labels.get(target)), ""


@callback(
    Output(ids.LINK_PICKERS, "style"),
    Output(ids.LINK_FROM, "options"),
    Output(ids.LINK_TO, "options"),
    Output(ids.LINK_FROM, "value"),
    Output(ids.LINK_TO, "value"),
    Output(ids.LINK_PICK_FEEDBACK, "children"),
    Input(ids.LINK_STATE, "data"),
    State(ids.LINK_PICKERS, "style"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def show_pickers(state: dict | None, style: dict | None, map_id: int) -> tuple:
    """Shown, with every actor's name, while links are drawn and the dialog is closed; a
    click on the canvas fills From."""
    state = state or linking.OFF
    if not state.get("on") or (state.get("source") and state.get("target")):
        return {"display": "none"}, *(no_update,) * 4, None
    source = state.get("source")
    if style == {} and source is None:  # already shown after a link: keep the names
        return no_update, no_update, no_update, None, None, None
    try:
        options = actor_options(get_store().load_map(map_id))
    except MapNotFound:
        raise PreventUpdate from None
    return {}, options, options, source, None, None


@callback(
    Output(ids.LINK_STATE, "data", allow_duplicate=True),
    Output(ids.LINK_PICK_FEEDBACK, "children", allow_duplicate=True),
    Input(ids.LINK_PICKED, "n_clicks"),
    State(ids.LINK_FROM, "value"),
    State(ids.LINK_TO, "value"),
    State(ids.LINK_FROM, "options"),
    prevent_initial_call=True,
)
def pick_link(_n: int | None, source: str | None, target: str | None, options: list) -> tuple:
    """The pair picked opens the link dialog, as two clicks on the canvas would."""
    if not acted():
        raise PreventUpdate
    state, problem = picked(source, target, options or [])
    return (state or no_update), problem


# Once From is picked the cursor moves on to To, and then to Next: the whole link is typed
# without reaching for Tab. (After the list closes it hands the focus back to its own
# button, hence the short wait.)
clientside_callback(
    f"""function (source, target) {{
        const picked = window.dash_clientside.callback_context.triggered_id;
        const next = picked === "{ids.LINK_FROM}" ? "{ids.LINK_TO}" : "{ids.LINK_PICKED}";
        if ((picked === "{ids.LINK_FROM}" ? source : target)) {{
            setTimeout(function () {{
                const element = document.getElementById(next);
                if (element) {{ element.focus(); }}
            }}, 150);
        }}
    }}""",
    Input(ids.LINK_FROM, "value"),
    Input(ids.LINK_TO, "value"),
    prevent_initial_call=True,
)
