"""Personal survey links on a server with a password, over HTTP as a phone would use them:
a link opens its respondent's form and nothing else, needs no password, and stops taking
answers when the round closes or the link is withdrawn. A view link sees a round's
aggregates only; answers by respondent are the facilitator's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import requests

from mapper.store import Store
from mapper.store.survey import (
    answers,
    respondents,
    revoke,
    round_of,
    set_show_names,
    start_round,
)
from tests.app.dash_http import DashClient, Server, running_server

pytestmark = pytest.mark.slow

PASSWORD = "correct horse battery"
KICKOFF = 2  # the second sample map a first run adds
CAIRN, CARERS = "cairn-community-care", "carronvale-carers-centre"
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('survey') / 'maps.db'}"


@pytest.fixture(scope="module")
def server(database: str) -> Iterator[Server]:
    with running_server("--database", database, env={"MAPPER_PASSWORD": PASSWORD}) as started:
        yield started
    assert "Traceback" not in started.output(), started.output()


@pytest.fixture(scope="module")
def store(database: str, server: Server) -> Iterator[Store]:
    opened = Store(database)
    yield opened
    opened.close()


def post(http: requests.Session, server: Server, token: str, **fields: str) -> requests.Response:
    return http.post(
        f"{server.url}/answer/{token}",
        data=fields,
        headers={"Accept": "application/json", "Origin": server.url},
        timeout=30,
    )


def test_a_personal_link_opens_its_form_only_without_the_password(server, store):
    made, tokens = start_round(store, KICKOFF, "Open round", TODAY, [CAIRN, CARERS])
    phone = requests.Session()

    form = phone.get(f"{server.url}/answer/{tokens[CARERS]}", timeout=30)
    assert form.status_code == 200
    assert "For <strong>Carronvale Carers Centre</strong>" in form.text
    assert "Cairn Community Care" in form.text  # an organisation it works with
    added = phone.get(f"{server.url}/answer/{tokens[CARERS]}?with=Mill+Street+Surgery")
    assert 'data-about="Mill Street Surgery"' in added.text  # someone missing, added
    saved = post(phone, server, tokens[CARERS], **{f"a:trust@{CAIRN}": "4"})
    assert (saved.status_code, saved.json()) == (200, {"saved": 1})
    assert [(a.respondent, a.answer) for a in answers(store, made.id)] == [(CARERS, "4")]

    # The same browser gets nothing else: not the map, not the app's callbacks.
    address = f"{server.url}/maps/{KICKOFF}/survey"
    page = phone.get(address, headers={"Accept": "text/html"}, allow_redirects=False)
    assert page.status_code == 303 and page.headers["Location"].startswith("/login")
    callback = DashClient(server.url, phone).http.post(
        f"{server.url}/_dash-update-component", json={}, headers={"Origin": server.url}
    )
    assert callback.status_code == 401
    assert phone.get(f"{server.url}/answer/not-a-token", timeout=30).status_code == 404

    # Another site cannot post answers through the respondent's browser.
    forged = phone.post(
        f"{server.url}/answer/{tokens[CARERS]}",
        data={f"a:trust@{CAIRN}": "1"},
        headers={"Origin": "https://evil.example"},
        timeout=30,
    )
    assert forged.status_code == 403
    assert [a.answer for a in answers(store, made.id)] == ["4"]


def test_a_withdrawn_link_and_a_closed_round_take_no_answers(server, store):
    made, tokens = start_round(store, KICKOFF, "Short round", TODAY, [CAIRN, CARERS])
    withdrawn = next(r for r in respondents(store, made.id) if r.actor == CAIRN)
    revoke(store, withdrawn.id)
    phone = requests.Session()
    refused = post(phone, server, tokens[CAIRN], **{f"a:talks@{CARERS}": "daily"})
    assert refused.status_code == 403 and "no longer works" in refused.json()["error"]
    assert "no longer takes answers" in phone.get(f"{server.url}/answer/{tokens[CAIRN]}").text

    closed, late = start_round(store, KICKOFF, "Past round", TODAY - dt.timedelta(days=1), [CAIRN])
    refused = post(phone, server, late[CAIRN], **{f"a:talks@{CARERS}": "daily"})
    assert refused.status_code == 403 and "closed" in refused.json()["error"]
    assert "This survey closed on" in phone.get(f"{server.url}/answer/{late[CAIRN]}").text
    assert answers(store, made.id) == answers(store, closed.id) == []


def test_a_view_link_sees_aggregates_and_the_facilitator_sees_respondents(server, store):
    made, tokens = start_round(store, KICKOFF, "Seen round", TODAY, [CAIRN, CARERS])
    post(requests.Session(), server, tokens[CAIRN], **{f"a:trust@{CARERS}": "5"})
    _, view_token = store.share(KICKOFF, can_edit=False, who="test")
    _, edit_token = store.share(KICKOFF, can_edit=True, who="test")

    def round_as(token: str) -> str:
        http = requests.Session()
        assert http.get(f"{server.url}/share/{token}", allow_redirects=False).status_code == 303
        shown = DashClient(server.url, http).call(
            "survey-body.children",
            "survey-round.value",
            {
                "survey-round.value": str(made.id),
                "survey-version.data": {"n": 1, "round": None},
                "survey-map.data": KICKOFF,
            },
        )
        assert shown.status_code == 200
        return shown.text

    viewed = round_as(view_token)
    assert "1 of 2 invited answered (50%)." in viewed
    assert "seen by the partnership's facilitator only" in viewed
    assert "Respondents" not in viewed and "Withdraw link" not in viewed
    assert "Who said what" not in viewed
    edited = round_as(edit_token)
    assert "Respondents" in edited and "Cairn Community Care" in edited
    assert "Show who said what on share links" in edited

    # The facilitator's choice: a view link then shows answers by respondent's name, but
    # not the links' state nor anything to change.
    set_show_names(store, made.id, True)
    named = round_as(view_token)
    assert "Who said what" in named and "Cairn Community Care: 1 answer" in named
    assert "The facilitator chose to show who said what in this round." in named
    assert "Respondents" not in named and "Withdraw link" not in named
    assert "Show who said what on share links" not in named


def test_only_the_facilitator_changes_whether_names_are_shown(server, store):
    made, _ = start_round(store, KICKOFF, "Switch round", TODAY, [CAIRN])
    _, view_token = store.share(KICKOFF, can_edit=False, who="test")
    http = requests.Session()
    http.get(f"{server.url}/share/{view_token}", allow_redirects=False)
    refused = DashClient(server.url, http).call(
        "survey-message.children",
        "survey-show-names.value",
        {
            "survey-show-names.value": True,
            "survey-round.value": str(made.id),
            "survey-map.data": KICKOFF,
        },
    )
    assert "Only the partnership's facilitator" in refused.text
    assert round_of(store, made.id).show_names is False
