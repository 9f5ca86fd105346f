"""The Partnership Compass as typed data, loaded from ``mapper/data/content/*.yaml`` and
checked at load.

Words a user reads (principles, checklists, risks, help) live in YAML keyed by stable ids;
code refers to the ids. Everything is validated once, when loaded, so a slip in a content
file stops start-up with the file and the id named, instead of showing a blank panel later.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

__all__ = [
    "DEFAULT_DIRECTORY",
    "VOCABULARY_GROUPS",
    "Content",
    "ContentError",
    "Explained",
    "Item",
    "ItemList",
    "Principle",
    "Risk",
    "Rule",
    "SupportOrganisation",
    "Term",
    "Tool",
    "Vocabulary",
    "glossary",
    "load_content",
]

# Read through importlib.resources, so an installed wheel finds its own copy.
DEFAULT_DIRECTORY: Traversable = resources.files("mapper") / "data" / "content"
# The C loader, where PyYAML was built with it, reads the content about 5x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Vocabulary group -> the name of the tuple (or dict) in mapper.graph.model it must cover.
VOCABULARY_GROUPS = {
    "node_kind": "NODE_KINDS",
    "edge_kind": "EDGE_KINDS",
    "role": "ROLES",
    "category": "CATEGORIES",
    "sector": "SECTORS",
    "level": "LEVELS",
    "resource": "RESOURCES",
    "seat_role": "SEAT_ROLES",
    "frequency": "FREQUENCIES",
}


class ContentError(ValueError):
    """A content file is missing, malformed or inconsistent.

    The message names the file and the id (or position) at fault, e.g.
    ``principles.yaml, P3: names tool 'skill-matrix', which tools.yaml does not define``.
    """

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file, self.where, self.problem = file, where, problem
        super().__init__(f"{file}, {where}: {problem}")


# ----- the typed content ---------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class Item:
    """One line of the Compass a user reads: a key point, action, hint, checklist entry..."""

    id: str
    text: str
    source: str


@dataclass(frozen=True, kw_only=True)
class Risk(Item):
    """A risk to a partnership, with the principles whose findings bear on it."""

    principles: tuple[str, ...]
    rules: tuple[str, ...] = ()  # the analysis rules whose findings bear on it


@dataclass(frozen=True, kw_only=True)
class ItemList:
    """A titled list of items: a stage of the processes, or a principle's extra list."""

    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True, kw_only=True)
class Principle:
    """One of the six good-practice principles (P1..P6), with its checklists.

    ``actions`` keep the Compass's order: ``actions[0]`` is ``P<n>.action.1``.
    """

    id: str
    title: str
    statement: str
    summary: str
    source: str
    key_points: tuple[Item, ...]
    actions: tuple[Item, ...]
    hints: tuple[Item, ...]
    lists: tuple[ItemList, ...]
    tools: tuple[str, ...]

    @property
    def items(self) -> Iterator[Item]:
        """Every item of the principle: key points, actions, hints, then list items."""
        yield from self.key_points
        yield from self.actions
        yield from self.hints
        for item_list in self.lists:
            yield from item_list.items


@dataclass(frozen=True, kw_only=True)
class Tool:
    """A practical tool the Compass recommends; ``in_app`` says where the app helps, if it does."""

    id: str
    title: str
    what: str
    source: str
    in_app: str | None


@dataclass(frozen=True, kw_only=True)
class SupportOrganisation:
    """An organisation the Compass names as a source of help."""

    id: str
    name: str
    what: str
    source: str
    url: str | None


