"""The forms of the editor as data: which model fields each form shows, for which kind,
and the conversion between stored attributes and what the inputs hold.

The fields themselves (type, allowed values, help) come from the model's tables, so a new
choice in the model appears in the forms without touching this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mapper.content import load_content
from mapper.graph.model import EDGE_FIELDS, MAP_FIELDS, NODE_FIELDS, Field

__all__ = [
    "ACTOR_FIELDS",
    "BOOL_CHOICES",
    "LINK_FIELDS",
    "MAP_FORM",
    "changed_inputs",
    "choice_options",
    "fields_for",
    "from_inputs",
    "shown_for_kind",
    "to_inputs",
]

ACTOR_FIELDS = (
    "label",
    "kind",
    "role",
    "category",
    "sector",
    "organisation",
    "level",
    "until",
    "power",
    "interest",
    "skills",
    "offers",
    "needs",
    "notes",
    "legitimacy",
    "urgency",
    "tags",
)
# Fields that only mean something for some kinds of actor; the others apply to all.
ACTOR_ONLY_FOR: dict[str, tuple[str, ...]] = {
    "role": ("organisation", "group"),
    "category": ("organisation", "group"),
    "sector": ("organisation", "group"),
    "organisation": ("person",),
    "level": ("person",),
    "until": ("person",),
}

LINK_BY_KIND: dict[str, tuple[str, ...]] = {
    "accountable_to": ("scope", "formal"),
    "communicates": ("channel", "frequency", "last_contact", "mutual"),
    "resource": ("resource", "amount", "unit", "importance"),
    "member_of": ("role", "voting", "stages"),
    "influences": ("strength",),
}
LINK_FIELDS = ("kind", *dict.fromkeys(f for fs in LINK_BY_KIND.values() for f in fs), "notes")

MAP_FORM = ("name", "purpose", "date", "skills_needed", "notes")

# A yes/no field is a three-way choice: nobody may have recorded it yet, and an untouched
# tickbox must not be saved as "no" (every seat would read "no vote").
BOOL_CHOICES = {"": None, "yes": True, "no": False}

# Which vocabulary group explains the values of each choice field.
_VOCABULARY = {
    "actor": {
        "kind": "node_kind",
        "role": "role",
        "category": "category",
        "sector": "sector",
        "level": "level",
    },
    "link": {
        "kind": "edge_kind",
        "frequency": "frequency",
        "resource": "resource",
        "role": "seat_role",
    },
}

# Plain words for field names where the attribute name is not what a user would say.
FIELD_LABELS = {
    "label": "Name",
    "kind": "Kind",
    "organisation": "Works for",
    "until": "Leaves the post on",
    "skills": "Skills and knowledge",
    "offers": "Can offer",
    "needs": "Needs",
    "last_contact": "Last contact",
    "mutual": "Two-way",
    "formal": "Formal (written down)",
    "role": "Role",
    "voting": "Has a vote",
    "stages": "Decision stages",
    "skills_needed": "Skills the partnership needs",
    "purpose": "Purpose and shared vision",
    "date": "Date drawn or reviewed",
}


def table_of(form: str) -> str:
    """``actor``, ``link`` or ``map``: which model table a form's fields come from."""
    if form.endswith("actor"):
        return "actor"
    if form.endswith("link"):
        return "link"
    return "map"


def fields_for(form: str) -> list[Field]:
    """The model fields a form shows, in order."""
    table = table_of(form)
    if table == "actor":
        return [NODE_FIELDS[name] for name in ACTOR_FIELDS]
    if table == "link":
        return [EDGE_FIELDS[name] for name in LINK_FIELDS]
    return [MAP_FIELDS[name] for name in MAP_FORM]


def field_label(spec: Field) -> str:
    """The words above an input: 'Works for' rather than 'organisation'."""
    return FIELD_LABELS.get(spec.name, spec.name.replace("_", " ").capitalize())


def shown_for_kind(form: str, name: str, kind: str | None) -> bool:
    """Whether field ``name`` of ``form`` applies to an actor or link of ``kind``.

    >>> shown_for_kind("actor", "level", "person"), shown_for_kind("actor", "level", "forum")
    (True, False)
    >>> shown_for_kind("new-link", "mutual", "communicates")
    True
    """
    table = table_of(form)
    if table == "actor":
        kinds = ACTOR_ONLY_FOR.get(name)
        return kinds is None or (kind or "organisation") in kinds
    if table == "link":
        if name in ("kind", "notes"):
            return True
        return name in LINK_BY_KIND.get(kind or "", ())
    return True


