"""Communication: who can reach whom, one-way flows, single points of failure, stale links.

All rules here read the communication projections of :class:`~mapper.graph.rules.MapView`:
the directed graph of who informs whom, and the undirected graph where a person is also
tied to their own organisation.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import networkx as nx

from mapper.graph.model import FREQUENCIES, PartnershipMap
from mapper.graph.rules import (
    Edge,
    Finding,
    MapView,
    as_view,
    counted,
    day_words,
    finding,
    fragment,
    not_enough_data,
    rule,
)

__all__ = [
    "cut_parts",
    "one_way_communication",
    "reached_from_lead",
    "separations",
    "service_users_without_dialogue",
    "single_point_of_failure",
    "stale_link",
    "strategy_operations_gap",
    "unreachable_stakeholder",
]


def reached_from_lead(source: PartnershipMap | MapView) -> set[str]:
    """The parties joined to a lead partner by a chain of communication, either way."""
    view = as_view(source)
    reached: set[str] = set()
    for lead in view.leads:
        reached |= nx.node_connected_component(view.party_comm, lead)
    return reached


@rule("unreachable-stakeholder")
def unreachable_stakeholder(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Partners and stakeholders with no communication path, either way, to the lead.

    >>> m = PartnershipMap()
    >>> m.add_node(id="lead", role="lead partner"); m.add_node(id="users", kind="group")
    'lead'
    'users'
    >>> [f.nodes for f in unreachable_stakeholder(m, {}, dt.date(2026, 1, 1))]
    [('users',)]
    """
    view = as_view(source)
    rule_id = "unreachable-stakeholder"
    if not view.leads:
        return not_enough_data(rule_id)
    findings = []
    reached = reached_from_lead(view)
    for party in view.parties:
        if party in reached or any(view.channel(party, lead) for lead in view.leads):
            continue
        role = view.attr(party, "role", "stakeholder")
        findings.append(
            finding(
                rule_id,
                "cut_off",
                severity="high" if role == "partner" else "medium",
                params=params,
                nodes=[party],
                actor=view.label(party),
                role=role,
                lead=view.names(view.leads),
            )
        )
    return findings


def _directed_links(view: MapView, source: str, target: str) -> list[Edge]:
    data = view.graph.get_edge_data(source, target) or {}
    return [(source, target, "communicates") for attrs in data.values() if _is_talk(attrs)]


def _is_talk(attrs: dict[str, Any]) -> bool:
    return attrs.get("kind") == "communicates" and not attrs.get("mutual")


