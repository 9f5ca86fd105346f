"""Network files made by other tools read whole: actors, links, labels and attributes kept
or reported (issue 12, item 3).

The files are in ``tests/data/formats`` (origins and licences in its SOURCES.md). Expected
counts and values are taken from each file here with ElementTree, json, csv or openpyxl, or
from the tool's own documented result, independently of the readers under test.
"""

import csv
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from mapper.app.importing import ACCEPT
from mapper.cli import main
from mapper.io import ImportFailed, read_bytes, read_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
ALL = sorted(p for p in DATA.glob("*/*") if p.suffix != ".md")


def elements(path: Path, tag: str) -> list[ElementTree.Element]:
    """Every element of this local name in the XML file (any namespace)."""
    root = ElementTree.parse(path).getroot()
    return [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == tag]


def counts(result) -> tuple[int, int]:
    return result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()


def by_label(result, label):
    return next(n for n in result.map.nodes() if n["label"] == label)


def report_text(result) -> str:
    return "\n".join(result.report.lines())


# ----- GEXF -----------------------------------------------------------------------------


def test_gephi_07_gexf_with_attvalue_id_keeps_every_node_edge_and_value():
    path = DATA / "gexf" / "arctic-gephi-0.7.gexf"
    result = read_paths(path)
    assert result.report.format == "GEXF"
    assert counts(result) == (len(elements(path, "node")), len(elements(path, "edge")))
    # <node id="1" label="New York"> ... <attvalue id="2" value="143"/>, attribute 2 is
    # "occurrences" (integer), and <viz:position x="-81.7245" y="25.771425">
    new_york = result.map.node("1")
    assert (new_york["label"], new_york["occurrences"]) == ("New York", 143)
    assert (new_york["x"], new_york["y"]) == (-81.7245, 25.771425)
    assert new_york["nodedef"] == "n1"


def test_gexf_11_dynamic_file_without_timeformat_reads_with_latest_values():
    path = DATA / "gexf" / "photoviz-dynamic-1.1.gexf"
    nodes = elements(path, "node")
    edges = elements(path, "edge")
    loops = [e for e in edges if e.get("source") == e.get("target")]
    result = read_paths(path)
    ids = {node.get("id") for node in nodes}
    assert counts(result) == (len(ids), len(edges) - len(loops))
    assert sum("to itself skipped" in line for line in result.report.ignored) == len(loops) == 2
    assert "appears in node 121 ('120') and node 155 ('120'): one actor" in report_text(result)
    # the latest "codelines" (attribute 1) of every node, by its numeric start
    for node in nodes[:60]:
        values = [
            (float(a.get("start", "-inf")), int(a.get("value")))
            for a in node.iter()
            if a.tag.endswith("attvalue") and a.get("for") == "1"
        ]
        if node.get("id") != "120" and values:
            assert result.map.node(node.get("id"))["codelines"] == max(values)[1]
    spans = result.map.node("5")  # <node id="5" label="src.photoviz.arbo" start="2" end="11">
    assert (spans["start"], spans["end"]) == ("2", "11")
    assert "'codelines' changes over time in this file: each actor keeps its latest value" in (
        result.report.guessed
    )


def test_gephi_08_dynamic_values_are_plain_values_not_lists():
    # node 1 "growing slowly": 15 from 2000, 20 from (open) 2005, 25 from 2010
    result = read_paths(DATA / "gexf" / "gephi-0.8-dynamic-values.gexf")
    assert result.map.node("1")["value"] == 25
    assert result.map.node("2")["value"] == 40
    (edge,) = result.map.edges()
    assert not isinstance(edge["value"], list)


def test_gexf_declared_defaults_are_applied_booleans_included():
    # attribute 2 "frog" is boolean with <default>true</default>; only node 3 sets it false
    result = read_paths(DATA / "gexf" / "data-boolean-default.gexf")
    assert [result.map.node(n)["frog"] for n in "0123"] == [True, True, True, False]
    assert result.map.node("1")["indegree"] == 2.0
    assert result.map.meta["notes"] == "A Web network"


