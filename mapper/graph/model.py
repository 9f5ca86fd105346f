"""The partnership map: a typed, directed multigraph of actors and the links between them.

Everything else in Partnership Mapper reads or writes a :class:`PartnershipMap`. The field
tables below are the single description of what each node and edge may carry; readers,
the store and the app all validate through them, so a value is checked the same way
whichever door it came in by.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

__all__ = [
    "CATEGORIES",
    "EDGE_FIELDS",
    "EDGE_KINDS",
    "FREQUENCIES",
    "LEVELS",
    "MAP_FIELDS",
    "NODE_FIELDS",
    "NODE_KINDS",
    "RESOURCES",
    "ROLES",
    "SEAT_ROLES",
    "SECTORS",
    "Field",
    "MapValidationError",
    "PartnershipMap",
    "Problem",
    "slugify",
]

NODE_KINDS = ("organisation", "group", "forum", "person")
EDGE_KINDS = ("accountable_to", "communicates", "resource", "member_of", "influences")
ROLES = ("lead partner", "partner", "stakeholder")
CATEGORIES = (
    "funder",
    "service users",
    "community group",
    "local authority / public body",
    "regulator or scrutiny body",
    "private sector",
    "support organisation",
    "third sector organisation",
)
SECTORS = ("third", "public", "private", "community")
LEVELS = ("strategic", "operational")
RESOURCES = ("funding", "staff", "premises", "knowledge", "data", "volunteers", "in-kind")
SEAT_ROLES = ("chair", "member", "observer")
# Expected days between contacts; the stale-link rule reads these.
FREQUENCIES = {
    "daily": 1,
    "weekly": 7,
    "fortnightly": 14,
    "monthly": 30,
    "quarterly": 91,
    "twice a year": 182,
    "yearly": 365,
    "ad hoc": 0,
}


# Characters no file format we write can carry (XML 1.0, Excel) and PostgreSQL refuses
# (NUL), and halves of UTF-16 pairs: text holding them is refused, never half-saved.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_PLAIN_TEXT = "text without hidden control characters"


def _unwritable(text: str) -> str | None:
    r"""What the user is told when ``text`` holds a character we cannot store or write.

    >>> _unwritable("Age UK"), _unwritable("Age\x00UK")
    (None, 'text without hidden control characters (this has U+0000 at character 4)')
    """
    found = _UNWRITABLE.search(text)
    if found is None:
        return None
    return f"{_PLAIN_TEXT} (this has U+{ord(found.group()):04X} at character {found.start() + 1})"


def _text(value: Any) -> str:
    text = str(value).strip()
    problem = _unwritable(text)
    if problem:
        raise ValueError(problem)
    return text


def _finite(value: Any) -> float:
    """``float(value)``, refusing infinities and numbers too large for one."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError("not a number") from None
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


