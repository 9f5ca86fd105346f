"""The README and the command line agree: every command and option the README shows exists,
and every command the tool has is in the README."""

from __future__ import annotations

import re
import subprocess

import pytest

from mapper.cli import COMMANDS, main
from tests import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Command lines in the README's code blocks: `mapper ...` or `.venv/bin/mapper ...`.
SHOWN = [
    line.split("#")[0].split()
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    for line in block.splitlines()
    if re.match(r"(\S*/)?mapper\s+\w", line.strip())
]
OPTIONS = sorted(
    {
        (words[1], option)
        for words in SHOWN
        for option in re.findall(r"--[a-z][a-z-]*", " ".join(words))
    }
)


def help_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_the_readme_shows_commands_and_every_command_is_in_it(capsys):
    shown = {words[1] for words in SHOWN}
    assert len(SHOWN) >= 10 and len(OPTIONS) >= 8  # the parsing above found the examples
    assert shown == set(COMMANDS)
    top = help_of(capsys)
    for command in shown:
        assert re.search(rf"^\s+{command}\s", top, re.MULTILINE), command


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[" ".join(o) for o in OPTIONS])
def test_every_option_the_readme_shows_is_in_the_commands_help(capsys, command, option):
    assert re.search(rf"(^|\s|\[){option}\b", help_of(capsys, command)), f"{command} {option}"


def test_make_run_takes_the_port(tmp_path):
    assert "make run PORT=8051" in README
    dry_run = subprocess.run(
        ["make", "--dry-run", "--no-print-directory", "run", "PORT=8051", f"VENV={tmp_path}"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert dry_run.stdout.splitlines()[-1] == f"{tmp_path}/bin/mapper serve --port 8051"


def test_every_link_in_the_readme_to_a_file_of_the_repository_exists():
    links = re.findall(r"\]\(([^)#\s]+)\)", README)
    local = [link for link in links if "://" not in link]
    assert "mapper/data/content/rules.yaml" in local  # the parsing above found the links
    assert [link for link in local if not (ROOT / link).exists()] == []
