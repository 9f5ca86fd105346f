"""A register's mapping step, apart from the browser: the choices kept in the page, the
preview they give, and the save that follows them."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from mapper.app.importing import choices_from, choose, preview_upload, save_upload
from mapper.io.register import Choices
from mapper.store import Store

MESSY = Path(__file__).resolve().parents[1] / "data" / "registers" / "messy-register.csv"


def uploaded(path: Path) -> tuple[list[str], list[str]]:
    return ["data:text/csv;base64," + base64.b64encode(path.read_bytes()).decode()], [path.name]


@pytest.fixture
def store(tmp_path) -> Store:
    opened = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("before", "what", "value", "after"),
    [
        (None, "column-5", "urgency", {"columns": {"5": "urgency"}}),
        ({"columns": {"5": "urgency"}}, "column-6", "ignore",
         {"columns": {"5": "urgency", "6": "ignore"}}),
        ({"columns": {"5": "urgency"}, "header_row": 5}, "sheet", "Funders",
         {"sheet": "Funders"}),  # another sheet has other columns
        ({"sheet": "Funders", "columns": {"1": "name"}}, "header_row", "3",
         {"sheet": "Funders", "header_row": 3}),
        ({"header_row": 3}, "header_row", None, {"sheet": None, "header_row": None}),
    ],
)  # fmt: skip
def test_choices_follow_the_last_change(before, what, value, after):
    assert choose(before, what, value) == after


def test_choices_kept_in_the_page_become_register_choices():
    assert choices_from(None) is None and choices_from({}) is None
    assert choices_from({"sheet": "Register", "header_row": 4, "columns": {"5": "power"}}) == (
        Choices(sheet="Register", header_row=4, columns={5: "power"})
    )


def test_the_preview_shows_each_column_and_the_ratings_apart_from_the_report():
    preview = preview_upload(*uploaded(MESSY))
    assert preview.register is not None
    assert (preview.register.header_row, preview.register.sheets) == (5, ())
    assert preview.register.columns[5] == (5, "Tier", "keep", "Tier 1 · Tier 2 · Tier 3")
    assert preview.register.ratings[0].startswith("Power from column 'Influence (H/M/L)'")
    assert not any(line.startswith(("column ", "Power from")) for line in preview.guessed)
    chosen = preview_upload(*uploaded(MESSY), choices_from(choose(None, "column-5", "urgency")))
    assert chosen.register.columns[5][2] == "urgency"
    assert chosen.register.ratings[-1] == (
        "Urgency from column 'Tier': 'Tier 1' read as 5, 'Tier 2' read as 3, 'Tier 3' read as 1"
    )


def test_choices_that_cannot_be_imported_still_preview_the_columns(store):
    no_names = Choices(columns={0: "ignore", 1: "ignore"})
    preview = preview_upload(*uploaded(MESSY), no_names)
    assert preview.actors == 0
    assert preview.register.columns[0][2] == "ignore"  # the user can choose again
    assert "no column holds the stakeholders' names" in preview.register.problems[0]
    assert store.list_maps() == []


def test_the_save_reads_the_file_with_the_choices_previewed(store):
    saved = save_upload(store, *uploaded(MESSY), into=None, choices=Choices(columns={5: "power"}))
    pmap = store.load_map(saved.map_id)
    assert pmap.node("cafe-ole")["power"] == 1  # Tier 3, not 'L' from Influence
    assert pmap.node("cafe-ole")["influence"] == "L"  # kept: Tier gives the power now
    assert all(node.get("x") is not None for node in pmap.nodes())


def test_a_register_with_headings_we_do_not_know_opens_its_panel_not_an_error(store):
    """A Russian CRM register (headings 'ID', 'Имя'...): once read as a list of actors by
    its ID column, every actor named '1', '2'... and row 2 refused; now the panel asks."""
    crm = MESSY.with_name("crm-implementation-stakeholder-register.xlsx")
    contents = ["data:;base64," + base64.b64encode(crm.read_bytes()).decode()]
    preview = preview_upload(contents, [crm.name])
    assert preview.actors == 0 and preview.register is not None
    assert "no column holds the stakeholders' names" in preview.register.problems[0]
    assert [column[1] for column in preview.register.columns[:2]] == ["ID", "Имя"]
    chosen = choices_from(choose(None, "column-1", "name"))
    preview = preview_upload(contents, [crm.name], chosen)
    assert preview.actors == 20 and not preview.register.problems
    saved = save_upload(store, contents, [crm.name], into=None, choices=chosen)
    labels = {node["label"] for node in store.load_map(saved.map_id).nodes()}
    assert len(labels) == 20 and not {"1", "2"} & labels
