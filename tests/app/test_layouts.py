"""Arrangements computed on the server, checked on small maps whose answer is known."""

from __future__ import annotations

import json
import math

import pytest

from mapper.app.layouts import LAYOUTS, SPACING, arrange, free_spot, placed, unplaced
from mapper.graph.model import PartnershipMap
from tests import SAMPLE_MAPS


def chain() -> PartnershipMap:
    """worker -> manager -> board (accountability), plus a loose actor."""
    m = PartnershipMap()
    m.add_node(label="Worker", power=1)
    m.add_node(label="Manager", power=3)
    m.add_node(label="Board", power=5)
    m.add_node(label="Loose")
    m.add_edge("worker", "manager", "accountable_to")
    m.add_edge("manager", "board", "accountable_to")
    m.add_edge("loose", "worker", "communicates")
    return m


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_arrangement_places_every_actor_apart(name: str) -> None:
    positions = arrange(chain(), name)
    assert set(positions) == {"worker", "manager", "board", "loose"}
    points = list(positions.values())
    gaps = [math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :]]
    assert min(gaps) >= SPACING * 0.5


def test_hierarchy_puts_whoever_answers_to_no_one_on_top() -> None:
    y = {node: point[1] for node, point in arrange(chain(), "hierarchy").items()}
    assert y["board"] < y["manager"] < y["worker"] < y["loose"]  # loose gets its own last row


def test_hierarchy_survives_circular_accountability() -> None:
    m = PartnershipMap()
    m.add_node(label="A")
    m.add_node(label="B")
    m.add_edge("a", "b", "accountable_to")
    m.add_edge("b", "a", "accountable_to")
    y = {node: point[1] for node, point in arrange(m, "hierarchy").items()}
    assert y["a"] == y["b"]


def test_power_rings_put_the_most_powerful_in_the_middle() -> None:
    radius = {node: math.hypot(*p) for node, p in arrange(chain(), "power").items()}
    assert radius["board"] == 0
    assert radius["board"] < radius["manager"] < radius["worker"] < radius["loose"]


def test_unknown_arrangement_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="expected one of: force, power, hierarchy, grid"):
        arrange(chain(), "spiral")


def test_placed_keeps_saved_positions_and_fills_the_rest_nearby() -> None:
    m = chain()
    m.update_node("worker", x=100, y=100)
    m.update_node("manager", x=400, y=100)
    m.update_node("board", x=700, y=100)
    assert unplaced(m) == ["loose"]
    positions = placed(m)
    assert positions["worker"] == (100.0, 100.0)
    # 'loose' is linked only to the worker, so it lands beside it, clear of everyone.
    assert math.dist(positions["loose"], (100, 100)) == pytest.approx(SPACING)
    assert placed(m) == positions  # deterministic


def test_a_map_without_positions_gets_the_force_arrangement() -> None:
    assert placed(chain()) == arrange(chain(), "force")
    assert arrange(PartnershipMap(), "grid") == {}


def test_free_spot_is_clear_of_crowded_actors() -> None:
    crowd = {
        f"n{i}": (x * 100.0, y * 100.0)
        for i, (x, y) in enumerate([(a, b) for a in range(-2, 3) for b in range(-2, 3)])
    }
    spot = free_spot(crowd)
    assert min(math.dist(spot, p) for p in crowd.values()) >= SPACING * 0.8


@pytest.mark.parametrize("sample", ["community-planning.json", "health-social-care-kickoff.json"])
def test_the_force_arrangement_lies_across_a_landscape_screen(sample: str) -> None:
    """A tall cloud was fitted by its height and filled a third of a laptop's canvas."""
    pmap = PartnershipMap.from_dict(json.loads((SAMPLE_MAPS / sample).read_text()))
    xs, ys = zip(*arrange(pmap, "force").values(), strict=True)
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert width / height >= 1.4