@dataclass(frozen=True, kw_only=True)
class Field:
    """One attribute a node, edge or map may carry, and how to read a value for it.

    ``type`` is one of text, choice, scale (a whole number within ``low``..``high``),
    number, list (of text), bool, date (ISO ``YYYY-MM-DD``) or ref (the id of another node).
    """

    name: str
    type: str
    choices: tuple[str, ...] = ()
    low: int = 1
    high: int = 5
    help: str = ""

    @property
    def expected(self) -> str:
        """Plain words for what a valid value looks like, used in every error message."""
        match self.type:
            case "choice":
                return "one of: " + ", ".join(self.choices)
            case "scale":
                return f"a whole number from {self.low} to {self.high}"
            case "number":
                return "a number of 0 or more"
            case "bool":
                return "yes or no"
            case "date":
                return "a date written YYYY-MM-DD"
            case "list":
                return "text, several values separated by |"
            case "ref":
                return "the id of an organisation on the map"
            case "coordinate":
                return "a number"
            case _:
                return "text"

    def coerce(self, value: Any) -> Any:
        """Return ``value`` in this field's type, or raise ``ValueError`` saying what was
        expected. Empty values come back as ``None`` so callers can drop them.

        >>> Field(name="power", type="scale").coerce("4")
        4
        >>> Field(name="skills", type="list").coerce("finance | law")
        ['finance', 'law']
        """
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, float) and value != value:  # NaN from spreadsheets
            return None
        match self.type:
            case "text" | "ref":
                return _text(value)
            case "choice":
                text = _norm(str(value))
                for choice in self.choices:
                    if _norm(choice) == text:
                        return choice
                raise ValueError(self.expected)
            case "scale":
                try:
                    number = _finite(value)
                except ValueError:
                    raise ValueError(self.expected) from None
                if not number.is_integer() or not self.low <= number <= self.high:
                    raise ValueError(self.expected)
                return int(number)
            case "number":
                try:
                    number = _finite(str(value).replace(",", "").lstrip("£$€"))
                except ValueError:
                    raise ValueError(self.expected) from None
                if number < 0:
                    raise ValueError(self.expected)
                return int(number) if number.is_integer() and number < 2**53 else number
            case "bool":
                if isinstance(value, bool):
                    return value
                text = _norm(str(value))
                if text in {"yes", "y", "true", "1", "two-way", "mutual"}:
                    return True
                if text in {"no", "n", "false", "0", "one-way"}:
                    return False
                raise ValueError(self.expected)
            case "date":
                if isinstance(value, dt.datetime):
                    return value.date().isoformat()
                if isinstance(value, dt.date):
                    return value.isoformat()
                try:
                    return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
                except ValueError:
                    raise ValueError(self.expected) from None
            case "coordinate":
                try:
                    return _finite(value)
                except ValueError:
                    raise ValueError(self.expected) from None
            case "list":
                items = value if isinstance(value, list | tuple) else str(value).split("|")
                cleaned = [_text(item) for item in items if str(item).strip()]
                return cleaned or None
        raise AssertionError(f"unknown field type {self.type}")


def _fields(*items: Field) -> dict[str, Field]:
    return {item.name: item for item in items}


_COMMON = (
    Field(name="notes", type="text", help="Anything worth remembering"),
    Field(
        name="tags",
        type="list",
        help="Free labels to find actors by, e.g. 'kickoff' or 'youth work'",
    ),
    Field(name="recorded_by", type="text", help="Who recorded it"),
    Field(name="recorded_at", type="date", help="When it was recorded"),
)

NODE_FIELDS: dict[str, Field] = _fields(
    Field(name="label", type="text", help="The name people use"),
    Field(name="kind", type="choice", choices=NODE_KINDS, help="What sort of actor"),
    Field(name="role", type="choice", choices=ROLES, help="Its place in the partnership"),
    Field(name="category", type="choice", choices=CATEGORIES, help="What sort of body"),
    Field(name="sector", type="choice", choices=SECTORS, help="Third, public, private, community"),
    Field(
        name="level", type="choice", choices=LEVELS, help="For a person: strategic or operational"
    ),
    Field(name="organisation", type="ref", help="For a person: the organisation they work for"),
    Field(name="until", type="date", help="For a person: the last day in their post, if leaving"),
    Field(name="power", type="scale", help="Power over the partnership, 1 (little) to 5 (a lot)"),
    Field(name="interest", type="scale", help="Interest in the partnership, 1 to 5"),
    Field(name="legitimacy", type="scale", help="How far others accept its claim as fair, 1 to 5"),
    Field(name="urgency", type="scale", help="How soon its claim needs attention, 1 to 5"),
    Field(name="skills", type="list", help="Skills and knowledge it brings"),
    Field(name="offers", type="list", help="Resources it can give"),
    Field(name="needs", type="list", help="Resources or skills it needs"),
    Field(name="x", type="coordinate", help="Position on the canvas"),
    Field(name="y", type="coordinate", help="Position on the canvas"),
    *_COMMON,
)

