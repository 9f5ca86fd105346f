"""Fast graph kernels: the numbers networkx gives, computed faster.

networkx stays the reference: the tests compare each kernel with it on hand-checked and
seeded random graphs. igraph (C) computes subset betweenness 25-40x faster than networkx on
maps of thousands of actors (``benchmarks/analysis.py``); rustworkx, measured too, has no
betweenness between chosen sources and targets. A networkx graph is converted once into an
:class:`Indexed` graph, which the igraph kernels then share.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from math import fsum

import igraph
import networkx as nx
from networkx.utils import not_implemented_for

__all__ = [
    "Indexed",
    "bridges",
    "component_ids",
    "indexed",
    "reciprocity",
    "resource_allocation",
    "subset_betweenness",
]


@dataclass(frozen=True, eq=False)
class Indexed:
    """A networkx graph as igraph sees it: igraph's vertex ``i`` is ``nodes[i]``.

    A snapshot: later changes to the networkx graph do not reach it.
    """

    nodes: tuple[Hashable, ...]
    position: dict[Hashable, int]
    graph: igraph.Graph
    links: tuple[tuple[Hashable, Hashable], ...]  # igraph's edge ``i`` is ``links[i]``

    def vertices(self, nodes: Iterable[Hashable]) -> list[int]:
        """igraph's vertex ids of ``nodes``; a node not in the graph raises
        ``networkx.NodeNotFound`` as networkx would."""
        try:
            return [self.position[node] for node in nodes]
        except KeyError as error:
            raise nx.NodeNotFound(f"Node {error.args[0]!r} is not in the graph.") from None


@not_implemented_for("multigraph")
def indexed(graph: nx.Graph) -> Indexed:
    """Convert ``graph`` (directed or not, simple) once for the kernels of this module.

    Multigraphs are refused: igraph would count each parallel link as its own route.

    >>> indexed(nx.path_graph(["a", "b", "c"])).graph.degree()
    [1, 2, 1]
    """
    nodes = tuple(graph)
    position = {node: index for index, node in enumerate(nodes)}
    links = tuple(graph.edges())
    converted = igraph.Graph(
        n=len(nodes),
        edges=[(position[s], position[t]) for s, t in links],
        directed=graph.is_directed(),
    )
    return Indexed(nodes=nodes, position=position, graph=converted, links=links)


def subset_betweenness(
    graph: nx.Graph | Indexed, sources: Iterable[Hashable], targets: Iterable[Hashable]
) -> dict[Hashable, float]:
    """``networkx.betweenness_centrality_subset(graph, sources, targets, normalized=False)``:
    for each node, the share of shortest paths from a source to a target that pass through
    it, summed over the pairs (halved on an undirected graph, as networkx does).

    A source listed twice counts twice, in both.

    >>> subset_betweenness(nx.path_graph(3), [0], [2])
    {0: 0.0, 1: 0.5, 2: 0.0}
    """
    fast = graph if isinstance(graph, Indexed) else indexed(graph)
    values = fast.graph.betweenness(
        directed=fast.graph.is_directed(),
        sources=fast.vertices(sources),
        targets=fast.vertices(targets),
    )
    return dict(zip(fast.nodes, values, strict=True))


def component_ids(graph: nx.Graph | Indexed) -> dict[Hashable, int]:
    """The connected component of each node, as a number: two nodes share a number when
    a path joins them (weakly, on a directed graph), as ``networkx.connected_components``
    would group them.

    >>> component_ids(nx.Graph([(1, 2), (3, 4)]))
    {1: 0, 2: 0, 3: 1, 4: 1}
    """
    fast = graph if isinstance(graph, Indexed) else indexed(graph)
    membership = fast.graph.connected_components(mode="weak").membership
    return dict(zip(fast.nodes, membership, strict=True))


def bridges(graph: nx.Graph | Indexed) -> list[tuple[Hashable, Hashable]]:
    """``list(networkx.bridges(graph))`` of an undirected graph: the links whose loss
    would split a piece of the graph in two, in the graph's order of links.

    >>> bridges(nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
    [('c', 'd')]
    """
    fast = graph if isinstance(graph, Indexed) else indexed(graph)
    if fast.graph.is_directed():
        raise nx.NetworkXNotImplemented("bridges: not implemented for directed graphs")
    return [fast.links[edge] for edge in sorted(fast.graph.bridges())]


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def resource_allocation(graph: nx.Graph, pairs: Iterable[tuple[Hashable, Hashable]]) -> list[float]:
    """``networkx.resource_allocation_index(graph, pairs)``'s scores, in the order of
    ``pairs``: the sum of 1/degree over the neighbours the two nodes share (themselves
    left out).

    The sum is exactly rounded (``math.fsum``), so a score does not depend on the order
    the neighbours are visited in (networkx's may differ from it in the last digit).

    >>> resource_allocation(nx.Graph([("a", "x"), ("x", "b"), ("a", "y"), ("y", "b")]),
    ...                     [("a", "b")])
    [1.0]
    """
    adjacency = dict(graph.adjacency())  # plain dicts: their keys intersect in C
    share = {node: 1 / degree for node, degree in graph.degree() if degree}
    scores = []
    for u, v in pairs:
        if u not in adjacency or v not in adjacency:
            raise nx.NodeNotFound(f"Node {(v if u in adjacency else u)!r} is not in the graph.")
        common = adjacency[u].keys() & adjacency[v].keys() - {u, v}
        scores.append(fsum(share[w] for w in common) if common else 0)  # 0 as networkx
    return scores


@not_implemented_for("undirected")
def reciprocity(graph: nx.DiGraph) -> float:
    """``networkx.reciprocity(graph)`` of the whole graph: the share of its links whose
    reverse is a link too, without the copy of the graph networkx makes to count them.

    >>> reciprocity(nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")]))
    0.6666666666666666
    """
    links = graph.number_of_edges()
    if not links:
        raise nx.NetworkXError("Not defined for empty graphs")
    succ = dict(graph.adjacency())  # plain dicts: membership tests in C
    return sum(1 for s, targets in succ.items() for t in targets if s != t and s in succ[t]) / links
