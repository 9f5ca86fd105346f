"""Communication rules: unreachable, one-way, single points of failure, stale links, and the
gap between strategy and operations. Each fires on a small map and stays silent on a
near-identical one; expected numbers are worked out by hand in the comments."""

import random

import networkx as nx
import pytest

from mapper.graph.communication import separations

LEAD = {"l": {"role": "lead partner"}}


def test_unreachable_stakeholder_names_who_has_no_path_to_the_lead(build, run):
    # P reaches the lead through its person p; S has no communication link at all.
    nodes = {
        **LEAD,
        "p": {"role": "partner"},
        "s": {"role": "stakeholder", "label": "Carers Forum"},
        "pp": {"kind": "person", "organisation": "p"},
    }
    pmap = build(nodes, [("l", "pp", "communicates")])
    findings = run("unreachable-stakeholder", pmap)
    assert [(f.nodes, f.severity) for f in findings] == [(("s",), "medium")]
    assert findings[0].title == "Carers Forum is out of reach"


def test_unreachable_partner_is_high_and_a_link_either_way_clears_it(build, fired, run):
    nodes = {**LEAD, "p": {"role": "partner"}}
    assert [f.severity for f in run("unreachable-stakeholder", build(nodes, []))] == ["high"]
    # Information flowing only from P to the lead is still a path "in either direction".
    assert fired("unreachable-stakeholder", build(nodes, [("p", "l", "communicates")])) == []


def test_unreachable_stakeholder_without_a_lead_says_so_once(build, run):
    findings = run("unreachable-stakeholder", build({"a": {}, "b": {}}, []))
    assert len(findings) == 1
    assert findings[0].not_enough_data and findings[0].severity == "low"


def test_one_way_party_below_half_reciprocity(build, run, fired):
    # a<->b and a<->d two-way, a->c one-way.
    # reciprocity(a) = 2 x |{b, d}| / (|pred {b, d}| + |succ {b, c, d}|) = 4 / 5 = 0.8: fine.
    # reciprocity(c) = 0 (it only hears from a): one finding naming c and a.
    nodes = {name: {} for name in "abcd"}
    edges = [
        ("a", "b", "communicates", {"mutual": True}),
        ("a", "d", "communicates", {"mutual": True}),
        ("a", "c", "communicates"),
    ]
    findings = run("one-way-communication", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("c", "a"), "medium")]
    assert findings[0].edges == (("a", "c", "communicates"),)
    reply = [*edges, ("c", "a", "communicates")]
    assert fired("one-way-communication", build(nodes, reply)) == []


def test_one_way_pair_between_otherwise_two_way_parties_is_low(build, run):
    # a: pred {b, d}, succ {b, c, d} -> 4/5; c: pred {a, b, d}, succ {b, d} -> 4/5.
    nodes = {name: {} for name in "abcd"}
    edges = [
        ("a", "b", "communicates", {"mutual": True}),
        ("a", "d", "communicates", {"mutual": True}),
        ("c", "b", "communicates", {"mutual": True}),
        ("c", "d", "communicates", {"mutual": True}),
        ("a", "c", "communicates"),
    ]
    findings = run("one-way-communication", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("a", "c"), "low")]


def test_single_point_of_failure_high_when_a_quarter_is_cut_off(build, run, fired):
    # x is the only route from the lead to y and z: 2 of 4 actors (50% >= 25%) cut off.
    nodes = {**LEAD, "x": {}, "y": {}, "z": {}}
    edges = [("l", "x", "communicates"), ("x", "y", "communicates"), ("x", "z", "communicates")]
    findings = run("single-point-of-failure", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("x", "y", "z"), "high")]
    assert "2 of the 4 actors (50%)" in findings[0].explanation
    around = [*edges, ("l", "y", "communicates"), ("l", "z", "communicates")]
    assert fired("single-point-of-failure", build(nodes, around)) == []


