"""Mutated files of every format, fed to every reader: each is read or refused cleanly.

Seeds are real files: the sample map written in every format we write, small files in
the shapes other tools write (Kumu, Gephi, Cytoscape, Oligrapher, Onodo-style
workbooks), and files other tools made (Pajek, GML, UCINET DL, yEd, NodeXL, stakeholder
registers). Hypothesis flips and inserts bytes, truncates, damages one part inside a
zip or workbook, and puts hostile values (deep nesting, huge numbers, wrong types,
control characters) anywhere in a JSON document. Whatever comes out, a reader either
returns a map that writes to JSON and Excel, or raises ``ImportFailed`` or
``MapValidationError``: never another exception. Each test stops after 1,200 examples
(``FUZZ_EXAMPLES`` changes that), about 40 s for the module on a busy 2-core machine;
five runs of 8,000 examples each (``--hypothesis-seed`` 2, 7-10) ran clean before this
was committed.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, export_map, read_files
from mapper.io.formats import READERS
from tests import ROOT, SAMPLE_MAPS
from tests.io.test_interop_handmade import CYJS, GEPHI_EDGES, GEPHI_NODES, GEXF, KUMU, workbook

DATA = ROOT / "tests" / "data"  # real files other tools made (see the SOURCES.md there)
SAMPLE = PartnershipMap.from_dict(
    json.loads((SAMPLE_MAPS / "health-social-care-kickoff.json").read_text("utf-8"))
)
KUMU_JSON = {
    "elements": [
        {"label": "Lottery Fund", "type": "Funder", "tags": ["grants"]},
        {"label": "Carers Centre", "attributes": {"description": "Local charity"}},
    ],
    "connections": [{"from": "Lottery Fund", "to": "Carers Centre", "type": "funds"}],
}
GEPHI_LITE = {
    "graphDataset": {
        "fullGraph": {
            "options": {"type": "directed"},
            "nodes": [{"key": "a", "attributes": {"label": "Trust"}}, {"key": "b"}],
            "edges": [{"key": "e", "source": "a", "target": "b"}],
        },
        "nodeData": {"a": {"type": "funder"}},
        "layout": {"a": {"x": 1, "y": 2}},
        "metadata": {"title": "Workspace"},
    }
}
OLIGRAPHER = {
    "title": "Map",
    "graph": {
        "nodes": {"1": {"id": "1", "name": "Acme", "url": "/org/1"}, "2": {"id": "2"}},
        "edges": {"9": {"id": "9", "node1_id": "1", "node2_id": "2", "arrow": "1->2"}},
    },
}
ONODO = {
    "Nodes": [["Name", "Type", "Description"], ["Council", "Organisation", "The council"]],
    "Relations": [["Source", "Type", "Target"], ["Council", "funds", "Youth Club"]],
}


def _json(document: object) -> bytes:
    return json.dumps(document).encode()


SEEDS: dict[str, dict[str, bytes]] = {
    "native": {"map.json": export_map(SAMPLE, "json")[0]},
    "csv zip": {"map.zip": export_map(SAMPLE, "csv")[0]},
    "xlsx": {"map.xlsx": export_map(SAMPLE, "xlsx")[0]},
    "kumu xlsx": {"map.kumu.xlsx": export_map(SAMPLE, "kumu.xlsx")[0]},
    "kumu workbook": {"kumu.xlsx": workbook(KUMU)},
    "onodo workbook": {"onodo.xlsx": workbook(ONODO)},
    "graphml": {"map.graphml": export_map(SAMPLE, "graphml")[0]},
    "gexf": {"map.gexf": export_map(SAMPLE, "gexf")[0]},
    "gephi gexf": {
        "g.gexf": GEXF.format(
            ns="http://www.gexf.net/1.2draft", viz="http://www.gexf.net/1.2draft/viz", version="1.2"
        ).encode()
    },
    "kumu json": {"kumu.json": _json(KUMU_JSON)},
    "gephi lite": {"workspace.json": _json(GEPHI_LITE)},
    "oligrapher": {"oligrapher.json": _json(OLIGRAPHER)},
    "cytoscape": {"network.cyjs": _json(CYJS)},
    "gephi csv": {"nodes.csv": GEPHI_NODES.encode(), "edges.csv": GEPHI_EDGES.encode()},
    **{
        key: {path.name: (DATA / path).read_bytes()}
        for key, path in {
            "gephi json": Path("formats/gephi/gephi-0.10-json-labels.json"),
            "pajek": Path("formats/pajek/pajek1.net"),
            "gml": Path("formats/gml/karate.gml"),
            "ucinet dl": Path("formats/ucinet/edgelist1.dl"),
            "yed groups": Path("formats/yed/yed-3.17-groups.graphml"),
            "nodexl": Path("formats/nodexl/nodexl-teaching-abc-d.xlsx"),
            "register csv": Path("registers/messy-register.csv"),
            "register xlsx": Path("registers/team-awesome-stakeholder-register.xlsx"),
        }.items()
    },
}
JSON_SEEDS = {
    key: files for key, files in SEEDS.items() if next(iter(files)).endswith(("json", "cyjs"))
}
READER_KEYS = [None, *(reader.key for reader in READERS)]  # None: the sniffers choose
pytestmark = pytest.mark.fuzz
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "1200")),  # more to hunt, fewer in a hurry
    deadline=timedelta(seconds=5),  # a file that takes longer to refuse is a finding too
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def read_cleanly(files: dict[str, bytes], fmt: str | None) -> None:
    """Read ``files``; a map that comes out must also write to JSON and Excel."""
    try:
        result = read_files(files, fmt=fmt)
    except (ImportFailed, MapValidationError):
        return
    json.loads(export_map(result.map, "json")[0])  # valid JSON: no Infinity, no NaN
    export_map(result.map, "xlsx")


def _mutate_bytes(data: bytes, draw: Any) -> bytes:
    how = draw(st.sampled_from(["flip", "truncate", "insert", "repeat"]))
    at = draw(st.integers(0, max(len(data) - 1, 0)))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    size = draw(st.integers(1, 64))  # a stretch repeated: nesting, long numbers
    return data[:at] + data[at : at + size] * draw(st.integers(2, 200)) + data[at + size :]


def _mutate_member(data: bytes, draw: Any) -> bytes:
    """A zip (a workbook, a zip of CSVs) with one part damaged but the zip itself sound."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    name = draw(st.sampled_from(sorted(parts)))
    parts[name] = _mutate_bytes(parts[name], draw)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return buffer.getvalue()


