"""Every store test runs twice: on an SQLite file and on the PostgreSQL server on this machine.

PostgreSQL tests get a schema of their own, dropped afterwards, so they leave nothing
behind and never meet another run's tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest

from mapper.graph.model import PartnershipMap
from mapper.store import Store

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def _pg_admin() -> psycopg.Connection:
    try:
        return psycopg.connect(PG_DSN, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 (database 'test') is not reachable: {error}")


@contextmanager
def pg_schema(prefix: str) -> Iterator[str]:
    """The URL of a PostgreSQL schema of its own, dropped afterwards."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{PG_URL}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """The URL of an empty database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'maps.db'}"
        return
    with pg_schema("test_store") as url:
        yield url


@pytest.fixture
def open_store(db_url: str) -> Iterator[Callable[[], Store]]:
    """Opens another ``Store`` on the same database, as a restarted server or a second
    worker would; all are closed at the end."""
    opened: list[Store] = []

    def opener() -> Store:
        opened.append(Store(db_url))
        return opened[-1]

    yield opener
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], Store]) -> Store:
    return open_store()


def riverside() -> PartnershipMap:
    """A hand-made 4-actor, 4-link map; Riverside Trust has 3 links and employs Jo."""
    pmap = PartnershipMap(
        name="Riverside Carers Partnership",
        purpose="Carers get support early",
        date="2025-03-01",
        skills_needed=["evaluation"],
    )
    pmap.add_node(label="Riverside Trust", role="lead partner", sector="third", x=10.0, y=20.5)
    pmap.add_node(label="City Council", role="partner", sector="public", power=5, interest=3)
    pmap.add_node(label="Carers Forum", kind="forum", skills=["listening", "lived experience"])
    pmap.add_node(
        label="Jo Smith", kind="person", organisation="riverside-trust", level="strategic"
    )
    pmap.add_edge("riverside-trust", "city-council", "accountable_to", scope="grant outcomes")
    pmap.add_edge("city-council", "riverside-trust", "resource", resource="funding", amount=50000)
    pmap.add_edge("jo-smith", "carers-forum", "member_of", role="chair", voting=True)
    pmap.add_edge("riverside-trust", "city-council", "communicates", mutual=True)
    return pmap


@pytest.fixture
def make_map() -> Callable[[], PartnershipMap]:
    """A fresh copy of the hand-made map for each call."""
    return riverside


@pytest.fixture
def map_id(store: Store) -> int:
    return store.create_map(riverside(), who="Sam")
