"""The ``mapper`` command as a user runs it: exit codes, messages, round trips."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapper.cli import main
from tests import SAMPLE_MAPS

INTEROP = Path(__file__).parent / "data" / "interop"

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


# ----- nothing dropped in silence ------------------------------------------------------------
def write_csv_map(folder, nodes: str, edges: str = "source,target,kind\n") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "nodes.csv").write_text(nodes, encoding="utf-8")
    (folder / "edges.csv").write_text(edges, encoding="utf-8")


def test_info_and_convert_print_the_import_report(tmp_path, capsys):
    write_csv_map(
        tmp_path / "in",
        "label,kind\nLead Charity,charity\nCouncil,organisation\n",
        "source,target,kind\nLead Charity,Council,reports to\n",
    )
    for command in (
        ["info", str(tmp_path / "in")],
        ["convert", str(tmp_path / "in"), str(tmp_path / "out.json")],
    ):
        assert main(command) == 0
        out = capsys.readouterr().out
        assert "Read nodes.csv + edges.csv as CSV." in out
        assert "Created 2 actors and 1 link." in out
        assert "Guessed: nodes.csv row 2: kind 'charity' read as organisation" in out
        assert (
            "Guessed: edges.csv row 2: source 'Lead Charity' matched by label to 'lead-charity'"
            in out
        )
    assert (
        json.loads((tmp_path / "out.json").read_text("utf-8"))["edges"][0]["kind"]
        == "accountable_to"
    )


def test_a_folder_is_read_for_its_nodes_and_edges_whatever_sits_beside_them(tmp_path, capsys):
    write_csv_map(tmp_path, "id,label\na,Alpha\nb,Beta\n", "source,target,kind\na,b,talks to\n")
    (tmp_path / "notes.csv").write_text("who,what\nAnn,call Beta\n")
    (tmp_path / "old-map.json").write_text("{}")
    (tmp_path / "budget.xlsx").write_bytes(b"not really a workbook")

    assert main(["info", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 actors, 1 link" in out
    for name in ("budget.xlsx", "notes.csv", "old-map.json"):
        assert (
            f"Ignored: {tmp_path / name}: not read, as it sits beside nodes.csv and edges.csv"
            in out
        )


def test_a_folder_of_one_map_file_reads_it_and_a_folder_of_several_asks_which(tmp_path, capsys):
    """As yEd's or Kumu's users keep them: one folder, a map file or several, a README."""
    folder = tmp_path / "yed"
    folder.mkdir()
    (folder / "README.md").write_text("Maps from the March workshop")
    source = INTEROP / "yed" / "yed-desktop-3.19_simple_11nodes.graphml"
    (folder / source.name).write_bytes(source.read_bytes())
    assert main(["info", str(folder)]) == 0
    assert "11 actors, 12 links" in capsys.readouterr().out

    (folder / "second.gexf").write_bytes((INTEROP / "gephi-lite" / "gephi-lite.gexf").read_bytes())
    result = run("info", str(folder))
    assert result.returncode == 2
    assert result.stderr == (
        f"mapper info: {folder}: this folder holds 2 files that may each be a map "
        f"(second.gexf, {source.name}); give the one to read "
        "(a folder is read whole only for its CSV tables)\n"
    )

    (folder / "second.gexf").unlink()
    (folder / source.name).unlink()
    result = run("info", str(folder))
    assert result.stderr == f"mapper info: {folder}: this folder holds no map files\n"


def test_a_stray_comma_names_the_row_and_the_fields_expected_and_found(tmp_path):
    write_csv_map(tmp_path, "id,label,kind\na,Alpha,group\nb,Smith, Jones and Co,organisation\n")
    result = run("validate", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (
        "mapper validate: nodes.csv row 3: expected 3 values (id, label, kind), found 4 "
        "('b', 'Smith', ' Jones and Co', 'organisation'); a value with a comma or a line break "
        "in it needs double quotes around it\n"
    )


def test_an_unclosed_quote_is_named_in_plain_words(tmp_path):
    write_csv_map(tmp_path, 'id,label\na,Alpha\nb,"Beta\nc,Gamma\n')
    result = run("info", str(tmp_path))
    assert result.returncode == 2
    assert "nodes.csv row 3: its double quotes do not pair up" in result.stderr
    assert "C error" not in result.stderr and "tokenizing" not in result.stderr


def test_rows_ending_in_commas_keep_their_columns(tmp_path):
    """Spreadsheets write empty trailing cells; every row having one more value than the
    header once made pandas read the ids as row names and shift each value one column."""
    write_csv_map(tmp_path, "id,label\na,Alpha,\nb,Beta,\n", "source,target,kind,\na,b,talks to,\n")
    out = tmp_path / "out.json"
    assert main(["convert", str(tmp_path), str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert [(n["id"], n["label"]) for n in document["nodes"]] == [("a", "Alpha"), ("b", "Beta")]
    assert [(e["source"], e["target"]) for e in document["edges"]] == [("a", "b")]


def test_a_file_nothing_could_be_read_from_exits_2_and_writes_nothing(tmp_path):
    source = tmp_path / "elements.cyjs"
    edges = [{"group": "edges", "data": {"weight": 1}}, {"group": "edges", "data": {"weight": 2}}]
    source.write_text(json.dumps({"elements": edges}))
    out = tmp_path / "out.json"
    result = run("convert", str(source), str(out))
    assert result.returncode == 2
    assert result.stderr == (
        "mapper convert: elements.cyjs: nothing could be read, so nothing was imported "
        "(edge 1: link skipped, an end is empty; edge 2: link skipped, an end is empty)\n"
    )
    assert result.stdout == ""
    assert not out.exists()


def test_a_map_with_no_actors_that_skipped_nothing_still_reads(tmp_path, capsys):
    source = tmp_path / "blank.json"
    source.write_text(
        json.dumps({"format": "partnership-map", "version": 1, "map": {"name": "Blank"}})
    )
    assert main(["info", str(source)]) == 0
    assert "Created 0 actors and 0 links." in capsys.readouterr().out
