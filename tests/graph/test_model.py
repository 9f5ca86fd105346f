"""The model refuses what a partnership map cannot contain, and says exactly why."""

import pytest

from mapper.graph.model import MapValidationError, PartnershipMap, build_map, slugify


@pytest.fixture
def small_map() -> PartnershipMap:
    pmap = PartnershipMap(name="Test")
    pmap.add_node(label="Lead Charity", role="lead partner", power=4, interest=5)
    pmap.add_node(label="Council", sector="public")
    pmap.add_node(label="Steering Group", kind="forum")
    pmap.add_node(label="Jo Smith", kind="person", organisation="lead-charity", level="operational")
    return pmap


def messages(error: MapValidationError) -> list[str]:
    return [str(problem) for problem in error.problems]


@pytest.mark.parametrize(
    ("attrs", "expected"),
    [
        (
            {"label": "X", "kind": "spaceship"},
            "'spaceship' is not valid; expected one of: organisation",
        ),
        (
            {"label": "X", "power": 6},
            "'power': 6 is not valid; expected a whole number from 1 to 5",
        ),
        ({"label": "X", "power": "2.5"}, "expected a whole number from 1 to 5"),
        ({"label": "X", "interest": 0}, "expected a whole number from 1 to 5"),
        ({"label": "X", "recorded_at": "31/12/2026"}, "expected a date written YYYY-MM-DD"),
        ({"label": "X", "role": "boss"}, "expected one of: lead partner, partner, stakeholder"),
        ({"kind": "group"}, "Each actor needs a name"),
        ({"label": "X", "kind": "person", "organisation": "nowhere"}, "the id of an organisation"),
        ({"label": "X", "kind": "person", "organisation": "steering-group"}, "it names a forum"),
    ],
)
def test_bad_node_is_refused_with_the_reason(small_map, attrs, expected):
    before = small_map.to_dict()
    with pytest.raises(MapValidationError) as caught:
        small_map.add_node(**attrs)
    assert any(expected in message for message in messages(caught.value)), messages(caught.value)
    assert small_map.to_dict() == before


@pytest.mark.parametrize(
    ("source", "target", "kind", "attrs", "expected"),
    [
        (
            "lead-charity",
            "ghost",
            "communicates",
            {},
            "names 'ghost', who is not on the map",
        ),
        ("lead-charity", "council", "hugs", {}, "expected one of: accountable_to, communicates"),
        (
            "council",
            "lead-charity",
            "member_of",
            {},
            "a forum to sit on ('lead-charity' is a organisation)",
        ),
        ("council", "lead-charity", "resource", {}, "what flows: funding"),
        ("council", "lead-charity", "resource", {"resource": "gold"}, "'gold' is not valid"),
        ("council", "council", "communicates", {}, "two different actors"),
        ("council", "lead-charity", "communicates", {"last_contact": "2026-13-01"}, "YYYY-MM-DD"),
        ("council", "lead-charity", "resource", {"resource": "funding", "amount": -5}, "0 or more"),
    ],
)
def test_bad_edge_is_refused_with_the_reason(small_map, source, target, kind, attrs, expected):
    before = small_map.to_dict()
    with pytest.raises(MapValidationError) as caught:
        small_map.add_edge(source, target, kind, **attrs)
    assert any(expected in message for message in messages(caught.value)), messages(caught.value)
    assert small_map.to_dict() == before


def test_ids_are_slugs_made_unique(small_map):
    assert small_map.add_node(label="Council") == "council-2"
    assert slugify("Café Ôlé — Ltd.") == "cafe-ole-ltd"


def test_values_are_coerced_to_their_types(small_map):
    node_id = small_map.add_node(label="Trust", power="5", skills="finance | law |", x="-12.5")
    node = small_map.node(node_id)
    assert (node["power"], node["skills"], node["x"]) == (5, ["finance", "law"], -12.5)
    edge_id = small_map.add_edge(
        node_id, "lead-charity", "Resource", resource="Funding", amount="£12,000", mutual="yes"
    )
    edge = small_map.edge(edge_id)
    assert (edge["kind"], edge["resource"], edge["amount"], edge["mutual"]) == (
        "resource", "funding", 12000, True,
    )  # fmt: skip


def test_several_links_between_the_same_pair_stay_distinct(small_map):
    first = small_map.add_edge("council", "lead-charity", "communicates", channel="email")
    second = small_map.add_edge("council", "lead-charity", "communicates", channel="meeting")
    assert first != second
    assert small_map.graph.number_of_edges("council", "lead-charity") == 2


def test_update_and_remove(small_map):
    edge_id = small_map.add_edge("jo-smith", "steering-group", "member_of", role="member")
    small_map.update_node("council", power=2, sector=None)
    assert small_map.node("council") == {
        "id": "council",
        "label": "Council",
        "kind": "organisation",
        "power": 2,
    }
    small_map.update_edge(edge_id, role="chair", voting=True)
    assert small_map.edge(edge_id)["role"] == "chair"
    with pytest.raises(MapValidationError):  # the steering group cannot stop being a forum
        small_map.update_node("steering-group", kind="organisation")
    assert small_map.node("steering-group")["kind"] == "forum"
    assert small_map.remove_node("lead-charity") == 0
    assert "organisation" not in small_map.node("jo-smith")
    assert small_map.remove_node("jo-smith") == 1


def test_build_map_reports_every_problem_at_once_and_builds_nothing():
    with pytest.raises(MapValidationError) as caught:
        build_map(
            {"name": "M", "date": "yesterday"},
            [("row 2", {"id": "a", "power": 9}), ("row 3", {"id": "b"}), ("row 4", {"id": "b"})],
            [("row 2", {"source": "a", "target": "b", "kind": "communicates"}),
             ("row 3", {"source": "b", "target": "c", "kind": "communicates"})],
        )  # fmt: skip
    found = messages(caught.value)
    assert len(found) == 4, (
        found
    )  # the date, a's power, b twice, c missing (a's link is not blamed)
    assert found[0].startswith("map details, column 'date'")
    assert "row 4, column 'id': 'b' is not valid; expected a unique id" in found[2]
    assert "row 3 names 'c', who is not on the map" in found[3]


def test_round_trip_through_the_native_dict(small_map):
    small_map.add_edge(
        "lead-charity", "council", "communicates", last_contact="2026-05-01", id="e7"
    )
    small_map.add_edge("council", "lead-charity", "influences", strength=3)
    again = PartnershipMap.from_dict(small_map.to_dict())
    assert again.to_dict() == small_map.to_dict()
    assert again.edge("e7")["last_contact"] == "2026-05-01"
    assert {edge["id"] for edge in again.edges()} == {"e7", "e2"}
