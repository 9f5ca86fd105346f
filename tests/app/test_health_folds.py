"""The health check draws its counts and first findings at once, the rest on request: on
the 98-actor Ardmuir sample, hundreds of cards would otherwise go to the browser at once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mapper.app.components import health
from mapper.app.components.health import health_view
from mapper.graph.model import PartnershipMap
from mapper.store.seed import sample_files


@pytest.fixture(scope="module")
def ardmuir() -> PartnershipMap:
    path = next(p for p in sample_files() if p.name == "community-planning.json")
    return PartnershipMap.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _ids(tree: Any, kind: str) -> list[dict]:
    """The dict ids of type ``kind`` in a component tree, in order."""
    if isinstance(tree, list | tuple):
        return [found for part in tree for found in _ids(part, kind)]
    if not hasattr(tree, "to_plotly_json"):
        return []
    own = getattr(tree, "id", None)
    mine = [own] if isinstance(own, dict) and own.get("type") == kind else []
    return (
        mine
        + _ids(getattr(tree, "children", None), kind)
        + _ids(getattr(tree, "title", None), kind)
    )


def _cards(tree: Any) -> list[dict]:
    return _ids(tree, "finding-box")


def _folds(tree: Any) -> list[str]:
    return [found["group"] for found in _ids(tree, "health-fold")]


def test_only_the_first_findings_are_drawn_until_a_fold_is_opened(ardmuir, monkeypatch):
    monkeypatch.setattr(health, "FIRST_SHOWN", 2)  # the sample has 5 to take up first
    intro, principles, targets = health_view(ardmuir, {})
    first = _cards(intro)
    folds = _folds([intro, principles])

    assert len(first) == 2
    assert _cards(principles) == []
    assert "first" in folds and "P1/discuss" in folds
    assert len(targets) > 50  # every finding can still be lit up on the map

    everything = frozenset(folds)
    intro, principles, _ = health_view(ardmuir, {}, drawn=everything)
    assert len(_cards(intro)) == 5
    assert len(_cards(principles)) > 50


def test_the_fold_holding_the_lit_finding_is_drawn(ardmuir):
    intro, principles, targets = health_view(ardmuir, {}, drawn=frozenset({"P1/discuss"}))
    opened = {card["key"] for card in _cards([intro, principles])}
    hidden = next(key for key in targets if key not in opened)

    _, principles, _ = health_view(ardmuir, {}, active=hidden)

    assert hidden in {card["key"] for card in _cards(principles)}
