"""The ``mapper`` command as a user runs it: exit codes, messages, round trips."""

import json
import subprocess
import sys

import pytest

from mapper.cli import main
from tests import SAMPLE_MAPS

SAMPLES = sorted(SAMPLE_MAPS.glob("*.json"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mapper.cli", *args], capture_output=True, text=True, check=False
    )


def test_help_explains_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for word in ("validate", "convert", "info", "nodes.csv", "edges.csv"):
        assert word in result.stdout


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_samples_round_trip_json_csv_json(sample, tmp_path):
    assert main(["validate", str(sample)]) == 0
    assert main(["convert", str(sample), str(tmp_path / "csv")]) == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "edges.csv",
        "map.csv",
        "nodes.csv",
    ]
    assert main(["convert", str(tmp_path / "csv"), str(tmp_path / "back.json")]) == 0
    original = json.loads(sample.read_text("utf-8"))
    back = json.loads((tmp_path / "back.json").read_text("utf-8"))
    assert back == json.loads(json.dumps(original))  # the same graph, field for field
    assert len(back["nodes"]) == len(original["nodes"]) > 20


def test_bad_input_exits_2_with_every_problem_on_stderr(tmp_path):
    (tmp_path / "nodes.csv").write_text("id,label,power\na,Alpha,6\nb,Beta,x\n")
    (tmp_path / "edges.csv").write_text("source,target,kind\na,b,talks to\n")
    result = run("validate", str(tmp_path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "2 problems found, nothing was changed" in result.stderr
    assert "nodes.csv row 2, column 'power': '6'" in result.stderr
    assert "nodes.csv row 3, column 'power': 'x'" in result.stderr


def test_convert_writes_nothing_when_the_input_is_bad(tmp_path):
    (tmp_path / "nodes.csv").write_text("id,power\na,99\n")
    out = tmp_path / "out.json"
    assert main(["convert", str(tmp_path / "nodes.csv"), str(out)]) == 2
    assert not out.exists()


def test_missing_file_and_unknown_extension(tmp_path, capsys):
    assert main(["info", str(tmp_path / "nope.json")]) == 2
    assert "nope.json: no such file or folder" in capsys.readouterr().err
    (tmp_path / "nodes.csv").write_text("label\nAlpha\n")
    assert main(["convert", str(tmp_path / "nodes.csv"), str(tmp_path / "out.docx")]) == 2
    assert "cannot tell the format from '.docx'" in capsys.readouterr().err


def test_info_summarises_by_kind(tmp_path, capsys):
    (tmp_path / "nodes.csv").write_text(
        "label,kind,role\nLead,organisation,lead partner\nBoard,forum,\n"
    )
    (tmp_path / "edges.csv").write_text("source,target,kind\nlead,board,sits on\n")
    assert main(["info", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 actors, 1 link" in out
    assert "Actors by kind: organisation 1, forum 1" in out
    assert "Lead partner: Lead" in out
