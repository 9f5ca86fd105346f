"""The wheel works on its own: built from the sources, installed in a fresh venv, and run
from a folder outside the checkout, as a user who typed ``pip install`` would run it.

The venv gets only the wheel (``--no-deps``); the libraries it needs come from the test
interpreter's site-packages through a ``.pth`` file, which adds those folders without
running their ``.pth`` files, so the checkout's editable install stays out of reach.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests import INTEROP, ROOT, SAMPLE_MAPS
from tests.app.conftest import watched_page

pytestmark = [pytest.mark.slow, pytest.mark.browser]

SAMPLE_NAMES = list(  # in file-name order, the order they are added in
    json.loads(path.read_text("utf-8"))["map"]["name"]
    for path in sorted(SAMPLE_MAPS.glob("*.json"))
)


def check(*args: object, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def user(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(a folder outside the checkout with the installed venv in it, its environment)."""
    work = tmp_path_factory.mktemp("installed")
    source = work / "source"  # what the build may use: nothing beside these
    shutil.copytree(
        ROOT / "mapper", source / "mapper", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    # What an earlier `pip install .` of an older version left behind in the checkout: a
    # page deleted since. It must not be built into the wheel (setuptools did, and the
    # app then failed to start).
    stale = source / "build" / "lib" / "mapper" / "app" / "pages" / "stale.py"
    stale.parent.mkdir(parents=True)
    stale.write_text(
        "import dash\n"
        'dash.register_page(__name__, path="/stale")\n'
        'raise RuntimeError("a page left in build/ by an earlier install")\n'
    )
    pip = (sys.executable, "-m", "pip")
    check(*pip, "wheel", "-q", "--no-deps", "-w", work / "dist", source, cwd=work)
    [wheel] = (work / "dist").glob("partnership_mapper-*.whl")

    venv = work / "venv"
    check(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    python = venv / "bin" / "python"
    site = Path(
        check(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=work
        ).strip()
    )
    paths = sysconfig.get_paths()
    (site / "test-libraries.pth").write_text(f"{paths['purelib']}\n{paths['platlib']}\n")
    check(*pip, "--python", python, "install", "-q", "--no-deps", wheel, cwd=work)

    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env |= {"MAPPER_DATA_DIR": str(work / "data"), "PYTHONUNBUFFERED": "1"}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    return work, env


def test_mapper_runs_from_the_wheel_not_the_checkout(user):
    work, env = user
    where = check(
        "python",
        "-c",
        "import mapper.content as c; print(c.__file__); print(c.DEFAULT_DIRECTORY)",
        cwd=work,
        env=env,
    )
    for line in where.splitlines():
        assert line.startswith(str(work / "venv")), line


def test_analyse_a_map_file(user):
    work, env = user
    shutil.copy(SAMPLE_MAPS / "health-social-care-kickoff.json", work / "kickoff.json")
    out = check("mapper", "analyse", "kickoff.json", "--today", "2026-09-15", cwd=work, env=env)
    assert out.startswith("Health check: Carronvale Home and Wellbeing Partnership\n")
    assert "P1 CLEAR PURPOSE" in out


def test_convert_a_kumu_workbook(user):
    work, env = user
    shutil.copy(INTEROP / "kumu" / "paypal-mafia.xlsx", work)
    out = check("mapper", "convert", "paypal-mafia.xlsx", "paypal.json", cwd=work, env=env)
    assert "Read paypal-mafia.xlsx as Kumu spreadsheet." in out
    assert "Created 34 actors and 49 links." in out
    assert len(json.loads((work / "paypal.json").read_text("utf-8"))["nodes"]) == 34


def test_serve_lists_the_samples_on_the_home_page_then_stops_on_ctrl_c(user, browser):
    work, env = user
    server = subprocess.Popen(
        ["mapper", "serve", "--port", "0"], cwd=work, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        lines = [server.stdout.readline() for _ in range(3)]
        assert lines[1] == "First run: added 2 sample maps.\n", lines
        url = re.match(r"Open (http://\S+)/ in your browser", lines[2]).group(1)
        with watched_page(browser, url) as page:
            page.goto("/")
            for name in SAMPLE_NAMES:
                page.get_by_text(name).first.wait_for(timeout=30_000)
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    out = check("mapper", "analyse", "1", "--today", "2026-09-15", cwd=work, env=env)
    assert out.startswith(f"Health check: {SAMPLE_NAMES[0]}\n")
