"""A busy workshop against `mapper serve --workers N`: 20 editors for 60 s; prints tables.

    .venv/bin/python benchmarks/load.py [--editors 20] [--seconds 60] [--workers 1 2 4]
                                        [--no-sqlite] [--saturation-seconds 20]

Each editor is a browser of its own (its own session, through an edit link) sending the
editor page's real callbacks over HTTP: every 2 s it adds an actor or moves one it added
(in turns), and every 0.4 s it asks for the map's version as the page does; so 20 editors make about
10 edits a second. A move is checked as the page does it (the answer must redraw), an add
by the status line it returns. Afterwards the store must hold every acknowledged edit: an
added actor missing, or an actor not where its last acknowledged move put it, is a lost
edit. Each run starts on a fresh database holding a copy of the 98-actor sample map.

Goal, at that load on this 2-core machine: p95 <= 300 ms, no errors, no lost edits.
Then the saturation point: the same editors sending edits back to back, no pauses.
The editors run in this process on the same cores as the server, as a workshop's
laptops would not: read the numbers as an upper bound on the server's latency.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' HTTP client

from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.dash_http import DashClient, running_server

PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SAMPLE = (
    Path(__file__).resolve().parents[1] / "mapper" / "data" / "samples" / "community-planning.json"
)
EDIT_EVERY = 2.0
POLL_EVERY = 0.4  # as mapper.app.presence.LIVE_MS
GOAL_P95 = 0.300


@contextmanager
def database(kind: str) -> Iterator[str]:
    """A fresh, empty database of ``kind`` (sqlite or postgres), removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'load.db'}"
        return
    schema = f"bench_load_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{PG_URL}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@dataclass
class Editor:
    """One simulated browser: what it sent, how long each answer took, what was acked."""

    number: int
    client: DashClient
    map_id: int
    shown: int = 0
    edit_times: list[float] = field(default_factory=list)
    poll_times: list[float] = field(default_factory=list)
    answer_bytes: list[int] = field(default_factory=list)
    whole: int = 0  # answers that carried the whole map, not what changed
    errors: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # labels acknowledged
    ids: list[str] = field(default_factory=list)  # their actor ids, for moves
    placed: dict[str, tuple[float, float]] = field(default_factory=dict)  # last acked move

    def _sent(self, answer: requests.Response, began: float, times: list[float]) -> dict | None:
        times.append(time.perf_counter() - began)
        self.answer_bytes.append(len(answer.content))
        if answer.status_code == 204:
            return None
        if answer.status_code != 200:
            self.errors.append(f"HTTP {answer.status_code}")
            return None
        found = json.loads(answer.content)["response"]
        drawn = found.get("editor-drawn", {}).get("data")
        if drawn:
            self.shown = drawn["version"]
            self.whole += "elements" in drawn
        return found

    def edit(self, turn: int) -> None:
        try:
            self._edit(turn)
        except requests.RequestException as error:
            self.errors.append(type(error).__name__)

    def _edit(self, turn: int) -> None:
        began = time.perf_counter()
        if turn % 2 == 0 or not self.ids:
            label = f"Editor {self.number} actor {turn}"
            answer = self.client.add_actor(self.map_id, label, shown=self.shown)
            found = self._sent(answer, began, self.edit_times)
            if found is not None:
                status = found.get("editor-status", {}).get("children", "")
                if status == f"Added {label}.":
                    self.added.append(label)
                    self.ids.append(_slug(label))
                else:
                    self.errors.append(f"add answered {status!r}")
            return
        node = random.choice(self.ids)
        spot = (round(random.uniform(-2000, 2000), 1), round(random.uniform(-2000, 2000), 1))
        answer = self.client.move(self.map_id, {node: spot}, turn, self.shown)
        found = self._sent(answer, began, self.edit_times)
        if found is not None:
            saved = found.get("editor-drawn", {}).get("data", {}).get("saved")
            if saved == turn:
                self.placed[node] = spot
            else:
                self.errors.append(f"move answered batch {saved!r}")

    def poll(self, count: int) -> None:
        """As the page does: ask the live route, and redraw only when the version moved."""
        began = time.perf_counter()
        try:
            live = self.client.live(self.map_id, f"editor-{self.number}", beat=count % 5 == 1)
            live.raise_for_status()
            version = live.json()["version"]
            if version == self.shown:
                self.poll_times.append(time.perf_counter() - began)
                return
            answer = self.client.redraw(self.map_id, self.shown, version)
            self._sent(answer, began, self.poll_times)
        except requests.RequestException as error:
            self.errors.append(type(error).__name__)


def _slug(label: str) -> str:
    return label.lower().replace(" ", "-")