EDGE_FIELDS: dict[str, Field] = _fields(
    Field(name="kind", type="choice", choices=EDGE_KINDS, help="What sort of link"),
    Field(name="label", type="text", help="A short caption"),
    Field(name="scope", type="text", help="Accountability: what A answers to B for"),
    Field(name="formal", type="bool", help="Accountability: written down (contract, agreement)"),
    Field(name="channel", type="text", help="Communication: email, meeting, phone..."),
    Field(name="frequency", type="choice", choices=tuple(FREQUENCIES), help="How often"),
    Field(name="last_contact", type="date", help="Communication: when they last spoke"),
    Field(name="mutual", type="bool", help="Communication: two-way"),
    Field(name="resource", type="choice", choices=RESOURCES, help="Resource: what flows"),
    Field(name="amount", type="number", help="Resource: how much"),
    Field(name="unit", type="text", help="Resource: unit of the amount (GBP, hours, FTE)"),
    Field(name="importance", type="scale", help="Resource: how much the receiver relies on it"),
    Field(name="role", type="choice", choices=SEAT_ROLES, help="Seat: chair, member, observer"),
    Field(name="voting", type="bool", help="Seat: has a vote"),
    Field(name="stages", type="list", help="Seat: decision stages it takes part in"),
    Field(name="strength", type="scale", help="Influence: how strong, 1 to 5"),
    *_COMMON,
)

MAP_FIELDS: dict[str, Field] = _fields(
    Field(name="name", type="text", help="The partnership's name"),
    Field(name="purpose", type="text", help="Purpose and shared vision"),
    Field(name="date", type="date", help="When the map was drawn or last reviewed"),
    Field(name="notes", type="text"),
    Field(name="skills_needed", type="list", help="Skills the partnership says it needs"),
)


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").split())


def slugify(text: str) -> str:
    """A stable, readable id made from a label.

    >>> slugify("Carers' Centre (North)")
    'carers-centre-north'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    return slug or "actor"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as the source allows."""

    where: str
    message: str
    column: str | None = None
    value: Any = None
    plain: str = ""  # the whole problem in a facilitator's words, when it has them

    def __str__(self) -> str:
        if self.plain:
            return self.plain
        parts = [self.where]
        if self.column:
            parts.append(f"column '{self.column}'")
        text = ", ".join(parts) + ": "
        if self.value is not None and self.value != "":
            return text + f"{self.value!r} is not valid; expected {self.message}"
        return text + f"expected {self.message}"