def test_single_point_of_failure_below_the_share(build, run):
    # x cuts off only y: 1 of 5 actors = 20% < 25%; one stakeholder on its own is low,
    # a partner medium.
    nodes = {**LEAD, "w": {}, "v": {}, "x": {}, "y": {}}
    edges = [
        ("l", "w", "communicates"),
        ("w", "v", "communicates"),
        ("v", "l", "communicates"),
        ("l", "x", "communicates"),
        ("w", "x", "communicates"),
        ("x", "y", "communicates"),
    ]
    findings = run("single-point-of-failure", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("x", "y"), "low")]
    nodes["y"] = {"role": "partner"}
    findings = run("single-point-of-failure", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("x", "y"), "medium")]
    assert [f.severity for f in run("single-point-of-failure", build(nodes, edges), share=0.2)] == [
        "high"
    ]


def test_a_person_leaving_who_is_the_only_route_is_high_with_the_date(build, run):
    nodes = {
        **LEAD,
        "w": {},
        "dana": {"kind": "person", "organisation": "l", "label": "Dana", "until": "2026-09-30"},
        "h": {"label": "Hillside Housing", "role": "partner"},
        "hm": {"kind": "person", "organisation": "h", "label": "Manager"},
    }
    edges = [
        ("l", "w", "communicates"),
        ("l", "dana", "communicates"),
        ("w", "dana", "communicates"),
        ("dana", "hm", "communicates"),
    ]
    findings = run("single-point-of-failure", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("dana", "h", "hm"), "high")]
    assert findings[0].title == (
        "Only Dana links Hillside Housing to the rest, and leaves on 30 September 2026"
    )
    assert "15 days from 15 September 2026" in findings[0].explanation
    # Leaving in half a year: the usual severity.
    nodes["dana"]["until"] = "2027-03-31"
    assert [f.severity for f in run("single-point-of-failure", build(nodes, edges))] == ["medium"]


def test_a_person_who_cuts_off_only_colleagues_is_not_a_single_point(build, fired):
    nodes = {
        **LEAD,
        "c": {"role": "partner"},
        "officer": {"kind": "person", "organisation": "c"},
        "director": {"kind": "person", "organisation": "c"},
    }
    edges = [("l", "officer", "communicates"), ("officer", "director", "communicates")]
    assert fired("single-point-of-failure", build(nodes, edges)) == []


def test_an_organisation_does_not_cut_off_its_own_staff(build, fired):
    nodes = {**LEAD, "o": {}, "op": {"kind": "person", "organisation": "o"}}
    edges = [("l", "o", "communicates"), ("o", "op", "communicates")]
    assert fired("single-point-of-failure", build(nodes, edges)) == []


def test_separations_keep_the_anchor_side():
    # Path 0-1-2-3 anchored at 3: removing 2 separates {0, 1}; removing 1 separates {0}.
    assert separations(nx.path_graph(4), [3]) == {1: {0}, 2: {0, 1}}
    # Without an anchor in the component the largest part stays: removing the centre of a
    # star with an extra tail keeps the tail's side as the main part only if it is largest.
    graph = nx.Graph([("c", "a"), ("c", "b"), ("c", "t1"), ("t1", "t2"), ("t2", "t3")])
    assert separations(graph, [])["c"] == {"a", "b"}


