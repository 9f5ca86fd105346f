"""What the app's insight views show, as plain data: the health check by principle, the
power-interest grid, the accountability review, the meeting brief, the principles'
checklists and the skills and resources matrix.

Each view reads an :class:`~mapper.graph.analyse.Analysis` (or runs one), the user's
reviews of findings (finding key -> ``{status, note, who, at}``) and checklist ticks
(item id -> ``{who, at}``), both as the store keeps them, and returns frozen values that
a page or a report only has to format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from mapper.content import Content, Item, Principle, Risk, Tool, load_content
from mapper.graph.analyse import ATTENTION, Analysis, analyse
from mapper.graph.links import RULE as MISSING_LINK
from mapper.graph.links import brief
from mapper.graph.metrics import SMALL_MAP
from mapper.graph.model import PartnershipMap
from mapper.graph.power import quadrant, rank_words
from mapper.graph.rules import SEVERITIES, Finding, MapView, counted, how_checked, rule_words
from mapper.graph.skills import holders

__all__ = [
    "ACCOUNTABILITY_RULES",
    "STATUSES",
    "AccountabilityLine",
    "AccountabilityReview",
    "ChecklistItem",
    "Grid",
    "GridPoint",
    "LinkToConsider",
    "Matrix",
    "MatrixColumn",
    "MatrixRow",
    "MeetingBrief",
    "PrincipleHealth",
    "PrincipleProgress",
    "Reviewed",
    "RiskOnMap",
    "accountability_review",
    "action_heading",
    "checklist",
    "edge_ids",
    "health_check",
    "hierarchy_positions",
    "highlight",
    "meeting_brief",
    "needs_attention",
    "open_by_need",
    "open_by_severity",
    "power_interest_grid",
    "principles_progress",
    "resources_matrix",
    "risks_on_map",
    "skills_matrix",
    "toggled",
]

# Status of a principle, worst first. "not enough data": every check on it lacked data.
STATUSES = ("needs attention", "to discuss", "no issues", "not enough data")
ACCOUNTABILITY_RULES = (
    "accountable-without-channel",
    "hierarchy-behind-partnership",
    "excluded-from-decisions",
)

Reviews = Mapping[str, Mapping[str, Any]]
Ticks = Mapping[str, Mapping[str, Any]]


def _analysis(source: Analysis | PartnershipMap, today: dt.date | None = None) -> Analysis:
    return source if isinstance(source, Analysis) else analyse(source, today=today)


# ----- findings with their reviews -----------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class Reviewed:
    """A finding, the user's review of it (if any), and the words to show beside it."""

    finding: Finding
    review: Mapping[str, Any] | None
    action: str
    rests_on: str
    why: str = ""  # why the rule matters for a partnership

    @property
    def key(self) -> str:
        return self.finding.key

    @property
    def status(self) -> str:
        """``open``, ``discussed`` or ``not relevant``."""
        return self.review["status"] if self.review else "open"

    @property
    def action_heading(self) -> str:
        """The words before ``action``: see :func:`action_heading`."""
        return action_heading(self.finding.action.id)


def action_heading(item_id: str) -> str:
    """What to call a finding's answer from the Compass: its key points are questions to
    talk over, its checklist entries are statements a partnership can tick; only a
    suggestion of the rule's own is "Suggested".

    >>> action_heading("P5.key.2"), action_heading("P4.action.2"), action_heading("")
    ('To talk over', 'From the Compass checklist', 'Suggested')
    """
    if ".key." in item_id:
        return "To talk over"
    if ".action." in item_id:
        return "From the Compass checklist"
    return "Suggested"


def _rests_on(item: Finding, actors: int) -> str:
    """What a finding rests on: the rule's method with its thresholds, the map's size."""
    parts = [how_checked(item)]
    if actors < SMALL_MAP:
        parts.append(f"With {counted(actors, 'actor')}, this rests on the links recorded so far.")
    return " ".join(parts)


def _action_text(item: Finding, content: Content) -> str:
    if item.action.text:
        return item.action.text
    try:
        return content.item(item.action.id).text
    except KeyError:
        return ""


def _reviewed(findings: Iterable[Finding], reviews: Reviews, actors: int) -> list[Reviewed]:
    content = load_content()
    return [
        Reviewed(
            finding=item,
            review=reviews.get(item.key),
            action=_action_text(item, content),
            rests_on=_rests_on(item, actors),
            why=rule_words().get(item.rule, {}).get("why", ""),
        )
        for item in findings
    ]


