"""Each attack of issue 13 rebuilt as a file, and refused in one line before it costs much.

The files are built here, so what each holds is on the same screen. Where a file goes
through ``mapper import`` the database is checked afterwards: nothing new in it.
"""

from __future__ import annotations

import contextlib
import io
import json
import struct
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, export_map, read_bytes, read_files, read_paths
from mapper.io.limits import Limits, check_workbook, load_json
from mapper.store import Store

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000


def far_cell_workbook() -> bytes:
    """The issue's 15 KB workbook: a list of actors and one cell at XFD1048576, the last
    cell Excel has (16,384 columns x 1,048,576 rows: 512 GiB to calamine)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "nodes"
    sheet.append(["label"])
    sheet.append(["Carers Centre"])
    sheet["XFD1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zeros_zip(member: str, size: int, extra: dict[str, bytes] | None = None) -> bytes:
    """A zip with ``size`` zero bytes in ``member``: about a thousandth of that packed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
        with archive.open(member, "w") as out:
            chunk = bytes(MB)
            for _ in range(size // MB):
                out.write(chunk)
    return buffer.getvalue()


def understated(data: bytes, member: bytes, size: int) -> bytes:
    """``data`` with ``member``'s uncompressed size in the central directory forged to
    ``size`` (what a reader trusting the directory would allocate for)."""
    at = data.index(b"PK\x01\x02")  # the central directory's first entry
    while data[at + 46 : at + 46 + struct.unpack_from("<H", data, at + 28)[0]] != member:
        at = data.index(b"PK\x01\x02", at + 4)
    return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]


