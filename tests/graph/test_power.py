"""Power: grid, salience, concentration measures, gatekeepers, influence and salience rules."""

import networkx as nx
import pytest

from mapper.graph.power import (
    brokerage,
    degree_centralization,
    gini,
    quadrant,
    ranks,
    salience,
    structural_power,
)


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (3, 3, "manage closely"),
        (5, 2, "keep satisfied"),
        (2, 5, "keep informed"),
        (2, 2, "monitor"),
        (None, 4, None),
    ],
)
def test_quadrant_threshold_is_three(power, interest, expected):
    assert quadrant(power, interest) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((5, 1, 1), ("dormant", "latent")),
        ((1, 4, 4), ("dependent", "expectant")),
        ((4, 4, 4), ("definitive", "definitive")),
        ((4, 4, None), None),
    ],
)
def test_salience_classes(values, expected):
    assert salience(*values) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 1, 1, 1], 0.0),
        ([0, 0, 0, 1], 1.0),
        # sorted ranks: (1x1 + 2x2 + 3x3 + 4x4) = 30; 2 x 30 / (4 x 10) - 5/4 = 0.25;
        # x 4/3 = 1/3.
        ([4, 3, 2, 1], 1 / 3),
        ([7], 0.0),
    ],
)
def test_gini_with_small_sample_correction(values, expected):
    assert gini(values) == pytest.approx(expected)


def test_freeman_degree_centralization():
    assert degree_centralization(nx.star_graph(5)) == 1.0
    # path of 4: degrees 1, 2, 2, 1; sum(2 - d) = 2 over (3 x 2) = 1/3.
    assert degree_centralization(nx.path_graph(4)) == pytest.approx(1 / 3)


def test_ranks_share_ties():
    assert ranks({"a": 0.1, "b": 0.5, "c": 0.5}) == {"a": 3.0, "b": 1.5, "c": 1.5}


def _star(build, funder_power: int, charity_power: int):
    """Four charities each depending on one funder for funding."""
    nodes = {"f": {"power": funder_power, "label": "Funder"}}
    nodes |= {f"c{i}": {"power": charity_power} for i in range(4)}
    edges = [("f", f"c{i}", "resource", {"resource": "funding"}) for i in range(4)]
    return build(nodes, edges)


def test_structural_power_of_a_star(build):
    # PageRank with the funder dangling: x = 0.03 + 0.17 y and 4x + y = 1 give
    # y = 0.88 / 1.68 = 0.5238 for the funder, x = 0.1190 for each charity.
    power = structural_power(_star(build, 5, 1))
    assert power["f"] == pytest.approx(0.5238, abs=1e-3)
    assert power["c0"] == pytest.approx(0.1190, abs=1e-3)


def test_dependence_centred_on_one_actor(build, run):
    # Star: centralization 1.0 >= 0.6; Gini of [.119 x 4, .524] = 0.40 < 0.5.
    findings = run("influence-concentration", _star(build, 5, 1))
    assert [(f.nodes, f.severity) for f in findings] == [(("f",), "medium")]
    assert findings[0].title == "Dependence centres on Funder"


def test_hidden_power_when_declared_rank_is_far_from_structural(build, run):
    # Funder declared 1 (rank 5 of 5) but most depended on (rank 1): gap 4 >= 0.34 x 5.
    # Charities: declared rank 2.5 (tied), structural 3.5: gap 1, fine.
    findings = run("influence-concentration", _star(build, 1, 5))
    assert [(f.nodes, f.title) for f in findings] == [
        (("f",), "Dependence centres on Funder"),
        (("f",), "Funder has more power than recorded"),
    ]
    # Ranks read as places: the funder alone at the bottom of recorded power (5th),
    # alone at the top of structural power (1st).
    assert "power 1 of 5 (5th of 5), but by how much others depend on it, it comes 1st" in (
        findings[1].explanation
    )


def test_no_concentration_in_a_ring(build, fired):
    nodes = {f"c{i}": {"power": 3} for i in range(5)}
    edges = [(f"c{i}", f"c{(i + 1) % 5}", "resource", {"resource": "staff"}) for i in range(5)]
    assert fired("influence-concentration", build(nodes, edges)) == []


def test_influence_needs_dependence_links(build, run):
    findings = run("influence-concentration", build({"a": {}, "b": {}, "c": {}}, []))
    assert [f.not_enough_data for f in findings] == [True]


def test_brokerage_shares_by_hand():
    # a - b - c, groups a: x, c: y: the only route between groups runs through b.
    assert brokerage(nx.path_graph(["a", "b", "c"]), {"a": "x", "c": "y"})["b"] == 1.0
    # Square a-b-c-d-a with a: x, c: y: two shortest routes, b and d carry half each.
    square = nx.cycle_graph(["a", "b", "c", "d"])
    assert brokerage(square, {"a": "x", "c": "y"}) == {"a": 0, "b": 0.5, "c": 0, "d": 0.5}


