"""The short meeting brief (the one previewed and printed): capped lists that say how many
more there are, worst findings first, and a first line that counts what is open. Built on
the hand-made map of the insight tests, with extra findings made by hand."""

from __future__ import annotations

from dataclasses import replace

from mapper.graph.analyse import analyse
from mapper.graph.insight import Reviewed, meeting_brief
from mapper.io.brief import SHORT, brief_html, brief_markdown, glance
from tests.graph.test_insight import MEETING, _finding, riverside


def _reviewed(rule: str, severity: str) -> Reviewed:
    return Reviewed(
        finding=replace(_finding(rule, severity, ("P6",)), title=f"{rule} ({severity})"),
        review=None,
        action="Talk about it.",
        rests_on="",
    )


def _long_brief():
    brief = meeting_brief(analyse(riverside(), today=MEETING), ["lead", "funder"], MEETING)
    others = tuple(
        _reviewed(f"rule-{i}", severity)
        for i, severity in enumerate(["low", "medium", "high", "low", "medium", "high", "low"])
    )
    return replace(brief, findings=others)


def test_the_short_brief_shows_a_few_of_each_section_and_counts_the_rest():
    text = brief_markdown(_long_brief(), full=False)
    section = text.split("## Other open findings about those present (7)")[1].split("\n## ")[0]
    shown = [line for line in section.splitlines() if line.startswith("- **")]
    assert len(shown) == SHORT
    assert f"and {7 - SHORT} more, in the full brief." in section
    # worst first: both high findings lead, then a medium one
    assert shown[0].startswith("- **rule-2 (high)**") and shown[1].startswith("- **rule-5 (high)**")
    assert "(medium)" in shown[2]
    assert "Suggested:" not in section  # the actions are in the checklist


def test_the_full_brief_lists_everything():
    text = brief_markdown(_long_brief())
    section = text.split("## Other open findings about those present (7)")[1].split("\n## ")[0]
    assert len([line for line in section.splitlines() if line.startswith("- **")]) == 7
    assert "more, in the full brief" not in section


def test_the_first_line_counts_what_is_open():
    brief = replace(_long_brief(), stale_links=(), accountability_gaps=(), checklist=())
    # lead and funder: one missing link (funding and accountability, no channel)
    assert glance(brief) == "2 findings need attention, 1 link to consider, 7 other open findings."
    html = brief_html(brief, full=False)
    assert '<p class="glance"><strong>At a glance:</strong> 2 findings need attention' in html
    assert html.count("<section>") == 6  # the five sections and the notes box
