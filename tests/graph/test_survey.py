"""Survey rounds scored by hand: trust, value, perception gaps, checklist splits, proposals.

Every expected number below is worked out in the comment beside it from the answers of
ROUND; the rules must stay quiet on a round where the parties agree.
"""

import pytest

from mapper.graph.analyse import analyse
from mapper.graph.rules import MapView
from mapper.graph.survey import Answer, Responses, compare, headline, proposals, summary
from tests.graph.conftest import TODAY, make_map

MAP = make_map(
    {
        "hub": {"label": "Hub", "role": "lead partner", "power": 5},
        "ally": {"label": "Ally", "role": "partner", "power": 2},
        "clinic": {"label": "Clinic", "role": "partner", "power": 3},
        "council": {"label": "Council", "role": "stakeholder", "power": 4},
    },
    [
        ("hub", "ally", "communicates", {"mutual": True}),
        ("hub", "clinic", "communicates"),
        ("ally", "hub", "accountable_to"),
        ("hub", "ally", "resource", {"resource": "funding"}),
    ],
)


def answers(rows: list[tuple[str, str, str, str]]) -> tuple[Answer, ...]:
    return tuple(Answer(respondent=r, about=a, question=q, answer=v) for r, a, q, v in rows)


HEALTHY = [  # hub and ally agree, or differ by one step or point only
    ("hub", "ally", "talks", "weekly"),
    ("hub", "ally", "trust", "4"),
    ("hub", "ally", "power", "2"),
    ("hub", "ally", "answers_to", "they"),
    ("hub", "ally", "funds", "yes"),
    ("ally", "hub", "talks", "monthly"),
    ("ally", "hub", "trust", "5"),
    ("ally", "hub", "power", "5"),
    ("ally", "hub", "answers_to", "yes"),
    ("ally", "hub", "funds", "they"),
    ("hub", "", "P1.action.1", "yes"),
    ("ally", "", "P1.action.1", "yes"),
]
GAPS = [  # hub and clinic see their link differently
    ("hub", "clinic", "talks", "weekly"),
    ("hub", "clinic", "trust", "5"),
    ("hub", "clinic", "power", "3"),
    ("hub", "clinic", "answers_to", "they"),
    ("clinic", "hub", "talks", "never"),
    ("clinic", "hub", "trust", "2"),
    ("clinic", "hub", "power", "4"),
    ("clinic", "hub", "answers_to", "don't know"),
    ("clinic", "Food bank", "talks", "monthly"),
    ("clinic", "", "P1.action.1", "no"),
]
ROUND = Responses(answers=answers(HEALTHY + GAPS), invited=("hub", "ally", "clinic", "council"))


def findings(responses: Responses, rule: str) -> list:
    return [f for f in analyse(MAP, TODAY, responses=responses).findings if f.rule == rule]


def test_scores_by_hand():
    result = summary(MapView(MAP), ROUND)
    assert (result["invited"], result["answered"], result["response_rate"]) == (4, 3, 0.75)
    # trust ratings 4 (hub->ally), 5 (ally->hub), 5 (hub->clinic), 2 (clinic->hub): 16/4
    assert result["network_trust"] == {"score": 4.0, "answers": 4}
    hub = result["actors"]["hub"]
    assert hub["trust"] == {"score": 3.5, "answers": 2}  # (5 + 2) / 2
    # ally: power 5, monthly 4, funds us 5 -> 14/3; clinic: power 4, never 1 -> 2.5;
    # (14/3 + 2.5) / 2 = 3.583
    assert hub["value"] == {"score": 3.58, "answers": 2}
    assert hub["power_rated"] == {"score": 4.5, "answers": 2}  # (5 + 4) / 2
    assert (hub["power_recorded"], hub["power_structure"]) == (5, "1st")
    # hub on ally: power 2, weekly 5; "we fund them" says nothing of ally's funding
    assert result["actors"]["ally"]["value"] == {"score": 3.5, "answers": 1}
    pairs = {
        (r["a"], r["b"]): (r["trust_a_b"], r["trust_b_a"], r["trust"])
        for r in result["relationships"]
    }
    assert pairs == {
        ("hub", "ally"): (4, 5, {"score": 4.5, "answers": 2}),
        ("hub", "clinic"): (5, 2, {"score": 3.5, "answers": 2}),
    }


def test_a_healthy_round_gives_no_perception_gap():
    healthy = Responses(answers=answers(HEALTHY))
    assert findings(healthy, "perception-gap") == []
    assert findings(healthy, "checklist-disagreement") == []