def edge_ids(pmap: PartnershipMap, edges: Iterable[tuple[str, str, str]]) -> list[str]:
    """The ids of the links behind ``(source, target, kind)`` triples, in map order.

    >>> m = PartnershipMap()
    >>> m.add_node(id="a"), m.add_node(id="b")
    ('a', 'b')
    >>> m.add_edge("a", "b", "communicates"), m.add_edge("a", "b", "resource", resource="data")
    ('e1', 'e2')
    >>> edge_ids(m, [("a", "b", "communicates")])
    ['e1']
    """
    wanted = set(edges)
    starts = {source for source, _, _ in wanted}
    if not starts:
        return []
    graph = pmap.graph  # only the starts' links are read: the health check asks per finding
    return [
        key
        for source, target, key, kind in graph.edges(
            [n for n in graph if n in starts], keys=True, data="kind"
        )
        if (source, target, kind) in wanted
    ]


def highlight(pmap: PartnershipMap, item: Finding) -> tuple[list[str], list[str]]:
    """The node ids and edge ids to pick out on the canvas for ``item``: its actors, its
    links, and both ends of each link (nodes no longer on the map are left out)."""
    nodes = [*item.nodes, *(end for s, t, _ in item.edges for end in (s, t))]
    present = [node for node in dict.fromkeys(nodes) if node in pmap.graph]
    return present, edge_ids(pmap, item.edges)


# ----- 1. health check -----------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class PrincipleHealth:
    """One principle's findings, split by review, and a status read at a glance."""

    id: str
    title: str
    status: str
    open: tuple[Reviewed, ...]
    discussed: tuple[Reviewed, ...]
    not_relevant: tuple[Reviewed, ...]
    notes: tuple[Reviewed, ...]  # checks that could not run for lack of data

    @property
    def summary(self) -> str:
        """E.g. "2 open (1 high), 1 discussed"."""
        high = sum(r.finding.severity == "high" for r in self.open)
        parts = []
        if self.open:
            parts.append(f"{len(self.open)} open" + (f" ({high} high)" if high else ""))
        if self.discussed:
            parts.append(f"{len(self.discussed)} discussed")
        if self.not_relevant:
            parts.append(f"{len(self.not_relevant)} set aside")
        if self.notes:
            parts.append(f"{len(self.notes)} not checked")
        return ", ".join(parts) or "nothing found"


def _status(open_items: Sequence[Reviewed], reviewed: int, notes: int, rules: int) -> str:
    """needs attention: an open high finding; to discuss: other open findings; no issues:
    nothing open (all found is discussed or set aside); not enough data: nothing found and
    every rule bearing on the principle lacked the data it needs."""
    if any(r.finding.severity == "high" for r in open_items):
        return "needs attention"
    if open_items:
        return "to discuss"
    if not reviewed and notes and notes >= rules:
        return "not enough data"
    return "no issues"


def health_check(
    source: Analysis | PartnershipMap, reviews: Reviews | None = None
) -> list[PrincipleHealth]:
    """The six principles, each with its findings and a status.

    A finding counts under every principle it evidences; one marked "not relevant" does
    not count towards the status, nor does one marked "discussed".
    """
    analysis = _analysis(source)
    items = _reviewed(analysis.findings, reviews or {}, analysis.pmap.graph.number_of_nodes())
    rules_per_principle: dict[str, int] = {}
    for words in rule_words().values():
        if words.get("survey") and analysis.survey is None:
            continue  # a rule on a survey round's answers: none were given
        for pid in words.get("principles", ()):
            rules_per_principle[pid] = rules_per_principle.get(pid, 0) + 1
    result = []
    for principle in load_content().principles:
        mine = [r for r in items if principle.id in r.finding.principles]
        notes = [r for r in mine if r.finding.not_enough_data]
        real = [r for r in mine if not r.finding.not_enough_data]
        groups = {
            status: [r for r in real if r.status == status]
            for status in ("open", "discussed", "not relevant")
        }
        result.append(
            PrincipleHealth(
                id=principle.id,
                title=principle.title,
                status=_status(
                    groups["open"],
                    len(groups["discussed"]) + len(groups["not relevant"]),
                    len(notes),
                    rules_per_principle.get(principle.id, 0),
                ),
                open=tuple(groups["open"]),
                discussed=tuple(groups["discussed"]),
                not_relevant=tuple(groups["not relevant"]),
                notes=tuple(notes),
            )
        )
    return result


