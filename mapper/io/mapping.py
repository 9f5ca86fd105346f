"""Other tools' maps onto ours: their types onto our kinds, their ids and labels onto ours.

Every foreign reader (Kumu, Onodo, Gephi, GraphML/GEXF, Cytoscape, Oligrapher) turns its
file into :class:`ForeignNode` and :class:`ForeignEdge` records and hands them to
:func:`build_foreign`, so all of them treat types, duplicates, missing actors, self-loops
and odd values the same way, and say so in the import report. The type table itself is
data (``mapper/data/content/import_mapping.yaml``) that a user can read and change.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from mapper.content import DEFAULT_DIRECTORY
from mapper.graph.model import (
    EDGE_FIELDS,
    EDGE_KINDS,
    NODE_FIELDS,
    NODE_KINDS,
    Field,
    slugify,
)
from mapper.io.result import ImportReport, ImportResult
from mapper.io.tables import map_from_rows

__all__ = [
    "MAPPING_PATH",
    "ForeignEdge",
    "ForeignNode",
    "MappingError",
    "Rule",
    "TypeMapping",
    "build_foreign",
    "clean_key",
    "load_mapping",
]

MAPPING_PATH = DEFAULT_DIRECTORY / "import_mapping.yaml"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SHOWN = 8  # names listed in one report line before "and N more"
_KEPT_LINES = 20  # skipped items listed one by one before the rest are counted


class MappingError(ValueError):
    """The mapping file is malformed: names the entry at fault."""


def _norm(text: Any) -> str:
    return " ".join(str(text).strip().lower().replace("_", " ").split())


def _loose(text: str) -> str:
    """``in-kind`` as ``in kind``; a bare ``--`` stays itself."""
    return " ".join(text.replace("-", " ").split()) or text


def clean_key(name: Any) -> str:
    """A column or attribute name as our tables spell it: ``"Net Worth"`` -> ``net_worth``."""
    return "_".join(str(name).strip().lower().split())


@dataclass(frozen=True)
class Rule:
    """One mapping entry: the fields a foreign type sets, whether it turns the link round,
    and whether the original type is kept as a tag as well."""

    values: Mapping[str, Any]
    reverse: bool = False
    tag: bool = False

    def describe(self) -> str:
        """``organisation (role stakeholder, category funder)`` for the report."""
        extra = ", ".join(f"{k} {v}" for k, v in self.values.items() if k != "kind")
        turned = ", turned round" if self.reverse else ""
        return (
            f"{self.values['kind']} ({extra}{turned})" if extra or turned else self.values["kind"]
        )


@dataclass(frozen=True)
class TypeMapping:
    """The loaded mapping table: which fields hold types, and what each type means."""

    node_fields: tuple[str, ...]
    edge_fields: tuple[str, ...]
    nodes: Mapping[str, Rule]
    edges: Mapping[str, Rule]
    node_default: Rule
    edge_default: Rule

    def node(self, foreign_type: str) -> Rule | None:
        """The entry for an actor type, or ``None`` when the table does not know it."""
        return _find(self.nodes, foreign_type)

    def edge(self, foreign_type: str) -> Rule | None:
        """The entry for a link type, or ``None`` when the table does not know it."""
        return _find(self.edges, foreign_type)


def _find(rules: Mapping[str, Rule], foreign_type: str) -> Rule | None:
    key = _norm(foreign_type)
    return rules.get(key) or rules.get(_loose(key))


def _rule(entry: Any, fields: Mapping[str, Field], kinds: tuple[str, ...], where: str) -> Rule:
    if not isinstance(entry, Mapping) or "kind" not in entry:
        raise MappingError(f"{where}: expected a mapping with a 'kind'")
    values: dict[str, Any] = {}
    for key, raw in entry.items():
        if key in ("names", "reverse", "tag"):
            continue
        spec = fields.get(key)
        if spec is None or key in ("label", "x", "y"):
            raise MappingError(f"{where}: '{key}' is not a field an entry can set")
        try:
            values[key] = spec.coerce(raw)
        except ValueError as error:
            raise MappingError(f"{where}: {key} {raw!r} is not valid; expected {error}") from None
    if values["kind"] not in kinds:
        raise MappingError(f"{where}: kind must be one of {', '.join(kinds)}")
    if values["kind"] == "resource" and "resource" not in values:
        raise MappingError(f"{where}: a resource entry must say which resource flows")
    return Rule(values, bool(entry.get("reverse", False)), bool(entry.get("tag", False)))


def _table(
    section: Any, fields: Mapping[str, Field], kinds: tuple[str, ...], name: str, file: str
) -> tuple[dict[str, Rule], Rule]:
    if not isinstance(section, Mapping):
        raise MappingError(f"{file}: '{name}' must hold 'default' and 'types'")
    default = _rule(section.get("default"), fields, kinds, f"{file}, {name}.default")
    rules: dict[str, Rule] = {}
    for number, entry in enumerate(section.get("types") or [], start=1):
        where = f"{file}, {name} entry {number}"
        rule = _rule(entry, fields, kinds, where)
        names = entry.get("names")
        if not isinstance(names, list) or not names:
            raise MappingError(f"{where}: expected a list of names")
        for item in names:
            key = _norm(item)
            if key in rules:
                raise MappingError(f"{where}: '{item}' is already mapped by an earlier entry")
            rules[key] = rule
        for item in names:
            rules.setdefault(_loose(_norm(item)), rule)
    return rules, default


@functools.lru_cache(maxsize=4)
def load_mapping(path: Traversable = MAPPING_PATH) -> TypeMapping:
    """Read and check the mapping table (cached: it is content, not user data)."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise MappingError(f"{path.name}: cannot be read ({error})") from None
    if not isinstance(document, Mapping):
        raise MappingError(f"{path.name}: expected type_fields, actors and links")
    type_fields = document.get("type_fields") or {}
    nodes, node_default = _table(
        document.get("actors"), NODE_FIELDS, NODE_KINDS, "actors", path.name
    )
    edges, edge_default = _table(document.get("links"), EDGE_FIELDS, EDGE_KINDS, "links", path.name)
    return TypeMapping(
        node_fields=tuple(clean_key(f) for f in type_fields.get("actors", ["type"])),
        edge_fields=tuple(clean_key(f) for f in type_fields.get("links", ["type"])),
        nodes=nodes,
        edges=edges,
        node_default=node_default,
        edge_default=edge_default,
    )


