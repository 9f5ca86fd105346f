"""Drawings that tell the truth and words a facilitator understands (issue 15, item 5).

Each test is one of the issue's complaints, on a small map whose answer is read off by
hand: what the old code drew or said is named in the test's docstring.
"""

from __future__ import annotations

import json
import math

import pytest

from mapper.app.components.explain import RULE_WORDS, explain, meaning
from mapper.app.figures import accountability_style, actor_lines
from mapper.app.layouts import arrange
from mapper.app.linking import describe
from mapper.content import glossary, load_content
from mapper.graph.insight import (
    accountability_review,
    action_heading,
    meeting_brief,
    power_interest_grid,
)
from mapper.graph.model import RESOURCES, MapValidationError, PartnershipMap, check_edge
from mapper.graph.rules import registry
from mapper.io.brief import NOBODY, brief_html, brief_markdown
from mapper.store.seed import SAMPLE_DIR
from tests.graph.test_insight import MEETING, riverside


# ----- Arrange -> hierarchy ---------------------------------------------------------------
def forum_below() -> PartnershipMap:
    """A funder two partners answer to; a steering group (no accountability line) that six
    actors with no line either sit on; four actors linked to nothing."""
    m = PartnershipMap()
    m.add_node(id="funder", label="Funder")
    for name in ("a", "b"):
        m.add_node(id=name, label=name.upper())
        m.add_edge(name, "funder", "accountable_to")
    m.add_node(id="forum", label="Steering group", kind="forum")
    for i in range(6):
        m.add_node(id=f"m{i}", label=f"Member {i}")
        m.add_edge(f"m{i}", "forum", "member_of")
    for i in range(4):
        m.add_node(id=f"x{i}", label=f"Alone {i}")
    m.add_edge("m0", "m1", "communicates")
    return m


def runs_along_a_row(pmap: PartnershipMap, positions: dict) -> list[tuple[str, str, str]]:
    """Links whose two ends share a row with a third actor between them: the line is
    drawn straight through that actor."""
    found = []
    for edge in pmap.edges():
        (ax, ay), (bx, by) = positions[edge["source"]], positions[edge["target"]]
        if not math.isclose(ay, by):
            continue
        low, high = sorted((ax, bx))
        found += [
            (edge["source"], edge["target"], node)
            for node, (x, y) in positions.items()
            if math.isclose(y, ay) and low < x < high
        ]
    return found


def test_arranged_hierarchy_never_runs_a_sits_on_line_along_a_row() -> None:
    """The old arrangement put all eleven actors without a line on one bottom row, so
    "Member 5 sits on Steering group" ran through Members 1-4 (and others)."""
    pmap = forum_below()
    positions = arrange(pmap, "hierarchy")
    assert runs_along_a_row(pmap, positions) == []
    y = {node: point[1] for node, point in positions.items()}
    assert y["funder"] < y["a"] < y["forum"] < y["m0"] < y["x0"]  # forum above its members
    assert len({round(y[f"x{i}"]) for i in range(4)}) == 1  # four alone fit one short row


@pytest.mark.parametrize("sample", ["health-social-care-kickoff", "community-planning"])
def test_arranged_samples_run_no_sits_on_line_along_a_row(sample: str) -> None:
    """Before: 23 and 793 "sits on" lines ran along a row through other actors."""
    pmap = PartnershipMap.from_dict(json.loads((SAMPLE_DIR / f"{sample}.json").read_text()))
    positions = arrange(pmap, "hierarchy")
    member = [r for r in runs_along_a_row(pmap, positions) if "member_of" in _kinds(pmap, r)]
    assert member == []


def _kinds(pmap: PartnershipMap, run: tuple[str, str, str]) -> set[str]:
    return {e["kind"] for e in pmap.edges() if (e["source"], e["target"]) == run[:2]}


# ----- the accountability review -----------------------------------------------------------
def test_accountability_names_sit_above_so_no_arrowhead_is_hidden() -> None:
    """Lines point up, into the bottom of the body answered to; names were drawn below
    their actors, over the arrowheads."""
    node = next(r["style"] for r in accountability_style() if r["selector"] == "node")
    assert node["text-valign"] == "top"


def test_accountability_captions_only_the_selected_line_and_lists_an_actors_lines() -> None:
    """A click on an actor captioned all its lines at their middles, over the names
    ("scope not recorded (informal)" written across an actor's name)."""
    selectors = [rule["selector"] for rule in accountability_style()]
    assert selectors == ["node", "edge:selected"]
    m = PartnershipMap()
    for name in ("Trust", "Council", "Carers"):
        m.add_node(label=name)
    m.add_edge("trust", "council", "accountable_to", scope="Grant spend", formal=True)
    m.add_edge("carers", "council", "accountable_to", formal=False)
    lines = actor_lines(m, accountability_review(m))
    assert lines["council"] == (
        "Trust answers to Council about Grant spend (formal); "
        "Carers answers to Council, scope not recorded (informal)."
    )
    assert lines["carers"] == "Carers answers to Council, scope not recorded (informal)."


