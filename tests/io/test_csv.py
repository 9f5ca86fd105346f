"""CSV files as a spreadsheet user writes them: forgiving on words, exact on mistakes."""

import pytest

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, read_files
from mapper.io.csv import read_csv, write_csv, write_csv_files

NODES = """id,label,kind,role,category,sector,level,organisation,power,interest,skills,offers,needs,tags,notes
lead,Lead Charity,organisation,Lead,third sector organisation,third,,,4,5,advocacy | training,,,,
council,Highland Council,Organization,partner,local authority / public body,public,,,5,3,,premises,,,
board,Steering Group,steering group,,,,,,,,,,,,
jo,Jo Smith,person,,,,operational,Lead Charity,2,4,,,,,
"""
EDGES = """source,target,kind,resource,amount,unit,mutual,frequency,last_contact,role,voting,stages,strength,notes
lead,council,Reports to,,,,,,,,,,,
council,lead,funds,,"12,000",GBP,,,,,,,,
Jo Smith,board,sits on,,,,,,,chair,yes,planning | review,,
lead,council,talks to,,,,yes,monthly,2026-06-01,,,,,
"""


def files(nodes: str = NODES, edges: str = EDGES, encoding: str = "utf-8") -> dict[str, bytes]:
    return {"nodes.csv": nodes.encode(encoding), "edges.csv": edges.encode(encoding)}


def test_everyday_words_and_labels_are_understood_and_reported():
    result = read_files(files())
    pmap = result.map
    assert pmap.node("lead")["role"] == "lead partner"
    assert pmap.node("council")["kind"] == "organisation"
    assert pmap.node("board")["kind"] == "forum"
    assert pmap.node("jo")["organisation"] == "lead"
    kinds = sorted((e["source"], e["target"], e["kind"]) for e in pmap.edges())
    assert kinds == [
        ("council", "lead", "resource"),
        ("jo", "board", "member_of"),
        ("lead", "council", "accountable_to"),
        ("lead", "council", "communicates"),
    ]
    funding = pmap.edges("resource")[0]
    assert (funding["resource"], funding["amount"]) == ("funding", 12000)
    seat = pmap.edges("member_of")[0]
    assert (seat["role"], seat["voting"], seat["stages"]) == ("chair", True, ["planning", "review"])
    guessed = "\n".join(result.report.guessed)
    assert "edges.csv row 3: kind 'funds' read as resource (resource=funding)" in guessed
    assert "edges.csv row 4: source 'Jo Smith' matched by label to 'jo'" in guessed


def test_five_planted_mistakes_are_all_reported_with_rows_and_nothing_is_created():
    nodes = NODES + "x,Extra,organisation,,,,,,9,,,,,,\n,,group,,,,,,,,,,,,\n"
    edges = EDGES + (
        "lead,nowhere,talks to,,,,,,,,,,,\n"
        "lead,council,hugs,,,,,,,,,,,\n"
        "lead,council,talks to,,,,,,31/06/2026,,,,,\n"
    )
    with pytest.raises(MapValidationError) as caught:
        read_files(files(nodes, edges))
    found = [str(problem) for problem in caught.value.problems]
    assert found == [
        "nodes.csv row 6, column 'power': '9' is not valid; expected a whole number from 1 to 5",
        "Each actor needs a name: nodes.csv row 7 has none.",
        "Each link needs an actor at both ends: edges.csv row 6 names 'nowhere', who is not on the map.",
        "edges.csv row 7, column 'kind': 'hugs' is not valid; expected one of: accountable_to, "
        "communicates, resource, member_of, influences",
        "edges.csv row 8, column 'last_contact': '31/06/2026' is not valid; expected a date written YYYY-MM-DD",
    ]
    assert str(caught.value).startswith(
        "nodes.csv + edges.csv: 5 problems found, nothing was changed"
    )


def test_missing_columns_are_named():
    with pytest.raises(MapValidationError, match=r"edges\.csv: expected a column named 'kind'"):
        read_files(files(edges="source,target\nlead,council\n"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_excel_encodings_are_read(encoding):
    nodes = "label,notes\nCafé Ôlé,Meets in Perth – monthly\n"
    pmap = read_files(files(nodes, "source,target,kind\n", encoding)).map
    assert pmap.nodes()[0]["label"] == "Café Ôlé"
    assert pmap.nodes()[0]["notes"] == "Meets in Perth – monthly"


def test_a_partner_list_without_links_is_enough():
    pmap = read_files(
        {"partners.csv": b"label,sector\nAlpha Trust,third\nBeta Council,public\n"}
    ).map
    assert [n["id"] for n in pmap.nodes()] == ["alpha-trust", "beta-council"]


def test_round_trip_keeps_everything_and_neutralises_formulas(tmp_path):
    pmap = PartnershipMap(name="Round trip", purpose="=1+1 is not a formula", date="2026-09-15")
    pmap.add_node(label="@Lead", skills=["-minus", "law"], x=-10.5, y=3.25, custom="kept")
    pmap.add_node(label="Other", power=1)
    pmap.add_edge("lead", "other", "communicates", mutual=False, last_contact="2026-01-02")
    write_csv(pmap, tmp_path / "out")
    text = (tmp_path / "out" / "nodes.csv").read_text("utf-8-sig")
    assert "'@Lead" in text and ",-10.5," in text  # text neutralised, numbers left alone
    assert "'=1+1" in (tmp_path / "out" / "map.csv").read_text("utf-8-sig")
    again = read_csv(tmp_path / "out").map
    assert again.to_dict() == pmap.to_dict()


def test_unreadable_files_get_one_line_reasons():
    with pytest.raises(ImportFailed, match=r"nodes\.csv: the file is empty"):
        read_files({"nodes.csv": b""})
    with pytest.raises(ImportFailed, match="not a format Partnership Mapper reads"):
        read_files({"picture.png": b"\x89PNG\r\n"})
    with pytest.raises(ImportFailed, match="damaged zip"):
        read_files({"map.zip": b"PK\x03\x04 nonsense"})


def test_written_files_open_in_excel_with_accents():
    pmap = PartnershipMap(name="Accents")
    pmap.add_node(label="Comhairle nan Eilean Siar – Àite")
    assert write_csv_files(pmap)["nodes.csv"].startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
