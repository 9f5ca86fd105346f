"""The side panel's tabs: the selected actor or link, adding actors, the map's details
and the key, with the callbacks that save them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import dash_bootstrap_components as dbc
from dash import (
    ALL,
    MATCH,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    html,
    no_update,
)
from dash.exceptions import PreventUpdate

from mapper.app import ids, linking, session
from mapper.app.canvas import Canvas
from mapper.app.components.fields import form_fields, organisation_options, row_styles
from mapper.app.components.health import health_tab
from mapper.app.components.legend import legend
from mapper.app.components.views import change_line
from mapper.app.context import acted, editor, get_store
from mapper.app.edits import delete_question, signal
from mapper.app.forms import changed_inputs, field_label, fields_for, from_inputs, to_inputs
from mapper.app.pages.editor.canvas import NO_REDRAW, REDRAW, SHOWN, redraw_outputs
from mapper.app.pages.editor.shared import form_values, organisations, problems_alert
from mapper.content import load_content
from mapper.graph.model import (
    EDGE_FIELDS,
    EDGE_KINDS,
    MAP_FIELDS,
    NODE_FIELDS,
    NODE_KINDS,
    PartnershipMap,
)
from mapper.store import Conflict, MapNotFound

RECENT_CHANGES = 8


def _filters() -> html.Div:
    words = load_content().vocabulary
    return html.Div(
        [
            html.H3("Show", className="legend-title"),
            dbc.Label("Kinds of actor", html_for=ids.SHOW_NODE_KINDS, class_name="fw-semibold"),
            dbc.Checklist(
                id=ids.SHOW_NODE_KINDS,
                options=[{"label": k.capitalize(), "value": k} for k in NODE_KINDS],
                value=list(NODE_KINDS),
                inline=True,
            ),
            dbc.Label("Kinds of link", html_for=ids.SHOW_EDGE_KINDS, class_name="fw-semibold mt-2"),
            dbc.Checklist(
                id=ids.SHOW_EDGE_KINDS,
                options=[
                    {"label": words.label("edge_kind", k).capitalize(), "value": k}
                    for k in EDGE_KINDS
                ],
                value=list(EDGE_KINDS),
                inline=True,
            ),
            dbc.Switch(
                id=ids.SHOW_INSIDE,
                label="Show people inside their organisation",
                value=False,
                class_name="mt-2",
            ),
        ],
        className="filters mb-4",
    )


# What the room calls out at a workshop; the rest of an actor's fields open on request.
QUICK_FIELDS = ("label", "kind", "role", "sector", "organisation", "level", "power", "interest")


MORE_FIELDS = tuple(
    spec.name for spec in fields_for(ids.FORM_NEW_ACTOR) if spec.name not in QUICK_FIELDS
)


def side_tabs(canvas: Canvas, selection: dict | None) -> dbc.Tabs:
    add_form = html.Div(
        [
            html.Div(
                form_fields(
                    ids.FORM_NEW_ACTOR,
                    {"kind": "organisation"},
                    organisations(canvas.pmap),
                    only=QUICK_FIELDS,
                ),
                id=ids.ADD_FORM,
            ),
            html.Div(id=ids.ADD_MORE_BODY),
            html.Button(  # not dbc's: it cannot say whether the fields are open
                _more_words(False),
                id=ids.ADD_MORE,
                type="button",
                className="btn btn-link px-0 mb-2",
                **{"aria-expanded": "false", "aria-controls": ids.ADD_MORE_BODY},
            ),
            html.Div(id=ids.ADD_FEEDBACK, role="status", className="add-feedback"),
            dbc.Button("Add to the map", id=ids.ADD_SAVE, color="primary", class_name="w-100"),
        ],
        className="panel-form",
        role="form",
        **{"aria-label": "Add an actor"},
    )
    return dbc.Tabs(
        [
            dbc.Tab(
                [
                    html.Div(
                        _details(canvas.pmap, selection) if selection else _nothing_selected(),
                        id=ids.DETAILS,
                    ),
                    # Outside the form, which is drawn again after each save: the saving
                    # callback must find it whatever is selected.
                    html.Div(id=ids.DETAILS_FEEDBACK, role="status", className="mt-3"),
                ],
                label="Selected",
                tab_id="selected",
            ),
            dbc.Tab(add_form, label="Add", tab_id="add"),
            dbc.Tab(html.Div(id=ids.META_BODY), label="Details", tab_id="map"),
            dbc.Tab(html.Div([_filters(), html.Div(id=ids.KEY_LEGEND)]), label="Key", tab_id="key"),
            health_tab(),
        ],
        id=ids.TABS,
        active_tab="add" if not canvas.elements else "selected",
    )


def _more_words(shown: bool) -> str:
    return "Fewer details" if shown else "More details (skills, needs, notes…)"


def _meta_form(pmap: PartnershipMap, history: list[dict[str, Any]]) -> html.Div:
    """The map's details to edit, and who changed what lately (names come from the top
    bar's name field)."""
    today = dt.date.today()
    recent = [html.Li(change_line(change, today)) for change in history[:RECENT_CHANGES]]
    return html.Div(
        [
            html.Div(
                [
                    *form_fields(ids.FORM_MAP, pmap.meta),
                    html.Div(id=ids.META_FEEDBACK, role="status"),
                    dbc.Button("Save map details", id=ids.save_meta("form"), color="primary"),
                ],
                className="panel-form",
                role="form",
                **{"aria-label": "Map details"},
            ),
            html.Section(
                [
                    html.H3("Recent changes", className="legend-title mt-4"),
                    html.Ul(recent, className="recent-changes") if recent else None,
                ],
                **{"aria-label": "Recent changes"},
            ),
        ]
    )