def test_separations_match_removing_each_actor_in_turn():
    # The definition, checked the slow way on seeded random maps in several pieces (with
    # loops, isolated actors and pieces without the anchor): remove each actor and see
    # what falls away from the part holding the anchor, or else from the largest part.
    draw = random.Random(42)
    for _ in range(150):
        n = draw.randint(1, 30)
        graph = nx.gnp_random_graph(n, draw.uniform(0, 3 / n), seed=draw.randrange(10**6))
        graph.add_edges_from((v, v) for v in draw.sample(range(n), n // 5))
        anchor = draw.randrange(n)
        found = separations(graph, [anchor])
        expected_cuts = set()
        for cut in graph:
            component = nx.node_connected_component(graph, cut)
            parts = list(nx.connected_components(graph.subgraph(component - {cut})))
            if len(parts) < 2:
                continue
            expected_cuts.add(cut)
            if anchor in component and anchor != cut:
                main = next(part for part in parts if anchor in part)
                assert found[cut] == component - {cut} - main
            else:  # ties for the largest part may go either way: only the size is fixed
                biggest = max(len(part) for part in parts)
                assert len(found[cut]) == len(component) - 1 - biggest
        assert set(found) == expected_cuts


@pytest.mark.parametrize(
    ("frequency", "last", "expected"),
    [
        # 2026-05-01 -> 2026-09-15 is 137 days; monthly: limit max(2 x 30, 90) = 90.
        ("monthly", "2026-05-01", "medium"),
        # 76 days, within 90.
        ("monthly", "2026-07-01", None),
        # weekly: limit max(14, 90) = 90; 2026-06-01 is 106 days ago.
        ("weekly", "2026-06-01", "medium"),
        # twice a year: limit max(364, 90) = 364; 257 days is fine.
        ("twice a year", "2026-01-01", None),
        # 288 days > 2 x 90: high.
        ("monthly", "2025-12-01", "high"),
        # no frequency: limit 90; 137 days.
        (None, "2026-05-01", "medium"),
    ],
)
def test_stale_link_limits(build, run, frequency, last, expected):
    attrs = {"last_contact": last, **({"frequency": frequency} if frequency else {})}
    findings = run("stale-link", build({"a": {}, "b": {}}, [("a", "b", "communicates", attrs)]))
    assert [f.severity for f in findings] == ([expected] if expected else [])
    assert all(f.nodes == ("a", "b") for f in findings)


def test_stale_link_uses_the_latest_contact_of_the_pair_and_the_days_parameter(build, fired):
    old = ("a", "b", "communicates", {"last_contact": "2026-05-01"})
    recent = ("b", "a", "communicates", {"last_contact": "2026-09-01"})
    nodes = {"a": {}, "b": {}}
    assert fired("stale-link", build(nodes, [old, recent])) == []
    assert fired("stale-link", build(nodes, [old]), days=120) == [("a", "b")]
    assert fired("stale-link", build(nodes, [old]), days=150) == []


def test_stale_link_without_dates_says_so_once(build, run):
    findings = run("stale-link", build({"a": {}, "b": {}}, [("a", "b", "communicates")]))
    assert [f.not_enough_data for f in findings] == [True]


PEOPLE = {
    "org": {},
    "f": {"kind": "forum"},
    "s1": {"kind": "person", "level": "strategic"},
    "s2": {"kind": "person", "level": "strategic"},
    "o1": {"kind": "person", "level": "operational"},
    "o2": {"kind": "person", "level": "operational"},
}


def test_strategy_operations_gap_fires_on_both_counts(build, run):
    edges = [
        ("s1", "f", "member_of"),
        ("s1", "s2", "communicates"),
        ("o1", "o2", "communicates"),
    ]
    findings = run("strategy-operations-gap", build(PEOPLE, edges))
    assert [(f.nodes, f.severity) for f in findings] == [
        (("o1", "o2"), "medium"),  # no operational person has a seat
        (("s1", "s2", "o1", "o2"), "high"),  # no link at all across levels
    ]


def test_strategy_operations_gap_silent_at_the_ratio(build, fired):
    # Within: 2 links of 2 possible pairs (density 1). Across: 1 link of 2 x 2 pairs
    # (density 0.25), not below 0.25 x 1.
    edges = [
        ("s1", "f", "member_of"),
        ("o1", "f", "member_of"),
        ("s1", "s2", "communicates"),
        ("o1", "o2", "communicates"),
        ("s1", "o1", "communicates"),
    ]
    assert fired("strategy-operations-gap", build(PEOPLE, edges)) == []
    assert fired("strategy-operations-gap", build(PEOPLE, edges), ratio=0.3) == [("s2", "o2")]


BOARD = {
    "org": {"label": "Org"},
    "board": {"kind": "forum", "label": "Board"},
    "group": {"kind": "forum", "label": "Group"},
    "s1": {"kind": "person", "level": "strategic", "organisation": "org", "label": "S1"},
    "s2": {"kind": "person", "level": "strategic", "organisation": "org", "label": "S2"},
    "o1": {"kind": "person", "level": "operational", "organisation": "org", "label": "O1"},
    "o2": {"kind": "person", "level": "operational", "organisation": "org", "label": "O2"},
}
# o1 sits on Group, so some operational person has a seat; s1 and o1 talk, as do s2 and
# o2, so the levels are not apart (across: 2 of 4 pairs, within: 0 links).
TALK = [("s1", "o1", "communicates"), ("s2", "o2", "communicates"), ("o1", "group", "member_of")]


def test_a_forum_of_three_seats_with_no_operational_person(build, run):
    # Board: s1, s2 and Org itself: 3 seats, none operational.
    seats = [("s1", "board", "member_of"), ("s2", "board", "member_of")]
    edges = [*TALK, *seats, ("org", "board", "member_of")]
    findings = run("strategy-operations-gap", build(BOARD, edges))
    assert [(f.nodes, f.subject, f.severity) for f in findings] == [
        (("board", "org", "s1", "s2"), "board", "medium")
    ]
    assert findings[0].title == "No operational staff sit on Board"
    # o2 works for a member of Board and sits on no forum: named as who could join.
    assert findings[0].explanation.endswith(
        "Operational staff of its members who sit on no forum at all: O2."
    )
    # With four seats needed, a forum of three is left alone.
    assert run("strategy-operations-gap", build(BOARD, edges), seats=4) == []


def test_no_forum_finding_with_an_operational_seat_or_too_few_seats(build, fired):
    seats = [("s1", "board", "member_of"), ("s2", "board", "member_of")]
    # Two seats only (below 3).
    assert fired("strategy-operations-gap", build(BOARD, [*TALK, *seats])) == []
    # Three seats, one of them operational.
    with_o2 = [*TALK, *seats, ("o2", "board", "member_of")]
    assert fired("strategy-operations-gap", build(BOARD, with_o2)) == []


def test_a_forum_of_organisations_only_is_not_judged(build, fired):
    # Who attends for an organisation is not recorded, so its level is unknown.
    nodes = {**BOARD, "a": {}, "b": {}}
    seats = [(party, "board", "member_of") for party in ("org", "a", "b")]
    assert fired("strategy-operations-gap", build(nodes, [*TALK, *seats])) == []


def test_strategy_operations_gap_needs_both_levels(build, run):
    findings = run("strategy-operations-gap", build({"s1": PEOPLE["s1"]}, []))
    assert [f.not_enough_data for f in findings] == [True]


def test_direction_never_recorded_is_no_evidence_of_one_way_talk(build, run):
    """A file from another tool where no link says two-way or one-way: one note, not a
    finding for every party."""
    nodes = {name: {} for name in ("hub", "a", "b", "c")}
    edges = [("hub", name, "communicates") for name in ("a", "b", "c")]
    findings = run("one-way-communication", build(nodes, edges))
    assert [(f.not_enough_data, f.title) for f in findings] == [
        (True, "Not enough data: one-way communication")
    ]
    assert "says whether it is two-way or one-way" in findings[0].explanation
    # Once one link is marked one-way, the rest are read as drawn: the hub informs three
    # parties and hears from none.
    edges[0] = ("hub", "a", "communicates", {"mutual": False})
    findings = run("one-way-communication", build(nodes, edges))
    assert not any(f.not_enough_data for f in findings)
    assert findings[0].title == "hub's communication runs mostly one way"
