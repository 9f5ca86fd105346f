"""What a review costs: the time to compare two snapshots, and the storage snapshots take.

    .venv/bin/python benchmarks/review.py [--sizes 100 500] [--edits 50] [--no-postgres]

For each size, a synthetic map (``benchmarks/store.py``'s) is saved, named "Kickoff",
edited ``--edits`` times (actors changed, added and deleted, links added), and named
"Later". Timed: ``Store.compare`` between the two (rebuilding both moments from the
journal, analysing both, comparing rows, findings and numbers), best of three, as the app
and ``mapper diff`` call it. Storage: the journal bytes the edits added and the bytes of the
snapshot rows, beside the bytes of the whole map, to show a snapshot costs what changed, not
the map's size. Goal: under 1 s at 500 actors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))

from store import postgres_url, sqlite_url, synthetic_map

from mapper.store import Store
from mapper.store.history import journal, snapshots

GOAL_SIZE, GOAL_SECONDS = 500, 1.0


def _bytes(store: Store, table, after: int = 0) -> int:
    """Bytes of the JSON a table holds for rows with id above ``after``."""
    with store.engine.connect() as conn:
        if table is journal:
            query = select(
                func.coalesce(
                    func.sum(func.length(journal.c.before) + func.length(journal.c.after)), 0
                )
            ).where(journal.c.id > after)
        else:
            query = select(func.coalesce(func.sum(func.length(snapshots.c.name) + 24), 0))
        return int(conn.execute(query).scalar())


def bench(url: str, size: int, edits: int) -> dict[str, float]:
    store = Store(url)
    try:
        pmap = synthetic_map(size)
        map_id = store.create_map(pmap)
        whole = _bytes(store, journal)
        store.snapshot(map_id, "Kickoff")
        with store.engine.connect() as conn:
            start_at = conn.execute(select(func.max(journal.c.id))).scalar()
        ids = [node["id"] for node in pmap.nodes()]
        for n in range(edits):
            match n % 4:
                case 0:
                    store.update_node(map_id, ids[n], {"power": 1 + n % 5})
                case 1:
                    store.add_node(map_id, {"label": f"Newcomer {n}"})
                case 2:
                    store.add_edge(map_id, ids[n], ids[n + 1], "accountable_to")
                case _:
                    store.delete_node(map_id, ids[-n])
        store.snapshot(map_id, "Later")
        best = min(_timed(lambda: store.compare(map_id, "Kickoff", "Later")) for _ in range(3))
        return {
            "seconds": best,
            "map_bytes": whole,
            "edits_bytes": _bytes(store, journal, start_at),
            "snapshot_bytes": _bytes(store, snapshots) / 2,
        }
    finally:
        store.close()


def _timed(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    databases = [("SQLite", sqlite_url)] + (
        [] if args.no_postgres else [("PostgreSQL", postgres_url)]
    )
    print(f"{'database':<11} {'actors':>6} {'diff (s)':>9} {'map (B)':>10} "
          f"{f'{args.edits} edits (B)':>14} {'a snapshot (B)':>15}")  # fmt: skip
    met = True
    for name, opener in databases:
        for size in args.sizes:
            with opener() as url:
                row = bench(url, size, args.edits)
            print(
                f"{name:<11} {size:>6} {row['seconds']:>9.3f} {row['map_bytes']:>10,} "
                f"{row['edits_bytes']:>14,} {row['snapshot_bytes']:>15,.0f}"
            )
            if size == GOAL_SIZE and row["seconds"] >= GOAL_SECONDS:
                met = False
    print(
        f"Goal: a diff between two snapshots of a {GOAL_SIZE}-actor map in under "
        f"{GOAL_SECONDS:g} s: {'met' if met else 'NOT met'}. A snapshot is a name and a "
        "position in the journal; the journal holds only the rows each edit touched."
    )


if __name__ == "__main__":
    main()
