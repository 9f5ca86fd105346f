"""Two laptops on one map, as at a workshop (issue 14): each test opens two browser
contexts (two people, each with the name they typed in the top bar) and checks what the
store holds afterwards, not only the screen."""

from __future__ import annotations

import time
from contextlib import ExitStack

import pytest

from mapper.app import ids
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.conftest import watched_page
from tests.app.test_editor_browser import add_tags, click_node, cy_value, draw_link, wait_cy

pytestmark = pytest.mark.browser


def laptops(stack: ExitStack, browser, base_url: str, map_id: int, *names: str) -> list:
    """One page per name, each in its own browser context, open on the map."""
    pages = []
    for name in names:
        page = stack.enter_context(watched_page(browser, base_url))
        page.goto(f"/maps/{map_id}")
        field = page.get_by_label("Your name, kept with your edits and ticks")
        field.fill(name)
        field.press("Enter")
        page.wait_for_function(f"() => document.cookie.includes('mapper_who={name}')")
        wait_cy(page, "true")
        pages.append(page)
    return pages


def options(select) -> list[str]:
    return [text for text in select.locator("option").all_inner_texts() if text]


def until(check, timeout: float = 10) -> None:
    """Wait until ``check()`` holds (what the store has after a browser's request)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the store never got there"
        time.sleep(0.05)


def power(store: Store, map_id: int) -> int | None:
    return store.load_map(map_id).node("council").get("power")


def save_form(page, label: str) -> None:
    """Press "Save changes" in the form of ``label`` and wait until the form is drawn again
    from the store (a save that went through), as the user sees it before going on."""
    form = page.get_by_role("form", name=f"Edit {label}")
    drawn = form.get_by_role("button", name="Save changes").element_handle()
    form.get_by_role("button", name="Save changes").click()
    page.wait_for_function("button => !button.isConnected", arg=drawn)


def add_form(page):
    page.get_by_role("tab", name="Add", exact=True).click()
    return page.get_by_role("form", name="Add an actor")


def test_each_new_actor_starts_from_the_defaults_and_doubts_are_asked(browser, base_url, store):
    map_id = store.create_map(PartnershipMap(name="Honest forms"))
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        # Bob's form is open on a person before any organisation is on the map.
        bob_form = add_form(bob)
        bob_form.get_by_label("Kind", exact=True).select_option("person")
        works_for = bob_form.get_by_label("Works for")
        assert options(works_for) == ["(not set)"]

        form = add_form(alice)
        form.get_by_label("Name").fill("Riverside Trust")
        form.get_by_label("Role").select_option("lead partner")
        form.get_by_label("Sector").select_option("third")
        form.get_by_label("Power").select_option("5")
        form.get_by_role("button", name="Add to the map").click()
        wait_cy(alice, "cy.nodes().length === 1")
        # The room calls out the next one: only its name is typed.
        assert form.get_by_label("Role").input_value() == ""
        form.get_by_label("Name").fill("Council B")
        form.get_by_label("Name").press("Enter")
        wait_cy(alice, "cy.nodes().length === 2")
        council = store.load_map(map_id).node("council-b")
        assert {"role", "sector", "power"}.isdisjoint(council)

        # A second lead partner asks first; Cancel saves nothing, Yes saves it.
        form.get_by_label("Name").fill("Food Bank")
        form.get_by_label("Role").select_option("lead partner")
        form.get_by_role("button", name="Add to the map").click()
        question = alice.get_by_role("dialog")
        question.get_by_text(
            "Riverside Trust is already the lead partner. Make Food Bank a second lead partner?"
        ).wait_for()
        question.get_by_role("button", name="Cancel").click()
        question.wait_for(state="hidden")
        assert store.load_map(map_id).graph.number_of_nodes() == 2
        form.get_by_role("button", name="Add to the map").click()
        alice.get_by_role("dialog").get_by_role("button", name="Yes, save it").click()
        wait_cy(alice, "cy.nodes().length === 3")
        alice.get_by_role("dialog").wait_for(state="hidden")
        assert store.load_map(map_id).node("food-bank")["role"] == "lead partner"

        # A name already on the map asks too.
        form.get_by_label("Name").fill("council b")
        form.get_by_label("Name").press("Enter")
        alice.get_by_role("dialog").get_by_text(
            "There is already an actor called Council B. Add another with the same name?"
        ).wait_for()
        alice.get_by_role("dialog").get_by_role("button", name="Cancel").click()
        assert store.load_map(map_id).graph.number_of_nodes() == 3

        # Bob's "Works for" lists the organisations as they are now, without a reload.
        works_for.locator("option", has_text="Food Bank").wait_for(state="attached")
        assert options(works_for) == [
            "(not set)",
            "Riverside Trust",
            "Council B",
            "Food Bank",
        ]


def test_each_new_link_starts_fresh_and_yes_no_is_not_recorded_until_set(
    browser, base_url, store: Store
):
    pmap = PartnershipMap(name="Fresh links")
    pmap.add_node(label="Age UK", x=0.0, y=0.0)
    pmap.add_node(label="Carers Centre", x=400.0, y=0.0)
    pmap.add_node(label="Board", kind="forum", x=200.0, y=250.0)
    map_id = store.create_map(pmap)
    with ExitStack() as stack:
        (page,) = laptops(stack, browser, base_url, map_id, "Alice")
        page.get_by_role("button", name="Draw a link").click()
        page.get_by_text("click the actor a link starts from").wait_for()
        click_node(page, "age-uk")
        page.get_by_text("now click the actor it goes to").wait_for()
        click_node(page, "board")
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Sits on", exact=True).check()
        dialog.get_by_label("Role").select_option("chair")
        dialog.get_by_role("radiogroup", name="Has a vote").get_by_label("Yes").check()
        dialog.get_by_role("button", name="Add link").click()
        wait_cy(page, "cy.edges().length === 1")
        page.locator(".modal-backdrop").wait_for(state="detached")

        # The next seat: kind picked, nothing else touched.
        page.get_by_text("click the actor a link starts from").wait_for()
        click_node(page, "carers-centre")
        page.get_by_text("now click the actor it goes to").wait_for()
        click_node(page, "board")
        dialog = page.get_by_role("dialog")
        assert dialog.get_by_label("Talks to", exact=True).is_checked()  # the default kind
        dialog.get_by_label("Sits on", exact=True).check()
        assert dialog.get_by_label("Role").input_value() == ""
        vote = dialog.get_by_role("radiogroup", name="Has a vote")
        assert vote.get_by_label("Not recorded").is_checked()
        dialog.get_by_role("button", name="Add link").click()
        wait_cy(page, "cy.edges().length === 2")
        page.locator(".modal-backdrop").wait_for(state="detached")
        draw_link(page, "age-uk", "carers-centre", "Talks to")

        seats = {e["source"]: e for e in store.load_map(map_id).edges("member_of")}
        assert (seats["age-uk"]["role"], seats["age-uk"]["voting"]) == ("chair", True)
        assert {"role", "voting"}.isdisjoint(seats["carers-centre"])  # not "no vote"
        talk = store.load_map(map_id).edges("communicates")[0]
        assert {"mutual", "frequency"}.isdisjoint(talk)


def conflict_map(store: Store) -> int:
    pmap = PartnershipMap(name="Two laptops, one council")
    pmap.add_node(
        label="Council", power=3, skills=["monitoring, evaluation and learning"], x=0.0, y=0.0
    )
    pmap.add_node(label="Age UK", x=300.0, y=0.0)
    return store.create_map(pmap)


def test_two_laptops_never_overwrite_each_other_in_silence(browser, base_url, store: Store):
    map_id = conflict_map(store)
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        click_node(alice, "council")
        a_form = alice.get_by_role("form", name="Edit Council")
        assert a_form.get_by_label("Power").input_value() == "3"

        a_form.get_by_label("Notes").fill("Met at the kickoff")  # typed, not saved yet
        click_node(bob, "council")
        b_form = bob.get_by_role("form", name="Edit Council")
        b_form.get_by_label("Power").select_option("5")
        b_form.get_by_role("button", name="Save changes").click()
        until(lambda: power(store, map_id) == 5)

        # Alice's open form follows Bob's power (she has not touched it) and keeps her note.
        alice.wait_for_function(
            "() => [...document.querySelectorAll('select')].some(s => s.value === '5')"
        )
        assert a_form.get_by_label("Notes").input_value() == "Met at the kickoff"
        save_form(alice, "Council")
        council = store.load_map(map_id).node("council")
        assert (council["power"], council["notes"]) == (5, "Met at the kickoff")
        assert council["skills"] == ["monitoring, evaluation and learning"]  # not split

        # Both change the power: Alice sees both values and chooses.
        a_form = alice.get_by_role("form", name="Edit Council")
        a_form.get_by_label("Power").select_option("2")
        b_form = bob.get_by_role("form", name="Edit Council")
        b_form.get_by_label("Power").select_option("4")
        save_form(bob, "Council")
        assert power(store, map_id) == 4
        b_form = bob.get_by_role("form", name="Edit Council")
        b_form.get_by_label("Power").select_option("1")  # Bob again, before Alice saves
        a_form.get_by_role("button", name="Save changes").click()
        alice.get_by_text("Power: Bob set “4”; you set “2”.").wait_for()
        assert power(store, map_id) == 4  # nothing overwritten
        alice.get_by_role("button", name="Save mine").click()
        until(lambda: power(store, map_id) == 2)
        # The change log keeps both.
        log = [(c["who"], c["description"]) for c in store.history(map_id)[:2]]
        assert log == [("Alice", "changed Council"), ("Bob", "changed Council")]

        # Bob's 1 was over the 4 he had saved; Alice's 2 came since: he keeps hers.
        b_form.get_by_role("button", name="Save changes").click()
        bob.get_by_text("Power: Alice set “2”; you set “1”.").wait_for()
        bob.get_by_role("button", name="Keep theirs").click()
        bob.wait_for_function(
            "() => [...document.querySelectorAll('select')].some(s => s.value === '2')"
        )
        assert (
            bob.get_by_role("form", name="Edit Council").get_by_label("Power").input_value() == "2"
        )
        assert power(store, map_id) == 2


def test_a_list_field_keeps_items_with_commas(browser, base_url, store: Store):
    map_id = conflict_map(store)
    with ExitStack() as stack:
        (page,) = laptops(stack, browser, base_url, map_id, "Alice")
        click_node(page, "age-uk")
        form = page.get_by_role("form", name="Edit Age UK")
        add_tags(page, form, "Skills and knowledge", ["advice, advocacy", "befriending"])
        form.get_by_role("button", name="Save changes").click()
        until(lambda: "skills" in store.load_map(map_id).node("age-uk"))
        assert store.load_map(map_id).node("age-uk")["skills"] == [
            "advice, advocacy",
            "befriending",
        ]


def test_undo_takes_back_your_own_edit_never_someone_elses(browser, base_url, store: Store):
    map_id = store.create_map(PartnershipMap(name="Undo is yours"))
    with ExitStack() as stack:
        alice, bob = laptops(stack, browser, base_url, map_id, "Alice", "Bob")
        for page, label in ((alice, "Alice's Trust"), (bob, "Bob's Centre")):
            form = add_form(page)
            form.get_by_label("Name").fill(label)
            form.get_by_label("Name").press("Enter")
            page.get_by_text(f"Added {label}.").wait_for()

        requests: list[str] = []  # the editor's own, not the live redraw's

        def sent(request) -> None:
            if "_dash-update" in request.url and ids.LIVE not in (request.post_data or ""):
                requests.append(request.post_data)

        alice.on("request", sent)
        alice.get_by_role("button", name="Undo").click()
        alice.get_by_text("Undone: added Alice's Trust.").wait_for()
        alice.wait_for_timeout(300)  # anything the answer sets off has been sent
        assert len(requests) == 1  # one request: the undo answers with its own redraw
        assert [n["label"] for n in store.load_map(map_id).nodes()] == ["Bob's Centre"]
        wait_cy(alice, "cy.nodes().length === 1 && cy.$id('bobs-centre').length === 1")

        # Bob's Undo takes back his own actor; Alice's Redo brings hers back.
        bob.get_by_role("button", name="Undo").click()
        bob.get_by_text("Undone: added Bob's Centre.").wait_for()
        # As a person would, Alice sees Bob's change arrive before she acts: her Redo's
        # message must not race the poll that brings his.
        wait_cy(alice, "cy.nodes().length === 0")
        alice.get_by_text("Updated: Bob undid: added Bob's Centre.").wait_for()
        alice.get_by_role("button", name="Redo").click()
        alice.get_by_text("Redone: added Alice's Trust.").wait_for()
        assert [n["label"] for n in store.load_map(map_id).nodes()] == ["Alice's Trust"]
        assert cy_value(alice, "cy.nodes().length") == 1
        # Bob has nothing left to undo: his button says so by being off.
        wait_cy(bob, "cy.nodes().length === 1")
        bob.get_by_text("Updated: Alice redid: added Alice's Trust.").wait_for()
        bob.get_by_role("button", name="Redo").click()
        bob.get_by_text("Redone: added Bob's Centre.").wait_for()
        assert {n["label"] for n in store.load_map(map_id).nodes()} == {
            "Alice's Trust",
            "Bob's Centre",
        }
