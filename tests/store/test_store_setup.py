"""Opening a store: where its file goes, creating or upgrading the tables, first-run samples."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mapper.graph.model import MapValidationError
from mapper.store import SchemaError, Store
from mapper.store.schema import SCHEMA_VERSION, UPGRADES
from mapper.store.seed import sample_files, seed_samples

# The prototype's layout (schema version 0), written out by hand: no version counter on
# maps, no change log, reviews or ticks. {serial} and {stamp} differ between databases.
VERSION_0 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE maps (id {serial} PRIMARY KEY, name TEXT NOT NULL, purpose TEXT NOT NULL,
  date VARCHAR(10), notes TEXT NOT NULL, skills_needed TEXT NOT NULL,
  created_at {stamp} NOT NULL, updated_at {stamp} NOT NULL);
CREATE TABLE nodes (map_id INTEGER NOT NULL REFERENCES maps (id), node_id TEXT NOT NULL,
  ord INTEGER NOT NULL, attrs TEXT NOT NULL, PRIMARY KEY (map_id, node_id));
CREATE TABLE edges (map_id INTEGER NOT NULL REFERENCES maps (id), edge_id TEXT NOT NULL,
  ord INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, attrs TEXT NOT NULL,
  PRIMARY KEY (map_id, edge_id));
INSERT INTO schema_version VALUES (0);
INSERT INTO maps (name, purpose, notes, skills_needed, created_at, updated_at)
  VALUES ('Old map', 'From the prototype', '', '["finance"]',
          '2024-05-01 10:00:00', '2024-05-01 10:00:00');
INSERT INTO nodes VALUES (1, 'lead', 0, '{"label": "Lead Charity", "kind": "organisation"}');
INSERT INTO nodes VALUES (1, 'funder', 1, '{"label": "Funder", "kind": "organisation"}');
INSERT INTO edges VALUES (1, 'e1', 0, 'lead', 'funder', '{"kind": "accountable_to"}');
"""


def _run_sql(url: str, script: str) -> None:
    engine = create_engine(url)
    postgres = engine.dialect.name == "postgresql"
    script = script.replace("{serial}", "SERIAL" if postgres else "INTEGER")
    script = script.replace("{stamp}", "TIMESTAMP" if postgres else "DATETIME")
    with engine.begin() as conn:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(text(statement))
    engine.dispose()


