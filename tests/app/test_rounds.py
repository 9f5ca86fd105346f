"""The survey page's logic without Dash, on a real SQLite store: who sees what, accepting
a reported link into the map with who reported it, and personal links to send."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import unquote

import pytest

from mapper.app.components.round_summary import latest_round_summary
from mapper.app.rounds import (
    accept_proposal,
    email_link,
    qr_svg,
    read_round,
    report_round,
    respondent_choices,
    round_of_map,
)
from mapper.graph.survey import Answer, Responses
from mapper.io.native import loads
from mapper.store import NotAllowed, Store
from mapper.store.survey import import_round, set_show_names, start_round
from tests.store.conftest import pg_schema

SAMPLE = Path(__file__).parents[2] / "mapper/data/samples/health-social-care-kickoff.json"
TODAY = dt.date(2026, 9, 15)
CAIRN, CARERS = "cairn-community-care", "carronvale-carers-centre"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path) -> Iterator[Store]:
    """A real store on an SQLite file, then on the PostgreSQL server on this machine."""
    with ExitStack() as stack:
        url = (
            f"sqlite:///{tmp_path / 'maps.db'}"
            if request.param == "sqlite"
            else stack.enter_context(pg_schema("test_rounds"))
        )
        opened = Store(url)
        stack.callback(opened.close)
        yield opened


@pytest.fixture
def map_id(store: Store) -> int:
    return store.create_map(loads(SAMPLE.read_bytes()).map)


def paper_round(store: Store, map_id: int, name: str, carers_trust: str):
    rows = [
        (CAIRN, CARERS, "talks", "weekly"),
        (CAIRN, CARERS, "trust", "5"),
        (CARERS, CAIRN, "trust", carers_trust),
        (CARERS, "Mill Street Surgery", "talks", "monthly"),
    ]
    answers = tuple(Answer(respondent=r, about=a, question=q, answer=v) for r, a, q, v in rows)
    return import_round(store, map_id, Responses(answers=answers, name=name), closes=TODAY)


def test_the_lead_and_partners_are_asked_by_default(store, map_id):
    options, chosen = respondent_choices(store.load_map(map_id))
    assert CAIRN in chosen and CARERS in chosen and "care-inspectorate" not in chosen
    assert [o["value"] for o in options[: len(chosen)]] == sorted(
        chosen, key=lambda c: store.load_map(map_id).label(c).casefold()
    )
    assert not any(o["value"] == "steering-group" for o in options)  # forums do not answer


def test_a_view_gets_aggregates_and_the_facilitator_everything(store, map_id):
    made = paper_round(store, map_id, "Spring", "2")
    shared = read_round(store, map_id, made.id, facilitator=False, today=TODAY)
    assert shared.summary["network_trust"] == {"score": 3.5, "answers": 2}  # (5 + 2) / 2
    assert (shared.findings, shared.respondents, shared.proposals) == ((), (), ())
    full = read_round(store, map_id, made.id, facilitator=True, today=TODAY)
    assert {f.subject for f in full.findings} == {"trust"}  # 5 against 2
    assert [label for _, label in full.respondents] == [
        "Cairn Community Care",
        "Carronvale Carers Centre",
    ]


def test_a_later_round_shows_what_moved(store, map_id):
    paper_round(store, map_id, "Spring", "2")
    later = paper_round(store, map_id, "Autumn", "4")
    view = read_round(store, map_id, later.id, facilitator=True, today=TODAY)
    assert view.previous.name == "Spring"
    # Cairn and the carers centre: (5 + 2) / 2 = 3.5, then (5 + 4) / 2 = 4.5
    assert view.moved["up"] == [{"a": CAIRN, "b": CARERS, "before": 3.5, "after": 4.5}]
    assert view.findings == ()  # 5 against 4 is no gap
    assert view.moved["gaps_closed"] == [
        "Cairn Community Care and Carronvale Carers Centre trust each other unequally"
    ]


def test_a_round_of_another_map_is_refused(store, map_id):
    other = store.create_map(loads(SAMPLE.read_bytes()).map)
    made = paper_round(store, other, "Elsewhere", "3")
    with pytest.raises(NotAllowed, match="not of this map"):
        round_of_map(store, map_id, made.id)


def test_accepting_a_missing_name_adds_the_actor_and_the_link_with_who_reported_it(store, map_id):
    made = paper_round(store, map_id, "Spring", "2")
    key = f"communicates:{CARERS}>Mill Street Surgery"
    done = accept_proposal(store, map_id, made.id, key, who="Sam", today=TODAY)
    assert done == "Added to the map: Carronvale Carers Centre → Mill Street Surgery."
    pmap = store.load_map(map_id)
    assert pmap.label("mill-street-surgery") == "Mill Street Surgery"
    (link,) = [attrs for s, t, attrs in pmap.graph.edges(data=True) if t == "mill-street-surgery"]
    assert link["frequency"] == "monthly" and link["recorded_at"] == "2026-09-15"
    assert link["recorded_by"] == "Reported by Carronvale Carers Centre in the survey Spring"
    assert read_round(store, map_id, made.id, facilitator=True, today=TODAY).proposals == ()
    with pytest.raises(NotAllowed, match="no longer proposed"):
        accept_proposal(store, map_id, made.id, key, who="Sam", today=TODAY)


def test_a_link_to_send_by_email_or_show_as_a_qr_code(store, map_id):
    made, tokens = start_round(store, map_id, "Spring", TODAY, [CAIRN])
    url = f"https://mapper.example/answer/{tokens[CAIRN]}"
    mail = unquote(email_link(url, "Cairn Community Care", made.name, made.closes))
    assert mail.startswith("mailto:?subject=Your survey for Spring&body=Hello Cairn")
    assert url in mail and "until 15 September 2026" in mail
    assert qr_svg(url).startswith("data:image/svg+xml")


def text_of(component) -> str:
    """Every string in a Dash component tree, in order."""
    if isinstance(component, str):
        return component
    children = getattr(component, "children", None)
    if children is None:
        return ""
    items = children if isinstance(children, list) else [children]
    return " ".join(text_of(child) for child in items)


def test_the_latest_round_in_brief_for_the_review_page(store, map_id):
    assert latest_round_summary(store, map_id, facilitator=False, today=TODAY) is None
    paper_round(store, map_id, "Spring", "2")
    paper_round(store, map_id, "Autumn", "4")
    brief = text_of(latest_round_summary(store, map_id, facilitator=False, today=TODAY))
    assert "What the partners say: Autumn" in brief
    assert "Trust across the network: 3.5 then 4.5." in brief  # (5 + 2) / 2, (5 + 4) / 2
    assert "Trust between Cairn Community Care and Carronvale Carers Centre went up" in brief
    assert "1 gap between partners closed since." in brief  # counted, not named, for a view
    assert "Closed on 15 September 2026." in text_of(
        latest_round_summary(store, map_id, facilitator=False, today=TODAY + dt.timedelta(1))
    )


def test_who_said_what_reaches_a_view_only_when_the_facilitator_chooses(store, map_id):
    made = paper_round(store, map_id, "Spring", "2")
    hidden = read_round(store, map_id, made.id, facilitator=False, today=TODAY)
    assert not hidden.named and (hidden.findings, hidden.proposals, hidden.said) == ((), (), ())
    # Two respondents: the centre's trust in Cairn is one answer, the centre's own; shown
    # without names, it would still say who gave it.
    cairn = hidden.summary["actors"][CAIRN]["trust"]
    assert cairn == {"score": None, "answers": 1, "held": True}
    assert hidden.summary["relationships"] == []
    mine = read_round(store, map_id, made.id, facilitator=True, today=TODAY)
    assert mine.summary["actors"][CAIRN]["trust"] == {"score": 2.0, "answers": 1}
    set_show_names(store, made.id, True)
    shown = read_round(store, map_id, made.id, facilitator=False, today=TODAY)
    assert shown.named and not shown.facilitator
    assert [f.title for f in shown.findings] == [
        "Cairn Community Care and Carronvale Carers Centre trust each other unequally"
    ]
    assert [p["key"] for p in shown.proposals] == [f"communicates:{CARERS}>Mill Street Surgery"]
    assert shown.respondents == ()  # links and their state stay the facilitator's
    said = {s.who: set(s.rows) for s in shown.said}
    assert said["Carronvale Carers Centre"] == {
        (
            "Cairn Community Care",
            "How much do you trust them? (1: not at all, 5: completely)",
            "2",
            "",
        ),
        ("Mill Street Surgery", "How often do you talk?", "Every month", ""),
    }


def test_readiness_and_resources_reach_the_round_and_the_map(store, map_id):
    rows = [
        (CAIRN, "", "R.4", "yes", ""),
        (CARERS, "", "R.4", "no", "no goals written down"),
        (CAIRN, CARERS, "volunteers", "yes", ""),  # Cairn says it sends the centre volunteers
        (CARERS, CAIRN, "volunteers", "neither", ""),  # the centre says none pass
    ]
    answers = tuple(
        Answer(respondent=r, about=a, question=q, answer=v, comment=c) for r, a, q, v, c in rows
    )
    made = import_round(store, map_id, Responses(answers=answers, name="Ready"), closes=TODAY)
    view = read_round(store, map_id, made.id, facilitator=True, today=TODAY)
    titles = [f.title for f in view.findings]
    assert "Not everyone agrees: Have you set clear goals for the partnership?" in titles
    assert "Cairn Community Care says it sends volunteers to Carronvale Carers Centre; " in (
        " ".join(titles)
    )
    said = {s.who: s.rows for s in view.said}
    assert (
        "The partnership",
        "Have you set clear goals for the partnership?",
        "No",
        "no goals written down",
    ) in said["Carronvale Carers Centre"]
    assert ("Carronvale Carers Centre", "Volunteers' time", "We give", "") in said[
        "Cairn Community Care"
    ]
    # The map has Cairn's premises for the centre already: volunteers are a link of their own.
    key = f"resource:{CAIRN}>{CARERS}:volunteers"
    (proposed,) = [p for p in view.proposals if p["key"] == key]
    assert proposed["says"] == "sends volunteers to"
    done = accept_proposal(store, map_id, made.id, key, who="Sam", today=TODAY)
    assert done == "Added to the map: Cairn Community Care → Carronvale Carers Centre."
    graph = store.load_map(map_id).graph
    added = [a for s, t, a in graph.edges(data=True) if (s, t) == (CAIRN, CARERS)]
    assert {"kind": "resource", "resource": "volunteers"}.items() <= added[-1].items()
    assert added[-1]["recorded_by"] == "Reported by Cairn Community Care in the survey Ready"


def test_the_brief_names_closed_gaps_for_a_view_only_when_names_are_shown(store, map_id):
    paper_round(store, map_id, "Spring", "2")
    later = paper_round(store, map_id, "Autumn", "4")
    set_show_names(store, later.id, True)
    brief = text_of(latest_round_summary(store, map_id, facilitator=False, today=TODAY))
    assert (
        "Closed since: Cairn Community Care and Carronvale Carers Centre trust each other "
        "unequally." in brief
    )


def test_the_html_report_takes_the_latest_round_named_as_the_facilitator_chose(store, map_id):
    assert report_round(store, map_id, store.load_map(map_id)) is None
    paper_round(store, map_id, "Spring", "2")
    later = paper_round(store, map_id, "Autumn", "4")
    part = report_round(store, map_id, store.load_map(map_id))
    assert (part.name, part.named) == ("Autumn", False)
    assert part.summary["network_trust"] == {"score": 4.5, "answers": 2}  # (5 + 4) / 2
    set_show_names(store, later.id, True)
    assert report_round(store, map_id, store.load_map(map_id)).named
