"""Each callback is registered once: a page module imported by another module as well as by
Dash's page loader runs twice and registers its callbacks twice (the page then answers
with whichever runs last). Checked in a process of its own, as making an app registers
callbacks for the whole process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

SCRIPT = """
import json, sys, tempfile
from mapper.app import create_app
from mapper.store import Store
store = Store(f"sqlite:///{tempfile.mkdtemp()}/maps.db")
specs = create_app(store).server.test_client().get("/_dash-dependencies").get_json()
store.close()
json.dump([spec["output"] for spec in specs], sys.stdout)
"""


def test_no_callback_output_is_registered_twice() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    outputs = Counter(json.loads(done.stdout))
    assert outputs and [output for output, count in outputs.items() if count > 1] == []
