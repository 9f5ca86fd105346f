"""Accountability rules: a line without a channel, partners outside decisions, and a
funder's hierarchy behind the partnership."""

import pytest

from mapper.graph.accountability import funding_shares

PAIR = {"a": {"label": "Charity"}, "f": {"label": "Funder"}}


def test_accountable_without_any_channel_is_high(build, run):
    findings = run("accountable-without-channel", build(PAIR, [("a", "f", "accountable_to")]))
    assert [(f.nodes, f.severity) for f in findings] == [(("a", "f"), "high")]
    assert findings[0].title == "Charity answers to Funder but they have no channel"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("2026-09-01", []),  # 14 days ago
        ("2026-05-01", [("medium", ("a", "f"))]),  # 137 days > 90
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
    ) == [("a", "board")]
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


def test_seat_covering_no_decision_stage(build, run):
    edges = [
        ("p1", "board", "member_of", {"stages": ["decide", "review"]}),
        ("p2", "board", "member_of"),
    ]
    findings = run("excluded-from-decisions", build(DECIDING, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("p2", "board"), "medium")]
    assert "decide, review" in findings[0].explanation


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
    "f": {"role": "stakeholder", "label": "Trust"},
    "g": {"role": "stakeholder"},
    "a": {"role": "partner"},
    "b": {"role": "partner"},
    "c": {"role": "partner"},
}


def _hierarchy_edges(c_amount: int, mutual: bool) -> list:
    # f gives 600 + 200 = 800 of 800 + c_amount; a and b (2 of 3 partners) answer to f.
    return [
        ("f", "a", "resource", {"resource": "funding", "amount": 600}),
        ("f", "b", "resource", {"resource": "funding", "amount": 200}),
        ("g", "c", "resource", {"resource": "funding", "amount": c_amount}),
        ("a", "f", "accountable_to"),
        ("b", "f", "accountable_to"),
        ("f", "a", "communicates", {"mutual": mutual}),
        ("f", "b", "communicates", {"mutual": mutual}),
    ]


def test_hierarchy_with_one_way_communication_is_high(build, run):
    # 800 / 1000 = 80% >= 60%; 2 of 3 partners answer to f; f answers to none; no reply.
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(200, False)))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "high")]
    assert "80%" in findings[0].explanation


def test_hierarchy_with_two_way_communication_is_medium(build, run):
    findings = run("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(200, True)))
    assert [(f.nodes, f.severity) for f in findings] == [(("f", "a", "b"), "medium")]


def test_no_hierarchy_below_the_funding_share(build, fired):
    # 800 / 1400 = 57% < 60%.
    assert (
        fired("hierarchy-behind-partnership", build(HIERARCHY, _hierarchy_edges(600, False))) == []
    )


def test_no_hierarchy_when_the_funder_answers_back(build, fired):
    edges = [*_hierarchy_edges(200, False), ("f", "a", "accountable_to")]
    # f answers to 1 of the 2 who answer to it: 50% > 25%.
    assert fired("hierarchy-behind-partnership", build(HIERARCHY, edges)) == []