class MapValidationError(ValueError):
    """Raised with every problem found, so a user can fix them all in one go."""

    def __init__(self, problems: Iterable[Problem], source: str | None = None):
        self.problems = list(problems)
        self.source = source
        head = f"{source}: " if source else ""
        count = len(self.problems)
        lines = [f"{head}{count} problem{'s' if count != 1 else ''} found, nothing was changed:"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


@dataclass
class PartnershipMap:
    """A partnership map: map-level fields and a ``networkx.MultiDiGraph``.

    Nodes are keyed by a stable id; edges by their own id (the multigraph key), so two
    links of the same kind between the same pair stay distinct.

    >>> m = PartnershipMap(name="Demo")
    >>> m.add_node(label="Lead Charity", role="lead partner")
    'lead-charity'
    >>> m.add_node(label="Funder", category="funder")
    'funder'
    >>> m.add_edge("lead-charity", "funder", "accountable_to")
    'e1'
    >>> m.graph.number_of_edges()
    1
    """

    name: str = "Untitled map"
    purpose: str = ""
    date: str | None = None
    notes: str = ""
    skills_needed: list[str] = field(default_factory=list)
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)

    # ----- reading -------------------------------------------------------------------
    @property
    def meta(self) -> dict[str, Any]:
        """The map-level fields as a plain dict (empty values left out)."""
        values = {
            "name": self.name,
            "purpose": self.purpose,
            "date": self.date,
            "notes": self.notes,
            "skills_needed": list(self.skills_needed),
        }
        return {key: value for key, value in values.items() if value not in (None, "", [])}

    def node(self, node_id: str) -> dict[str, Any]:
        """The attributes of one node, with its id."""
        return {"id": node_id, **self.graph.nodes[node_id]}

    def nodes(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every node as a dict with its id, optionally of one kind, in insertion order."""
        return [
            {"id": node_id, **attrs}
            for node_id, attrs in self.graph.nodes(data=True)
            if kind is None or attrs.get("kind") == kind
        ]

    def edges(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every edge as a dict with id, source, target and attributes."""
        return [
            {"id": key, "source": source, "target": target, **attrs}
            for source, target, key, attrs in self.graph.edges(keys=True, data=True)
            if kind is None or attrs.get("kind") == kind
        ]

    def edge(self, edge_id: str) -> dict[str, Any]:
        """One edge by id; ``KeyError`` if there is none."""
        for source, target, key, attrs in self.graph.edges(keys=True, data=True):
            if key == edge_id:
                return {"id": key, "source": source, "target": target, **attrs}
        raise KeyError(edge_id)

    def label(self, node_id: str) -> str:
        """The label a user reads for a node (its id when it has none)."""
        return self.graph.nodes[node_id].get("label", node_id)

    # ----- writing -------------------------------------------------------------------
    def new_node_id(self, label: str) -> str:
        """An unused id made from ``label`` (``-2``, ``-3``... appended on a clash)."""
        base = slugify(label)
        candidate, number = base, 2
        while candidate in self.graph:
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def new_edge_id(self) -> str:
        """An unused edge id of the form ``e<n>``."""
        used = {key for _, _, key in self.graph.edges(keys=True)}
        number = len(used) + 1
        while f"e{number}" in used:
            number += 1
        return f"e{number}"

    def add_node(self, id: str | None = None, **attrs: Any) -> str:
        """Add one actor after validating it; returns its id."""
        record = {"id": id, **attrs}
        clean, problems = check_node(record, where="the new actor", existing=self)
        if problems:
            raise MapValidationError(problems)
        node_id = clean.pop("id") or self.new_node_id(clean["label"])
        if node_id in self.graph:
            raise MapValidationError(
                [Problem("the new actor", f"an unused id ('{node_id}' is taken)", "id")]
            )
        self.graph.add_node(node_id, **clean)
        return node_id

    def update_node(self, node_id: str, **changes: Any) -> None:
        """Change some attributes of a node; a value of ``None`` or "" removes it."""
        if node_id not in self.graph:
            raise KeyError(node_id)
        merged = {**self.node(node_id), **changes}
        merged = {key: value for key, value in merged.items() if value not in (None, "", [])}
        merged["id"] = node_id
        clean, problems = check_node(merged, where=f"actor '{node_id}'", existing=self)
        if problems:
            raise MapValidationError(problems)
        clean.pop("id")
        attrs = self.graph.nodes[node_id]
        before = dict(attrs)
        attrs.clear()
        attrs.update(clean)
        problems = self._problems_around(node_id)
        if problems:  # put it back: a failed edit changes nothing
            attrs.clear()
            attrs.update(before)
            raise MapValidationError(problems)

    def _problems_around(self, node_id: str) -> list[Problem]:
        """Problems an edit of ``node_id`` causes in its links and its staff's records."""
        problems: list[Problem] = []
        for edge in self.edges():
            if node_id in (edge["source"], edge["target"]):
                problems += check_edge(edge, where=f"link '{edge['id']}'", existing=self)[1]
        for other in self.nodes():
            if other.get("organisation") == node_id:
                problems += _organisation_problems(f"actor '{other['id']}'", node_id, self.graph)
        return problems

    def remove_node(self, node_id: str) -> int:
        """Remove an actor and its links; returns how many links went with it."""
        links = self.graph.degree(node_id)
        self.graph.remove_node(node_id)
        for _, attrs in self.graph.nodes(data=True):
            if attrs.get("organisation") == node_id:
                del attrs["organisation"]
        return links

    def add_edge(
        self, source: str, target: str, kind: str, id: str | None = None, **attrs: Any
    ) -> str:
        """Add one link after validating it; returns its id."""
        record = {"id": id, "source": source, "target": target, "kind": kind, **attrs}
        clean, problems = check_edge(record, where="the new link", existing=self)
        if problems:
            raise MapValidationError(problems)
        edge_id = clean.pop("id") or self.new_edge_id()
        if any(key == edge_id for _, _, key in self.graph.edges(keys=True)):
            raise MapValidationError(
                [Problem("the new link", f"an unused id ('{edge_id}' is taken)", "id")]
            )
        self.graph.add_edge(clean.pop("source"), clean.pop("target"), key=edge_id, **clean)
        return edge_id

    def update_edge(self, edge_id: str, **changes: Any) -> None:
        """Change some attributes of a link (source and target included)."""
        old = self.edge(edge_id)
        merged = {**old, **changes}
        merged = {key: value for key, value in merged.items() if value not in (None, "", [])}
        clean, problems = check_edge(merged, where=f"link '{edge_id}'", existing=self)
        if problems:
            raise MapValidationError(problems)
        self.graph.remove_edge(old["source"], old["target"], key=edge_id)
        clean.pop("id")
        self.graph.add_edge(clean.pop("source"), clean.pop("target"), key=edge_id, **clean)

    def remove_edge(self, edge_id: str) -> None:
        """Remove one link by id."""
        old = self.edge(edge_id)
        self.graph.remove_edge(old["source"], old["target"], key=edge_id)

    # ----- whole-map conversion --------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The native document: ``{"format", "version", "map", "nodes", "edges"}``."""
        return {
            "format": "partnership-map",
            "version": 1,
            "map": self.meta,
            "nodes": [_ordered(node, NODE_FIELDS) for node in self.nodes()],
            "edges": [_ordered(edge, EDGE_FIELDS) for edge in self.edges()],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> PartnershipMap:
        """Build a map from the native document, reporting every problem at once."""
        problems: list[Problem] = []
        if not isinstance(data, Mapping):
            raise MapValidationError([Problem("the file", "a JSON object")], source)
        if data.get("format") not in (None, "partnership-map"):
            problems.append(
                Problem("the file", "format 'partnership-map'", "format", data.get("format"))
            )
        if data.get("version", 1) != 1:
            problems.append(Problem("the file", "version 1", "version", data.get("version")))
        meta = data.get("map") or {}
        nodes = data.get("nodes") or []
        edges = data.get("edges") or []
        if not isinstance(meta, Mapping):
            problems.append(Problem("'map'", "an object with name, purpose, date, notes"))
            meta = {}
        for part, what in (("nodes", "actors"), ("edges", "links")):
            if not isinstance(data.get(part) or [], list):
                problems.append(Problem(f"'{part}'", f"a list of {what}"))
        nodes = nodes if isinstance(nodes, list) else []
        edges = edges if isinstance(edges, list) else []
        records_n = [(f"node {i + 1}", n) for i, n in enumerate(nodes)]
        records_e = [(f"edge {i + 1}", e) for i, e in enumerate(edges)]
        return build_map(meta, records_n, records_e, source=source, prior=problems)


def _ordered(record: dict[str, Any], fields: dict[str, Field]) -> dict[str, Any]:
    head = [key for key in ("id", "source", "target") if key in record]
    rest = [key for key in fields if key in record and key not in head]
    extra = sorted(key for key in record if key not in head and key not in fields)
    return {key: record[key] for key in head + rest + extra}


def _extra_problem(key: Any, value: Any) -> str | None:
    """Why an attribute of another tool cannot be kept as it is, if it cannot: its name
    or any text in it holds a character no format can carry, or it holds an infinite
    number (lists and objects from JSON are looked through)."""
    pending = [str(key), value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            problem = _unwritable(item)
            if problem:
                return problem
        elif isinstance(item, float) and not math.isfinite(item):
            return "a finite number"
        elif isinstance(item, dict):
            pending += [str(name) for name in item] + list(item.values())
        elif isinstance(item, list | tuple):
            pending += item
    return None


def _checked_id(record: Mapping[str, Any], key: str, where: str) -> tuple[str | None, list]:
    """``record[key]`` as an id (``None`` when empty), with the problem if it cannot be one."""
    value = record.get(key)
    if value in (None, ""):
        return None, []
    text = str(value).strip() or None
    problem = _unwritable(text or "")
    return text, [Problem(where, problem, key, value)] if problem else []


def _check_fields(
    record: Mapping[str, Any], fields: dict[str, Field], where: str, skip: set[str]
) -> tuple[dict[str, Any], list[Problem]]:
    clean: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, raw in record.items():
        if key in skip:
            continue
        spec = fields.get(key)
        if spec is None:
            # Unknown attributes are kept as text, never dropped: other tools' custom columns.
            problem = _extra_problem(key, raw)
            if problem:
                problems.append(Problem(where, problem, str(key), raw))
            elif raw not in (None, "") and not (isinstance(raw, float) and raw != raw):
                clean[key] = raw
            continue
        try:
            value = spec.coerce(raw)
        except ValueError as error:
            problems.append(Problem(where, str(error), key, raw))
            continue
        if value is not None:
            clean[key] = value
    return clean, problems


def _organisation_problems(where: str, org: str, graph: nx.MultiDiGraph) -> list[Problem]:
    """A person's ``organisation`` must name an organisation node on the map."""
    if org not in graph:
        return [Problem(where, "the id of an organisation on the map", "organisation", org)]
    kind = graph.nodes[org].get("kind")
    if kind != "organisation":
        return [Problem(where, f"an organisation (it names a {kind})", "organisation", org)]
    return []


def check_node(
    record: Mapping[str, Any], where: str, existing: PartnershipMap | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate one node record; returns the cleaned record and the problems found.

    The label defaults to the id and the kind to ``organisation``. ``existing`` is used to
    check that a person's organisation is on the map.
    """
    clean, problems = _check_fields(record, NODE_FIELDS, where, skip={"id"})
    node_id, found = _checked_id(record, "id", where)
    problems += found
    if not clean.get("label"):
        if node_id:
            clean["label"] = node_id
        else:
            problems.append(
                Problem(
                    where,
                    "an id or a label (both are empty)",
                    "label",
                    plain=f"Each actor needs a name: {where} has none.",
                )
            )
    clean.setdefault("kind", "organisation")
    org = clean.get("organisation")
    if org is not None and existing is not None:
        problems += _organisation_problems(where, org, existing.graph)
    clean["id"] = node_id
    return clean, problems


_BOTH_ENDS = "Each link needs an actor at both ends: "


def check_edge(
    record: Mapping[str, Any], where: str, existing: PartnershipMap | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate one edge record: fields, endpoints present, kind-specific rules."""
    clean, problems = _check_fields(record, EDGE_FIELDS, where, skip={"id", "source", "target"})
    ends: dict[str, str | None] = {}
    for end in ("source", "target"):
        value, found = _checked_id(record, end, where)
        ends[end] = value
        if found:
            problems += found
        elif value is None:
            side = "starts from" if end == "source" else "goes to"
            plain = f"{_BOTH_ENDS}{where} does not say which actor it {side}."
            problems.append(
                Problem(where, f"the id of the {end} actor (it is empty)", end, plain=plain)
            )
        elif existing is not None and value not in existing.graph:
            plain = f"{_BOTH_ENDS}{where} names '{value}', who is not on the map."
            problems.append(
                Problem(where, "the id of an actor on the map", end, value, plain=plain)
            )
    kind = clean.get("kind")
    if "kind" not in record or record.get("kind") in (None, ""):
        problems.append(Problem(where, EDGE_FIELDS["kind"].expected, "kind"))
    if ends["source"] is not None and ends["source"] == ends["target"]:
        problems.append(
            Problem(
                where, "two different actors (a link cannot loop back)", "target", ends["target"]
            )
        )
    if (
        kind == "resource"
        and "resource" not in clean
        and not any(p.column == "resource" for p in problems)
    ):
        problems.append(Problem(where, "what flows: " + ", ".join(RESOURCES), "resource"))
    if kind == "member_of" and existing is not None and ends["target"] in existing.graph:
        target_kind = existing.graph.nodes[ends["target"]].get("kind")
        if target_kind != "forum":
            problems.append(
                Problem(
                    where,
                    f"a forum to sit on ('{ends['target']}' is a {target_kind})",
                    "target",
                    ends["target"],
                )
            )
    clean.update(ends)
    clean["id"], found = _checked_id(record, "id", where)
    problems += found
    return clean, problems


def build_map(
    meta: Mapping[str, Any],
    nodes: Iterable[tuple[str, Mapping[str, Any]]],
    edges: Iterable[tuple[str, Mapping[str, Any]]],
    source: str | None = None,
    prior: Iterable[Problem] = (),
) -> PartnershipMap:
    """Build a whole map from located records, all or nothing.

    Each record comes with where it came from ("nodes.csv row 4"), so every problem can
    say exactly where to look. Raises :class:`MapValidationError` listing all problems.
    """
    problems = list(prior)
    meta_clean, meta_problems = _check_fields(meta, MAP_FIELDS, "map details", skip=set())
    problems += meta_problems
    pmap = PartnershipMap(
        name=meta_clean.get("name") or "Untitled map",
        purpose=meta_clean.get("purpose", ""),
        date=meta_clean.get("date"),
        notes=meta_clean.get("notes", ""),
        skills_needed=meta_clean.get("skills_needed", []),
    )
    pending_orgs: list[tuple[str, str]] = []
    failed_ids: set[str] = set()
    for where, record in nodes:
        if not isinstance(record, Mapping):
            problems.append(Problem(where, "an object with the actor's fields"))
            continue
        clean, found = check_node(record, where)
        problems += found
        if found:
            if clean.get("id"):  # its links are not also reported as dangling
                failed_ids.add(clean["id"])
            continue
        node_id = clean.pop("id") or pmap.new_node_id(clean["label"])
        if node_id in pmap.graph:
            problems.append(
                Problem(where, f"a unique id ('{node_id}' is used twice)", "id", node_id)
            )
            continue
        if "organisation" in clean:
            pending_orgs.append((where, clean["organisation"]))
        pmap.graph.add_node(node_id, **clean)
    for where, org in pending_orgs:
        problems += _organisation_problems(where, org, pmap.graph)
    used_ids: set[str] = set()
    accepted: list[dict[str, Any]] = []
    for where, record in edges:
        if not isinstance(record, Mapping):
            problems.append(Problem(where, "an object with source, target and kind"))
            continue
        clean, found = check_edge(record, where, existing=pmap)
        found = [
            p for p in found if not (p.column in ("source", "target") and p.value in failed_ids)
        ]
        problems += found
        if found or {clean["source"], clean["target"]} & failed_ids:
            continue
        if clean["id"] in used_ids:
            problems.append(
                Problem(where, f"a unique id ('{clean['id']}' is used twice)", "id", clean["id"])
            )
            continue
        if clean["id"]:
            used_ids.add(clean["id"])
        accepted.append(clean)
    for clean in accepted:  # ids are given to unnamed links once every named one is known
        edge_id = clean.pop("id") or _next_free(used_ids)
        used_ids.add(edge_id)
        pmap.graph.add_edge(clean.pop("source"), clean.pop("target"), key=edge_id, **clean)
    if problems:
        raise MapValidationError(problems, source)
    return pmap


def _next_free(used: set[str]) -> str:
    number = len(used) + 1
    while f"e{number}" in used:
        number += 1
    return f"e{number}"
