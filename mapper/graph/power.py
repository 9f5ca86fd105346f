"""Power: the power-interest grid, salience, structural power, brokers and concentration.

Structural power is PageRank on the *dependence graph*: an arrow from the one who depends
to the one who provides or judges (a resource receiver to its supplier, the accountable
party to whom it answers, the influenced party to its influencer), persons folded into
their organisation. It is shown as a rank because scores move a lot on small maps.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from mapper.graph.kernels import Indexed, component_ids, indexed, subset_betweenness
from mapper.graph.model import FREQUENCIES, PartnershipMap
from mapper.graph.resources import DEFAULT_IMPORTANCE, SHARED_NOT_HELD
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
    "declared_groups",
    "degree_centralization",
    "dependence_graph",
    "dependent_groups",
    "gatekeeper",
    "gini",
    "influence_concentration",
    "places",
    "quadrant",
    "rank_words",
    "ranks",
    "salience",
    "salience_mismatch",
    "structural_power",
]

QUADRANTS = {
    (True, True): "manage closely",
    (True, False): "keep satisfied",
    (False, True): "keep informed",
    (False, False): "monitor",
}
# Mitchell, Agle & Wood (1997): which of power, legitimacy, urgency are high -> class.
SALIENCE = {
    (True, False, False): ("dormant", "latent"),
    (False, True, False): ("discretionary", "latent"),
    (False, False, True): ("demanding", "latent"),
    (True, True, False): ("dominant", "expectant"),
    (True, False, True): ("dangerous", "expectant"),
    (False, True, True): ("dependent", "expectant"),
    (True, True, True): ("definitive", "definitive"),
    (False, False, False): ("none", "not a priority"),
}
AD_HOC_DAYS = 730  # "ad hoc" contact counts as rarer than yearly


def quadrant(power: int | None, interest: int | None, high: int = 3) -> str | None:
    """Mendelow's quadrant; ``None`` when power or interest is not recorded.

    >>> quadrant(4, 5), quadrant(4, 1), quadrant(2, 3), quadrant(1, 1), quadrant(None, 3)
    ('manage closely', 'keep satisfied', 'keep informed', 'monitor', None)
    """
    if power is None or interest is None:
        return None
    return QUADRANTS[(power >= high, interest >= high)]


def salience(
    power: int | None, legitimacy: int | None, urgency: int | None, high: int = 3
) -> tuple[str, str] | None:
    """Mitchell et al.'s class and its group (latent, expectant, definitive).

    ``None`` unless power, legitimacy and urgency are all recorded.

    >>> salience(1, 4, 5)
    ('dependent', 'expectant')
    """
    if power is None or legitimacy is None or urgency is None:
        return None
    return SALIENCE[(power >= high, legitimacy >= high, urgency >= high)]


def dependence_graph(source: PartnershipMap | MapView) -> nx.DiGraph:
    """Who depends on whom, weighted: importance of resources (3 when not recorded),
    strength of influence (3 when not recorded), 3 for each accountability line.

    Knowledge and data shared are left out: giving what you know is not power over the
    one who hears it (the knowledge-without-voice rule looks at it instead)."""
    view = as_view(source)
    if "dependence_graph" in view.memo:
        return view.memo["dependence_graph"]
    weights: dict[tuple[str, str], float] = {}
    for s, t, attrs in view.graph.edges(data=True):
        kind = attrs.get("kind")
        if kind == "resource" and attrs.get("resource") in SHARED_NOT_HELD:
            continue
        if kind == "resource":
            pair, weight = (t, s), attrs.get("importance", DEFAULT_IMPORTANCE)
        elif kind == "accountable_to":
            pair, weight = (s, t), DEFAULT_IMPORTANCE
        elif kind == "influences":
            pair, weight = (t, s), attrs.get("strength", DEFAULT_IMPORTANCE)
        else:
            continue
        a, b = view.owner[pair[0]], view.owner[pair[1]]
        if a != b:
            weights[(a, b)] = weights.get((a, b), 0) + weight
    graph = nx.DiGraph()
    graph.add_nodes_from(n for n in view.graph if view.kind(n) != "person" or view.owner[n] == n)
    graph.add_weighted_edges_from((a, b, weight) for (a, b), weight in weights.items())
    view.memo["dependence_graph"] = graph
    return graph


def structural_power(source: PartnershipMap | MapView) -> dict[str, float]:
    """PageRank on the dependence graph (sums to 1 over the map's parties and forums)."""
    view = as_view(source)
    if "structural_power" not in view.memo:
        graph = dependence_graph(view)
        view.memo["structural_power"] = nx.pagerank(graph, weight="weight") if graph else {}
    return view.memo["structural_power"]


def ranks(values: Mapping[str, float]) -> dict[str, float]:
    """Rank 1 for the highest value; ties share the average of their ranks.

    >>> ranks({"a": 5, "b": 3, "c": 3, "d": 1})
    {'a': 1.0, 'b': 2.5, 'c': 2.5, 'd': 4.0}
    """
    ordered = sorted(values, key=lambda key: -values[key])
    result: dict[str, float] = {}
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and values[ordered[end + 1]] == values[ordered[start]]:
            end += 1
        for key in ordered[start : end + 1]:
            result[key] = (start + end) / 2 + 1
        start = end + 1
    return {key: result[key] for key in values}


def gini(values: Iterable[float]) -> float:
    """Gini coefficient with the n/(n-1) correction: 0 equal, 1 all held by one.

    >>> gini([0, 0, 0, 1]), gini([2, 2, 2])
    (1.0, 0.0)
    """
    ordered = sorted(values)
    n, total = len(ordered), sum(ordered)
    if n < 2 or not total:
        return 0.0
    ranked = sum((i + 1) * x for i, x in enumerate(ordered))
    return (2 * ranked / (n * total) - (n + 1) / n) * n / (n - 1)


def degree_centralization(graph: nx.Graph) -> float:
    """Freeman (1979) degree centralization of an undirected graph: 1 for a star.

    >>> degree_centralization(nx.star_graph(4)), degree_centralization(nx.cycle_graph(5))
    (1.0, 0.0)
    """
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [degree for _, degree in graph.degree()]
    top = max(degrees)
    return sum(top - degree for degree in degrees) / ((n - 1) * (n - 2))


@rule("influence-concentration", gini=0.5, centralization=0.6, rank_gap=0.34)
def influence_concentration(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Structural power concentrated (Gini >= ``gini`` or degree centralization of the
    dependence graph >= ``centralization``), and actors whose declared and structural
    power ranks differ by at least ``rank_gap`` x the number ranked."""
    view = as_view(source)
    rule_id = "influence-concentration"
    graph = dependence_graph(view)
    if graph.number_of_edges() == 0 or graph.number_of_nodes() < 3:
        return not_enough_data(rule_id)
    power = structural_power(view)
    concentration = gini(power.values())
    central = degree_centralization(graph.to_undirected(as_view=True))
    findings = []
    if concentration >= params["gini"]:
        holders, held = [], 0.0
        for node in sorted(power, key=lambda key: -power[key]):
            holders.append(node)
            held += power[node]
            if held >= 0.5:
                break
        findings.append(
            finding(
                rule_id,
                "concentrated",
                severity="low" if set(holders) <= set(view.leads) else "medium",
                params=params,
                nodes=holders,
                actors=view.names(holders),
                gini=f"{concentration:.2f}",
                limit=params["gini"],
            )
        )
    if central >= params["centralization"]:
        degrees = dict(graph.to_undirected(as_view=True).degree())
        hubs = [node for node, degree in degrees.items() if degree == max(degrees.values())]
        findings.append(
            finding(
                rule_id,
                "centralised",
                severity="low" if set(hubs) <= set(view.leads) else "medium",
                params=params,
                nodes=hubs,
                actors=view.names(hubs),
                links=max(degrees.values()),
                count=len(degrees) - 1,
                centralization=f"{central:.2f}",
                limit=params["centralization"],
            )
        )
    declared = {n: view.attr(n, "power") for n in power if view.attr(n, "power") is not None}
    if len(declared) >= 5:
        declared_rank = ranks(declared)
        structural_rank = ranks({n: power[n] for n in declared})
        declared_words, structural_words = places(declared_rank), places(structural_rank)
        limit = params["rank_gap"] * len(declared)
        for node in declared:
            gap = declared_rank[node] - structural_rank[node]
            if abs(gap) < limit:
                continue
            findings.append(
                finding(
                    rule_id,
                    "hidden" if gap > 0 else "nominal",
                    severity="low",
                    params=params,
                    nodes=[node],
                    actor=view.label(node),
                    declared=view.attr(node, "power"),
                    declared_rank=declared_words[node],
                    structural_rank=structural_words[node],
                    count=len(declared),
                )
            )
    return findings


def rank_words(rank: float, every: Iterable[float]) -> str:
    """A rank as people say it, from the average ranks of :func:`ranks`: ties read
    "joint" and take the best place they share, or "joint last" when they share the last.

    >>> values = ranks({"a": 5, "b": 3, "c": 3, "d": 1, "e": 0, "f": 0})
    >>> [rank_words(r, values.values()) for r in values.values()]
    ['1st', 'joint 2nd', 'joint 2nd', '4th', 'joint last', 'joint last']
    """
    every = list(every)
    return _place(1 + sum(1 for other in every if other < rank), every.count(rank), len(every))


def places(ranked: Mapping[str, float]) -> dict[str, str]:
    """:func:`rank_words` of every rank at once, counting and sorting the ranks once (a
    rank at a time is quadratic on large maps).

    >>> places(ranks({"a": 5, "b": 3, "c": 3}))
    {'a': '1st', 'b': 'joint last', 'c': 'joint last'}
    """
    every = sorted(ranked.values())
    tied = Counter(every)
    return {
        key: _place(1 + bisect.bisect_left(every, rank), tied[rank], len(every))
        for key, rank in ranked.items()
    }


def _place(place: int, tied: int, count: int) -> str:
    if tied > 1 and place + tied - 1 == count:
        return "joint last"
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{'joint ' if tied > 1 else ''}{place}{suffix}"


def declared_groups(source: PartnershipMap | MapView) -> dict[str, dict[str, str]]:
    """The groupings the map declares, as {grouping: {node: group}}: level (people),
    partnership (partners and their people vs everyone else) and sector (a person takes
    their organisation's). Only groupings with at least two groups are returned."""
    view = as_view(source)
    partners = set(view.partners)
    groupings: dict[str, dict[str, str]] = {"level": {}, "partnership": {}, "sector": {}}
    for node in view.graph:
        kind, party = view.kind(node), view.owner[node]
        if kind == "forum":
            continue
        if kind == "person" and view.attr(node, "level"):
            groupings["level"][node] = view.attr(node, "level")
        groupings["partnership"][node] = "partners" if party in partners else "others"
        sector = view.attr(node, "sector") or view.attr(party, "sector")
        if sector:
            groupings["sector"][node] = sector
    return {name: groups for name, groups in groupings.items() if len(set(groups.values())) > 1}


def _calibration() -> float:
    """What :func:`~mapper.graph.kernels.subset_betweenness` gives for one path through one
    node (0.5 for undirected graphs, as in networkx 3.x), so shares do not depend on its
    scaling."""
    return subset_betweenness(nx.path_graph(3), [0], [2])[1]


def brokerage(
    graph: nx.Graph | Indexed,
    groups: Mapping[str, str],
    sample: int | None = None,
    seed: int = 0,
) -> dict[str, float]:
    """Each node's share of the shortest communication routes between different groups.

    Each pair of nodes in different groups is counted once: with groups ordered by size,
    subset betweenness (networkx's numbers, computed by igraph) runs from each group to the
    groups after it. With ``sample``, about that many sources in all are drawn (fixed
    seed), in proportion to group sizes. A node's share leaves out the routes that start
    or end at it. ``graph`` may come converted for the kernels already
    (``MapView.comm_indexed``).

    >>> brokerage(nx.path_graph(3), {0: "a", 2: "b"})
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    members: dict[str, list[str]] = {}
    for node in sorted(groups, key=str):
        members.setdefault(groups[node], []).append(node)
    ordered = sorted(members, key=lambda group: (len(members[group]), group))
    pool = sum(len(members[group]) for group in ordered[:-1])
    draw = random.Random(seed)
    unit = _calibration()
    fast = graph if isinstance(graph, Indexed) else indexed(graph)
    component = component_ids(fast)
    carried = dict.fromkeys(fast.nodes, 0.0)
    ends = dict.fromkeys(fast.nodes, 0)
    routes = 0
    for index, group in enumerate(ordered[:-1]):
        sources = members[group]
        if sample is not None and pool > sample:
            sources = draw.sample(sources, max(1, round(sample * len(sources) / pool)))
        targets = [t for later in ordered[index + 1 :] for t in members[later]]
        per_source = Counter(component[t] for t in targets)
        per_target = Counter(component[s] for s in sources)
        for s in sources:
            ends[s] += per_source[component[s]]
            routes += per_source[component[s]]
        for t in targets:
            ends[t] += per_target[component[t]]
        through = subset_betweenness(fast, sources, targets)
        for node, value in through.items():
            carried[node] += value / unit
    return {n: carried[n] / (routes - ends[n]) if routes > ends[n] else 0.0 for n in fast.nodes}


@rule("gatekeeper", share=0.5, exact_up_to=500, sample=20)
def gatekeeper(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """An actor carrying more than ``share`` of the communication routes between the groups
    the map declares (levels, partners and others, sectors).

    Above ``exact_up_to`` actors, routes are estimated from ``sample`` sources per grouping
    (fixed seed) and the finding says so.
    """
    view = as_view(source)
    rule_id = "gatekeeper"
    groupings = declared_groups(view)
    if not groupings or view.comm_directed.number_of_edges() == 0:
        return not_enough_data(rule_id)
    sampled = view.graph.number_of_nodes() > params["exact_up_to"]
    names = rule_words()[rule_id]["groups"]
    carries: dict[str, list[str]] = {}
    for grouping, groups in groupings.items():
        shares = brokerage(view.comm_indexed, groups, params["sample"] if sampled else None)
        for node, share in shares.items():
            if share > params["share"]:
                carries.setdefault(node, []).append((share, names[grouping]))
    findings = []
    for node in view.graph:
        if node not in carries:
            continue
        findings.append(
            finding(
                rule_id,
                "sampled" if sampled else "exact",
                severity="low" if node in view.leads else "medium",
                params=params,
                nodes=[node],
                edges=[
                    (s, t, "communicates")
                    for s, t, a in view.graph.edges(node, data=True)
                    if a.get("kind") == "communicates"
                ]
                + [
                    (s, t, "communicates")
                    for s, t, a in view.graph.in_edges(node, data=True)
                    if a.get("kind") == "communicates"
                ],
                actor=view.label(node),
                between=join(
                    fragment(rule_id, "first" if i == 0 else "next", share=f"{s:.0%}", groups=g)
                    for i, (s, g) in enumerate(carries[node])
                ),
                threshold=f"{params['share']:.0%}",
                sample=params["sample"],
            )
        )
    return findings


def dependent_groups(source: PartnershipMap | MapView, high: int = 3) -> list[str]:
    """Parties in Mitchell et al.'s *dependent* class (legitimate, urgent, little power).

    Where legitimacy and urgency are not recorded, a ``group`` (service users, a
    community, volunteers) whose recorded power is below ``high``, or not recorded, counts.
    """
    view = as_view(source)
    found = []
    for party in view.parties:
        power = view.attr(party, "power")
        kind = salience(power, view.attr(party, "legitimacy"), view.attr(party, "urgency"), high)
        if kind is not None:
            if kind[0] == "dependent":
                found.append(party)
        elif view.kind(party) == "group" and (power is None or power < high):
            found.append(party)
    return found


def contact_days(view: MapView) -> dict[str, float]:
    """For each party, the days between its most frequent two-way contacts with others
    (its people's included; ``inf`` when it has none with a recorded frequency)."""
    days: dict[str, float] = dict.fromkeys(view.parties, float("inf"))
    for s, t, attrs in view.edges("communicates"):
        frequency = attrs.get("frequency")
        pair = frozenset((view.owner[s], view.owner[t]))
        if not frequency or len(pair) < 2 or pair not in view.dialogue:
            continue
        value = float(FREQUENCIES[frequency] or AD_HOC_DAYS)
        for party in pair:
            days[party] = min(days.get(party, value), value)
    return days


def _rhythm(days: float) -> str:
    """Days between contacts in words: "quarterly", or "every 45 days"."""
    named = {float(value): name for name, value in FREQUENCIES.items() if value}
    if days in named:
        return named[days]
    return "ad hoc" if days == AD_HOC_DAYS else f"every {days:.0f} days"


@rule("salience-mismatch", high=3, days=91)
def salience_mismatch(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A "manage closely" stakeholder with no way to talk to the partnership (high), or
    whose most frequent two-way contact is rarer than every ``days`` days (medium: a
    funder met quarterly and two-way is fine); and a dependent group whose voice, going
    one way (from it), does not reach a forum in two steps or fewer. ``high`` is where
    power, interest, legitimacy and urgency count as high (also the power-interest grid's
    threshold)."""
    view = as_view(source)
    rule_id = "salience-mismatch"
    high = params["high"]
    graded = [p for p in view.parties if view.attr(p, "power") is not None]
    if not view.forums and not graded:
        return not_enough_data(rule_id)
    findings = []
    days = contact_days(view)
    others = [p for p in view.parties if p not in view.leads]
    for party in others:
        where = quadrant(view.attr(party, "power"), view.attr(party, "interest"), high)
        if where != "manage closely":
            continue
        if not view.reachable(party):
            message, severity = "never", "high"
        elif days[party] > params["days"] and not _seated_with_partners(view, party):
            message, severity = "rarely", "medium"
        else:
            continue
        findings.append(
            finding(
                rule_id,
                message,
                severity=severity,
                params=params,
                nodes=[party],
                actor=view.label(party),
                contact=_rhythm(days[party]) if days[party] < float("inf") else "one way",
                how=fragment(rule_id, "rhythm", contact=_rhythm(days[party]))
                if days[party] < float("inf")
                else fragment(rule_id, "one_way"),
                days=params["days"],
            )
        )
    if view.forums:
        forums = set(view.forums)
        voice = view.voice_directed
        for group in dependent_groups(view, high):
            near = nx.single_source_shortest_path_length(voice, group, cutoff=2)
            if not forums.isdisjoint(near):
                continue
            told = [n for n in voice.predecessors(group)]
            tells = [n for n in voice.successors(group)]
            if tells:
                talks = fragment(rule_id, "unheard", names=view.names(tells))
            elif told:
                talks = fragment(rule_id, "told", names=view.names(told))
            else:
                talks = fragment(rule_id, "silent")
            findings.append(
                finding(
                    rule_id,
                    "no_voice",
                    severity="high",
                    params=params,
                    nodes=[group],
                    actor=view.label(group),
                    forums=view.names(view.forums),
                    talks=talks,
                )
            )
    return findings


def _seated_with_partners(view: MapView, party: str) -> bool:
    """A seat on a forum with partners: meeting there is the contact it needs."""
    return any(
        forum in view.presence(party) and view.members[forum] & set(view.partners) - {party}
        for forum in view.forums
    )
