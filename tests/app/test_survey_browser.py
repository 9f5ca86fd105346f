"""The partners' survey in real Chromium: the facilitator starts a round, two partners
answer on phone-sized screens through their personal links, and the round shows the gaps
between what they said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mapper.graph.survey import Answer, Responses
from mapper.io.native import loads
from mapper.store import Store
from mapper.store.survey import answers, import_round, rounds, start_round
from tests.app.conftest import watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAMPLE = Path(__file__).parents[2] / "mapper/data/samples/health-social-care-kickoff.json"
PHONE = {"width": 390, "height": 844}
CAIRN, CARERS = "Cairn Community Care", "Carronvale Carers Centre"
CAIRN_ID, CARERS_ID = "cairn-community-care", "carronvale-carers-centre"


@pytest.fixture
def map_id(store: Store) -> int:
    return store.create_map(loads(SAMPLE.read_bytes()).map)


def answer(phone, about: str, question: str, choice: str) -> None:
    """Tap ``choice`` for ``question`` in the card about ``about``, and wait for the save."""
    card = phone.locator(f'details[data-about="{about}"]')
    card.evaluate("card => { card.open = true; }")
    group = card.locator("fieldset", has=phone.locator("legend", has_text=question))
    group.locator("label", has_text=choice).first.tap()
    phone.wait_for_function(
        "document.getElementById('survey-status').textContent.trim() === 'Saved.'"
    )
    phone.evaluate("document.getElementById('survey-status').textContent = ''")


def statement(phone, text: str, choice: str) -> None:
    group = phone.locator("fieldset.statement", has=phone.locator("legend", has_text=text))
    group.locator("label", has_text=choice).first.tap()
    phone.wait_for_function(
        "document.getElementById('survey-status').textContent.trim() === 'Saved.'"
    )


def test_two_partners_answer_on_phones_and_the_round_shows_their_gaps(
    browser, base_url: str, page, map_id: int, store: Store
) -> None:
    page.goto(f"/maps/{map_id}/survey")
    page.get_by_text("No rounds yet. Start one above, or import answers below.").wait_for()
    assert page.locator("#survey-round").is_hidden()  # no empty list before the first round
    page.fill("#survey-name", "Autumn check-in")
    page.click("#survey-start")
    page.wait_for_selector(".survey-link")
    assert page.locator("#survey-round").is_visible()
    links = {
        card.locator("strong").inner_text(): card.locator("a[target=_blank]").get_attribute("href")
        for card in page.locator(".survey-link").all()
    }
    assert CAIRN in links and CARERS in links
    assert "Autumn check-in has started: 8 personal links" in page.inner_text("#survey-links")

    said = {
        CAIRN: ("carronvale-carers-centre", "Every week", "5", "They answer to us", "Yes"),
        CARERS: ("cairn-community-care", "Never", "2", "Don't know", "No"),
    }
    for who, (about, talks, trust, answers_to, vision) in said.items():
        with watched_page(
            browser, base_url, viewport=PHONE, is_mobile=True, has_touch=True
        ) as phone:
            phone.goto(links[who])
            assert phone.inner_text("main p >> nth=1").startswith(f"For {who}")
            answer(phone, about, "How often do you talk?", talks)
            answer(phone, about, "How much do you trust them?", trust)
            answer(phone, about, "Who answers to whom?", answers_to)
            statement(phone, "We wrote our shared vision for the work together.", vision)
            # Mobile-first: nothing wider than the phone, tap targets at least 44 px high.
            assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            heights = phone.eval_on_selector_all(
                ".choices label", "els => els.map(e => e.getBoundingClientRect().height)"
            )
            assert heights and min(h for h in heights if h) >= 44
            phone.reload()  # answers were saved as they were given: they come back
            assert phone.locator(f'details[data-about="{about}"] input:checked').count() == 3

    (made,) = rounds(store, map_id)
    assert len(answers(store, made.id)) == 8

    page.reload()
    body = page.locator("#survey-body")
    body.get_by_text("2 of 8 invited answered (25%).").wait_for()
    text = body.inner_text()
    assert f"{CAIRN} and {CARERS} see their contact differently" in text
    assert f"{CAIRN} says they talk every week; {CARERS} says never." in text
    assert f"{CAIRN} and {CARERS} trust each other unequally" in text
    assert f"{CAIRN} says {CARERS} answers to it; {CARERS} does not know" in text
    assert "Not everyone agrees: We wrote our shared vision for the work together." in text
    assert "Trust across the network: 3.5 out of 5, from 2 ratings." in text  # (5 + 2) / 2

    # The link Cairn reports (the carers centre answers to it) goes on the map when accepted.
    row = body.locator(".survey-row", has_text=f"{CARERS} answers to {CAIRN}")
    row.get_by_role("button", name="Add to the map").click()
    page.get_by_text(f"Added to the map: {CARERS} → {CAIRN}.").wait_for()
    added = [
        attrs
        for source, target, attrs in store.load_map(map_id).graph.edges(data=True)
        if (source, target, attrs["kind"])
        == ("carronvale-carers-centre", "cairn-community-care", "accountable_to")
    ]
    assert added[-1]["recorded_by"] == f"Reported by {CAIRN} in the survey Autumn check-in"


def test_readiness_and_resources_on_a_phone_and_the_facilitators_names_switch(
    browser, base_url: str, page, map_id: int, store: Store
) -> None:
    made, tokens = start_round(
        store, map_id, "Resources round", dt.date.today(), [CAIRN_ID, CARERS_ID]
    )
    page.goto(f"/maps/{map_id}/survey")
    switch = page.get_by_label("Show who said what on share links")
    switch.wait_for()
    assert not switch.is_checked()
    with watched_page(browser, base_url, viewport=PHONE, is_mobile=True, has_touch=True) as phone:
        phone.goto(f"/answer/{tokens[CAIRN_ID]}")
        assert "never with your name" in phone.inner_text("#privacy")
        card = phone.locator(f'details[data-about="{CARERS_ID}"]')
        card.evaluate("card => { card.open = true; }")
        more = card.locator("details.more")
        more.locator("summary").tap()  # folded until asked: what else passes between you
        group = more.locator("fieldset", has=phone.locator("legend", has_text="Volunteers"))
        group.locator("label", has_text="They give").tap()
        phone.wait_for_function(
            "document.getElementById('survey-status').textContent.trim() === 'Saved.'"
        )
        phone.evaluate("document.getElementById('survey-status').textContent = ''")
        statement(phone, "Have you set clear goals for the partnership?", "Partly")
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert card.locator("[data-count]").inner_text() == "0 of 5 answered"  # main ones
        phone.reload()  # saved as given: the fold opens on what was answered
        assert phone.locator(f'details[data-about="{CARERS_ID}"] details.more[open]').count()
        assert phone.locator('input[name="a:R.4@"]:checked').get_attribute("value") == "partly"
    assert {(a.about, a.question, a.answer) for a in answers(store, made.id)} == {
        (CARERS_ID, "volunteers", "they"),
        ("", "R.4", "partly"),
    }

    page.reload()
    page.get_by_label("Show who said what on share links").check()
    page.get_by_text("Share links now show who said what in Resources round.").wait_for()
    assert rounds(store, map_id)[0].show_names is True
    with watched_page(browser, base_url, viewport=PHONE, is_mobile=True, has_touch=True) as phone:
        phone.goto(f"/answer/{tokens[CARERS_ID]}")
        assert "can see your answers with your name" in phone.inner_text("#privacy")
    page.get_by_label("Show who said what on share links").uncheck()
    page.get_by_text("Share links now show Resources round's figures only").wait_for()
    assert rounds(store, map_id)[0].show_names is False


def test_the_apps_html_report_has_the_latest_round(page, store: Store) -> None:
    pmap = loads(SAMPLE.read_bytes()).map
    pmap.name = "Survey report test"
    map_id = store.create_map(pmap)
    rows = [
        (CAIRN_ID, CARERS_ID, "trust", "5"),
        (CARERS_ID, CAIRN_ID, "trust", "2"),
    ]
    given = tuple(Answer(respondent=r, about=a, question=q, answer=v) for r, a, q, v in rows)
    import_round(store, map_id, Responses(answers=given, name="Winter"), dt.date.today())
    page.goto("/")
    card = page.get_by_role("article", name=pmap.name)
    card.get_by_role("button", name="Export as…").click()
    with page.expect_download() as download:
        card.get_by_role("button", name="Report (printable HTML)", exact=True).click()
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert "<h2>What the partners say: Winter</h2>" in html
    assert "<li>Trust across the network: 3.5 out of 5, from 2 ratings.</li>" in html  # 7 / 2
    assert "1 gap between partners who answered about each other: 1 about how much" in html
    assert "trust each other unequally" not in html  # figures only: no pair named
