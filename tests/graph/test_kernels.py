"""The fast kernels give networkx's numbers: on graphs checked by hand, then on seeded
random graphs of the shapes the analysis meets (directed or not, in pieces, with isolated
actors, links to oneself, one-actor groups)."""

import random
from collections.abc import Iterator

import networkx as nx
import pytest

from mapper.graph.kernels import (
    bridges,
    component_ids,
    indexed,
    reciprocity,
    resource_allocation,
    subset_betweenness,
)
from mapper.graph.power import brokerage


def reference(graph, sources, targets):
    return nx.betweenness_centrality_subset(graph, sources, targets, normalized=False)


def test_path_counts_each_route_through_each_inner_node():
    # 0-1-2-3-4, sources {0, 1}, targets {3, 4}, by hand: node 2 is on all four routes,
    # node 3 on 0->4 and 1->4, node 1 on 0->3 and 0->4; an undirected graph halves them.
    graph = nx.path_graph(5)
    result = subset_betweenness(graph, [0, 1], [3, 4])
    assert result == {0: 0.0, 1: 1.0, 2: 2.0, 3: 1.0, 4: 0.0}
    assert result == reference(graph, [0, 1], [3, 4])


@pytest.mark.parametrize(("directed", "share"), [(False, 0.25), (True, 0.5)])
def test_two_equal_routes_share_the_path(directed, share):
    # A diamond 0->1->3, 0->2->3: each middle node carries half the one route from 0 to 3.
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.add_edges_from([(0, 1), (0, 2), (1, 3), (2, 3)])
    result = subset_betweenness(graph, [0], [3])
    assert result == {0: 0.0, 1: share, 2: share, 3: 0.0}
    assert result == reference(graph, [0], [3])


def test_direction_is_followed_on_a_directed_graph():
    # a -> b -> c only: a route from c to a does not exist, one from a to c goes through b.
    graph = nx.DiGraph([("a", "b"), ("b", "c")])
    assert subset_betweenness(graph, ["c"], ["a"]) == {"a": 0.0, "b": 0.0, "c": 0.0}
    assert subset_betweenness(graph, ["a"], ["c"]) == {"a": 0.0, "b": 1.0, "c": 0.0}


def test_pieces_and_isolated_actors_carry_nothing_across():
    # Two paths that never meet, and an actor with no link: no route crosses between them.
    graph = nx.Graph([("a", "b"), ("b", "c"), ("x", "y"), ("y", "z")])
    graph.add_node("alone")
    result = subset_betweenness(graph, ["a", "alone"], ["c", "z", "alone"])
    assert result == {"a": 0.0, "b": 0.5, "c": 0.0, "x": 0.0, "y": 0.0, "z": 0.0, "alone": 0.0}
    assert result == reference(graph, ["a", "alone"], ["c", "z", "alone"])


def test_a_one_actor_group_and_empty_groups():
    graph = nx.star_graph(4)  # hub 0, leaves 1-4
    assert subset_betweenness(graph, [1], [2, 3, 4])[0] == pytest.approx(1.5)
    assert subset_betweenness(graph, [], [2, 3]) == dict.fromkeys(graph, 0.0)
    assert subset_betweenness(graph, [1], []) == dict.fromkeys(graph, 0.0)


def test_a_converted_graph_is_shared_and_keeps_the_node_order():
    graph = nx.Graph([("c", "a"), ("a", "b")])
    fast = indexed(graph)
    assert fast.nodes == ("c", "a", "b")
    assert list(subset_betweenness(fast, ["c"], ["b"])) == ["c", "a", "b"]
    assert subset_betweenness(fast, ["c"], ["b"]) == subset_betweenness(fast, ["b"], ["c"])


def test_unknown_actors_and_multigraphs_are_refused():
    with pytest.raises(nx.NodeNotFound, match="'nobody'"):
        subset_betweenness(nx.path_graph(3), ["nobody"], [2])
    with pytest.raises(nx.NetworkXNotImplemented):
        subset_betweenness(nx.MultiGraph([(0, 1), (0, 1)]), [0], [1])