def needs_attention(
    source: Analysis | PartnershipMap, reviews: Reviews | None = None
) -> list[Reviewed]:
    """What to take up first: the most important open high findings, at most
    :data:`~mapper.graph.analyse.ATTENTION`, in the analysis's order. One marked
    discussed or not relevant leaves the list and the next moves up."""
    analysis = _analysis(source)
    items = _reviewed(analysis.findings, reviews or {}, analysis.pmap.graph.number_of_nodes())
    top = [r for r in items if r.status == "open" and r.finding.severity == "high"]
    return top[:ATTENTION]


def open_by_need(
    principles: Iterable[PrincipleHealth], first: Sequence[Reviewed]
) -> dict[str, int]:
    """Open findings counted as a meeting takes them up: ``first`` (from
    :func:`needs_attention`) as high, any other high finding as one to discuss.

    >>> open_by_need([], [])
    {'high': 0, 'medium': 0, 'low': 0}
    """
    counts = open_by_severity(principles)
    counts["medium"] += counts["high"] - len(first)
    counts["high"] = len(first)
    return counts


def open_by_severity(principles: Iterable[PrincipleHealth]) -> dict[str, int]:
    """How many distinct findings are still open, by severity (high, medium, low): a
    finding bearing on two principles counts once.

    >>> open_by_severity([])
    {'high': 0, 'medium': 0, 'low': 0}
    """
    seen = {r.key: r.finding.severity for p in principles for r in p.open}
    counts = dict.fromkeys(SEVERITIES, 0)
    for severity in seen.values():
        counts[severity] += 1
    return counts


# ----- 2. power-interest grid ----------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class GridPoint:
    """An actor on the grid. ``structural_level`` is the declared power an actor would have
    if declared power followed the structure: the power declared at its structural rank.
    ``gap`` is "hidden" (more structural than declared) or "nominal" (less), or ``None``."""

    id: str
    label: str
    kind: str
    role: str | None
    sector: str | None
    power: int
    interest: int
    quadrant: str
    declared_rank: float | None
    structural_rank: float | None
    structural_level: int | None
    gap: str | None
    ranks_text: str | None = None  # "4th of 13 as recorded, joint last by who depends on it"


@dataclass(frozen=True, kw_only=True)
class Grid:
    points: tuple[GridPoint, ...]
    unplaced: tuple[tuple[str, str], ...]  # (id, label) of actors without power or interest
    high: int
    ranked: int
    rests_on: str


