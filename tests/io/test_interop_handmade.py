"""Small hand-made files for what the formats document but the samples do not show.

Each file is written here, so the expected values come from the file on the same screen.
"""

import io
import json

import openpyxl
import pytest

from mapper.io import ImportFailed, read_bytes, read_files
from mapper.io.excel import read_xlsx
from mapper.io.mapping import ForeignEdge, ForeignNode, MappingError, build_foreign, load_mapping


def workbook(sheets: dict[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


KUMU = {
    "ELEMENTS": [
        ["LABEL", "id", "type", "Tags", "description", "Size"],
        ["Lottery Fund", "f1", "Funder", "grants | national", "Big funder", 3],
        ["Carers Centre", "c1", "charity", "", "", ""],
        ["Book Club", "b1", "Reading circle", "", "", ""],
    ],
    "Connections": [
        ["FROM", "To", "Type", "direction", "Strength"],
        ["f1", "c1", "funds", "", 9],  # by ID
        ["Carers Centre", "Book Club", "talks to", "mutual", ""],  # by label
        ["c1", "Council", "reports to", "directed", ""],  # Council is not an element
        ["b1", "f1", "", "undirected", ""],
        ["c1", "c1", "", "", ""],  # a loop
    ],
    "Notes (ignore)": [["anything"], ["at all"]],
}


def test_kumu_workbook_follows_the_documentation():
    result = read_bytes(workbook(KUMU), "export.xlsx")
    pmap, report = result.map, result.report
    funder = pmap.node("f1")
    assert (funder["kind"], funder["role"], funder["category"]) == (
        "organisation", "stakeholder", "funder"
    )  # fmt: skip
    assert funder["tags"] == ["grants", "national"]
    assert funder["notes"] == "Big funder"
    assert pmap.node("c1")["category"] == "third sector organisation"
    assert pmap.node("b1")["tags"] == ["Kumu type: Reading circle"]
    edges = {(e["source"], e["target"]): e for e in pmap.edges()}
    assert edges["f1", "c1"]["kind"] == "resource"
    assert edges["f1", "c1"]["resource"] == "funding"
    assert edges["f1", "c1"]["kumu_strength"] == 9  # not a 1-5 strength: kept aside
    assert edges["c1", "b1"]["mutual"] is True
    assert edges["b1", "f1"]["mutual"] is True
    council = next(n for n in pmap.nodes() if n["label"] == "Council")
    assert edges["c1", council["id"]]["kind"] == "accountable_to"
    assert ("c1", "c1") not in edges
    assert "1 actor was named only in links, so added: 'Council'" in report.created
    lines = str(report)
    assert "sheet 'Notes (ignore)' skipped: its name says (ignore)" in lines
    assert "link from 'Carers Centre' to itself skipped" in lines
    assert "2 link ends matched to an actor by label, not by id" in lines  # row 3: both ends
    assert "actor of Kumu type 'Funder': read as organisation (role stakeholder" in lines


def test_kumu_rows_with_the_same_label_and_no_id_are_merged():
    data = workbook(
        {
            "Elements": [
                ["Label", "Type", "Tags"],
                ["Age UK", "charity", "a"],
                ["age uk ", "", "b"],
            ],
            "Connections": [["From", "To"]],
        }
    )
    result = read_bytes(data, "kumu.xlsx")
    (node,) = result.map.nodes()
    assert node["tags"] == ["a", "b"]
    assert result.report.merged == [
        "'age uk' appears in Elements row 2 and Elements row 3: one actor"
    ]


def test_onodo_names_are_trimmed_and_relations_create_missing_nodes():
    data = workbook(
        {
            "Nodes": [["Name", "Type", "Description", "Visible"], [" Food Bank ", "NGO ", "", 1]],
            "Relations": [
                ["Source", "Type", "Target", "Directed", "At"],
                ["Food Bank", "works with", " Church Hall", 0, "2024-01-05"],
            ],
        }
    )
    result = read_bytes(data, "onodo.xlsx")
    assert result.report.format == "Onodo workbook"
    labels = sorted(n["label"] for n in result.map.nodes())
    assert labels == ["Church Hall", "Food Bank"]
    assert result.map.node("food-bank")["category"] == "third sector organisation"
    (edge,) = result.map.edges()
    assert (edge["kind"], edge["mutual"], edge["date"]) == ("communicates", True, "2024-01-05")


def test_our_workbook_with_a_partner_list_only():
    data = workbook({"Partners": [["Name", "Role"], ["Age UK", "partner"], ["NHS Board", "lead"]]})
    result = read_bytes(data, "partners.xlsx")
    assert sorted(n["label"] for n in result.map.nodes()) == ["Age UK", "NHS Board"]
    assert result.map.node("nhs-board")["role"] == "lead partner"
    assert result.report.format == "Stakeholder register"  # one sheet, one row per actor
    assert "column 'Name' read as the name (by its heading)" in result.report.guessed


def test_workbook_without_a_map_is_refused_in_one_line():
    data = workbook({"Budget": [["Item", "Cost"], ["Tea", 3]]})
    with pytest.raises(ImportFailed, match=r"^budget\.xlsx: an Excel workbook, but no sheet") as e:
        read_bytes(data, "budget.xlsx")
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("name", ["map.xlsx", "map.json", "map.graphml", "map.bin"])
def test_unreadable_files_are_refused_in_one_line(name):
    with pytest.raises(ImportFailed) as caught:
        read_bytes(b"\x00\x01 not a map at all", name)
    assert str(caught.value).startswith(f"{name}: ")
    assert "\n" not in str(caught.value)


def test_format_is_found_from_content_not_the_name():
    kumu = json.dumps({"elements": [{"label": "A"}, {"label": "B"}], "connections": []})
    assert read_bytes(kumu.encode(), "download").report.format == "Kumu JSON"
    assert read_bytes(workbook(KUMU), "upload.bin").report.format == "Kumu spreadsheet"


def test_xlsx_progress_is_reported_up_to_done():
    rows = [["label", "kind"]] + [[f"Actor {i}", "organisation"] for i in range(1200)]
    seen: list[tuple[float, str]] = []
    result = read_xlsx(
        {"big.xlsx": workbook({"nodes": rows})}, progress=lambda f, m: seen.append((f, m))
    )
    assert result.map.graph.number_of_nodes() == 1200
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions)
    assert seen[-1] == (1.0, "Done")
    assert any(message == "Reading nodes" for _, message in seen)


GEPHI_NODES = "Id,Label,timeset,type\nn1,Age UK,,charity\nn2,Council,,council\n"
GEPHI_EDGES = (
    "Source,Target,Type,Kind,Id,Label,timeset,Weight\n"
    "n1,n2,Directed,,0,reports,,1.0\n"
    "n2,n3,Undirected,,1,,,2.5\n"
)


def test_gephi_tables_are_read_and_missing_nodes_added():
    result = read_files({"nodes.csv": GEPHI_NODES.encode(), "edges.csv": GEPHI_EDGES.encode()})
    assert result.report.format == "Gephi CSV"
    assert result.map.node("n1")["category"] == "third sector organisation"
    assert result.map.node("n3")["label"] == "n3"
    edges = {(e["source"], e["target"]): e for e in result.map.edges()}
    assert edges["n1", "n2"]["weight"] == "1.0"
    assert edges["n2", "n3"]["mutual"] is True


def test_our_own_csv_is_not_taken_for_gephi():
    nodes = "id,label,kind\na,Age UK,organisation\nb,Council,organisation\n"
    edges = "source,target,kind\na,b,reports to\n"
    result = read_files({"nodes.csv": nodes.encode(), "edges.csv": edges.encode()})
    assert result.report.format == "CSV"


GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="{ns}" xmlns:viz="{viz}" version="{version}">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="type" type="string"/></attributes>
    <nodes>
      <node id="a" label="Trust"><attvalues><attvalue for="0" value="funder"/></attvalues>
        <viz:position x="1.5" y="-2.0" z="0.0"/></node>
      <node id="b" label="Charity"><viz:position x="3.0" y="4.0"/></node>
    </nodes>
    <edges><edge id="0" source="a" target="b" label="grant"/></edges>
  </graph>
</gexf>"""


@pytest.mark.parametrize(
    ("ns", "viz", "version"),
    [
        ("http://www.gexf.net/1.1draft", "http://www.gexf.net/1.1draft/viz", "1.1"),
        ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2"),
        ("http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3"),
        ("http://www.gexf.net/1.3", "http://www.gexf.net/1.3/viz", "1.3"),  # Gephi 0.10
        ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.1draft/viz", "1.2"),
    ],
)
def test_gexf_versions_and_namespaces(ns, viz, version):
    data = GEXF.format(ns=ns, viz=viz, version=version).encode()
    pmap = read_bytes(data, "map.gexf").map
    assert (pmap.node("a")["x"], pmap.node("a")["y"]) == (1.5, -2.0)
    assert pmap.node("a")["category"] == "funder"
    (edge,) = pmap.edges()
    assert (edge["source"], edge["target"], edge["label"]) == ("a", "b", "grant")


def test_plain_graphml_undirected_with_attributes():
    data = b"""<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="name" attr.type="string"/>
  <key id="k1" for="node" attr.name="kind" attr.type="string"/>
  <key id="k2" for="edge" attr.name="relationship" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="p"><data key="k0">Pat</data><data key="k1">individual</data></node>
    <node id="q"><data key="k0">Board</data><data key="k1">committee</data></node>
    <edge source="p" target="q"><data key="k2">member of</data></edge>
  </graph>
</graphml>"""
    pmap = read_bytes(data, "x.xml").map
    assert (pmap.node("p")["label"], pmap.node("p")["kind"]) == ("Pat", "person")
    assert pmap.node("q")["kind"] == "forum"
    (edge,) = pmap.edges()
    assert (edge["kind"], edge["mutual"]) == ("member_of", True)


def test_member_of_to_a_non_forum_is_kept_as_a_tagged_link():
    document = {"elements": [{"label": "A"}, {"label": "B"}], "connections": [
        {"from": "A", "to": "B", "type": "member of"}]}  # fmt: skip
    result = read_bytes(json.dumps(document).encode(), "kumu.json")
    (edge,) = result.map.edges()
    assert edge["kind"] == "communicates"
    assert "Kumu link: member of" in edge["tags"]


CYJS = {
    "format_version": "1.0",
    "data": {"name": "Network"},
    "elements": {
        "nodes": [
            {"data": {"id": "1", "SUID": 1, "name": "Council", "type": "local authority"},
             "position": {"x": 5, "y": 6}},
            {"data": {"id": "2", "SUID": 2, "name": "Youth Club"}, "position": {"x": 7, "y": 8}},
        ],
        "edges": [{"data": {"id": "3", "source": "1", "target": "2", "interaction": "funds"}}],
    },
}  # fmt: skip


def test_cytoscape_cyjs():
    result = read_bytes(json.dumps(CYJS).encode(), "network.cyjs")
    pmap = result.map
    assert result.report.format == "Cytoscape JSON"
    assert pmap.name == "Network"
    assert (pmap.node("1")["label"], pmap.node("1")["x"]) == ("Council", 5)
    assert pmap.node("1")["sector"] == "public"
    assert "suid" not in pmap.node("1")
    (edge,) = pmap.edges()
    assert (edge["kind"], edge["resource"]) == ("resource", "funding")


def test_cytoscape_js_flat_element_array():
    elements = [
        {"data": {"id": "a", "label": "A"}, "position": {"x": 1, "y": 2}},
        {"data": {"id": "b", "label": "B"}},
        {"data": {"id": "ab", "source": "a", "target": "b", "kind": "influences"}},
    ]
    pmap = read_bytes(json.dumps(elements).encode(), "elements.json").map
    (edge,) = pmap.edges()
    assert (edge["id"], edge["source"], edge["kind"]) == ("ab", "a", "influences")
    assert pmap.node("a")["y"] == 2


def test_oligrapher_2_display_fields_and_reverse_arrow():
    document = {
        "title": "Old map",
        "graph": {
            "nodes": [
                {"id": 10, "display": {"name": "Acme Corp", "x": 1, "y": 2, "url": "/org/10"}},
                {"id": 11, "display": {"name": "J. Doe", "url": "/person/11"}},
            ],
            "edges": [
                {
                    "id": 5,
                    "node1_id": 10,
                    "node2_id": 11,
                    "display": {"arrow": "2->1", "label": "Director"},
                },
                {"id": 6, "node1_id": 10, "node2_id": 11, "display": {"arrow": None}},
            ],
        },
    }
    pmap = read_bytes(json.dumps(document).encode(), "map.json").map
    assert pmap.name == "Old map"
    assert pmap.node("11")["kind"] == "person"
    edges = {e["id"]: e for e in pmap.edges()}
    assert (edges["5"]["source"], edges["5"]["target"]) == ("11", "10")
    assert edges["6"]["mutual"] is True


def test_an_edited_mapping_changes_the_import(tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text(
        "actors:\n  default: {kind: group}\n  types: []\n"
        "links:\n  default: {kind: influences}\n  types:\n"
        "    - names: [likes]\n      kind: communicates\n      tag: true\n"
    )
    nodes = [
        ForeignNode("row 2", label="A", attrs={"type": "Letter"}),
        ForeignNode("row 3", label="B"),
    ]
    edges = [ForeignEdge("row 2", "A", "B", attrs={"type": "likes"})]
    result = build_foreign("Test", "test", "t", nodes, edges, mapping=load_mapping(path))
    assert {n["kind"] for n in result.map.nodes()} == {"group"}
    (edge,) = result.map.edges()
    assert (edge["kind"], edge["tags"]) == ("communicates", ["Test type: likes"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors:\n  default: {kind: robot}\n", "actors.default: kind 'robot' is not valid"),
        (
            "actors:\n  default: {kind: group}\n  types: [{names: [x], kind: group}, "
            "{names: [X], kind: forum}]\nlinks:\n  default: {kind: influences}\n",
            "actors entry 2: 'X' is already mapped by an earlier entry",
        ),
        (
            "actors:\n  default: {kind: group}\nlinks:\n  default: {kind: resource}\n",
            "links.default: a resource entry must say which resource flows",
        ),
    ],
)
def test_a_broken_mapping_names_the_entry(tmp_path, text, message):
    path = tmp_path / "mapping.yaml"
    path.write_text(text)
    with pytest.raises(MappingError, match=message):
        load_mapping(path)


def test_the_shipped_mapping_loads():
    mapping = load_mapping()
    assert mapping.node("Funder").values == {
        "kind": "organisation", "role": "stakeholder", "category": "funder"
    }  # fmt: skip
    assert mapping.edge("funds").values == {"kind": "resource", "resource": "funding"}
    assert mapping.edge("In-Kind").values["resource"] == "in-kind"
    assert mapping.edge("--").values["kind"] == "influences"