@rule("one-way-communication", reciprocity=0.5)
def one_way_communication(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Parties whose communication is mostly one way, and other one-way pairs.

    A party's reciprocity (``networkx.reciprocity``) is the share of its communication
    ties that run both ways; below ``reciprocity`` the party gets one finding listing its
    one-way ties. One-way pairs between two parties that are otherwise two-way get a low
    finding of their own, so each one-way tie is reported once.
    """
    view = as_view(source)
    rule_id = "one-way-communication"
    talk = view.comm_directed
    if talk.number_of_edges() == 0:
        return not_enough_data(rule_id)
    links = view.edges("communicates")
    if not any("mutual" in attrs for *_, attrs in links) and not any(
        talk.has_edge(t, s) for s, t in talk.edges()
    ):
        # Nothing on the map says a link is two-way, nor one-way: the direction was most
        # likely never recorded (a file from another tool), so it is no evidence.
        return not_enough_data(rule_id, "unmarked")
    active = [node for node in talk if talk.degree(node)]
    ratios = nx.reciprocity(talk, active) if active else {}
    one_way = [(s, t) for s, t in talk.edges() if not talk.has_edge(t, s)]
    low = {node for node, ratio in ratios.items() if ratio < params["reciprocity"]}
    sent: dict[str, list[str]] = {}
    heard: dict[str, list[str]] = {}
    for s, t in one_way:
        sent.setdefault(s, []).append(t)
        heard.setdefault(t, []).append(s)
    findings = []
    for node in active:
        if node not in low:
            continue
        sends, hears = sent.get(node, []), heard.get(node, [])
        pairs = [(node, t) for t in sends] + [(s, node) for s in hears]
        findings.append(
            finding(
                rule_id,
                "party",
                severity="medium",
                params=params,
                nodes=[node, *sends, *hears],
                edges=[edge for s, t in pairs for edge in _directed_links(view, s, t)],
                actor=view.label(node),
                ratio=f"{ratios[node]:.0%}",
                threshold=f"{params['reciprocity']:.0%}",
                flow=" ".join(
                    fragment(rule_id, part, actor=view.label(node), names=view.names(names))
                    for part, names in (("sends", sends), ("hears", hears))
                    if names
                ),
            )
        )
    for s, t in one_way:
        if s in low or t in low:
            continue
        findings.append(
            finding(
                rule_id,
                "pair",
                severity="low",
                params=params,
                nodes=[s, t],
                edges=_directed_links(view, s, t),
                sender=view.label(s),
                receiver=view.label(t),
            )
        )
    return findings


def separations(graph: nx.Graph, anchors: list[str]) -> dict[str, set[str]]:
    """For each cut vertex, the nodes its removal would separate from the main part.

    The main part is the one holding an anchor (the lead partner), or else the largest.
    Computed from the block-cut tree of ``networkx.biconnected_components`` in one pass, so
    it stays linear in the size of the graph. Cut vertices come in the graph's order, and
    ties are broken by it too, so the result never depends on how a set is ordered.

    >>> sorted(separations(nx.path_graph(4), [0]).items())
    [(1, {2, 3}), (2, {3})]
    """
    result: dict[str, set[str]] = {}
    position = {node: index for index, node in enumerate(graph)}
    components = list(nx.connected_components(graph))
    piece = {node: number for number, nodes in enumerate(components) for node in nodes}
    # One pass over the whole graph finds every block; a cut vertex is in more than one.
    blocks_of: dict[int, list[set[str]]] = {}
    for block in nx.biconnected_components(graph):
        blocks_of.setdefault(piece[next(iter(block))], []).append(block)
    for number, component in enumerate(components):
        if len(component) < 3:
            continue
        blocks = blocks_of.get(number, [])
        cuts = {node for node, seen in Counter(n for b in blocks for n in b).items() if seen > 1}
        if not cuts:
            continue
        tree = nx.Graph()
        for index, block in enumerate(blocks):
            tree.add_node(("b", index))
            tree.add_edges_from(
                (("b", index), ("c", cut)) for cut in sorted(block & cuts, key=position.__getitem__)
            )
        anchor = next((a for a in anchors if a in component), None)
        # Without an anchor, start from the best-linked node (the first of them).
        start = anchor
        if start is None:
            start = min(component, key=lambda node: (-graph.degree(node), position[node]))
        root = ("c", start) if start in cuts else ("b", _block_of(blocks, start))
        parent = dict(nx.bfs_predecessors(tree, root))
        order = [root, *parent]
        children: dict[Any, list[Any]] = {item: [] for item in order}
        for child, up in parent.items():
            children[up].append(child)
        below: dict[Any, int] = {}
        for item in reversed(order):
            inner = sum(below[child] for child in children[item])
            if item[0] == "b":
                below[item] = len(blocks[item[1]]) - (item in parent) + inner
            else:
                below[item] = inner
        for item in order:
            if item[0] != "c":
                continue
            cut = item[1]
            parts = [(below[child], child) for child in children[item]]
            rest = len(component) - 1 - below[item]
            keep_parent = item in parent and (anchor is not None and anchor != cut)
            if not keep_parent and item in parent and rest >= max(p[0] for p in parts):
                keep_parent = True
            if keep_parent:
                separated = set().union(*(_nodes_below(c, children, blocks) for _, c in parts))
                separated.discard(cut)
            else:
                biggest = max(parts, key=lambda part: part[0])[1]
                separated = set(component) - {cut} - _nodes_below(biggest, children, blocks)
            result[cut] = separated
    return {node: result[node] for node in graph if node in result}


def _block_of(blocks: list[set[str]], node: str) -> int:
    return next(index for index, block in enumerate(blocks) if node in block)


def _nodes_below(item: Any, children: dict[Any, list[Any]], blocks: list[set[str]]) -> set[str]:
    """Every graph node in the block-cut subtree under ``item``, ``item`` excluded."""
    found: set[str] = set()
    stack = [item]
    while stack:
        current = stack.pop()
        if current[0] == "b":
            found |= blocks[current[1]]
        stack.extend(children[current])
    if item[0] == "c":
        found.discard(item[1])
    return found


def cut_parts(source: PartnershipMap | MapView) -> dict[str, set[str]]:
    """:func:`separations` of the map's communication graph, anchored on the lead."""
    view = as_view(source)
    if "separations" not in view.memo:
        view.memo["separations"] = separations(view.comm, view.leads)
    return view.memo["separations"]


@rule("single-point-of-failure", share=0.25, leaving_days=90)
def single_point_of_failure(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Actors who are the only communication route between part of the map and the rest.

    A cut vertex of the undirected communication graph. High when its loss would cut off
    at least ``share`` of the map, or when it is a person leaving within
    ``leaving_days``; medium when partners, groups or several parties would be cut off;
    low for one stakeholder on its own. An organisation is not counted as cutting off its
    own staff, nor a person who cuts off only their colleagues (that is line management,
    not the partnership's route).
    """
    view = as_view(source)
    rule_id = "single-point-of-failure"
    if view.comm_directed.number_of_edges() == 0:
        return not_enough_data(rule_id)
    total = view.graph.number_of_nodes()
    findings = []
    order = {node: index for index, node in enumerate(view.graph)}
    parts = cut_parts(view)
    partners = set(view.partners)
    for cut in (node for node in view.graph if node in parts):
        own = view.owner[cut]
        cut_off = sorted(
            (n for n in parts[cut] if n not in view.people.get(cut, ())), key=order.__getitem__
        )
        if all(view.owner[n] == own for n in cut_off):
            continue
        share = len(cut_off) / total
        named = _cut_off_names(view, cut_off)
        until = view.leaving(cut, today, params["leaving_days"])
        if share >= params["share"] or until:
            severity = "high"
        elif len(named) > 1 or any(
            view.owner[n] in partners or view.kind(n) == "group" for n in cut_off
        ):
            severity = "medium"
        else:
            severity = "low"
        edges = [
            edge
            for node in cut_off
            if view.comm.has_edge(cut, node)
            for edge in _directed_links(view, cut, node)
            + _directed_links(view, node, cut)
            + _mutual_links(view, cut, node)
        ]
        words = {
            "actor": view.label(cut),
            "others": view.names(named),
            "short": view.names(named, limit=2),
            "count": len(cut_off),
            "total": total,
            "percent": f"{share:.0%}",
        }
        if until:
            left = (dt.date.fromisoformat(until) - today).days
            words |= {
                "until": day_words(until),
                "days_left": counted(left, "day"),
                "today": day_words(today.isoformat()),
            }
        findings.append(
            finding(
                rule_id,
                "leaving" if until else "cut_vertex",
                severity=severity,
                params=params,
                nodes=[cut, *named, *cut_off],
                edges=edges,
                threshold=f"{params['share']:.0%}",
                **words,
            )
        )
    return findings


def _cut_off_names(view: MapView, cut_off: list[str]) -> list[str]:
    """What a reader should see cut off: a party whose people are all cut off (and which
    has no link of its own) is named instead of them."""
    inside = set(cut_off)
    named: list[str] = []
    for node in cut_off:
        party = view.owner[node]
        whole = party != node and all(
            member in inside or not view.comm.degree(member) for member in view.family(party)
        )
        named.append(party if whole else node)
    return list(dict.fromkeys(named))


def _mutual_links(view: MapView, a: str, b: str) -> list[Edge]:
    return [
        (s, t, "communicates")
        for s, t in ((a, b), (b, a))
        for attrs in (view.graph.get_edge_data(s, t) or {}).values()
        if attrs.get("kind") == "communicates" and attrs.get("mutual")
    ]


def expected_days(frequency: str | None) -> int:
    """Days expected between contacts for a recorded frequency (0 when unknown or ad hoc).

    >>> expected_days("monthly"), expected_days(None)
    (30, 0)
    """
    return FREQUENCIES.get(frequency or "", 0)


@rule("stale-link", days=90, factor=2.0)
def stale_link(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Pairs whose last recorded contact is older than max(factor x expected interval, days).

    The most recent contact on any communication link between the two counts, and the
    most frequent expected interval among those links. High severity past twice the limit.
    """
    view = as_view(source)
    rule_id = "stale-link"
    pairs: dict[frozenset[str], list[tuple[str, str, dict[str, Any]]]] = {}
    for s, t, attrs in view.edges("communicates"):
        pairs.setdefault(frozenset((s, t)), []).append((s, t, attrs))
    dated = {
        pair: links
        for pair, links in pairs.items()
        if any(attrs.get("last_contact") for _, _, attrs in links)
    }
    if not dated:
        return not_enough_data(rule_id)
    findings = []
    for links in dated.values():
        last = max(a["last_contact"] for _, _, a in links if a.get("last_contact"))
        intervals = [expected_days(a.get("frequency")) for _, _, a in links if a.get("frequency")]
        interval = min((days for days in intervals if days), default=0)
        rhythm = next((f for f, days in FREQUENCIES.items() if days == interval and days), "")
        limit = max(params["factor"] * interval, params["days"])
        age = (today - dt.date.fromisoformat(last)).days
        if age <= limit:
            continue
        s, t, _ = links[0]
        findings.append(
            finding(
                rule_id,
                "stale",
                severity="high" if age > 2 * limit else "medium",
                params=params,
                nodes=[s, t],
                edges=[(a, b, "communicates") for a, b, _ in links],
                first=view.label(s),
                second=view.label(t),
                last=last,
                age=age,
                today=today.isoformat(),
                limit=round(limit),
                expected=rhythm if rhythm else fragment(rule_id, "no_rhythm"),
            )
        )
    return findings


@rule("strategy-operations-gap", ratio=0.25, seats=3)
def strategy_operations_gap(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """A gap between the strategic and operational people of the partnership.

    Fires when no operational person sits on any forum; otherwise on each forum of at
    least ``seats`` seats where people sit but none of them is operational; and when
    communication links between the two levels are sparser than ``ratio`` times those
    within a level (density = links / possible pairs, people-to-people links only).
    """
    view = as_view(source)
    rule_id = "strategy-operations-gap"
    level = {
        node: view.attr(node, "level")
        for node in view.graph
        if view.kind(node) == "person" and view.attr(node, "level")
    }
    strategic = [n for n, value in level.items() if value == "strategic"]
    operational = [n for n, value in level.items() if value == "operational"]
    if not strategic or not operational:
        return not_enough_data(rule_id)
    findings = []
    seated = {holder for held in view.seats.values() for holder, _, _ in held}
    if view.forums and not seated & set(operational):
        findings.append(
            finding(
                rule_id,
                "no_seat",
                severity="medium",
                params=params,
                nodes=operational,
                people=view.names(operational),
                forums=view.names(view.forums),
            )
        )
    elif view.forums:
        findings += _forums_without_operations(view, params, level, seated)
    talk = view.comm.subgraph(level)
    within = sum(1 for a, b in talk.edges() if level[a] == level[b])
    across = talk.number_of_edges() - within
    pairs_within = (
        len(strategic) * (len(strategic) - 1) + len(operational) * (len(operational) - 1)
    ) / 2
    density_within = within / pairs_within if pairs_within else 0.0
    density_across = across / (len(strategic) * len(operational))
    if density_within and density_across < params["ratio"] * density_within:
        linked = {n for a, b in talk.edges() if level[a] != level[b] for n in (a, b)}
        alone = [n for n in level if n not in linked]
        findings.append(
            finding(
                rule_id,
                "sparse",
                severity="high" if across == 0 else "medium",
                params=params,
                nodes=alone,
                people=view.names(alone),
                across=across,
                within=within,
                pairs_across=len(strategic) * len(operational),
                pairs_within=round(pairs_within),
                density_across=f"{density_across:.0%}",
                density_within=f"{density_within:.0%}",
                ratio=f"{params['ratio']:.0%}",
            )
        )
    return findings


def _forums_without_operations(
    view: MapView, params: dict[str, Any], level: dict[str, str], seated: set[str]
) -> list[Finding]:
    """Forums of at least ``seats`` seats where people sit, none of them operational.

    A forum whose seats are all held by organisations is left alone: who attends for
    them is not recorded, so their level is unknown.
    """
    holders: dict[str, list[str]] = {}
    for holder, forum, _ in view.edges("member_of"):
        if holder not in holders.setdefault(forum, []):
            holders[forum].append(holder)
    findings = []
    for forum, seats in holders.items():
        levels = {level.get(holder) for holder in seats}
        if len(seats) < params["seats"] or "operational" in levels or levels <= {None}:
            continue
        members = {view.owner[holder] for holder in seats}
        unseated = [
            person
            for person, value in level.items()
            if value == "operational" and view.owner[person] in members and person not in seated
        ]
        findings.append(
            finding(
                "strategy-operations-gap",
                "forum",
                severity="medium",
                params=params,
                nodes=[forum, *seats],
                subject=forum,
                forum=view.label(forum),
                seats_held=counted(len(seats), "seat"),
                holders=view.names(seats),
                seats=params["seats"],
                unseated=(
                    fragment("strategy-operations-gap", "unseated", people=view.names(unseated))
                    if unseated
                    else ""
                ),
            )
        )
    return findings


def service_user_groups(source: PartnershipMap | MapView) -> list[str]:
    """Groups and bodies whose category is "service users"; groups of no recorded
    category count too (service users, carers, a community)."""
    view = as_view(source)
    return [
        party
        for party in view.parties
        if view.attr(party, "category") == "service users"
        or (view.kind(party) == "group" and not view.attr(party, "category"))
    ]


@rule("service-users-without-dialogue")
def service_users_without_dialogue(
    source: PartnershipMap | MapView, params: dict[str, Any], today: dt.date
) -> list[Finding]:
    """Service-user groups with no two-way communication with any partner.

    >>> m = PartnershipMap()
    >>> _ = m.add_node(id="lead", role="lead partner")
    >>> _ = m.add_node(id="users", kind="group", category="service users")
    >>> _ = m.add_edge("lead", "users", "communicates", channel="newsletter")
    >>> [f.title for f in service_users_without_dialogue(m, {}, dt.date(2026, 1, 1))]
    ['No partner is in two-way contact with users']
    """
    view = as_view(source)
    rule_id = "service-users-without-dialogue"
    groups = service_user_groups(view)
    if not groups:
        return not_enough_data(rule_id)
    partners = set(view.partners)
    findings = []
    talking: dict[str, set[str]] = {}
    for pair in view.dialogue:
        for party in pair:
            talking.setdefault(party, set()).update(pair - {party})
    for group in groups:
        if talking.get(group, set()) & partners:
            continue
        contacts = [p for p in view.party_comm[group] if p in partners]
        findings.append(
            finding(
                rule_id,
                "one_way",
                severity="medium",
                params=params,
                nodes=[group, *contacts],
                actor=view.label(group),
                contact=fragment(rule_id, "some", names=view.names(contacts))
                if contacts
                else fragment(rule_id, "none"),
            )
        )
    return findings