@dataclass(frozen=True, kw_only=True)
class Term:
    """Plain-English help for one value of the model (``label`` only for edge kinds)."""

    group: str
    value: str
    help: str
    label: str | None = None
    link: str | None = None  # a resource as a link says it: "gives funding to"


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """Help for every value the map model defines, by group (see ``VOCABULARY_GROUPS``)."""

    terms: Mapping[str, Mapping[str, Term]]

    def term(self, group: str, value: str) -> Term:
        """The term for ``value`` in ``group``; ``KeyError`` says what is known."""
        if group not in self.terms:
            raise KeyError(f"No vocabulary group '{group}'; groups are: {', '.join(self.terms)}")
        values = self.terms[group]
        if value not in values:
            raise KeyError(f"No {group} '{value}'; known values are: {', '.join(values)}")
        return values[value]

    def help(self, group: str, value: str) -> str:
        """One line of help, e.g. for a tooltip.

        >>> load_content().vocabulary.help("level", "operational")
        'Delivers the work day to day, such as a project worker or coordinator.'
        """
        return self.term(group, value).help

    def label(self, group: str, value: str) -> str:
        """How a user would say the value: an edge kind's label, otherwise the value itself.

        >>> load_content().vocabulary.label("edge_kind", "member_of")
        'sits on'
        >>> load_content().vocabulary.label("role", "lead partner")
        'lead partner'
        """
        term = self.term(group, value)
        return term.label or term.value


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Words for one analysis rule, from ``mapper/data/content/rules.yaml`` (owned by the analysis).

    ``name`` and ``title`` fall back on each other, as the file may give either. Every key
    of the entry is also in ``extra`` except id, help, why, principles and actions.
    """

    id: str
    title: str
    name: str
    help: str
    why: str
    principles: tuple[str, ...]
    actions: tuple[str, ...]
    extra: Mapping[str, Any]

    @property
    def text(self) -> str:
        """The rule's help, so a rule reads like any other item."""
        return self.help


@dataclass(frozen=True, kw_only=True)
class Content:
    """All of the Compass content, validated. Build it with :func:`load_content`."""

    principles: tuple[Principle, ...]
    tools: tuple[Tool, ...]
    readiness: tuple[Item, ...]
    benefits: tuple[Item, ...]
    challenges: tuple[Item, ...]
    processes: tuple[ItemList, ...]
    assumptions: tuple[Item, ...]
    risks: tuple[Risk, ...]
    support: tuple[SupportOrganisation, ...]
    vocabulary: Vocabulary
    rules: Mapping[str, Rule]
    intros: Mapping[str, str]
    foundation: tuple[Item, ...] = ()  # trust and leadership, under the six principles
    items_by_id: Mapping[str, Item] = field(repr=False, compare=False)

    def principle(self, pid: str) -> Principle:
        """The principle with id ``pid`` (``P1``..``P6``)."""
        for principle in self.principles:
            if principle.id == pid:
                return principle
        known = ", ".join(p.id for p in self.principles)
        raise KeyError(f"No principle '{pid}'; principles are {known}")

    def tool(self, tool_id: str) -> Tool:
        """The tool with id ``tool_id`` (e.g. ``stakeholder-map``)."""
        for tool in self.tools:
            if tool.id == tool_id:
                return tool
        raise KeyError(_unknown("tool", tool_id, [t.id for t in self.tools]))

    def supporters(self, rule_id: str) -> tuple[SupportOrganisation, ...]:
        """The support organisations that can help with a rule's findings (its ``support``
        in rules.yaml), in the order the rule names them.

        >>> [s.id for s in load_content().supporters("skills-gap")]
        ['interface', 'iriss', 'skecp']
        """
        rule = self.rules.get(rule_id)
        named = rule.extra.get("support", ()) if rule else ()
        by_id = {s.id: s for s in self.support}
        return tuple(by_id[s] for s in named)

    def item(self, item_id: str) -> Item:
        """Any item by id: key point, action, hint, readiness question, benefit, risk...

        >>> load_content().item("R.9").source
        'Compass, Section 2, Are you ready to set up a partnership?'
        """
        try:
            return self.items_by_id[item_id]
        except KeyError:
            raise KeyError(_unknown("item", item_id, list(self.items_by_id))) from None


