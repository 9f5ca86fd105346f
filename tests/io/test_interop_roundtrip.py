"""Ours -> another tool's format -> ours keeps every actor, link, kind and attribute."""

import openpyxl
import pytest

from mapper.graph.model import PartnershipMap
from mapper.io import export_map, read_bytes


def every_kind_map() -> PartnershipMap:
    """One actor of each kind and one link of each kind, with most fields set."""
    pmap = PartnershipMap(
        name="Carers' partnership", purpose="Support unpaid carers", date="2026-03-01",
        notes="Drawn at the kick-off", skills_needed=["finance", "evaluation"],
    )  # fmt: skip
    pmap.add_node(
        id="lead", label="Carers Centre", role="lead partner", sector="third",
        category="third sector organisation", power=4, interest=5, legitimacy=4, urgency=3,
        skills=["advocacy", "training"], offers=["premises"], needs=["data"], x=10.5, y=-3.0,
        tags=["kickoff"], notes="=HYPERLINK(\"http://evil\")", recorded_by="Ann",
        recorded_at="2026-02-01",
    )  # fmt: skip
    pmap.add_node(id="council", label="Highland Council", category="local authority / public body")
    pmap.add_node(id="carers", label="Unpaid carers", kind="group", interest=5)
    pmap.add_node(id="board", label="Steering Group", kind="forum", x=0.0, y=120.25)
    pmap.add_node(
        id="jo", label="Jo Smith", kind="person", organisation="lead", level="operational"
    )
    pmap.add_edge("lead", "council", "accountable_to", scope="grant conditions", formal=True)
    pmap.add_edge(
        "council", "lead", "resource", resource="funding", amount=12000.5, unit="GBP", importance=4
    )
    pmap.add_edge("jo", "board", "member_of", role="chair", voting=True, stages=["plan", "review"])
    pmap.add_edge(
        "lead", "carers", "communicates", mutual=True, frequency="monthly",
        last_contact="2026-06-01", channel="email", label="-newsletter",
    )  # fmt: skip
    pmap.add_edge("carers", "council", "influences", strength=2, tags=["campaign"])
    pmap.add_edge("lead", "council", "communicates", channel="phone")
    return pmap


@pytest.mark.parametrize("fmt", ["kumu.xlsx", "xlsx", "graphml", "gexf"])
def test_round_trip_keeps_actors_links_kinds_and_attributes(fmt):
    original = every_kind_map()
    data, filename, _ = export_map(original, fmt)
    back = read_bytes(data, filename).map
    assert back.nodes() == original.nodes()
    assert back.edges() == original.edges()
    assert {n["kind"] for n in back.nodes()} == {"organisation", "group", "forum", "person"}
    assert {e["kind"] for e in back.edges()} == {
        "accountable_to", "resource", "member_of", "communicates", "influences"
    }  # fmt: skip


@pytest.mark.parametrize("fmt", ["kumu.xlsx", "xlsx", "graphml"])
def test_round_trip_keeps_the_map_details(fmt):
    original = every_kind_map()
    data, filename, _ = export_map(original, fmt)
    assert read_bytes(data, filename).map.meta == original.meta


def test_gexf_keeps_the_map_name():
    # GEXF has no place for a purpose or a date; networkx writes the graph's name only.
    data, filename, _ = export_map(every_kind_map(), "gexf")
    assert read_bytes(data, filename).map.name == "Carers' partnership"


def test_kumu_workbook_is_in_kumu_layout(tmp_path):
    data, filename, _ = export_map(every_kind_map(), "kumu.xlsx")
    assert filename == "carers-partnership.kumu.xlsx"
    path = tmp_path / filename
    path.write_bytes(data)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Elements", "Connections", "Map (ignore)"]
    elements = [c.value for c in workbook["Elements"][1]]
    connections = [c.value for c in workbook["Connections"][1]]
    assert elements[:5] == ["Label", "ID", "Type", "Description", "Tags"]
    assert connections[:5] == ["From", "To", "ID", "Type", "Direction"]
    rows = list(workbook["Connections"].iter_rows(min_row=2, values_only=True))
    directions = {(row[0], row[1], row[3]): row[4] for row in rows}
    assert directions[("lead", "carers", "communicates")] == "mutual"
    assert directions[("lead", "council", "accountable to")] == "directed"


@pytest.mark.parametrize("fmt", ["kumu.xlsx", "xlsx"])
def test_spreadsheets_neutralise_formulas(fmt, tmp_path):
    data, filename, _ = export_map(every_kind_map(), fmt)
    path = tmp_path / filename
    path.write_bytes(data)
    workbook = openpyxl.load_workbook(path)
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert '\'=HYPERLINK("http://evil")' in texts
    assert "'-newsletter" in texts
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@")]
