"""Fast graph kernels: the numbers networkx gives, computed by igraph.

networkx stays the reference: the tests compare each kernel with it on hand-checked and
random graphs. igraph (C) computes the same numbers 25-40x faster on maps of thousands of
actors (``benchmarks/analysis.py``); rustworkx, measured too, has no betweenness between
chosen sources and targets. A networkx graph is converted once into an :class:`Indexed`
graph, which the kernels then share.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import igraph
import networkx as nx
from networkx.utils import not_implemented_for

__all__ = ["Indexed", "component_ids", "indexed", "subset_betweenness"]


@dataclass(frozen=True, eq=False)
class Indexed:
    """A networkx graph as igraph sees it: igraph's vertex ``i`` is ``nodes[i]``.

    A snapshot: later changes to the networkx graph do not reach it.
    """

    nodes: tuple[Hashable, ...]
    position: dict[Hashable, int]
    graph: igraph.Graph

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
    links = [(position[s], position[t]) for s, t in graph.edges()]
    converted = igraph.Graph(n=len(nodes), edges=links, directed=graph.is_directed())
    return Indexed(nodes=nodes, position=position, graph=converted)


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
