"""Survey answers as CSV: labels or ids, someone missing, every bad row named, round trip."""

import json
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.graph.survey import Answer
from mapper.io.native import loads
from mapper.io.responses import ResponsesError, read_responses, responses_csv

SAMPLE = Path(__file__).parents[2] / "mapper/data/samples/health-social-care-kickoff.json"
ROUND = Path(__file__).parents[1] / "data/survey/kickoff-round.csv"


@pytest.fixture(scope="module")
def pmap():
    return loads(SAMPLE.read_bytes()).map


def test_labels_and_ids_name_actors_and_an_unknown_name_is_someone_missing(pmap):
    responses = read_responses(ROUND, pmap, name="Kickoff")
    first = responses.answers[0]
    assert (first.respondent, first.about, first.question, first.answer) == (
        "cairn-community-care",
        "carronvale-carers-centre",
        "talks",
        "weekly",
    )
    assert responses.respondents == [
        "cairn-community-care",
        "carronvale-carers-centre",
        "riverside-befriending",
    ]
    missing = [a for a in responses.answers if a.about == "Mill Street Surgery"]
    assert [a.comment for a in missing] == ["GP practice we refer from"]
    assert responses.name == "Kickoff" and len(responses.answers) == 14


def test_every_bad_row_is_named_and_nothing_is_read(pmap):
    bad = (
        "respondent,about,question,answer\n"
        "Nobody Ltd,Cairn Community Care,talks,weekly\n"
        "Cairn Community Care,Connect Carronvale,trust,7\n"
        "Cairn Community Care,,P9.action.1,yes\n"
        "Cairn Community Care,Connect Carronvale,P1.action.1,yes\n"
        "Cairn Community Care,,talks,weekly\n"
        "Cairn Community Care,Connect Carronvale,talks,sometimes\n"
    )
    with pytest.raises(ResponsesError) as caught:
        read_responses(bad, pmap)
    message = str(caught.value)
    assert message.startswith("Nothing was read. row 2: respondent 'Nobody Ltd' is not an actor")
    assert "row 3: 'trust' takes 1, 2, 3, 4 or 5, not '7'" in message
    assert "row 4: unknown question 'P9.action.1'" in message
    assert "row 5: a checklist item (P1.action.1) leaves 'about' empty" in message
    assert "row 6: 'talks' needs 'about'" in message
    assert "row 7: 'talks' takes never, yearly, quarterly, monthly, weekly or daily" in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("who,about,question,answer\n", "it lacks respondent"),
        ("respondent,about,question,answer\n", "The file has no answers"),
    ],
)
def test_a_file_that_is_not_answers_is_refused_clearly(pmap, text, problem):
    with pytest.raises(ResponsesError, match=problem):
        read_responses(text.encode(), pmap)


def test_written_answers_read_back_the_same(pmap, tmp_path):
    responses = read_responses(ROUND, pmap)
    path = tmp_path / "round.csv"
    path.write_text(responses_csv(responses.answers), encoding="utf-8")
    assert read_responses(path, pmap).answers == responses.answers
    assert responses_csv([Answer(respondent="a", question="P1.action.1", answer="no")]) == (
        "respondent,about,question,answer,comment\na,,P1.action.1,no,\n"
    )


def test_analyse_with_responses_gives_the_findings_and_scores_as_json(capsys):
    args = ["analyse", str(SAMPLE), "--responses", str(ROUND), "--format", "json"]
    assert main([*args, "--today", "2026-09-15"]) == 0
    report = json.loads(capsys.readouterr().out)
    gaps = [f["title"] for f in report["findings"] if f["rule"] == "perception-gap"]
    assert "Cairn Community Care and Carronvale Carers Centre see their contact differently" in gaps
    survey = report["survey"]
    assert (survey["invited"], survey["answered"]) == (3, 3)
    # trust ratings in the file: 5, 2 and 4
    assert survey["network_trust"] == {"score": 3.67, "answers": 3}
    # Cairn says the carers centre answers to it (not on the map); the surgery is missing
    assert [(p["key"], p["new_actor"]) for p in survey["proposals"]] == [
        ("accountable_to:carronvale-carers-centre>cairn-community-care", False),
        ("communicates:carronvale-carers-centre>Mill Street Surgery", True),
    ]


def test_analyse_names_a_bad_answers_file(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("respondent,about,question,answer\nNobody,,P1.action.1,yes\n")
    assert main(["analyse", str(SAMPLE), "--responses", str(bad)]) == 2
    assert "--responses" in capsys.readouterr().err


def test_readiness_items_and_resources_each_way_read_and_write_back(pmap):
    text = (
        "respondent,about,question,answer,comment\n"
        "Cairn Community Care,,R.4,Partly,goals agreed but not written\n"
        "Cairn Community Care,Carronvale Carers Centre,premises,yes,\n"
        "Cairn Community Care,Carronvale Carers Centre,in-kind,They,printing\n"
        "Carronvale Carers Centre,Cairn Community Care,volunteers,neither,\n"
    )
    responses = read_responses(text, pmap)
    assert [(a.about, a.question, a.answer) for a in responses.answers] == [
        ("", "R.4", "partly"),
        ("carronvale-carers-centre", "premises", "yes"),
        ("carronvale-carers-centre", "in-kind", "they"),
        ("cairn-community-care", "volunteers", "neither"),
    ]
    assert read_responses(responses_csv(responses.answers), pmap) == responses


def test_a_resource_question_takes_the_directions_and_a_readiness_item_no_one(pmap):
    bad = (
        "respondent,about,question,answer\n"
        "Cairn Community Care,Connect Carronvale,staff,lots\n"
        "Cairn Community Care,Connect Carronvale,R.2,yes\n"
    )
    with pytest.raises(ResponsesError) as raised:
        read_responses(bad, pmap)
    assert "row 2: 'staff' takes yes, no, they, both, neither or don't know, not 'lots'" in str(
        raised.value
    )
    assert "row 3: a checklist item (R.2) leaves 'about' empty" in str(raised.value)
