"""The home page's import, apart from the browser: preview first, then one save."""

from __future__ import annotations

import base64

import pytest

from mapper.app.components.picture import picture_request
from mapper.app.importing import ACCEPT, FIRST_ACTORS, preview_upload, save_upload
from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, export_map
from mapper.store import MapNotFound, Store
from tests import INTEROP
from tests.generated import chain_map


def uploaded(pmap: PartnershipMap, fmt: str = "json") -> tuple[list[str], list[str]]:
    """What ``dcc.Upload`` hands a callback for ``pmap`` written as ``fmt``."""
    data, name, mimetype = export_map(pmap, fmt)
    return [f"data:{mimetype};base64,{base64.b64encode(data).decode()}"], [name]


@pytest.fixture
def store(tmp_path) -> Store:
    opened = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    yield opened
    opened.close()


def test_preview_says_what_would_be_created_and_writes_nothing(store):
    contents, names = uploaded(chain_map(20, name="Twenty"), "kumu.xlsx")
    preview = preview_upload(contents, names)
    assert (preview.name, preview.actors, preview.links) == ("Twenty", 20, 3 * 20 - 6)
    assert preview.files == "twenty.kumu.xlsx"
    assert preview.format == "Kumu spreadsheet"
    assert [label for label, _ in preview.first] == [f"Actor {n}" for n in range(FIRST_ACTORS)]
    assert store.list_maps() == []


def test_save_creates_a_placed_map_or_replaces_one(store):
    contents, names = uploaded(chain_map(12, name="Twelve"))
    saved = save_upload(store, contents, names, into=None)
    assert (saved.name, saved.actors, saved.links, saved.replaced) == ("Twelve", 12, 30, "")
    pmap = store.load_map(saved.map_id)
    assert all(node.get("x") is not None for node in pmap.nodes())  # opens the same everywhere
    other = store.create_map(PartnershipMap(name="Old"))
    replaced = save_upload(store, contents, names, into=other)
    assert (replaced.map_id, replaced.replaced) == (other, "Old")
    assert len(store.load_map(other).graph) == 12


def test_replacing_a_deleted_map_fails_and_saves_nothing(store):
    contents, names = uploaded(chain_map(3))
    with pytest.raises(MapNotFound):
        save_upload(store, contents, names, into=99)
    assert store.list_maps() == []


def test_bad_uploads_raise_with_every_problem(store):
    with pytest.raises(ImportFailed, match="the upload arrived damaged"):
        preview_upload(["data:application/json;base64,@@@"], ["map.json"])
    bad = b'{"format": "partnership-map", "nodes": [{"id": "a", "power": 9}, {"id": "b", "power": 0}]}'
    contents = ["data:application/json;base64," + base64.b64encode(bad).decode()]
    with pytest.raises(MapValidationError) as caught:
        save_upload(store, contents, ["bad.json"], into=None)
    assert len(caught.value.problems) == 2
    assert store.list_maps() == []


def test_an_upload_nothing_could_be_read_from_is_refused_before_the_preview(store):
    elements = b'{"elements": [{"group": "edges", "data": {"weight": 1}}]}'
    contents = ["data:application/json;base64," + base64.b64encode(elements).decode()]
    with pytest.raises(ImportFailed, match=r"^elements\.cyjs: nothing could be read, so nothing"):
        preview_upload(contents, ["elements.cyjs"])
    with pytest.raises(ImportFailed):
        save_upload(store, contents, ["elements.cyjs"], into=None)
    assert store.list_maps() == []


def test_the_upload_offers_every_sample_file_type():
    suffixes = {p.suffix for p in INTEROP.glob("*/*") if p.name != "SOURCES.md"}
    assert suffixes <= set(ACCEPT.split(","))


def test_picture_request_for_cytoscape():
    request = picture_request("png", "Riverside Carers")
    assert request["type"] == "png" and request["action"] == "download"
    assert request["filename"] == "riverside-carers"
    assert request["options"]["full"] is True
    assert picture_request("svg", "  ")["filename"] == "partnership-map"
    with pytest.raises(ValueError, match="unknown picture format 'gif'"):
        picture_request("gif", "x")