@dataclass
class ForeignNode:
    """An actor as another tool stored it. ``key`` is the tool's own id, if it has one."""

    where: str
    key: str | None = None
    label: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class ForeignEdge:
    """A link as another tool stored it: ends by the tool's id or by label.

    ``directed=False`` marks an undirected or mutual link (it becomes ``mutual``).
    """

    where: str
    source: Any
    target: Any
    key: str | None = None
    directed: bool = True
    attrs: dict[str, Any] = field(default_factory=dict)


def _present(value: Any) -> bool:
    if value is None or (isinstance(value, float) and value != value):
        return False
    return not (isinstance(value, str | list | tuple | dict) and not value)


def _clean(attrs: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if isinstance(value, str):
            value = value.strip()
        key = clean_key(name)
        if _present(value) and key and key not in out:
            out[key] = value
    if "notes" not in out and "description" in out:
        out["notes"] = out.pop("description")
    return out


def _text(value: Any) -> str:
    return str(value).strip() if _present(value) else ""


def _listed(names: list[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:_SHOWN])
    more = len(names) - _SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


class _Builder:
    """The state of one foreign import: ids given out, decisions counted for the report."""

    def __init__(self, tool: str, mapping: TypeMapping, report: ImportReport):
        self.tool = tool
        self.prefix = clean_key(tool).replace("-", "_")
        self.mapping = mapping
        self.report = report
        self.decisions: Counter[tuple[str, str]] = Counter()
        self.nodes: dict[str, dict[str, Any]] = {}  # our id -> attributes
        self.where: dict[str, str] = {}
        self.by_key: dict[str, str] = {}
        self.by_label: dict[str, str] = {}
        self.created_from_links: list[str] = []
        self.edge_ids: set[str] = set()

    # ----- types --------------------------------------------------------------------
    def apply_type(self, attrs: dict[str, Any], noun: str) -> Rule:
        """Choose the mapping entry for one record; types it does not know become tags."""
        is_node = noun == "actor"
        kinds = NODE_KINDS if is_node else EDGE_KINDS
        explicit = _norm(attrs.get("kind", ""))
        for kind in kinds:
            if explicit == _norm(kind):  # our own kind, written by us or a careful user
                attrs["kind"] = kind
                return Rule({})
        fields = self.mapping.node_fields if is_node else self.mapping.edge_fields
        lookup = self.mapping.node if is_node else self.mapping.edge
        found = [
            (name.replace("_", " "), str(attrs.pop(name)))
            for name in fields
            if isinstance(attrs.get(name), str | int | float)
        ]
        rules = [lookup(value) for _, value in found]
        chosen = next((i for i, rule in enumerate(rules) if rule is not None), None)
        tags = _as_list(attrs.get("tags"))
        for i, (_, value) in enumerate(found):
            rule = rules[i]
            if i != chosen or (rule is not None and rule.tag):
                tags.append(f"{self.tool} type: {value}")
        if tags:
            attrs["tags"] = tags
        if chosen is not None:
            name, value = found[chosen]
            rule = rules[chosen]
            assert rule is not None
            self.decisions[noun, f"of {self.tool} {name} '{value}': read as {rule.describe()}"] += 1
        else:
            rule = self.mapping.node_default if is_node else self.mapping.edge_default
            if found:
                name, value = found[0]
                text = (
                    f"of {self.tool} {name} '{value}', which the mapping does not know: read as "
                    f"{rule.describe()}, the type kept as the tag '{self.tool} type: {value}'"
                )
            else:
                text = f"with no type: read as {rule.describe()} (the mapping's default)"
            self.decisions[noun, text] += 1
        for key, value in rule.values.items():
            attrs.setdefault(key, value)
        return rule

    def check_fields(self, attrs: dict[str, Any], fields: Mapping[str, Field], noun: str) -> None:
        """Keep a foreign value under our field's name only if it is valid there."""
        for name in list(attrs):
            spec = fields.get(name)
            if spec is None or name in ("kind", "organisation"):
                continue
            try:
                spec.coerce(attrs[name])
            except ValueError:
                kept = f"{self.prefix}_{name}"
                attrs[kept] = attrs.pop(name)
                self.decisions[
                    noun, f"with a '{name}' that is not {spec.expected}: kept as '{kept}'"
                ] += 1

    # ----- actors -------------------------------------------------------------------
    def add_nodes(self, nodes: Iterable[ForeignNode]) -> None:
        pending: list[tuple[ForeignNode, dict[str, Any], str]] = []
        first_seen: dict[tuple[str, str], tuple[ForeignNode, dict[str, Any]]] = {}
        for node in nodes:
            attrs = _clean(node.attrs)
            key = _text(node.key) or None
            label = _text(node.label) or _text(attrs.pop("label", "")) or key
            attrs.pop("id", None)
            if not label:
                self.report.ignored.append(f"{node.where}: no label and no id, so skipped")
                continue
            ident = ("key", key) if key else ("label", _norm(label))
            if ident in first_seen:
                earlier, earlier_attrs = first_seen[ident]
                _merge(earlier_attrs, attrs)
                self.report.merged.append(
                    f"'{label}' appears in {earlier.where} and {node.where}: one actor"
                )
                continue
            first_seen[ident] = (node, attrs)
            pending.append((node, attrs, label))
        # Slug-like foreign ids are kept (so our own files round-trip); others make way.
        for node, attrs, label in sorted(pending, key=lambda item: not self._keeps(item[0])):
            self._place(node.where, _text(node.key) or None, label, attrs)

    def _keeps(self, node: ForeignNode) -> bool:
        return bool(node.key) and bool(_SLUG.match(_text(node.key)))

    def _place(self, where: str, key: str | None, label: str, attrs: dict[str, Any]) -> str:
        node_id = key if key and _SLUG.match(key) and key not in self.nodes else None
        if node_id is None:
            base = slugify(label)
            node_id, number = base, 2
            while node_id in self.nodes:
                node_id, number = f"{base}-{number}", number + 1
        attrs["label"] = label
        self.check_fields(attrs, NODE_FIELDS, "actor")  # first, so invalid values make way
        self.apply_type(attrs, "actor")
        self.nodes[node_id] = attrs
        self.where[node_id] = where
        if key:
            self.by_key[key] = node_id
        self.by_label.setdefault(_norm(label), node_id)
        return node_id

    def resolve(self, value: Any, where: str, create: bool) -> str | None:
        text = _text(value)
        if not text:
            return None
        if text in self.by_key:
            return self.by_key[text]
        found = self.by_label.get(_norm(text))
        if found is not None:
            if self.by_key:
                self.decisions["link end", "matched to an actor by label, not by id"] += 1
            return found
        if not create:
            return None
        self.created_from_links.append(text)
        return self._place(where, None, text, {})

    def fix_organisations(self) -> None:
        """A person's organisation may name an actor by id or label; else it is kept aside."""
        for node_id, attrs in self.nodes.items():
            if "organisation" not in attrs:
                continue
            target = self.resolve(attrs["organisation"], self.where[node_id], create=False)
            if target is not None and self.nodes[target].get("kind") == "organisation":
                attrs["organisation"] = target
            else:
                attrs[f"{self.prefix}_organisation"] = attrs.pop("organisation")
                self.decisions[
                    "actor",
                    "whose 'organisation' is not an organisation on the map: "
                    f"kept as '{self.prefix}_organisation'",
                ] += 1

    # ----- links --------------------------------------------------------------------
    def edge_row(self, edge: ForeignEdge, create: bool) -> dict[str, Any] | None:
        ends = []
        for end in (edge.source, edge.target):
            resolved = self.resolve(end, edge.where, create)
            if resolved is None:
                what = (
                    f"'{_text(end)}' is not an actor in the file"
                    if _text(end)
                    else "an end is empty"
                )
                self.report.ignored.append(f"{edge.where}: link skipped, {what}")
                return None
            ends.append(resolved)
        if ends[0] == ends[1]:  # checked first, so a skipped loop counts in no other line
            self.report.ignored.append(
                f"{edge.where}: link from '{self.nodes[ends[0]]['label']}' to itself skipped "
                "(a link joins two different actors)"
            )
            return None
        attrs = _clean(edge.attrs)
        for name in ("id", "source", "target", "from", "to"):
            attrs.pop(name, None)
        self.check_fields(attrs, EDGE_FIELDS, "link")
        rule = self.apply_type(attrs, "link")
        source, target = reversed(ends) if rule.reverse else ends
        if attrs["kind"] == "member_of" and self.nodes[target].get("kind") != "forum":
            attrs["tags"] = [*_as_list(attrs.get("tags")), f"{self.tool} link: member of"]
            attrs.pop("role", None)
            attrs["kind"] = self.mapping.edge_default.values["kind"]
            self.decisions[
                "link",
                "meaning 'member of' to an actor that is not a forum: read as "
                f"{attrs['kind']} (tagged '{self.tool} link: member of')",
            ] += 1
        if attrs["kind"] == "resource" and "resource" not in attrs:
            attrs["resource"] = "in-kind"
            self.decisions["resource link", "not saying what flows: read as in-kind"] += 1
        if not edge.directed and "mutual" not in attrs:
            attrs["mutual"] = True
            self.decisions["undirected or mutual link", "marked two-way (mutual)"] += 1
        key = _text(edge.key)
        if key and _SLUG.match(key) and key not in self.edge_ids:
            attrs["id"] = key
            self.edge_ids.add(key)
        return {"source": source, "target": target, **attrs}

    def summarise(self) -> None:
        if self.created_from_links:
            names = self.created_from_links
            plural = "s were" if len(names) != 1 else " was"
            self.report.created.append(
                f"{len(names)} actor{plural} named only in links, so added: {_listed(names)}"
            )
        skipped = self.report.ignored
        if len(skipped) > _KEPT_LINES:
            skipped[_KEPT_LINES:] = [f"... and {len(skipped) - _KEPT_LINES} more like these"]
        for (noun, text), count in self.decisions.items():
            self.report.guessed.append(f"{count} {noun}{'s' if count != 1 else ''} {text}")
        if self.decisions:
            self.report.guessed.append(
                "Types are mapped by mapper/data/content/import_mapping.yaml: change it and "
                "import again "
                "to map them differently."
            )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [item.strip() for item in value.split("|") if item.strip()]
    return list(value) if isinstance(value, list | tuple) else [value]


def _merge(into: dict[str, Any], other: Mapping[str, Any]) -> None:
    for key, value in other.items():
        if key == "tags":
            tags = _as_list(into.get("tags"))
            into["tags"] = tags + [t for t in _as_list(value) if t not in tags]
        else:
            into.setdefault(key, value)


def build_foreign(
    tool: str,
    format_name: str,
    source: str,
    nodes: Iterable[ForeignNode],
    edges: Iterable[ForeignEdge],
    meta: Mapping[str, Any] | None = None,
    *,
    create_missing: bool = False,
    report: ImportReport | None = None,
    mapping: TypeMapping | None = None,
) -> ImportResult:
    """Turn another tool's records into a validated map and a report of every decision.

    ``create_missing`` adds actors that links name but the actor list lacks (Kumu and
    Onodo do this themselves); otherwise such links are skipped and reported. Raises the
    model's ``MapValidationError`` if what remains still breaks the model.
    """
    report = report or ImportReport(source=source, format=format_name)
    builder = _Builder(tool, mapping or load_mapping(), report)
    builder.add_nodes(nodes)
    edge_rows: list[tuple[str, dict[str, Any]]] = []
    for edge in edges:
        row = builder.edge_row(edge, create_missing)
        if row is not None:
            edge_rows.append((edge.where, row))
    builder.fix_organisations()
    node_rows = [
        (builder.where[node_id], {"id": node_id, **attrs})
        for node_id, attrs in builder.nodes.items()
    ]
    meta = dict(meta or {})
    if not _text(meta.get("name")) and " + " not in source:
        meta["name"] = Path(source).stem  # the file's name beats "Untitled map"
    pmap = map_from_rows(meta, node_rows, edge_rows, report, source=source)
    builder.summarise()
    return ImportResult(pmap, report)
