"""Acknowledged edits survive ``kill -9``, on SQLite and on PostgreSQL.

An editor process adds actors one by one and prints each one's number once ``add_node``
has returned (the edit is acknowledged, as the app acknowledges it to a browser). The
test kills it with SIGKILL at a moment drawn from a fixed seed, mid-stream, several times
over; afterwards every acknowledged actor must be in the map, the map must load, and the
next editor must carry on from there. At most the one edit in flight may land without
its acknowledgement, never half of it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from mapper.graph.model import PartnershipMap
from mapper.store import Store

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
        [sys.executable, "-c", EDITOR, url, str(map_id), str(start)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert editor.stdout is not None
    first = editor.stdout.readline()
    assert first.strip() == str(start), editor.stderr.read() if editor.stderr else ""
    time.sleep(after)
    os.kill(editor.pid, signal.SIGKILL)
    editor.wait()
    assert editor.returncode == -signal.SIGKILL
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
