"""Real files made by other tools import with a sensible report, or are refused clearly.

The files are in ``tests/data/interop`` (its SOURCES.md gives each one's origin and
licence). Every expected count is taken
from the file itself in the test, with openpyxl, json or ElementTree, independently of
the readers under test.
"""

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from mapper.cli import main
from mapper.io import ImportFailed, read_paths
from tests import INTEROP as SAMPLES

pytestmark = pytest.mark.filterwarnings("ignore:Unknown extension:UserWarning")  # openpyxl


def sheet_rows(path: Path, sheet: str) -> list[tuple]:
    """Non-blank rows below the header, read with openpyxl."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook[sheet].iter_rows(values_only=True))[1:]
    return [row for row in rows if any(cell not in (None, "") for cell in row)]


def xml_count(path: Path, tag: str) -> int:
    """How many elements of this local name the XML holds (any namespace)."""
    root = ElementTree.parse(path).getroot()
    return sum(1 for element in root.iter() if element.tag.rsplit("}", 1)[-1] == tag)


def counts(result) -> tuple[int, int]:
    return result.map.graph.number_of_nodes(), result.map.graph.number_of_edges()


@pytest.mark.parametrize("name", ["paypal-mafia.xlsx", "snap-to-tutorial-data.xlsx"])
def test_kumu_workbooks_keep_every_element_and_connection(name):
    path = SAMPLES / "kumu" / name
    elements = sheet_rows(path, "Elements")
    connections = sheet_rows(path, "Connections")
    result = read_paths(path)
    assert result.report.format == "Kumu spreadsheet"
    assert counts(result) == (len(elements), len(connections))
    assert {node["label"] for node in result.map.nodes()} == {row[0] for row in elements}
    assert f"Created {len(elements)} actors and {len(connections)} links." in result.report.created


def test_kumu_types_are_mapped_and_reported():
    result = read_paths(SAMPLES / "kumu" / "paypal-mafia.xlsx")
    rows = sheet_rows(SAMPLES / "kumu" / "paypal-mafia.xlsx", "Connections")
    investors = sum(1 for row in rows if row[3] == "Investor")  # column D is Type
    pmap = result.map
    assert pmap.node("peter-thiel")["kind"] == "person"
    assert pmap.node("paypal")["category"] == "private sector"
    funding = [e for e in pmap.edges() if e.get("resource") == "funding"]
    assert len(funding) == investors == 9
    founders = [e for e in pmap.edges() if "Kumu type: Employee/Founder" in e.get("tags", [])]
    assert {e["kind"] for e in founders} == {"communicates"}
    guessed = "\n".join(result.report.guessed)
    assert "9 links of Kumu type 'Investor': read as resource (resource funding)" in guessed
    assert "which the mapping does not know" in guessed


def test_corrupt_kumu_workbook_is_refused_in_one_line():
    path = SAMPLES / "kumu" / "overview-of-the-euro-crisis.CORRUPT-UPSTREAM.xlsx"
    with pytest.raises(ImportFailed) as caught:
        read_paths(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: a damaged or unreadable Excel workbook")


@pytest.mark.parametrize(
    "name",
    [
        "snap-to-tutorial-project.json",
        "kumu-changelabs-template.json",
        "kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json",
        "kumu_blueprint_docs_example.json",
    ],
)
def test_kumu_json_keeps_every_element_and_connection(name):
    document = json.loads((SAMPLES / "kumu" / name).read_text())
    result = read_paths(SAMPLES / "kumu" / name)
    assert result.report.format == "Kumu JSON"
    assert counts(result) == (len(document["elements"]), len(document["connections"]))


def test_kumu_backup_positions_and_loops():
    path = SAMPLES / "kumu" / "kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json"
    document = json.loads(path.read_text())
    placed = document["maps"][0]["elements"][0]
    element = next(e for e in document["elements"] if e["_id"] == placed["element"])
    result = read_paths(path)
    node = next(n for n in result.map.nodes() if n["label"] == element["attributes"]["label"])
    assert (node["x"], node["y"]) == (placed["position"]["x"], placed["position"]["y"])
    loops = len(document["loops"])
    assert f"{loops} Kumu loops not imported (Partnership Mapper has no loops)" in (
        result.report.ignored
    )


def test_kumu_changelabs_value_flow_funding_becomes_a_funding_link():
    path = SAMPLES / "kumu" / "kumu-changelabs-template.json"
    document = json.loads(path.read_text())
    flows = [c for c in document["connections"] if c["attributes"].get("value flows") == "Funding"]
    result = read_paths(path)
    assert len(result.map.edges("resource")) == len(flows) == 1


@pytest.mark.parametrize("name", ["onodo_template.xlsx", "Game_of_Thrones.xlsx"])
def test_onodo_workbooks_keep_every_node_and_relation(name):
    path = SAMPLES / "onodo" / name
    nodes = sheet_rows(path, "Nodes")
    relations = sheet_rows(path, "Relations")
    result = read_paths(path)
    assert result.report.format == "Onodo workbook"
    assert counts(result) == (len(nodes), len(relations))
    # Onodo trimmed names: "Aegon VI Targaryen " in the file is one actor, trimmed.
    assert {n["label"] for n in result.map.nodes()} == {row[0].strip() for row in nodes}


def test_onodo_types_are_trimmed_and_kept_as_tags():
    path = SAMPLES / "onodo" / "Game_of_Thrones.xlsx"
    stark = sum(1 for row in sheet_rows(path, "Nodes") if row[1].strip() == "House Stark")
    result = read_paths(path)
    tagged = [n for n in result.map.nodes() if "Onodo type: House Stark" in n.get("tags", [])]
    assert len(tagged) == stark == 20  # 19 written "House Stark " and 1 "House Stark"


@pytest.mark.parametrize("name", ["gephi-lite/Les_Miserables.gexf", "gephi-lite/gephi-lite.gexf"])
def test_gexf_files_keep_every_node_and_edge(name):
    path = SAMPLES / name
    result = read_paths(path)
    assert result.report.format == "GEXF"
    assert counts(result) == (xml_count(path, "node"), xml_count(path, "edge"))


def test_gexf_positions_are_read_despite_the_odd_viz_namespace():
    # Les Miserables.gexf declares xmlns:viz="http:///www.gexf.net/1.1draft/viz".
    path = SAMPLES / "gephi-lite" / "Les_Miserables.gexf"
    text = path.read_text()
    x, y = re.search(
        r'label="Valjean">.*?position x="([-\d.]+)" y="([-\d.]+)"', text, re.S
    ).groups()
    result = read_paths(path)
    valjean = result.map.node("11")
    assert (valjean["label"], valjean["x"], valjean["y"]) == ("Valjean", float(x), float(y))
    positioned = [n for n in result.map.nodes() if "x" in n and "y" in n]
    assert len(positioned) == xml_count(path, "position")


def test_gexf_node_types_go_through_the_mapping():
    path = SAMPLES / "gephi-lite" / "gephi-lite.gexf"
    people = len(re.findall(r'<attvalue for="type" value="person"/>', path.read_text()))
    result = read_paths(path)
    assert len(result.map.nodes("person")) == people


def test_gephi_lite_workspace_keeps_every_node_and_edge():
    path = SAMPLES / "gephi-lite" / "Les_Miserables.json"
    full = json.loads(path.read_text())["graphDataset"]["fullGraph"]
    result = read_paths(path)
    assert result.report.format == "Gephi Lite workspace"
    assert counts(result) == (len(full["nodes"]), len(full["edges"]))
    assert all(edge.get("mutual") is True for edge in result.map.edges())  # undirected graph


@pytest.mark.parametrize(
    "name",
    [
        "gephi-lite/airlines.graphml",
        "yed/yed-desktop-3.19_simple_11nodes.graphml",
        "yed/yed-desktop_custom-attributes.graphml",
        "yed/yed-live-online_custom-attributes.graphml",
    ],
)
def test_graphml_files_keep_every_node_and_edge(name):
    path = SAMPLES / name
    result = read_paths(path)
    assert result.report.format == "GraphML"
    assert counts(result) == (xml_count(path, "node"), xml_count(path, "edge"))


def test_airlines_positions_are_kept():
    path = SAMPLES / "gephi-lite" / "airlines.graphml"
    x = re.search(r'<node id="0">\s*<data key="x">([-\d.]+)</data>', path.read_text()).group(1)
    assert read_paths(path).map.node("0")["x"] == float(x)


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("yed-desktop-3.19_simple_11nodes.graphml", r"<y:NodeLabel[^>]*>([^<]+)<"),
        ("yed-desktop_custom-attributes.graphml", r"<y:NodeLabel[^>]*>([^<]+)<"),
        ("yed-live-online_custom-attributes.graphml", r"<y:Label.Text>([^<]+)<"),
    ],
)
def test_yed_labels_are_recovered(name, pattern):
    path = SAMPLES / "yed" / name
    labels = sorted(re.findall(pattern, path.read_text()))
    result = read_paths(path)
    assert sorted(n["label"] for n in result.map.nodes()) == labels
    assert all("x" in n and "y" in n for n in result.map.nodes())


def test_yed_live_positions_are_node_centres():
    # n0 is <y:RectD X="-144.5" Y="-285" Width="311" Height="50"/>: centre (11, -260).
    result = read_paths(SAMPLES / "yed" / "yed-live-online_custom-attributes.graphml")
    assert (result.map.node("n0")["x"], result.map.node("n0")["y"]) == (11.0, -260.0)


def test_yed_desktop_edge_labels_are_kept():
    path = SAMPLES / "yed" / "yed-desktop_custom-attributes.graphml"
    labels = sorted(re.findall(r"<y:EdgeLabel[^>]*>([^<]+)<", path.read_text()))
    result = read_paths(path)
    assert sorted(e["label"] for e in result.map.edges() if "label" in e) == labels


def test_oligrapher_map_keeps_nodes_edges_and_arrow_direction():
    path = SAMPLES / "oligrapher" / "oligrapher_exxon_configuration.json"
    document = json.loads(path.read_text())
    result = read_paths(path)
    assert result.report.format == "Oligrapher / LittleSis map"
    assert counts(result) == (len(document["graph"]["nodes"]), len(document["graph"]["edges"]))
    (edge,) = result.map.edges()
    # arrow "1->2" with node1_id 9 (Bank of America) and node2_id 2 (ExxonMobil)
    assert (edge["source"], edge["target"], edge["label"]) == ("9", "2", "Institutional investor")
    assert result.map.node("1045")["kind"] == "person"  # a LittleSis /person/ page
    assert result.map.name == document["attributes"]["title"]


ALL = sorted(p for p in SAMPLES.glob("*/*") if p.suffix != ".md") if SAMPLES.is_dir() else []


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_cli_validates_every_sample_and_refuses_the_corrupt_one(path, capsys):
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    if "CORRUPT" in path.name:
        assert code == 2
        assert err.count("\n") == 1 and "damaged" in err
    else:
        assert code == 0
        assert out.startswith(f"OK: {path} is a valid map")


@pytest.mark.parametrize("ext", ["xlsx", "kumu.xlsx", "graphml", "gexf", "json"])
def test_cli_converts_a_sample_to_every_writer_format(ext, tmp_path, capsys):
    source = SAMPLES / "kumu" / "paypal-mafia.xlsx"
    out = tmp_path / f"paypal.{ext}"
    assert main(["convert", str(source), str(out)]) == 0
    if ext == "kumu.xlsx":  # chosen by the whole ending, not just ".xlsx"
        assert openpyxl.load_workbook(out).sheetnames[:2] == ["Elements", "Connections"]
    assert main(["info", str(out)]) == 0
    assert "34 actors, 49 links" in capsys.readouterr().out
