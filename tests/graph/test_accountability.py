"""Accountability rules: a line without a channel, partners outside decisions, and a
funder's hierarchy behind the partnership."""

import pytest

from mapper.graph.accountability import funding_shares

PAIR = {"a": {"label": "Charity"}, "f": {"label": "Funder"}}


def test_accountable_without_any_channel_is_high(build, run):
    findings = run("accountable-without-channel", build(PAIR, [("a", "f", "accountable_to")]))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a"), "high")]
    assert findings[0].title == "Charity answers to Funder but has no channel"


def test_one_finding_per_body_answered_to_names_all_who_answer(build, run):
    nodes = {**PAIR, "b": {"label": "Food Bank"}}
    edges = [("a", "f", "accountable_to"), ("b", "f", "accountable_to")]
    findings = run("accountable-without-channel", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "high")]
    assert findings[0].title == "Charity and Food Bank answer to Funder but have no channel"


def test_a_forum_where_both_sit_is_a_channel(build, fired):
    """The healthy map's case: the delivery group answers to the board, and the
    coordinator chairs one and sits on the other."""
    nodes = {
        "board": {"kind": "forum"},
        "delivery": {"kind": "forum"},
        "lead": {"role": "lead partner"},
        "amira": {"kind": "person", "organisation": "lead"},
        "funder": {},
    }
    edges = [
        ("delivery", "board", "accountable_to"),
        ("amira", "delivery", "member_of", {"role": "chair"}),
        ("amira", "board", "member_of"),
    ]
    assert fired("accountable-without-channel", build(nodes, edges)) == []
    # Two parties seated on one forum can talk there too.
    edges = [
        ("lead", "funder", "accountable_to"),
        ("amira", "board", "member_of"),
        ("funder", "board", "member_of"),
    ]
    assert fired("accountable-without-channel", build(nodes, edges)) == []


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("2026-09-01", []),  # 14 days ago
        ("2026-05-01", [("medium", ("f", "a"))]),  # 137 days > 90
        ("2026-06-17", []),  # exactly 90 days: not more than 90
    ],
)
def test_accountable_with_old_contact(build, run, last, expected):
    edges = [
        ("a", "f", "accountable_to"),
        ("f", "a", "communicates", {"last_contact": last}),
    ]
    findings = run("accountable-without-channel", build(PAIR, edges))
    assert [(f.severity, f.nodes) for f in findings] == expected


def test_a_persons_channel_counts_for_their_organisation(build, fired):
    nodes = {**PAIR, "ann": {"kind": "person", "organisation": "a"}}
    edges = [("a", "f", "accountable_to"), ("ann", "f", "communicates")]
    assert fired("accountable-without-channel", build(nodes, edges)) == []


def test_a_seat_is_a_channel_to_a_forum(build, fired):
    nodes = {"a": {}, "board": {"kind": "forum"}}
    assert fired(
        "accountable-without-channel", build(nodes, [("a", "board", "accountable_to")])
    ) == [("board", "a")]
    edges = [("a", "board", "accountable_to"), ("a", "board", "member_of")]
    assert fired("accountable-without-channel", build(nodes, edges)) == []


def test_accountable_without_lines_says_so(build, run):
    assert [f.not_enough_data for f in run("accountable-without-channel", build(PAIR, []))] == [
        True
    ]


DECIDING = {
    "p1": {"role": "partner"},
    "p2": {"role": "partner"},
    "s": {"role": "stakeholder"},
    "board": {"kind": "forum"},
}


def test_partner_without_a_seat_is_excluded(build, run, fired):
    findings = run("excluded-from-decisions", build(DECIDING, [("p1", "board", "member_of")]))
    assert [(f.nodes, f.severity) for f in findings] == [(("p2",), "high")]
    # Stakeholders are not expected to sit on the board; a person's seat counts.
    nodes = {**DECIDING, "jo": {"kind": "person", "organisation": "p2"}}
    edges = [("p1", "board", "member_of"), ("jo", "board", "member_of")]
    assert fired("excluded-from-decisions", build(nodes, edges)) == []


def test_seats_missing_some_decision_stages(build, run):
    edges = [
        ("p1", "board", "member_of", {"stages": ["decide", "review"]}),
        ("p2", "board", "member_of", {"stages": ["review"]}),
    ]
    findings = run("excluded-from-decisions", build(DECIDING, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("p2",), "medium")]
    assert findings[0].title == "p2 misses some decision stages"
    assert "p2 takes no part in decide." in findings[0].explanation


def test_partners_who_only_observe_are_excluded_in_one_finding(build, run):
    nodes = {**DECIDING, "p3": {"role": "partner", "label": "Food Share"}}
    edges = [
        ("p1", "board", "member_of", {"role": "observer"}),
        ("p2", "board", "member_of", {"role": "member", "voting": False}),
        ("p3", "board", "member_of", {"role": "member"}),  # no vote recorded: votes
    ]
    findings = run("excluded-from-decisions", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("p1", "p2", "board"), "medium")]
    assert findings[0].title == "p1 and p2 only observe, without a vote"


def test_excluded_needs_forums(build, run):
    findings = run("excluded-from-decisions", build({"p1": {"role": "partner"}}, []))
    assert [f.not_enough_data for f in findings] == [True]


