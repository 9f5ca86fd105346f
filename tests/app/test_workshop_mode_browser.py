"""Workshop mode checked as a facilitator runs it: a 10-actor, 12-link kickoff on a
1366 x 768 projector, by keyboard alone (no click anywhere), then what the store holds."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, expect

from mapper.graph.model import PartnershipMap
from mapper.io.html import escape
from mapper.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NAMES = [
    "Riverside Trust",
    "City Council",
    "Carers Forum",
    "Health Board",
    "Food Bank",
    "Mens Shed",
    "Volunteer Centre",
    "Housing Association",
    "GP Practice",
]
FORUM = "Steering Group"
LINKS = {  # step -> (from, to) typed into the pickers; 12 in all
    "money": [
        ("City Council", "Riverside Trust"),
        ("Health Board", "Carers Forum"),
        ("Riverside Trust", "Food Bank"),
    ],
    "accountability": [
        ("Riverside Trust", "City Council"),
        ("Food Bank", "Riverside Trust"),
        ("GP Practice", "Health Board"),
    ],
    "communication": [
        ("Volunteer Centre", "Mens Shed"),
        ("Housing Association", "City Council"),
        ("Carers Forum", "GP Practice"),
    ],
    "seats": [("Riverside Trust", FORUM), ("City Council", FORUM)],
    "influence": [("Health Board", "City Council")],
}
KINDS = {
    "money": "resource",
    "accountability": "accountable_to",
    "communication": "communicates",
    "seats": "member_of",
    "influence": "influences",
}


def focused(page: Page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.textContent")


def wait_for(check, what: str, seconds: float = 60) -> None:
    """Until ``check()`` holds: the store is written by the callback the key set off."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def text_sizes(page: Page) -> list[float]:
    """The font size, in CSS pixels, of every piece of text shown in the workshop."""
    return page.evaluate(
        """Array.from(document.querySelectorAll(
            '.workshop p, .workshop label, .workshop li, .workshop button, .workshop input,'
            + ' .workshop kbd, .workshop h2')).filter(e => e.offsetParent !== null
            && !e.classList.contains('visually-hidden') && e.textContent.trim() + e.value)
            .map(e => parseFloat(getComputedStyle(e).fontSize))"""
    )


def next_step(
    page: Page, question: str, key: str = "Alt+ArrowRight", first: str = "#ws-question"
) -> None:
    """Move on by ``key``: the next question shows and ``first`` has the focus."""
    page.keyboard.press(key)
    expect(page.locator("#ws-question")).to_have_text(question)
    expect(page.locator(first)).to_be_focused()


def pick(page: Page, name: str) -> None:
    """In a focused Dash dropdown: Enter opens it, type to search, Enter takes the first
    match (typing straight into a closed one loses the key that opens it)."""
    page.keyboard.press("Enter")
    expect(page.locator(".dash-dropdown-search")).to_be_focused()
    page.keyboard.type(name)
    page.keyboard.press("Enter")


