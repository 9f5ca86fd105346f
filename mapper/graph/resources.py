"""Resources: who depends on whom for what (this tool's own index, after Pfeffer & Salancik).

For a receiving party i and a supplier j:

- the share of resource r that i gets from j is by amount when every link of r into i
  records one, otherwise by number of links;
- the weight of r for i is its importance to i (the highest importance recorded on those
  links, 3 when none is) divided by the sum over all of i's resources, so weights add to 1;
- dependence ``D(i<-j)`` = sum over r of weight x share, between 0 and 1;
- asymmetry ``A(i, j)`` = ``D(i<-j) - D(j<-i)``;
- vulnerability of i = weighted sum over r of the concentration (Herfindahl) of its
  suppliers of r: 1 when every resource comes from a single supplier.

It is an index for discussion, not a validated scale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mapper.graph.model import PartnershipMap
from mapper.graph.rules import (
    Finding,
    MapView,
    as_view,
    finding,
    fragment,
    join,
    not_enough_data,
    plural,
    rule,
    rule_words,
)

__all__ = [
    "DEFAULT_IMPORTANCE",
    "SHARED_NOT_HELD",
    "Dependence",
    "dependence",
    "resource_dependence",
    "resource_name",
]

DEFAULT_IMPORTANCE = 3
SHARED_NOT_HELD = ("knowledge", "data")  # shared, not held over others: no dependence
RULE = "resource-dependence"


@dataclass(frozen=True)
class Dependence:
    """What each party receives: ``supply[i][r][j]`` is j's share of i's resource r."""

    supply: dict[str, dict[str, dict[str, float]]]
    importance: dict[str, dict[str, int]]

    def weight(self, party: str, resource: str) -> float:
        values = self.importance[party]
        return values[resource] / sum(values.values())

    def index(self, party: str, supplier: str) -> float:
        """``D(party <- supplier)``."""
        return sum(
            self.weight(party, resource) * shares.get(supplier, 0.0)
            for resource, shares in self.supply.get(party, {}).items()
        )

    def vulnerability(self, party: str) -> float:
        return sum(
            self.weight(party, resource) * sum(share * share for share in shares.values())
            for resource, shares in self.supply[party].items()
        )

    def pairs(self) -> list[tuple[str, str]]:
        """Every (receiver, supplier) pair with a resource flow, in the map's order."""
        return [
            (party, supplier)
            for party, resources in self.supply.items()
            for supplier in dict.fromkeys(s for shares in resources.values() for s in shares)
        ]


def dependence(source: PartnershipMap | MapView) -> Dependence:
    """The dependence of every party on its suppliers.

    >>> m = PartnershipMap()
    >>> for name in ("charity", "funder", "council"):
    ...     _ = m.add_node(id=name)
    >>> _ = m.add_edge("funder", "charity", "resource", resource="funding", importance=3)
    >>> _ = m.add_edge("council", "charity", "resource", resource="premises", importance=1)
    >>> dependence(m).index("charity", "funder")
    0.75
    """
    view = as_view(source)
    if "dependence" in view.memo:
        return view.memo["dependence"]
    flows: dict[str, dict[str, list[tuple[str, dict[str, Any]]]]] = {}
    for s, t, attrs in view.edges("resource"):
        giver, taker = view.owner[s], view.owner[t]
        if giver != taker:
            flows.setdefault(taker, {}).setdefault(attrs["resource"], []).append((giver, attrs))
    supply: dict[str, dict[str, dict[str, float]]] = {}
    importance: dict[str, dict[str, int]] = {}
    for taker, resources in flows.items():
        for resource, links in resources.items():
            by_amount = all("amount" in attrs for _, attrs in links)
            given: dict[str, float] = {}
            for giver, attrs in links:
                given[giver] = given.get(giver, 0) + (attrs["amount"] if by_amount else 1)
            total = sum(given.values())
            if not total:  # amounts all recorded as 0: fall back to counting links
                given = {giver: 1 for giver, _ in links}
                total = len(given)
            supply.setdefault(taker, {})[resource] = {g: v / total for g, v in given.items()}
            importance.setdefault(taker, {})[resource] = max(
                attrs.get("importance", DEFAULT_IMPORTANCE) for _, attrs in links
            )
    result = Dependence(supply=supply, importance=importance)
    view.memo["dependence"] = result
    return result


def resource_name(resource: str) -> str:
    """How a resource reads in a sentence ("in-kind support", not "in-kind").

    >>> resource_name("in-kind"), resource_name("funding")
    ('in-kind support', 'funding')
    """
    return rule_words()[RULE]["resource_names"].get(resource, resource)


@rule(RULE, critical=4)
def resource_dependence(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """One finding per source that is the only supplier of a resource of importance >=
    ``critical`` to one or more parties, naming them all: high when that is two or more
    parties or the lead partner, medium otherwise. A resource that comes from several
    sources is not dependence, however lopsided the amounts.

    >>> m = PartnershipMap()
    >>> for name in ("Trust", "Pantry", "Kitchen"):
    ...     _ = m.add_node(label=name)
    >>> for taker in ("pantry", "kitchen"):
    ...     _ = m.add_edge("trust", taker, "resource", resource="funding", importance=5)
    >>> [(f.severity, f.title) for f in resource_dependence(m, {"critical": 4}, None)]
    [('high', 'Pantry and Kitchen rely on Trust alone for funding')]
    """
    view = as_view(source)
    index = dependence(view)
    if not index.supply:
        return not_enough_data(RULE)
    sole: dict[str, list[tuple[str, str]]] = {}
    for party, resources in index.supply.items():
        if view.kind(party) == "forum":
            continue
        for resource, shares in resources.items():
            if resource in SHARED_NOT_HELD:
                continue
            if len(shares) == 1 and index.importance[party][resource] >= params["critical"]:
                sole.setdefault(next(iter(shares)), []).append((party, resource))
    findings = []
    leads = set(view.leads)
    for supplier, flows in sole.items():
        takers = list(dict.fromkeys(party for party, _ in flows))
        many = len(takers) > 1 or bool(leads & set(takers))
        findings.append(
            finding(
                RULE,
                "single_source",
                severity="high" if many else "medium",
                params=params,
                nodes=[supplier, *takers],
                edges=[
                    edge
                    for taker in takers
                    for edge in view.links(taker, supplier, "resource")
                    if view.owner[edge[0]] == supplier
                ],
                takers=view.names(takers),
                rely=plural(len(takers), "relies", "rely"),
                supplier=view.label(supplier),
                resources=join(dict.fromkeys(resource_name(r) for _, r in flows)),
                flows=join(
                    [
                        fragment(
                            RULE,
                            "flow",
                            resource=resource_name(r),
                            taker=view.label(party),
                            importance=index.importance[party][r],
                        )
                        for party, r in flows
                    ]
                ),
                critical=params["critical"],
            )
        )
    return findings
