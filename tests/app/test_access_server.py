"""The hosting setup of the README, for real: ``mapper serve --workers 2`` with a password on
PostgreSQL beside a second server on the same database, driven over HTTP as a browser
would (the page's own callback requests), and in headless Chromium.

Server A runs two gunicorn workers, server B one: they share nothing but the database,
so whatever one is told, the other must know (sessions, edits, revoked links).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from mapper.store import Store
from tests.app.conftest import watched_page
from tests.app.dash_http import DashClient, Server, running_server
from tests.store.conftest import pg_schema

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse battery"
ARDMUIR = "Ardmuir Community Planning Partnership"  # the samples a first run adds: map 1
KICKOFF = "Carronvale Home and Wellbeing Partnership"  # map 2


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with pg_schema("test_access") as url:
        yield url


@pytest.fixture(scope="module")
def servers(database: str) -> Iterator[tuple[Server, Server]]:
    env = {"MAPPER_PASSWORD": PASSWORD}
    with (
        running_server("--database", database, "--workers", "2", env=env) as first,
        running_server("--database", database, env=env) as second,
    ):
        yield first, second
    for server in (first, second):
        assert "Traceback" not in server.output(), server.output()


@pytest.fixture(scope="module")
def store(database: str, servers) -> Iterator[Store]:
    opened = Store(database)
    yield opened
    opened.close()


def signed_in(server: Server) -> requests.Session:
    http = requests.Session()
    answer = http.post(f"{server.url}/login", data={"password": PASSWORD}, allow_redirects=False)
    assert answer.status_code == 303
    return http


def through_link(server: Server, token: str) -> requests.Session:
    http = requests.Session()
    answer = http.get(f"{server.url}/share/{token}", allow_redirects=False)
    assert answer.status_code == 303
    return http


def card(name: str) -> str:
    """How a map's card on the home page appears in the page's JSON."""
    return f'"aria-label":"{name}"'


def labels(store: Store, map_id: int) -> set[str]:
    return {node["label"] for node in store.load_map(map_id).nodes()}


def test_nothing_opens_without_signing_in(servers):
    first, _ = servers
    page = requests.get(
        f"{first.url}/maps/1", headers={"Accept": "text/html"}, allow_redirects=False
    )
    assert page.status_code == 303
    assert page.headers["Location"] == "/login?next=%2Fmaps%2F1"

    login = requests.get(f"{first.url}/login?next=%2Fmaps%2F1")
    assert login.status_code == 200
    assert 'type="password"' in login.text and 'value="/maps/1"' in login.text

    client = DashClient(first.url, signed_in(first))
    client.spec("_pages_content.children")  # learnt while signed in; then, without:
    client.http = requests.Session()
    callback = client.page("/maps/1")
    assert callback.status_code == 401
    assert "Sign in first" in callback.text and ARDMUIR not in callback.text
    assert requests.get(f"{first.url}/_dash-layout").status_code == 401


def test_the_password_signs_in_with_a_cookie_every_server_accepts(servers):
    first, second = servers
    wrong = requests.post(f"{first.url}/login", data={"password": "correct horse"})
    assert wrong.status_code == 200  # the form again, saying why
    assert "That is not the password." in wrong.text and "signed_in" not in wrong.headers.get(
        "Set-Cookie", ""
    )

    http = requests.Session()
    right = http.post(
        f"{first.url}/login", data={"password": PASSWORD, "next": "/maps/2"}, allow_redirects=False
    )
    assert (right.status_code, right.headers["Location"]) == (303, "/maps/2")
    cookie = right.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie

    shown = DashClient(second.url, http).page("/")  # signed in on A, served by B
    assert shown.status_code == 200
    assert card(ARDMUIR) in shown.text and card(KICKOFF) in shown.text


def test_a_foreign_host_or_origin_is_refused_with_a_page(servers, store):
    first, _ = servers
    rebound = requests.get(f"{first.url}/", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400
    assert "does not answer to the name &#39;attacker.example&#39;" in rebound.text
    assert "--public-url" in rebound.text

    client = DashClient(first.url, signed_in(first))
    payload = client.payload(
        "editor-add-feedback.children",
        "editor-add-save.n_clicks",
        {"editor-add-save.n_clicks": 1, "editor-map-id.data": 1},
    )
    forged = client.http.post(
        f"{first.url}/_dash-update-component",
        json=payload,
        headers={"Origin": "http://attacker.example"},
    )
    assert forged.status_code == 403
    assert "came from another website" in forged.text
    assert len(store.load_map(1).graph) > 0 and store.map_version(1) >= 0


def test_a_view_link_shows_its_map_only_and_the_server_refuses_its_edits(servers, store):
    first, second = servers
    _, token = store.share(1, can_edit=False, who="test")
    before = store.load_map(1).to_dict()

    for server in (first, second):
        client = DashClient(server.url, through_link(server, token))
        assert ARDMUIR in client.page("/maps/1").text
        home = client.page("/").text  # its list of maps: one card, named for the screen reader
        assert card(ARDMUIR) in home and card(KICKOFF) not in home
        assert "This map is not here" in client.page("/maps/2").text

        refused = client.add_actor(1, "Sneaky Org", shown=store.map_version(1))

        assert refused.status_code == 200
        assert "You opened this map with a view link" in refused.text
    assert store.load_map(1).to_dict() == before


def test_an_edit_link_edits_through_one_server_and_the_other_reads_it(servers, store):
    first, second = servers
    _, token = store.share(2, can_edit=True, who="test")
    editor = DashClient(first.url, through_link(first, token))
    reader = DashClient(second.url, signed_in(second))

    added = editor.add_actor(2, "Shared Food Bank")
    assert added.status_code == 200 and "Added Shared Food Bank." in added.text
    assert "Shared Food Bank" in labels(store, 2)
    assert "Shared Food Bank" in reader.page("/maps/2").text

    # and back: B edits, A's two workers each see it on their next read
    assert reader.add_actor(2, "Second Food Bank").status_code == 200
    for _ in range(6):  # fresh connections, spread over A's workers
        assert "Second Food Bank" in DashClient(first.url, editor.http).page("/maps/2").text
        editor.http.close()
    assert "This map is not here" in editor.page("/maps/1").text  # the link opens map 2 only


def test_a_revoked_link_stops_at_once_on_every_server(servers, store):
    _, second = servers
    link, token = store.share(2, can_edit=True, who="test")
    sessions = [DashClient(server.url, through_link(server, token)) for server in servers]
    assert all(KICKOFF in client.page("/maps/2").text for client in sessions)

    store.revoke_share_link(2, link.id)

    for client in sessions:
        assert client.page("/maps/2").status_code == 401
        assert client.add_actor(2, "Too Late").status_code == 401
    assert "Too Late" not in labels(store, 2)
    gone = requests.get(f"{second.url}/share/{token}")
    assert gone.status_code == 404
    assert "This link does not open a map" in gone.text


REFUSED = "Failed to load resource: the server responded with a status of 401"


@pytest.mark.browser
def test_in_the_browser_the_password_page_then_a_view_link(servers, store, browser, tmp_path):
    first, _ = servers
    _, token = store.share(1, can_edit=False, who="test")
    with watched_page(browser, first.url, expected=(REFUSED,)) as page:
        page.goto("/maps/1")
        page.wait_for_selector("#password")
        page.screenshot(path=tmp_path / "sign-in.png")
        page.fill("#password", "not it at all")
        page.click("button[type=submit]")
        page.wait_for_selector("text=That is not the password.")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector(f"#editor-title:text('{ARDMUIR}')")
        assert page.url == f"{first.url}/maps/1"
        page.click("#share-open")
        page.click("#share-new-view")
        made = page.wait_for_selector("#share-new-url").input_value()
        assert made.startswith(f"{first.url}/share/")
        page.screenshot(path=tmp_path / "share-dialog.png")
        page.click("#share-close")
        # The session ends while the page is open (here: its cookie is gone): the next
        # callback, the page's poll, is refused and the page goes to sign in, to come back.
        page.context.clear_cookies()
        page.wait_for_url("**/login?next=%2Fmaps%2F1", timeout=90_000)  # slow under load
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector(f"#editor-title:text('{ARDMUIR}')")
        page.click("text=Sign out")
        page.wait_for_selector("#password")
        assert page.url == f"{first.url}/login"

    # A visitor's browser: the link opens the map, and the edit the page sends is refused.
    before = store.load_map(1).to_dict()  # (opened signed in, its actors have places now)
    with watched_page(browser, first.url) as page:
        page.goto(f"/share/{token}")
        page.wait_for_selector(f"#editor-title:text('{ARDMUIR}')")
        assert page.is_visible("text=You opened this map with a view link")
        # The tools that change the map are off; the server refuses what gets through.
        for tool in ("#editor-add-button", "#editor-link-button", "#editor-undo"):
            assert page.is_disabled(tool), tool
        page.click(".nav-link:text('Add')")
        page.fill('[id=\'{"form":"new-actor","name":"label","type":"field"}\']', "Sneaky Org")
        page.click("#editor-add-save")
        page.wait_for_selector("#editor-add-feedback:has-text('Not saved')")
        page.screenshot(path=tmp_path / "view-link.png")
        assert page.goto("/maps/2").ok
        page.wait_for_selector("text=This map is not here")
        # The home page lists the map the link opens, with no way to make, import, rename
        # or delete maps, and says why.
        page.goto("/")
        page.wait_for_selector("text=A share link opens one map.")
        assert page.is_hidden("#home-new") and page.is_hidden("#home-upload")
        assert page.locator(".map-card").count() == 1
        assert page.locator(".map-card button:text('Rename')").count() == 0
        assert page.locator(".map-card button:text('Delete…')").count() == 0
    assert store.load_map(1).to_dict() == before
