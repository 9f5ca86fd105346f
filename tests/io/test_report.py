"""Analysis reports as a user reads them, and ``mapper analyse`` as a user runs it."""

import datetime as dt
import json

import pytest

from mapper.cli import main
from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from mapper.io.report import report_dict, report_markdown, report_text, to_html

TODAY = dt.date(2026, 9, 15)


@pytest.fixture
def small() -> PartnershipMap:
    """A lead, a partner nobody talks to, and a funder the lead answers to."""
    pmap = PartnershipMap(name="Riverside Partnership")
    pmap.add_node(id="lead", label="Lead Charity", role="lead partner", power=4, interest=5)
    pmap.add_node(id="partner", label="Youth Club", role="partner", power=2, interest=4)
    pmap.add_node(id="funder", label="Trust", role="stakeholder", power=5, interest=3)
    pmap.add_edge("lead", "funder", "accountable_to")
    pmap.add_edge("funder", "lead", "resource", resource="funding", importance=5)
    pmap.add_edge("lead", "funder", "communicates", last_contact="2026-01-10")
    return pmap


def test_json_shape_is_the_one_the_issue_gives(small):
    data = report_dict(analyse(small, today=TODAY))
    assert list(data) == ["map", "findings", "metrics", "suggested_links", "candidates"]
    assert list(data["findings"][0]) == [
        "rank",
        "key",
        "attention",
        "rule",
        "principles",
        "severity",
        "title",
        "explanation",
        "nodes",
        "edges",
        "why",
        "action",
        "params",
    ]
    assert data["map"]["as_of"] == "2026-09-15"
    assert data["map"]["caveats"][0].startswith("This map has 3 actors.")
    json.dumps(data)  # plain data all the way down
    first = data["findings"][0]
    assert first["severity"] == "high" and first["nodes"] == ["partner"]
    assert first["rank"] == 1 and first["attention"] is True
    assert first["action"]["id"] == "P2.action.5" and first["action"]["text"]
    assert first["why"].startswith("Expectations can only be managed with people you talk to.")
    assert [f["rank"] for f in data["findings"]] == list(range(1, len(data["findings"]) + 1))
    # Every candidate link, with its rank and why, not only the first few.
    assert data["suggested_links"] == data["candidates"][: len(data["suggested_links"])]
    assert {"rank", "need", "reason", "reasons", "seat"} <= set(data["candidates"][0])


def test_markdown_groups_by_principle_with_the_action_and_how_it_was_checked(small):
    text = report_markdown(analyse(small, today=TODAY))
    assert text.startswith("# Health check: Riverside Partnership\n")
    p2 = text.index("## P2 Clear expectations")
    assert text.index("## P1 Clear purpose") < p2 < text.index("## P3 Time and resources")
    section = text[p2 : text.index("## P3")]
    assert "**High: Youth Club is out of reach.**" in section
    assert (
        "_What the Compass suggests (P2 Clear expectations, action 5):_ “We have drawn up"
        in section
    )
    assert "_How this was checked:_ Looks for partners and stakeholders" in section
    # The stale link (P2, P6) is written out under P2 and pointed to from P6 by its rule.
    assert "Lead Charity and Trust last spoke on 2026-01-10" in section
    p6 = text[text.index("## P6 Learning together") :]
    assert "Lead Charity and Trust last spoke" not in p6
    assert "_Also relevant here:_ Links gone quiet (1, under P2 Clear expectations)" in p6
    assert "_Why it matters:_ Expectations can only be managed" in section
    # What needs attention comes first, before the principles.
    first = text.index("## Needs attention first")
    assert first < text.index("## At a glance")
    assert "1. **Youth Club is out of reach** (P2 Clear expectations)" in text[first:]
    # Ranks read as places: Trust (power 5) comes first of the three by recorded power.
    assert "| Trust | manage closely | not recorded | 1st |" in text