def test_perception_gaps_name_what_each_side_said():
    gaps = {f.subject: f for f in findings(ROUND, "perception-gap")}
    assert set(gaps) == {"talks", "trust", "answers_to"}
    assert gaps["talks"].severity == "high"  # weekly against never: four steps
    assert gaps["talks"].explanation.startswith("Hub says they talk every week; Clinic says never.")
    assert gaps["trust"].severity == "high"  # 5 against 2: three points
    assert gaps["answers_to"].title == "Hub says Clinic answers to it; Clinic does not know"
    assert set(gaps["answers_to"].nodes) == {"hub", "clinic"}


@pytest.mark.parametrize(
    ("hub_says", "clinic_says", "expected"),
    [
        ("monthly", "quarterly", None),  # one step: not worth raising
        ("daily", "weekly", None),
        ("weekly", "quarterly", "medium"),  # two steps
        ("monthly", "never", "medium"),  # three steps
        ("weekly", "never", "high"),  # four steps
        ("daily", "yearly", "high"),
    ],
)
def test_talk_gaps_are_judged_by_steps(hub_says, clinic_says, expected):
    rows = [("hub", "clinic", "talks", hub_says), ("clinic", "hub", "talks", clinic_says)]
    found = findings(Responses(answers=answers(rows)), "perception-gap")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_a_one_sided_view_is_not_a_gap():
    """Clinic answered nothing about hub: nothing to compare, so no finding."""
    rows = [("hub", "clinic", "talks", "weekly"), ("hub", "clinic", "trust", "5")]
    assert findings(Responses(answers=answers(rows)), "perception-gap") == []


def test_funding_denied_by_the_other_side():
    rows = [("hub", "clinic", "funds", "yes"), ("clinic", "hub", "funds", "neither")]
    (gap,) = findings(Responses(answers=answers(rows)), "perception-gap")
    assert gap.title == "Hub says it funds Clinic; Clinic says not"


def test_checklist_item_the_lead_ticks_while_a_partner_says_no():
    (split,) = findings(ROUND, "checklist-disagreement")
    # others: ally yes, clinic no -> 1 of 2 say no: half, so high
    assert split.severity == "high"
    assert split.principles == ("P1",) and split.action.id == "P1.action.1"
    assert "of 2 partners who answered, 1 says yes and 1 says no" in split.explanation
    assert "Clinic" not in split.explanation and "Ally" not in split.explanation


def test_a_tick_on_the_map_counts_as_the_leads_yes():
    rows = [("ally", "", "P2.action.5", "no"), ("clinic", "", "P2.action.5", "yes")]
    ticked = Responses(answers=answers(rows), ticked=frozenset({"P2.action.5"}))
    (split,) = findings(ticked, "checklist-disagreement")
    assert split.explanation.startswith("The map's checklist says yes")
    assert findings(Responses(answers=answers(rows)), "checklist-disagreement") == []


def test_links_the_map_lacks_are_proposed_with_who_reported_them():
    found = {p.key: p for p in proposals(MapView(MAP), ROUND)}
    # everything hub and ally reported is on the map already
    assert set(found) == {"accountable_to:clinic>hub", "communicates:clinic>Food bank"}
    assert found["accountable_to:clinic>hub"].reported_by == ("hub",)
    food = found["communicates:clinic>Food bank"]
    assert (food.target_label, food.attrs) == ("Food bank", {"frequency": "monthly"})


def test_without_answers_the_survey_rules_are_silent():
    result = analyse(MAP, TODAY)
    assert result.survey is None
    assert not [f for f in result.findings if f.rule.startswith(("perception", "checklist-d"))]


def test_a_later_round_shows_what_moved():
    before = summary(MapView(MAP), ROUND)
    better = [r if r[:3] != ("clinic", "hub", "trust") else (*r[:3], "4") for r in HEALTHY + GAPS]
    after = summary(MapView(MAP), Responses(answers=answers(better)))
    moved = compare(before, after)
    # hub-clinic: (5 + 2) / 2 = 3.5 before, (5 + 4) / 2 = 4.5 after
    assert moved["up"] == [{"a": "hub", "b": "clinic", "before": 3.5, "after": 4.5}]
    assert moved["down"] == []
    assert moved["network_trust"] == {"before": 4.0, "after": 4.5}  # 18 / 4