def _unknown(what: str, wanted: str, known: list[str]) -> str:
    close = difflib.get_close_matches(wanted, known, n=3)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return (
        f"No content {what} with id '{wanted}'.{hint} Ids look like 'P2.action.5', 'P4.key.1', "
        "'R.3', 'B.2', 'C.4', 'PR.6.2', 'A.1', 'K.5'."
    )


# ----- loading ---------------------------------------------------------------------------
def load_content(directory: Path | None = None) -> Content:
    """Load and validate the content in ``directory`` (default: the package's own).

    The default content is read once per process and shared: it is the same for every user.

    >>> content = load_content()
    >>> [p.title for p in content.principles][:3]
    ['Clear purpose', 'Clear expectations', 'Time and resources']
    >>> content.item("P2.action.5").text
    'We have drawn up a communications strategy for the partnership.'
    >>> content.vocabulary.label("edge_kind", "accountable_to")
    'answers to'
    """
    if directory is None:
        return _load_default()
    return _load(Path(directory))


@dataclass(frozen=True, kw_only=True)
class Explained:
    """A word a facilitator meets, with what it means; ``source`` names where the idea
    comes from (a reading for the curious), never needed to understand it."""

    id: str
    term: str
    means: str
    source: str | None = None


@functools.cache
def glossary(directory: Traversable = DEFAULT_DIRECTORY) -> Mapping[str, Explained]:
    """The words of ``glossary.yaml`` by id, checked as the rest of the content is.

    >>> glossary()["grid"].source
    'Mendelow (1991), the power-interest matrix.'
    """
    file = "glossary.yaml"
    document = _read(directory, file)
    if not isinstance(document, dict):
        raise ContentError(file, "the file", "should map each word's id to its meaning")
    words = {}
    for word_id, record in document.items():
        where = f"word '{word_id}'"
        record = _check_keys(record, file, where, {"term", "means"}, {"source"})
        words[word_id] = Explained(
            id=str(word_id),
            term=_text(record, "term", file, where),
            means=_text(record, "means", file, where),
            source=_maybe_text(record, "source", file, where),
        )
    return MappingProxyType(words)


@functools.cache
def _load_default() -> Content:
    return _load(DEFAULT_DIRECTORY)


def _load(directory: Traversable) -> Content:
    ids = _IdRegister()
    tools = _load_tools(_read(directory, "tools.yaml"), ids)
    principles = _load_principles(_read(directory, "principles.yaml"), ids, {t.id for t in tools})
    principle_ids = {p.id for p in principles}
    intros: dict[str, str] = {}
    readiness = _load_section(
        _read(directory, "readiness.yaml"),
        "readiness.yaml",
        ids,
        intros,
        name="readiness",
        prefix="R",
    )
    both = _read(directory, "benefits_challenges.yaml")
    benefits, challenges = (
        _load_section(
            _child(both, name, "benefits_challenges.yaml"),
            "benefits_challenges.yaml",
            ids,
            intros,
            name=name,
            prefix=prefix,
        )
        for name, prefix in (("benefits", "B"), ("challenges", "C"))
    )
    processes = _load_processes(_read(directory, "processes.yaml"), ids, intros)
    assumptions, risks = _load_risks(_read(directory, "risks.yaml"), ids, intros, principle_ids)
    support = _load_support(_read(directory, "support.yaml"), ids, intros)
    vocabulary = _load_vocabulary(_read(directory, "vocabulary.yaml"))
    rules = (
        _load_rules(_read(directory, "rules.yaml"), principle_ids, ids.items)
        if (directory / "rules.yaml").is_file()
        else {}
    )
    _check_support(rules, {s.id for s in support})
    foundation = (
        _load_section(
            _read(directory, "foundation.yaml"),
            "foundation.yaml",
            ids,
            intros,
            name="foundation",
            prefix="F",
        )
        if (directory / "foundation.yaml").is_file()
        else ()
    )
    return Content(
        principles=principles,
        tools=tools,
        readiness=readiness,
        benefits=benefits,
        challenges=challenges,
        processes=processes,
        assumptions=assumptions,
        risks=risks,
        support=support,
        vocabulary=vocabulary,
        rules=MappingProxyType(rules),
        intros=MappingProxyType(intros),
        foundation=foundation,
        items_by_id=MappingProxyType(dict(ids.items)),
    )


