"""The upload limit, through the running app's real HTTP upload and in the browser.

Requests are built from the app's own callback table (``/_dash-dependencies``), the way
dash-renderer builds them, so a small upload gets its preview and a big one is refused:
the same request, only bigger.
"""

from __future__ import annotations

import base64
import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from mapper.app import ids
from mapper.app.importing import preview_upload
from mapper.app.library import decode_uploads
from mapper.graph.model import PartnershipMap
from mapper.io import ImportFailed, export_map
from mapper.io.register import Choices
from mapper.store import Store
from tests.app.conftest import watched_page
from tests.io.test_limits import far_cell_workbook

MB = 1_000_000
TOO_BIG = 413


def _upload_callback(base_url: str) -> dict:
    """The server callback that previews an upload, as the app lists it."""
    status, body = _request(base_url, "GET", "/_dash-dependencies")
    assert status == 200
    (found,) = [
        d
        for d in json.loads(body)
        if d["clientside_function"] is None
        and {"id": ids.HOME_UPLOAD, "property": "contents"} in d["inputs"]
    ]
    return found


def _request(base_url: str, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    host = urlsplit(base_url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def upload_request(callback: dict, name: str, data: bytes) -> bytes:
    """The body dash-renderer posts when ``name`` is dropped on the upload box."""
    outputs = []
    for part in callback["output"].strip(".").split("..."):
        component, prop = part.split(".", 1)
        outputs.append({"id": component, "property": prop})
    content = "data:application/octet-stream;base64," + base64.b64encode(data).decode("ascii")
    return json.dumps(
        {
            "output": callback["output"],
            "outputs": outputs,
            "inputs": [{"id": ids.HOME_UPLOAD, "property": "contents", "value": [content]}],
            "state": [{"id": ids.HOME_UPLOAD, "property": "filename", "value": [name]}],
            "changedPropIds": [f"{ids.HOME_UPLOAD}.contents"],
        }
    ).encode()


def _small_map() -> bytes:
    pmap = PartnershipMap(name="Uploaded partnership")
    pmap.add_node(label="Alpha Trust")
    return export_map(pmap, "json")[0]


def test_a_67_mb_upload_is_refused_unread_and_saves_nothing(base_url: str, store: Store):
    callback = _upload_callback(base_url)
    before = store.list_maps()
    status, body = _request(
        base_url,
        "POST",
        "/_dash-update-component",
        upload_request(callback, "m.json", _small_map()),
    )
    assert status == 200 and "Uploaded partnership" in body.decode()  # the same request, small
    big = _small_map() + b" " * (67 * MB)  # valid JSON still: only its size is wrong
    status, _ = _request(
        base_url, "POST", "/_dash-update-component", upload_request(callback, "big.json", big)
    )
    assert status == TOO_BIG
    assert store.list_maps() == before


def test_an_upload_under_the_request_limit_but_over_the_file_limit_is_refused_before_decoding(
    monkeypatch,
):
    """The request limit leaves room for base64 and the callback around it; the files in
    it are measured again, from the length of their base64, before any is decoded."""
    monkeypatch.setenv("MAPPER_MAX_UPLOAD_MB", "1")
    content = "data:text/csv;base64," + base64.b64encode(b"label\n" * 200_000).decode()
    with pytest.raises(ImportFailed) as refused:
        decode_uploads([content], ["nodes.csv"])
    assert str(refused.value) == "nodes.csv: the file is 1.2 MB; files up to 1 MB can be imported"


def test_a_far_cell_workbook_read_as_a_stakeholder_register_is_refused_before_calamine():
    """The register preview reads the upload itself (with the user's choices): it passes
    the same workbook guard as every other import."""
    data = far_cell_workbook()
    content = "data:application/octet-stream;base64," + base64.b64encode(data).decode()
    with pytest.raises(ImportFailed, match="a sheet reaches cell XFD1048576"):
        preview_upload([content], ["register.xlsx"], Choices(sheet="nodes"))


@pytest.mark.browser
def test_the_page_says_at_once_that_a_file_is_too_big(browser, base_url, store, tmp_path: Path):
    before = store.list_maps()
    path = tmp_path / "big.json"
    path.write_bytes(_small_map() + b" " * (21 * MB))
    refused: list[int] = []
    # The browser and dash-renderer log the server's refusal (HTTP 413); nothing else may.
    expected = (
        f"Failed to load resource: the server responded with a status of {TOO_BIG}",
        f"{{message: Callback error updating ..{ids.HOME_FEEDBACK}.children",
    )
    with watched_page(browser, base_url, expected=expected) as page:
        page.on("response", lambda r: refused.append(r.status) if r.status == TOO_BIG else None)
        page.goto("/")
        assert page.locator(".upload-limit").inner_text().strip() == "Files up to 20 MB."
        page.locator(f"#{ids.HOME_UPLOAD} input[type=file]").set_input_files(str(path))
        alert = page.locator(".import-too-big")
        alert.wait_for()
        assert alert.inner_text() == (
            "Could not import big.json (21.0 MB): files up to 20 MB can be imported. "
            "Nothing was saved."
        )
        page.wait_for_timeout(500)
        assert refused == [TOO_BIG]
        assert alert.is_visible()  # the refused preview did not replace the message
    assert store.list_maps() == before