def run_editors(
    url: str, tokens: list[str], map_id: int, seconds: float, paced: bool
) -> list[Editor]:
    """The editors, each in a thread, for ``seconds``; paced as a workshop, or back to back."""
    editors = []
    for number, token in enumerate(tokens):
        http = requests.Session()
        http.get(f"{url}/share/{token}", allow_redirects=False).raise_for_status()
        client = DashClient(url, http)
        editor = Editor(number=number, client=client, map_id=map_id)
        opened = client.page(f"/maps/{map_id}")
        opened.raise_for_status()  # also places the sample's actors, on the first open
        editor.shown = _version_in_page(opened.text)
        editors.append(editor)
    start = time.perf_counter() + 0.5
    stop = start + seconds

    def work(editor: Editor) -> None:
        rng = random.Random(editor.number)
        offset = rng.uniform(0, EDIT_EVERY) if paced else 0.0
        next_edit, next_poll, turn, polls = start + offset, start + rng.uniform(0, POLL_EVERY), 0, 0
        while True:
            now = time.perf_counter()
            if not paced:
                if now >= stop:
                    return
                editor.edit(turn)
                turn += 1
                continue
            due = min(next_edit, next_poll)
            if due >= stop:
                return
            if due > now:
                time.sleep(due - now)
            if next_edit <= next_poll:
                editor.edit(turn)
                turn += 1
                next_edit += EDIT_EVERY
            else:
                polls += 1
                editor.poll(polls)
                next_poll += POLL_EVERY

    threads = [threading.Thread(target=work, args=(editor,)) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return editors


def _version_in_page(text: str) -> int:
    """The map's version the opened page shows (its ``editor-version`` store)."""

    def find(tree: object) -> int | None:
        if isinstance(tree, dict):
            props = tree.get("props")
            if isinstance(props, dict) and props.get("id") == "editor-version":
                return props["data"]
            return next((v for v in map(find, tree.values()) if v is not None), None)
        if isinstance(tree, list):
            return next((v for v in map(find, tree) if v is not None), None)
        return None

    found = find(json.loads(text))
    assert found is not None, "the editor page has no version"
    return found


def lost_edits(store: Store, map_id: int, editors: list[Editor]) -> int:
    pmap = store.load_map(map_id)
    labels = {node.get("label") for node in pmap.nodes()}
    lost = sum(label not in labels for editor in editors for label in editor.added)
    for editor in editors:
        for node, (x, y) in editor.placed.items():
            attrs = pmap.graph.nodes.get(node)
            if attrs is None or (attrs.get("x"), attrs.get("y")) != (x, y):
                lost += 1
    return lost


def measure(kind: str, workers: int, editors: int, seconds: float, paced: bool) -> dict:
    with database(kind) as url:
        store = Store(url)
        pmap = PartnershipMap.from_dict(json.loads(SAMPLE.read_text("utf-8")))
        pmap.name = "Load test"
        map_id = store.create_map(pmap)
        tokens = [store.share(map_id, can_edit=True)[1] for _ in range(editors)]
        env = {"MAPPER_PASSWORD": "load test password"}
        with running_server("--database", url, "--workers", str(workers), env=env) as server:
            ran = run_editors(server.url, tokens, map_id, seconds, paced)
            log = server.output()
        edits = [t for editor in ran for t in editor.edit_times]
        polls = [t for editor in ran for t in editor.poll_times]
        sizes = [b for editor in ran for b in editor.answer_bytes]
        errors = [e for editor in ran for e in editor.errors]
        drawn = sum(1 for editor in ran for _ in editor.edit_times) + len(polls)
        result = {
            "database": "PostgreSQL" if kind == "postgres" else "SQLite",
            "workers": workers,
            "edits/s": len(edits) / seconds,
            "p50": statistics.median(edits),
            "p95": _p95(edits),
            "poll p95": _p95(polls) if polls else None,
            "errors": len(errors) + log.count("Traceback"),
            "lost": lost_edits(store, map_id, ran),
            "answer kB": statistics.mean(sizes) / 1024,
            "whole": sum(editor.whole for editor in ran) / max(drawn, 1),
            "actors": len(store.load_map(map_id).graph),
        }
        store.close()
        if errors:
            print(f"  errors: {sorted(set(errors))[:5]}", file=sys.stderr)
        return result


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]


def print_table(title: str, rows: list[dict], paced: bool) -> None:
    print(f"\n{title}\n")
    head = (
        "| database | workers | edits/s | p50 | p95 | polls p95 | errors | lost edits "
        "| answer (whole map) | actors at end |"
    )
    if paced:
        head += " goal |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for row in rows:
        polls = f"{row['poll p95'] * 1000:.0f} ms" if row["poll p95"] is not None else "-"
        line = (
            f"| {row['database']} | {row['workers']} | {row['edits/s']:.1f} | "
            f"{row['p50'] * 1000:.0f} ms | {row['p95'] * 1000:.0f} ms | {polls} | "
            f"{row['errors']} | {row['lost']} | {row['answer kB']:.0f} kB ({row['whole']:.0%}) | "
            f"{row['actors']} |"
        )
        if paced:
            met = row["p95"] <= GOAL_P95 and not row["errors"] and not row["lost"]
            line += f" {'met' if met else 'missed'} |"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--saturation-seconds", type=float, default=20)
    args = parser.parse_args()
    kinds = ["postgres"] + ([] if args.no_sqlite else ["sqlite"])
    print(f"Load average before: {_load()} (this machine has {os.cpu_count()} cores)")

    rows = [
        measure(kind, workers, args.editors, args.seconds, paced=True)
        for kind in kinds
        for workers in args.workers
    ]
    print_table(
        f"A workshop: {args.editors} editors, an edit every {EDIT_EVERY:g} s and a poll every "
        f"{POLL_EVERY:g} s each, for {args.seconds:g} s (goal: p95 <= {GOAL_P95 * 1000:.0f} ms, "
        "no errors, no lost edits)",
        rows,
        paced=True,
    )
    if args.saturation_seconds:
        rows = [
            measure("postgres", workers, args.editors, args.saturation_seconds, paced=False)
            for workers in args.workers
        ]
        print_table(
            f"Saturation on PostgreSQL: {args.editors} editors sending edits back to back for "
            f"{args.saturation_seconds:g} s (edits/s is the most the server keeps up with)",
            rows,
            paced=False,
        )

    print(f"\nLoad average after: {_load()}")


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
