"""Acknowledged edits survive ``kill -9``, and a killed import leaves nothing behind, on
SQLite and on PostgreSQL.

An editor process adds actors one by one and prints each one's number once ``add_node``
has returned (the edit is acknowledged, as the app acknowledges it to a browser). The
test kills it with SIGKILL at a moment drawn from a fixed seed, mid-stream, several times
over; afterwards every acknowledged actor must be in the map, the map must load, and the
next editor must carry on from there. At most the one edit in flight may land without
its acknowledgement, never half of it.

An import of 5,000 actors is killed the same way once it has been writing for 30 ms:
inside the transaction inserting the rows, not the few milliseconds of opening the store.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mapper.cli import main
from mapper.graph.model import PartnershipMap
from mapper.io import export_map
from mapper.store import Store
from tests.generated import chain_map
from tests.store.conftest import _pg_admin

ROOT = Path(__file__).resolve().parents[2]
KILLS = 4
EDITOR = """
import sys
from mapper.store import Store

store = Store(sys.argv[1])
map_id, number = int(sys.argv[2]), int(sys.argv[3])
while True:
    store.add_node(map_id, {"id": f"a{number}", "label": f"Actor {number}", "notes": "x" * 200})
    print(number, flush=True)  # acknowledged: the edit's transaction has committed
    number += 1
"""


def _run_editor_until_killed(url: str, map_id: int, start: int, after: float) -> list[int]:
    """Start an editor at actor ``start``, kill it ``after`` seconds past its first
    acknowledgement; returns the numbers it acknowledged."""
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, _tagged(url), str(map_id), str(start)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert editor.stdout is not None
    first = editor.stdout.readline()
    assert first.strip() == str(start), editor.stderr.read() if editor.stderr else ""
    time.sleep(after)
    os.kill(editor.pid, signal.SIGKILL)
    editor.wait()
    assert editor.returncode == -signal.SIGKILL
    _wait_for_server_to_let_go(url)
    return [start, *(int(line) for line in editor.stdout.read().split())]


def test_acknowledged_edits_survive_kill_9(open_store):
    store: Store = open_store()
    url = store.url
    map_id = store.create_map(PartnershipMap(name="Durability"))
    rng = random.Random(13)
    acknowledged: set[int] = set()
    stored: set[int] = set()
    for _ in range(KILLS):
        before = stored
        acknowledged |= set(
            _run_editor_until_killed(url, map_id, len(before), rng.uniform(0.2, 0.6))
        )
        stored = {int(node[1:]) for node in open_store().load_map(map_id).graph}
        assert acknowledged <= stored, "an acknowledged edit was lost"
        assert len(stored - acknowledged - before) <= 1  # only the one in flight, if any
        assert stored == set(range(len(stored)))  # no gap: no edit half-applied
    assert len(acknowledged) >= KILLS * 5  # the editors got well into their work
    assert store.history(map_id, limit=1)  # the change log is readable after the kills


@contextmanager
def _writing(url: str) -> Iterator[Callable[[], bool]]:
    """A check of whether a process tagged by :func:`_tagged` is inside a transaction that
    has written: it holds SQLite's write lock, or PostgreSQL gave it a transaction id."""
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")

        def holds_lock() -> bool:
            probe = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
                return False
            except sqlite3.OperationalError:  # "database is locked"
                return True
            finally:
                probe.close()

        yield holds_lock
        return
    query = (
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE application_name = %s AND backend_xid IS NOT NULL"
    )
    with _pg_admin() as admin:
        yield lambda: admin.execute(query, (TAG,)).fetchone()[0] > 0


TAG = "mapper-kill-test"


def _tagged(url: str) -> str:
    """``url`` for a process whose PostgreSQL connections :func:`_writing` can find."""
    return url if url.startswith("sqlite") else f"{url}&application_name={TAG}"


def _wait_for_server_to_let_go(url: str) -> None:
    """Wait until PostgreSQL has ended the killed process's session: a COMMIT sent just
    before the kill may still be landing, and reading before it lands would count the
    edit as lost (SQLite has no server: once the process is gone, so is its work)."""
    if url.startswith("sqlite"):
        return
    deadline = time.monotonic() + 10
    with _pg_admin() as admin:
        query = "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s"
        while admin.execute(query, (TAG,)).fetchone()[0]:
            assert time.monotonic() < deadline, "PostgreSQL kept the killed session open"
            time.sleep(0.01)


def _maps(store: Store) -> list[tuple[int, str, int, int]]:
    return [(m.id, m.name, m.nodes, m.edges) for m in store.list_maps()]


def test_killing_an_import_halfway_leaves_the_database_as_it_was(open_store, tmp_path):
    store: Store = open_store()
    url = store.url
    existing = PartnershipMap(name="Tiny partnership")
    for label in ("Alpha Trust", "Beta Council", "Gamma Forum"):
        existing.add_node(label=label)
    store.create_map(existing)
    before = _maps(store)
    big = tmp_path / "big.xlsx"
    big.write_bytes(export_map(chain_map(5000), "xlsx")[0])
    process = subprocess.Popen(
        [sys.executable, "-m", "mapper.cli", "import", str(big), "--database", _tagged(url)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    since = None
    with _writing(url) as writing:
        while since is None or time.monotonic() - since < 0.03:
            assert process.poll() is None, "the import ended before it was caught writing"
            assert time.monotonic() < deadline, "the import never started writing"
            if not writing():
                since = None
            elif since is None:
                since = time.monotonic()
            time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert process.stdout is not None and process.stdout.read() == b""  # never said "imported"
    after = open_store()
    assert _maps(after) == before
    assert len(after.load_map(before[0][0]).graph) == 3
    # and the same import, left to finish, lands whole
    assert main(["import", str(big), "--database", url]) == 0
    assert _maps(open_store())[0][2:] == (5000, 14994)
