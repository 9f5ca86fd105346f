"""The YAML holds every key point, action, hint and checklist item of the Compass, no more.

The expected counts were taken by hand from the Compass text
(../shared/seeds/000_43aeebf270a7968b.txt beside the repository) and are re-derived by the small parser below,
so a miscount in either shows up. The parser tests skip if the text is not on this machine
(set COMPASS_TEXT to its path); the YAML tests always run.

How the text is laid out (its PDF icons and checkbox glyphs were lost in extraction):
- a checklist item (key point, action, readiness question) starts a line after a blank
  line, or on a line with leading space where a glyph used to be; its text may wrap;
- key points and readiness items are questions; actions start "We" (once "Together we");
- bulleted lists use "•", the PSP working values use "- ";
- helpful hints have no marker left, so their opening words are listed by hand and the
  test checks each opens a line after the principle's action checklist.
"""

from __future__ import annotations

import os
import re
from itertools import pairwise
from pathlib import Path

import pytest

from mapper.content import load_content

# The steering repo's shared/ folder sits beside this repository's clone (CI lays it so).
SEED = Path(
    os.environ.get(
        "COMPASS_TEXT",
        Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_43aeebf270a7968b.txt",
    )
)

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
PROCESS_HEADINGS = (
    "Inputs / Resources for partnership:",
    "Partnership activities:",
    "Engagement / involvement /reach:",
    "Stakeholder reactions / awareness",
    "Knowledge, attitudes, skills and aspirations",
    "Practice and behaviours for effective partnership:",
    "Examples of final outcomes of effective partnerships:",
    "Factors influencing the effectiveness",
)

QUESTION = re.compile(r"(Are|Do|Does|Have|How|If|Is|What|Why)\b")
ACTION = re.compile(r"(We|Together we)\b")


# ----- a small parser of the Compass text -------------------------------------------------
def between(text: str, start: str, end: str) -> str:
    """The text after the first ``start`` up to the next ``end``."""
    head = text.index(start) + len(start)
    return text[head : text.index(end, head)]


def item_starts(region: str) -> list[str]:
    """Lines that open a checklist item: after a blank line, or indented (a lost glyph)."""
    lines = region.split("\n")
    return [
        line.strip()
        for previous, line in zip(["", *lines], lines, strict=False)
        if line.strip() and (not previous.strip() or line[:1].isspace())
    ]


def count_starting(region: str, pattern: re.Pattern[str]) -> int:
    return sum(1 for line in item_starts(region) if pattern.match(line))


def count_bullets(region: str, bullet: str = "•") -> int:
    return sum(1 for line in region.split("\n") if line.strip().startswith(bullet))


def principle_section(text: str, pid: str) -> str:
    """The text of Principle n, up to the next principle or Section 4."""
    number = int(pid[1:])
    start = re.search(rf"^\s*Principle {number}:", text, re.MULTILINE)
    end = re.search(rf"^\s*(Principle {number + 1}:|4\. Examples)", text, re.MULTILINE)
    assert start and end, f"cannot find {pid} in the Compass text"
    return text[start.start() : end.start()]


def seed_principle_counts(text: str, pid: str) -> tuple[int, int]:
    section = principle_section(text, pid)
    key_points = between(section, "Key points to consider:", "Action checklist:")
    actions = section[section.index("Action checklist:") :]
    return count_starting(key_points, QUESTION), count_starting(actions, ACTION)


def seed_list_counts(text: str) -> dict[str, int]:
    readiness = between(text, "Are you ready to set up a partnership?", "Good practice in a")
    return {
        "readiness": count_starting(readiness, QUESTION),
        "benefits": count_bullets(between(text, "benefits and\nadvantages", "Figure 1:")),
        "challenges": count_bullets(between(text, "disadvantages", "It is also worth noting")),
        "assumptions": count_bullets(between(text, "Underlying assumptions", "\nRisks\n")),
        "risks": count_bullets(between(text, "\nRisks\n", "Adapted from")),
        "P2.values": count_bullets(
            between(text, "Memorandum of Understanding (MoU):", "The Scottish Government"), "- "
        ),
        "P4.qualities": count_bullets(
            between(text, "Good leadership qualities include:", "Key points to consider:")
        ),
        "P5.outside": count_bullets(between(text, "may have to:", "By doing the above")),
    }


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip(f"the Compass text is not at {SEED} (set COMPASS_TEXT)")
    return SEED.read_text(encoding="utf-8")


# ----- the hand counts agree with the text ------------------------------------------------
@pytest.mark.parametrize("pid", PRINCIPLE_COUNTS)
def test_parser_finds_the_hand_counted_key_points_and_actions(seed: str, pid: str) -> None:
    key_points, actions, _ = PRINCIPLE_COUNTS[pid]
    assert seed_principle_counts(seed, pid) == (key_points, actions)


@pytest.mark.parametrize("pid", HINT_OPENINGS)
def test_each_hint_opens_a_line_after_the_action_checklist(seed: str, pid: str) -> None:
    section = principle_section(seed, pid)
    after_actions = section[section.index("Action checklist:") :]
    for opening in HINT_OPENINGS[pid]:
        assert re.search(rf"^{re.escape(opening)}", after_actions, re.MULTILINE), opening
    assert len(HINT_OPENINGS[pid]) == PRINCIPLE_COUNTS[pid][2]


def test_parser_finds_the_hand_counted_lists(seed: str) -> None:
    assert seed_list_counts(seed) == LIST_COUNTS


def test_parser_finds_the_hand_counted_process_items(seed: str) -> None:
    region = between(seed, "Processes for an Effective Partnership", "Underlying assumptions")
    counts = tuple(
        count_bullets(between(region, start, end)) for start, end in pairwise(PROCESS_HEADINGS)
    )
    assert counts == PROCESS_COUNTS


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
def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace("’", "'"))


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


def test_no_text_copies_a_run_of_eight_words_from_the_compass(seed: str) -> None:
    """Paraphrase, not copy: no text shares eight words in a row with the Compass."""
    seed_words = words(seed)
    runs = {tuple(seed_words[i : i + 8]) for i in range(len(seed_words) - 7)}
    copied = []
    for where, text in user_texts().items():
        text_words = words(text)
        if any(tuple(text_words[i : i + 8]) in runs for i in range(len(text_words) - 7)):
            copied.append(where)
    assert copied == []
