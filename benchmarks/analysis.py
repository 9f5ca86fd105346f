"""How long the full analysis takes as maps grow, against the time to build the map.

Synthetic maps with a realistic mix of kinds (fixed seed): a lead partner, partners and
stakeholders, groups, a few forums and the people who work for the organisations, with
communication, seats, resource flows, accountability and influence in proportions like the
sample maps'. Prints one row per size:

    .venv/bin/python benchmarks/analysis.py [SIZE ...]

Build time is ``PartnershipMap.from_dict`` on the native document (the validated way every
map is read); analysis time is ``analyse`` (every rule, metrics and link suggestions); peak
memory is measured with tracemalloc during the analysis, in a separate run from the timing.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
import tracemalloc
from typing import Any

from mapper.graph.analyse import analyse
from mapper.graph.model import FREQUENCIES, RESOURCES, PartnershipMap

SIZES = (25, 100, 500, 2_000, 10_000)
TODAY = dt.date(2026, 9, 15)


def synthetic(size: int, seed: int = 42) -> dict[str, Any]:
    """A native map document of about ``size`` actors."""
    draw = random.Random(seed)
    orgs = max(3, size * 30 // 100)
    groups = max(1, size * 5 // 100)
    forums = max(1, size * 3 // 100)
    people = size - orgs - groups - forums
    nodes: list[dict[str, Any]] = []
    sectors = ("third", "public", "private", "community")
    for i in range(orgs):
        role = "lead partner" if i == 0 else "partner" if i < orgs // 3 else "stakeholder"
        nodes.append(
            {
                "id": f"org{i}",
                "kind": "organisation",
                "role": role,
                "sector": draw.choice(sectors),
                "power": draw.randint(1, 5),
                "interest": draw.randint(1, 5),
                "skills": draw.sample(["finance", "evaluation", "youth work", "law", "data"], 2),
            }
        )
    nodes += [
        {"id": f"group{i}", "kind": "group", "power": draw.randint(1, 3), "interest": 4}
        for i in range(groups)
    ]
    nodes += [{"id": f"forum{i}", "kind": "forum"} for i in range(forums)]
    for i in range(people):
        nodes.append(
            {
                "id": f"person{i}",
                "kind": "person",
                "organisation": f"org{draw.randrange(orgs)}",
                "level": draw.choice(("strategic", "operational", "operational")),
            }
        )
    actors = [node["id"] for node in nodes if node["kind"] != "forum"]
    edges: list[dict[str, Any]] = []

    def link(kind: str, source: str, target: str, **attrs: Any) -> None:
        if source != target:
            edges.append({"source": source, "target": target, "kind": kind, **attrs})

    for _ in range(size * 2):
        day = TODAY - dt.timedelta(days=draw.randrange(400))
        link(
            "communicates",
            draw.choice(actors),
            draw.choice(actors),
            mutual=draw.random() < 0.6,
            frequency=draw.choice(list(FREQUENCIES)),
            last_contact=day.isoformat(),
        )
    for i in range(forums):
        for member in draw.sample(actors, min(len(actors), 8)):
            link("member_of", member, f"forum{i}", voting=draw.random() < 0.7)
    for _ in range(size // 2):
        link(
            "resource",
            f"org{draw.randrange(orgs)}",
            draw.choice(actors),
            resource=draw.choice(RESOURCES),
            amount=draw.randint(1, 100) * 1000,
            importance=draw.randint(1, 5),
        )
    for _ in range(size // 4):
        link("accountable_to", draw.choice(actors), f"org{draw.randrange(orgs)}")
    for _ in range(size // 8):
        link("influences", draw.choice(actors), draw.choice(actors), strength=draw.randint(1, 5))
    return {"map": {"name": f"Synthetic {size}"}, "nodes": nodes, "edges": edges}


def measure(size: int) -> tuple[int, int, float, float, float]:
    document = synthetic(size)
    start = time.perf_counter()
    pmap = PartnershipMap.from_dict(document)
    build = time.perf_counter() - start
    analyse(pmap, today=TODAY)  # warm: content and imports loaded once per process
    start = time.perf_counter()
    analyse(pmap, today=TODAY)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    analyse(pmap, today=TODAY)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return pmap.graph.number_of_nodes(), pmap.graph.number_of_edges(), elapsed, build, peak


def main(sizes: tuple[int, ...]) -> None:
    print(
        f"{'nodes':>7} {'edges':>7} {'analysis s':>11} {'build s':>9} {'ratio':>7} {'peak MiB':>9}"
    )
    for size in sizes:
        nodes, edges, elapsed, build, peak = measure(size)
        print(
            f"{nodes:>7,} {edges:>7,} {elapsed:>11.3f} {build:>9.3f} "
            f"{elapsed / build:>7.1f} {peak:>9.1f}"
        )
    print("Routes between groups (gatekeeper) are sampled above 500 actors.")


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
