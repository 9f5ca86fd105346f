"""Exports open safely: no live formula in any spreadsheet cell, CSV values whole, no HTML
in Markdown. The hostile map is built here; the files are read back with openpyxl and
Python's csv module, as a spreadsheet or another tool would, not with our readers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from mapper.graph.analyse import analyse
from mapper.graph.insight import meeting_brief
from mapper.graph.model import PartnershipMap
from mapper.io import export_map, read_bytes
from mapper.io.brief import brief_markdown
from mapper.io.report import report_markdown

FORMULAS = ["=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\t=1+2", "\r=1+2"]


def hostile_map() -> PartnershipMap:
    """Formulas in every kind of place: text, list fields, other tools' attributes and
    their names, map details; and a note with a bare CR before a formula."""
    pmap = PartnershipMap(name="=HYPERLINK(1)", purpose="-x", skills_needed=["=1+2", "law"])
    pmap.add_node(
        id="a",
        label="=cmd|'/c calc'!A1",
        skills=["=1+2", "finance"],
        offers=["+SUM(A1)"],
        needs=["@SUM(A1)"],
        tags=["-2+3"],
        notes="Line one\r=1+2",
        **{"=extra": "\t=1+2", "custom": "@SUM(A1)"},
    )
    pmap.add_node(id="b", label="Beta", notes="\r=1+2 at the start")
    pmap.add_edge("a", "b", "communicates", stages=["=1+2"])
    pmap.add_edge("b", "a", "resource", resource="funding", amount=5, unit="-GBP")
    return pmap


def _dangerous(value: object) -> bool:
    return isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("fmt", ["xlsx", "kumu.xlsx"])
def test_no_spreadsheet_cell_is_a_formula_or_starts_like_one(fmt, tmp_path):
    path = tmp_path / f"map.{fmt}"
    path.write_bytes(export_map(hostile_map(), fmt)[0])
    workbook = openpyxl.load_workbook(path)
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [c.value for c in cells if _dangerous(c.value)] == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert "'=1+2 | finance" in texts  # a list field
    assert "'\t=1+2" in texts  # another tool's attribute
    assert "'=extra" in texts  # and its name, a column header
    assert "'=HYPERLINK(1)" in texts  # the map's name


def test_no_csv_cell_starts_like_a_formula_and_every_cr_is_inside_quotes():
    files = zipfile.ZipFile(io.BytesIO(export_map(hostile_map(), "csv")[0]))
    for name in files.namelist():
        text = files.read(name).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        cells = [cell for row in rows for cell in row]
        assert [cell for cell in cells if _dangerous(cell)] == [], name
        assert {len(row) for row in rows} == {len(rows[0])}, name  # no row cut short by a CR
    nodes = list(
        csv.DictReader(io.StringIO(files.read("nodes.csv").decode("utf-8-sig"), newline=""))
    )
    assert [row["label"] for row in nodes] == ["'=cmd|'/c calc'!A1", "Beta"]
    assert nodes[0]["notes"] == "Line one\r=1+2"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_hostile_map_reads_back_as_it_was(fmt):
    """The apostrophes come off again on the way in; the bare CR does not cut the note or
    start a row of its own (it once added an actor called "=1+2")."""
    data, name, _ = export_map(hostile_map(), fmt)
    back = read_bytes(data, name).map
    assert sorted(back.graph.nodes) == ["a", "b"]
    line_break = "\r" if fmt == "csv" else "\n"  # XML turns a CR in text into a line feed
    assert back.node("a")["notes"] == f"Line one{line_break}=1+2"
    assert back.node("a")["label"] == "=cmd|'/c calc'!A1"
    assert back.node("a")["skills"] == ["=1+2", "finance"]
    assert back.node("b")["notes"] == "=1+2 at the start"  # the CR, at the start, is trimmed
    assert back.name == "=HYPERLINK(1)"


def test_markdown_report_and_brief_hold_no_html_from_labels():
    pmap = PartnershipMap(name="<img src=x onerror=alert(1)>")
    pmap.add_node(id="a", label="<script>alert(1)</script>", role="lead partner")
    pmap.add_node(id="b", label="Beta \\<b>bold</b>", role="partner")  # a backslash first
    pmap.add_edge("a", "b", "accountable_to")
    report = report_markdown(analyse(pmap, today=dt.date(2026, 9, 15)))
    brief = brief_markdown(meeting_brief(pmap, ["a", "b"], dt.date(2026, 10, 1)))
    for text in (report, brief):
        assert "<" not in text  # CommonMark's raw HTML always starts with "<"
        assert "&lt;script>alert(1)&lt;/script>" in text
    assert report.startswith("# Health check: &lt;img src=x onerror=alert(1)>\n")
