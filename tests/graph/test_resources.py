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
    # D(charity <- funder) = 1 and nothing flows back: the gap is named too.
    assert findings[0].explanation == (
        "Charity gets all its funding from Funder (importance 5); this check treats a "
        "resource rated 4 or more as critical. On the dependence index (0 to 1), Charity "
        "depends on Funder 1.00 (the reverse: 0.00); this check flags a gap of 0.5 or more."
    )


def test_a_single_source_below_the_importance_threshold_is_not_critical(build, run, fired):
    # Charity gets funding from two funders (importance 5) and in-kind support from
    # Shop alone, of importance 3 < 4: not critical. Weights: funding 5/8, in-kind 3/8.
    # D(charity <- shop) = 3/8 = 0.375 < 0.5; D(charity <- a) = D(charity <- b) =
    # 5/8 x 1/2 = 0.3125: nothing fires.
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
    assert [(f.nodes, f.severity) for f in findings] == [(("charity", "shop"), "high")]
    assert findings[0].title == "Charity relies on Shop alone for in-kind support"
    assert findings[0].params == {"asymmetry": 0.5, "critical": 3}


def test_one_finding_per_dependent_party_names_every_source(build, run):
    # Hub gets volunteers from V alone (importance 4) and premises from P alone
    # (importance 4), and funding from F (importance 2) that depends on nothing.
    # Weights: volunteers 4/10, premises 4/10, funding 2/10.
    # D(hub <- v) = D(hub <- p) = 0.4, D(hub <- f) = 0.2: no gap reaches 0.5.
    nodes = {name: {"label": name.upper()} for name in ("hub", "v", "p", "f")}
    edges = [
        ("v", "hub", "resource", {"resource": "volunteers", "importance": 4}),
        ("p", "hub", "resource", {"resource": "premises", "importance": 4}),
        ("f", "hub", "resource", {"resource": "funding", "importance": 2}),
    ]
    findings = run("resource-dependence", build(nodes, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("hub", "v", "p"), "high")]
    assert findings[0].title == "HUB relies on a single source each for volunteers and premises"
    assert findings[0].explanation.startswith(
        "HUB gets all its volunteers from V (importance 4) and all its premises from P "
        "(importance 4);"
    )
    assert [edge[0] for edge in findings[0].edges] == ["v", "p"]


def test_asymmetry_without_a_critical_resource_is_medium(build, run, fired):
    one_way = [("funder", "charity", "resource", {"resource": "funding", "importance": 3})]
    findings = run("resource-dependence", build(NODES, one_way))
    # D(charity <- funder) = 1, D(funder <- charity) = 0: asymmetry 1 >= 0.5.
    assert [(f.nodes, f.severity) for f in findings] == [(("charity", "funder"), "medium")]
    assert findings[0].title == "Charity depends on Funder far more than the reverse"
    both_ways = [
        *one_way,
        ("charity", "funder", "resource", {"resource": "knowledge", "importance": 3}),
    ]
    # Now each depends wholly on the other: asymmetry 0, and importance 3 < 4.
    assert fired("resource-dependence", build(NODES, both_ways)) == []


def test_several_lopsided_sources_make_one_finding(build, run):
    # Group gets 500 from each of two funders (importance 2): D = 0.5 on each, nothing
    # back, so both gaps are exactly 0.5 and fire; at a threshold of 0.6, neither.
    nodes = {"group": {"label": "Group"}, "a": {"label": "A"}, "b": {"label": "B"}}
    edges = [
        (funder, "group", "resource", {"resource": "funding", "amount": 500, "importance": 2})
        for funder in ("a", "b")
    ]
    findings = run("resource-dependence", build(nodes, edges))
    assert [(f.nodes, f.severity, f.title) for f in findings] == [
        (("group", "a", "b"), "medium", "Group depends on A and B far more than the reverse")
    ]
    assert "A 0.50 (the reverse: 0.00) and B 0.50 (the reverse: 0.00)" in (findings[0].explanation)
    assert run("resource-dependence", build(nodes, edges), asymmetry=0.6) == []


def test_resource_dependence_needs_flows(build, run):
    assert [f.not_enough_data for f in run("resource-dependence", build(NODES, []))] == [True]
