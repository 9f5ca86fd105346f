"""``mapper import`` and ``mapper export``: maps in and out of a database, as a user runs them.

Every test gets its own SQLite file. Expected counts come from the maps the tests build
(or, for the Kumu sample, from the workbook read with openpyxl), not from the readers.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mapper.cli import main
from mapper.graph.model import PartnershipMap
from mapper.io import export_map, read_paths
from mapper.store import Store
from tests import INTEROP, SAMPLE_MAPS

SAMPLE = SAMPLE_MAPS / "health-social-care-kickoff.json"
SAMPLE_ACTORS = len(json.loads(SAMPLE.read_text("utf-8"))["nodes"])
SAMPLE_NAME = json.loads(SAMPLE.read_text("utf-8"))["map"]["name"]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'maps.db'}"


def maps_in(url: str) -> list[tuple[int, str, int, int]]:
    store = Store(url)
    try:
        return [(m.id, m.name, m.nodes, m.edges) for m in reversed(store.list_maps())]
    finally:
        store.close()


def small_map() -> PartnershipMap:
    """Three actors, two links: hand-made, so a replaced map is easy to tell apart."""
    pmap = PartnershipMap(name="Tiny partnership")
    for label in ("Alpha Trust", "Beta Council", "Gamma Forum"):
        pmap.add_node(label=label)
    pmap.add_edge("alpha-trust", "beta-council", "communicates")
    pmap.add_edge("beta-council", "gamma-forum", "accountable_to")
    return pmap


def test_import_creates_a_map_and_prints_the_report_and_its_id(db, capsys):
    assert main(["import", str(SAMPLE), "--database", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Read health-social-care-kickoff.json as Partnership Mapper JSON."
    assert out[-1] == "1"  # the id alone on the last line, for scripts
    assert f"Created map 1, {SAMPLE_NAME!r} ({SAMPLE_ACTORS} actors" in out[-2]
    assert [(i, n, a) for i, n, a, _ in maps_in(db)] == [(1, SAMPLE_NAME, SAMPLE_ACTORS)]


def test_import_into_replaces_the_map_named_or_numbered(db, tmp_path, capsys):
    tiny = tmp_path / "tiny.json"
    tiny.write_bytes(export_map(small_map(), "json")[0])
    assert main(["import", str(SAMPLE), "--database", db]) == 0
    assert main(["import", str(SAMPLE), "--database", db]) == 0
    assert main(["import", str(tiny), "--into", "2", "--database", db]) == 0
    assert maps_in(db) == [
        (1, SAMPLE_NAME, SAMPLE_ACTORS, maps_in(db)[0][3]),
        (2, "Tiny partnership", 3, 2),
    ]
    assert "Replaced the content of map 2" in capsys.readouterr().out
    assert main(["import", str(SAMPLE), "--into", "Tiny partnership", "--database", db]) == 0
    assert [m[2] for m in maps_in(db)] == [SAMPLE_ACTORS, SAMPLE_ACTORS]


def test_a_name_two_maps_share_asks_for_the_id(db, capsys):
    main(["import", str(SAMPLE), "--database", db])
    main(["import", str(SAMPLE), "--database", db])
    assert main(["export", SAMPLE_NAME, "out.json", "--database", db]) == 2
    assert f"2 maps are named {SAMPLE_NAME!r} (ids 1, 2): give the id" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("file_name", "fmt"),
    [("map.json", None), ("map.zip", None), ("map.xlsx", None), ("map.kumu.xlsx", None),
     ("map.graphml", None), ("map.gexf", None), ("map.data", "kumu.xlsx")],
)  # fmt: skip
def test_export_writes_a_file_that_reads_back_to_the_same_map(db, tmp_path, file_name, fmt):
    main(["import", str(SAMPLE), "--database", db])
    out = tmp_path / file_name
    assert (
        main(["export", "1", str(out), "--database", db, *(["--format", fmt] if fmt else [])]) == 0
    )
    back = read_paths(out).map
    original = read_paths(SAMPLE).map
    assert sorted(back.graph.nodes) == sorted(original.graph.nodes)
    assert back.graph.number_of_edges() == original.graph.number_of_edges()


def test_export_to_a_folder_writes_csv_files(db, tmp_path):
    main(["import", str(SAMPLE), "--database", db])
    assert main(["export", SAMPLE_NAME, str(tmp_path / "csv"), "--database", db]) == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "edges.csv",
        "map.csv",
        "nodes.csv",
    ]
    assert len(read_paths(tmp_path / "csv").map.graph) == SAMPLE_ACTORS


@pytest.mark.parametrize(
    ("suffix", "start"), [(".md", "# Health check: "), (".html", "<!doctype html>")]
)
def test_export_the_analysis_report(db, tmp_path, suffix, start):
    main(["import", str(SAMPLE), "--database", db])
    out = tmp_path / f"report{suffix}"
    assert main(["export", "1", str(out), "--database", db]) == 0
    text = out.read_text("utf-8")
    assert text.startswith(start)
    assert SAMPLE_NAME in text


def test_unknown_map_exits_2_and_writes_nothing(db, tmp_path, capsys):
    main(["import", str(SAMPLE), "--database", db])
    capsys.readouterr()
    out = tmp_path / "out.json"
    assert main(["export", "7", str(out), "--database", db]) == 2
    assert capsys.readouterr().err == (
        f"mapper export: no map '7' in {db} (its maps: 1 {SAMPLE_NAME!r})\n"
    )
    assert not out.exists()
    assert main(["import", str(SAMPLE), "--into", "Nope", "--database", db]) == 2
    assert [m[0] for m in maps_in(db)] == [1]


def test_bad_file_exits_2_and_leaves_no_database(tmp_path, capsys):
    bad = tmp_path / "partners.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert main(["import", str(bad), "--database", url]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("mapper import: partners.xlsx: a damaged or unreadable Excel")
    assert len(captured.err.splitlines()) == 1
    assert not (tmp_path / "fresh.db").exists()


def test_export_from_a_missing_database_file_creates_none(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'typo.db'}"
    assert main(["export", "1", str(tmp_path / "out.json"), "--database", url]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()


def test_format_forces_a_reader_and_says_when_the_file_is_not_that(db, capsys):
    assert main(["import", str(SAMPLE), "--format", "graphml", "--database", db]) == 2
    assert "not in the format GraphML" in capsys.readouterr().err
    assert main(["import", str(SAMPLE), "--format", "json", "--database", db]) == 0


def test_help_lists_every_format(capsys):
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    convert_help = " ".join(capsys.readouterr().out.split())
    for word in ("kumu.xlsx", "graphml", "gexf", "Report (Markdown)", "Kumu spreadsheet"):
        assert word in convert_help
    assert "JSON <-> CSV" not in convert_help
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    import_help = " ".join(capsys.readouterr().out.split())
    for word in ("kumu-json", "gephi-lite", "oligrapher", "cytoscape", "--into", "--database"):
        assert word in import_help


def test_a_real_kumu_workbook_imports_and_goes_back_to_kumu(db, tmp_path, capsys):
    sample = INTEROP / "kumu" / "paypal-mafia.xlsx"
    workbook = openpyxl.load_workbook(sample, read_only=True)
    actors = sum(1 for row in workbook["Elements"].iter_rows(min_row=2, values_only=True) if row[0])
    links = sum(
        1 for row in workbook["Connections"].iter_rows(min_row=2, values_only=True) if row[0]
    )
    assert main(["import", str(sample), "--database", db]) == 0
    out = capsys.readouterr().out
    assert "as Kumu spreadsheet" in out
    assert maps_in(db)[0][2:] == (actors, links)
    assert main(["export", "1", str(tmp_path / "back.kumu.xlsx"), "--database", db]) == 0
    assert len(read_paths(tmp_path / "back.kumu.xlsx").map.graph) == actors


def test_analyse_takes_a_map_from_the_database_by_id_or_name(db, tmp_path, capsys):
    Store(db).create_map(small_map())
    main(["import", str(SAMPLE), "--database", db])
    capsys.readouterr()
    from_file = main(["analyse", str(SAMPLE), "--today", "2026-09-15", "--format", "json"])
    expected = json.loads(capsys.readouterr().out)

    for wanted in ("2", SAMPLE_NAME):
        args = ["analyse", wanted, "--database", db, "--today", "2026-09-15", "--format", "json"]
        assert main(args) == from_file == 0
        assert json.loads(capsys.readouterr().out) == expected

    assert main(["analyse", "Tiny partnership", "--database", db]) == 0
    assert capsys.readouterr().out.startswith("Health check: Tiny partnership")


def test_analyse_of_neither_a_file_nor_a_map_says_both(db, tmp_path, capsys):
    Store(db).create_map(small_map())
    assert main(["analyse", "Riverside", "--database", db]) == 2
    assert capsys.readouterr().err == (
        f"mapper analyse: Riverside: no such file or folder, and no map 'Riverside' in {db} "
        "(its maps: 1 'Tiny partnership')\n"
    )
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    assert main(["analyse", "1", "--database", missing]) == 2
    assert capsys.readouterr().err == (
        f"mapper analyse: 1: no such file or folder, and no database at {missing}\n"
    )
    assert not (tmp_path / "none.db").exists()


def test_serve_on_a_busy_port_exits_2_with_one_line_and_touches_nothing(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "mapper.cli", "serve", "--port", str(port),
             "--database", f"sqlite:///{tmp_path / 'maps.db'}"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"mapper serve: port {port} is in use (is Partnership Mapper already running?); "
        f"start it on another one, e.g. --port {port + 1}\n"
    )
    assert not (tmp_path / "maps.db").exists()