# ----- GraphML and yEd ------------------------------------------------------------------


def test_graphml_key_id_shared_by_nodes_and_edges_reads_as_gephi_reads_it():
    result = read_paths(DATA / "graphml" / "gephi-cdata-shared-key-ids.graphml")
    assert result.report.format == "GraphML"
    assert [n["label"] for n in result.map.nodes()] == ["foo", "bar"]
    (edge,) = result.map.edges()
    assert (edge["source"], edge["target"], edge["label"]) == ("n0", "n1", "foobar")


def test_yed_groups_become_tags_on_the_actors_inside_and_are_reported():
    path = DATA / "yed" / "yed-3.17-groups.graphml"
    groups = [n for n in elements(path, "node") if n.get("yfiles.foldertype") == "group"]
    result = read_paths(path)
    assert counts(result) == (len(elements(path, "node")) - len(groups), 4)
    assert set(by_label(result, "1")["tags"]) == {"yEd group: Group 3", "yEd group: Group 1"}
    assert set(by_label(result, "5")["tags"]) == {"yEd group: Group 3", "yEd group: Group 2"}
    assert "tags" not in by_label(result, "9")
    assert "3 yEd groups ('Group 3', 'Group 1', 'Group 2') read as the tag" in report_text(result)


def test_yed_self_loops_are_reported_one_by_one_and_counted_nowhere_else():
    result = read_paths(DATA / "yed" / "yed-3.19-self-loops.graphml")
    assert counts(result) == (1, 0)
    loops = [line for line in result.report.ignored if "from 'A' to itself skipped" in line]
    assert len(loops) == 2
    assert not any("link" in line for line in result.report.guessed)


def test_yed_html_label_reads_as_plain_text():
    # Written here (no real file found): yEd keeps an HTML label as escaped text in
    # y:NodeLabel, as its manual's "HTML labels" section shows.
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="0" y="0"/>
      <y:NodeLabel>&lt;html&gt;&lt;b&gt;Carers&amp;nbsp;Centre&lt;/b&gt;&lt;br&gt;Leeds&lt;/html&gt;</y:NodeLabel>
    </y:ShapeNode></data></node>
  </graph>