def random_graphs(
    seed: int, count: int, directed: bool = False
) -> Iterator[tuple[random.Random, nx.Graph]]:
    """``count`` seeded random maps of up to 40 actors in sparse pieces (maps are sparse),
    some actors with no link, some linked to themselves; each with the draw that made it."""
    draw = random.Random(seed)
    for _ in range(count):
        n = draw.randint(1, 40)
        p = draw.uniform(0.0, 4 / n)
        graph = nx.gnp_random_graph(n, p, seed=draw.randrange(10**6), directed=directed)
        graph.add_edges_from((v, v) for v in draw.sample(range(n), n // 10))
        yield draw, nx.relabel_nodes(graph, {i: f"actor{i}" for i in range(n)})


@pytest.mark.parametrize("directed", [False, True])
def test_random_graphs_match_networkx(directed):
    for draw, graph in random_graphs(42, 200, directed):
        nodes = list(graph)
        sources = draw.sample(nodes, draw.randint(1, len(nodes)))
        # Sometimes apart from the sources (as brokerage asks), sometimes overlapping.
        rest = [n for n in nodes if n not in sources] if draw.random() < 0.5 else nodes
        targets = draw.sample(rest, draw.randint(0, len(rest)))
        expected = reference(graph, sources, targets)
        assert subset_betweenness(graph, sources, targets) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("directed", [False, True])
def test_component_ids_group_as_networkx_does(directed):
    for _, graph in random_graphs(7, 100, directed):
        ids = component_ids(graph)
        pieces = (nx.weakly_connected_components if directed else nx.connected_components)(graph)
        assert sorted(map(sorted, pieces)) == sorted(
            sorted(n for n in graph if ids[n] == number) for number in set(ids.values())
        )


def test_bridges_in_networkx_order_and_direction():
    # A triangle a-b-c with a tail c-d-e and a loop on e: the tail's two links are bridges.
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "e")])
    assert bridges(graph) == [("c", "d"), ("d", "e")]
    for _, graph in random_graphs(3, 100):
        assert bridges(graph) == list(nx.bridges(graph))
    with pytest.raises(nx.NetworkXNotImplemented):
        bridges(nx.DiGraph([(0, 1)]))


def test_resource_allocation_scores():
    # a and b share x (degree 2) and y (degree 3): 1/2 + 1/3; c and d share nobody.
    graph = nx.Graph([("a", "x"), ("x", "b"), ("a", "y"), ("y", "b"), ("y", "c"), ("d", "d")])
    assert resource_allocation(graph, [("a", "b"), ("c", "d")]) == [pytest.approx(5 / 6), 0]
    for draw, graph in random_graphs(5, 100):
        pairs = [(draw.choice(list(graph)), draw.choice(list(graph))) for _ in range(20)]
        expected = [score for _, _, score in nx.resource_allocation_index(graph, pairs)]
        assert resource_allocation(graph, pairs) == pytest.approx(expected, abs=1e-12)
    with pytest.raises(nx.NodeNotFound, match="'nobody'"):
        resource_allocation(graph, [("nobody", next(iter(graph)))])


def test_reciprocity_of_the_whole_graph():
    # a<->b both ways, a->c one way, a loop on c: 2 of 4 links have their reverse.
    graph = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c"), ("c", "c")])
    assert reciprocity(graph) == nx.reciprocity(graph) == 0.5
    for _, graph in random_graphs(9, 100, directed=True):
        if graph.number_of_edges():
            assert reciprocity(graph) == nx.reciprocity(graph)
    with pytest.raises(nx.NetworkXError):
        reciprocity(nx.DiGraph())


def test_brokerage_takes_a_graph_converted_once():
    # Path a-b-c-d with groups {a} and {c, d}: b carries both routes (a-c, a-d); c carries
    # a-d, the one route of the two that does not end at c itself.
    graph = nx.path_graph(["a", "b", "c", "d"])
    groups = {"a": "one", "c": "two", "d": "two"}
    shares = brokerage(graph, groups)
    assert shares == {"a": 0.0, "b": 1.0, "c": 1.0, "d": 0.0}
    assert brokerage(indexed(graph), groups) == shares
