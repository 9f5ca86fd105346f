"""The meeting brief as Markdown and printable HTML, on the hand-made map of the insight
tests (the funder gives to the lead and the council but talks to neither)."""

from __future__ import annotations

import re

from mapper.graph.insight import meeting_brief
from mapper.graph.model import PartnershipMap
from mapper.io.brief import brief_filename, brief_html, brief_markdown
from tests.graph.test_insight import MEETING, riverside


def _brief(attendees=("lead", "funder", "council"), **kwargs):
    return meeting_brief(riverside(), list(attendees), MEETING, **kwargs)


def test_markdown_lists_who_comes_and_the_missing_links():
    text = brief_markdown(_brief())
    assert text.startswith("# Meeting brief: Riverside Carers Partnership\n")
    assert "**Meeting:** Thursday 1 October 2026" in text
    assert "**Attending:** Lead Charity; Funder; Council" in text
    section = text.split("## Links to consider among those present (2)")[1].split("\n## ")[0]
    links = re.findall(r"^- \*\*(.+?)\*\*", section, flags=re.M)
    assert sorted(links) == ["Funder and Council", "Lead Charity and Funder"]
    assert "## Links gone quiet (1)" in text
    assert "Lead Charity and Council last spoke on 2026-01-05" in text


def test_markdown_checklist_is_tickable_and_skips_ticked_items():
    ticks = {"P5.action.5": {"who": "Sam", "at": None}}
    text = brief_markdown(_brief(ticks=ticks))
    section = text.split("## Open checklist items")[1]
    assert "- [ ] " in section
    assert "stakeholder maps regularly" not in section  # P5.action.5, ticked


def test_markdown_says_so_when_a_section_is_empty():
    text = brief_markdown(_brief(attendees=("lead", "council")))
    assert "## Links to consider among those present\n\n_None: everyone present" in text


def test_html_is_one_self_contained_printable_page():
    page = brief_html(_brief())
    assert page.startswith("<!doctype html>")
    assert "@media print" in page and "@page" in page
    assert "<script" not in page and "http" not in page  # nothing fetched, nothing run
    assert page.count("<section>") == 6  # five sections and the notes box
    assert "Lead Charity and Funder" in page


def test_html_escapes_what_users_typed():
    pmap = PartnershipMap(name="Tom & Jerry <Partners>")
    pmap.add_node(id="a", label="<b>Alpha</b>")
    page = brief_html(meeting_brief(pmap, ["a"], MEETING))
    assert "<b>Alpha</b>" not in page and "&lt;b&gt;Alpha&lt;/b&gt;" in page
    assert "Tom &amp; Jerry &lt;Partners&gt;" in page


def test_filename_names_the_map_and_the_date():
    assert brief_filename(_brief(), "html") == "brief-riverside-carers-partnership-2026-10-01.html"