def power_interest_grid(source: Analysis | PartnershipMap) -> Grid:
    """Every actor with power and interest recorded, in its quadrant (after Mendelow),
    with declared and structural power ranks where they differ by at least the
    influence-concentration rule's ``rank_gap`` share of those ranked. People are placed
    too, without ranks (structural power counts them with their organisation); an actor
    without power or interest is listed in ``unplaced``, never left out in silence (a
    person with neither stands for their organisation and is not listed)."""
    analysis = _analysis(source)
    pmap = analysis.pmap
    high = analysis.params["salience-mismatch"]["high"]
    rows = analysis.metrics["actors"]
    declared = sorted((r["power"] for r in rows if r["declared_rank"] is not None), reverse=True)
    limit = analysis.params["influence-concentration"]["rank_gap"] * len(declared)
    declared_ranks = [r["declared_rank"] for r in rows if r["declared_rank"] is not None]
    structural_ranks = [r["structural_rank"] for r in rows if r["structural_rank"] is not None]
    points, unplaced = [], []
    for row in rows:
        attrs = pmap.graph.nodes[row["id"]]
        if row["quadrant"] is None:
            unplaced.append((row["id"], row["label"]))
            continue
        level, gap = None, None
        if row["structural_rank"] is not None and len(declared) >= 3:
            level = declared[min(len(declared), max(1, round(row["structural_rank"]))) - 1]
            difference = row["declared_rank"] - row["structural_rank"]
            if abs(difference) >= limit:
                gap = "hidden" if difference > 0 else "nominal"
        points.append(
            GridPoint(
                id=row["id"],
                label=row["label"],
                kind=attrs.get("kind", "organisation"),
                role=attrs.get("role"),
                sector=attrs.get("sector"),
                power=row["power"],
                interest=row["interest"],
                quadrant=row["quadrant"],
                declared_rank=row["declared_rank"],
                structural_rank=row["structural_rank"],
                structural_level=level,
                gap=gap,
                ranks_text=(
                    f"{rank_words(row['declared_rank'], declared_ranks)} of {len(declared)} "
                    "as recorded, "
                    f"{rank_words(row['structural_rank'], structural_ranks)} by who depends on it"
                    if row["structural_rank"] is not None and row["declared_rank"] is not None
                    else None
                ),
            )
        )
    for node in pmap.nodes():
        if node.get("kind") != "person":
            continue
        where = quadrant(node.get("power"), node.get("interest"), high)
        label = pmap.label(node["id"])
        if where is None:  # a person with neither stands for their organisation
            if node.get("power") or node.get("interest"):
                unplaced.append((node["id"], label))
            continue
        points.append(
            GridPoint(
                id=node["id"],
                label=label,
                kind="person",
                role=node.get("role"),
                sector=pmap.graph.nodes[node.get("organisation")].get("sector")
                if node.get("organisation") in pmap.graph
                else node.get("sector"),
                power=node["power"],
                interest=node["interest"],
                quadrant=where,
                declared_rank=None,
                structural_rank=None,
                structural_level=None,
                gap=None,
            )
        )
    return Grid(
        points=tuple(points),
        unplaced=tuple(unplaced),
        high=high,
        ranked=len(declared),
        rests_on=(
            f"{analysis.metrics['grid']['rule']}; structural power ranks "
            f"{counted(len(declared), 'actor')} "
            "by who depends on them (resources, accountability, influence)"
        ),
    )


# ----- 3. accountability review --------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class AccountabilityLine:
    """``source`` answers to ``target`` about ``scope``."""

    id: str
    source: str
    target: str
    scope: str
    formal: bool | None


@dataclass(frozen=True, kw_only=True)
class AccountabilityReview:
    lines: tuple[AccountabilityLine, ...]
    nodes: tuple[str, ...]
    positions: Mapping[str, tuple[float, float]]
    findings: tuple[Reviewed, ...]  # open first, then discussed; "not relevant" left out


def hierarchy_positions(
    graph: nx.DiGraph, x_gap: float = 190.0, y_gap: float = 150.0, per_row: int = 5
) -> dict[str, tuple[float, float]]:
    """Positions with every node below those it answers to (an edge A -> B: A answers to
    B). Cycles are kept on one row; nodes without lines go on a last row of their own.
    Within a row, nodes sit under the average place of those they answer to. A row of more
    than ``per_row`` nodes wraps onto staggered lines, so a map where
    twenty bodies answer to one stays readable instead of becoming a thin wide strip.

    >>> g = nx.DiGraph([("charity", "funder"), ("group", "charity")])
    >>> g.add_node("loner")
    >>> {n: y for n, (x, y) in hierarchy_positions(g).items()}
    {'funder': 0.0, 'charity': 150.0, 'group': 300.0, 'loner': 450.0}
    >>> wide = nx.DiGraph([(n, "top") for n in "abc"])
    >>> sorted({y for x, y in hierarchy_positions(wide, per_row=2).values()})
    [0.0, 150.0, 300.0]
    """
    linked = graph.subgraph([n for n in graph if graph.degree(n)])
    condensed = nx.condensation(linked)
    rows = [
        [node for block in sorted(row) for node in condensed.nodes[block]["members"]]
        for row in nx.topological_generations(condensed.reverse(copy=False))
    ]
    loners = [n for n in graph if not graph.degree(n)]
    if loners:
        rows.append(loners)
    positions: dict[str, tuple[float, float]] = {}
    y = 0.0
    for row in rows:

        def place(node: str) -> float:
            above = [positions[n][0] for n in graph.successors(node) if n in positions]
            return sum(above) / len(above) if above else 0.0

        ordered = sorted(row, key=lambda n: (place(n), str(n)))
        for line, start in enumerate(range(0, len(ordered), per_row)):
            chunk = ordered[start : start + per_row]
            if line:
                y += y_gap
            shift = x_gap / 2 if line % 2 else 0.0
            middle = (len(chunk) - 1) / 2
            for index, node in enumerate(chunk):
                positions[node] = ((index - middle) * x_gap + shift, y)
        y += y_gap
    return {node: positions[node] for node in [n for row in rows for n in row]}


