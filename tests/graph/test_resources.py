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


def test_critical_single_source(build, run):
    edges = [("funder", "charity", "resource", {"resource": "funding", "importance": 5})]
    findings = run("resource-dependence", build(NODES, edges))
    # One party relying on one source: medium (high for two or more, or the lead).
    assert [(f.nodes, f.severity) for f in findings] == [(("funder", "charity"), "medium")]
    assert findings[0].title == "Charity relies on Funder alone for funding"
    assert findings[0].explanation == (
        "Funder is the only source of funding for Charity (importance 5); this check "
        "treats a resource rated 4 or more as critical."
    )
    nodes = {**NODES, "charity": {"label": "Charity", "role": "lead partner"}}
    assert [f.severity for f in run("resource-dependence", build(nodes, edges))] == ["high"]


def test_a_single_source_below_the_importance_threshold_is_not_critical(build, run, fired):
    nodes = {"charity": {"label": "Charity"}, "a": {}, "b": {}, "shop": {"label": "Shop"}}
    edges = [
        ("a", "charity", "resource", {"resource": "funding", "importance": 5}),
        ("b", "charity", "resource", {"resource": "funding", "importance": 5}),
        ("shop", "charity", "resource", {"resource": "in-kind", "importance": 3}),
    ]
    pmap = build(nodes, edges)
    assert fired("resource-dependence", pmap) == []
    # From importance 3, the in-kind support counts as critical.
    findings = run("resource-dependence", pmap, critical=3)
    assert [(f.nodes, f.severity) for f in findings] == [(("shop", "charity"), "medium")]
    assert findings[0].title == "Charity relies on Shop alone for in-kind support"
    assert findings[0].params == {"critical": 3}


def test_one_finding_per_source_names_everyone_relying_on_it(build, run):
    """A funder that is the only source for four partners is one finding naming all five."""
    nodes = {name: {"label": name.title()} for name in ("trust", "a", "b", "c", "d")}
    edges = [
        ("trust", name, "resource", {"resource": "funding", "importance": 5})
        for name in ("a", "b", "c", "d")
    ]
    findings = run("resource-dependence", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("trust", "a", "b", "c", "d"), "high")]
    assert findings[0].title == "A, B, C and D rely on Trust alone for funding"
    assert [edge[0] for edge in findings[0].edges] == ["trust"] * 4


def test_a_sub_grant_to_a_partner_with_other_funders_is_not_dependence(build, fired):
    nodes = {"lead": {"role": "lead partner"}, "council": {}, "partner": {"role": "partner"}}
    edges = [
        ("lead", "partner", "resource", {"resource": "funding", "amount": 20000}),
        ("council", "partner", "resource", {"resource": "funding", "amount": 5000}),
    ]
    assert fired("resource-dependence", build(nodes, edges)) == []


def test_knowledge_and_what_a_forum_receives_are_not_dependence(build, fired):
    nodes = {**NODES, "board": {"kind": "forum"}}
    edges = [
        ("funder", "charity", "resource", {"resource": "knowledge", "importance": 5}),
        ("funder", "board", "resource", {"resource": "premises", "importance": 5}),
    ]
    assert fired("resource-dependence", build(nodes, edges)) == []


def test_resource_dependence_needs_flows(build, run):
    assert [f.not_enough_data for f in run("resource-dependence", build(NODES, []))] == [True]
