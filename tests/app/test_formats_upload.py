"""The app's import previews every network format of issue 12, from the real files in
``tests/data/formats``: the same format, actors and links as the command line reads."""

import base64
from pathlib import Path

import pytest

from mapper.app.importing import preview_upload
from mapper.io import read_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


@pytest.mark.parametrize(
    ("relative", "fmt"),
    [
        ("nodexl/nodexl-teaching-abc-d.xlsx", "NodeXL workbook"),
        ("ucinet/fullmatrix4.dl", "UCINET DL"),
        ("pajek/sampson-arcslist.net", "Pajek"),
        ("gml/karate.gml", "GML"),
        ("gephi/gephi-0.10-json-mixed.json", "Gephi JSON"),
        ("cytoscape/gal-nodes-edges-top-level.json", "Cytoscape JSON"),
    ],
)
def test_the_app_previews_each_new_format(relative, fmt):
    path = DATA / relative
    upload = "data:application/octet-stream;base64," + base64.b64encode(path.read_bytes()).decode()
    preview = preview_upload([upload], [path.name])
    expected = read_paths(path).map.graph
    size = (expected.number_of_nodes(), expected.number_of_edges())
    assert (preview.format, preview.actors, preview.links) == (fmt, *size)
