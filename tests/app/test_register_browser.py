"""A stakeholder register through the import preview, in headless Chromium: the proposed
column mapping is shown, a change previews again, and the import saves what was shown.

Expected values come from the messy register's rows (tests/data/registers/messy-register.csv),
read off the file: 13 named rows, one stakeholder listed twice.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import openpyxl
import pytest

from mapper.store import Store
from tests.app.test_import_export_browser import dialog, upload

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data" / "registers"
MESSY = DATA / "messy-register.csv"
SCREENSHOTS = os.environ.get("MAPPER_SCREENSHOTS")


def column(modal, heading: str):
    """The list choosing what the column headed ``heading`` becomes."""
    return modal.get_by_label(f"What “{heading}” becomes")


def test_a_messy_register_is_mapped_then_imported(page, store: Store, tmp_path: Path) -> None:
    before = len(store.list_maps())
    page.set_viewport_size({"width": 1366, "height": 768})
    upload(page, MESSY)
    modal = dialog(page)
    modal.get_by_text("Import “messy-register”?").wait_for()
    modal.get_by_text("Created 12 actors and 0 links.").wait_for()
    assert modal.get_by_text("as Stakeholder register").count() == 1
    assert modal.get_by_label("Headings in row").input_value() == "5"  # below the title
    proposed = {
        heading: column(modal, heading).input_value()
        for heading in ("Stakeholder", "Organisation", "Type", "Influence (H/M/L)",
                        "Interest (1-10)", "Tier", "Email", "Notes")
    }  # fmt: skip
    assert proposed == {
        "Stakeholder": "name", "Organisation": "organisation", "Type": "type",
        "Influence (H/M/L)": "power", "Interest (1-10)": "interest", "Tier": "keep",
        "Email": "keep", "Notes": "notes",
    }  # fmt: skip
    ratings = modal.locator(".register-ratings li").all_inner_texts()
    assert ratings[0].startswith("Power from column 'Influence (H/M/L)': 'H' read as 4")
    assert ratings[1].startswith("Interest from column 'Interest (1-10)': a 1 to 10 scale")
    pictures = Path(SCREENSHOTS or tmp_path)
    pictures.mkdir(parents=True, exist_ok=True)
    page.wait_for_function(
        "() => document.querySelectorAll('.modal.show').length === 1"
        " && getComputedStyle(document.querySelector('.modal.show')).opacity === '1'"
    )
    page.screenshot(path=str(pictures / "import-register.png"))

    column(modal, "Tier").select_option("urgency")  # tiers as how pressing a claim is
    modal.get_by_text("Urgency from column 'Tier': 'Tier 1' read as 5, 'Tier 2' read as 3, "
                      "'Tier 3' read as 1").wait_for()  # fmt: skip
    assert column(modal, "Tier").input_value() == "urgency"
    column(modal, "Email").select_option("notes")  # the notes' column makes way
    page.wait_for_function(
        """() => [...document.querySelectorAll('.register-columns tbody tr')]
            .some(row => row.querySelector('th').textContent === 'Notes'
                         && row.querySelector('select').value === 'keep')"""
    )
    modal.locator(".register-ratings").scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "import-register-ratings.png"))
    assert len(store.list_maps()) == before  # previews write nothing

    modal.get_by_role("button", name="Import as new map").click()
    page.get_by_text("Imported “messy-register”: 12 actors and 0 links.").wait_for()
    newest = store.list_maps()[0]
    pmap = store.load_map(newest.id)
    assert len(store.list_maps()) == before + 1
    trust, cafe = pmap.node("riverside-community-trust"), pmap.node("cafe-ole")
    assert (trust["urgency"], cafe["urgency"]) == (5, 1)  # Tier 1, Tier 3
    jo = pmap.node("jo-bloggs")
    assert "tier" not in cafe and "email" not in jo
    assert (jo["notes"], jo["register_notes"]) == ("jo@rct.org.uk", "Chair, steering group")
    assert (trust["power"], trust["interest"]) == (4, 5)  # H; 9 of 10
    assert jo["organisation"] == "riverside-community-trust"
    assert pmap.node("dr-amira-khan")["register_organisation"] == "Riverside Health Centre"


def test_choices_that_cannot_be_imported_say_why_and_can_be_undone(page, store: Store) -> None:
    before = len(store.list_maps())
    upload(page, MESSY)
    modal = dialog(page)
    column(modal, "Stakeholder").wait_for()
    column(modal, "Stakeholder").select_option("ignore")
    # With no other column of names, the organisations become the actors...
    modal.locator(".import-actors").get_by_text("Riverside Health Centre").wait_for()
    assert column(modal, "Organisation").input_value() == "name"
    column(modal, "Organisation").select_option("ignore")  # ...and without them, none
    modal.get_by_text("These choices cannot be imported yet:").wait_for()
    assert modal.get_by_text("no column holds the stakeholders' names").count() == 1
    column(modal, "Stakeholder").select_option("name")
    modal.get_by_text("Created 12 actors and 0 links.").wait_for()
    assert column(modal, "Organisation").input_value() == "ignore"
    row = modal.get_by_label("Headings in row")
    row.fill("7")  # the first stakeholder's row: no heading there names anyone
    row.press("Enter")
    column(modal, "Riverside Community Trust").wait_for()
    modal.get_by_text("These choices cannot be imported yet:").wait_for()
    row.fill("5")
    row.press("Enter")
    modal.get_by_text("Created 12 actors and 0 links.").wait_for()
    assert column(modal, "Organisation").input_value() == "organisation"  # chosen afresh
    modal.get_by_role("button", name="Cancel").click()
    modal.wait_for(state="hidden")
    assert len(store.list_maps()) == before


def test_a_workbook_register_reads_the_sheet_chosen(page, store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Register"
    for row in (["Name", "Influence"], ["Alpha Trust", "High"]):
        book.active.append(row)
    other = book.create_sheet("Funders")
    for row in (["Funder", "Power"], ["Beta Fund", 5], ["Gamma Trust", 2]):
        other.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "partners.xlsx"
    path.write_bytes(buffer.getvalue())
    upload(page, path)
    modal = dialog(page)
    modal.get_by_text("Created 1 actor and 0 links.").wait_for()
    modal.get_by_label("Sheet").select_option("Funders")
    column(modal, "Funder").wait_for()  # "Funder" is no heading we know: kept
    column(modal, "Funder").select_option("name")
    modal.get_by_text("Created 2 actors and 0 links.").wait_for()
    modal.get_by_role("button", name="Import as new map").click()
    page.get_by_text("Imported “partners”: 2 actors and 0 links.").wait_for()
    pmap = store.load_map(store.list_maps()[0].id)
    assert sorted((n["label"], n["power"]) for n in pmap.nodes()) == [
        ("Beta Fund", 5), ("Gamma Trust", 2)
    ]  # fmt: skip
