"""A broken content file stops loading with an error that names the file and the id."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from mapper.content import DEFAULT_DIRECTORY, ContentError, load_content


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A private copy of content/ without rules.yaml, to break one thing at a time."""
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_DIRECTORY, target, ignore=shutil.ignore_patterns("rules.yaml"))
    return target


def edit(directory: Path, name: str, change: Callable[[Any], None]) -> None:
    path = directory / name
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


def principle(document: dict, pid: str) -> dict:
    return next(p for p in document["principles"] if p["id"] == pid)


def rename_support(document: dict) -> None:
    document["organisations"][1]["id"] = "acosvo"


def swap_actions(document: dict) -> None:
    actions = principle(document, "P2")["actions"]
    actions[4], actions[5] = actions[5], actions[4]


def misspell_text(document: dict) -> None:
    document["items"][2]["txt"] = document["items"][2].pop("text")


def add_tool_key(document: dict) -> None:
    document["tools"][0]["colour"] = "blue"


# (file, change, where the error points, words the problem must contain)
BREAKAGES = {
    "unknown tool": (
        "principles.yaml",
        lambda d: principle(d, "P3")["tools"].append("skill-matrix"),
        "P3",
        "names tool 'skill-matrix'",
    ),
    "risk names a missing principle": (
        "risks.yaml",
        lambda d: d["risks"]["items"][3].update(principles=["P2", "P7"]),
        "K.4",
        "names principle 'P7'",
    ),
    "risk names no principle": (
        "risks.yaml",
        lambda d: d["risks"]["items"][0].update(principles=[]),
        "K.1",
        "at least one principle",
    ),
    "id used in two files": ("support.yaml", rename_support, "acosvo", "used twice"),
    "actions out of order": ("principles.yaml", swap_actions, "P2.action.6", "'P2.action.5'"),
    "misspelt key": ("readiness.yaml", misspell_text, "R.3", "'text'"),
    "unknown key": ("tools.yaml", add_tool_key, "skills-matrix", "unknown key(s) colour"),
    "empty text": (
        "benefits_challenges.yaml",
        lambda d: d["challenges"]["items"][7].update(text="  "),
        "C.8",
        "non-empty text",
    ),
    "principle missing": (
        "principles.yaml",
        lambda d: d["principles"].pop(),
        "principles",
        "6 principles",
    ),
    "process stage misnumbered": (
        "processes.yaml",
        lambda d: d["stages"][2].update(id="PR.9"),
        "PR.9",
        "'PR.3'",
    ),
    "vocabulary lacks a model value": (
        "vocabulary.yaml",
        lambda d: d["edge_kind"].pop("influences"),
        "edge_kind 'influences'",
        "needs help text",
    ),
    "vocabulary has a value the model lacks": (
        "vocabulary.yaml",
        lambda d: d["sector"].update(voluntary={"help": "Charities."}),
        "sector 'voluntary'",
        "not a value the model defines",
    ),
    "edge kind without a label": (
        "vocabulary.yaml",
        lambda d: d["edge_kind"]["resource"].pop("label"),
        "edge_kind 'resource'",
        "'label'",
    ),
}


@pytest.mark.parametrize("case", BREAKAGES)
def test_broken_content_names_file_and_id(content_dir: Path, case: str) -> None:
    file, change, where, problem = BREAKAGES[case]
    edit(content_dir, file, change)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    assert (caught.value.file, caught.value.where) == (file, where)
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{file}, {where}: ")


def test_invalid_yaml_names_the_line(content_dir: Path) -> None:
    path = content_dir / "readiness.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - id: [R.10\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^readiness\.yaml, line \d+: is not valid YAML"):
        load_content(content_dir)


def test_missing_file_is_named(content_dir: Path) -> None:
    (content_dir / "support.yaml").unlink()
    with pytest.raises(ContentError, match=r"^support\.yaml, the file: not found"):
        load_content(content_dir)


# ----- rules.yaml belongs to the analysis; it may be absent --------------------------------
def write_rules(directory: Path, rules: Any) -> None:
    (directory / "rules.yaml").write_text(yaml.safe_dump({"rules": rules}), encoding="utf-8")


def test_without_rules_file_there_are_no_rules(content_dir: Path) -> None:
    assert dict(load_content(content_dir).rules) == {}


WORDS = {
    "name": "Information flows one way only",
    "help": "Only one side of this pair passes information on.",
    "why": "Partners need to talk to each other.",
    "principles": ["P2"],
    "action": "P2.action.5",
    "severity": "medium",
}


@pytest.mark.parametrize(
    "rules",
    [{"one-way-communication": WORDS}, [{"id": "one-way-communication", **WORDS}]],
    ids=["keyed-by-id", "list"],
)
def test_rules_are_loaded_by_id_with_their_words(content_dir: Path, rules: Any) -> None:
    write_rules(content_dir, rules)
    rule = load_content(content_dir).rules["one-way-communication"]
    assert (rule.name, rule.title, rule.principles, rule.actions) == (
        "Information flows one way only",
        "Information flows one way only",
        ("P2",),
        ("P2.action.5",),
    )
    assert rule.text == "Only one side of this pair passes information on."
    assert rule.extra == {"name": "Information flows one way only", "severity": "medium"}


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ({"principles": ["P9"]}, "names principle 'P9'"),
        ({"action": "P2.action.50"}, "names item 'P2.action.50'"),
        ({"name": None}, "needs a 'title'"),
    ],
)
def test_rules_must_name_real_principles_and_actions(
    content_dir: Path, words: dict, problem: str
) -> None:
    write_rules(content_dir, {"stale-link": {"name": "Stale link", **words}})
    with pytest.raises(ContentError, match=f"^rules\\.yaml, stale-link: {problem}"):
        load_content(content_dir)