REVIEW_ROW_GAP = 240.0  # room between rows for a line's caption clear of the names


def accountability_review(
    source: Analysis | PartnershipMap, reviews: Reviews | None = None
) -> AccountabilityReview:
    """The accountability lines alone, laid out top-down, with the findings about them.

    Shown: every actor on a line, every partner (a partner on no line is a finding in
    itself) and every actor an accountability finding names.
    """
    analysis = _analysis(source)
    pmap = analysis.pmap
    view = MapView(pmap)
    lines = tuple(
        AccountabilityLine(
            id=edge["id"],
            source=edge["source"],
            target=edge["target"],
            scope=edge.get("scope", ""),
            formal=edge.get("formal"),
        )
        for edge in pmap.edges("accountable_to")
    )
    items = [
        r
        for r in _reviewed(
            (
                f
                for f in analysis.findings
                if f.rule in ACCOUNTABILITY_RULES and not f.not_enough_data
            ),
            reviews or {},
            pmap.graph.number_of_nodes(),
        )
        if r.status != "not relevant"
    ]
    items.sort(key=lambda r: r.status != "open")
    graph = nx.DiGraph((line.source, line.target) for line in lines)
    extra = [*view.partners, *(n for r in items for n in r.finding.nodes)]
    graph.add_nodes_from(n for n in extra if n in pmap.graph)
    positions = hierarchy_positions(graph, y_gap=REVIEW_ROW_GAP)
    return AccountabilityReview(
        lines=lines, nodes=tuple(positions), positions=positions, findings=tuple(items)
    )


# ----- 4. meeting brief ----------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class LinkToConsider:
    """Two parties present who do not talk, and why they might."""

    source: str
    target: str
    source_label: str
    target_label: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ChecklistItem:
    """An item of a Compass checklist and who ticked it when (``None``: not ticked)."""

    id: str
    text: str
    principle: str | None
    ticked_by: str | None = None
    ticked_at: dt.datetime | None = None

    @property
    def ticked(self) -> bool:
        return self.ticked_at is not None


@dataclass(frozen=True, kw_only=True)
class MeetingBrief:
    """One page for a meeting: what to take up among the people coming."""

    map_name: str
    meeting_date: dt.date
    attendees: tuple[tuple[str, str], ...]  # (id, "Label, Organisation")
    missing_links: tuple[LinkToConsider, ...]
    stale_links: tuple[Reviewed, ...]
    accountability_gaps: tuple[Reviewed, ...]
    findings: tuple[Reviewed, ...]
    checklist: tuple[ChecklistItem, ...]
    notes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (
            self.missing_links
            or self.stale_links
            or self.accountability_gaps
            or self.findings
            or self.checklist
        )


def _attendee_label(pmap: PartnershipMap, node: str) -> str:
    org = pmap.graph.nodes[node].get("organisation")
    if org in pmap.graph:
        return f"{pmap.label(node)}, {pmap.label(org)}"
    return pmap.label(node)


def meeting_brief(
    source: Analysis | PartnershipMap,
    attendees: Iterable[str],
    meeting_date: dt.date,
    reviews: Reviews | None = None,
    ticks: Ticks | None = None,
) -> MeetingBrief:
    """The brief for a meeting of ``attendees`` on ``meeting_date``.

    Staleness is judged as of the meeting date. Only open findings are listed: one marked
    discussed or not relevant has been dealt with. A person attending represents their
    organisation. The checklist lists the Compass actions the listed findings suggest that
    nobody has ticked yet. Unknown attendees raise ``ValueError``.
    """
    if isinstance(source, Analysis) and source.today != meeting_date:
        source = source.pmap
    analysis = _analysis(source, today=meeting_date)
    pmap = analysis.pmap
    reviews = reviews or {}
    ticks = ticks or {}
    people = list(dict.fromkeys(attendees))
    found = brief(analysis, people)
    actors = pmap.graph.number_of_nodes()

    def still_open(findings: Iterable[Finding]) -> tuple[Reviewed, ...]:
        return tuple(r for r in _reviewed(findings, reviews, actors) if r.status == "open")

    settled = {
        frozenset(f.nodes) for f in analysis.findings if f.rule == MISSING_LINK and f.key in reviews
    }
    missing = tuple(
        LinkToConsider(
            source=s.source,
            target=s.target,
            source_label=pmap.label(s.source),
            target_label=pmap.label(s.target),
            reasons=s.reasons,
        )
        for s in found.missing_links
        if frozenset((s.source, s.target)) not in settled
    )
    stale, gaps, others = (
        still_open(found.stale_links),
        still_open(found.accountability_gaps),
        still_open(found.findings),
    )
    content = load_content()
    wanted = dict.fromkeys(r.finding.action.id for r in (*stale, *gaps, *others))
    todo = tuple(
        ChecklistItem(id=item_id, text=content.item(item_id).text, principle=item_id.split(".")[0])
        for item_id in sorted(wanted, key=_item_order)
        if item_id in content.items_by_id and item_id not in ticks
    )
    return MeetingBrief(
        map_name=pmap.name,
        meeting_date=meeting_date,
        attendees=tuple((node, _attendee_label(pmap, node)) for node in people),
        missing_links=missing,
        stale_links=stale,
        accountability_gaps=gaps,
        findings=others,
        checklist=todo,
        notes=analysis.notes,
    )


