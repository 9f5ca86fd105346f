"""Time store edits on maps of growing size, on SQLite and PostgreSQL; prints a table.

    .venv/bin/python benchmarks/store.py [--sizes 200 1000 5000] [--no-postgres]

Each edit is a whole transaction (lock, load, validate, write the changed rows, log for
undo), timed from the caller's side as the app would see it. Target: an edit on a
200-node map well under 50 ms on SQLite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from mapper.graph.model import PartnershipMap
from mapper.store import Store

PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def synthetic_map(nodes: int, seed: int = 42) -> PartnershipMap:
    """``nodes`` actors with three links each on average, placed on a grid."""
    rng = random.Random(seed)
    pmap = PartnershipMap(name=f"Benchmark {nodes}")
    ids = [
        pmap.add_node(
            label=f"Actor {n}",
            power=rng.randint(1, 5),
            interest=rng.randint(1, 5),
            skills=rng.sample(["finance", "law", "evaluation", "outreach", "data"], 2),
            x=float(n % 50) * 80,
            y=float(n // 50) * 80,
        )
        for n in range(nodes)
    ]
    for _ in range(nodes * 3):
        source, target = rng.sample(ids, 2)
        pmap.add_edge(source, target, "communicates", frequency="monthly")
    return pmap


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


@contextmanager
def postgres_url() -> Iterator[str]:
    schema = f"bench_store_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, connect_timeout=3, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{PG_URL}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def timings(repeat: int, step: Callable[[int], object]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of ``step(i)`` for i in range(repeat)."""
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        step(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def bench(url: str, size: int, repeat: int) -> dict[str, tuple[float, float]]:
    store = Store(url)
    try:
        map_id = store.create_map(synthetic_map(size))
        return {
            "add_node": timings(
                repeat, lambda i: store.add_node(map_id, {"label": f"New {i}", "power": 3})
            ),
            "update_node": timings(
                repeat, lambda i: store.update_node(map_id, "actor-1", {"notes": f"v{i}"})
            ),
            "move 1 actor": timings(
                repeat, lambda i: store.move_nodes(map_id, {"actor-2": (i, i)})
            ),
            "undo": timings(repeat, lambda i: store.undo(map_id)),
            "load_map": timings(repeat, lambda i: store.load_map(map_id)),
            "map_version": timings(repeat, lambda i: store.map_version(map_id)),
        }
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    databases = [("SQLite", sqlite_url)] + (
        [] if args.no_postgres else [("PostgreSQL", postgres_url)]
    )
    print("| database | nodes | operation | p50 ms | p95 ms | runs |")
    print("|---|---:|---|---:|---:|---:|")
    for db_name, make_url in databases:
        for size in args.sizes:
            repeat = 100 if size <= 200 else 30 if size <= 1000 else 10
            with make_url() as url:
                for operation, (p50, p95) in bench(url, size, repeat).items():
                    print(
                        f"| {db_name} | {size} | {operation} | {p50:.1f} | {p95:.1f} | {repeat} |"
                    )


if __name__ == "__main__":
    main()