def _schema_version(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar_one()
    engine.dispose()
    return version


def test_a_version_0_database_is_upgraded_on_open_and_keeps_its_maps(db_url, open_store):
    _run_sql(db_url, VERSION_0)

    store = open_store()

    assert _schema_version(db_url) == SCHEMA_VERSION
    assert store.load_map(1).to_dict() == {
        "format": "partnership-map",
        "version": 1,
        "map": {"name": "Old map", "purpose": "From the prototype", "skills_needed": ["finance"]},
        "nodes": [
            {"id": "lead", "label": "Lead Charity", "kind": "organisation"},
            {"id": "funder", "label": "Funder", "kind": "organisation"},
        ],
        "edges": [{"id": "e1", "source": "lead", "target": "funder", "kind": "accountable_to"}],
    }
    # What version 1 added works on the upgraded map: version counter, undo, ticks.
    version = store.map_version(1)
    store.add_node(1, {"label": "Volunteers", "kind": "group"})
    assert store.map_version(1) > version
    assert store.undo(1).description == "added Volunteers"
    store.set_tick(1, "R.1", True)
    assert list(open_store().ticks(1)) == ["R.1"]
    assert _schema_version(db_url) == SCHEMA_VERSION
    assert seed_samples(store) == []  # a database with maps gets no samples


def test_a_database_from_a_newer_version_is_refused_untouched(db_url):
    _run_sql(db_url, "CREATE TABLE schema_version (version INTEGER NOT NULL);")
    _run_sql(db_url, "INSERT INTO schema_version VALUES (99)")

    with pytest.raises(SchemaError, match="newer Partnership Mapper"):
        Store(db_url)
    assert _schema_version(db_url) == 99


def test_a_database_with_someone_elses_maps_table_is_refused(db_url):
    _run_sql(db_url, "CREATE TABLE maps (id INTEGER PRIMARY KEY, title TEXT);")

    with pytest.raises(SchemaError, match="not made by Partnership Mapper"):
        Store(db_url)


def test_the_default_database_lives_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("MAPPER_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Store.default_url() == (
        f"sqlite:///{tmp_path}/home/.local/share/partnership-mapper/maps.db"
    )

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Store.default_url() == f"sqlite:///{tmp_path}/xdg/partnership-mapper/maps.db"

    monkeypatch.setenv("MAPPER_DATA_DIR", str(tmp_path / "new" / "folder"))
    url = Store.default_url()
    assert url == f"sqlite:///{tmp_path}/new/folder/maps.db"

    store = Store(url)  # the folder does not exist yet: opening makes it
    assert store.list_maps() == []
    store.close()
    assert (tmp_path / "new" / "folder" / "maps.db").is_file()


def _write_sample(folder: Path, name: str, document: object) -> None:
    (folder / name).write_text(json.dumps(document), encoding="utf-8")


def test_samples_are_seeded_once_into_an_empty_store(store: Store, tmp_path):
    _write_sample(tmp_path, "b.json", {"map": {"name": "B"}, "nodes": [{"label": "Hub"}]})
    _write_sample(tmp_path, "a.json", {"map": {"name": "A"}})
    (tmp_path / "notes.txt").write_text("not a map")

    ids = seed_samples(store, tmp_path)

    assert sorted(store.load_map(i).name for i in ids) == ["A", "B"]
    assert store.history(ids[0])[0]["who"] == "sample data"
    assert seed_samples(store, tmp_path) == []
    assert len(store.list_maps()) == 2


def test_samples_do_not_come_back_after_every_map_is_deleted(store: Store, open_store, tmp_path):
    _write_sample(tmp_path, "a.json", {"map": {"name": "A"}})
    [map_id] = seed_samples(store, tmp_path)
    store.delete_map(map_id)
    reopened = open_store()  # the next start of the app, on the same database
    assert seed_samples(reopened, tmp_path) == []
    assert reopened.list_maps() == []


def test_a_broken_sample_seeds_nothing_and_the_next_start_seeds(store, open_store, tmp_path):
    _write_sample(tmp_path, "a.json", {"map": {"name": "A"}})
    _write_sample(tmp_path, "b.json", {"nodes": [{"label": "Hub", "power": 7}]})

    with pytest.raises(MapValidationError, match=r"b\.json"):
        seed_samples(store, tmp_path)
    assert store.list_maps() == []

    _write_sample(tmp_path, "b.json", {"map": {"name": "B"}})  # the next start, mended
    assert len(seed_samples(open_store(), tmp_path)) == 2
    assert sorted(m.name for m in store.list_maps()) == ["A", "B"]


def test_a_first_start_without_samples_leaves_them_due(store, open_store, tmp_path):
    """An install that lost its sample files fails the first start instead of marking the
    samples done, so the start after a repair adds them."""
    with pytest.raises(FileNotFoundError, match="no sample maps"):
        seed_samples(store, tmp_path)
    with pytest.raises(FileNotFoundError):
        seed_samples(store, tmp_path / "missing")

    assert len(seed_samples(open_store())) == len(sample_files())
    assert seed_samples(open_store()) == []


def test_two_workers_starting_together_add_the_samples_once(open_store):
    first, second = open_store(), open_store()
    with ThreadPoolExecutor(2) as pool:
        added = list(pool.map(seed_samples, (first, second)))
    assert sorted(len(ids) for ids in added) == [0, len(sample_files())]
    assert len(first.list_maps()) == len(sample_files())


def test_an_empty_version_1_database_gets_the_samples_on_its_next_start(db_url, open_store):
    """Version 1 seeded only in the run that made the database: one whose first start
    failed stayed empty. The upgrade marks it as due; one with maps as done."""
    _run_sql(db_url, VERSION_0.split("INSERT INTO maps")[0])
    engine = create_engine(db_url)
    with engine.begin() as conn:
        UPGRADES[0](conn)
        conn.execute(text("UPDATE schema_version SET version = 1"))
    engine.dispose()

    assert len(seed_samples(open_store())) == len(sample_files())
    assert _schema_version(db_url) == SCHEMA_VERSION
    assert seed_samples(open_store()) == []


def test_every_shipped_sample_seeds(store: Store):
    files = sample_files()
    assert {path.name for path in files} >= {
        "community-planning.json",
        "health-social-care-kickoff.json",
    }

    ids = seed_samples(store)

    for path, map_id in zip(files, ids, strict=True):
        document = json.loads(path.read_text(encoding="utf-8"))
        loaded = store.load_map(map_id).to_dict()
        assert loaded["map"]["name"] == document["map"]["name"]
        assert len(loaded["nodes"]) == len(document["nodes"]), path.name
