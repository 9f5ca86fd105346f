"""The resource-dependence index and the rule built on it."""

import pytest

from mapper.graph.resources import dependence


def test_dependence_index_by_hand(build):
    # charity gets funding 300 from funder and 100 from council (importance 4 both), and
    # premises from council (importance 2). Weights: funding 4/6, premises 2/6.
    # D(charity <- funder)  = 4/6 x 300/400 = 0.5
    # D(charity <- council) = 4/6 x 100/400 + 2/6 x 1 = 0.5
    # vulnerability = 4/6 x (0.75^2 + 0.25^2) + 2/6 x 1^2 = 0.75
    nodes = {"charity": {}, "funder": {}, "council": {}}
    edges = [
        ("funder", "charity", "resource", {"resource": "funding", "amount": 300, "importance": 4}),
        ("council", "charity", "resource", {"resource": "funding", "amount": 100, "importance": 4}),
        ("council", "charity", "resource", {"resource": "premises", "importance": 2}),
    ]
    index = dependence(build(nodes, edges))
    assert index.index("charity", "funder") == pytest.approx(0.5)
    assert index.index("charity", "council") == pytest.approx(0.5)
    assert index.vulnerability("charity") == pytest.approx(0.75)
    assert index.index("funder", "charity") == 0


def test_a_persons_flows_count_for_their_organisation(build):
    nodes = {"charity": {}, "funder": {}, "jo": {"kind": "person", "organisation": "funder"}}
    edges = [("jo", "charity", "resource", {"resource": "knowledge"})]
    assert dependence(build(nodes, edges)).index("charity", "funder") == 1.0


NODES = {"charity": {"label": "Charity"}, "funder": {"label": "Funder"}}


def test_critical_single_source_is_high(build, run):
    edges = [("funder", "charity", "resource", {"resource": "funding", "importance": 5})]
    findings = run("resource-dependence", build(NODES, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("charity", "funder"), "high")]
    assert findings[0].title == "Charity relies on Funder alone for funding"


def test_asymmetry_without_a_critical_resource_is_medium(build, run, fired):
    one_way = [("funder", "charity", "resource", {"resource": "funding", "importance": 3})]
    findings = run("resource-dependence", build(NODES, one_way))
    # D(charity <- funder) = 1, D(funder <- charity) = 0: asymmetry 1 >= 0.5.
    assert [(f.nodes, f.severity) for f in findings] == [(("charity", "funder"), "medium")]
    both_ways = [
        *one_way,
        ("charity", "funder", "resource", {"resource": "knowledge", "importance": 3}),
    ]
    # Now each depends wholly on the other: asymmetry 0, and importance 3 < 4.
    assert fired("resource-dependence", build(NODES, both_ways)) == []


def test_resource_dependence_needs_flows(build, run):
    assert [f.not_enough_data for f in run("resource-dependence", build(NODES, []))] == [True]
