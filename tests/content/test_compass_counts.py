"""The YAML holds every key point, action, hint and checklist item of the Compass, no more.

The expected counts were taken by hand from the Compass text and are checked against what
the parser in :mod:`tests.content.compass_fingerprint` derived from that text (kept in
``tests/data/compass-fingerprint.json``, as the text is not ours to redistribute), so a
miscount in either shows up.
"""

from __future__ import annotations

import json

import pytest

from mapper.content import load_content
from tests.content.compass_fingerprint import FINGERPRINT, RUN, digest, words

# id: (key points, actions, hints), counted by hand. Seed line numbers of the first item:
# P1 from 420, P2 from 499, P3 from 639, P4 from 796, P5 from 914, P6 from 992.
PRINCIPLE_COUNTS = {
    "P1": (9, 5, 1),
    "P2": (7, 7, 2),
    "P3": (2, 6, 2),
    "P4": (3, 5, 2),
    "P5": (5, 5, 1),
    "P6": (5, 5, 1),
}

# The opening words of each helpful hint, as printed in the Compass.
HINT_OPENINGS = {
    "P1": ("Develop a Skills/ Knowledge Matrix",),
    "P2": ("Develop a Partnership Agreement", "Develop a Contingency Plan"),
    "P3": ("Take stock of the knowledge", "Create a collaborative ‘stakeholder map’"),
    "P4": ("ACOSVO’s Leadership Exchange Programme", "Collaborate is a research"),
    "P5": ("There are power dynamics",),
    "P6": ("Most partnerships focus their monitoring",),
}

# The other lists of the Compass, counted by hand.
LIST_COUNTS = {
    "readiness": 9,
    "benefits": 8,
    "challenges": 8,
    "assumptions": 9,
    "risks": 8,
    "P2.values": 7,
    "P4.qualities": 8,
    "P5.outside": 3,
}
# Processes for an effective partnership, per stage PR.1..PR.7, counted by hand.
PROCESS_COUNTS = (3, 3, 3, 3, 6, 9, 7)


@pytest.fixture(scope="module")
def derived() -> dict:
    return json.loads(FINGERPRINT.read_text(encoding="utf-8"))


# ----- the hand counts agree with the text ------------------------------------------------
def test_parser_finds_the_hand_counted_key_points_and_actions(derived: dict) -> None:
    assert {pid: tuple(counts) for pid, counts in derived["principles"].items()} == {
        pid: (key_points, actions) for pid, (key_points, actions, _) in PRINCIPLE_COUNTS.items()
    }


@pytest.mark.parametrize("pid", HINT_OPENINGS)
def test_each_hint_opens_a_line_after_the_action_checklist(derived: dict, pid: str) -> None:
    openings = set(derived["lines_after_actions"][pid])
    for opening in HINT_OPENINGS[pid]:
        assert digest(words(opening)) in openings, opening
    assert len(HINT_OPENINGS[pid]) == PRINCIPLE_COUNTS[pid][2]


def test_parser_finds_the_hand_counted_lists(derived: dict) -> None:
    assert derived["lists"] == LIST_COUNTS


def test_parser_finds_the_hand_counted_process_items(derived: dict) -> None:
    assert tuple(derived["processes"]) == PROCESS_COUNTS


# ----- the YAML has exactly that many --------------------------------------------------------
@pytest.mark.parametrize("pid", PRINCIPLE_COUNTS)
def test_yaml_has_every_key_point_action_and_hint(pid: str) -> None:
    principle = load_content().principle(pid)
    counts = (len(principle.key_points), len(principle.actions), len(principle.hints))
    assert counts == PRINCIPLE_COUNTS[pid]


def test_yaml_has_every_item_of_the_other_lists() -> None:
    content = load_content()
    counts = {
        "readiness": len(content.readiness),
        "benefits": len(content.benefits),
        "challenges": len(content.challenges),
        "assumptions": len(content.assumptions),
        "risks": len(content.risks),
    }
    for principle in content.principles:
        counts.update({item_list.id: len(item_list.items) for item_list in principle.lists})
    counts.pop("P3.notes"), counts.pop("P6.notes")  # prose of the Compass, not bullet lists
    assert counts == LIST_COUNTS


def test_yaml_has_every_process_item_by_stage() -> None:
    stages = load_content().processes
    assert [stage.id for stage in stages] == [f"PR.{n}" for n in range(1, 8)]
    assert tuple(len(stage.items) for stage in stages) == PROCESS_COUNTS


# ----- in our own words ---------------------------------------------------------------------
def user_texts() -> dict[str, str]:
    """Every text a user reads, by where it lives."""
    content = load_content()
    texts = {item.id: item.text for item in content.items_by_id.values()}
    for principle in content.principles:
        texts[f"{principle.id} statement"] = principle.statement
        texts[f"{principle.id} summary"] = principle.summary
    texts |= {f"tool {tool.id}": tool.what for tool in content.tools}
    texts |= {f"support {org.id}": org.what for org in content.support}
    return texts


def copied_runs(texts: dict[str, str], runs: set[str]) -> list[str]:
    """Where a text shares RUN words in a row with the Compass (``runs``: their hashes)."""
    return [
        where
        for where, text in texts.items()
        if any(
            digest(w[i : i + RUN]) in runs for w in [words(text)] for i in range(len(w) - RUN + 1)
        )
    ]


def test_no_text_copies_a_run_of_eight_words_from_the_compass(derived: dict) -> None:
    """Paraphrase, not copy: no text shares eight words in a row with the Compass."""
    assert copied_runs(user_texts(), set(derived["runs"])) == []


def test_a_copied_run_would_be_caught(derived: dict) -> None:
    """The check above can fail: a few words straight from the Compass's preface are found."""
    quoted = "in response to a demand amongst third sector organisations working in partnership"
    assert copied_runs(
        {"quoted": quoted, "ours": "we map who works with whom"}, set(derived["runs"])
    ) == ["quoted"]
