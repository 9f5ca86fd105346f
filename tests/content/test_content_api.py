"""What the rest of the app reads from the content: lookups, references and help texts."""

from __future__ import annotations

import pytest

from mapper.content import VOCABULARY_GROUPS, load_content
from mapper.graph import model


def test_default_content_is_loaded_once_and_shared() -> None:
    assert load_content() is load_content()


def test_principles_come_in_the_compass_order() -> None:
    content = load_content()
    assert [p.id for p in content.principles] == ["P1", "P2", "P3", "P4", "P5", "P6"]
    assert content.principle("P5").title == "Accountability"


def test_actions_keep_the_compass_numbering() -> None:
    # Compass, Principle 2, Action checklist: the 5th action is the communications strategy.
    principle = load_content().principle("P2")
    assert principle.actions[4].id == "P2.action.5"
    assert "communications strategy" in principle.actions[4].text


def test_any_item_is_found_by_id_with_its_source() -> None:
    content = load_content()
    assert content.item("P3.action.3").source == (
        "Compass, Section 3, Principle 3, Action checklist"
    )
    assert content.item("K.1").principles == ("P5",)
    assert (
        content.item("PR.6.8").source
        == "Compass, Section 5, Processes for an effective partnership"
    )
    assert content.item("P4.qualities.1").text == "Empathy"


def test_an_unknown_item_id_suggests_close_ones() -> None:
    with pytest.raises(KeyError, match=r"'P2\.action\.50'.*Did you mean 'P2\.action\.5'"):
        load_content().item("P2.action.50")


def test_an_unknown_principle_lists_the_real_ones() -> None:
    with pytest.raises(KeyError, match="P1, P2, P3, P4, P5, P6"):
        load_content().principle("P7")


def test_every_tool_a_principle_recommends_exists() -> None:
    content = load_content()
    named = {tool for principle in content.principles for tool in principle.tools}
    assert named <= {tool.id for tool in content.tools}
    # The tools the Compass names by name (Section 3) are all there.
    assert {
        "skills-matrix",
        "partnership-agreement",
        "contingency-plan",
        "stakeholder-map",
        "communications-strategy",
        "live-action-plan",
        "logic-model",
    } <= named


def test_every_rule_a_risk_names_exists() -> None:
    content = load_content()
    named = [rule for risk in content.risks for rule in risk.rules]
    assert named and set(named) <= set(content.rules)


def test_every_risk_names_existing_principles() -> None:
    content = load_content()
    ids = {p.id for p in content.principles}
    assert all(risk.principles and set(risk.principles) <= ids for risk in content.risks)


@pytest.mark.parametrize(("group", "name"), VOCABULARY_GROUPS.items())
def test_every_value_of_the_model_has_help(group: str, name: str) -> None:
    vocabulary = load_content().vocabulary
    values = tuple(getattr(model, name))
    assert values, name
    for value in values:
        assert vocabulary.help(group, value).strip(), (group, value)


def test_edge_kinds_read_as_a_user_would_say_them() -> None:
    vocabulary = load_content().vocabulary
    labels = {kind: vocabulary.label("edge_kind", kind) for kind in model.EDGE_KINDS}
    assert labels == {
        "accountable_to": "answers to",
        "communicates": "talks to",
        "resource": "gives resources to",
        "member_of": "sits on",
        "influences": "can influence",
    }


def test_unknown_vocabulary_value_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known values are: strategic, operational"):
        load_content().vocabulary.help("level", "middle")


def test_ids_are_unique_across_all_content() -> None:
    content = load_content()
    ids = [
        *(p.id for p in content.principles),
        *(t.id for t in content.tools),
        *(o.id for o in content.support),
        *content.items_by_id,
    ]
    assert len(ids) == len(set(ids))
