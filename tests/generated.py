"""Big maps made in code for tests of size (one generator, so CLI and app tests agree)."""

from __future__ import annotations

from mapper.graph.model import PartnershipMap

LINK_KINDS = ("communicates", "accountable_to", "influences")


def chain_map(actors: int, name: str = "Big partnership") -> PartnershipMap:
    """``actors`` organisations ``a0``, ``a1``... each linked to the next three (talks to
    the next, answers to the one after, influences the third): ``3 * actors - 6`` links,
    about as many per actor as a real map. Built with ``from_dict`` in one go."""
    nodes = [
        {"id": f"a{n}", "label": f"Actor {n}", "power": 1 + n % 5, "skills": ["finance"]}
        for n in range(actors)
    ]
    edges = [
        {"source": f"a{n}", "target": f"a{n + step}", "kind": kind}
        for step, kind in enumerate(LINK_KINDS, start=1)
        for n in range(actors - step)
    ]
    return PartnershipMap.from_dict({"map": {"name": name}, "nodes": nodes, "edges": edges})
