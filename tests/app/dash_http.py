"""The app's callbacks sent over HTTP as its page sends them, and real servers to send them to.

``DashClient`` builds each request from the app's own ``/_dash-dependencies`` (the ids,
properties and output hashes the page would use), so a test or a benchmark posts exactly
what a browser posts, with the cookies of its ``requests`` session. ``running_server``
starts ``mapper serve`` in a process of its own, as a user would.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import requests

__all__ = ["DashClient", "Server", "running_server"]


class DashClient:
    """Posts callbacks to the app at ``base_url`` with ``http``'s cookies."""

    def __init__(self, base_url: str, http: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = http or requests.Session()
        self._specs: list[dict[str, Any]] | None = None

    def spec(self, output: str, changed: str | None = None) -> dict[str, Any]:
        """The one callback whose outputs include ``output`` ("id.property") and whose
        inputs, if given, ``changed``."""
        if self._specs is None:
            answer = self.http.get(f"{self.base_url}/_dash-dependencies", timeout=30)
            answer.raise_for_status()
            self._specs = answer.json()
        found = [
            spec
            for spec in self._specs
            if output in _outputs(spec["output"])
            and (
                changed is None or changed in (f"{i['id']}.{i['property']}" for i in spec["inputs"])
            )
        ]
        assert len(found) == 1, f"{len(found)} callbacks output {output} from {changed}"
        return found[0]

    def payload(self, output: str, changed: str, values: dict[str, Any]) -> dict[str, Any]:
        """The request body: ``values`` by "id.property" (a dict id written as the page
        writes it, JSON with sorted keys); for an ``ALL`` dependency, a list of
        (id, value) pairs. ``changed`` is the input that set the callback off."""
        spec = self.spec(output, changed)

        def entries(deps: list[dict[str, str]]) -> list[Any]:
            made: list[Any] = []
            for dep in deps:
                key = f"{dep['id']}.{dep['property']}"
                if '["ALL"]' in dep["id"]:
                    made.append(
                        [
                            {"id": one, "property": dep["property"], "value": value}
                            for one, value in values.get(key, [])
                        ]
                    )
                    continue
                entry = {"id": _id(dep["id"]), "property": dep["property"]}
                if key in values:
                    entry["value"] = values[key]
                made.append(entry)
            return made

        outputs = [
            {"id": _id(part.rsplit(".", 1)[0]), "property": part.rsplit(".", 1)[1]}
            for part in _outputs(spec["output"], keep_hash=True)
        ]
        return {
            "output": spec["output"],
            "outputs": outputs if len(outputs) > 1 else outputs[0],
            "inputs": entries(spec["inputs"]),
            "state": entries(spec["state"]),
            "changedPropIds": [changed],
        }

    def call(self, output: str, changed: str, values: dict[str, Any]) -> requests.Response:
        """Post the callback as the page does, from the page's own origin."""
        return self.http.post(
            f"{self.base_url}/_dash-update-component",
            json=self.payload(output, changed, values),
            headers={"Origin": self.base_url},
            timeout=60,
        )

    def page(self, path: str) -> requests.Response:
        """What the page at ``path`` shows (Dash's page-routing callback)."""
        return self.call(
            "_pages_content.children",
            "_pages_location.pathname",
            {"_pages_location.pathname": path, "_pages_location.search": ""},
        )

    def add_actor(self, map_id: int, label: str, shown: int | None = None) -> requests.Response:
        """The editor's "Add to the map" with ``label`` typed in, the page showing
        version ``shown`` of the map."""
        fields = [
            (_field(name), value) for name, value in (("label", label), ("kind", "organisation"))
        ]
        return self.call(
            "editor-add-feedback.children",
            "editor-add-save.n_clicks",
            {
                "editor-add-save.n_clicks": 1,
                _ALL_FIELDS + ".value": fields,
                _ALL_FIELDS + ".id": [(one, one) for one, _ in fields],
                "editor-map-id.data": map_id,
                "editor-version.data": shown,
            },
        )

    def move(
        self, map_id: int, positions: dict[str, tuple[float, float]], batch: int, shown: int
    ) -> requests.Response:
        """Actors dropped where ``positions`` says, as the canvas script reports a drag."""
        return self.call(
            "editor-drawn.data",
            "editor-moved.data",
            {
                "editor-moved.data": {"positions": positions, "batch": batch},
                "editor-map-id.data": map_id,
                "editor-version.data": shown,
            },
        )

    def live(self, map_id: int, tab: str, beat: bool = False) -> requests.Response:
        """The editor page's ask for the map's version (and, with ``beat``, its heartbeat
        and who else is here), several times a second."""
        query = f"tab={tab}&beat=1" if beat else f"tab={tab}"
        return self.http.get(f"{self.base_url}/live/{map_id}?{query}", timeout=60)

    def redraw(self, map_id: int, shown: int, version: int) -> requests.Response:
        """The redraw the page runs when the live route's version differs from ``shown``."""
        return self.call(
            "editor-drawn.data",
            "editor-live.data",
            {
                "editor-live.data": {"version": version, "at": time.time()},
                "editor-map-id.data": map_id,
                "editor-version.data": shown,
            },
        )


_ALL_FIELDS = '{"form":"new-actor","name":["ALL"],"type":"field"}'


def _field(name: str) -> dict[str, str]:
    return {"form": "new-actor", "name": name, "type": "field"}


def _outputs(output: str, keep_hash: bool = False) -> list[str]:
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return parts if keep_hash else [part.split("@")[0] for part in parts]


def _id(text: str) -> Any:
    return json.loads(text) if text.startswith("{") else text


@dataclass
class Server:
    """A ``mapper serve`` process: where it listens and what it has printed so far."""

    url: str
    printed: list[str]

    def output(self) -> str:
        return "".join(self.printed)


@contextmanager
def running_server(*args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """``mapper serve --port 0 ARGS`` in a process of its own, as a user starts it; yields
    it once it listens, and stops it with Ctrl+C's signal afterwards."""
    command = [sys.executable, "-m", "mapper", "serve", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    printed: list[str] = []
    ready = threading.Event()

    def read() -> None:  # all along, so that the server never blocks on a full pipe
        for line in process.stdout:  # type: ignore[union-attr]
            printed.append(line)
            if line.startswith("Open "):
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(60)
    opened = [line for line in printed if line.startswith("Open ")]
    if process.poll() is not None or not opened:
        process.kill()
        raise RuntimeError("mapper serve did not start:\n" + "".join(printed))
    here = re.search(r"listening on (http://\S+?)/?\)", opened[0]) or re.match(
        r"Open (\S+)", opened[0]
    )
    try:
        yield Server(url=here.group(1).rstrip("/"), printed=printed)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
