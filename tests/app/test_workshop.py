"""Workshop mode's steps and edits, apart from Dash, on SQLite and on PostgreSQL (the
``db_url`` fixture of the store tests): what each step adds, refuses and says, and the
pack it ends with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from mapper.app.workshop import (
    STEPS,
    add_actor,
    add_link,
    checklist_choices,
    ends,
    findings_for_room,
    links_of,
    step_items,
    workshop_pack,
)
from mapper.content import load_content
from mapper.graph.analyse import analyse
from mapper.graph.model import PartnershipMap
from mapper.io.pack import pack_html
from mapper.store import Store
from tests.store.conftest import db_url, riverside  # noqa: F401 - db_url is a fixture


@pytest.fixture
def kickoff(db_url: str) -> Iterator[tuple[Store, int]]:  # noqa: F811 - the fixture above
    store = Store(db_url)
    yield store, store.create_map(riverside(), who="Sam")
    store.close()


def test_the_steps_follow_net_map_and_the_compass():
    assert [s.id for s in STEPS] == [
        "why",
        "ready",
        "purpose",
        "actors",
        "money",
        "accountability",
        "communication",
        "seats",
        "influence",
        "grid",
        "findings",
        "actions",
        "pack",
    ]
    links = [s.link for s in STEPS if s.kind == "links"]
    assert links == ["resource", "accountable_to", "communicates", "member_of", "influences"]
    assert all(s.question.endswith(("?", ".")) and s.minutes > 0 for s in STEPS)


def test_the_checklist_steps_ask_every_benefit_challenge_and_readiness_question():
    content = load_content()
    asked = {item.id for step in STEPS for _, items in step_items(step) for item in items}
    wanted = [*content.benefits, *content.challenges, *content.readiness]
    assert {i.id for i in wanted} <= asked
    assert {i.id for i in content.principle("P1").actions} <= asked
    choices = {c["value"] for c in checklist_choices()}
    assert "P5.action.1" in choices and "R.9" in choices and len(choices) == 33 + 9


def test_fast_entry_adds_by_name_and_not_twice(kickoff):
    store, map_id = kickoff
    added = add_actor(store, map_id, "  Food   Bank ", "organisation", "Ana")
    assert (added.saved, added.message) == (True, "Added Food Bank.")
    again = add_actor(store, map_id, "food bank", "group", "Ana")
    assert (again.saved, again.problems) == (False, ("Food Bank is already on the map.",))
    empty = add_actor(store, map_id, "   ", "organisation", "Ana")
    assert empty.problems == ("Type a name first.",)
    forum = add_actor(store, map_id, "Steering Group", "forum", "Ana")
    pmap = store.load_map(map_id)
    assert pmap.graph.nodes[forum.result]["kind"] == "forum"
    assert [n["label"] for n in pmap.nodes()].count("Food Bank") == 1
    assert store.can_undo(map_id, "Ana")  # an edit of the session, undone like any other


def test_a_link_is_added_by_the_names_typed(kickoff):
    store, map_id = kickoff
    said = add_link(
        store, map_id, "city council", "Carers Forum", "resource", "Ana", resource="premises"
    )
    assert said.message == "Added a link: City Council offers premises to Carers Forum."
    edge = store.load_map(map_id).edge(said.result)
    assert (edge["kind"], edge["resource"]) == ("resource", "premises")
    assert (
        links_of(store.load_map(map_id), "resource")[0]
        == "City Council offers premises to Carers Forum"
    )


@pytest.mark.parametrize(
    ("source", "target", "kind", "problems"),
    [
        ("", "City Council", "communicates", ("Choose who the link is from and to.",)),
        (
            "Nobody Here",
            "City Council",
            "communicates",
            ("Nobody called Nobody Here is on the map: add them in 'Who is involved?'.",),
        ),
        (
            "Jo Smith",
            "City Council",
            "member_of",
            ("City Council is not a forum: a seat is taken on a forum.",),
        ),
        ("City Council", "city council", "influences", ("A link joins two different actors.",)),
    ],
)
def test_a_link_the_map_cannot_take_is_refused_in_words(kickoff, source, target, kind, problems):
    store, map_id = kickoff
    before = store.load_map(map_id).graph.number_of_edges()
    outcome = add_link(store, map_id, source, target, kind, "Ana")
    assert (outcome.saved, outcome.problems) == (False, problems)
    assert store.load_map(map_id).graph.number_of_edges() == before


def test_a_seat_is_offered_on_forums_only():
    froms, tos = ends(riverside(), "member_of")
    assert [c["label"] for c in tos] == ["Carers Forum"]
    assert "Carers Forum" not in [c["label"] for c in froms]
    everyone, same = ends(riverside(), "communicates")
    assert everyone == same and len(everyone) == 4


def test_findings_for_the_room_put_what_needs_attention_first_and_keep_the_discussed(kickoff):
    store, map_id = kickoff
    analysis = analyse(store.load_map(map_id), today=dt.date(2026, 12, 2))
    top, discussed = findings_for_room(analysis, store.reviews(map_id))
    assert top and discussed == []
    assert [f.finding.rank for f in top] == sorted(f.finding.rank for f in top)
    store.set_review(map_id, top[0].key, "discussed", who="Ana")
    after, discussed = findings_for_room(analysis, store.reviews(map_id))
    assert [r.key for r in discussed] == [top[0].key]
    assert top[0].key not in [r.key for r in after]


def test_the_pack_holds_the_picture_the_actions_and_the_findings_discussed(kickoff):
    store, map_id = kickoff
    analysis = analyse(store.load_map(map_id), today=dt.date(2026, 12, 2))
    first = findings_for_room(analysis, {})[0][0]
    store.set_review(map_id, first.key, "discussed", who="Ana")
    store.add_action(map_id, "Agree a <channel>", owner="carers-forum", items=["P2.action.5"])
    store.set_answer(map_id, "R.4", "partly", note="goals agreed, not written down")
    picture = "data:image/png;base64,iVBORw0KGgo="

    pack = workshop_pack(store, map_id, picture, dt.date(2026, 12, 2))
    html = pack_html(pack)

    assert [(a.title, a.owner, a.answers[0][:11]) for a in pack.actions] == [
        ("Agree a <channel>", "Carers Forum", "P2.action.5")
    ]
    assert [r.key for r in pack.findings] == [first.key]
    assert "Agree a &lt;channel&gt;" in html and "<channel>" not in html
    assert f'src="{picture}"' in html
    assert "goals agreed, not written down" in html
    assert "2 December 2026" in html


def test_the_pack_says_so_when_there_is_no_picture_yet(kickoff):
    store, map_id = kickoff
    html = pack_html(workshop_pack(store, map_id, None, dt.date(2026, 12, 2)))
    assert "The picture of the map is still being drawn." in html
    assert "No actions were agreed." in html and "No findings were taken up." in html
    assert "<img" not in html
    empty = Store("sqlite://")
    bare = empty.create_map(PartnershipMap(name="Bare"))
    assert "javascript" not in pack_html(
        workshop_pack(empty, bare, "javascript:alert(1)", dt.date(2026, 12, 2))
    )
    empty.close()