</graphml>"""
    result = read_bytes(data, "html-label.graphml")
    assert [n["label"] for n in result.map.nodes()] == ["Carers Centre Leeds"]
    assert "1 label written in HTML read as plain text" in result.report.guessed


# ----- Cytoscape ------------------------------------------------------------------------


def test_cytoscape_js_nodes_and_edges_at_the_top_level():
    path = DATA / "cytoscape" / "gal-nodes-edges-top-level.json"
    document = json.loads(path.read_text())
    result = read_paths(path)
    assert result.report.format == "Cytoscape JSON"
    assert counts(result) == (len(document["nodes"]), len(document["edges"]))
    first = document["nodes"][0]["data"]
    assert result.map.node(first["id"])["label"] == first["name"]


def test_cytoscape_elements_without_ids_are_all_kept_and_named():
    path = DATA / "cytoscape" / "node-types-no-ids.json"
    document = json.loads(path.read_text())
    result = read_paths(path)
    assert counts(result) == (len(document), 0)
    assert sorted(n["label"] for n in result.map.nodes()) == sorted(
        f"Node {i}" for i in range(1, len(document) + 1)
    )
    assert f"{len(document)} actors with no id and no name" in report_text(result)
    edges = json.loads((DATA / "cytoscape" / "edge-types-no-edge-ids.json").read_text())
    links = [e["data"] for e in edges if "source" in e["data"]]
    loops = [e for e in links if e["source"] == e["target"]]
    result = read_paths(DATA / "cytoscape" / "edge-types-no-edge-ids.json")
    assert counts(result) == (len(edges) - len(links), len(links) - len(loops))
    assert "edge 18: link from 'n23' to itself skipped" in report_text(result)


# ----- Gephi tables and JSON ------------------------------------------------------------


def test_gephi_source_target_table_is_enough():
    path = DATA / "gephi" / "edges-source-target-only.csv"
    rows = list(csv.DictReader(path.open()))
    result = read_paths(path)
    assert result.report.format == "Gephi CSV"
    assert counts(result) == (2, len(rows))
    assert {n["label"] for n in result.map.nodes()} == {"loja", "postalecu911"}


def test_gephi_repeated_rows_become_one_link_with_a_count_and_summed_weight():
    path = DATA / "gephi" / "edges-repeated-rows.csv"
    rows = list(csv.DictReader(path.open()))
    repeated = [r for r in rows if (r["source"], r["target"]) == ("1", "2")]
    result = read_paths(path)
    assert counts(result) == (4, len({(r["source"], r["target"]) for r in rows}))
    (link,) = [e for e in result.map.edges() if (e["source"], e["target"]) == ("1", "2")]
    assert link["count"] == len(repeated) == 3
    assert link["weight"] == 7.5  # Gephi's own expected result for this file
    assert "2 rows of edges-repeated-rows.csv repeat a link" in report_text(result)


@pytest.mark.parametrize(
    "name", ["labels", "mixed", "multi", "position", "undirected"], ids=lambda n: n
)
def test_gephi_010_json_export_keeps_every_node_and_edge(name):
    path = DATA / "gephi" / f"gephi-0.10-json-{name}.json"
    document = json.loads(path.read_text())
    result = read_paths(path)
    assert result.report.format == "Gephi JSON"
    assert counts(result) == (len(document["nodes"]), len(document["edges"]))
    undirected = document["options"]["type"] == "undirected"
    mutual = [e.get("undirected", undirected) for e in document["edges"]]
    assert [bool(e.get("mutual")) for e in result.map.edges()] == mutual


def test_gephi_json_positions_and_labels():
    position = read_paths(DATA / "gephi" / "gephi-0.10-json-position.json").map
    assert (position.node("1")["x"], position.node("1")["y"]) == (2.5, 4.7)
    labels = read_paths(DATA / "gephi" / "gephi-0.10-json-labels.json").map
    assert [e["label"] for e in labels.edges()] == ["1"]


# ----- NodeXL ---------------------------------------------------------------------------


def test_nodexl_workbook_reads_vertices_and_edges_below_its_two_header_rows():
    path = DATA / "nodexl" / "nodexl-teaching-abc-d.xlsx"
    book = openpyxl.load_workbook(path, read_only=True)
    edge_rows = [r[:2] for r in book["Edges"].iter_rows(min_row=3, values_only=True) if r[0]]
    vertex_rows = [r for r in book["Vertices"].iter_rows(min_row=3, values_only=True) if r[0]]
    loops = [r for r in edge_rows if r[0] == r[1]]
    names = {r[0] for r in vertex_rows} | {v for r in edge_rows for v in r}
    result = read_paths(path)
    assert result.report.format == "NodeXL workbook"
    assert counts(result) == (len(names), len(edge_rows) - len(loops))
    admin = vertex_rows[1]  # row 4: Admin, X in column M, Y in column N
    node = by_label(result, admin[0])
    assert (node["x"], node["y"]) == (admin[12], admin[13])
    assert "betweenness_centrality" not in node
    text = report_text(result)
    assert "'Betweenness Centrality'" in text and "'Color'" in text
    assert "'Overall Metrics'" in text
    assert text.count("to itself skipped") == len(loops) == 5


# ----- Pajek, GML -----------------------------------------------------------------------


def test_pajek_example_network_keeps_labels_positions_and_reports_the_rest():
    result = read_paths(DATA / "pajek" / "pajek-links.net")
    assert result.report.format == "Pajek"
    assert result.map.name == "TRALALA"
    # 7 arcs, 2 of them loops (1 1, 3 3)
    assert counts(result) == (4, 5)
    assert result.map.node("1")["x"] == 93.8  # 0.0938 on Pajek's 0..1 scale
    assert {e.get("label") for e in result.map.edges()} >= {"Straight arc", "Oval arc"}
    text = report_text(result)
    assert text.count("to itself skipped") == 2
    assert "How Pajek draws the network is not kept" in text


def test_pajek_arcslist_rows_are_spelled_out():
    path = DATA / "pajek" / "sampson-arcslist.net"
    rows = [line.split() for line in path.read_text().split("*Arcslist")[1].splitlines()]
    arcs = sum(len(row) - 1 for row in rows if row)  # "1 3 5 14": three arcs from 1
    result = read_paths(path)
    assert counts(result) == (18, arcs)
    assert {("1", "3"), ("1", "5"), ("1", "14")} <= {
        (e["source"], e["target"]) for e in result.map.edges()
    }
    assert result.map.node("1")["label"] == "ROMUL_10"


def test_pajek_two_mode_matrix_links_rows_to_columns():
    path = DATA / "pajek" / "two-mode-matrix.net"  # *vertices 15 10, then a 10 by 5 matrix
    rows = [line.split() for line in path.read_text().split("*matrix")[1].splitlines()]
    ties = {(str(r), str(10 + c)) for r, row in enumerate(filter(None, rows), 1)
            for c, cell in enumerate(row, 1) if cell != "0"}  # fmt: skip
    result = read_paths(path)
    assert counts(result) == (15, len(ties))
    assert {(e["source"], e["target"]) for e in result.map.edges()} == ties
    assert "A two-mode network: the first 10 vertices and the other 5" in report_text(result)


def test_gml_repeated_edges_without_multigraph_are_all_kept():
    result = read_paths(DATA / "gml" / "celegansneural-repeated-edges.gml")
    assert "each edge was read as its own link" in report_text(result)


def test_pajek_edges_are_two_way():
    result = read_paths(DATA / "pajek" / "pajek1.net")
    assert counts(result) == (10, 9)
    assert all(e["mutual"] for e in result.map.edges())


@pytest.mark.parametrize(
    "name",
    ["power-grid.gml", "karate.gml", "gephi-label.gml", "celegansneural-repeated-edges.gml"],
)
def test_gml_keeps_every_node_and_edge(name):
    text = (DATA / "gml" / name).read_text()
    nodes = len(re.findall(r"^\s*node\s*\[?\s*$", text, re.M))
    edges = len(re.findall(r"^\s*edge\s*\[?\s*$", text, re.M))
    result = read_paths(DATA / "gml" / name)
    assert result.report.format == "GML"
    assert counts(result) == (nodes, edges)


def test_gml_labels():
    result = read_paths(DATA / "gml" / "gephi-label.gml")
    assert sorted(n["label"] for n in result.map.nodes()) == ["Node A", "Node B", "Node C"]
    assert sorted(e["label"] for e in result.map.edges()) == ["Edge B to A", "Edge C to A"]


# ----- UCINET DL (real files; the parser's own cases are in test_dl.py) -----------------


@pytest.mark.parametrize(
    ("name", "links"),
    [
        # UCINET's manual example: george 1, sally 2, jim 3, billy 4, jane 5
        ("edgelist1.dl", {("1", "2"), ("1", "3"), ("2", "3"), ("3", "1"), ("4", "3")}),
        ("nodelist1.dl", {("1", "2"), ("1", "3"), ("2", "3"), ("3", "1"), ("4", "3")}),
        ("nodelist2.dl", {("1", "2"), ("1", "3"), ("2", "3"), ("4", "1"), ("5", "3")}),
    ],
)
def test_dl_lists_keep_every_tie(name, links):
    result = read_paths(DATA / "ucinet" / name)
    assert result.report.format == "UCINET DL"
    assert {(e["source"], e["target"]) for e in result.map.edges()} == links


@pytest.mark.parametrize("name", ["fullmatrix2.dl", "fullmatrix4.dl"])
def test_dl_symmetric_matrix_gives_one_two_way_link_per_pair(name):
    text = (DATA / "ucinet" / name).read_text().split("data:")[1]
    ones = text.split().count("1")
    result = read_paths(DATA / "ucinet" / name)
    assert counts(result) == (5, ones // 2)
    assert all(e["mutual"] for e in result.map.edges())
    assert "The matrix is symmetric" in report_text(result)


def test_dl_embedded_labels_and_values():
    result = read_paths(DATA / "ucinet" / "fullmatrix4.dl")
    assert [n["label"] for n in result.map.nodes()] == ["Larry", "david", "Lin", "Pat", "Russ"]
    weighted = read_paths(DATA / "ucinet" / "edgelist5.dl").map
    values = {(e["source"], e["target"]): e.get("value") for e in weighted.edges()}
    assert values[("1", "2")] == 0.1  # george sally 0.1
    assert values[("2", "3")] is None  # sally jim: no value, a plain tie


# ----- every file, through the command line ---------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=[f"{p.parent.name}/{p.name}" for p in ALL])
def test_cli_validates_every_file_and_shows_its_report(path, capsys):
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"OK: {path} is a valid map")


def test_the_upload_offers_every_file_type_here():
    assert {p.suffix for p in ALL} <= set(ACCEPT.split(","))


# ----- formats we know but do not read --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("map.gephi", b"PK\x03\x04rest", "map.gephi: a Gephi project, which Partnership Mapper"),
        ("graph", b"digraph G {\n a -> b;\n}\n", "graph: a Graphviz DOT file"),
        ("net.gdf", b"nodedef>name VARCHAR\n", "export it as GEXF"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it as an .xlsx workbook"),
        ("two.dl", b"DL nr=2 nc=3\ndata:\n0 1 1\n1 0 1\n", "UCINET DL for a two-mode network"),
        ("many.dl", b"DL n=2 nm=2\ndata:\n0 1\n1 0\n0 1\n1 0\n", "holding 2 matrices"),
        ("half.dl", b"DL n=2\nformat = upperhalf\ndata:\n1\n", "in the 'upperhalf' layout"),
    ],
)
def test_a_format_we_do_not_read_gets_one_line_saying_what_to_export(name, data, expected):
    with pytest.raises(ImportFailed) as caught:
        read_bytes(data, name)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
    assert "it reads:" not in message  # not the list of every format


def test_a_yed_group_with_links_of_its_own_stays_an_actor():
    # Written here: the groups file above with one link added from a group (n1::n0).
    text = (DATA / "yed" / "yed-3.17-groups.graphml").read_text()
    data = text.replace(
        "  </graph>\n  <data", '<edge id="g" source="n1::n0" target="n2"/></graph><data'
    )
    result = read_bytes(data.encode(), "linked-group.graphml")
    group = by_label(result, "Group 1")
    assert group["tags"] == ["yEd group", "yEd group: Group 3"]
    assert "; 1 also kept as an actor, having links of its own" in report_text(result)


def test_gexf_hierarchy_keeps_each_nested_node_with_its_parent():
    path = DATA / "gexf" / "hierarchy-nested.gexf"
    root = ElementTree.parse(path).getroot()
    parents = {
        child.get("label"): node.get("label")
        for node in root.iter()
        if node.tag.endswith("}node")
        for block in node
        if block.tag.endswith("}nodes")
        for child in block
    }
    result = read_paths(path)
    assert counts(result) == (len(elements(path, "node")), len(elements(path, "edge")))
    assert {n["label"]: n["parent"] for n in result.map.nodes() if "parent" in n} == parents
    assert f"{len(parents)} actors sit inside another" in report_text(result)