@pytest.fixture
def patient():
    """Each step's edit waits on the server: give it time on a busy two-core machine."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def test_a_kickoff_by_keyboard_alone(page: Page, store: Store, patient) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    map_id = store.create_map(PartnershipMap(name="Riverside Kickoff"), who="Sam")
    page.goto(f"/maps/{map_id}/workshop")
    expect(page.locator("#ws-question")).to_be_focused()
    expect(page.get_by_text("Alt + →  or  Page Down")).to_be_visible()  # shortcuts on screen
    assert min(text_sizes(page)) >= 20  # readable from the back of the room

    # 1. Partner or not: the first benefit, answered "partly" with a note.
    page.keyboard.press("Tab")  # the first answer's radio group
    page.keyboard.press("Space")  # Yes
    page.keyboard.press("ArrowRight")  # Partly
    page.keyboard.press("Tab")
    page.keyboard.type("Premises yes, staff not yet")
    page.keyboard.press("Tab")
    wait_for(lambda: store.answers(map_id).get("B.1") is not None, "the answer to B.1")
    wait_for(lambda: store.answers(map_id)["B.1"].note != "", "the note on B.1")
    answer = store.answers(map_id)["B.1"]
    assert (answer.answer, answer.note) == ("partly", "Premises yes, staff not yet")

    # 2. Are we ready? The first question, yes.
    next_step(page, "Have we thought each of these through?", "PageDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    wait_for(lambda: "R.1" in store.answers(map_id), "the answer to R.1")

    # 3. Purpose, saved on the map.
    next_step(page, "What is this partnership for, in one sentence everyone agrees with?")
    page.keyboard.press("Tab")
    page.keyboard.type("Carers in Riverside get support early")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-status")).to_have_text("Saved the purpose.")

    # 4. Who is involved: a name, Enter, the next; the forum's kind set by arrows.
    next_step(page, "Who has a stake in this work? Call out names.", first="#ws-name")
    for count, name in enumerate(NAMES, start=1):
        page.keyboard.type(name)
        page.keyboard.press("Enter")
        expect(page.locator("#ws-actors li")).to_have_count(count)
        expect(page.locator("#ws-name")).to_have_value("")
    page.keyboard.press("Tab")  # Add
    page.keyboard.press("Tab")  # the kinds: Organisation is chosen
    page.keyboard.press("ArrowRight")  # Group
    page.keyboard.press("ArrowRight")  # Forum
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert focused(page) == "ws-name"
    page.keyboard.type(FORUM)
    page.keyboard.press("Enter")
    expect(page.locator("#ws-actors li")).to_have_count(10)
    page.keyboard.type("city council")  # the same again is not added twice
    page.keyboard.press("Enter")
    expect(page.locator("#ws-status")).to_have_text("City Council is already on the map.")

    # 5-9. Each kind of link in turn: From, To, Enter.
    questions = {
        "money": "Who gives money, staff, premises or other resources to whom?",
        "accountability": "Who answers to whom: for grants, contracts, targets or standards?",
        "communication": "Who talks to whom, often enough to matter?",
        "seats": "Who has a seat on which board, forum or steering group?",
        "influence": "Who can sway whose decisions, formally or not?",
    }
    for step, pairs in LINKS.items():
        next_step(page, questions[step])
        page.keyboard.press("Tab")  # From
        for count, (source, target) in enumerate(pairs, start=1):
            if count > 1:
                page.keyboard.press("Shift+Tab")  # back from To to From
                page.keyboard.press("Control+A")
            page.keyboard.type(source)
            page.keyboard.press("Enter")  # on to To
            page.keyboard.type(target)
            page.keyboard.press("Enter")  # adds the link
            expect(page.locator("#ws-links li")).to_have_count(count)
            expect(page.locator("#ws-target")).to_have_value("")
            assert focused(page) == "ws-target"
        # A resource link says what it gives (funding unless the room says otherwise).
        verb = "gives funding to" if step == "money" else page.locator(".ws-verb").inner_text()
        expect(page.locator("#ws-links li").first).to_have_text(
            f"{pairs[-1][0]} {verb} {pairs[-1][1]}"
        )

    # 10. Power and interest of the lead: power 4, interest 5.
    next_step(page, "How much power does each have over this work, and how much interest in it?")
    page.keyboard.press("Tab")
    page.keyboard.type("riverside trust")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-status")).to_have_text(
        "Riverside Trust: not on the grid yet: choose its power and interest."
    )
    page.keyboard.press("Tab")  # power: 1
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")  # interest
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Place on the grid
    expect(page.locator("#ws-status")).to_have_text("Placed Riverside Trust: power 4, interest 5.")

    def placed() -> bool:
        node = store.load_map(map_id).graph.nodes["riverside-trust"]
        return (node.get("power"), node.get("interest")) == (4, 5)

    wait_for(placed, "power 4 and interest 5 on Riverside Trust")

    # 11. The health check's top findings: the first one taken up.
    next_step(page, "Which of these do we need to act on?")
    assert min(text_sizes(page)) >= 20
    title = page.locator(".ws-finding h2").first.inner_text().removeprefix("HIGH").strip()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Mark as discussed":
            break
    page.keyboard.press("Enter")
    expect(page.get_by_text("Discussed (1)")).to_be_visible()
    assert [r["status"] for r in store.reviews(map_id).values()] == ["discussed"]

    # 12. The agreed action, its owner and the checklist item it answers.
    next_step(page, "What will we do, and who owns each action?")
    page.keyboard.press("Tab")
    page.keyboard.type("Agree a channel with the Health Board")
    page.keyboard.press("Tab")
    page.keyboard.type("Carers Forum")
    page.keyboard.press("Tab")
    pick(page, "P2.action.5")
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")  # the finding (left empty)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-actions li")).to_have_count(1)

    # 13. The pack: the picture, the action and the finding, on one printable page.
    next_step(page, "One page to print or send: the map, the findings and the actions.")
    preview = page.locator("#ws-preview")
    expect(preview).to_have_attribute("srcdoc", re.compile("data:image/png;base64,"))
    pack = preview.get_attribute("srcdoc") or ""
    assert "Agree a channel with the Health Board" in pack and "Carers Forum" in pack
    assert escape(title) in pack

    # What the store holds: everything the room said, from the keyboard alone.
    pmap = store.load_map(map_id)
    assert pmap.purpose == "Carers in Riverside get support early"
    assert sorted(n["label"] for n in pmap.nodes()) == sorted([*NAMES, FORUM])
    assert pmap.graph.nodes["steering-group"]["kind"] == "forum"
    edges = {(pmap.label(e["source"]), pmap.label(e["target"]), e["kind"]) for e in pmap.edges()}
    assert edges == {
        (source, target, KINDS[step]) for step, pairs in LINKS.items() for source, target in pairs
    }
    (action,) = store.actions(map_id)
    assert (action.owner, action.items) == ("carers-forum", ("P2.action.5",))
    assert sorted(store.answers(map_id)) == ["B.1", "R.1"]


# ----- keys pressed at speed ----------------------------------------------------------------
SLOW = 6  # Chromium's CPU slowed six times, as on a busy, older laptop

STATUS_SEEN = """window.statusSeen = [];
new MutationObserver(() => {
    const status = document.getElementById('ws-status');
    if (status && status.textContent) { window.statusSeen.push(status.textContent); }
}).observe(document, {subtree: true, childList: true, characterData: true});"""


@pytest.fixture
def slow(page: Page) -> Page:
    """The page on a CPU slowed :data:`SLOW` times (the DevTools protocol's throttling)."""
    page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": SLOW})
    return page


def small_map(store: Store, name: str) -> int:
    pmap = PartnershipMap(name=name)
    pmap.add_node("riverside-trust", kind="organisation", label="Riverside Trust")
    pmap.add_node("carers-forum", kind="group", label="Carers Forum")
    return store.create_map(pmap, who="Sam")


def test_an_action_typed_at_speed_on_a_slow_laptop_keeps_what_was_typed(
    slow: Page, store: Store, patient
) -> None:
    """The agreed action's step comes with its dropdowns drawn (Tab does not pass them by),
    Enter straight after typing takes the item typed, and Tab straight after Esc goes on
    to the next field: the action is added with its owner and its item."""
    map_id = small_map(store, "Fast keys")
    slow.goto(f"/maps/{map_id}/workshop?step=findings")
    expect(slow.locator("#ws-question")).to_be_focused()
    next_step(slow, "What will we do, and who owns each action?")
    slow.keyboard.press("Tab")
    slow.keyboard.type("Ask the carers")
    slow.keyboard.press("Tab")
    slow.keyboard.type("Carers Forum")
    slow.keyboard.press("Tab")
    assert focused(slow) == "ws-action-items"
    pick(slow, "P2.action.5")
    slow.keyboard.press("Escape")
    slow.keyboard.press("Tab")  # the finding
    slow.keyboard.press("Tab")
    assert focused(slow) == "ws-add-action"
    slow.keyboard.press("Enter")
    expect(slow.locator("#ws-actions li")).to_have_count(1)
    (action,) = store.actions(map_id)
    assert (action.title, action.owner, action.items) == (
        "Ask the carers",
        "carers-forum",
        ("P2.action.5",),
    )


def test_enter_in_from_moves_to_to_without_adding_a_half_typed_link(
    page: Page, store: Store
) -> None:
    map_id = small_map(store, "From and To")
    page.add_init_script(STATUS_SEEN)
    page.goto(f"/maps/{map_id}/workshop?step=money")
    expect(page.locator("#ws-question")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.type("Riverside Trust")
    page.keyboard.press("Enter")
    assert focused(page) == "ws-target"
    page.keyboard.type("Carers Forum")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-links li")).to_have_text(
        ["Riverside Trust gives funding to Carers Forum"]
    )
    assert "Choose who the link is from and to." not in page.evaluate("window.statusSeen")
    assert [(e["source"], e["target"]) for e in store.load_map(map_id).edges()] == [
        ("riverside-trust", "carers-forum")
    ]