# ----- the power-interest grid -------------------------------------------------------------
def test_people_with_power_and_interest_are_on_the_grid() -> None:
    """People were left out of the grid without a word, even with both recorded."""
    m = PartnershipMap()
    m.add_node(id="org", label="Council", sector="public", power=4, interest=2)
    m.add_node(id="chief", label="Chief Officer", kind="person", organisation="org",
               power=5, interest=5)  # fmt: skip
    m.add_node(id="clerk", label="Clerk", kind="person", organisation="org", power=2)
    m.add_node(id="worker", label="Worker", kind="person", organisation="org")
    grid = power_interest_grid(m)
    chief = next(p for p in grid.points if p.id == "chief")
    assert (chief.quadrant, chief.kind, chief.sector) == ("manage closely", "person", "public")
    assert ("clerk", "Clerk") in grid.unplaced  # power but no interest: listed, not lost
    assert "worker" not in {n for n, _ in grid.unplaced}  # neither: stands for the council


# ----- the meeting brief ----------------------------------------------------------------------
def test_a_brief_with_nobody_chosen_claims_nothing_about_those_present() -> None:
    """It said "None: everyone present who might need to talk already does"."""
    brief = meeting_brief(riverside(), [], MEETING)
    for text in (brief_markdown(brief), brief_html(brief)):
        assert "everyone present" not in text
        assert "of those present has a channel" not in text
        assert NOBODY in text
        assert "Nothing open among those coming" not in text


# ----- words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("resource", "sentence"),
    [
        ("funding", "Eastfield Council gives funding to Eastfield Carers Trust"),
        ("premises", "Eastfield Council offers premises to Eastfield Carers Trust"),
        (None, "Eastfield Council gives resources to Eastfield Carers Trust"),
    ],
)
def test_a_resource_link_says_what_it_gives(resource: str | None, sentence: str) -> None:
    """It read "Eastfield Council provides Eastfield Carers Trust": provides what?"""
    m = PartnershipMap()
    council = m.add_node(label="Eastfield Council")
    trust = m.add_node(label="Eastfield Carers Trust")
    edge = {"source": council, "target": trust, "kind": "resource", "resource": resource}
    assert describe(m, edge) == sentence


def test_every_resource_has_words_for_its_link() -> None:
    words = load_content().vocabulary
    assert all(words.term("resource", r).link for r in RESOURCES)


def test_link_errors_say_what_is_wrong_in_plain_words() -> None:
    """It said "edges.csv row 3, column 'target': 'Council B' is not valid; expected the
    id of an actor on the map"."""
    m = PartnershipMap()
    m.add_node(label="Trust")
    _, problems = check_edge(
        {"source": "trust", "target": "Council B", "kind": "communicates"}, "row 3", m
    )
    assert [str(p) for p in problems] == [
        "Each link needs an actor at both ends: row 3 names 'Council B', who is not on the map."
    ]
    with pytest.raises(MapValidationError) as refused:
        m.add_node(label="")
    assert "Each actor needs a name: the new actor has none." in str(refused.value)
    assert "expected an id or a label" not in str(refused.value)


def test_suggested_is_said_only_of_actions() -> None:
    """Compass checklist statements ("We have drawn up a communications strategy") and
    key-point questions were all shown as "Suggested:"."""
    brief = meeting_brief(riverside(), ["lead", "council"], MEETING)
    text = brief_markdown(brief)
    assert "Suggested:" not in text
    assert "From the Compass checklist:" in text or "To talk over:" in text
    assert action_heading("P2.action.5") == "From the Compass checklist"


def test_every_explained_word_is_in_plain_words_and_mendelow_only_a_source() -> None:
    words = glossary()
    assert {"power", "interest", "salience", "legitimacy", "urgency", "structural-power",
            "gatekeeper", "grid", "reach"} <= set(words)  # fmt: skip
    for word in words.values():
        assert "Mendelow" not in word.means and "Mitchell" not in word.means
    assert "Mendelow" in words["grid"].source
    assert set(RULE_WORDS) <= set(registry())  # each explained rule exists
    assert set(RULE_WORDS.values()) <= set(words)
    assert meaning("grid").startswith(words["grid"].means)
    assert explain("power").to_plotly_json()["props"]["className"] == "explain"