def test_links_to_consider_are_listed_once_not_as_findings(small):
    # Youth Club and the lead share nothing, but the lead provides nothing either: add a
    # flow from Trust to Youth Club, which do not talk, so the pair is suggested.
    small.add_edge("funder", "partner", "resource", resource="funding")
    text = report_markdown(analyse(small, today=TODAY))
    assert text.count("Trust and Youth Club") == 1
    links = text[text.index("## Links to consider") :]
    assert (
        "**Trust and Youth Club**: Trust provides funding to Youth Club, yet they do not talk."
        in links
    )
    assert "### Links to consider" not in text  # not repeated as a principle's findings
    assert "To consider:" not in text


def test_text_report_is_wrapped_and_names_actors(small):
    text = report_text(analyse(small, today=TODAY), width=70)
    assert "P2 CLEAR EXPECTATIONS" in text
    assert "[High] Youth Club is out of reach" in text
    assert all(len(line) <= 70 for line in text.splitlines() if not line.lstrip().startswith("-"))


def test_cli_analyse_json_is_reproducible_with_today(small, tmp_path, capsys):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(small.to_dict()))
    assert main(["analyse", str(path), "--format", "json", "--today", "2026-09-15"]) == 0
    data = json.loads(capsys.readouterr().out)
    stale = [f for f in data["findings"] if f["rule"] == "stale-link"]
    # 2026-01-10 -> 2026-09-15 is 248 days; no frequency: limit 90, high past 180.
    assert [(f["nodes"], f["severity"]) for f in stale] == [(["lead", "funder"], "high")]
    args = ["analyse", str(path), "--format", "json", "--today", "2026-09-15"]
    assert main([*args, "--set", "stale-link.days=300"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not [f for f in data["findings"] if f["rule"] == "stale-link"]


def test_cli_analyse_for_a_meeting(small, tmp_path, capsys):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(small.to_dict()))
    assert main(["analyse", str(path), "--format", "markdown", "--attendees", "funder"]) == 0
    out = capsys.readouterr().out
    assert "For a meeting of Trust" in out
    assert "Youth Club is out of reach" not in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--today", "15/09/2026"], "expected a date written YYYY-MM-DD"),
        (["--set", "stale-link.days"], "expected RULE.PARAM=VALUE"),
        (["--set", "stale.days=3"], "unknown rule 'stale'"),
        (["--set", "stale-link.days=soon"], "stale-link.days: 'soon' is not valid"),
        (["--attendees", "lead,nobody"], "not on the map: nobody"),
    ],
)
def test_cli_analyse_bad_input_exits_2(small, tmp_path, capsys, extra, message):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(small.to_dict()))
    assert main(["analyse", str(path), *extra]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_an_empty_map_says_what_could_not_be_checked():
    text = report_markdown(analyse(PartnershipMap(name="Empty"), today=TODAY))
    assert "No issues found" not in text
    assert text.count("Nothing found, but some checks could not run") == 6
    assert "- **Links gone quiet**: This check could not run: no communication link" in text


def test_html_is_one_self_contained_page_grouped_by_principle(small):
    page = to_html(analyse(small, today=TODAY))
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "http" not in page and "<link" not in page
    assert "@media print" in page  # the print stylesheet is inside the page
    assert [page.count(f"<h2>P{n} ") for n in range(1, 7)] == [1] * 6  # the six principles
    assert page.index("<h2>P1 ") < page.index("<h2>P2 ") < page.index("<h2>P6 ")
    # A severity badge carries its word, so it reads in black and white.
    assert '<span class="tag high">High</span><span><span class="head">Youth Club is out' in page
    assert "<h2>Power and interest</h2>" in page


def test_html_escapes_what_users_typed():
    pmap = PartnershipMap(name="Tom & Jerry <Partners>")
    pmap.add_node(id="lead", label="Lead", role="lead partner")
    pmap.add_node(id="x", label="<script>alert(1)</script>", role="partner")
    page = to_html(analyse(pmap, today=TODAY))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is out of reach" in page
    assert "<title>Health check: Tom &amp; Jerry &lt;Partners&gt;</title>" in page


def test_cli_analyse_html(small, tmp_path, capsys):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(small.to_dict()))
    assert main(["analyse", str(path), "--format", "html", "--today", "2026-09-15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!doctype html>") and "As of 15 September 2026" in out
