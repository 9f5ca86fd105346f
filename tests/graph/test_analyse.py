"""The whole analysis: ordering, summary, notes, and the weaknesses planted in the samples
(sample_data/README.md lists them)."""

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
    for grantee in ("cairn-community-care", "carronvale-carers-centre", "riverside-befriending"):
        assert (grantee, "inchcailloch-trust") in no_channel
    assert ("home-voices",) in _found(kickoff, "unreachable-stakeholder")
    assert ("home-voices",) in _found(kickoff, "salience-mismatch")
    assert ("home-voices",) in _found(kickoff, "knowledge-without-voice")
    cut = [f for f in kickoff.findings if f.rule == "single-point-of-failure"]
    kirsty = next(f for f in cut if f.nodes[0] == "kirsty-maclean")
    assert kirsty.severity == "high" and len(kirsty.nodes) == 1 + 8
    assert set(_found(kickoff, "stale-link")) == {
        ("cairn-community-care", "duncan-reid"),
        ("voluntary-action-carronvale", "connect-carronvale"),
    }
    assert ("connect-carronvale",) in _found(kickoff, "knowledge-without-voice")
    one_way = _found(kickoff, "one-way-communication")
    assert one_way[0][0] == "nhs-carronvale"
    assert any(f.title == "No operational staff sit on any forum" for f in kickoff.findings)
    assert any(f.subject == "evaluation" for f in kickoff.findings)


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
        if f.rule == "resource-dependence" and f.nodes[0] == "ardmuir-recovery-cafe"
    ]
    assert [f.severity for f in recovery] == ["high"]
    assert "all its funding from Ardmuir Health and Social Care Partnership" in (
        recovery[0].explanation
    )
    # One finding per dependent party: no party is named first twice.
    dependent = [n[0] for n in _found(planning, "resource-dependence")]
    assert len(dependent) == len(set(dependent))
    gaps = [f for f in planning.findings if f.rule == "strategy-operations-gap"]
    assert "employability-group" in {f.subject for f in gaps}
