"""The sample maps a new user finds on first run."""

from __future__ import annotations

import json
from pathlib import Path

from mapper.graph.model import PartnershipMap
from mapper.store.store import Store

__all__ = ["SAMPLE_DIR", "seed_samples"]

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample_data"


def seed_samples(store: Store, folder: Path = SAMPLE_DIR) -> list[int]:
    """Create one map per native JSON file in ``folder`` in a database made by this run
    (``store.created``) that has no maps yet; returns the new maps' ids.

    Every file is read and validated before the first map is saved, so a broken sample
    stops the seeding with its error instead of leaving half the samples in.
    """
    if not store.created or store.list_maps():
        return []
    samples = [
        PartnershipMap.from_dict(json.loads(path.read_text(encoding="utf-8")), source=path.name)
        for path in sorted(folder.glob("*.json"))
    ]
    return [store.create_map(pmap, who="sample data") for pmap in samples]
