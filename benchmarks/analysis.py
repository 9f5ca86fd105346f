"""How long the full analysis takes as maps grow, against the time to build the map.

Synthetic maps with a realistic mix of kinds (fixed seed): a lead partner, partners and
stakeholders, groups, a few forums and the people who work for the organisations, with
communication, seats, resource flows, accountability and influence in proportions like the
sample maps'. Prints one row per size, and whether it meets the goal:

    .venv/bin/python benchmarks/analysis.py [SIZE ...]

Build time is ``PartnershipMap.from_dict`` on the native document (the validated way every
map is read); analysis time is ``analyse`` (every rule, metrics and link suggestions). Both
are this process's CPU time (``time.process_time``), the best of several runs: on a shared
machine, other work then counts neither in the wait nor, mostly, in the result. Peak
memory is measured with tracemalloc during one more analysis, and the slowest rules (their
share of the analysis, projections of the map counted where first asked for) in a profiled
one, each apart from the timing.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import pstats
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mapper.graph.analyse import analyse
from mapper.graph.metrics import metrics
from mapper.graph.model import FREQUENCIES, RESOURCES, PartnershipMap
from mapper.graph.rules import registry

SIZES = (25, 100, 500, 2_000, 10_000)
TODAY = dt.date(2026, 9, 15)
RATIO = 10  # the analysis may cost at most this many times building the graph
LARGEST, SECONDS = 10_000, 2.0  # and take at most this long at this many actors
GOAL = (
    f"Goal: the full analysis costs at most {RATIO}x building the graph at every size, "
    f"and at most {SECONDS:g} s at {LARGEST:,} actors."
)


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


@dataclass(frozen=True)
class Row:
    actors: int
    links: int
    build: float
    analysis: float
    peak_mib: float
    slowest: list[tuple[str, float]]

    @property
    def ratio(self) -> float:
        return self.analysis / self.build

    @property
    def meets_goal(self) -> bool:
        return self.ratio <= RATIO and (self.actors < LARGEST or self.analysis <= SECONDS)


def best(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def slowest(pmap: PartnershipMap, repeat: int, top: int = 3) -> list[tuple[str, float]]:
    """The ``top`` rules (and the metrics) taking the largest shares of ``repeat`` profiled
    analyses."""
    profile = cProfile.Profile()
    for _ in range(repeat):
        profile.runcall(analyse, pmap, today=TODAY)
    stats = pstats.Stats(profile).stats
    parts = {rule_id: rule.check for rule_id, rule in registry().items()} | {"metrics": metrics}
    cumulative = {
        name: stats[cProfile.label(check.__code__)][3]
        for name, check in parts.items()
        if cProfile.label(check.__code__) in stats
    }
    total = stats[cProfile.label(analyse.__code__)][3]
    ranked = sorted(cumulative.items(), key=lambda item: -item[1])[:top]
    return [(name, seconds / total) for name, seconds in ranked]


def measure(size: int) -> Row:
    document = synthetic(size)
    repeat = max(3, min(30, 3_000 // size))
    build = best(lambda: PartnershipMap.from_dict(document), repeat)
    pmap = PartnershipMap.from_dict(document)
    analyse(pmap, today=TODAY)  # warm: content and imports loaded once per process
    elapsed = best(lambda: analyse(pmap, today=TODAY), repeat)
    tracemalloc.start()
    analyse(pmap, today=TODAY)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    graph = pmap.graph
    return Row(
        actors=graph.number_of_nodes(),
        links=graph.number_of_edges(),
        build=build,
        analysis=elapsed,
        peak_mib=peak,
        slowest=slowest(pmap, repeat),
    )


def main(sizes: tuple[int, ...]) -> None:
    print(GOAL)
    print(
        f"{'actors':>7} {'links':>7} {'build s':>8} {'analysis s':>10} {'ratio':>6} "
        f"{'peak MiB':>8}  {'goal':<7} slowest rules (share of the analysis)"
    )
    for size in sizes:
        row = measure(size)
        shares = ", ".join(f"{name} {share:.0%}" for name, share in row.slowest)
        print(
            f"{row.actors:>7,} {row.links:>7,} {row.build:>8.3f} {row.analysis:>10.3f} "
            f"{row.ratio:>6.1f} {row.peak_mib:>8.1f}  {'met' if row.meets_goal else 'MISSED':<7} "
            f"{shares}"
        )
    print("Times are this process's CPU seconds, the best of several runs.")
    print("Routes between groups (gatekeeper) are sampled above 500 actors.")


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
