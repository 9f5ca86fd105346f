"""The insight views on a small hand-made partnership whose weaknesses are known by design.

The map (``riverside`` below): a funder gives money to the lead charity, the council and a
youth project; the lead answers to the funder but has no channel to it; the council
answers to the lead and last spoke to it on 5 January 2026 (monthly contact expected);
the youth project is a partner with no seat on the board; "evaluation" is needed and no
partner has it. Expected values are read off that description by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from mapper.content import load_content
from mapper.graph import insight
from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from mapper.graph.rules import Action, Finding

MEETING = dt.date(2026, 10, 1)
AT = dt.datetime(2026, 9, 30, 10, 0, tzinfo=dt.UTC)


def riverside() -> PartnershipMap:
    m = PartnershipMap(name="Riverside Carers Partnership", skills_needed=["evaluation", "Finance"])
    m.add_node(
        id="lead",
        label="Lead Charity",
        role="lead partner",
        sector="third",
        power=4,
        interest=5,
        skills=["Finance"],
        offers=["premises"],
    )
    m.add_node(
        id="funder",
        label="Funder",
        role="stakeholder",
        category="funder",
        sector="private",
        power=1,
        interest=2,
    )
    m.add_node(
        id="council",
        label="Council",
        role="partner",
        sector="public",
        power=4,
        interest=4,
        skills=["finance", "law"],
        offers=["premises"],
        needs=["data"],
    )
    m.add_node(
        id="youth", label="Youth Project", role="partner", sector="third", power=2, interest=3
    )
    m.add_node(
        id="carers",
        label="Carers Group",
        kind="group",
        role="stakeholder",
        sector="community",
        power=2,
        interest=5,
        needs=["transport"],
    )
    m.add_node(id="board", label="Board", kind="forum")
    m.add_node(
        id="ann",
        label="Ann",
        kind="person",
        organisation="youth",
        level="operational",
        skills=["youth work"],
    )
    m.add_edge("funder", "lead", "resource", resource="funding")  # e1
    m.add_edge("funder", "council", "resource", resource="funding")  # e2
    m.add_edge("funder", "youth", "resource", resource="funding")  # e3
    m.add_edge("lead", "funder", "accountable_to", scope="grant spend", formal=True)  # e4
    m.add_edge("council", "lead", "accountable_to", scope="service delivery")  # e5
    m.add_edge(
        "lead",
        "council",
        "communicates",
        mutual=True,
        frequency="monthly",
        last_contact="2026-01-05",
    )  # e6
    m.add_edge("lead", "board", "member_of", role="chair", voting=True)
    m.add_edge("council", "board", "member_of", role="member", voting=True)
    m.add_edge("ann", "lead", "communicates", last_contact="2026-09-01")
    m.add_edge("carers", "lead", "communicates", last_contact="2026-09-01")
    return m


@pytest.fixture(scope="module")
def analysis():
    return analyse(riverside(), today=MEETING)


def _finding(rule: str, severity: str, principles: tuple[str, ...], **extra) -> Finding:
    return Finding(
        rule=rule,
        principles=principles,
        severity=severity,
        title=rule,
        explanation="",
        action=Action(id="P5.action.5"),
        **extra,
    )


def _by_id(items):
    return {item.id: item for item in items}


# ----- health check ----------------------------------------------------------------------
def test_health_check_gives_every_principle_a_status_from_its_open_findings(analysis):
    health = _by_id(insight.health_check(analysis))
    assert list(health) == ["P1", "P2", "P3", "P4", "P5", "P6"]
    p5 = health["P5"]
    # accountable-without-channel (high, lead -> funder) is a P5 finding: needs attention.
    assert p5.status == "needs attention"
    assert "accountable-without-channel:funder+lead" in {r.key for r in p5.open}
    shown = next(r for r in p5.open if r.key == "accountable-without-channel:funder+lead")
    assert shown.action == load_content().item("P5.action.5").text
    assert "more than 90 days old" in shown.rests_on  # the threshold the rule read
    assert "{" not in shown.rests_on
    assert "7 actors" in shown.rests_on  # a map under 30 actors says results are provisional


@pytest.mark.parametrize(
    ("severities", "reviews", "expected"),
    [
        (["high", "low"], {}, "needs attention"),
        (["medium", "low"], {}, "to discuss"),
        (["high"], {"x:a": "discussed"}, "no issues"),
        (["high"], {"x:a": "not relevant"}, "no issues"),
        (["high", "medium"], {"x:a": "not relevant"}, "to discuss"),
        ([], {}, "no issues"),
    ],
)
def test_status_counts_only_open_findings(analysis, severities, reviews, expected):
    found = tuple(
        _finding("x", severity, ("P2",), nodes=("a",) if i == 0 else (f"b{i}",))
        for i, severity in enumerate(severities)
    )
    marks = {
        key: {"status": status, "note": "", "who": "", "at": AT} for key, status in reviews.items()
    }
    health = _by_id(insight.health_check(replace(analysis, findings=found), marks))
    assert health["P2"].status == expected
    assert health["P1"].status == "no issues"


def test_reviewed_findings_move_out_of_the_open_list(analysis):
    key = "accountable-without-channel:funder+lead"
    reviews = {
        key: {"status": "not relevant", "note": "grant ends in March", "who": "Sam", "at": AT}
    }
    p5 = _by_id(insight.health_check(analysis, reviews))["P5"]
    assert key not in {r.key for r in p5.open}
    assert [r.review["note"] for r in p5.not_relevant] == ["grant ends in March"]


def test_empty_map_says_not_enough_data_rather_than_no_issues():
    health = insight.health_check(analyse(PartnershipMap(name="Blank"), today=MEETING))
    # Every rule bearing on P5 needs lines, partners or forums: none can run on a blank map.
    assert _by_id(health)["P5"].status == "not enough data"
    assert all(not p.open for p in health)


def test_highlight_names_the_actors_and_link_ids_of_a_finding(analysis):
    pmap = analysis.pmap
    item = next(f for f in analysis.findings if f.key == "accountable-without-channel:funder+lead")
    assert insight.highlight(pmap, item) == (["funder", "lead"], ["e4"])
    stale = next(f for f in analysis.findings if f.rule == "stale-link")
    assert insight.highlight(pmap, stale) == (["lead", "council"], ["e6"])


# ----- power-interest grid -------------------------------------------------------------
def test_grid_places_actors_in_their_quadrants(analysis):
    grid = insight.power_interest_grid(analysis)
    quadrants = {p.id: p.quadrant for p in grid.points}
    # power, interest >= 3 count as high: lead 4/5, council 4/4, youth 2/3, carers 2/5, funder 1/2
    assert quadrants == {
        "lead": "manage closely",
        "council": "manage closely",
        "youth": "keep informed",
        "carers": "keep informed",
        "funder": "monitor",
    }
    assert grid.unplaced == (("board", "Board"),)  # a forum with no power or interest recorded


def test_grid_shows_hidden_power_of_the_funder_everyone_depends_on(analysis):
    points = _by_id(insight.power_interest_grid(analysis).points)
    # Everyone takes money from the funder, so it ranks first structurally, while its
    # declared power (1) is the lowest of five: a gap of 4 ranks >= 0.34 x 5.
    funder = points["funder"]
    assert (funder.declared_rank, funder.structural_rank) == (5.0, 1.0)
    assert funder.gap == "hidden"
    assert funder.structural_level == 4  # the highest declared power on the map
    assert points["lead"].gap is None


# ----- accountability review -----------------------------------------------------------
def test_accountability_review_lays_lines_out_top_down(analysis):
    review = insight.accountability_review(analysis)
    assert [(line.source, line.target, line.scope) for line in review.lines] == [
        ("lead", "funder", "grant spend"),
        ("council", "lead", "service delivery"),
    ]
    rows = {node: y for node, (_, y) in review.positions.items()}
    # funder answers to no one; lead answers to funder; council to lead; youth, a partner
    # with no line, on a row of its own at the bottom.
    step = insight.REVIEW_ROW_GAP  # room between rows for a caption
    assert rows == {"funder": 0.0, "lead": step, "council": 2 * step, "youth": 3 * step}
    assert {r.finding.rule for r in review.findings} == {
        "accountable-without-channel",
        "excluded-from-decisions",
    }


def test_hierarchy_positions_keep_a_cycle_on_one_row():
    import networkx as nx

    graph = nx.DiGraph([("a", "b"), ("b", "a"), ("c", "a")])
    positions = insight.hierarchy_positions(graph)
    assert positions["a"][1] == positions["b"][1] == 0.0
    assert positions["c"][1] == 150.0
    assert positions["a"][0] != positions["b"][0]


# ----- meeting brief -------------------------------------------------------------------
def _pairs(brief):
    return {frozenset((link.source, link.target)) for link in brief.missing_links}


def test_brief_lists_exactly_the_missing_links_among_those_present():
    brief = insight.meeting_brief(riverside(), ["lead", "funder", "council"], MEETING)
    # funder-lead: funding and accountability, no channel; funder-council: funding, and the
    # council answers to the funder through the lead. lead-council already talk.
    assert _pairs(brief) == {frozenset(("funder", "lead")), frozenset(("funder", "council"))}
    reasons = {frozenset((x.source, x.target)): x.reasons for x in brief.missing_links}
    assert reasons[frozenset(("funder", "lead"))][0] == (
        "Lead Charity answers to Funder, yet they have no way to talk."
    )


def test_brief_for_two_who_already_talk_has_no_missing_links():
    assert _pairs(insight.meeting_brief(riverside(), ["lead", "council"], MEETING)) == set()


def test_a_person_attending_brings_their_organisation():
    brief = insight.meeting_brief(riverside(), ["ann", "funder"], MEETING)
    assert _pairs(brief) == {frozenset(("funder", "youth"))}
    assert brief.attendees[0] == ("ann", "Ann, Youth Project")


def test_brief_stale_links_depend_on_the_meeting_date():
    late = insight.meeting_brief(riverside(), ["lead", "council"], MEETING)
    assert [r.key for r in late.stale_links] == ["stale-link:council+lead"]
    # 5 January + 60 days (2 x monthly) and the 90-day floor: still fresh on 1 March.
    early = insight.meeting_brief(riverside(), ["lead", "council"], dt.date(2026, 3, 1))
    assert early.stale_links == ()


def test_brief_accountability_gaps_and_open_items_leave_out_reviewed_and_ticked():
    brief = insight.meeting_brief(riverside(), ["lead", "funder"], MEETING)
    assert "accountable-without-channel:funder+lead" in {r.key for r in brief.accountability_gaps}
    assert "P5.action.5" in {item.id for item in brief.checklist}
    reviews = {
        "accountable-without-channel:funder+lead": {
            "status": "discussed",
            "note": "",
            "who": "",
            "at": AT,
        },
        "missing-link:funder+lead": {"status": "not relevant", "note": "", "who": "", "at": AT},
    }
    ticks = {"P5.action.5": {"who": "Sam", "at": AT}}
    later = insight.meeting_brief(riverside(), ["lead", "funder"], MEETING, reviews, ticks)
    assert "accountable-without-channel:funder+lead" not in {
        r.key for r in later.accountability_gaps
    }
    assert frozenset(("funder", "lead")) not in _pairs(later)
    assert "P5.action.5" not in {item.id for item in later.checklist}


def test_brief_refuses_an_unknown_attendee():
    with pytest.raises(ValueError, match="not on the map: nobody"):
        insight.meeting_brief(riverside(), ["lead", "nobody"], MEETING)


def test_brief_on_an_empty_map_is_empty():
    brief = insight.meeting_brief(PartnershipMap(name="Blank"), [], MEETING)
    assert brief.empty


# ----- principles and checklists -------------------------------------------------------
def test_progress_per_principle_counts_ticks(analysis):
    ticks = {"P3.action.2": {"who": "Sam", "at": AT}, "P3.action.4": {"who": "Jo", "at": AT}}
    progress = {p.principle.id: p for p in insight.principles_progress(ticks, analysis.findings)}
    # The Compass gives Principle 3 six actions.
    assert (progress["P3"].ticked, progress["P3"].total) == (2, 6)
    assert (progress["P1"].ticked, progress["P1"].total) == (0, 5)
    ticked = [a for a in progress["P3"].actions if a.ticked]
    assert [(a.id, a.ticked_by) for a in ticked] == [("P3.action.2", "Sam"), ("P3.action.4", "Jo")]
    assert progress["P5"].open_findings >= 1  # the lead's accountability line without channel


def test_readiness_checklist_keeps_the_compass_order():
    items = insight.checklist(load_content().readiness, {"R.2": {"who": "Sam", "at": AT}})
    assert [i.id for i in items][:3] == ["R.1", "R.2", "R.3"]
    assert [i.id for i in items if i.ticked] == ["R.2"]


def test_risks_show_the_findings_of_the_rules_that_look_for_them(analysis):
    risks = {r.risk.id: r for r in insight.risks_on_map(analysis)}
    # K.7 (reporting takes over) is looked for by accountable-without-channel; K.1 (a
    # hierarchy dressed as partnership) is not, though both bear on P5.
    key = "accountable-without-channel:funder+lead"
    assert key in {r.key for r in risks["K.7"].findings}
    assert key not in {r.key for r in risks["K.1"].findings}
    assert risks["K.4"].findings == ()  # no rule looks for "too big to be realistic"
    reviews = {key: {"status": "not relevant", "note": "", "who": "", "at": AT}}
    risks = {r.risk.id: r for r in insight.risks_on_map(analysis, reviews)}
    assert key not in {r.key for r in risks["K.7"].findings}


# ----- skills and resources matrix -----------------------------------------------------
def test_skills_matrix_shows_gaps_and_single_holders():
    matrix = insight.skills_matrix(riverside())
    columns = {c.key: c for c in matrix.columns}
    assert [c.text for c in matrix.columns][:2] == ["evaluation", "Finance"]  # needed first
    assert columns["evaluation"].gap and columns["evaluation"].needed
    assert not columns["finance"].gap and columns["finance"].single is None  # lead and council
    assert columns["law"].single == "council"
    assert columns["youth work"].single == "youth"
    assert [r.id for r in matrix.rows] == ["lead", "council", "youth"]  # lead first, partners
    assert matrix.cells[("youth", "youth work")] == "via Ann"
    assert matrix.cells[("council", "finance")] == "has"


def test_resources_matrix_shows_needs_no_one_offers():
    matrix = insight.resources_matrix(riverside())
    columns = {c.key: c for c in matrix.columns}
    assert {k for k, c in columns.items() if c.gap} == {"data", "transport"}
    assert columns["premises"].single is None  # the lead and the council both offer it
    assert matrix.cells[("council", "data")] == "needs"
    assert "carers" in {r.id for r in matrix.rows}  # a stakeholder that records a need


def test_matrices_of_an_empty_map_are_empty():
    blank = PartnershipMap()
    assert insight.skills_matrix(blank).rows == ()
    assert insight.resources_matrix(blank).columns == ()


def test_toggled_keeps_an_existing_entry_as_written():
    assert insight.toggled(["Finance", "Law"], "finance", True) == ["Finance", "Law"]
    assert insight.toggled(None, "  data  analysis ", True) == ["data analysis"]


def test_open_findings_are_counted_once_by_severity():
    findings = [
        _finding("gatekeeper", "high", ("P4", "P6")),  # under two principles: counted once
        _finding("stale-link", "medium", ("P6",)),
        _finding("skills-gap", "low", ("P1",)),
        _finding("one-way", "low", ("P6",)),
    ]
    principles = insight.health_check(replace(analyse(riverside()), findings=tuple(findings)))
    assert insight.open_by_severity(principles) == {"high": 1, "medium": 1, "low": 2}


def test_a_wide_row_of_the_hierarchy_wraps_onto_staggered_lines():
    import networkx as nx

    graph = nx.DiGraph([(f"body{i}", "funder") for i in range(12)])
    positions = insight.hierarchy_positions(graph, per_row=5)
    rows = sorted({y for _, y in positions.values()})
    # the funder, then 12 bodies on lines of 5, 5 and 2
    assert rows == [0.0, 150.0, 300.0, 450.0]
    assert [sum(y == row for _, y in positions.values()) for row in rows] == [1, 5, 5, 2]
    xs = {y: sorted(x for x, yy in positions.values() if yy == y) for y in rows[1:3]}
    assert xs[300.0][0] - xs[150.0][0] == 95.0  # the second line sits half a gap along


def test_at_most_seven_findings_need_attention_first_and_the_rest_are_to_discuss():
    from tests.judgement.maps import kickoff

    late = analyse(kickoff(), today=dt.date(2027, 6, 1))  # many links have gone quiet
    highs = [f for f in late.findings if f.severity == "high"]
    assert len(highs) > 7
    first = insight.needs_attention(late)
    assert [r.finding for r in first] == highs[:7]
    counts = insight.open_by_need(insight.health_check(late), first)
    every = insight.open_by_severity(insight.health_check(late))
    assert counts["high"] == 7
    assert counts["medium"] == every["medium"] + every["high"] - 7
    # Marking one discussed lets the next move up.
    reviews = {first[0].key: {"status": "discussed", "note": "", "who": "", "at": AT}}
    again = insight.needs_attention(late, reviews)
    assert [r.finding for r in again] == highs[1:8]
