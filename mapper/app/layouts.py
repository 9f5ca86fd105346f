"""Where actors sit on the canvas: the four arrangements a user can pick, computed here.

Every arrangement is computed on the server and sent as preset positions: the browser's
own force layout took ~30 s at 1,000 actors (STACK-NOTES), and positions computed once
are saved, so every laptop looking at the map sees the same picture.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from mapper.graph.model import NODE_KINDS, ROLES, PartnershipMap

__all__ = ["LAYOUTS", "SPACING", "arrange", "free_spot", "placed", "unplaced"]

Point = tuple[float, float]

SPACING = 170.0  # pixels between neighbours: room for a node and a two-line label

LAYOUTS: dict[str, str] = {
    "force": "Force-directed (who is close to whom)",
    "power": "Circles by power (most powerful in the middle)",
    "hierarchy": "Accountability (who answers to whom, top-down)",
    "grid": "Grid (by kind and role)",
}


def unplaced(pmap: PartnershipMap) -> list[str]:
    """Actors without a saved position (new imports, maps written by other tools)."""
    return [
        node_id
        for node_id, attrs in pmap.graph.nodes(data=True)
        if attrs.get("x") is None or attrs.get("y") is None
    ]


def placed(pmap: PartnershipMap) -> dict[str, Point]:
    """A position for every actor: the saved one, or a computed one for those without.

    When no actor has a position the whole map gets the force-directed arrangement; when
    only some lack one, each goes to a free spot next to its placed neighbours, so the
    ones already placed never move. Deterministic: the same map gives the same picture.
    """
    missing = set(unplaced(pmap))
    if len(missing) == pmap.graph.number_of_nodes():
        return arrange(pmap, "force")
    positions = {
        node_id: (float(attrs["x"]), float(attrs["y"]))
        for node_id, attrs in pmap.graph.nodes(data=True)
        if node_id not in missing
    }
    for node_id in pmap.graph:  # insertion order keeps it deterministic
        if node_id in missing:
            near = [positions[n] for n in nx.all_neighbors(pmap.graph, node_id) if n in positions]
            positions[node_id] = free_spot(positions, _centroid(near) if near else None)
    return positions


def arrange(pmap: PartnershipMap, name: str) -> dict[str, Point]:
    """Positions for every actor under the arrangement ``name`` (a key of ``LAYOUTS``)."""
    if name not in LAYOUTS:
        raise ValueError(f"unknown arrangement {name!r}; expected one of: {', '.join(LAYOUTS)}")
    if pmap.graph.number_of_nodes() == 0:
        return {}
    return {"force": _force, "power": _power, "hierarchy": _hierarchy, "grid": _grid}[name](pmap)


def _force(pmap: PartnershipMap) -> dict[str, Point]:
    simple = nx.Graph(pmap.graph.to_undirected())
    count = simple.number_of_nodes()
    if count == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    raw = nx.spring_layout(
        simple, k=2 / math.sqrt(count), seed=7, iterations=_force_iterations(count)
    )
    scale = SPACING * math.sqrt(count) * 0.75
    scaled = _landscape(
        {node: (float(x) * scale, float(y) * scale) for node, (x, y) in raw.items()}
    )
    return _separate(scaled, SPACING * 0.8) if count <= SEPARATE_LIMIT else scaled


LANDSCAPE = 1.6  # width over height of the canvas on a laptop or a projector, near enough


def _landscape(points: dict[str, Point]) -> dict[str, Point]:
    """Lay a force layout's cloud across the screen: turned so its longest spread runs
    left to right, then widened (and flattened as much, keeping its area) towards the
    screen's shape. A tall cloud was fitted by its height and filled a third of the canvas.
    """
    names = list(points)
    xy = np.array([points[name] for name in names], dtype=float)
    xy -= xy.mean(axis=0)
    _, _, axes = np.linalg.svd(xy, full_matrices=False)
    xy = xy @ axes.T
    width, height = np.ptp(xy, axis=0)
    if height > 0 and width / height < LANDSCAPE:
        stretch = math.sqrt(LANDSCAPE * height / width)
        xy *= (stretch, 1 / stretch)
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, xy, strict=True)}


def _force_iterations(count: int) -> int:
    """Fewer rounds on big maps: each round of networkx's spring layout costs about a second
    at 5,000 actors (50 rounds took 48 s on an import), and a big map is arranged once and
    then tidied by hand. 10 rounds still untangle it into clusters.

    >>> _force_iterations(30), _force_iterations(1000), _force_iterations(5000)
    (100, 50, 10)
    """
    if count < 500:
        return 100
    return 50 if count <= 1500 else 10


SEPARATE_LIMIT = 1500  # pairwise pushing is O(n^2) memory; beyond this the layout is kept


def _separate(points: dict[str, Point], gap: float, rounds: int = 60) -> dict[str, Point]:
    """Push apart actors closer than ``gap``, so no two sit on each other or their labels.

    A force layout packs hubs tightly; this moves each close pair apart along the line
    between them, a little at a time, until no pair is too close (or ``rounds`` run out).
    """
    names = list(points)
    xy = np.array([points[name] for name in names], dtype=float)
    xy += np.random.default_rng(7).normal(scale=0.01, size=xy.shape)  # split exact overlaps
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, gap * 10)
        close = dist < gap
        if not close.any():
            break
        share = np.where(close, (gap - dist) / (2 * np.maximum(dist, 1e-6)), 0.0)
        xy += (delta * share[..., None]).sum(axis=1) * 0.5
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, xy, strict=True)}


def _power(pmap: PartnershipMap) -> dict[str, Point]:
    """Rings by declared power: 5 at the centre, 1 outermost, unknown power outside that."""
    rings: dict[int, list[str]] = {}
    for node in sorted(pmap.nodes(), key=lambda n: (_kind_rank(n), n.get("label", ""))):
        rings.setdefault(5 - node["power"] if node.get("power") else 5, []).append(node["id"])
    positions: dict[str, Point] = {}
    radius = 0.0
    for index, ring in enumerate(sorted(rings)):
        members = rings[ring]
        needed = len(members) * SPACING / (2 * math.pi) if len(members) > 1 else 0.0
        radius = max(needed, radius + SPACING) if index else needed
        offset = index * 0.5  # turn each ring a little so spokes do not line up
        for position, node_id in enumerate(members):
            angle = offset + 2 * math.pi * position / len(members)
            positions[node_id] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def _hierarchy(pmap: PartnershipMap) -> dict[str, Point]:
    """Layers along accountability lines: whoever answers to no one on top.

    Circular accountability (A answers to B answers to A) is collapsed into one layer.
    Actors with no accountability line go below, forums above their members (see
    :func:`_loose_rows`).
    """
    lines = nx.DiGraph()
    lines.add_edges_from((e["source"], e["target"]) for e in pmap.edges("accountable_to"))
    condensed = nx.condensation(lines)
    depth: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        above = [depth[t] for t in condensed.successors(component)]
        depth[component] = 1 + max(above) if above else 0
    layer_of = {
        node: depth[condensed.graph["mapping"][node]]
        for node in lines  # node -> layer
    }
    layers: list[list[str]] = [[] for _ in range(max(layer_of.values(), default=-1) + 1)]
    for node in pmap.graph:
        if node in layer_of:
            layers[layer_of[node]].append(node)
    positions: dict[str, Point] = {}
    for row, members in enumerate(layers):
        if row:
            # Barycentre ordering: sit under the ones you answer to, fewer crossings.
            def anchor(node: str) -> float:
                xs = [positions[t][0] for t in lines.successors(node) if t in positions]
                return sum(xs) / len(xs) if xs else 0.0

            members.sort(key=anchor)
        width = (len(members) - 1) * SPACING
        for column, node in enumerate(members):
            positions[node] = (column * SPACING - width / 2, row * SPACING * 1.1)
    loose = [node for node in pmap.graph if node not in layer_of]
    top = len(layers) * SPACING * 1.1
    positions.update(_loose_rows(pmap, loose, top))
    return positions


def _loose_rows(pmap: PartnershipMap, loose: list[str], top: float) -> dict[str, Point]:
    """Actors with no accountability line, below the hierarchy, never as one long row (a
    link along a row runs through every actor between its ends): the forums among them on
    a line of their own; below, those who only sit on them, each under its forums; beside
    them each cluster of actors linked to each other, as a small tree (the best linked on
    top); last the unlinked ones, in rows of a few."""
    among = nx.Graph(pmap.graph.subgraph(loose).to_undirected())
    order = {node: index for index, node in enumerate(loose)}.__getitem__
    forums = [node for node in loose if pmap.graph.nodes[node].get("kind") == "forum"]
    others = among.subgraph(node for node in loose if node not in set(forums))
    positions = _line(forums, top)
    y = top + SPACING * 1.1 if forums else top

    def under(node: str) -> float:
        xs = [positions[n][0] for n in among[node] if n in positions]
        return sum(xs) / len(xs) if xs else 0.0

    seated = sorted((n for n in others if not others.degree(n) and among.degree(n)), key=under)
    positions.update(_line(seated, y))
    x = (len(seated) / 2 + 0.5) * SPACING if seated else 0.0
    bottom = y if seated else y - SPACING * 0.9
    clusters = [c for c in nx.connected_components(others) if len(c) > 1]
    for cluster in sorted(clusters, key=lambda c: min(map(order, c))):
        root = max(sorted(cluster, key=order), key=others.degree)
        rows = [sorted(row, key=order) for row in nx.bfs_layers(others, root)]
        widest = max(len(row) for row in rows)
        for depth, row in enumerate(rows):
            start = x + (widest - len(row)) * SPACING / 2
            for column, node in enumerate(row):
                positions[node] = (start + column * SPACING, y + depth * SPACING * 0.9)
            bottom = max(bottom, y + depth * SPACING * 0.9)
        x += (widest + 0.5) * SPACING
    alone = [node for node in others if not among.degree(node)]
    per_row = max(4, math.ceil(math.sqrt(len(alone))))
    for index, node in enumerate(alone):
        row, column = divmod(index, per_row)
        positions[node] = (column * SPACING, bottom + SPACING * 0.9 * (row + 1))
    return _centred(positions)


def _line(nodes: list[str], y: float) -> dict[str, Point]:
    """``nodes`` side by side at height ``y``, centred on x = 0."""
    width = (len(nodes) - 1) * SPACING
    return {node: (column * SPACING - width / 2, y) for column, node in enumerate(nodes)}


def _centred(positions: dict[str, Point]) -> dict[str, Point]:
    """``positions`` moved sideways so that their middle is at x = 0."""
    if not positions:
        return positions
    xs = [x for x, _ in positions.values()]
    middle = (min(xs) + max(xs)) / 2
    return {node: (x - middle, y) for node, (x, y) in positions.items()}


def _grid(pmap: PartnershipMap) -> dict[str, Point]:
    nodes = sorted(pmap.nodes(), key=lambda n: (_kind_rank(n), n.get("label", "")))
    columns = max(1, math.ceil(math.sqrt(len(nodes) * 1.6)))
    return {
        node["id"]: ((i % columns) * SPACING, (i // columns) * SPACING * 0.8)
        for i, node in enumerate(nodes)
    }


def _kind_rank(node: Mapping) -> tuple[int, int]:
    kind = NODE_KINDS.index(node["kind"]) if node.get("kind") in NODE_KINDS else len(NODE_KINDS)
    role = ROLES.index(node["role"]) if node.get("role") in ROLES else len(ROLES)
    return kind, role


def _centroid(points: list[Point]) -> Point:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def free_spot(positions: Mapping[str, Point], near: Point | None = None) -> Point:
    """The nearest spot to ``near`` (default: the middle of the map) clear of every actor.

    Searched on a spiral of half-spacing steps; "clear" means at least 0.8 x ``SPACING``
    from any actor, so a new actor and its label never sit on another. The spiral is
    tested a batch of rings at a time against a k-d tree of the actors.

    >>> free_spot({})
    (0.0, 0.0)
    >>> free_spot({"a": (0.0, 0.0)})
    (0.0, -170.0)
    """
    points = np.array(list(positions.values()), dtype=float).reshape(-1, 2)
    if near is None:
        near = tuple(points.mean(axis=0)) if len(points) else (0.0, 0.0)
    if not len(points):
        return (float(near[0]), float(near[1]))
    tree = cKDTree(points)
    step = SPACING / 2
    for first in range(0, _MAX_RINGS, _RINGS_PER_BATCH):
        candidates = np.asarray(near) + _spiral(first) * step
        distances, _ = tree.query(candidates, distance_upper_bound=_CLEARANCE)
        clear = np.flatnonzero(distances >= _CLEARANCE)
        if len(clear):
            x, y = candidates[clear[0]]
            return (float(x), float(y))
    raise AssertionError("no free spot found")  # 400 rings hold far more actors than a map


_CLEARANCE = SPACING * 0.8
_MAX_RINGS, _RINGS_PER_BATCH = 400, 8


@functools.cache
def _spiral(first: int) -> np.ndarray:
    """The grid cells of rings ``first`` to ``first + _RINGS_PER_BATCH - 1``, nearest first."""
    cells = [(0, 0)] if first == 0 else []
    for radius in range(max(first, 1), first + _RINGS_PER_BATCH):
        cells += _ring(radius)
    return np.array(cells, dtype=float)


def _ring(radius: int) -> list[tuple[int, int]]:
    """Grid cells at Chebyshev distance ``radius``, nearest-first (up, left, right, down)."""
    cells = [
        (dx, dy)
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
        if max(abs(dx), abs(dy)) == radius
    ]
    return sorted(cells, key=lambda c: (math.hypot(*c), c[1], c[0]))
