"""Each callback is registered once: a page module imported by another module as well as by
Dash's page loader runs twice and registers its callbacks twice (the page then answers
with whichever runs last)."""

from __future__ import annotations

from collections import Counter

from mapper.app import create_app
from mapper.store import Store


def test_no_callback_output_is_registered_twice(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    try:
        answer = create_app(store).server.test_client().get("/_dash-dependencies")
    finally:
        store.close()
    outputs = Counter(spec["output"] for spec in answer.get_json())
    assert [output for output, count in outputs.items() if count > 1] == []
