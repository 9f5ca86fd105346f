"""The sample maps a new user finds on first run, shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable

from mapper.graph.model import PartnershipMap
from mapper.store.store import Store

__all__ = ["SAMPLE_DIR", "sample_files", "seed_samples"]

# Read through importlib.resources, so an installed wheel finds its own copy.
SAMPLE_DIR: Traversable = resources.files("mapper") / "data" / "samples"


def sample_files(folder: Traversable = SAMPLE_DIR) -> list[Traversable]:
    """The native JSON sample maps in ``folder``, by file name."""
    return sorted(
        (item for item in folder.iterdir() if item.is_file() and item.name.endswith(".json")),
        key=lambda item: item.name,
    )


def seed_samples(store: Store, folder: Traversable = SAMPLE_DIR) -> list[int]:
    """Add one map per sample file to a database that has never had its samples and has
    no maps (see :meth:`Store.seed_once`); returns the new maps' ids.

    Every file is read and validated before the first map is saved, so a broken or
    missing sample stops the seeding with its error and the next start tries again.
    """

    def read() -> list[PartnershipMap]:
        paths = sample_files(folder)
        if not paths:
            raise FileNotFoundError(f"no sample maps in {folder}")
        return [
            PartnershipMap.from_dict(json.loads(path.read_text(encoding="utf-8")), source=path.name)
            for path in paths
        ]

    return store.seed_once(read, who="sample data")