class _IdRegister:
    """Ids must be unique across all files, so ``item()`` can find anything by id alone."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.items: dict[str, Item] = {}

    def claim(self, file: str, an_id: str) -> None:
        if an_id in self.files:
            raise ContentError(file, an_id, f"this id is used twice (also in {self.files[an_id]})")
        self.files[an_id] = file

    def add_item(self, file: str, item: Item) -> None:
        self.claim(file, item.id)
        self.items[item.id] = item


def _read(directory: Traversable, name: str) -> Any:
    path = directory / name
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except FileNotFoundError:
        raise ContentError(name, "the file", f"not found in {directory}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "the file"
        raise ContentError(name, where, f"is not valid YAML ({error})") from None


def _child(document: Any, key: str, file: str) -> Any:
    if not isinstance(document, dict) or key not in document:
        raise ContentError(file, "the file", f"needs a top-level '{key}'")
    return document[key]


def _check_keys(record: Any, file: str, where: str, required: set[str], optional: set[str]) -> dict:
    """A record must be a mapping with the required keys and no unknown ones (typos)."""
    if not isinstance(record, dict):
        raise ContentError(file, where, f"should be a mapping with {', '.join(sorted(required))}")
    missing = sorted(required - record.keys())
    if missing:
        raise ContentError(file, where, f"is missing {', '.join(repr(m) for m in missing)}")
    unknown = sorted(str(k) for k in record.keys() - required - optional)
    if unknown:
        allowed = ", ".join(sorted(required | optional))
        raise ContentError(file, where, f"has unknown key(s) {', '.join(unknown)}; use {allowed}")
    return record


def _text(record: dict, key: str, file: str, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(file, where, f"'{key}' should be non-empty text")
    return value.strip()


def _maybe_text(record: dict, key: str, file: str, where: str) -> str | None:
    """Text that may be left out (or null), but not left empty."""
    return None if record.get(key) is None else _text(record, key, file, where)


def _list(value: Any, file: str, where: str) -> list:
    if not isinstance(value, list):
        raise ContentError(file, where, "should be a list")
    return value


def _id(record: Any, file: str, where: str) -> str:
    """The record's id, so every later error can name it rather than a position."""
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ContentError(file, where, "needs an 'id' (text)")
    return record["id"]


def _items(
    records: Any,
    file: str,
    where: str,
    source: str,
    ids: _IdRegister,
    prefix: str,
    extra_keys: set[str] | None = None,
) -> list[tuple[Item, dict]]:
    """Items numbered ``<prefix>.1``, ``<prefix>.2``... in order, registered by id.

    Numbering is checked because other code relies on it: ``P2.action.5`` must stay the
    fifth action of Principle 2 in the Compass.
    """
    result = []
    for number, record in enumerate(_list(records, file, where), start=1):
        item_id = _id(record, file, f"{where}, item {number}")
        _check_keys(record, file, item_id, {"id", "text"}, {"source"} | (extra_keys or set()))
        expected = f"{prefix}.{number}"
        if item_id != expected:
            raise ContentError(
                file, item_id, f"should be numbered '{expected}' (item {number} of {where})"
            )
        text = _text(record, "text", file, item_id)
        item = Item(
            id=item_id, text=text, source=_maybe_text(record, "source", file, item_id) or source
        )
        ids.add_item(file, item)
        result.append((item, record))
    return result


