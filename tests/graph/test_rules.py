"""The registry of rules: complete, described in content/, with checked parameters."""

import pytest

from mapper.content import load_content
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import PRINCIPLES, Action, Finding, registry, resolve_params

RULE_IDS = [
    "perception-gap",
    "checklist-disagreement",
    "no-lead-partner",
    "reporting-without-dialogue",
    "service-users-without-dialogue",
    "unreachable-stakeholder",
    "one-way-communication",
    "single-point-of-failure",
    "accountable-without-channel",
    "stale-link",
    "strategy-operations-gap",
    "excluded-from-decisions",
    "resource-dependence",
    "hierarchy-behind-partnership",
    "gatekeeper",
    "influence-concentration",
    "knowledge-without-voice",
    "skills-gap",
    "salience-mismatch",
    "missing-link",
]


def test_every_rule_of_the_issue_is_registered():
    assert sorted(registry()) == sorted(RULE_IDS)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_has_words_principles_and_an_existing_action(rule_id):
    rule = registry()[rule_id]
    assert rule.name and rule.help and rule.words["why"] and rule.words["needs"]
    assert rule.principles and set(rule.principles) <= set(PRINCIPLES)
    # The action is an item of the principle whose section lists the rule's findings.
    assert rule.action.split(".")[0] == rule.principles[0]
    assert load_content().item(rule.action).text
    # Its help mentions every parameter, so a user sees what can be tuned.
    for name in rule.defaults:
        assert "{" + name + "}" in rule.help, name


def test_every_principle_is_evidenced_by_some_rule():
    covered = {p for rule in registry().values() for p in rule.principles}
    assert covered == set(PRINCIPLES)


def test_overrides_are_converted_and_checked():
    params = resolve_params({"stale-link": {"days": "120"}, "gatekeeper": {"share": 0.6}})
    assert params["stale-link"] == {"days": 120, "factor": 2.0}
    assert params["gatekeeper"]["share"] == 0.6
    assert params["skills-gap"] == {}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"stale": {"days": 1}}, "unknown rule 'stale'; the rules are: hierarchy-behind"),
        (
            {"stale-link": {"weeks": 1}},
            "rule 'stale-link' has no parameter 'weeks'; its parameters are: days, factor",
        ),
        (
            {"stale-link": {"days": "soon"}},
            "stale-link.days: 'soon' is not valid; expected a whole number",
        ),
        ({"stale-link": {"days": -3}}, "stale-link.days: -3 is not valid; expected 0 or more"),
        ({"skills-gap": {"x": 1}}, "its parameters are: none"),
    ],
)
def test_bad_overrides_are_refused_clearly(overrides, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_params(overrides)


def test_finding_key_is_stable_and_tells_subjects_apart():
    action = Action(id="P1.action.1")
    first = Finding(
        rule="skills-gap",
        principles=("P1",),
        severity="high",
        title="",
        explanation="",
        nodes=("b", "a"),
        action=action,
        subject="evaluation",
    )
    assert first.key == "skills-gap:a+b:evaluation"
    assert first.rank == 0


def test_an_empty_map_gets_at_most_one_low_note_per_rule(today):
    empty = PartnershipMap()
    params = resolve_params()
    for rule_id, rule in registry().items():
        findings = rule.check(empty, params[rule_id], today)
        assert len(findings) <= 1, rule_id
        assert all(f.not_enough_data and f.severity == "low" for f in findings), rule_id
