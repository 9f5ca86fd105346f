"""What changed between two moments of a map: rows, findings, the numbers a review watches,
and an updated spreadsheet matched to the map it updates."""

from __future__ import annotations

import datetime as dt

from mapper.graph.analyse import analyse
from mapper.graph.diff import Change, compare_rows, diff_maps, key_numbers, match_import
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import MapView

from .conftest import TODAY, make_map


def _kickoff() -> PartnershipMap:
    return make_map(
        {
            "lead": {"label": "Riverside Trust", "role": "lead partner"},
            "council": {"label": "City Council", "role": "partner", "power": 5},
            "funder": {"label": "Big Fund", "category": "funder", "role": "stakeholder"},
            "carers": {"label": "Carers", "kind": "group", "category": "service users"},
        },
        [
            ("lead", "council", "communicates", {"mutual": True, "last_contact": "2026-09-01"}),
            ("funder", "lead", "resource", {"resource": "funding", "amount": 30000}),
            ("council", "lead", "resource", {"resource": "funding", "amount": 10000}),
            ("lead", "funder", "accountable_to"),
        ],
    )


def _six_months_on() -> PartnershipMap:
    pmap = _kickoff()
    pmap.add_node(id="food", label="Food Bank", role="partner", x=100, y=50)
    pmap.update_node("council", power=3, x=999)  # a move alone is not a change
    pmap.update_node("lead", x=5)
    pmap.remove_edge("e3")  # the council's funding ends
    pmap.add_edge("lead", "carers", "communicates", id="e9", mutual=True)
    return pmap


def test_actors_and_links_added_removed_and_changed_field_by_field():
    found = diff_maps(_kickoff(), _six_months_on(), before_day=TODAY, after_day=TODAY)

    assert found.actors.added == ("food",)
    assert found.actors.removed == ()
    assert found.actors.changed == {"council": (Change("power", 5, 3),)}  # x, y not counted
    assert found.links.added == ("e9",) and found.links.removed == ("e3",)
    assert found.link_label("e3") == "City Council → Riverside Trust (resource)"
    assert found.actor_label("food") == "Food Bank"
    assert not found.empty


def test_findings_that_appear_and_resolve_and_the_numbers_that_moved():
    found = diff_maps(_kickoff(), _six_months_on(), before_day=TODAY, after_day=TODAY)

    appeared, resolved = {f.rule for f in found.appeared}, {f.rule for f in found.resolved}
    assert "service-users-without-dialogue" in resolved  # the carers are talked with now
    assert not {f.key for f in found.appeared} & {f.key for f in found.resolved}
    assert "single-point-of-failure" in appeared  # everything now goes through the lead
    numbers = {n.name: n for n in found.numbers}
    assert (numbers["largest_funder"].before, numbers["largest_funder"].after) == (0.75, 1.0)
    assert numbers["largest_funder"].moved and numbers["largest_funder"].share
    assert numbers["no_voice"].after < numbers["no_voice"].before


def test_a_link_that_went_quiet_between_the_two_days_is_a_finding_that_appeared():
    pmap = _kickoff()
    later = TODAY + dt.timedelta(days=400)

    found = diff_maps(pmap, pmap, before_day=TODAY, after_day=later)

    assert [f.rule for f in found.appeared] == ["stale-link"]
    assert {n.name: n.after for n in found.numbers}["quiet_links"] == 1
    assert found.actors == compare_rows({}, {}) and not found.links


def test_the_same_map_on_the_same_day_has_no_changes():
    found = diff_maps(_kickoff(), _kickoff(), before_day=TODAY, after_day=TODAY)

    assert found.empty
    assert found.to_dict()["actors"] == {"added": [], "removed": [], "changed": []}


def test_json_has_actors_links_findings_numbers_and_documents():
    actions = {"1": {"title": "Agree a channel", "status": "open"}}
    done = {"1": {"title": "Agree a channel", "status": "done"}, "2": {"title": "New"}}

    data = diff_maps(
        _kickoff(),
        _six_months_on(),
        before_day=TODAY,
        after_day=TODAY,
        documents_before={"actions": actions},
        documents_after={"actions": done},
    ).to_dict()

    assert data["actors"]["added"] == [{"id": "food", "label": "Food Bank"}]
    assert data["actors"]["changed"] == [
        {
            "id": "council",
            "label": "City Council",
            "fields": [{"field": "power", "from": 5, "to": 3}],
        }
    ]
    assert data["links"]["removed"][0]["id"] == "e3"
    assert set(data["findings"]) == {"appeared", "resolved"}
    assert data["numbers"]["largest_funder"] == {
        "label": "Share of funding from the largest funder",
        "from": 0.75,
        "to": 1.0,
    }
    assert data["documents"]["actions"]["added"] == [{"id": "2", "label": "New"}]
    assert data["documents"]["actions"]["changed"][0]["fields"] == [
        {"field": "status", "from": "open", "to": "done"}
    ]


def test_key_numbers_of_a_map_without_a_lead_or_funding_are_not_known():
    pmap = make_map({"a": {"label": "A"}, "b": {"label": "B"}}, [("a", "b", "communicates")])

    numbers = key_numbers(MapView(pmap), [])

    assert numbers["lead_reach"] is None and numbers["largest_funder"] is None


def test_the_reach_of_the_lead_is_the_analysis_metrics_own():
    pmap = _six_months_on()
    talk = analyse(pmap, today=TODAY).metrics["communication"]

    reach = key_numbers(MapView(pmap), [])["lead_reach"]

    assert reach == round(talk["reached_from_lead"] / talk["parties"], 2)


def test_an_updated_spreadsheet_matches_actors_by_id_or_name_and_links_by_ends():
    current = _kickoff()
    current.update_node("council", label="Riverside City Council")  # renamed since: id stays
    incoming = PartnershipMap(name="Updated")
    incoming.add_node(label="Riverside Trust", role="lead partner")  # id riverside-trust
    incoming.add_node(label="riverside city  council", role="partner", power=4)
    incoming.add_node(label="Big Fund", id="funder", category="funder")
    incoming.add_node(label="Food Bank")
    incoming.add_edge("riverside-trust", "riverside-city-council", "communicates", mutual=True)
    incoming.add_edge("funder", "riverside-trust", "resource", resource="funding", amount=1)
    incoming.add_edge("food-bank", "riverside-trust", "communicates")

    matched = match_import(current, incoming)

    assert list(matched.graph) == ["lead", "council", "funder", "food-bank"]
    assert matched.node("lead")["label"] == "Riverside Trust"
    found = diff_maps(current, matched, before_day=TODAY, after_day=TODAY)
    assert found.actors.added == ("food-bank",)
    assert set(found.actors.removed) == {"carers"}
    assert {c.field for c in found.actors.changed["council"]} == {"label", "power"}
    assert found.links.changed == {
        "e1": (Change("last_contact", "2026-09-01", None),),
        "e2": (Change("amount", 30000, 1),),
    }
    assert set(found.links.removed) == {"e3", "e4"}
    [new_link] = found.links.added
    assert new_link not in {edge["id"] for edge in current.edges()}
