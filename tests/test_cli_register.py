"""``mapper`` on stakeholder registers, as a user runs it: the preview's choices as options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.store import Store

ROOT = Path(__file__).resolve().parents[1]
MESSY = ROOT / "tests" / "data" / "registers" / "messy-register.csv"


def test_import_takes_the_column_choices_and_says_what_it_did(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'maps.db'}"
    code = main(["import", str(MESSY), "--column", "Tier=urgency", "--column", "email=ignore",
                 "--database", url])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "Read messy-register.csv as Stakeholder register." in out
    assert "Guessed: column 'Tier' read as the urgency (as you chose)" in out
    assert "Guessed: Urgency from column 'Tier': 'Tier 1' read as 5" in out
    assert "Ignored: messy-register.csv row 21: no name, so skipped" in out
    map_id = int(out.strip().splitlines()[-1])
    store = Store(url)
    try:
        pmap = store.load_map(map_id)
    finally:
        store.close()
    assert (len(pmap.nodes()), len(pmap.edges())) == (12, 0)  # no links: a start for a map
    assert pmap.node("local-residents")["urgency"] == 1
    assert "email" not in pmap.node("jo-bloggs")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--column", "Tier"], "--column 'Tier': expected HEADING=FIELD"),
        (["--column", "Tier=clout"], "--column 'Tier=clout': expected HEADING=FIELD"),
        (["--column", "Tiers=urgency"], "messy-register.csv row 5: no column is headed 'Tiers'"),
        (["--header-row", "0"], "--header-row 0: rows are numbered from 1"),
        (["--sheet", "Register"], "messy-register.csv: no sheet named 'Register'"),
    ],
)
def test_options_that_do_not_fit_exit_2_with_one_reason(options, message, capsys):
    assert main(["validate", str(MESSY), *options]) == 2
    assert message in capsys.readouterr().err


def test_convert_from_another_folder_reads_the_header_row_given(tmp_path):
    register = tmp_path / "register.csv"
    register.write_text("Our partners\nWho we work with,Clout\nAlpha Trust,High\n", "utf-8")
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "-m", "mapper.cli", "convert", str(register), str(out),
         "--header-row", "2", "--column", "Who we work with=name", "--column", "Clout=power"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"power": 4' in out.read_text("utf-8")
