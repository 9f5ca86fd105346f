"""The native JSON format round-trips and refuses broken documents clearly."""

import json

import pytest

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, export_map, read_bytes


def test_export_then_import_is_lossless():
    pmap = PartnershipMap(
        name="Kickoff", purpose="Better care at home", skills_needed=["evaluation"]
    )
    pmap.add_node(label="Lead", role="lead partner", tags=["kickoff"], x=1.5, y=-2)
    pmap.add_node(label="Funder", category="funder", legitimacy=4)
    pmap.add_edge("lead", "funder", "accountable_to", scope="grant", formal=True)
    data, filename, mimetype = export_map(pmap, "json")
    assert (filename, mimetype) == ("kickoff.json", "application/json")
    assert read_bytes(data, filename).map.to_dict() == pmap.to_dict()


def test_broken_json_says_where():
    with pytest.raises(ImportFailed, match=r"map.json: not valid JSON \(line 2, column 1"):
        read_bytes(b'{"format": "partnership-map",\n}', "map.json")


def test_every_problem_in_a_document_is_listed():
    document = {
        "format": "partnership-map",
        "version": 1,
        "map": {"name": "X"},
        "nodes": [{"id": "a", "kind": "planet"}, {"id": "b", "power": 0}],
        "edges": [{"source": "a", "target": "b"}],
    }
    with pytest.raises(MapValidationError) as caught:
        read_bytes(json.dumps(document).encode(), "x.json")
    found = [str(p) for p in caught.value.problems]
    assert found[0].startswith("node 1, column 'kind': 'planet' is not valid")
    assert found[1].startswith("node 2, column 'power': 0 is not valid")
    assert (
        found[2]
        == "edge 1, column 'kind': expected one of: accountable_to, communicates, resource, member_of, influences"
    )
