"""Numbers for display, each with what it rests on: grid, salience, power ranks, dependence,
reciprocity, concentration and a per-principle summary of findings.

Scores move a lot on small maps, so power is shown as ranks, and every block carries a
``rests_on`` line a reader can check against the map.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from mapper.graph.communication import cut_parts
from mapper.graph.kernels import bridges, reciprocity
from mapper.graph.power import (
    degree_centralization,
    dependence_graph,
    gini,
    quadrant,
    ranks,
    salience,
    structural_power,
)
from mapper.graph.resources import DEFAULT_IMPORTANCE, dependence
from mapper.graph.rules import PRINCIPLES, SEVERITIES, Finding, MapView

__all__ = ["SMALL_MAP", "metrics", "principle_summary"]

SMALL_MAP = 30  # below this many actors, results rest on the links recorded so far


def principle_summary(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """How many findings of each severity bear on each principle (a finding counts under
    every principle it evidences; "not enough data" notes are left out)."""
    summary = {p: dict.fromkeys(SEVERITIES, 0) for p in PRINCIPLES}
    for item in findings:
        if item.not_enough_data:
            continue
        for principle in item.principles:
            summary[principle][item.severity] += 1
    return summary


def metrics(view: MapView, params: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Every measure the app and reports show, as JSON-able data."""
    high = params["salience-mismatch"]["high"]
    return {
        "actors": _actors(view, high),
        "grid": {
            "rule": f"power and interest of {high} or more (on 1-5) count as high",
            "rests_on": "the power and interest recorded on each actor",
        },
        "structural_power": {
            "method": "PageRank on who depends on whom, shown as ranks (1 = most depended on)",
            "rests_on": f"{dependence_graph(view).number_of_edges()} dependence links "
            "(resources, accountability, influence) between parties and forums, people "
            "counted with their organisation",
        },
        "dependence": _dependence(view),
        "communication": _communication(view),
        "concentration": _concentration(view),
    }


def _actors(view: MapView, high: int) -> list[dict[str, Any]]:
    power = structural_power(view)
    declared = {node: view.attr(node, "power") for node in power if view.attr(node, "power")}
    declared_rank = ranks(declared)
    structural_rank = ranks({node: power[node] for node in declared})
    rows = []
    for node in view.graph:
        if view.kind(node) == "person":
            continue
        attrs = view.graph.nodes[node]
        kind = salience(attrs.get("power"), attrs.get("legitimacy"), attrs.get("urgency"), high)
        rows.append(
            {
                "id": node,
                "label": view.label(node),
                "power": attrs.get("power"),
                "interest": attrs.get("interest"),
                "quadrant": quadrant(attrs.get("power"), attrs.get("interest"), high),
                "salience": kind[0] if kind else None,
                "salience_group": kind[1] if kind else None,
                "declared_rank": declared_rank.get(node),
                "structural_rank": structural_rank.get(node),
                "structural_power": round(power.get(node, 0.0), 4),
            }
        )
    return rows


def _dependence(view: MapView) -> dict[str, Any]:
    index = dependence(view)
    pairs = []
    for party, supplier in index.pairs():
        forward = index.index(party, supplier)
        backward = index.index(supplier, party) if supplier in index.supply else 0.0
        pairs.append(
            {
                "dependent": party,
                "provider": supplier,
                "index": round(forward, 3),
                "reverse": round(backward, 3),
                "asymmetry": round(forward - backward, 3),
            }
        )
    flows = len(view.edges("resource"))
    return {
        "pairs": pairs,
        "vulnerability": {p: round(index.vulnerability(p), 3) for p in index.supply},
        "rests_on": f"{flows} resource flows; importance {DEFAULT_IMPORTANCE} where none "
        "is recorded; this tool's own index, not a validated scale",
    }


def _communication(view: MapView) -> dict[str, Any]:
    talk = view.comm_directed
    reached: set[str] = set()
    for lead in view.leads:
        reached |= nx.node_connected_component(view.party_comm, lead)
    cut_links = [
        [a, b] for a, b in bridges(view.comm_indexed) if view.owner[a] != b and view.owner[b] != a
    ]
    return {
        "reciprocity": round(reciprocity(talk), 3) if talk.number_of_edges() else None,
        "cut_vertices": list(cut_parts(view)),  # in the map's order
        "bridges": cut_links,
        "reached_from_lead": len(reached & set(view.parties)) if view.leads else None,
        "parties": len(view.parties),
        "rests_on": f"{len(view.edges('communicates'))} communication links; a two-way "
        "link counts both ways; a person reaches what their organisation reaches",
    }


def _concentration(view: MapView) -> dict[str, Any]:
    graph = dependence_graph(view)
    inflow = dict.fromkeys(view.parties, 0.0)
    for _, t, attrs in view.edges("resource"):
        if view.owner[t] in inflow:
            inflow[view.owner[t]] += attrs.get("importance", DEFAULT_IMPORTANCE)
    return {
        "degree_centralization": round(degree_centralization(graph.to_undirected(as_view=True)), 3),
        "gini_structural_power": round(gini(structural_power(view).values()), 3),
        "gini_resource_inflow": round(gini(inflow.values()), 3),
        "rests_on": "degree: the dependence links (resources, accountability, influence) "
        "between parties; inflow: the importance of "
        f"resources each party receives ({DEFAULT_IMPORTANCE} where not recorded)",
    }
