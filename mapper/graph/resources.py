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
    rule,
    rule_words,
)

__all__ = [
    "DEFAULT_IMPORTANCE",
    "Dependence",
    "dependence",
    "resource_dependence",
    "resource_name",
]

DEFAULT_IMPORTANCE = 3
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


@rule(RULE, asymmetry=0.5, critical=4)
def resource_dependence(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """One finding per party that gets a resource of importance >= ``critical`` from a
    single source (high), or depends on a source at least ``asymmetry`` more than that
    source depends on it (medium). A single source of a less important resource is not
    critical; it still counts in the dependence index.
    """
    view = as_view(source)
    index = dependence(view)
    if not index.supply:
        return not_enough_data(RULE)
    findings = []
    for party, resources in index.supply.items():
        critical = [
            (resource, next(iter(shares)))
            for resource, shares in resources.items()
            if len(shares) == 1 and index.importance[party][resource] >= params["critical"]
        ]
        lopsided = []
        for supplier in dict.fromkeys(s for shares in resources.values() for s in shares):
            forward = index.index(party, supplier)
            backward = index.index(supplier, party) if supplier in index.supply else 0.0
            if forward - backward >= params["asymmetry"]:
                lopsided.append((supplier, forward, backward))
        if not critical and not lopsided:
            continue
        sources = list(dict.fromkeys(s for _, s in critical))
        suppliers = list(dict.fromkeys([*sources, *(s for s, _, _ in lopsided)]))
        message = "single_sources" if len(sources) > 1 else "single_source"
        actor = view.label(party)
        findings.append(
            finding(
                RULE,
                message if critical else "asymmetry",
                severity="high" if critical else "medium",
                params=params,
                nodes=[party, *suppliers],
                edges=[
                    edge
                    for supplier in suppliers
                    for edge in view.links(party, supplier, "resource")
                    if view.owner[edge[0]] == supplier
                ],
                actor=actor,
                resources=join([resource_name(r) for r, _ in critical]),
                suppliers=view.names(s for s, _, _ in lopsided),
                critical_suppliers=view.names(sources),
                singles=join(
                    [
                        fragment(
                            RULE,
                            "single",
                            resource=resource_name(r),
                            supplier=view.label(s),
                            importance=index.importance[party][r],
                        )
                        for r, s in critical
                    ]
                ),
                critical=params["critical"],
                lopsided=fragment(
                    RULE,
                    "lopsided",
                    actor=actor,
                    pairs=join(
                        [
                            fragment(
                                RULE,
                                "pair",
                                supplier=view.label(s),
                                index=f"{forward:.2f}",
                                reverse=f"{backward:.2f}",
                            )
                            for s, forward, backward in lopsided
                        ]
                    ),
                    asymmetry=params["asymmetry"],
                )
                if lopsided
                else "",
            )
        )
    return findings
