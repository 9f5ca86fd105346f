"""``mapper serve`` as a user runs it (refusing what is unsafe before it listens, ready
before its first request, on gunicorn or waitress) and ``mapper share``."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from mapper.cli import main
from mapper.store import Store
from tests import SAMPLE_MAPS
from tests.app.dash_http import DashClient, running_server

SAMPLE = SAMPLE_MAPS / "health-social-care-kickoff.json"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _still_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'maps.db'}"


def test_serving_other_machines_without_a_password_exits_2_saying_how_to_set_one(
    db, capsys, monkeypatch
):
    monkeypatch.delenv("MAPPER_PASSWORD", raising=False)
    port = _free_port()

    code = main(["serve", "--host", "0.0.0.0", "--port", str(port), "--database", db])

    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("mapper serve: --host 0.0.0.0 lets other machines reach the app")
    assert "MAPPER_PASSWORD='a long passphrase' mapper serve --host 0.0.0.0" in err
    assert "--password" in err
    assert _still_free(port)  # nothing listened
    assert not Path(db.removeprefix("sqlite:///")).exists()  # nor made a database


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--password", "short"], "the password must have at least 8 characters (it has 5)"),
        (["--public-url", "ftp://maps"], "expected the address people open"),
        (["--public-url", "https://example.org/maps"], "served at the root of its address"),
        (["--workers", "0"], "--workers and --threads must be 1 or more"),
    ],
)
def test_a_wrong_setting_exits_2_with_one_line(db, capsys, args, message):
    assert main(["serve", "--port", str(_free_port()), "--database", db, *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_share_prints_a_view_and_an_edit_link_that_open_the_map(db, capsys):
    assert main(["import", str(SAMPLE), "--database", db]) == 0
    capsys.readouterr()

    url = "https://maps.example.org/"
    assert main(["share", "1", "--database", db, "--public-url", url]) == 0

    out = capsys.readouterr().out
    tokens = dict(
        re.findall(
            r"^  (view|edit) link \d+ \(.*\): https://maps\.example\.org/share/(\S+)$", out, re.M
        )
    )
    assert set(tokens) == {"view", "edit"}
    assert "only a fingerprint is kept" in out
    store = Store(db)
    view, edit = store.open_share_link(tokens["view"]), store.open_share_link(tokens["edit"])
    assert (view.map_id, view.can_edit, edit.map_id, edit.can_edit) == (1, False, 1, True)

    assert main(["share", "1", "--revoke", str(view.id), "--database", db]) == 0
    assert capsys.readouterr().out.startswith(f"Revoked the view link {view.id} to map 1,")
    assert store.open_share_link(tokens["view"]) is None
    assert store.open_share_link(tokens["edit"]) == edit

    assert main(["share", "1", "--list", "--database", db]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("Share links to map 1,")
    assert re.match(rf"^ +{edit.id}  edit  made \S+ \S+ by mapper share  works$", listed[1])
    assert re.match(rf"^ +{view.id}  view  made .* revoked \S+ \S+$", listed[2])
    store.close()


def test_share_refuses_what_is_not_there(db, capsys):
    assert main(["import", str(SAMPLE), "--database", db]) == 0
    capsys.readouterr()

    assert main(["share", "1", "--revoke", "99", "--database", db]) == 2
    assert capsys.readouterr().err == "mapper share: Map 1 has no share link 99.\n"
    assert main(["share", "7", "--database", db]) == 2
    assert "no map '7'" in capsys.readouterr().err
    assert main(["share", "1", "--only", "view", "--database", db]) == 0
    assert "  edit" not in capsys.readouterr().out


def test_the_app_has_its_callbacks_before_its_first_request():
    """Dash fills its callback table on its first request, marking that done before it is
    done (concurrent first requests got "Callback function not found"): ``create_app``
    fills it before the server listens. In a process of its own, as a server is."""
    script = (
        "from mapper.app import create_app; from mapper.store import Store; "
        "app = create_app(Store('sqlite://')); print('\\n'.join(app.callback_map))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)

    callbacks = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    assert ".._pages_content.children..._pages_store.data.." in callbacks  # the page router
    assert any("editor-add-feedback.children" in name for name in callbacks)
    assert "share-modal.is_open" in callbacks


def test_waitress_serves_the_same_app_where_gunicorn_cannot_run(db):
    env = {"MAPPER_PASSWORD": "kettle harbour violet"}
    with running_server("--database", db, "--server", "waitress", env=env) as server:
        http = requests.Session()
        signed = http.post(f"{server.url}/login", data={"password": env["MAPPER_PASSWORD"]})
        answer = DashClient(server.url, http).add_actor(1, "Waitress Food Bank")
        refused = requests.get(f"{server.url}/", headers={"Host": "attacker.example"})

    assert "(waitress, 1 process of 4 threads; with a password)" in server.output()
    assert signed.status_code == 200 and "Partnership Mapper" in signed.text
    assert answer.status_code == 200 and "Added Waitress Food Bank." in answer.text
    assert refused.status_code == 400
    store = Store(db)
    assert "Waitress Food Bank" in {node["label"] for node in store.load_map(1).nodes()}
    store.close()
