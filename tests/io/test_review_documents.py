"""The documents drafted from a map (action plan, communications strategy, partnership
agreement) and the "what changed" page in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mapper.app.changes import change_key, diff_elements
from mapper.graph.analyse import analyse
from mapper.graph.diff import diff_maps
from mapper.io.changes import changes_html, changes_markdown, changes_text, review_prompts
from mapper.io.documents import (
    action_plan,
    agreement,
    comms_strategy,
    document_html,
    document_markdown,
)
from tests.store.conftest import riverside

TODAY = dt.date(2026, 9, 15)


@dataclass
class _Action:
    id: int
    title: str
    owner: str | None
    due: str | None
    status: str
    finding_key: str | None
    contingency: str


def _later():
    pmap = riverside()
    pmap.add_node(id="food", label="Food <b>Bank</b>", role="partner", skills=["cooking"])
    pmap.update_node("city-council", power=2)
    pmap.remove_edge("e4")
    return pmap


def test_the_agreement_is_drafted_from_the_map_with_the_partnerships_notes():
    notes = {"agreement:purpose": "We agree to meet monthly."}

    doc = agreement(analyse(riverside(), today=TODAY), [], notes)

    parts = {s.key: s for s in doc.sections}
    assert list(parts) == [
        "agreement:purpose",
        "agreement:partners",
        "agreement:accountability",
        "agreement:decisions",
        "agreement:resources",
        "agreement:communication",
        "agreement:contingency",
    ]
    assert parts["agreement:purpose"].lines == ("Carers get support early",)
    assert parts["agreement:purpose"].note == "We agree to meet monthly."
    assert parts["agreement:partners"].lines[0] == "Riverside Trust: lead partner, third."
    assert parts["agreement:accountability"].lines == (
        "Riverside Trust answers to City Council for grant outcomes.",
    )
    assert parts["agreement:decisions"].lines == (
        "Carers Forum: 1 seat; chaired by Jo Smith; votes: Jo Smith.",
    )
    assert (
        "City Council gives Riverside Trust funding (50,000)." in parts["agreement:resources"].lines
    )
    markdown = document_markdown(doc)
    assert markdown.startswith("# Partnership agreement (draft): Riverside Carers Partnership")
    assert "**Agreed:** We agree to meet monthly." in markdown
    assert "<h2>Contingency: single points of failure</h2>" in document_html(doc)


def test_the_comms_strategy_names_who_talks_to_each_stakeholder_and_the_gaps():
    pmap = riverside()
    pmap.update_edge("e4", channel="email", frequency="monthly", last_contact="2026-09-01")
    pmap.add_node(label="Young Carers", kind="group")

    doc = comms_strategy(analyse(pmap, today=TODAY), {"comms:city-council": "Agenda first"})

    council = next(s for s in doc.sections if s.key == "comms:city-council")
    assert council.lines == (
        "Who talks with them: Riverside Trust.",
        "By: email.",
        "How often: monthly.",
        "Last in touch: 1 September 2026.",
    )
    assert council.note == "Agenda first"
    assert "comms:riverside-trust" not in {s.key for s in doc.sections}  # the lead
    group = next(s for s in doc.sections if s.key == "comms:young-carers")
    assert group.lines == ("Nobody on the map talks with them yet.",)


def test_the_action_plan_says_what_is_overdue_and_what_has_no_contingency():
    actions = [
        _Action(1, "Agree a channel", "city-council", "2026-08-01", "open", None, ""),
        _Action(2, "Write the agreement", None, None, "done", None, "Jo steps in"),
    ]

    doc = action_plan(analyse(riverside(), today=TODAY), actions)

    first, second = doc.sections
    assert first.lines == ("Open: City Council, due 1 August 2026 (overdue).",)
    assert first.gaps == ("No contingency agreed yet (P5 action 1).",)
    assert second.lines == ("Done: no owner yet, no date yet.", "If it slips: Jo steps in")


def test_what_changed_in_words_and_on_the_map():
    found = diff_maps(riverside(), _later(), before_day=TODAY, after_day=TODAY)

    text = changes_text(found, "Kickoff", "now")
    assert "From Kickoff (15 September 2026) to now (15 September 2026)." in text
    assert "- Added: Food <b>Bank</b>" in text
    assert "- Changed: City Council: power 5 → 2" in text
    markdown = changes_markdown(found, "Kickoff", "now")
    assert "- **Removed:** Riverside Trust → City Council (communicates)" in markdown
    assert "&lt;b>" in markdown  # a label's markup is shown, never run
    page = changes_html(found, "Kickoff", "now")
    assert "Food &lt;b&gt;Bank&lt;/b&gt;" in page and "<b>Bank" not in page
    prompts = review_prompts(found)
    assert prompts["P6.action.5"] == "Skills changed for Food <b>Bank</b>."
    assert "New on the map, to keep informed: Food <b>Bank</b>." in prompts["P3.action.5"]

    elements = {e["data"]["id"]: e for e in diff_elements(found)}
    assert elements["food"]["classes"] == "added"
    assert elements["food"]["data"]["label"] == "+ Food <b>Bank</b>"
    assert elements["city-council"]["classes"] == "changed"
    assert elements["e4"]["classes"] == "removed"  # drawn back from the earlier map
    assert "classes" not in elements["carers-forum"]
    assert len(change_key().children) == 6
