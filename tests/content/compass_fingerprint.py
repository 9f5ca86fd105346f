"""What the Compass tests need from the Compass text, without the text itself.

The Compass is not ours to redistribute, so the repository keeps only what the tests check
against, derived from the text by the small parser below and written to
``tests/data/compass-fingerprint.json``: the parser's counts of key points, actions, list
and process items; hashes of the first words of every line after each action checklist
(where the helpful hints start); and hashes of every run of eight words (to show that no
text of ours copies the Compass). Neither can be read back into the text.

Rebuild it from a copy of the text (the steering repository's
``seeds/000_43aeebf270a7968b.txt``)::

    .venv/bin/python -m tests.content.compass_fingerprint PATH-TO-THE-TEXT

How the text is laid out (its PDF icons and checkbox glyphs were lost in extraction):
- a checklist item (key point, action, readiness question) starts a line after a blank
  line, or on a line with leading space where a glyph used to be; its text may wrap;
- key points and readiness items are questions; actions start "We" (once "Together we");
- bulleted lists use "•", the PSP working values use "- ";
- helpful hints have no marker left, so the test lists their opening words by hand.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from itertools import pairwise
from pathlib import Path

__all__ = ["FINGERPRINT", "RUN", "digest", "words"]

FINGERPRINT = Path(__file__).resolve().parents[1] / "data" / "compass-fingerprint.json"
RUN = 8  # words in a row that count as copying
PRINCIPLES = ("P1", "P2", "P3", "P4", "P5", "P6")
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


def words(text: str) -> list[str]:
    """Lower-case words, curly apostrophes straightened."""
    return re.findall(r"[a-z]+", text.lower().replace("’", "'"))


def digest(run: list[str]) -> str:
    """A short hash of some words (48 bits: one false match in millions of checks)."""
    return hashlib.blake2b(" ".join(run).encode(), digest_size=6).hexdigest()


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
    if not (start and end):
        raise ValueError(f"cannot find {pid} in the Compass text")
    return text[start.start() : end.start()]


def principle_counts(text: str, pid: str) -> list[int]:
    """(key points, actions) of one principle."""
    section = principle_section(text, pid)
    key_points = between(section, "Key points to consider:", "Action checklist:")
    actions = section[section.index("Action checklist:") :]
    return [count_starting(key_points, QUESTION), count_starting(actions, ACTION)]


def line_openings(text: str, pid: str) -> list[str]:
    """Hashes of the first 1 to RUN words of every line after the action checklist."""
    section = principle_section(text, pid)
    after = section[section.index("Action checklist:") :]
    found = set()
    for line in after.split("\n"):
        line_words = words(line)
        found.update(digest(line_words[:n]) for n in range(1, min(RUN, len(line_words)) + 1))
    return sorted(found)


def list_counts(text: str) -> dict[str, int]:
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


def process_counts(text: str) -> list[int]:
    region = between(text, "Processes for an Effective Partnership", "Underlying assumptions")
    return [count_bullets(between(region, a, b)) for a, b in pairwise(PROCESS_HEADINGS)]


def fingerprint(text: str) -> dict[str, object]:
    """Everything the tests check, derived from the Compass text."""
    text_words = words(text)
    return {
        "principles": {pid: principle_counts(text, pid) for pid in PRINCIPLES},
        "lists": list_counts(text),
        "processes": process_counts(text),
        "lines_after_actions": {pid: line_openings(text, pid) for pid in PRINCIPLES},
        "runs": sorted({digest(text_words[i : i + RUN]) for i in range(len(text_words) - RUN + 1)}),
    }


def main(path: str) -> None:
    data = fingerprint(Path(path).read_text(encoding="utf-8"))
    lines = (f"{json.dumps(key)}: {json.dumps(value)}" for key, value in data.items())
    FINGERPRINT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"Wrote {FINGERPRINT} ({len(data['runs'])} runs of {RUN} words)")


if __name__ == "__main__":
    main(sys.argv[1])