def choice_options(form: str, spec: Field) -> list[dict[str, str]]:
    """Options for a choice field, each value with the words a user reads.

    Edge kinds read as the link would be said ("answers to"); other values as themselves.
    """
    group = _VOCABULARY.get(table_of(form), {}).get(spec.name)
    vocabulary = load_content().vocabulary
    options = []
    for value in spec.choices:
        words = vocabulary.label(group, value) if group else value
        options.append({"label": words[:1].upper() + words[1:], "value": value})
    return options


def choice_help(form: str, name: str, value: str) -> str:
    """The vocabulary's one line of help for a chosen value ('' when there is none)."""
    group = _VOCABULARY.get(table_of(form), {}).get(name)
    if not group or not value:
        return ""
    try:
        return load_content().vocabulary.help(group, value)
    except KeyError:
        return ""


def to_inputs(record: Mapping[str, Any], specs: list[Field]) -> dict[str, Any]:
    """What each input shows for a stored record: lists as lists (edited as tags, so an
    item may hold a comma), yes/no as "yes", "no" or "" (not recorded).

    >>> to_inputs({"skills": ["monitoring, evaluation"], "power": 4}, [NODE_FIELDS["skills"],
    ...     NODE_FIELDS["power"], NODE_FIELDS["notes"], EDGE_FIELDS["mutual"]])
    {'skills': ['monitoring, evaluation'], 'power': '4', 'notes': '', 'mutual': ''}
    """
    values: dict[str, Any] = {}
    for spec in specs:
        value = record.get(spec.name)
        if spec.type == "bool":
            values[spec.name] = "" if value is None else ("yes" if value else "no")
        elif spec.type == "list":
            values[spec.name] = [str(item) for item in value or ()]
        elif value is None:
            values[spec.name] = ""
        else:
            values[spec.name] = str(value)
    return values


def from_inputs(form: str, values: Mapping[str, Any], kind: str | None = None) -> dict[str, Any]:
    """The attribute changes an edit form asks for; empty inputs become ``None`` (remove).

    Only fields that apply to ``kind`` are returned, so changing an actor's kind does not
    wipe what it carried for another kind. Values are left for the model to validate, so
    every error message comes from one place.

    >>> from_inputs("actor", {"label": " Age UK ", "skills": ["finance, law", " "],
    ...             "level": "x"}, kind="organisation")
    {'label': 'Age UK', 'skills': ['finance, law']}
    >>> from_inputs("link", {"kind": "communicates", "mutual": "yes", "channel": ""},
    ...             kind="communicates")
    {'kind': 'communicates', 'mutual': True, 'channel': None}
    """
    specs = {spec.name: spec for spec in fields_for(form)}
    changes: dict[str, Any] = {}
    for name, raw in values.items():
        spec = specs.get(name)
        if spec is None or not shown_for_kind(form, name, kind):
            continue
        if spec.type == "bool":
            changes[name] = BOOL_CHOICES.get(raw) if isinstance(raw, str) else raw
        elif spec.type == "list":
            raw = raw if isinstance(raw, list) else [raw]
            items = [str(item).strip() for item in raw if item is not None and str(item).strip()]
            changes[name] = items or None
        else:
            text = "" if raw is None else str(raw).strip()
            changes[name] = text or None
    return changes


def changed_inputs(
    form: str, values: Mapping[str, Any], base: Mapping[str, Any], kind: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields a user changed in a form opened on the stored values ``base``, and what
    each held when the form opened: ``(changes, based_on)``. An edit sends only these,
    so saving a note never rewrites a power someone else set meanwhile.

    >>> changed_inputs("actor", {"label": "Age UK", "power": "5", "notes": ""},
    ...                {"label": "Age UK", "power": 3})
    ({'power': '5'}, {'power': 3})
    """
    specs = {spec.name: spec for spec in fields_for(form)}
    changes = from_inputs(form, values, kind=kind or base.get("kind"))
    changed: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            now = specs[name].coerce(value)
        except ValueError:
            now = value  # changed, and the model will say what is wrong with it
        if now != base.get(name):
            changed[name] = value
    return changed, {name: base.get(name) for name in changed}
