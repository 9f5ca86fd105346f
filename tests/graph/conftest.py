"""A compact way to write the small hand-made maps the analysis tests run on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from mapper.graph.model import PartnershipMap
from mapper.graph.rules import Finding, registry, resolve_params

TODAY = dt.date(2026, 9, 15)

Builder = Callable[..., PartnershipMap]


def make_map(
    nodes: dict[str, dict[str, Any]],
    edges: list[tuple[str, str, str] | tuple[str, str, str, dict[str, Any]]],
    **meta: Any,
) -> PartnershipMap:
    """``nodes``: id -> attributes (kind defaults to organisation); ``edges``: (source,
    target, kind[, attributes])."""
    pmap = PartnershipMap(name=meta.pop("name", "Test map"), **meta)
    for node_id, attrs in nodes.items():
        if attrs.get("kind") != "person":
            pmap.add_node(id=node_id, **attrs)
    for node_id, attrs in nodes.items():
        if attrs.get("kind") == "person":
            pmap.add_node(id=node_id, **attrs)
    for source, target, kind, *rest in edges:
        pmap.add_edge(source, target, kind, **(rest[0] if rest else {}))
    return pmap


def run(rule_id: str, pmap: PartnershipMap, **params: Any) -> list[Finding]:
    """The findings of one rule, with default parameters unless overridden."""
    settings = resolve_params({rule_id: params} if params else None)[rule_id]
    return registry()[rule_id].check(pmap, settings, TODAY)


def fired(rule_id: str, pmap: PartnershipMap, **params: Any) -> list[tuple[str, ...]]:
    """The nodes of each finding a rule made (not-enough-data notes included, as ())."""
    return [f.nodes for f in run(rule_id, pmap, **params)]


@pytest.fixture(name="today")
def today_fixture() -> dt.date:
    return TODAY


@pytest.fixture(name="build")
def build_fixture() -> Builder:
    return make_map


@pytest.fixture(name="run")
def run_fixture() -> Callable[..., list[Finding]]:
    return run


@pytest.fixture(name="fired")
def fired_fixture() -> Callable[..., list[tuple[str, ...]]]:
    return fired
