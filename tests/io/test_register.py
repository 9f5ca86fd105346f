"""Stakeholder registers: real ones from public project repositories, a messy one made on
purpose, and small ones written here for each rule.

The real registers' expected values were read off the sheets with openpyxl (see
tests/data/registers/SOURCES.md); the small ones sit on the same screen as their checks.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from mapper.graph.model import MapValidationError
from mapper.io import ImportFailed, read_files, read_paths
from mapper.io.register import Choices, RegisterResult, read_register
from mapper.io.result import NotAMapLayout

DATA = Path(__file__).resolve().parents[1] / "data" / "registers"
MESSY = DATA / "messy-register.csv"


def register(text: str, choices: Choices | None = None, name: str = "register.csv"):
    return read_register({name: text.encode("utf-8")}, choices)


def workbook(sheets: dict[str, list[list]], merged: dict[str, list[str]] | None = None) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(title, []):
            sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_names_column(path: Path, sheet: str, header_row: int, column: int) -> list[str]:
    """The names under a header, read with openpyxl: the expected actors."""
    book = openpyxl.load_workbook(path, read_only=True)
    names = [
        str(row[column]).strip()
        for row in book[sheet].iter_rows(min_row=header_row + 1, values_only=True)
        if column < len(row) and row[column] not in (None, "")
    ]
    return list(dict.fromkeys(names))


# ----- real registers -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("file", "sheet", "header_row", "name_column", "expected"),
    [
        # Header in row 1; "Position/Interest" holds "For/High", "Against/Medium"...
        ("team-awesome-stakeholder-register.xlsx", "Stakeholder Register", 1, 0,
         {"frodo": {"interest": 4, "register_role": "Management Staff"},
          "local-afl-clubs": {"interest": 4, "internal_external": "External"},
          "it-consultants": {"interest": 2}}),
        # A title row merged across the table; "Organization" is free text (PMO, COO...)
        ("marketing-data-app-stakeholder-register.xlsx", " Stakeholder Register Template ", 2,
         0, {"pranav": {"kind": "person", "register_organisation": "COO", "a": "x",
                        "notes": "Look into fundings/Approvals"}}),
        # Six rows of title block; headings with their allowed values in brackets
        ("property-forms-stakeholder-register.xlsx", "Sheet1", 7, 1,
         {"mr-pam-waston": {"power": 4, "register_id": 1,
                            "needs": ["Provide business services for customers"]},
          "mr-mark-burns": {"power": 2}, "mr-frank-dunn": {"power": 3}}),
    ],
)  # fmt: skip
def test_real_registers_read_whole(file, sheet, header_row, name_column, expected):
    result = read_paths(DATA / file)
    assert isinstance(result, RegisterResult)
    assert result.report.format == "Stakeholder register"
    names = sheet_names_column(DATA / file, sheet, header_row, name_column)
    assert sorted(n["label"] for n in result.map.nodes()) == sorted(names)
    assert result.map.graph.number_of_edges() == 0  # a register without links is a map
    assert result.layout.header_row == header_row
    for node_id, fields in expected.items():
        node = result.map.node(node_id)
        assert {key: node.get(key) for key in fields} == fields


def test_real_register_rows_below_the_table_are_reported_not_dropped():
    result = read_paths(DATA / "property-forms-stakeholder-register.xlsx")
    assert result.report.ignored == [
        "sheet 'Sheet1' row 24: no name, so skipped (it holds 'The Property Inc.')"
    ]
    assert "the headings read from row 7, below a title block" in result.report.guessed
    assert "Power from column 'Level of Influence (High, Medium, Low)': 'High' read as 4, " \
        "'Medium' read as 3, 'Low' read as 2" in result.report.guessed  # fmt: skip
    impact = next(line for line in result.report.guessed if "'Impact on Project" in line)
    assert "kept as the attribute 'impact_on_project'" in impact
    assert "most values are not ratings" in impact  # "Positive", "Influence" are not ratings


def test_a_register_in_an_unknown_language_reads_once_the_name_column_is_chosen():
    path = DATA / "crm-implementation-stakeholder-register.xlsx"
    with pytest.raises(ImportFailed) as caught:
        read_paths(path, choices=Choices())  # read as a register, but which column is it?
    assert "no column holds the stakeholders' names (the headings: 'ID', 'Имя', 'Категория'" in (
        str(caught.value)
    )
    with pytest.raises(NotAMapLayout) as unchosen:  # not a list of actors by its ID column
        read_paths(path)
    assert str(unchosen.value).endswith("'Интерес к проекту'); say which column does")
    result = read_paths(path, choices=Choices(columns={"Имя": "name"}))
    names = sheet_names_column(path, "Лист1", 2, 1)
    assert sorted(n["label"] for n in result.map.nodes()) == sorted(names)
    assert result.map.node("sh-7")["register_id"] == 7
    # The second header row (phone, mail) has no name: said, not dropped in silence.
    assert result.report.ignored[0].startswith("sheet 'Лист1' row 2: no name, so skipped")


# ----- the messy register -------------------------------------------------------------------
def test_messy_register_reads_with_every_choice_reported():
    result = read_paths(MESSY)
    pmap, report = result.map, result.report
    assert MESSY.read_bytes().decode("cp1252")  # Excel's Windows-1252, as saved on Windows
    assert result.layout.header_row == 5  # below a three-line title block and a blank row
    assert len(pmap.nodes()) == 12  # 13 named rows, one stakeholder listed twice
    assert report.merged == [
        "'Riverside Community Trust' appears in messy-register.csv row 7 and "
        "messy-register.csv row 20: one actor"
    ]
    assert pmap.node("cafe-ole")["label"] == "Café Ôlé"
    assert pmap.node("st-marks-church")["label"] == "St Mark’s Church"
    council = pmap.node("riverside-council")
    assert (council["power"], council["interest"]) == (5, 3)  # VH; 6 of 10
    assert council["category"] == "local authority / public body"  # "Local authority"
    jo = pmap.node("jo-bloggs")  # her organisation is on the register: linked by id
    assert (jo["kind"], jo["organisation"]) == ("person", "riverside-community-trust")
    amira = pmap.node("dr-amira-khan")  # hers is not: kept as text
    assert (amira["kind"], amira.get("organisation")) == ("person", None)
    assert amira["register_organisation"] == "Riverside Health Centre"
    assert pmap.node("riverside-foundation")["kind"] == "organisation"  # type left blank
    assert pmap.node("food-bank-volunteers")["kind"] == "group"
    assert pmap.node("jo-bloggs")["email"] == "jo@rct.org.uk"  # kept as an extra
    assert pmap.node("cafe-ole")["notes"] == "Donates surplus food"  # a stray last comma
    for line in (
        "column 'Stakeholder' read as the name (by its heading)",
        "column 'Tier' kept as the attribute 'tier'",
        "column 'Email' kept as the attribute 'email'",
        "Power from column 'Influence (H/M/L)': 'H' read as 4, 'VH' read as 5, 'M' read as 3, "
        "'Medium' read as 3, 'L' read as 2, 'Low' read as 2",
        "3 stakeholders with an organisation read as people (kind person)",
    ):
        assert line in report.guessed
    assert report.ignored == [
        "messy-register.csv row 21: no name, so skipped (it holds 'Ratings agreed at the "
        "March steering group')"
    ]


def test_choices_override_the_guesses():
    tier = Choices(columns={"Tier": "urgency", "Email": "ignore", "Type": "keep"})
    result = read_paths(MESSY, choices=tier)
    trust = result.map.node("riverside-community-trust")
    assert trust["urgency"] == 5  # Tier 1 matters most
    assert result.map.node("cafe-ole")["urgency"] == 1  # Tier 3
    assert "email" not in result.map.node("jo-bloggs")
    assert (trust["register_type"], trust["kind"]) == ("Charity", "organisation")
    assert "Urgency from column 'Tier': 'Tier 1' read as 5, 'Tier 2' read as 3, " \
        "'Tier 3' read as 1" in result.report.guessed  # fmt: skip
    assert "column 'Email' ignored (as you chose)" in result.report.guessed
    assert result.map.node("st-marks-church").get("urgency") is None  # its tier is blank


def test_an_explicit_header_row_is_used():
    text = "Our stakeholders,\nContact,Clout\nAlpha Trust,High\nBeta Council,Low\n"
    with pytest.raises(ImportFailed, match=r"no column holds the stakeholders' names \(the "
                       r"headings: 'Contact', 'Clout'\)"):  # fmt: skip
        register(text)
    result = register(text, Choices(header_row=2, columns={"Contact": "name", "Clout": "power"}))
    assert [(n["label"], n["power"]) for n in result.map.nodes()] == [
        ("Alpha Trust", 4),
        ("Beta Council", 2),
    ]


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        (Choices(columns={"Influense": "power"}), "register.csv row 1: no column is headed "
         "'Influense' (the headings: 'Name', 'Influence', 'Interest')"),
        (Choices(columns={"Influence": "clout"}), "'clout' is not something a column can "
         "become; choose one of: name, type"),
        (Choices(columns={"Influence": "power", "Interest": "power"}),
         "more than one column is chosen as the power: choose one"),
        (Choices(header_row=9), "register.csv: there is no row 9 to read the headings from"),
        (Choices(sheet="Register"), "register.csv: no sheet named 'Register'"),
        (Choices(columns={"Name": "ignore"}), "no column holds the stakeholders' names"),
    ],
)  # fmt: skip
def test_choices_that_do_not_fit_are_refused_clearly(choices, message):
    with pytest.raises(ImportFailed) as caught:
        register("Name,Influence,Interest\nAlpha Trust,High,Low\n", choices)
    assert message in str(caught.value)


# ----- ratings ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "values", "expected"),
    [
        ("Influence", ["High", "Medium", "Low"], [4, 3, 2]),
        ("Influence (H/M/L)", ["H", "M", "L"], [4, 3, 2]),
        ("Power", ["Very high", "very low", "Critical"], [5, 1, 5]),
        ("Power", ["1", "3", "5"], [1, 3, 5]),  # our own scale, unchanged
        ("Power (1-10)", ["10", "1", "5"], [5, 1, 3]),  # 1 + (v - 1) * 4 / 9, half up
        ("Interest", ["9", "2", "6"], [5, 1, 3]),  # a 9 says the scale is 1 to 10
        ("Interest (out of 10)", ["7", "2"], [4, 1]),
        ("Influence", ["80%", "20%", "0%"], [4, 2, 1]),  # 0 to 100: 1 + v * 4 / 100
        ("Interest", ["Tier 1", "Tier 2", "Tier 3"], [5, 3, 1]),
        ("Interest", ["For/High", "Against/Low"], [4, 2]),  # one rating word in the text
        ("Power", ["4 - High", "2 (Low)"], [4, 2]),
    ],
)
def test_rating_words_and_scales(heading, values, expected):
    rows = "".join(f"Actor {i},{value}\n" for i, value in enumerate(values))
    result = register(f"Name,{heading}\n{rows}")
    field = "power" if heading.lower().startswith(("power", "influence")) else "interest"
    assert [n.get(field) for n in result.map.nodes()] == expected
    line = next(line for line in result.report.guessed if line.startswith(field.capitalize()))
    for value in dict.fromkeys(values):  # every mapping is reported
        assert f"'{value}'" in line or "kept as written" in line


def test_values_that_are_no_rating_are_kept_and_reported():
    result = register("Name,Interest\nAlpha,High\nBeta,Medium/Low\nGamma,Low\n")
    beta = result.map.node("beta")
    assert ("interest" in beta, beta["register_interest"]) == (False, "Medium/Low")
    assert (
        "interest 'Medium/Low' is not a rating we know, so kept as 'register_interest' "
        "(1 actor)" in result.report.guessed
    )
    chosen = register("Name,Email\nAlpha,a@x.org\nBeta,b@x.org\nGamma,b@x.org\n",
                      Choices(columns={"Email": "power"}))  # fmt: skip
    assert (
        "power 'a@x.org', 'b@x.org' are not ratings we know, so kept as 'register_power' "
        "(3 actors)" in chosen.report.guessed
    )
    assert chosen.map.node("gamma")["register_power"] == "b@x.org"


# ----- columns ------------------------------------------------------------------------------
def test_organisation_is_the_name_when_no_column_names_people():
    result = register("Organisation,Influence,Interest\nAge UK,High,High\nNHS Board,VH,L\n")
    assert [n["label"] for n in result.map.nodes()] == ["Age UK", "NHS Board"]
    assert result.map.node("nhs-board")["kind"] == "organisation"  # not a person
    assert (
        "column 'Organisation' read as the name (by its heading, as no other column names "
        "the stakeholders)" in result.report.guessed
    )


def test_role_is_read_only_when_it_is_a_partnership_role():
    ours = register("Name,Role\nAge UK,partner\nNHS Board,lead\n")
    assert ours.map.node("nhs-board")["role"] == "lead partner"
    titles = register("Name,Role\nJo,Chair\nSam,Treasurer\n")
    assert titles.map.node("jo")["register_role"] == "Chair"
    assert "role" not in titles.map.node("jo")


def test_a_heading_the_map_uses_is_kept_under_another_name():
    result = register("ID,Name,Kind,Label\n7,Alpha,Charity,blue\n")
    alpha = result.map.nodes()[0]
    assert alpha["id"] == "alpha"  # the register's ID does not become our id
    assert alpha["register_id"] == "7"
    assert alpha["category"] == "third sector organisation"  # "Kind" read as the type
    assert alpha["register_label"] == "blue"


def test_a_second_table_under_the_same_headings_is_read_on():
    text = (
        "Internal stakeholders,,\nName,Influence,Interest\nJo Bloggs,High,High\n,,\n"
        "External stakeholders,,\nName,Influence,Interest\nRiverside Council,VH,Low\n"
    )
    result = register(text)
    assert [n["label"] for n in result.map.nodes()] == ["Jo Bloggs", "Riverside Council"]
    assert result.report.ignored == [
        "register.csv row 5: 'External stakeholders' is the title of a second table, so skipped",
        "register.csv row 6: the headings again (a second table), so skipped",
    ]


def test_semicolons_and_tabs_are_read_as_excel_writes_them():
    result = register("Name;Influence;Notes\nAlpha Trust;High;Meets monthly, in town\n")
    assert result.map.nodes()[0]["notes"] == "Meets monthly, in town"
    tabs = read_register({"register.tsv": b"Name\tInterest\nAlpha\tLow\n"})
    assert tabs.map.nodes()[0]["interest"] == 2


def test_a_stray_comma_that_shifts_cells_is_refused_naming_the_row():
    text = "Stakeholder,Influence,Interest\nAlpha Trust,High,Low\nSmith, Jane,High,Low\n"
    with pytest.raises(MapValidationError) as caught:
        register(text)
    assert str(caught.value).splitlines()[1] == (
        "  - register.csv row 3: expected 3 cells, as in the header row (row 1), but it has "
        "4: is there a comma inside a cell? Put that cell in double quotes"
    )


def test_a_cell_merged_down_beside_stakeholders_gives_each_its_value():
    data = workbook(
        {
            "Register": [
                ["Stakeholder register"],
                ["Stakeholder", "Type", "Influence"],
                ["Age UK", "Charity", "High"],
                ["Mind", None, "Low"],
                ["NHS Board", "Public body", "High"],
                [None, "Notes", None],
                [None, None, None],
            ]
        },
        merged={"Register": ["A1:C1", "B3:B4", "B6:B7"]},
    )
    result = read_files({"register.xlsx": data})
    assert result.map.node("mind")["category"] == "third sector organisation"
    assert "rows 3 to 4 share the merged cell 'Charity'" in result.report.guessed
    assert result.report.ignored == [
        "sheet 'Register' row 6: no name, so skipped (it holds 'Notes')"
    ]


def test_a_workbook_register_is_read_from_the_sheet_that_holds_it():
    data = workbook(
        {
            "Instructions": [["Fill in one row per stakeholder"]],
            "Register": [["Name", "Power"], ["Alpha", 5]],
        }
    )
    result = read_files({"register.xlsx": data})
    assert result.map.node("alpha")["power"] == 5
    assert result.report.guessed[0] == (
        "sheet 'Register' read as the register (not read: 'Instructions')"
    )
    with pytest.raises(ImportFailed, match="no row looks like the header"):  # one cell only
        read_files({"register.xlsx": data}, choices=Choices(sheet="Instructions"))


def test_files_in_our_own_layouts_are_not_taken_for_registers():
    nodes = b"id,label,power\nalpha,Alpha,3\n"
    assert read_files({"nodes.csv": nodes}).report.format == "CSV"
    kumu = workbook({"Elements": [["Label", "Type"], ["Alpha", "Charity"]]})
    assert read_files({"map.xlsx": kumu}).report.format != "Stakeholder register"


def test_a_name_column_is_read_as_the_label_in_our_csv_files_too():
    result = read_files(
        {"nodes.csv": b"name,power\nAlpha,3\nBeta,2\n", "edges.csv": b"source,target,kind\n"}
    )
    assert [n["id"] for n in result.map.nodes()] == ["alpha", "beta"]
    assert "nodes.csv: column 'name' read as the label" in result.report.guessed


def test_a_stray_comma_in_our_csv_files_names_the_row():
    with pytest.raises(ImportFailed) as caught:
        read_files({"nodes.csv": b"id,label\na,Alpha\nb,Smith, Jane\n", "edges.csv": b"x\n"})
    assert str(caught.value) == (
        "nodes.csv row 3: expected 2 values (id, label), found 3 ('b', 'Smith', ' Jane'); "
        "a value with a comma or a line break in it needs double quotes around it"
    )