def _item_order(item_id: str) -> tuple[Any, ...]:
    """Checklist ids in reading order: ``P2.action.10`` after ``P2.action.9``."""
    return tuple(int(part) if part.isdigit() else part for part in item_id.split("."))


# ----- 5. principles and checklists ----------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class PrincipleProgress:
    """A principle's text, its action checklist with ticks, and how far along it is."""

    principle: Principle
    tools: tuple[Tool, ...]
    actions: tuple[ChecklistItem, ...]
    open_findings: int

    @property
    def ticked(self) -> int:
        return sum(item.ticked for item in self.actions)

    @property
    def total(self) -> int:
        return len(self.actions)


def checklist(
    items: Iterable[Item], ticks: Ticks, principle: str | None = None
) -> tuple[ChecklistItem, ...]:
    """Items with their ticks (who, when), in the Compass's order."""
    result = []
    for item in items:
        tick = ticks.get(item.id)
        result.append(
            ChecklistItem(
                id=item.id,
                text=item.text,
                principle=principle,
                ticked_by=tick.get("who") if tick else None,
                ticked_at=tick.get("at") if tick else None,
            )
        )
    return tuple(result)


def principles_progress(
    ticks: Ticks, findings: Iterable[Finding] = (), reviews: Reviews | None = None
) -> list[PrincipleProgress]:
    """The six principles, their actions ticked so far and their open findings."""
    content = load_content()
    reviews = reviews or {}
    open_items = [f for f in findings if not f.not_enough_data and f.key not in reviews]
    return [
        PrincipleProgress(
            principle=principle,
            tools=tuple(content.tool(tool_id) for tool_id in principle.tools),
            actions=checklist(principle.actions, ticks, principle.id),
            open_findings=sum(principle.id in f.principles for f in open_items),
        )
        for principle in content.principles
    ]


@dataclass(frozen=True, kw_only=True)
class RiskOnMap:
    """A risk from the Compass and the findings on this map that bear on it."""

    risk: Risk
    findings: tuple[Reviewed, ...]


def risks_on_map(
    source: Analysis | PartnershipMap, reviews: Reviews | None = None
) -> list[RiskOnMap]:
    """Each risk with the findings (not set aside as "not relevant", not "not enough data"
    notes, not low notes) of the rules that find signs of it (``rules`` in
    content/risks.yaml), in the analysis's order; a risk no rule looks for has none, and is
    for the partners to judge."""
    analysis = _analysis(source)
    items = [
        r
        for r in _reviewed(
            (f for f in analysis.findings if not f.not_enough_data),
            reviews or {},
            analysis.pmap.graph.number_of_nodes(),
        )
        if r.status != "not relevant"
    ]
    return [
        RiskOnMap(
            risk=risk,
            findings=tuple(
                r for r in items if r.finding.rule in risk.rules and r.finding.severity != "low"
            ),
        )
        for risk in load_content().risks
    ]


# ----- 6. skills and resources matrix --------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class MatrixRow:
    id: str
    label: str
    role: str | None


@dataclass(frozen=True, kw_only=True)
class MatrixColumn:
    """A skill or resource. ``gap``: needed, but no partner (skills) or no one
    (resources) offers it; ``single``: the one holder, when there is exactly one."""

    key: str
    text: str
    needed: bool
    gap: bool
    single: str | None


