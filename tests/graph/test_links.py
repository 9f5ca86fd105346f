"""Links to consider: where they come from, how they rank, and the meeting brief."""

import pytest

from mapper.graph.analyse import analyse
from mapper.graph.links import brief, candidates

FUNDED = {"funder": {"label": "Funder"}, "charity": {"label": "Charity"}}
FUNDING = ("funder", "charity", "resource", {"resource": "funding"})


def test_a_resource_flow_without_communication_is_a_candidate(build, run):
    pmap = build(FUNDED, [FUNDING])
    assert [(s.source, s.target, s.reasons) for s in candidates(pmap)] == [
        ("funder", "charity", ("Funder provides funding to Charity, yet they do not talk.",))
    ]
    findings = run("missing-link", pmap)
    assert [(f.nodes, f.severity) for f in findings] == [(("funder", "charity"), "low")]


def test_no_candidate_once_they_talk_even_through_their_people(build, fired):
    nodes = {**FUNDED, "jo": {"kind": "person", "organisation": "charity"}}
    pmap = build(nodes, [FUNDING, ("funder", "jo", "communicates")])
    assert candidates(pmap) == []
    assert fired("missing-link", pmap) == []


def test_a_shared_forum_is_a_channel_and_needs_rank_first(build):
    nodes = {name: {"label": name.upper()} for name in ("a", "b", "c")}
    nodes["board"] = {"kind": "forum", "label": "Board"}
    edges = [
        ("a", "board", "member_of"),
        ("b", "board", "member_of"),
        ("a", "b", "accountable_to"),
        ("b", "c", "accountable_to"),
    ]
    found = candidates(build(nodes, edges))
    # a and b sit on the Board together: never told to talk. b answers to c with no way
    # to talk: most needed. a answers to c through b: shared business, after.
    assert [(s.rank, s.source, s.target, s.need, s.reasons) for s in found] == [
        (1, "b", "c", "accountable", ("B answers to C, yet they have no way to talk.",)),
        (2, "a", "c", "shared", ("A answers to C through B, yet they do not talk.",)),
    ]


def test_answering_inside_ones_own_organisation_makes_no_chain(build):
    # Jo answers to Al, both of Charity: a line inside one party. Charity answers to
    # Funder. The only reason to link Charity and Funder is the direct line, never
    # "through Charity" (a chain that loops through Charity itself).
    nodes = {
        "charity": {"label": "Charity"},
        "funder": {"label": "Funder"},
        "jo": {"kind": "person", "organisation": "charity"},
        "al": {"kind": "person", "organisation": "charity"},
    }
    edges = [("jo", "al", "accountable_to"), ("charity", "funder", "accountable_to")]
    found = candidates(build(nodes, edges))
    assert [(s.source, s.target, s.reasons) for s in found] == [
        ("charity", "funder", ("Charity answers to Funder, yet they have no way to talk.",))
    ]


def test_a_group_with_no_voice_is_offered_a_seat_and_an_ally(build):
    nodes = {
        "users": {"kind": "group", "label": "Users"},
        "p": {"label": "P", "role": "partner"},
        "board": {"kind": "forum", "label": "Board"},
    }
    found = candidates(build(nodes, [("p", "board", "member_of")]))
    assert [(s.source, s.target, s.seat, s.reason) for s in found] == [
        (
            "users",
            "board",
            True,
            "Users has no way to be heard; a seat on Board, which decides, would give it one.",
        ),
        (
            "users",
            "p",
            False,
            "Users has no way to be heard; P is the partner best placed to hear it.",
        ),
    ]


def test_no_way_around_the_lead_through_a_regulator(build):
    nodes = {
        "l": {"role": "lead partner"},
        "x": {"label": "X"},
        "y": {},
        "reg": {"category": "regulator or scrutiny body"},
    }
    edges = [("l", "x", "communicates"), ("x", "y", "communicates"), ("x", "reg", "communicates")]
    assert [(s.source, s.target) for s in candidates(build(nodes, edges))] == [("l", "y")]


def test_a_way_around_a_single_link(build):
    # Everything between y and the lead goes through x: y and the lead are a bypass.
    nodes = {"l": {"role": "lead partner"}, "x": {"label": "X"}, "y": {}}
    edges = [("l", "x", "communicates"), ("x", "y", "communicates")]
    found = candidates(build(nodes, edges))
    assert [(s.source, s.target) for s in found] == [("l", "y")]
    assert "a way around X" in found[0].reason


def test_candidates_rank_by_resource_allocation(build):
    # resource_allocation_index sums 1/degree over common neighbours, on the graph of all
    # links: (a, b) share h1, of degree 2 -> 1/2; (c, d) share h2, of degree 3 -> 1/3.
    nodes = {name: {} for name in ("a", "b", "c", "d", "e", "h1", "h2")}
    edges = [
        ("h1", "a", "communicates"),
        ("h1", "b", "communicates"),
        ("h2", "c", "communicates"),
        ("h2", "d", "communicates"),
        ("h2", "e", "communicates"),
        ("a", "b", "resource", {"resource": "staff"}),
        ("c", "d", "resource", {"resource": "staff"}),
    ]
    found = [(s.source, s.target, s.score) for s in candidates(build(nodes, edges))]
    shared = [item for item in found if set(item[:2]) in ({"a", "b"}, {"c", "d"})]
    assert shared == [("a", "b", 0.5), ("c", "d", 0.333)]
    assert found[0] == ("a", "b", 0.5)


def _brief_map(build):
    nodes = {name: {"label": name.upper()} for name in ("a", "b", "c")}
    nodes["ann"] = {"kind": "person", "organisation": "a"}
    edges = [
        ("a", "b", "resource", {"resource": "staff"}),
        ("b", "c", "resource", {"resource": "staff"}),
        ("b", "c", "accountable_to"),
        ("c", "a", "communicates", {"last_contact": "2026-01-01"}),
    ]
    return build(nodes, edges)


def test_brief_keeps_what_is_among_or_about_those_present(build, today):
    pmap = _brief_map(build)
    result = brief(pmap, ["ann", "b"], today=today)
    # ann represents a: a-b is among those present; b-c is not.
    assert [(s.source, s.target) for s in result.missing_links] == [("a", "b")]
    assert [f.nodes for f in result.stale_links] == [("c", "a")]
    assert [f.nodes for f in result.accountability_gaps] == [("c", "b")]
    assert all(f.rule != "missing-link" for f in result.findings)


def test_brief_accepts_an_analysis_and_refuses_unknown_attendees(build, today):
    analysis = analyse(_brief_map(build), today=today)
    assert brief(analysis, ["c"]).missing_links == ()
    with pytest.raises(ValueError, match="not on the map: zed"):
        brief(analysis, ["a", "zed"])