def _item_list(record: Any, file: str, where: str, source: str, ids: _IdRegister) -> ItemList:
    list_id = _id(record, file, where)
    _check_keys(record, file, list_id, {"id", "title", "items"}, set())
    ids.claim(file, list_id)
    items = _items(record["items"], file, list_id, source, ids, prefix=list_id)
    return ItemList(
        id=list_id, title=_text(record, "title", file, list_id), items=tuple(i for i, _ in items)
    )


_PRINCIPLE_KEYS = {"id", "title", "statement", "summary", "source", "tools"}
_PART_NAMES = {
    "key_points": ("key", "Key points to consider"),
    "actions": ("action", "Action checklist"),
    "hints": ("hint", "Helpful hints"),
}


def _load_principles(document: Any, ids: _IdRegister, tool_ids: set[str]) -> tuple[Principle, ...]:
    file = "principles.yaml"
    principles = []
    for number, record in enumerate(
        _list(_child(document, "principles", file), file, "principles"), 1
    ):
        pid = _id(record, file, f"principle {number}")
        _check_keys(record, file, pid, _PRINCIPLE_KEYS | set(_PART_NAMES), {"lists"})
        if pid != f"P{number}":
            raise ContentError(file, pid, f"should be 'P{number}' (principles are P1..P6 in order)")
        ids.claim(file, pid)
        source = _text(record, "source", file, pid)
        parts = {
            key: tuple(
                item
                for item, _ in _items(
                    record[key], file, f"{pid} {key}", f"{source}, {title}", ids, f"{pid}.{short}"
                )
            )
            for key, (short, title) in _PART_NAMES.items()
        }
        lists = tuple(
            _item_list(entry, file, f"{pid} lists, list {n}", source, ids)
            for n, entry in enumerate(_list(record.get("lists") or [], file, f"{pid} lists"), 1)
        )
        tools = tuple(_list(record["tools"] or [], file, f"{pid} tools"))
        for tool in tools:
            if tool not in tool_ids:
                raise ContentError(
                    file, pid, f"names tool '{tool}', which tools.yaml does not define"
                )
        principles.append(
            Principle(
                id=pid,
                title=_text(record, "title", file, pid),
                statement=_text(record, "statement", file, pid),
                summary=_text(record, "summary", file, pid),
                source=source,
                lists=lists,
                tools=tools,
                **parts,
            )
        )
    if len(principles) != 6:
        raise ContentError(
            file, "principles", f"should list the Compass's 6 principles, not {len(principles)}"
        )
    return tuple(principles)


def _load_tools(document: Any, ids: _IdRegister) -> tuple[Tool, ...]:
    file = "tools.yaml"
    tools = []
    for number, record in enumerate(_list(_child(document, "tools", file), file, "tools"), 1):
        tool_id = _id(record, file, f"tool {number}")
        _check_keys(record, file, tool_id, {"id", "title", "what", "source", "in_app"}, set())
        ids.claim(file, tool_id)
        tools.append(
            Tool(
                id=tool_id,
                title=_text(record, "title", file, tool_id),
                what=_text(record, "what", file, tool_id),
                source=_text(record, "source", file, tool_id),
                in_app=_maybe_text(record, "in_app", file, tool_id),
            )
        )
    return tuple(tools)


def _load_section(
    document: Any,
    file: str,
    ids: _IdRegister,
    intros: dict[str, str],
    *,
    name: str,
    prefix: str,
    source: str = "",
) -> tuple[Item, ...]:
    """A section of items numbered ``<prefix>.1``... with an optional intro.

    The section gives its own ``source`` unless the file gives one for all its sections.
    """
    required = {"items"} if source else {"items", "source"}
    _check_keys(document, file, name, required, {"intro", "source"})
    source = _maybe_text(document, "source", file, name) or source
    if intro := _maybe_text(document, "intro", file, name):
        intros[name] = intro
    return tuple(i for i, _ in _items(document["items"], file, name, source, ids, prefix))