@dataclass(frozen=True, kw_only=True)
class Matrix:
    """Partners (then other actors that record any) by skills or by resources.

    ``cells[(row, column)]`` is, for skills, "has" or "via <people>" (held by the row's
    people only); for resources "offers", "needs" or "offers and needs".
    """

    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: Mapping[tuple[str, str], str]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _rows(view: MapView, recorded: Iterable[str]) -> tuple[MatrixRow, ...]:
    """Partners first (the lead first), then any other party with something recorded."""
    recorded = set(recorded)
    order = {"lead partner": 0, "partner": 1}
    parties = [p for p in view.parties if p in view.partners or p in recorded]
    parties.sort(key=lambda p: order.get(view.attr(p, "role"), 2))
    return tuple(MatrixRow(id=p, label=view.label(p), role=view.attr(p, "role")) for p in parties)


def skills_matrix(pmap: PartnershipMap) -> Matrix:
    """Partners by skills: the map's needed skills first, then every skill recorded.

    A party holds its own skills and its people's. Gaps and single holders count partners
    only, as the skills-gap rule does.
    """
    view = MapView(pmap)
    held = holders(view)
    partners = set(view.partners)
    texts: dict[str, str] = {}
    for skill in pmap.skills_needed:
        texts.setdefault(_key(skill), skill)
    for skills in held.values():
        for key, skill in skills.items():
            texts.setdefault(key, skill)
    needed = {_key(skill) for skill in pmap.skills_needed}
    rows = _rows(view, held)
    cells: dict[tuple[str, str], str] = {}
    for row in rows:
        own = {_key(s) for s in view.attr(row.id, "skills") or []}
        for key in held.get(row.id, {}):
            if key in own:
                cells[(row.id, key)] = "has"
            else:
                staff = [
                    n
                    for n in view.people.get(row.id, [])
                    if key in {_key(s) for s in view.attr(n, "skills") or []}
                ]
                cells[(row.id, key)] = "via " + view.names(staff)
    columns = []
    for key, text in texts.items():
        having = [r.id for r in rows if r.id in partners and (r.id, key) in cells]
        columns.append(
            MatrixColumn(
                key=key,
                text=text,
                needed=key in needed,
                gap=key in needed and not having,
                single=having[0] if len(having) == 1 else None,
            )
        )
    return Matrix(rows=rows, columns=tuple(columns), cells=cells)


def resources_matrix(pmap: PartnershipMap) -> Matrix:
    """Partners by the resources they offer and need: needed first, then offered only.

    A gap is a resource someone needs that no one on the map offers.
    """
    view = MapView(pmap)
    texts: dict[str, str] = {}
    recorded: dict[str, dict[str, set[str]]] = {}
    for field in ("needs", "offers"):
        for party in view.parties:
            for item in view.attr(party, field) or []:
                texts.setdefault(_key(item), item)
                recorded.setdefault(party, {}).setdefault(_key(item), set()).add(field)
    rows = _rows(view, recorded)
    cells = {
        (row.id, key): " and ".join(sorted(fields, reverse=True))
        for row in rows
        for key, fields in recorded.get(row.id, {}).items()
    }
    columns = []
    for key, text in texts.items():
        offering = [r.id for r in rows if "offers" in recorded.get(r.id, {}).get(key, ())]
        needed = any("needs" in recorded.get(r.id, {}).get(key, ()) for r in rows)
        columns.append(
            MatrixColumn(
                key=key,
                text=text,
                needed=needed,
                gap=needed and not offering,
                single=offering[0] if len(offering) == 1 else None,
            )
        )
    return Matrix(rows=rows, columns=tuple(columns), cells=cells)


def toggled(values: Sequence[str] | None, item: str, on: bool) -> list[str]:
    """``values`` with ``item`` added or removed (compared ignoring case and spacing), the
    rest in their order: the new value of an actor's skills, offers or needs.

    >>> toggled(["Finance", "Law"], "finance", False)
    ['Law']
    >>> toggled(["Law"], "Finance", True)
    ['Law', 'Finance']
    """
    present = [value for value in values or [] if _key(value) == _key(item)]
    if on and present:
        return list(values or [])
    kept = [value for value in values or [] if _key(value) != _key(item)]
    return [*kept, " ".join(item.split())] if on else kept