def test_funding_shares_by_amount_or_by_count(build):
    nodes = {"f": {}, "g": {}, "a": {}, "b": {}}
    by_amount = [
        ("f", "a", "resource", {"resource": "funding", "amount": 600}),
        ("g", "b", "resource", {"resource": "funding", "amount": 200}),
    ]
    assert funding_shares(build(nodes, by_amount)) == {"f": 0.75, "g": 0.25}
    one_missing = [*by_amount, ("f", "b", "resource", {"resource": "funding"})]
    # One link without an amount: count links instead, 2 of 3 from f.
    assert funding_shares(build(nodes, one_missing)) == {"f": 2 / 3, "g": 1 / 3}


HIERARCHY = {
    "f": {"role": "partner", "label": "Trust"},
    "g": {"role": "stakeholder"},
    "a": {"role": "partner"},
    "b": {"role": "partner"},
    "c": {"role": "partner"},
    "board": {"kind": "forum"},
}


def _hierarchy_edges(c_amount: int, mutual: bool, vote: bool = True) -> list:
    # f gives 600 + 200 = 800 of 800 + c_amount; a and b (2 of 3 others) answer to f.
    return [
        ("f", "a", "resource", {"resource": "funding", "amount": 600}),
        ("f", "b", "resource", {"resource": "funding", "amount": 200}),
        ("g", "c", "resource", {"resource": "funding", "amount": c_amount}),
        ("a", "f", "accountable_to"),
        ("b", "f", "accountable_to"),
        ("f", "a", "communicates", {"mutual": mutual}),
        ("f", "b", "communicates", {"mutual": mutual}),
        ("f", "board", "member_of", {"role": "chair"}),
        ("a", "board", "member_of", {"voting": vote}),
        ("b", "board", "member_of", {"voting": vote}),
        ("c", "board", "member_of"),
    ]


def test_hierarchy_with_one_way_communication_is_high(build, run):
    # 800 / 1000 = 80% >= 60%; 2 of 3 partners answer to f; f answers to none; no reply.
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(200, False)))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "high")]
    assert "80%" in findings[0].explanation
    assert "the only funder of a and b" in findings[0].explanation


def test_hierarchy_where_decisions_sit_with_the_funder_is_high(build, run):
    edges = _hierarchy_edges(200, True, vote=False)
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "high")]
    assert "Decisions sit with it: 2 of those who answer to it have no vote" in (
        findings[0].explanation
    )


def test_monitoring_returns_and_bulletins_are_not_dialogue(build, run):
    edges = [
        *_hierarchy_edges(200, False)[:5],
        *_hierarchy_edges(200, False)[7:],
        ("a", "f", "communicates", {"channel": "monitoring return"}),
        ("f", "a", "communicates", {"channel": "bulletin"}),
        ("b", "f", "communicates", {"channel": "KPI report"}),
        ("f", "b", "communicates", {"channel": "newsletter"}),
    ]
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, edges))
    assert [f.severity for f in findings] == ["high"]
    assert "0 of them have two-way dialogue" in findings[0].explanation


def test_hierarchy_with_two_way_communication_and_votes_is_medium(build, run):
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(200, True)))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "medium")]
    assert "may be fine if everyone has agreed to it openly" in findings[0].explanation


def test_a_funder_outside_the_partnership_is_no_hierarchy_behind_it(build, fired):
    nodes = {**HIERARCHY, "f": {"role": "stakeholder"}}
    edges = [e for e in _hierarchy_edges(200, False) if e[:2] != ("f", "board")]
    assert fired("hierarchy-behind-partnership", build(nodes, edges)) == []


def test_no_hierarchy_below_the_funding_share(build, fired):
    # 800 / 1400 = 57% < 60%.
    assert (
        fired("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(600, False))) == []
    )


def test_no_hierarchy_when_the_funder_answers_back(build, fired):
    edges = [*_hierarchy_edges(200, False), ("f", "a", "accountable_to")]
    # f answers to 1 of the 2 who answer to it: 50% > 25%.
    assert fired("hierarchy-behind-partnership", build(HIERARCHY, edges)) == []


def test_no_lead_partner_is_named(build, run):
    nodes = {"a": {"role": "partner"}, "b": {"role": "partner"}}
    findings = run("no-lead-partner", build(nodes, []))
    assert [(f.severity, f.title) for f in findings] == [("medium", "No lead partner is named")]
    assert "The map has 2 partners" in findings[0].explanation
    nodes["a"]["role"] = "lead partner"
    assert run("no-lead-partner", build(nodes, [])) == []


def test_reporting_without_dialogue_on_most_accountability_lines(build, run):
    nodes = {"c": {"label": "Council"}, "a": {}, "b": {}, "d": {}}
    edges = [
        ("a", "c", "accountable_to"),
        ("b", "c", "accountable_to"),
        ("d", "c", "accountable_to"),
        ("a", "c", "communicates", {"channel": "monitoring return"}),
        ("b", "c", "communicates", {"channel": "quarterly report"}),
        ("d", "c", "communicates", {"mutual": True}),
    ]
    findings = run("reporting-without-dialogue", build(nodes, edges))
    assert [(f.severity, f.title) for f in findings] == [
        ("medium", "Reporting outweighs dialogue on 2 of 3 accountability lines")
    ]
    assert "the lines of a and b to Council" in findings[0].explanation
    # One reporting line of three is below half: no finding.
    edges[4] = ("b", "c", "communicates", {"mutual": True})
    assert run("reporting-without-dialogue", build(nodes, edges)) == []
