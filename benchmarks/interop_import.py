"""Import timings: a generated 5,000-actor Excel workbook (ours and Kumu's layout) and
each real file in tests/data/interop. Run: python benchmarks/interop_import.py"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from mapper.graph.model import CATEGORIES, EDGE_KINDS, NODE_KINDS, PartnershipMap
from mapper.io import ImportFailed, export_map, read_bytes, read_paths
from mapper.io.excel import read_xlsx

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "interop"


def generated_map(actors: int, links_per_actor: int = 3, seed: int = 42) -> PartnershipMap:
    """A map of ``actors`` organisations, groups and forums with random links, built in
    one go with ``from_dict`` (adding links one by one is quadratic in the model)."""
    rng = random.Random(seed)
    nodes = [
        {
            "id": f"a{number}", "label": f"Actor {number}", "kind": NODE_KINDS[number % 3],
            "power": rng.randint(1, 5), "interest": rng.randint(1, 5),
            "skills": ["finance", "law"], "notes": "Some notes about this actor",
        }
        for number in range(actors)
    ]  # fmt: skip
    for node in nodes[::3]:
        node["category"] = rng.choice(CATEGORIES)
    kinds = [k for k in EDGE_KINDS if k != "member_of"]  # member_of needs a forum target
    edges = []
    for source in range(actors):
        for target in rng.sample(range(actors), links_per_actor):
            if source != target:
                kind = rng.choice(kinds)
                extra = {"resource": "funding"} if kind == "resource" else {}
                edges.append(
                    {"source": f"a{source}", "target": f"a{target}", "kind": kind, **extra}
                )
    return PartnershipMap.from_dict(
        {"map": {"name": f"{actors} actors"}, "nodes": nodes, "edges": edges}
    )


def refused(path: Path) -> None:
    try:
        read_paths(path)
    except ImportFailed:
        return
    raise AssertionError(f"{path} was expected to be refused")


def timed(action, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print("| file | actors | links | import (s, median of 3) |")
    print("|---|---|---|---|")
    for size in (500, 5000):
        pmap = generated_map(size)
        for fmt in ("xlsx", "kumu.xlsx"):
            data, name, _ = export_map(pmap, fmt)
            result = read_xlsx({name: data}, progress=lambda fraction, message: None)
            seconds = timed(lambda data=data, name=name: read_bytes(data, name))
            nodes, edges = result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()
            print(f"| generated {name} | {nodes} | {edges} | {seconds:.2f} |")
    if not SAMPLES.is_dir():
        print(f"(no samples at {SAMPLES})")
        return
    for path in sorted(SAMPLES.glob("*/*")):
        if path.name == "SOURCES.md":
            continue
        try:
            result = read_paths(path)
        except ImportFailed:
            seconds = timed(lambda path=path: refused(path))
            print(f"| {path.parent.name}/{path.name} | refused | | {seconds:.3f} |")
            continue
        seconds = timed(lambda path=path: read_paths(path))
        nodes, edges = result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()
        print(f"| {path.parent.name}/{path.name} | {nodes} | {edges} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