def peak_mb(function, *args) -> float:
    """The most memory Python held (in MB) while ``function(*args)`` ran."""
    tracemalloc.start()
    with contextlib.suppress(ImportFailed, MapValidationError):
        function(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / MB


def maps_in(url: str) -> list[tuple[int, str]]:
    store = Store(url)
    try:
        return [(m.id, m.name) for m in store.list_maps()]
    finally:
        store.close()


@pytest.fixture
def database(tmp_path: Path) -> str:
    """An SQLite database holding one small map, as a user's would."""
    url = f"sqlite:///{tmp_path / 'maps.db'}"
    store = Store(url)
    pmap = PartnershipMap(name="Existing map")
    pmap.add_node(label="Alpha Trust")
    store.create_map(pmap)
    store.close()
    return url


def mapper_import(path: Path, url: str) -> subprocess.CompletedProcess:
    """``mapper import`` in a process of its own: an attack that got through would take
    that process down, not the tests."""
    return subprocess.run(
        [sys.executable, "-m", "mapper", "import", str(path), "--database", url],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


# ----- the workbook with a far cell, zip bombs, big files ---------------------------------
def test_a_workbook_reaching_the_last_excel_cell_is_refused_through_mapper_import(
    tmp_path, database
):
    data = far_cell_workbook()
    assert len(data) < 15_000
    path = tmp_path / "far.xlsx"
    path.write_bytes(data)
    before = maps_in(database)
    done = mapper_import(path, database)
    assert done.returncode == 2
    assert done.stderr == (
        "mapper import: far.xlsx: a sheet reaches cell XFD1048576, 17,179,869,184 cells "
        "from A1; up to 2,000,000 cells a sheet are read (delete what lies beyond the map)\n"
    )
    assert maps_in(database) == before


def test_a_workbook_declaring_a_huge_sheet_it_does_not_fill_still_reads():
    """Tools write ``<dimension>`` wrongly; calamine ignores it, and so does the guard."""
    book = openpyxl.Workbook()
    book.active.title = "nodes"
    book.active.append(["label"])
    book.active.append(["Carers Centre"])
    buffer = io.BytesIO()
    book.save(buffer)
    parts = {}
    with zipfile.ZipFile(buffer) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(
        b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    assert [n["label"] for n in read_bytes(out.getvalue(), "m.xlsx").map.nodes()] == [
        "Carers Centre"
    ]


def with_sheet_data(sheet_data: bytes) -> bytes:
    """A workbook whose one sheet, ``nodes``, holds ``sheet_data`` as its ``<sheetData>``."""
    book = openpyxl.Workbook()
    book.active.title = "nodes"
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in archive.infolist():
            content = archive.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                start, end = content.index(b"<sheetData"), content.index(b"</worksheet>")
                content = content[:start] + sheet_data + content[end:]
            new.writestr(info.filename, content)
    return out.getvalue()


def cells(*values: str, prefix: str = "") -> str:
    return "".join(
        f'<{prefix}c t="inlineStr"><{prefix}is><{prefix}t>{v}</{prefix}t></{prefix}is></{prefix}c>'
        for v in values
    )


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_cells_and_rows_without_positions_count_where_calamine_puts_them(prefix):
    """A row of 16,384 unnumbered cells and one row numbered 1,048,576: no cell names a
    far position, but calamine places them all the same."""
    p = prefix
    far = (
        f"<{p}sheetData><{p}row>{cells('label', *['x'] * 16_383, prefix=p)}</{p}row>"
        f'<{p}row r="1048576">{cells("Alpha", prefix=p)}</{p}row></{p}sheetData>'
    )
    data = with_sheet_data(far.encode())
    if p:
        data = data.replace(
            b"<worksheet ",
            b'<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
        )
    with pytest.raises(ImportFailed, match=r"^far\.xlsx: a sheet reaches cell XFD104857[67], "):
        read_bytes(data, "far.xlsx")  # 7: the unnumbered row is counted as one more, to be safe


@pytest.mark.parametrize(
    "far_cell",
    [
        '<c r="B' + "1" * 66 + '"><v>1</v></c>',  # a row number calamine overflows on
        '<c foo=">" r="XFD1048576"><v>1</v></c>',  # a ">" inside another attribute
        "<c\n  r = 'XFD1048576'><v>1</v></c>",  # spaces, a line break, single quotes
        '<c r="xfd1048576"><v>1</v></c>',  # lower case, which calamine reads too
    ],
)
def test_a_far_cell_is_found_however_its_position_is_written(far_cell):
    data = with_sheet_data(f"<sheetData><row>{cells('label')}{far_cell}</row></sheetData>".encode())
    with pytest.raises(ImportFailed, match=r"^far\.xlsx: a sheet reaches cell [A-Z]+\d+, "):
        read_bytes(data, "far.xlsx")


def test_a_workbook_without_positions_within_the_limits_reads():
    """Some writers leave every ``r`` out; such a sheet reads as its rows say."""
    plain = f"<sheetData><row>{cells('label', 'kind')}</row><row>{cells('Alpha', 'group')}</row>"
    data = with_sheet_data(f"{plain}<row>{cells('Beta')}</row></sheetData>".encode())
    nodes = read_bytes(data, "plain.xlsx").map.nodes()
    assert [(n["label"], n["kind"]) for n in nodes] == [
        ("Alpha", "group"),
        ("Beta", "organisation"),
    ]


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_unpacked():
    bomb = zeros_zip("nodes.csv", 250 * MB)
    assert len(bomb) < 1 * MB
    with pytest.raises(ImportFailed) as refused:
        read_bytes(bomb, "bomb.zip")
    assert str(refused.value) == "bomb.zip: unpacks to 250 MB; up to 200 MB is read"
    assert peak_mb(read_bytes, bomb, "bomb.zip") < 5


def test_a_workbook_whose_directory_understates_a_part_is_measured_as_it_inflates(
    monkeypatch,
):
    """calamine trusts the data, not the directory: the guard counts what really comes out."""
    monkeypatch.setenv("MAPPER_MAX_UNZIPPED_MB", "5")
    base = export_map(PartnershipMap(name="Small"), "xlsx")[0]
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    forged = understated(zeros_zip("xl/media/big.bin", 20 * MB, parts), b"xl/media/big.bin", 10)
    with zipfile.ZipFile(io.BytesIO(forged)) as archive:
        assert archive.getinfo("xl/media/big.bin").file_size == 10  # what the directory says
    with pytest.raises(ImportFailed, match=r"^m\.xlsx: unpacks to more than 5\.0 MB"):
        read_bytes(forged, "m.xlsx")
    assert peak_mb(check_workbook, "m.xlsx", forged) < 12


def test_a_zip_of_too_many_files_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(1001):
            archive.writestr(f"f{number}.csv", "")
    with pytest.raises(
        ImportFailed, match=r"^many\.zip: holds 1,001 files; a zip may hold up to 1,000$"
    ):
        read_bytes(buffer.getvalue(), "many.zip")


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPER_MAX_UPLOAD_MB", "1")
    path = tmp_path / "big.csv"
    path.write_bytes(b"label\n" + b"Actor\n" * 200_000)  # 1.2 MB
    with pytest.raises(ImportFailed) as refused:
        read_paths(path)
    assert str(refused.value) == f"{path}: the file is 1.2 MB; files up to 1 MB can be imported"
    with pytest.raises(ImportFailed, match="files up to 1 MB"):  # two files count together
        read_files({"nodes.csv": bytes(600_000), "edges.csv": bytes(600_000)})


def test_a_wrong_limit_in_the_environment_is_named(monkeypatch):
    monkeypatch.setenv("MAPPER_MAX_UPLOAD_MB", "lots")
    with pytest.raises(ImportFailed, match=r"^MAPPER_MAX_UPLOAD_MB must be a number of megabytes"):
        Limits.current()


# ----- JSON --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "lists and objects nested more than 64 levels deep"),
        ('{"a":' * 65 + "1" + "}" * 65, "lists and objects nested more than 64 levels deep"),
        ('{"n": ' + "7" * 4300 + "}", "a number 4,300 digits long; numbers of up to 100 "
         "characters are read"),
        ('{"n": 1e999}', "the number 1e999 is too large"),
        ('{"n": Infinity}', "Infinity is not a number JSON allows"),
        ('{"n": NaN}', "NaN is not a number JSON allows"),
    ],
)  # fmt: skip
def test_json_beyond_the_limits_is_refused_in_one_line(text, message):
    with pytest.raises(ImportFailed) as refused:
        load_json(text, "map.json")
    assert str(refused.value) == f"map.json: {message}"


def test_json_within_the_limits_reads_as_before():
    assert load_json('{"a": [1, 2.5, {"b": null}], "c": "-"}', "x") == {
        "a": [1, 2.5, {"b": None}], "c": "-"
    }  # fmt: skip


def native(**parts) -> bytes:
    document = {"format": "partnership-map", "version": 1, "map": {"name": "Hostile"}}
    return json.dumps({**document, "nodes": [], "edges": [], **parts}).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "partnership-map", "map": {}, "nodes": [], "edges": 5}',
         "'edges': expected a list of links"),
        (b'{"format": "partnership-map", "map": {}, "nodes": "abc", "edges": []}',
         "'nodes': expected a list of actors"),
        (native(nodes=[{"id": "a", "label": "Age\x00UK"}]),
         "node 1, column 'label': 'Age\\x00UK' is not valid; expected text without hidden "
         "control characters (this has U+0000 at character 4)"),
        (native(nodes=[{"id": "a", "label": "Bell\x07"}]), "U+0007 at character 5"),
        (native(nodes=[{"id": "a", "label": "Half \ud800 pair"}]), "U+D800 at character 6"),
        (native(nodes=[{"id": "a\x1b", "label": "A"}]), "column 'id'"),
        (native(nodes=[{"id": "a", "skills": ["law", "fin\x0bance"]}]), "column 'skills'"),
        (native(nodes=[{"id": "a", "custom": {"deep": ["x\x00"]}}]), "column 'custom'"),
        (native(nodes=[{"id": "a"}, {"id": "b"}],
                edges=[{"source": "a", "target": "b", "kind": "resource", "resource": "funding",
                        "amount": "inf"}]),
         "column 'amount': 'inf' is not valid; expected a number of 0 or more"),
        (native(nodes=[{"id": "a", "x": "1e400"}]), "column 'x'"),
        (native(nodes=[{"id": "a", "power": "1e400"}]), "column 'power'"),
    ],
)  # fmt: skip
def test_hostile_values_in_a_map_are_refused_naming_where(data, message):
    with pytest.raises((ImportFailed, MapValidationError)) as refused:
        read_bytes(data, "map.json")
    assert message in str(refused.value)


def test_newlines_and_tabs_in_notes_are_kept():
    data = native(nodes=[{"id": "a", "notes": "Line one\r\nLine two\tand a tab"}])
    assert read_bytes(data, "map.json").map.node("a")["notes"] == "Line one\r\nLine two\tand a tab"


def test_a_json_attack_through_mapper_import_changes_nothing(tmp_path, database):
    before = maps_in(database)
    for number, data in enumerate(
        [
            b"[" * 100_000 + b"]" * 100_000,
            b'{"format": "partnership-map", "nodes": [{"id": "a", "power": '
            + b"9" * 4300
            + b'}], "edges": [], "map": {}}',
            b'{"format": "partnership-map", "map": {}, "nodes": [], "edges": 5}',
            native(nodes=[{"id": "a", "label": "NUL\x00"}]),
        ]
    ):
        path = tmp_path / f"attack{number}.json"
        path.write_bytes(data)
        done = mapper_import(path, database)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
    assert maps_in(database) == before
