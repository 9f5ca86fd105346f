"""Forms built from the model's field tables, and what they send back."""

from __future__ import annotations

import pytest

from mapper.app.forms import (
    changed_inputs,
    choice_options,
    fields_for,
    from_inputs,
    shown_for_kind,
    to_inputs,
)
from mapper.app.library import since, with_positions
from mapper.app.linking import OFF, done, prompt, start, swap, tap, toggle
from mapper.graph.model import EDGE_FIELDS, NODE_FIELDS, ROLES, PartnershipMap


def test_choices_come_from_the_model_in_its_order() -> None:
    options = choice_options("actor", NODE_FIELDS["role"])
    assert [o["value"] for o in options] == list(ROLES)
    kinds = choice_options("new-link", EDGE_FIELDS["kind"])
    # Edge kinds read as the link is said (content/vocabulary.yaml labels).
    assert kinds[0] == {"label": "Answers to", "value": "accountable_to"}


def test_person_fields_show_only_for_people() -> None:
    assert shown_for_kind("actor", "organisation", "person")
    assert not shown_for_kind("actor", "organisation", "organisation")
    assert shown_for_kind("actor", "power", "forum")  # common to every kind
    assert not shown_for_kind("link", "amount", "communicates")


def test_every_form_field_is_in_the_model() -> None:
    for form, table in (("actor", NODE_FIELDS), ("link", EDGE_FIELDS)):
        assert all(table[spec.name] is spec for spec in fields_for(form))


def test_round_trip_of_a_stored_actor() -> None:
    record = {"label": "Age UK", "kind": "organisation", "skills": ["finance", "law"], "power": 4}
    specs = fields_for("actor")
    values = to_inputs(record, specs)
    assert values["skills"] == ["finance", "law"]
    changes = from_inputs("actor", values, kind="organisation")
    assert changes["skills"] == ["finance", "law"]
    assert changes["power"] == "4"  # the model coerces and validates
    assert changes["notes"] is None  # an emptied field is removed
    assert "level" not in changes  # a person's field is left alone on an organisation


@pytest.mark.parametrize(
    ("stored", "shown", "sent"),
    [({}, "", None), ({"voting": True}, "yes", True), ({"voting": False}, "no", False)],
)
def test_yes_no_fields_are_not_recorded_until_someone_sets_them(stored, shown, sent) -> None:
    assert to_inputs(stored, [EDGE_FIELDS["voting"]]) == {"voting": shown}
    assert from_inputs("link", {"voting": shown}, kind="member_of") == {"voting": sent}


def test_a_form_sends_only_the_fields_its_user_changed() -> None:
    record = {"label": "Age UK", "kind": "organisation", "power": 3, "mutual": None,
              "skills": ["monitoring, evaluation and learning"]}  # fmt: skip
    values = to_inputs(record, fields_for("actor"))
    assert changed_inputs("actor", values, record) == ({}, {})  # opened and saved: nothing

    values["power"] = "5"
    changes, based_on = changed_inputs("actor", values, record)
    assert (changes, based_on) == ({"power": "5"}, {"power": 3})  # the skill is not re-sent
    values["skills"] = [*values["skills"], "law"]
    changes, _ = changed_inputs("actor", values, record)
    assert changes["skills"] == ["monitoring, evaluation and learning", "law"]


def test_link_mode_state_machine() -> None:
    state = toggle(OFF)
    assert prompt(state).startswith("Drawing links: click the actor a link starts from")
    state = tap(tap(state, "a", "Age UK"), "b", "Council")
    assert (state["source"], state["target"]) == ("a", "b")
    assert prompt(state) == "Age UK → Council: pick the kind of link."
    assert swap(state)["source"] == "b"
    assert done(state) == start()
    assert toggle(state) == OFF


def test_imported_maps_get_positions_once() -> None:
    m = PartnershipMap()
    m.add_node(label="A")
    m.add_node(label="B", x=5, y=6)
    with_positions(m)
    assert m.node("b")["x"] == 5
    assert "x" in m.node("a")


def test_since_counts_minutes_and_hours() -> None:
    import datetime as dt

    now = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    assert since(now - dt.timedelta(minutes=1), now) == "1 minute ago"
    assert since(now - dt.timedelta(minutes=59), now) == "59 minutes ago"
    assert since(now - dt.timedelta(hours=23), now) == "23 hours ago"
    assert since(now - dt.timedelta(hours=30), now) == "yesterday"


def test_a_person_can_be_given_the_day_they_leave_their_post():
    from mapper.app.forms import field_label, fields_for, shown_for_kind
    from mapper.graph.model import NODE_FIELDS

    assert NODE_FIELDS["until"] in fields_for("actor")
    assert field_label(NODE_FIELDS["until"]) == "Leaves the post on"
    assert shown_for_kind("actor", "until", "person")
    assert not shown_for_kind("actor", "until", "organisation")
