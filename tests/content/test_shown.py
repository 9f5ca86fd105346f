"""Every content file is shown somewhere in the app (as datasette's documentation test
keeps its docs complete): each file's items are looked for, word for word, in the pages
the app serves for a map, requested as the browser requests them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mapper.content import (
    DEFAULT_DIRECTORY,
    VOCABULARY_GROUPS,
    Content,
    glossary,
    load_content,
)
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.app.conftest import base_url, store  # noqa: F401 - fixtures: the served app
from tests.app.dash_http import DashClient

# Files whose words a user does not read as such, and why.
NOT_SHOWN = {
    "import_mapping.yaml": "the column names an import recognises: read by the importer",
}
PAGES = ("compass", "principles")  # the views of a map where the Compass is shown


def _principles(content: Content) -> Iterator[str]:
    for p in content.principles:
        yield from (p.title, p.statement, p.summary)
        yield from (item.text for item in p.items)
        yield from (extra.title for extra in p.lists)


def _words(content: Content) -> dict[str, list[str]]:
    """file -> every text of it a user should find in the app."""
    intros = content.intros
    return {
        "principles.yaml": list(_principles(content)),
        "tools.yaml": [text for t in content.tools for text in (t.title, t.what)],
        "readiness.yaml": [intros["readiness"], *(i.text for i in content.readiness)],
        "benefits_challenges.yaml": [
            intros["benefits"],
            intros["challenges"],
            *(i.text for i in (*content.benefits, *content.challenges)),
        ],
        "processes.yaml": [
            intros["processes"],
            *(text for s in content.processes for text in (s.title, *(i.text for i in s.items))),
        ],
        "risks.yaml": [
            intros["assumptions"],
            intros["risks"],
            *(i.text for i in (*content.assumptions, *content.risks)),
        ],
        "support.yaml": [
            intros["support"],
            *(text for s in content.support for text in (s.name, s.what)),
        ],
        "foundation.yaml": [intros["foundation"], *(i.text for i in content.foundation)],
        "rules.yaml": [text for r in content.rules.values() for text in (r.name, r.why)],
        "vocabulary.yaml": [
            term.help
            for group in VOCABULARY_GROUPS
            for term in content.vocabulary.terms[group].values()
        ],
        "glossary.yaml": [text for word in glossary().values() for text in (word.term, word.means)],
    }


def _strings(value: Any) -> Iterator[str]:
    """Every text in a page's component tree, as Dash sends it."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def shown(base_url: str, store: Store) -> str:  # noqa: F811 - the fixtures above
    """All the text of the map's Compass views, one string."""
    map_id = store.create_map(PartnershipMap(name="Shown test"))
    client = DashClient(base_url)
    texts = []
    for view in PAGES:
        answer = client.page(f"/maps/{map_id}/{view}")
        assert answer.status_code == 200, answer.text[:300]
        texts += _strings(answer.json())
    return "\n".join(texts)


def test_every_content_file_is_placed_or_said_why_not():
    files = {entry.name for entry in DEFAULT_DIRECTORY.iterdir() if entry.name.endswith(".yaml")}
    assert files == set(_words(load_content())) | set(NOT_SHOWN)


@pytest.mark.parametrize("file", sorted(_words(load_content())))
def test_every_item_of_a_content_file_is_shown(shown: str, file: str):
    missing = [text for text in _words(load_content())[file] if text not in shown]
    assert missing == [], f"{file}: {len(missing)} item(s) shown nowhere"


def test_the_compass_page_signposts_support_from_the_findings_it_helps_with(shown: str):
    content = load_content()
    helped = {org.id for rule in content.rules.values() for org in content.supporters(rule.id)}
    assert len(helped) >= 10  # of the 12 the Compass names
    for org in content.support:
        assert org.name in shown
    assert "Helps with the health check's findings on: " in shown