def _load_processes(
    document: Any, ids: _IdRegister, intros: dict[str, str]
) -> tuple[ItemList, ...]:
    file = "processes.yaml"
    _check_keys(document, file, "the file", {"source", "stages"}, {"intro"})
    source = _text(document, "source", file, "the file")
    if intro := _maybe_text(document, "intro", file, "the file"):
        intros["processes"] = intro
    stages = []
    for number, record in enumerate(_list(document["stages"], file, "stages"), 1):
        stage_id = _id(record, file, f"stage {number}")
        if stage_id != f"PR.{number}":
            raise ContentError(file, stage_id, f"should be numbered 'PR.{number}'")
        stages.append(_item_list(record, file, stage_id, source, ids))
    return tuple(stages)


def _load_risks(
    document: Any, ids: _IdRegister, intros: dict[str, str], principle_ids: set[str]
) -> tuple[tuple[Item, ...], tuple[Risk, ...]]:
    file = "risks.yaml"
    _check_keys(document, file, "the file", {"source", "assumptions", "risks"}, set())
    source = _text(document, "source", file, "the file")
    assumptions = _load_section(
        document["assumptions"], file, ids, intros, name="assumptions", prefix="A", source=source
    )
    section = _check_keys(document["risks"], file, "risks", {"items"}, {"intro"})
    if intro := _maybe_text(section, "intro", file, "risks"):
        intros["risks"] = intro
    risks = []
    for item, record in _items(
        section["items"], file, "risks", source, ids, "K", {"principles", "rules"}
    ):
        named = tuple(_list(record.get("principles"), file, f"{item.id} principles"))
        for pid in named:
            if pid not in principle_ids:
                raise ContentError(file, item.id, f"names principle '{pid}', which does not exist")
        if not named:
            raise ContentError(file, item.id, "should name at least one principle")
        risk = Risk(
            id=item.id,
            text=item.text,
            source=item.source,
            principles=named,
            rules=_ids(record.get("rules"), file, f"{item.id} rules"),
        )
        ids.items[item.id] = risk
        risks.append(risk)
    return assumptions, tuple(risks)


def _load_support(
    document: Any, ids: _IdRegister, intros: dict[str, str]
) -> tuple[SupportOrganisation, ...]:
    file = "support.yaml"
    _check_keys(document, file, "the file", {"source", "organisations"}, {"intro"})
    source = _text(document, "source", file, "the file")
    if intro := _maybe_text(document, "intro", file, "the file"):
        intros["support"] = intro
    organisations = []
    for number, record in enumerate(_list(document["organisations"], file, "organisations"), 1):
        org_id = _id(record, file, f"organisation {number}")
        _check_keys(record, file, org_id, {"id", "name", "what"}, {"url", "source"})
        ids.claim(file, org_id)
        organisations.append(
            SupportOrganisation(
                id=org_id,
                name=_text(record, "name", file, org_id),
                what=_text(record, "what", file, org_id),
                source=_maybe_text(record, "source", file, org_id) or source,
                url=_maybe_text(record, "url", file, org_id),
            )
        )
    return tuple(organisations)


def _model_values() -> dict[str, tuple[str, ...]]:
    """The values the map model defines, per vocabulary group.

    Imported here, not at module level, so ``mapper.graph`` may import this module without
    a cycle (model.py itself never imports content).
    """
    from mapper.graph import model

    return {group: tuple(getattr(model, name)) for group, name in VOCABULARY_GROUPS.items()}


