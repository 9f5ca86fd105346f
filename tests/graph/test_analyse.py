"""The whole analysis: ordering, summary, notes, and the weaknesses planted in the samples
(mapper/data/samples/README.md lists them)."""

import datetime as dt
import json

import pytest

from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from tests import SAMPLE_MAPS

SAMPLE_DATE = dt.date(2026, 9, 15)  # the date both samples are drawn on


def test_findings_come_highest_severity_first_with_a_summary(build, today):
    nodes = {"l": {"role": "lead partner"}, "p": {"role": "partner"}, "s": {}}
    analysis = analyse(build(nodes, [("s", "l", "communicates")]), today=today)
    ranks = [f.rank for f in analysis.findings]
    assert ranks == sorted(ranks)
    # p is a partner out of reach (high, P2); the rest are notes or low.
    assert analysis.findings[0].nodes == ("p",)
    assert analysis.metrics["principles"]["P2"]["high"] == 1
    assert analysis.notes[0].startswith("This map has 3 actors.")


def test_every_metric_block_says_what_it_rests_on(build, today):
    nodes = {"f": {"power": 5, "interest": 3}, "c": {"power": 2, "interest": 4}}
    edges = [("f", "c", "resource", {"resource": "funding", "amount": 100})]
    metrics = analyse(build(nodes, edges), today=today).metrics
    for block in ("grid", "structural_power", "dependence", "communication", "concentration"):
        assert metrics[block]["rests_on"], block
    assert metrics["dependence"]["pairs"] == [
        {"dependent": "c", "provider": "f", "index": 1.0, "reverse": 0.0, "asymmetry": 1.0}
    ]
    # Inflow: c receives one flow of importance 3 (not recorded), f none: Gini of [0, 3]
    # with the n/(n-1) correction is 1.
    assert metrics["concentration"]["gini_resource_inflow"] == 1.0
    quadrants = {row["id"]: row["quadrant"] for row in metrics["actors"]}
    assert quadrants == {"f": "manage closely", "c": "keep informed"}


def test_every_finding_carries_its_action_text(build, today):
    analysis = analyse(build({"a": {}}, []), today=today)
    assert analysis.findings
    assert all(f.action.text for f in analysis.findings)


def test_parameters_reach_the_rules(build, today):
    edges = [("a", "b", "communicates", {"last_contact": "2026-05-01"})]
    pmap = build({"a": {}, "b": {}}, edges)
    stale = [f for f in analyse(pmap, today=today).findings if f.rule == "stale-link"]
    assert [f.params for f in stale] == [{"days": 90, "factor": 2.0}]
    quiet = analyse(pmap, today=today, params={"stale-link": {"days": 150}})
    assert not [f for f in quiet.findings if f.rule == "stale-link"]
    with pytest.raises(ValueError, match="unknown rule"):
        analyse(pmap, params={"stale": {}})


def _sample(name: str) -> PartnershipMap:
    return PartnershipMap.from_dict(json.loads((SAMPLE_MAPS / f"{name}.json").read_text()))


def _found(analysis, rule: str) -> list[tuple[str, ...]]:
    return [f.nodes for f in analysis.findings if f.rule == rule]


@pytest.fixture(scope="module")
def kickoff():
    return analyse(_sample("health-social-care-kickoff"), today=SAMPLE_DATE)


@pytest.fixture(scope="module")
def planning():
    return analyse(_sample("community-planning"), today=SAMPLE_DATE)


def test_kickoff_planted_weaknesses(kickoff):
    no_channel = _found(kickoff, "accountable-without-channel")
    assert (
        "inchcailloch-trust",
        "cairn-community-care",
        "carronvale-carers-centre",
        "riverside-befriending",
    ) in no_channel
    # Home Voices: one finding says it has no way to be heard; it is not also "out of
    # reach", "knowledge without a vote" or "more power than recorded" (one cause).
    about = [f.rule for f in kickoff.findings if f.nodes and f.nodes[0] == "home-voices"]
    assert [rule for rule in about if rule != "missing-link"] == ["salience-mismatch"]
    cut = [f for f in kickoff.findings if f.rule == "single-point-of-failure"]
    kirsty = next(f for f in cut if f.nodes[0] == "kirsty-maclean")
    assert kirsty.severity == "high" and len(kirsty.nodes) == 1 + 8
    assert ("kirsty-maclean",) not in _found(kickoff, "gatekeeper")
    assert set(_found(kickoff, "stale-link")) == {
        ("cairn-community-care", "duncan-reid"),
        ("voluntary-action-carronvale", "connect-carronvale"),
    }
    assert ("connect-carronvale",) in _found(kickoff, "knowledge-without-voice")
    one_way = _found(kickoff, "one-way-communication")
    assert one_way[0][0] == "nhs-carronvale"
    assert any(f.title == "No operational staff sit on any forum" for f in kickoff.findings)
    assert any(f.subject == "evaluation" for f in kickoff.findings)
    assert not [f for f in kickoff.findings if f.title.startswith("Only") and "brings" in f.title]


def test_kickoff_needs_attention_on_at_most_seven_things(kickoff):
    assert 0 < len(kickoff.attention) <= 7
    assert kickoff.attention == tuple(f for f in kickoff.findings if f.severity == "high")[:7]
    assert kickoff.attention[0].rule == "accountable-without-channel"


def test_kickoff_suggests_the_unspoken_accountability_line_first(kickoff):
    first = kickoff.candidates[0]
    assert (first.source, first.target, first.rank) == (
        "cairn-community-care",
        "inchcailloch-trust",
        1,
    )
    assert first.reason == (
        "Cairn Community Care answers to The Inchcailloch Trust, yet they have no way to talk."
    )
    assert [s.rank for s in kickoff.candidates] == list(range(1, len(kickoff.candidates) + 1))


def test_community_planning_planted_weaknesses(planning):
    cut = {
        f.nodes[0]: set(f.nodes[1:])
        for f in planning.findings
        if f.rule == "single-point-of-failure"
    }
    assert cut == {
        "third-sector-ardmuir": {
            "kirkton-mens-shed",
            "braes-community-garden",
            "glenfoot-heritage-society",
            "dunmore-community-larder",
            "kirkton-bumps-and-babies",
        }
    }
    stale = set(_found(planning, "stale-link"))
    assert stale == {
        ("ardmuir-council", "dunmore-cc"),
        ("ardmuir-council", "ardmuir-disability-forum"),
        ("ardmuir-council", "poverty-truth-group"),
        ("rhona-sinclair", "paul-kennedy"),
        ("jamie-forsyth", "inverlair-cc"),
    }
    recovery = [
        f
        for f in planning.findings
        if f.rule == "resource-dependence" and "ardmuir-recovery-cafe" in f.nodes
    ]
    assert [f.nodes[0] for f in recovery] == ["ardmuir-council", "ardmuir-hscp"]
    assert "funding for Ardmuir Recovery Café (importance 5)" in recovery[1].explanation
    # One finding per source: no source is named first twice.
    sources = [n[0] for n in _found(planning, "resource-dependence")]
    assert len(sources) == len(set(sources))
    gaps = [f for f in planning.findings if f.rule == "strategy-operations-gap"]
    assert "employability-group" in {f.subject for f in gaps}
    # The whole map: one finding per cause keeps it to what a meeting can take up.
    assert len([f for f in planning.findings if f.severity != "low"]) <= 25


def test_words_agree_with_their_numbers(build, today):
    analysis = analyse(build({"a": {}}, []), today=today)
    assert analysis.notes[0].startswith("This map has 1 actor. With fewer")
