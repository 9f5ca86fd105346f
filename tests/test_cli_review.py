"""``mapper snapshot``, ``snapshots`` and ``diff``, and ``import --into`` read as changes, as a
user runs them on an SQLite file of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.graph.model import PartnershipMap
from mapper.store import Store
from tests.store.conftest import riverside


@pytest.fixture
def db(tmp_path: Path) -> str:
    store = Store(f"sqlite:///{tmp_path / 'maps.db'}")
    store.create_map(riverside())
    store.close()
    return f"sqlite:///{tmp_path / 'maps.db'}"


def _edit(db: str) -> None:
    store = Store(db)
    store.add_node(1, {"label": "Food Bank", "role": "partner"})
    store.update_node(1, "city-council", {"power": 2})
    store.delete_edge(1, "e4")
    store.close()


def test_a_snapshot_is_taken_listed_and_refused_twice(db, capsys):
    assert main(["snapshot", "1", "Kickoff", "--database", db]) == 0
    assert "Took the snapshot 'Kickoff' of map 1, 'Riverside Carers Partnership'" in (
        capsys.readouterr().out
    )
    assert main(["snapshot", "Riverside Carers Partnership", "kickoff", "--database", db]) == 2
    assert "already has a snapshot named 'Kickoff'" in capsys.readouterr().err

    assert main(["snapshots", "1", "--database", db]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.endswith("Kickoff  (named by mapper snapshot)")


def test_a_map_without_snapshots_says_so(db, capsys):
    assert main(["snapshots", "1", "--database", db]) == 0
    assert (
        capsys.readouterr().out == "Map 1, 'Riverside Carers Partnership', has no snapshots yet\n"
    )


def test_diff_as_text_names_what_was_added_removed_and_changed(db, capsys):
    main(["snapshot", "1", "Kickoff", "--database", db])
    _edit(db)
    capsys.readouterr()

    assert main(["diff", "1", "Kickoff", "now", "--database", db]) == 0

    out = capsys.readouterr().out
    assert "From Kickoff (" in out
    assert "- Added: Food Bank" in out
    assert "- Changed: City Council: power 5 → 2" in out
    assert "- Removed: Riverside Trust → City Council (communicates)" in out
    assert "Parties the lead partner reaches: 100% → " in out  # the only channel went


def test_diff_as_json_has_actors_links_and_findings(db, capsys):
    main(["snapshot", "1", "Kickoff", "--database", db])
    _edit(db)
    capsys.readouterr()

    assert main(["diff", "1", "Kickoff", "now", "--format", "json", "--database", db]) == 0

    data = json.loads(capsys.readouterr().out)
    assert data["actors"]["added"] == [{"id": "food-bank", "label": "Food Bank"}]
    assert data["actors"]["changed"][0]["fields"] == [{"field": "power", "from": 5, "to": 2}]
    assert [link["id"] for link in data["links"]["removed"]] == ["e4"]
    assert set(data["findings"]) == {"appeared", "resolved"}
    assert data["findings"]["appeared"]  # the council is no longer talked with


def test_diff_as_markdown_and_between_dates(db, capsys):
    _edit(db)
    capsys.readouterr()

    assert main(["diff", "1", "now", "now", "--format", "markdown", "--database", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# What changed: Riverside Carers Partnership\n")
    assert "- Nothing changed between these two moments." in out
    assert main(["diff", "1", "2000-01-01", "now", "--database", db]) == 2
    assert "there is nothing to show before then" in capsys.readouterr().err
    assert main(["diff", "1", "Lunch", "now", "--database", db]) == 2
    assert "'Lunch' is not a snapshot of this map" in capsys.readouterr().err


def test_an_updated_spreadsheet_imported_into_the_map_diffs_as_changes(tmp_path, capsys):
    """The spreadsheet has no ids, and the map's ids are not its names: actors are matched
    by name, links by their ends, so only what really changed shows."""
    db = f"sqlite:///{tmp_path / 'maps.db'}"
    store = Store(db)
    pmap = PartnershipMap(name="Riverside")
    pmap.add_node(id="lead", label="Riverside Trust", role="lead partner")
    pmap.add_node(id="council", label="City Council", role="partner", power=5)
    pmap.add_node(id="forum", label="Carers Forum", kind="forum")
    pmap.add_edge("lead", "council", "communicates", mutual=True)
    pmap.add_edge("council", "lead", "resource", resource="funding")
    store.create_map(pmap)
    store.close()
    main(["snapshot", "1", "Before", "--database", db])
    nodes, edges = tmp_path / "nodes.csv", tmp_path / "edges.csv"
    nodes.write_text(
        "label,kind,role,power\n"
        "Riverside Trust,organisation,lead partner,\n"
        "city council,organisation,partner,2\n"
        "Carers Forum,forum,,\n"
        "Food Bank,organisation,partner,\n"
    )
    edges.write_text(
        "source,target,kind,mutual,resource\n"
        "Riverside Trust,city council,communicates,yes,\n"
        "city council,Riverside Trust,resource,,funding\n"
        "Food Bank,Riverside Trust,communicates,,\n"
    )

    assert main(["import", str(nodes), str(edges), "--into", "1", "--database", db]) == 0
    assert "actors matched by id or name" in capsys.readouterr().out
    assert main(["diff", "1", "Before", "now", "--format", "json", "--database", db]) == 0

    data = json.loads(capsys.readouterr().out)
    assert data["actors"]["added"] == [{"id": "food-bank", "label": "Food Bank"}]
    assert data["actors"]["removed"] == []
    assert data["actors"]["changed"] == [
        {
            "id": "council",
            "label": "city council",
            "fields": [
                {"field": "label", "from": "City Council", "to": "city council"},
                {"field": "power", "from": 5, "to": 2},
            ],
        }
    ]
    assert [link["label"] for link in data["links"]["added"]] == [
        "Food Bank → Riverside Trust (communicates)"
    ]
    assert data["links"]["removed"] == [] and data["links"]["changed"] == []