def _load_vocabulary(document: Any) -> Vocabulary:
    file = "vocabulary.yaml"
    _check_keys(document, file, "the file", set(VOCABULARY_GROUPS), set())
    terms: dict[str, Mapping[str, Term]] = {}
    for group, values in _model_values().items():
        entries = document[group]
        if not isinstance(entries, dict):
            raise ContentError(file, group, "should map each value to its help")
        for value in entries.keys() - set(values):
            raise ContentError(
                file,
                f"{group} '{value}'",
                "is not a value the model defines (mapper/graph/model.py)",
            )
        group_terms = {}
        for value in values:
            where = f"{group} '{value}'"
            if value not in entries:
                raise ContentError(file, where, "needs help text: the model defines this value")
            required = {"help", "label"} if group == "edge_kind" else {"help"}
            optional = {"link"} if group == "resource" else set()
            record = _check_keys(entries[value], file, where, required, optional)
            group_terms[value] = Term(
                group=group,
                value=value,
                help=_text(record, "help", file, where),
                label=_maybe_text(record, "label", file, where),
                link=_maybe_text(record, "link", file, where),
            )
        terms[group] = MappingProxyType(group_terms)
    return Vocabulary(terms=MappingProxyType(terms))


def _rule_records(document: Any) -> list[tuple[str, Any]]:
    """(where, record) for each rule: a list of records with ids, or a mapping id -> record,
    at the top level or under ``rules:``."""
    if isinstance(document, dict) and "rules" in document:
        document = document["rules"]
    if isinstance(document, dict):
        return [(str(key), {"id": key, **(value or {})}) for key, value in document.items()]
    records = _list(document, "rules.yaml", "rules")
    return [(f"rule {number}", record) for number, record in enumerate(records, 1)]


def _load_rules(
    document: Any, principle_ids: set[str], items: Mapping[str, Item]
) -> dict[str, Rule]:
    """The analysis rules' words; keys other than the ones checked here are kept in ``extra``.

    Principles and checklist items a rule names must exist (an ``action`` written as prose,
    with spaces, is not an id and is left alone).
    """
    file = "rules.yaml"
    rules: dict[str, Rule] = {}
    for where, record in _rule_records(document):
        rule_id = _id(record, file, where)
        if rule_id in rules:
            raise ContentError(file, rule_id, "this rule id is used twice")
        if not (record.get("title") or record.get("name")):
            raise ContentError(file, rule_id, "needs a 'title' (or 'name')")
        principles = _ids(record.get("principles"), file, f"{rule_id} principles")
        for pid in principles:
            if pid not in principle_ids:
                raise ContentError(file, rule_id, f"names principle '{pid}', which does not exist")
        actions = _ids(record.get("actions", record.get("action")), file, f"{rule_id} actions")
        for action in actions:
            if " " not in action.strip() and action not in items:
                raise ContentError(file, rule_id, f"names item '{action}', which does not exist")
        known = {"id", "help", "why", "principles", "actions", "action"}
        title = _maybe_text(record, "title", file, rule_id)
        name = _maybe_text(record, "name", file, rule_id)
        rules[rule_id] = Rule(
            id=rule_id,
            title=title or name or "",
            name=name or title or "",
            help=_maybe_text(record, "help", file, rule_id) or "",
            why=_maybe_text(record, "why", file, rule_id) or "",
            principles=principles,
            actions=actions,
            extra=MappingProxyType({k: v for k, v in record.items() if k not in known}),
        )
    return rules


def _check_support(rules: Mapping[str, Rule], known: set[str]) -> None:
    """A rule's ``support`` names organisations of support.yaml that help with its findings."""
    for rule in rules.values():
        named = rule.extra.get("support")
        if named is None:
            continue
        for org in _ids(named, "rules.yaml", f"{rule.id} support"):
            if org not in known:
                raise ContentError(
                    "rules.yaml",
                    rule.id,
                    f"names support organisation '{org}', which support.yaml does not define",
                )


def _ids(value: Any, file: str, where: str) -> tuple[str, ...]:
    """A single id or a list of ids, as text."""
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else _list(value, file, where)
    if not all(isinstance(v, str) for v in values):
        raise ContentError(file, where, "should be ids written as text")
    return tuple(values)
