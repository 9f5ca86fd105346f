"""Workshop mode's steps and edits, apart from Dash, on SQLite and on PostgreSQL (the
``db_url`` fixture of the store tests): what each step adds, refuses and says, and the
pack it ends with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from mapper.app.figures import HIGH, LOW, Plot, grid_figure
from mapper.app.workshop import (
    STEPS,
    Drop,
    add_actor,
    add_link,
    checklist_choices,
    dropped,
    ends,
    findings_for_room,
    links_of,
    place,
    place_drop,
    step_items,
    workshop_pack,
)
from mapper.content import load_content
from mapper.graph.analyse import analyse
from mapper.graph.insight import power_interest_grid
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


# ----- power and interest: names dragged on the grid ---------------------------------------
def workshop_grid() -> dict:
    """The workshop's grid of the hand-made map as the browser holds it: City Council on
    the grid (power 5, interest 3), Riverside Trust and Carers Forum in the tray."""
    grid = power_interest_grid(riverside())
    return grid_figure(grid, plot=Plot(width=1150.0), movable=True).to_dict()


def chip_index(figure: dict, actor: str) -> int:
    names = [a.get("name") for a in figure["layout"]["annotations"]]
    return names.index(actor)


def test_every_name_on_the_workshop_grid_is_a_chip_and_nothing_else_can_be_dragged():
    figure = workshop_grid()
    chips = figure["layout"]["annotations"]  # every annotation can be dragged
    assert sorted(a["name"] for a in chips) == ["carers-forum", "city-council", "riverside-trust"]
    assert [a["text"] for a in chips if a["name"] == "city-council"] == ["City Council"]
    labels = [s["label"]["text"] for s in figure["layout"]["shapes"] if s.get("label")]
    assert "<b>Manage closely</b>" in labels and "<b>Not on the grid yet</b>" in labels
    council = chips[chip_index(figure, "city-council")]
    assert (council["xref"], round(council["x"]), round(council["y"])) == ("x", 3, 5)
    tray = chips[chip_index(figure, "carers-forum")]
    assert tray["xref"] == "paper" and tray["x"] > figure["layout"]["xaxis"]["domain"][1]


def test_a_full_tray_counts_the_names_it_cannot_show_and_an_empty_one_is_gone():
    pmap = PartnershipMap(name="Just added")
    for n in range(50):
        pmap.add_node(label=f"Group {n:02}", kind="group")
    figure = grid_figure(power_interest_grid(pmap), movable=True).to_dict()
    shown = [a["text"] for a in figure["layout"]["annotations"]]
    words = [s["label"]["text"] for s in figure["layout"]["shapes"] if s.get("label")]
    more = 50 - len(shown)  # the tray's two columns are full: the rest are counted
    assert shown[:2] == ["Group 00", "Group 01"] and more > 0
    assert f"and {more} more: type them below" in words
    placed = riverside()
    for node in ("riverside-trust", "carers-forum"):
        placed.graph.nodes[node].update(power=2, interest=2)
    figure = grid_figure(power_interest_grid(placed), movable=True).to_dict()
    assert figure["layout"]["xaxis"]["domain"] == [0, 1.0]  # no tray: the grid is wider
    assert not any("Not on the grid yet" in str(s.get("label")) for s in figure["layout"]["shapes"])


def moved(index: int, x: float, y: float) -> dict:
    return {f"annotations[{index}].x": x, f"annotations[{index}].y": y}


@pytest.mark.parametrize(
    ("x", "y", "power", "interest"),
    [
        (3.2, 4.6, 5, 3),  # the nearest whole square
        (1.49, 1.51, 2, 1),
        (LOW + 0.01, HIGH - 0.01, 5, 1),  # the edge squares reach to the grid's edges
        (HIGH - 0.01, LOW + 0.01, 1, 5),
        (2.5, 2.5, 3, 3),  # halfway goes up
        (HIGH + 0.4, 3.0, None, None),  # over the tray: not placed
        (3.0, LOW - 0.2, None, None),  # below the grid, over the axis
    ],
)
def test_where_a_name_is_let_go_is_its_power_and_interest(x, y, power, interest):
    figure = workshop_grid()
    index = chip_index(figure, "city-council")
    assert dropped(moved(index, x, y), figure) == Drop(
        actor="city-council", power=power, interest=interest, was=(5, 3)
    )


def test_a_name_from_the_tray_is_read_in_the_grids_units():
    figure = workshop_grid()
    index = chip_index(figure, "carers-forum")
    share = figure["layout"]["xaxis"]["domain"][1]
    fraction = (4.1 - LOW) / (HIGH - LOW)  # interest 4.1, power 1.9, in the plot's fractions
    let_go = moved(index, fraction * share, (1.9 - LOW) / (HIGH - LOW))
    assert dropped(let_go, figure) == Drop(actor="carers-forum", power=2, interest=4)
    over_the_tray = moved(index, share + 0.05, 0.5)
    assert dropped(over_the_tray, figure) == Drop(actor="carers-forum")


def test_a_drag_moved_along_one_axis_keeps_the_other():
    figure = workshop_grid()
    index = chip_index(figure, "city-council")
    assert dropped({f"annotations[{index}].x": 1.2}, figure) == Drop(
        actor="city-council", power=5, interest=1, was=(5, 3)
    )


@pytest.mark.parametrize(
    "relayout",
    [None, {}, {"autosize": True}, {"xaxis.range[0]": 1}, moved(99, 3, 3), {"annotations[0]": 1}],
)
def test_what_is_not_a_name_let_go_is_no_drop(relayout):
    assert dropped(relayout, workshop_grid()) is None


def test_placing_saves_power_and_interest_as_one_edit(kickoff):
    store, map_id = kickoff
    before = len(store.history(map_id))
    outcome = place(store, map_id, "riverside-trust", 4, 5, "Ana")
    assert (outcome.saved, outcome.message) == (
        True,
        "Placed Riverside Trust: power 4, interest 5.",
    )
    node = store.load_map(map_id).graph.nodes["riverside-trust"]
    assert (node["power"], node["interest"]) == (4, 5)
    assert len(store.history(map_id)) == before + 1
    store.undo(map_id, who="Ana")  # one undo takes back both
    node = store.load_map(map_id).graph.nodes["riverside-trust"]
    assert (node.get("power"), node.get("interest")) == (None, None)


def test_a_name_let_go_in_its_own_square_or_off_the_grid_saves_nothing(kickoff):
    store, map_id = kickoff
    before = len(store.history(map_id))
    same = place_drop(store, map_id, Drop(actor="city-council", power=5, interest=3), "Ana")
    assert (same.saved, same.message) == (False, "City Council stays at power 5, interest 3.")
    off = place_drop(store, map_id, Drop(actor="city-council"), "Ana")
    assert (off.saved, off.problems) == (
        False,
        ("City Council has not moved: drop it on the square the room agrees.",),
    )
    assert len(store.history(map_id)) == before
    node = store.load_map(map_id).graph.nodes["city-council"]
    assert (node["power"], node["interest"]) == (5, 3)


def test_a_name_deleted_on_another_laptop_meanwhile_is_said(kickoff):
    store, map_id = kickoff
    store.delete_node(map_id, "carers-forum", who="Bo")
    outcome = place_drop(store, map_id, Drop(actor="carers-forum", power=2, interest=2), "Ana")
    assert not outcome.saved
    assert outcome.problems[0].startswith("Bo deleted Carers Forum")


def test_a_name_moved_on_another_laptop_meanwhile_is_not_overwritten(kickoff):
    """Both laptops showed City Council at power 5, interest 3; Bo moved it first."""
    store, map_id = kickoff
    assert place(store, map_id, "city-council", 4, 4, "Bo").saved
    before = len(store.history(map_id))
    stale = Drop(actor="city-council", power=2, interest=2, was=(5, 3))
    outcome = place_drop(store, map_id, stale, "Ana")
    assert not outcome.saved
    assert outcome.problems == (
        "Someone else placed City Council at power 4, interest 4 just now, so your move "
        "was not saved. Drag it again if the room agrees.",
    )
    assert len(store.history(map_id)) == before
    node = store.load_map(map_id).graph.nodes["city-council"]
    assert (node["power"], node["interest"]) == (4, 4)
    fresh = Drop(actor="city-council", power=2, interest=2, was=(4, 4))
    assert place_drop(store, map_id, fresh, "Ana").saved