def test_headline_reads_well():
    lines = headline(summary(MapView(MAP), ROUND))
    assert lines[0] == "3 of 4 invited answered (75%)."
    assert "Most trusted: Clinic (5, 1 rating); least trusted: Hub (3.5, 2 ratings)." in lines
    assert lines[-1] == "2 links the answers report are not on the map yet."


# ----- the readiness checklist and resources other than money -------------------------------
def test_a_readiness_item_the_lead_says_yes_to_while_partners_say_no():
    rows = [
        ("hub", "", "R.4", "yes"),
        ("ally", "", "R.4", "no"),
        ("clinic", "", "R.4", "partly"),
    ]
    (split,) = findings(Responses(answers=answers(rows)), "checklist-disagreement")
    # others: ally no, clinic partly -> 1 of 2 say no: half, so high
    assert split.severity == "high" and split.subject == "R.4"
    assert split.title == "Not everyone agrees: Have you set clear goals for the partnership?"
    assert "(R.4), but of 2 partners who answered, 1 says partly and 1 says no" in (
        split.explanation
    )
    # readiness belongs to no one principle: the finding stays under the rule's own (P6)
    assert split.principles == ("P6",) and split.action.id == "R.4"


def test_premises_given_one_way_and_denied_the_other_is_a_gap():
    rows = [("hub", "clinic", "premises", "yes"), ("clinic", "hub", "premises", "neither")]
    (gap,) = findings(Responses(answers=answers(rows)), "perception-gap")
    assert gap.subject == "premises" and gap.severity == "medium"
    assert gap.title == "Hub says it offers premises to Clinic; Clinic says not"
    assert gap.explanation.startswith("Hub says it offers premises to Clinic, but Clinic says")


def test_staff_the_other_side_does_not_know_of():
    rows = [("hub", "clinic", "staff", "they"), ("clinic", "hub", "staff", "don't know")]
    (gap,) = findings(Responses(answers=answers(rows)), "perception-gap")
    assert gap.title == "Hub says Clinic lends staff to it; Clinic does not know"


def test_resources_both_sides_agree_on_raise_nothing():
    rows = [
        ("hub", "clinic", "knowledge", "both"),
        ("clinic", "hub", "knowledge", "both"),
        ("hub", "clinic", "volunteers", "they"),
        ("clinic", "hub", "volunteers", "yes"),
    ]
    assert findings(Responses(answers=answers(rows)), "perception-gap") == []


def test_resources_other_than_money_count_towards_value():
    rows = [
        ("ally", "clinic", "power", "3"),
        ("ally", "clinic", "premises", "they"),  # clinic gives ally premises: 5
        ("hub", "clinic", "power", "2"),
        ("hub", "clinic", "funds", "neither"),  # nothing given either way: 1
        ("hub", "clinic", "data", "neither"),
    ]
    clinic = summary(MapView(MAP), Responses(answers=answers(rows)))["actors"]["clinic"]
    # ally: (3 + 5) / 2 = 4; hub: (2 + 1) / 2 = 1.5; (4 + 1.5) / 2 = 2.75
    assert clinic["value"] == {"score": 2.75, "answers": 2}


def test_a_resource_the_map_lacks_is_proposed_as_a_resource_link_of_its_kind():
    rows = [
        ("ally", "hub", "premises", "they"),  # hub offers premises to ally: not on the map
        ("ally", "hub", "funds", "they"),  # hub funds ally: on the map already
        ("clinic", "hub", "in-kind", "yes"),
    ]
    found = {p.key: p for p in proposals(MapView(MAP), Responses(answers=answers(rows)))}
    assert set(found) == {"resource:hub>ally:premises", "resource:clinic>hub:in-kind"}
    premises = found["resource:hub>ally:premises"]
    assert (premises.kind, premises.attrs, premises.reported_by) == (
        "resource",
        {"resource": "premises"},
        ("ally",),
    )
    said = {
        p["key"]: p["says"]
        for p in summary(MapView(MAP), Responses(answers=answers(rows)))["proposals"]
    }
    assert said["resource:clinic>hub:in-kind"] == "gives practical help to"


def test_every_resource_kind_of_the_map_has_a_question():
    from mapper.graph.model import RESOURCES
    from mapper.graph.survey import ANSWERS, RESOURCE_QUESTIONS

    assert sorted(RESOURCE_QUESTIONS.values()) == sorted(RESOURCES)
    assert set(RESOURCE_QUESTIONS) <= set(ANSWERS)
