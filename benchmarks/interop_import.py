"""Import timings: a generated 5,000-actor Excel workbook (ours and Kumu's layout), each
real file in tests/data/interop and tests/data/formats, and 10,000-actor files in the
network formats of issue 12. Goal: every real sample in under 1 s, with a report.
Run: python benchmarks/interop_import.py"""

from __future__ import annotations

import io
import json
import random
import statistics
import time
from pathlib import Path

import networkx as nx

from mapper.graph.model import CATEGORIES, EDGE_KINDS, NODE_KINDS, PartnershipMap
from mapper.io import ImportFailed, export_map, read_bytes, read_paths
from mapper.io.excel import read_xlsx

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "interop"
FORMATS = Path(__file__).resolve().parents[1] / "tests" / "data" / "formats"


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
    print()
    print("| real file | actors | links | report lines | import (s, median of 3) |")
    print("|---|---:|---:|---:|---:|")
    for folder in (SAMPLES, FORMATS):
        if not folder.is_dir():
            print(f"(no samples at {folder})")
            continue
        for path in sorted(folder.glob("*/*")):
            if path.name != "SOURCES.md":
                print(sample_row(path))
    print()
    print("| generated file, 10,000 actors | actors | links | import (s, median of 3) |")
    print("|---|---:|---:|---:|")
    graph = nx.gnm_random_graph(10_000, 15_000, seed=42, directed=True)
    for name, data in network_files(graph).items():
        result = read_bytes(data, name)
        seconds = timed(lambda data=data, name=name: read_bytes(data, name))
        nodes, edges = result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()
        print(f"| {name} | {nodes} | {edges} | {seconds:.2f} |")


def sample_row(path: Path) -> str:
    """One table row: the file read (or refused) and timed."""
    try:
        result = read_paths(path)
    except ImportFailed:
        seconds = timed(lambda: refused(path))
        return f"| {path.parent.name}/{path.name} | refused | | 1 | {seconds:.3f} |"
    seconds = timed(lambda: read_paths(path))
    nodes, edges = result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()
    lines = len(result.report.lines())
    return f"| {path.parent.name}/{path.name} | {nodes} | {edges} | {lines} | {seconds:.3f} |"


def network_files(graph: nx.DiGraph) -> dict[str, bytes]:
    """The same random network as GML, Pajek, UCINET DL, a Gephi edge table and
    cytoscape.js JSON, labelled "Actor n"."""
    labelled = nx.relabel_nodes(graph, {n: f"Actor {n}" for n in graph})
    files: dict[str, bytes] = {}
    buffer = io.BytesIO()
    nx.write_gml(labelled, buffer)
    files["generated.gml"] = buffer.getvalue()
    buffer = io.BytesIO()
    nx.write_pajek(labelled, buffer)
    files["generated.net"] = buffer.getvalue()
    ties = "\n".join(f"{a + 1} {b + 1}" for a, b in graph.edges())
    files["generated.dl"] = f"dl n={len(graph)}\nformat = edgelist1\ndata:\n{ties}\n".encode()
    rows = "\n".join(f"Actor {a},Actor {b}" for a, b in graph.edges())
    files["generated-edges.csv"] = f"Source,Target\n{rows}\n".encode()
    elements = {
        "nodes": [{"data": {"id": str(n), "name": f"Actor {n}"}} for n in graph],
        "edges": [{"data": {"source": str(a), "target": str(b)}} for a, b in graph.edges()],
    }
    files["generated-cytoscape.json"] = json.dumps(elements).encode()
    return files


if __name__ == "__main__":
    main()
