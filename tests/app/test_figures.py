"""The pictures' plain geometry: where grid points and their names go, how tall the
accountability picture is, what a line's caption says. Expected values are worked out by
hand from the rules in each docstring."""

from __future__ import annotations

from itertools import combinations

import pytest

from mapper.app.figures import (
    CHIP_HEIGHT,
    CHIP_SIDES,
    CROWDED,
    HALF,
    Plot,
    _label_box,
    _name_boxes,
    _overlap,
    canvas_height,
    chip_places,
    chip_text,
    place_labels,
    spread,
    text_width,
)
from mapper.graph.insight import GridPoint, hierarchy_positions

PLOT = Plot()


def point(node: str, power: int, interest: int, label: str | None = None, role=None) -> GridPoint:
    return GridPoint(
        id=node,
        label=label or node,
        kind="organisation",
        role=role,
        sector="third",
        power=power,
        interest=interest,
        quadrant="manage closely",
        declared_rank=None,
        structural_rank=None,
        structural_level=None,
        gap=None,
    )


@pytest.mark.parametrize("count", [1, 2, CROWDED, CROWDED + 1, 9, 16])
def test_points_sharing_a_square_stay_inside_it_and_apart(count: int) -> None:
    points = [point(f"a{i}", 2, 3) for i in range(count)]
    places = spread(points)
    for x, y in places.values():
        # never further than HALF from the square's centre (3, 2): no quadrant line crossed
        assert abs(x - 3) <= HALF + 1e-9 and abs(y - 2) <= HALF + 1e-9
    pixels = [PLOT.pixels(*place) for place in places.values()]
    for (x1, y1), (x2, y2) in combinations(pixels, 2):
        # a marker is 16 px wide: centres at least that far apart on one axis never overlap
        assert max(abs(x1 - x2), abs(y1 - y2)) >= 16


def test_a_few_in_a_square_keep_their_exact_power() -> None:
    places = spread([point("a", 4, 2), point("b", 4, 2), point("c", 4, 2)])
    assert {y for _, y in places.values()} == {4.0}


def test_the_same_points_always_get_the_same_places() -> None:
    points = [point(f"a{i}", 1 + i % 3, 5 - i % 2) for i in range(12)]
    assert spread(points) == spread(list(reversed(points)))


def test_names_never_overlap_each_other_points_or_the_quadrant_names() -> None:
    names = ["Cairn Community Care", "Voluntary Action Carronvale", "Carronvale Carers Centre"]
    points = [
        point("a", 4, 5, names[0]),
        point("b", 3, 4, names[1]),
        point("c", 3, 5, names[2]),
        point("d", 5, 1, "Scottish Government"),
        point("e", 5, 2, "NHS Carronvale"),
        point("f", 5, 2, "The Inchcailloch Trust"),
    ]
    places = spread(points)
    sides = place_labels(points, places, _name_boxes(PLOT))
    boxes = {
        p.id: _label_box(p.label, *PLOT.pixels(*places[p.id]), sides[p.id])
        for p in points
        if p.id in sides
    }
    assert len(boxes) >= 4  # most names fit on this sparse grid
    for box in boxes.values():
        assert box[0] >= 0 and box[1] >= 0 and box[2] <= PLOT.width and box[3] <= PLOT.height
        assert not any(_overlap(box, name) for name in _name_boxes(PLOT))
    for one, other in combinations(boxes.values(), 2):
        assert not _overlap(one, other)
    for p in points:  # no name covers another actor's point
        x, y = PLOT.pixels(*places[p.id])
        mark = (x - 8, y - 8, x + 8, y + 8)
        assert not any(_overlap(mark, box) for node, box in boxes.items() if node != p.id)


def test_a_crowded_square_is_named_on_hover_only() -> None:
    points = [point(f"a{i}", 2, 4, f"Group {i}") for i in range(CROWDED + 1)]
    assert place_labels(points, spread(points)) == {}


@pytest.mark.parametrize("count", [1, 2, 4, 5, 8, 12])
def test_the_workshops_chips_of_a_square_stay_inside_it_and_apart(count: int) -> None:
    """Each chip's box (its name cut to fit, as drawn, with padding and border) lies in
    its square (interest 3, power 2), and no two overlap: up to twelve in a square at
    the workshop's size."""
    plot = Plot(width=900.0)
    points = [point(f"a{i}", 2, 3, f"Riverside Befriending Service {i}") for i in range(count)]
    chips = chip_places(points, plot)
    boxes = []
    for p in points:
        chip = chips[p.id]
        half = (text_width(chip_text(p.label, chip.room)) + CHIP_SIDES) / 2
        x, y = plot.pixels(chip.x, chip.y)
        boxes.append((x - half, y - CHIP_HEIGHT / 2, x + half, y + CHIP_HEIGHT / 2))
    left, top = plot.pixels(2.5, 2.5)
    right, bottom = plot.pixels(3.5, 1.5)
    for box in boxes:
        assert left <= box[0] and box[2] <= right and top <= box[1] and box[3] <= bottom
    for one, other in combinations(boxes, 2):
        assert not _overlap(one, other)


@pytest.mark.parametrize("room", [40.0, 75.0, 120.0, 300.0])
def test_a_chips_name_is_cut_to_its_room(room: float) -> None:
    for label in ("Claire Boyle (Discharge Coordinator, Carronvale Royal Infirmary)", "Wm"):
        text = chip_text(label, room)
        assert text_width(text) <= room or len(text) <= 2
        assert text == label or text.endswith("…") or label.startswith(text + " (")


def test_the_accountability_picture_grows_with_a_deep_hierarchy() -> None:
    import networkx as nx

    shallow = hierarchy_positions(nx.DiGraph([("a", "b")]))
    chain = hierarchy_positions(nx.DiGraph([(f"n{i}", f"n{i + 1}") for i in range(4)]))
    deep = hierarchy_positions(nx.DiGraph([(f"n{i}", f"n{i + 1}") for i in range(9)]))
    assert canvas_height(shallow) == 420  # the least
    # five rows 150 apart, one column: (600 + 160) px at the highest zoom, 0.85
    assert canvas_height(chain) == int((600 + 160) * 0.85)
    assert canvas_height(deep) == 900  # the most
    assert canvas_height({}) == 420