LEVELS = {
    "s1": {"kind": "person", "level": "strategic"},
    "s2": {"kind": "person", "level": "strategic"},
    "o1": {"kind": "person", "level": "operational"},
    "o2": {"kind": "person", "level": "operational"},
    "coordinator": {"kind": "person", "label": "Coordinator"},
}
THROUGH_COORDINATOR = [
    ("s1", "s2", "communicates"),
    ("s1", "coordinator", "communicates"),
    ("s2", "coordinator", "communicates"),
    ("coordinator", "o1", "communicates"),
    ("coordinator", "o2", "communicates"),
    ("o1", "o2", "communicates"),
]


def test_gatekeeper_between_levels(build, run):
    # All 4 strategic-operational routes pass through the coordinator: 100% > 50%.
    findings = run("gatekeeper", build(LEVELS, THROUGH_COORDINATOR))
    assert [(f.nodes, f.severity) for f in findings] == [(("coordinator",), "medium")]
    assert "lies on 100% of the shortest communication routes between strategic" in (
        findings[0].explanation
    )


def test_no_gatekeeper_at_exactly_half(build, fired):
    # With s1 - o1 added: s1-o1 direct (0), s1-o2 two routes (1/2), s2-o1 two routes (1/2),
    # s2-o2 only via the coordinator (1): 2 of 4 = 50%, not more than 50%.
    edges = [*THROUGH_COORDINATOR, ("s1", "o1", "communicates")]
    assert fired("gatekeeper", build(LEVELS, edges)) == []


def test_gatekeeper_samples_on_large_maps_and_says_so(build, run):
    findings = run("gatekeeper", build(LEVELS, THROUGH_COORDINATOR), exact_up_to=3, sample=2)
    assert findings[0].title == "Coordinator is the gatekeeper between groups"
    assert "sampled" in findings[0].explanation


def test_gatekeeper_needs_declared_groups(build, run):
    findings = run("gatekeeper", build({"a": {}, "b": {}}, [("a", "b", "communicates")]))
    assert [f.not_enough_data for f in findings] == [True]


CONTACTS = {
    "l": {"role": "lead partner"},
    "a": {"power": 2, "interest": 2},
    "b": {"power": 2, "interest": 2},
    "s": {"power": 4, "interest": 4, "label": "Health Board"},
}


def _contacts(s_frequency: str, mutual: bool) -> list:
    return [
        ("l", "a", "communicates", {"frequency": "weekly", "mutual": True}),
        ("l", "b", "communicates", {"frequency": "monthly", "mutual": True}),
        ("l", "s", "communicates", {"frequency": s_frequency, "mutual": mutual}),
    ]


def test_manage_closely_judged_by_what_the_relationship_needs(build, run, fired):
    """Not against the map's median: a key stakeholder in two-way contact quarterly or
    more often is fine; yearly is too rare; only one way, or not at all, is not contact."""
    findings = run("salience-mismatch", build(CONTACTS, _contacts("yearly", True)))
    assert [(f.nodes, f.severity) for f in findings] == [(("s",), "medium")]
    assert findings[0].title == "Health Board should be managed closely but is in touch only yearly"
    assert fired("salience-mismatch", build(CONTACTS, _contacts("quarterly", True))) == []
    one_way = run("salience-mismatch", build(CONTACTS, _contacts("weekly", False)))
    assert "all its contact with the partnership runs one way" in one_way[0].explanation
    nobody = run("salience-mismatch", build(CONTACTS, _contacts("weekly", True)[:2]))
    assert [(f.title, f.severity) for f in nobody] == [
        ("Health Board should be managed closely but nobody talks to it", "high")
    ]


def test_a_seat_with_partners_is_contact_enough(build, fired):
    nodes = {**CONTACTS, "board": {"kind": "forum"}, "l": {"role": "lead partner"}}
    edges = [
        *_contacts("weekly", True)[:2],
        ("s", "board", "member_of"),
        ("l", "board", "member_of"),
    ]
    nodes["l"]["role"] = "lead partner"
    nodes["a"] = {"power": 2, "interest": 2, "role": "partner"}
    edges.append(("a", "board", "member_of"))
    assert fired("salience-mismatch", build(nodes, edges)) == []


VOICE = {
    "p": {"role": "partner"},
    "board": {"kind": "forum"},
    "users": {"kind": "group", "power": 1, "label": "Service users"},
}


def test_dependent_group_with_no_route_to_a_forum(build, run, fired):
    findings = run("salience-mismatch", build(VOICE, [("p", "board", "member_of")]))
    assert [(f.nodes, f.severity) for f in findings] == [(("users",), "high")]
    # Talking to someone with a seat is a route of length 2.
    edges = [("p", "board", "member_of"), ("users", "p", "communicates")]
    assert fired("salience-mismatch", build(VOICE, edges)) == []
    # Only being told (a newsletter from p) is not being heard: voice follows direction.
    edges = [("p", "board", "member_of"), ("p", "users", "communicates")]
    findings = run("salience-mismatch", build(VOICE, edges))
    assert [(f.nodes, f.severity) for f in findings] == [(("users",), "high")]
    assert "it only receives information (p); nothing goes back" in findings[0].explanation


def test_a_group_with_power_is_not_dependent(build, fired):
    nodes = {**VOICE, "users": {"kind": "group", "power": 4, "legitimacy": 4, "urgency": 4}}
    assert fired("salience-mismatch", build(nodes, [("p", "board", "member_of")])) == []