HOSTILE = st.one_of(
    st.sampled_from([5, -1, 0, 1.5, True, None, "", [], {}, "x" * 2000, 10**80, 1e308, -1e308]),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cs", "Zl", "Lo"]), max_size=8),
    st.recursive(st.just([]), lambda inner: st.lists(inner, max_size=2), max_leaves=80),
    st.integers(-(10**200), 10**200),
    st.floats(allow_nan=True, allow_infinity=True),
)


def _paths(document: Any, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON document a value could be swapped."""
    found = [path]
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*path, index))
    return found


def _replaced(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    copy = list(document) if isinstance(document, list) else dict(document)
    copy[head] = _replaced(document[head], tuple(rest), value)
    return copy


@FUZZ
@given(data=st.data(), seed=st.sampled_from(sorted(SEEDS)), fmt=st.sampled_from(READER_KEYS))
def test_damaged_bytes_are_read_or_refused_cleanly(data, seed, fmt):
    files = dict(SEEDS[seed])
    name = data.draw(st.sampled_from(sorted(files)))
    files[name] = _mutate_bytes(files[name], data.draw)
    read_cleanly(files, fmt)


ZIPPED = sorted(key for key, files in SEEDS.items() if next(iter(files)).endswith((".zip", "xlsx")))


@FUZZ
@given(data=st.data(), seed=st.sampled_from(ZIPPED), fmt=st.sampled_from([None, "xlsx", "csv"]))
def test_damaged_parts_inside_zips_and_workbooks_are_read_or_refused_cleanly(data, seed, fmt):
    ((name, content),) = SEEDS[seed].items()
    read_cleanly({name: _mutate_member(content, data.draw)}, fmt)


@FUZZ
@given(data=st.data(), seed=st.sampled_from(sorted(JSON_SEEDS)), fmt=st.sampled_from(READER_KEYS))
def test_hostile_values_anywhere_in_json_are_read_or_refused_cleanly(data, seed, fmt):
    ((name, content),) = JSON_SEEDS[seed].items()
    document = json.loads(content)
    path = data.draw(st.sampled_from(_paths(document)))
    hostile = _replaced(document, path, data.draw(HOSTILE))
    read_cleanly({name: json.dumps(hostile, allow_nan=True).encode()}, fmt)


TEXT_SEEDS = sorted(key for key, files in SEEDS.items() if key not in ZIPPED)
SNIPPETS = [
    b"9" * 5000, b"1e999", b"-1e999", b"NaN", b"Infinity", b"\x00", b"\x0b", b"\xed\xa0\x80",
    b"\r", b'"', b"<", b"&#0;", b"]]>", b"[" * 3000, b"{" * 3000, b'{"a":' * 3000,
    b'<?xml version="1.0" encoding="x-unknown"?>', b'<?xml version="1.0" encoding="utf-32"?>',
    b'<!DOCTYPE a [<!ENTITY e "xxxxxxxxxx"><!ENTITY f "&e;&e;&e;&e;&e;">]>', b"&f;",
    b'<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>', b"&x;",
]  # fmt: skip


@FUZZ
@given(data=st.data(), seed=st.sampled_from(TEXT_SEEDS), fmt=st.sampled_from(READER_KEYS))
def test_hostile_snippets_in_text_files_are_read_or_refused_cleanly(data, seed, fmt):
    files = dict(SEEDS[seed])
    name = data.draw(st.sampled_from(sorted(files)))
    content = files[name]
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(content)))
        cut = data.draw(st.integers(0, 12))
        content = content[:at] + data.draw(st.sampled_from(SNIPPETS)) + content[at + cut :]
    files[name] = content
    read_cleanly(files, fmt)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_reads_unharmed(seed):
    """The seeds themselves read: the mutations above start from working files."""
    assert read_files(SEEDS[seed]).map.graph.number_of_nodes() >= 2