def _nothing_selected() -> html.Div:
    return html.Div(
        [
            html.P(
                "Click an actor or a link on the map to see and edit it here.",
                className="lead-muted",
            ),
            html.P(
                "Drag actors to arrange them; positions are saved as you go.",
                className="text-secondary",
            ),
            html.P(
                "Double-click empty space to add an actor there, or an actor to rename it. "
                "Drag the + beside an actor onto another to link them. Shift-drag a box to "
                "move several at once.",
                className="text-secondary",
            ),
        ],
        className="empty-state",
    )


@callback(
    Output(ids.META_BODY, "children"),
    Output(ids.KEY_LEGEND, "children"),
    Output(ids.META_BASE, "data"),
    Input(ids.TABS, "active_tab"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def fill_tabs(tab: str, map_id: int) -> tuple:
    """The map details form and the legend are in the page only while their tab is open.

    After every edit Dash re-checks each component in the page, so the 130 of these two
    would slow every add at a workshop; filled on opening, the form also shows the map's
    details as they are now, not as they were when the page opened."""
    if tab != "map":
        return [], legend() if tab == "key" else [], no_update
    store = get_store()
    try:
        pmap = store.load_map(map_id)
        return _meta_form(pmap, store.history(map_id)), [], dict(pmap.meta)
    except MapNotFound:
        raise PreventUpdate from None


@callback(
    Output(ids.ADD_MORE_BODY, "children"),
    Output(ids.ADD_MORE, "children"),
    Output(ids.ADD_MORE, "aria-expanded"),
    Input(ids.ADD_MORE, "n_clicks"),
    State(ids.field(ids.FORM_NEW_ACTOR, "kind"), "value"),
    prevent_initial_call=True,
)
def more_details(clicks: int, kind: str | None) -> tuple:
    """Open or close the rest of the new actor's fields (kept out of the page while closed,
    like the other tabs' bodies: every component in the page slows each edit a little)."""
    shown = clicks % 2 == 1
    fields = form_fields(ids.FORM_NEW_ACTOR, {"kind": kind}, only=MORE_FIELDS) if shown else []
    return fields, _more_words(shown), "true" if shown else "false"


# ----- the selected actor or link --------------------------------------------------------
@callback(
    Output(ids.DETAILS, "children"),
    Output(ids.FORM_BASE, "data"),
    Output(ids.CONFLICTS, "data", allow_duplicate=True),
    Output(ids.DETAILS_FEEDBACK, "children", allow_duplicate=True),
    Input(ids.SELECTION, "data"),
    Input(ids.EDITED, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,  # the layout fills the panel for the selection it opens with
)
def show_selection(selection: dict | None, _edited, map_id: int) -> tuple:
    """The edit form of the selected actor or link, filled from the store, and the values
    it opens with (a save sends only what the user changed from these)."""
    if not selection:
        return _nothing_selected(), {}, {}, None
    try:
        pmap = get_store().load_map(map_id)
    except MapNotFound:
        raise PreventUpdate from None
    keep = no_update if ctx.triggered_id == ids.EDITED else None  # a problem stays shown
    return _details(pmap, selection), form_base(pmap, selection), {}, keep


def form_base(pmap: PartnershipMap, selection: dict) -> dict[str, Any]:
    """The stored values of the selected actor's or link's fields ({} if it has gone)."""
    form = ids.FORM_ACTOR if selection["type"] == "node" else ids.FORM_LINK
    try:
        record = (pmap.node if selection["type"] == "node" else pmap.edge)(selection["id"])
    except KeyError:
        return {}
    return {spec.name: record.get(spec.name) for spec in fields_for(form)}


def _details(pmap: PartnershipMap, selection: dict) -> Any:
    """The edit form of the actor or link ``selection`` names."""
    if selection["type"] == "node":
        if selection["id"] not in pmap.graph:
            return html.P("This actor is no longer on the map.", className="text-secondary")
        record = pmap.node(selection["id"])
        heading = record.get("label", record["id"])
        body = form_fields(ids.FORM_ACTOR, record, organisations(pmap))
        links = pmap.graph.degree(selection["id"])
        about = f"{links} link{'s' if links != 1 else ''}"
    else:
        try:
            record = pmap.edge(selection["id"])
        except KeyError:
            return html.P("This link is no longer on the map.", className="text-secondary")
        heading = linking.describe(pmap, record)
        body = form_fields(ids.FORM_LINK, record)
        about = "Link"
    return html.Div(
        [
            html.H2(heading, className="panel-heading"),
            html.P(about, className="text-secondary"),
            *body,
            html.Div(
                [
                    dbc.Button("Save changes", id=ids.save_selected("form"), color="primary"),
                    dbc.Button("Delete…", id=ids.DELETE_SELECTED, color="danger", outline=True),
                ],
                className="d-flex justify-content-between",
            ),
        ],
        className="panel-form",
        role="form",
        **{"aria-label": f"Edit {heading}"},
    )


@callback(
    *REDRAW,
    Output(ids.EDITED, "data", allow_duplicate=True),
    Output(ids.DETAILS_FEEDBACK, "children"),
    Output(ids.CONFLICTS, "data"),
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_TEXT, "children", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.save_selected(ALL), "n_clicks"),
    Input(ids.CONFIRM_YES, "n_clicks"),
    State(ids.field(ids.FORM_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_ACTOR, ALL), "id"),
    State(ids.field(ids.FORM_LINK, ALL), "value"),
    State(ids.field(ids.FORM_LINK, ALL), "id"),
    State(ids.SELECTION, "data"),
    State(ids.FORM_BASE, "data"),
    State(ids.CONFLICTS, "data"),
    State(ids.CONFIRM_FOR, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def save_selected(
    _clicks, _yes, actor_values, actor_ids, link_values, link_ids, selection, base,
    conflicts, asking, map_id, *shown,
):  # fmt: skip
    """Save what the user changed in the selected actor's or link's form, and only that.

    A field someone else changed since the form opened is not overwritten: both values are
    shown, and "Keep theirs" or "Save mine" settles it. A second lead partner or a name
    already on the map asks first."""
    trigger = ctx.triggered_id
    if not acted() or not selection or (trigger == ids.CONFIRM_YES and asking != "save"):
        raise PreventUpdate
    node = selection["type"] == "node"
    form = ids.FORM_ACTOR if node else ids.FORM_LINK
    values = form_values(*((actor_values, actor_ids) if node else (link_values, link_ids)))
    changes, based_on = changed_inputs(form, values, base or {}, kind=values.get("kind"))
    pick = trigger.get("pick") if isinstance(trigger, dict) else None
    if pick == "mine":  # over the other person's values, which the user has now seen
        based_on.update({name: theirs for name, theirs in (conflicts or {}).items()})
    elif pick == "theirs":
        changes = {k: v for k, v in changes.items() if k not in (conflicts or {})}
        if not changes:
            kept = redraw_outputs(map_id, "Kept the other person's values.", shown)
            return *kept, signal(""), None, {}, *_NO_QUESTION
    command = session.UpdateFields(
        target=selection["type"],
        id=selection["id"],
        changes=changes,
        based_on={k: v for k, v in based_on.items() if k in changes},
        confirmed=trigger == ids.CONFIRM_YES,
    )
    outcome = session.apply(get_store(), map_id, command, editor())
    if outcome.question:
        return *NO_REDRAW, no_update, None, no_update, True, outcome.question, "save"
    if outcome.conflicts:
        panel = _conflict_panel(outcome.conflicts, EDGE_FIELDS if not node else NODE_FIELDS)
        theirs = {c.field: c.theirs for c in outcome.conflicts}
        return *NO_REDRAW, no_update, panel, theirs, *_NO_QUESTION
    if not outcome.saved:
        if outcome.problems:
            problems = problems_alert(list(outcome.problems))
            return *NO_REDRAW, no_update, problems, no_update, *_NO_QUESTION
        return *NO_REDRAW, no_update, _note(outcome.message), no_update, *_NO_QUESTION
    redrawn = redraw_outputs(map_id, outcome.message, shown)  # the status line says it
    return *redrawn, signal(""), None, {}, *_ANSWERED


@callback(
    Output(ids.FOLLOWED, "data"),
    Input(ids.FOLLOW, "data"),
    State(ids.SELECTION, "data"),
    State(ids.FORM_BASE, "data"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def follow_selection(_version, selection: dict | None, base: dict | None, map_id: int) -> dict:
    """What the selected item's fields hold now, for its open form to follow (see
    ``mapper.follow`` in assets/mapper.js): the form takes the newer value of each field
    its user has not touched, and keeps what they typed in the others together with the
    value it started from, so saving it over a newer value is still a conflict."""
    if not selection or not base:
        raise PreventUpdate
    try:
        stored = form_base(get_store().load_map(map_id), selection)
    except MapNotFound:
        raise PreventUpdate from None
    if not stored or stored == base:
        raise PreventUpdate
    specs = fields_for(ids.FORM_ACTOR if selection["type"] == "node" else ids.FORM_LINK)
    return {
        "type": selection["type"],
        "id": selection["id"],
        "base": base,
        "stored": stored,
        "opened": to_inputs(base, specs),
        "now": to_inputs(stored, specs),
    }


# Applied in the browser, where the selection and the inputs are as they are when the
# answer lands: another item may be selected by then, or a field touched meanwhile.
clientside_callback(
    ClientsideFunction(namespace="mapper", function_name="follow"),
    Output(ids.field(ids.FORM_ACTOR, ALL), "value", allow_duplicate=True),
    Output(ids.field(ids.FORM_LINK, ALL), "value", allow_duplicate=True),
    Output(ids.FORM_BASE, "data", allow_duplicate=True),
    Input(ids.FOLLOWED, "data"),
    State(ids.SELECTION, "data"),
    State(ids.FORM_BASE, "data"),
    State(ids.field(ids.FORM_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_ACTOR, ALL), "id"),
    State(ids.field(ids.FORM_LINK, ALL), "value"),
    State(ids.field(ids.FORM_LINK, ALL), "id"),
    prevent_initial_call=True,
)


# What a save says (a conflict to settle, a problem) sits under the form: bring it into
# view, as the panel may be scrolled up to the field the user changed.
clientside_callback(
    """function (shown, id) {
        const box = document.getElementById(id);
        if (shown && box) { box.scrollIntoView({block: "nearest"}); }
        return window.dash_clientside.no_update;
    }""",
    Output(ids.DETAILS_FEEDBACK, "title"),
    Input(ids.DETAILS_FEEDBACK, "children"),
    State(ids.DETAILS_FEEDBACK, "id"),
    prevent_initial_call=True,
)


# The browser asks the server to follow only while an actor or a link is selected: an add
# at a workshop, with nothing selected, stays one request.
clientside_callback(
    """function (version, selection) {
        return selection && selection.type ? version : window.dash_clientside.no_update;
    }""",
    Output(ids.FOLLOW, "data"),
    Input(ids.VERSION, "data"),
    State(ids.SELECTION, "data"),
    prevent_initial_call=True,
)


# "Works for" in the add form lists the organisations as they are now; the browser asks
# only while the form is set to a person (the only kind it shows for).
clientside_callback(
    """function (version, kind) {
        return kind === "person" ? version : window.dash_clientside.no_update;
    }""",
    Output(ids.WORKS_FOR_DUE, "data"),
    Input(ids.VERSION, "data"),
    Input(ids.field(ids.FORM_NEW_ACTOR, "kind"), "value"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.field(ALL, "organisation"), "options"),
    Input(ids.WORKS_FOR_DUE, "data"),
    Input(ids.FOLLOW, "data"),
    State(ids.field(ALL, "organisation"), "options"),
    State(ids.MAP_ID, "data"),
    prevent_initial_call=True,
)
def works_for(_due, _follow, shown: list, map_id: int) -> list:
    """The organisations on the map now, for "Works for" in the add form and in the
    selected person's form (sent only to the lists that differ)."""
    if not shown:
        raise PreventUpdate
    try:
        now = organisation_options(organisations(get_store().load_map(map_id)))
    except MapNotFound:
        raise PreventUpdate from None
    return [no_update if options == now else now for options in shown]


def _same(shown: Any, other: Any) -> bool:
    """Whether two input values are the same (an emptied input may read None, "" or [])."""
    return (shown or None) == (other or None)


_NO_QUESTION = (no_update,) * 3  # the question dialog as it is


_ANSWERED = (False, no_update, "")  # closed after its "Yes"


def _note(text: str) -> dbc.Alert:
    return dbc.Alert(text, color="success", duration=2500, class_name="py-2")


def _conflict_panel(
    conflicts: tuple[Conflict, ...], specs: dict, button: Callable[[str], dict] = ids.save_selected
) -> dbc.Alert:
    """Both values of each field someone else changed since the form opened, and the two
    ways to settle it (buttons with the ids ``button`` gives)."""
    lines = [
        html.Li(
            f"{field_label(specs[c.field]) if c.field in specs else c.field}: "
            f"{c.who or 'someone else'} set {_shown(c.theirs)}; you set {_shown(c.yours)}."
        )
        for c in conflicts
    ]
    return dbc.Alert(
        [
            html.Strong("Changed by someone else since you opened this; nothing was saved."),
            html.Ul(lines, className="mb-2"),
            dbc.Button(
                "Keep theirs",
                id=button("theirs"),
                color="secondary",
                outline=True,
                class_name="me-2",
            ),
            dbc.Button("Save mine", id=button("mine"), color="primary"),
        ],
        color="warning",
        class_name="py-2",
    )


def _shown(value: Any) -> str:
    """A stored value as a user reads it in a sentence."""
    if value is None or value == []:
        return "nothing (not recorded)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(f"“{item}”" for item in value)
    return f"“{value}”"


@callback(
    Output(ids.DELETE_MODAL, "is_open"),
    Output(ids.DELETE_TEXT, "children"),
    *REDRAW,
    Output(ids.SELECTION, "data", allow_duplicate=True),
    Input(ids.DELETE_SELECTED, "n_clicks"),
    Input(ids.DELETE_CONFIRM, "n_clicks"),
    Input(ids.DELETE_CANCEL, "n_clicks"),
    State(ids.SELECTION, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def delete_selected(ask, _confirm, _cancel, selection, map_id: int, *shown) -> tuple:
    """Ask first, saying what goes with it; then delete the actor (and its links) or link."""
    if not acted():
        raise PreventUpdate
    trigger = ctx.triggered_id
    if trigger == ids.DELETE_CANCEL or not selection:
        return False, no_update, *NO_REDRAW, no_update
    store = get_store()
    if trigger == ids.DELETE_SELECTED:
        if not ask:
            raise PreventUpdate
        question = delete_question(store.load_map(map_id), selection)
        return True, question, *NO_REDRAW, no_update
    command = session.Delete(target=selection["type"], id=selection["id"])
    outcome = session.apply(store, map_id, command, editor())
    message = outcome.message or " ".join(outcome.problems)
    return False, no_update, *redraw_outputs(map_id, message, shown), None


@callback(
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.CONFIRM_NO, "n_clicks"),
    prevent_initial_call=True,
)
def cancel_question(_n) -> tuple:
    """Cancel closes the question and saves nothing."""
    if not acted():
        raise PreventUpdate
    return False, ""


# ----- adding actors, map details -------------------------------------------------------
@callback(
    *REDRAW,
    Output(ids.ADD_FEEDBACK, "children"),
    Output(ids.field(ids.FORM_NEW_ACTOR, ALL), "value"),
    Output(ids.CONFIRM_MODAL, "is_open", allow_duplicate=True),
    Output(ids.CONFIRM_TEXT, "children", allow_duplicate=True),
    Output(ids.CONFIRM_FOR, "data", allow_duplicate=True),
    Input(ids.ADD_SAVE, "n_clicks"),
    Input(ids.field(ids.FORM_NEW_ACTOR, "label"), "n_submit"),
    Input(ids.CONFIRM_YES, "n_clicks"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "value"),
    State(ids.field(ids.FORM_NEW_ACTOR, ALL), "id"),
    State(ids.MAP_ID, "data"),
    State(ids.ADD_FEEDBACK, "children"),
    State(ids.CONFIRM_FOR, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def add_actor(
    _n, _submit, _yes, values: list, field_ids: list[dict], map_id: int, feedback, asking, *shown
):
    """Add an actor from the form, in a free spot near the middle of the map.

    The form stays open, ready for the next actor the room calls out, back to the
    defaults of the kind chosen: nothing else carries over to the next actor. A second
    lead partner or a name already on the map asks first. The status line says what was
    added; the form speaks only of problems.
    """
    confirmed = ctx.triggered_id == ids.CONFIRM_YES
    if not acted() or (confirmed and asking != "add"):
        raise PreventUpdate
    form = form_values(values, field_ids)
    attrs = from_inputs(ids.FORM_NEW_ACTOR, form, kind=form.get("kind"))
    attrs = {key: value for key, value in attrs.items() if value is not None}
    command = session.AddActor(attrs=attrs, confirmed=confirmed)
    outcome = session.apply(get_store(), map_id, command, editor())
    untouched = (no_update,) * len(field_ids)
    if outcome.question:
        return *NO_REDRAW, no_update, untouched, True, outcome.question, "add"
    if not outcome.saved:
        return *NO_REDRAW, problems_alert(list(outcome.problems)), untouched, *_NO_QUESTION
    cleared = None if feedback else no_update
    fresh = to_inputs({"kind": form.get("kind")}, fields_for(ids.FORM_NEW_ACTOR))
    # Only the inputs that differ: setting one sets off its own callbacks (the kind's).
    reset = [
        no_update if _same(value, fresh[field_id["name"]]) else fresh[field_id["name"]]
        for field_id, value in zip(field_ids, values, strict=True)
    ]
    closed = _ANSWERED if confirmed else _NO_QUESTION
    return *redraw_outputs(map_id, outcome.message, shown), cleared, reset, *closed


@callback(
    *REDRAW,
    Output(ids.META_FEEDBACK, "children"),
    Output(ids.META_BASE, "data", allow_duplicate=True),
    Output(ids.META_CONFLICTS, "data"),
    Output(ids.field(ids.FORM_MAP, ALL), "value"),
    Input(ids.save_meta(ALL), "n_clicks"),
    State(ids.field(ids.FORM_MAP, ALL), "value"),
    State(ids.field(ids.FORM_MAP, ALL), "id"),
    State(ids.META_BASE, "data"),
    State(ids.META_CONFLICTS, "data"),
    State(ids.MAP_ID, "data"),
    *SHOWN,
    prevent_initial_call=True,
)
def save_meta(
    _n, values: list, field_ids: list[dict], base: dict, conflicts: dict, map_id: int, *shown
) -> tuple:
    """Save what the user changed in the map's name, purpose, date, skills and notes. A
    field someone else changed meanwhile is not overwritten: both values are shown, and
    "Keep theirs" or "Save mine" settles it, as in the actor form."""
    if not acted():
        raise PreventUpdate
    untouched = [no_update] * len(field_ids)
    form = form_values(values, field_ids)
    conflicts = conflicts or {}
    if ctx.triggered_id["pick"] == "theirs":  # their values back in the form, not sent
        theirs = to_inputs(conflicts, [MAP_FIELDS[name] for name in conflicts])
        form.update(theirs)
        untouched = [theirs.get(one["name"], no_update) for one in field_ids]
    changes, based_on = changed_inputs(ids.FORM_MAP, form, base)
    if not changes and conflicts:
        kept = redraw_outputs(map_id, "Kept the other person's values.", shown)
        return *kept, None, no_update, {}, untouched
    command = session.UpdateFields(target="map", changes=changes, based_on=based_on)
    outcome = session.apply(get_store(), map_id, command, editor())
    if outcome.conflicts:
        theirs = {c.field: c.theirs for c in outcome.conflicts}
        panel = _conflict_panel(outcome.conflicts, MAP_FIELDS, ids.save_meta)
        return *NO_REDRAW, panel, {**base, **theirs}, theirs, untouched
    if not outcome.saved:
        if outcome.problems:
            return *NO_REDRAW, problems_alert(list(outcome.problems)), no_update, {}, untouched
        return *NO_REDRAW, _note(outcome.message), no_update, {}, untouched
    saved = dict(get_store().load_map(map_id).meta)
    redrawn = redraw_outputs(map_id, outcome.message, shown)
    return *redrawn, _note("Saved."), saved, {}, untouched


@callback(
    Output(ids.field_row(MATCH, ALL), "style"),
    Input(ids.field(MATCH, "kind"), "value"),
    State(ids.field_row(MATCH, ALL), "id"),
    prevent_initial_call=True,
)
def show_fields_for_kind(kind: str | None, row_ids: list[dict]) -> list:
    """Show only the fields that mean something for the chosen kind."""
    form = ctx.triggered_id["form"]
    return row_styles(form, kind, [row["name"] for row in row_ids])
