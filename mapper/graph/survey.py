"""What the partners say: a survey round's answers scored and set against the map.

Each respondent (an actor on the map) answers, about each other actor it relates to, how
often they talk, who answers to whom, which resources flow which way (money, and each other
kind of resource a map's resource links know), how much it trusts them and how much power
they have; and it rates the Compass's action checklists and readiness checklist (yes,
partly, no, don't know).
From that come trust and value scores (after the PARTNER tool), the two rules
``perception-gap`` and ``checklist-disagreement``, and the links the answers report that the
map lacks. Everything here is pure: answers in, plain data out.

Scores, and what they rest on:

- a relationship's trust: each side's rating of the other (1-5), and their mean;
- an actor's trust: the mean of the ratings others give it;
- an actor's value: the mean, over the answers about it, of three parts on 1-5: the power
  others give it, how often they talk with it (never 1, yearly 2, quarterly 3, monthly 4,
  weekly or daily 5), and whether it gives them resources (5 when it gives them money or
  any other resource, 1 when they say it gives none of those asked about); a part not
  answered is left out;
- the network's trust: the mean of every trust rating in the round.
Every score carries how many answers it rests on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from statistics import fmean
from typing import Any

from mapper.content import load_content
from mapper.graph.model import RESOURCES
from mapper.graph.power import places, ranks, structural_power
from mapper.graph.rules import (
    PRINCIPLES,
    Action,
    Finding,
    MapView,
    as_view,
    counted,
    finding,
    join,
    plural,
    rule,
)

__all__ = [
    "ANSWERS",
    "LINK_QUESTIONS",
    "QUESTIONS",
    "RESOURCE_QUESTIONS",
    "SURVEY_RULES",
    "TALKS",
    "Answer",
    "Proposal",
    "Responses",
    "checklist_items",
    "clean_answer",
    "compare",
    "headline",
    "proposals",
    "summary",
    "without_names",
]

TALKS = ("never", "yearly", "quarterly", "monthly", "weekly", "daily")
TALK_WORDS = {
    "never": "never",
    "yearly": "about once a year",
    "quarterly": "about every quarter",
    "monthly": "about every month",
    "weekly": "every week",
    "daily": "every day",
}
# Directed questions: the respondent's answer says which way the line runs, as a pair
# (respondent -> about, about -> respondent), each True, False or None (not said).
DIRECTIONS: dict[str, tuple[bool | None, bool | None]] = {
    "yes": (True, None),
    "no": (False, None),
    "they": (None, True),
    "both": (True, True),
    "neither": (False, False),
    "don't know": (None, None),
}
CHECKS = ("yes", "partly", "no", "don't know")
SCALE = ("1", "2", "3", "4", "5")
# Resources each way: ``funds`` asks about money; every other kind of resource the map's
# resource links know is asked by its own name (``premises``: "we give them premises").
RESOURCE_QUESTIONS: dict[str, str] = {
    "funds": "funding",
    **{kind: kind for kind in RESOURCES if kind != "funding"},
}
ANSWERS: dict[str, tuple[str, ...]] = {
    "talks": TALKS,
    "answers_to": tuple(DIRECTIONS),
    "funds": tuple(DIRECTIONS),
    "trust": SCALE,
    "power": SCALE,
    **{question: tuple(DIRECTIONS) for question in RESOURCE_QUESTIONS if question != "funds"},
}
QUESTIONS = tuple(ANSWERS)
LINK_QUESTIONS = ("talks", "answers_to", *RESOURCE_QUESTIONS)
SURVEY_RULES = ("perception-gap", "checklist-disagreement")  # the rules that read answers
INVOLVEMENT = {"never": 1, "yearly": 2, "quarterly": 3, "monthly": 4, "weekly": 5, "daily": 5}
_ALIASES = {"dont know": "don't know", "don’t know": "don't know", "dk": "don't know", "": ""}


@dataclass(frozen=True, kw_only=True)
class Answer:
    """One answer: ``respondent`` (an actor id) says ``answer`` to ``question`` about
    ``about`` (an actor id, a name missing from the map, or empty for a checklist item)."""

    respondent: str
    about: str = ""
    question: str
    answer: str
    comment: str = ""


@dataclass(frozen=True, kw_only=True)
class Responses:
    """A round's answers, whom it invited (by default: whoever answered) and the checklist
    items ticked on the map (a tick counts as the lead's yes)."""

    answers: tuple[Answer, ...]
    invited: tuple[str, ...] = ()
    ticked: frozenset[str] = frozenset()
    name: str = ""
    date: str = ""

    @property
    def respondents(self) -> list[str]:
        """Who gave at least one answer, in the order of their first answer."""
        return list(dict.fromkeys(a.respondent for a in self.answers))

    def said(self, who: str, about: str, question: str) -> str | None:
        return self._index.get((who, about, question))

    def about(self, who: str) -> set[str]:
        """The actors ``who`` answered anything about."""
        return {a.about for a in self.answers if a.respondent == who and a.about}

    @cached_property
    def _index(self) -> dict[tuple[str, str, str], str]:
        return {(a.respondent, a.about, a.question): a.answer for a in self.answers}


@dataclass(frozen=True, kw_only=True)
class Proposal:
    """A link the answers report and the map lacks, to accept into the map or set aside.
    ``target_label`` is set when the other end is a name missing from the map."""

    source: str
    target: str
    kind: str
    attrs: dict[str, Any] = field(default_factory=dict)
    reported_by: tuple[str, ...]
    target_label: str = ""

    @property
    def key(self) -> str:
        """Stable across runs, so a proposal set aside stays aside; a resource other than
        money names its kind ("resource:a>b:premises")."""
        resource = self.attrs.get("resource", "funding")
        return f"{self.kind}:{self.source}>{self.target}" + (
            f":{resource}" if resource != "funding" else ""
        )


@cache
def checklist_items() -> dict[str, str]:
    """The statements a respondent rates, by id: every principle's action checklist, then
    the readiness checklist (``R.1``...).

    >>> items = checklist_items()
    >>> items["P1.action.1"][:30], items["R.4"]
    ('We wrote our shared vision for', 'Have you set clear goals for the partnership?')
    """
    content = load_content()
    actions = {item.id: item.text for p in content.principles for item in p.actions}
    return actions | {item.id: item.text for item in content.readiness}


def clean_answer(question: str, answer: str) -> str:
    """``answer`` written the one way this module reads it, or ``ValueError`` saying what
    the question takes.

    >>> clean_answer("talks", " Weekly "), clean_answer("P1.action.1", "Dont know")
    ('weekly', "don't know")
    >>> clean_answer("trust", "7")
    Traceback (most recent call last):
    ...
    ValueError: 'trust' takes 1, 2, 3, 4 or 5, not '7'
    """
    value = " ".join(str(answer).strip().casefold().split())
    value = _ALIASES.get(value, value)
    if question in ANSWERS:
        allowed = ANSWERS[question]
        if question in ("trust", "power") and value.endswith(".0"):
            value = value[:-2]
    elif question in checklist_items():
        allowed = CHECKS
    else:
        known = ", ".join(QUESTIONS)
        raise ValueError(
            f"unknown question {question!r}: expected one of {known}, or a Compass "
            "checklist item id such as P1.action.1 or R.4"
        )
    if value not in allowed:
        raise ValueError(
            f"{question!r} takes {join(allowed, 10).replace(' and ', ' or ')}, not {answer!r}"
        )
    return value


# ----- scores ------------------------------------------------------------------------------
def _score(values: Iterable[float]) -> dict[str, Any]:
    values = list(values)
    return {"score": round(fmean(values), 2) if values else None, "answers": len(values)}


def _value_parts(responses: Responses, who: str, about: str) -> list[float]:
    parts: list[float] = []
    if (power := responses.said(who, about, "power")) is not None:
        parts.append(float(power))
    if (talks := responses.said(who, about, "talks")) is not None:
        parts.append(INVOLVEMENT[talks])
    gives = [
        DIRECTIONS[said][1]
        for question in RESOURCE_QUESTIONS
        if (said := responses.said(who, about, question)) is not None
    ]
    if any(gives):
        parts.append(5.0)
    elif False in gives:
        parts.append(1.0)
    return parts


def summary(view: MapView, responses: Responses) -> dict[str, Any]:
    """Response rate, trust and value per actor and per relationship, the network's trust,
    power as others rate it beside power as recorded and as the structure suggests, and
    the links to propose: plain data for the app, the reports and JSON."""
    invited = list(responses.invited) or responses.respondents
    answered = [who for who in invited if who in set(responses.respondents)]
    on_map = set(view.graph)
    actors: dict[str, dict[str, Any]] = {}
    subjects = dict.fromkeys(a.about for a in responses.answers if a.about in on_map)
    structure = structural_power(view)
    place = places(ranks({n: structure[n] for n in structure if n in subjects}))
    for actor in subjects:
        raters = [r for r in responses.respondents if r != actor]
        trust = [responses.said(r, actor, "trust") for r in raters]
        power = [responses.said(r, actor, "power") for r in raters]
        value = [fmean(parts) for r in raters if (parts := _value_parts(responses, r, actor))]
        actors[actor] = {
            "label": view.label(actor),
            "trust": _score(float(t) for t in trust if t is not None),
            "value": _score(value),
            "power_rated": _score(float(p) for p in power if p is not None),
            "power_recorded": view.attr(actor, "power"),
            "power_structure": place.get(actor),
        }
    relationships = []
    for a, b in _pairs(responses):
        if a not in on_map or b not in on_map:
            continue
        ab, ba = responses.said(a, b, "trust"), responses.said(b, a, "trust")
        given = [float(t) for t in (ab, ba) if t is not None]
        relationships.append(
            {
                "a": a,
                "b": b,
                "trust_a_b": int(ab) if ab else None,
                "trust_b_a": int(ba) if ba else None,
                "trust": _score(given),
                "talks_a_b": responses.said(a, b, "talks"),
                "talks_b_a": responses.said(b, a, "talks"),
            }
        )
    every_trust = [float(a.answer) for a in responses.answers if a.question == "trust"]
    return {
        "name": responses.name,
        "date": responses.date,
        "invited": len(invited),
        "answered": len(answered),
        "response_rate": round(len(answered) / len(invited), 2) if invited else None,
        "network_trust": _score(every_trust),
        "actors": actors,
        "relationships": relationships,
        "proposals": [_proposal_dict(p, view) for p in proposals(view, responses)],
    }


FEWEST = 3  # answers a score shown without names must rest on


def without_names(scores: dict[str, Any]) -> dict[str, Any]:
    """``scores`` (see :func:`summary`) as anyone may see them when the facilitator has not
    chosen to show who said what: an actor's score resting on one or two answers is held
    back (its count kept, its ``score`` None and ``held`` true), since with so few raters
    each answer can be told apart; relationships, each side's own answer, are left out.

    >>> scores = {"actors": {"a": {"trust": {"score": 2.0, "answers": 1}}}, "relationships": [1]}
    >>> without_names(scores)
    {'actors': {'a': {'trust': {'score': None, 'answers': 1, 'held': True}}}, 'relationships': []}
    """

    def held(score: Any) -> Any:
        if not isinstance(score, dict) or not 0 < score["answers"] < FEWEST:
            return score
        return {"score": None, "answers": score["answers"], "held": True}

    actors = {
        actor: {part: held(value) for part, value in scored.items()}
        for actor, scored in scores["actors"].items()
    }
    return {**scores, "actors": actors, "relationships": []}


def _pairs(responses: Responses) -> list[tuple[str, str]]:
    """Each pair of actors some answer links, once, in the order first answered."""
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for a in responses.answers:
        if a.about and a.about != a.respondent:
            seen.setdefault(frozenset((a.respondent, a.about)), (a.respondent, a.about))
    return list(seen.values())


def _proposal_dict(p: Proposal, view: MapView) -> dict[str, Any]:
    return {
        "key": p.key,
        "source": p.source,
        "target": p.target,
        "source_label": view.label(p.source) if p.source in view.graph else p.source,
        "target_label": p.target_label or view.label(p.target),
        "kind": p.kind,
        "says": link_words(p.kind, p.attrs.get("resource", "")),
        "attrs": p.attrs,
        "reported_by": list(p.reported_by),
        "reporters": [_name(view, r) for r in p.reported_by],
        "new_actor": bool(p.target_label),
    }


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """What moved between two rounds' :func:`summary`: network trust, response rate, and
    each relationship whose trust went up or down (pairs in both rounds only)."""

    def trust(s: Mapping[str, Any]) -> dict[frozenset[str], tuple[str, str, float]]:
        return {
            frozenset((r["a"], r["b"])): (r["a"], r["b"], r["trust"]["score"])
            for r in s["relationships"]
            if r["trust"]["score"] is not None
        }

    old, new = trust(before), trust(after)
    moved = [
        {"a": a, "b": b, "before": old[pair][2], "after": score}
        for pair, (a, b, score) in new.items()
        if pair in old and old[pair][2] != score
    ]
    first, last = before["network_trust"]["score"], after["network_trust"]["score"]
    return {
        "network_trust": {"before": first, "after": last},
        "response_rate": {"before": before["response_rate"], "after": after["response_rate"]},
        "up": [m for m in moved if m["after"] > m["before"]],
        "down": [m for m in moved if m["after"] < m["before"]],
    }


# ----- links the answers report ------------------------------------------------------------
_LINK_KINDS = {"talks": "communicates", "answers_to": "accountable_to"}


def proposals(view: MapView, responses: Responses) -> list[Proposal]:
    """Links the answers report and the map lacks between the two (or their organisations):
    talk more often than never becomes a communication link, "we answer to them" an
    accountability line, "we give them premises" (or money, staff...) a resource link of
    that kind. A name missing from the map is proposed as a new actor with the link."""
    found: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for a in responses.answers:
        if a.question not in LINK_QUESTIONS or not a.about or a.about == a.respondent:
            continue
        kind = _LINK_KINDS.get(a.question, "resource")
        resource = RESOURCE_QUESTIONS.get(a.question, "")
        for source, target in _reported(a):
            known = source in view.graph and target in view.graph
            if known and _on_map(view, source, target, kind, resource):
                continue
            entry = found.setdefault((source, target, kind, resource), {"by": [], "attrs": {}})
            entry["by"].append(a.respondent)
            if kind == "communicates":
                entry["attrs"]["frequency"] = a.answer
            elif kind == "resource":
                entry["attrs"]["resource"] = resource
    result = []
    for (source, target, kind, _), entry in found.items():
        label = "" if target in view.graph else target
        if source not in view.graph:  # a missing name as the source: turn it round to read
            continue
        result.append(
            Proposal(
                source=source,
                target=target,
                kind=kind,
                attrs=entry["attrs"],
                reported_by=tuple(dict.fromkeys(entry["by"])),
                target_label=label,
            )
        )
    return result


def _reported(a: Answer) -> list[tuple[str, str]]:
    if a.question == "talks":
        return [] if a.answer == "never" else [(a.respondent, a.about)]
    ours, theirs = DIRECTIONS[a.answer]
    return [
        pair
        for pair, said in (((a.respondent, a.about), ours), ((a.about, a.respondent), theirs))
        if said
    ]


def _on_map(view: MapView, source: str, target: str, kind: str, resource: str) -> bool:
    """Whether the map has the link already: communication counts either way; answering
    must run the same way; a resource must run the same way and be of the same kind."""
    links = view.links(source, target, kind)
    if kind == "communicates":
        return bool(links)
    return any(
        view.owner[s] == view.owner[source]
        and (kind != "resource" or resource in _resources(view, s, t))
        for s, t, _ in links
    )


def _resources(view: MapView, source: str, target: str) -> set[str]:
    """What the map's resource links from ``source`` to ``target`` carry."""
    found = view.graph.get_edge_data(source, target, default={})
    return {a.get("resource", "") for a in found.values() if a.get("kind") == "resource"}


def link_words(kind: str, resource: str = "") -> str:
    """A proposed link as a sentence says it, between its two ends.

    >>> link_words("accountable_to"), link_words("resource", "premises")
    ('answers to', 'offers premises to')
    """
    if kind == "communicates":
        return "talks with"
    if kind == "resource":
        return load_content().vocabulary.term("resource", resource or "funding").link or kind
    return load_content().vocabulary.label("edge_kind", kind)


# ----- the rules ---------------------------------------------------------------------------
def _view_responses(view: MapView) -> Responses | None:
    """The round's answers :func:`mapper.graph.analyse.analyse` was given, if any."""
    return view.memo.get("responses")


@rule("perception-gap", talk_steps=2, trust_points=2)
def perception_gap(view: MapView, params: dict[str, Any], today: dt.date) -> list[Finding]:
    """Pairs of respondents who see their link differently: how often they talk
    (``talk_steps`` or more steps apart on never..daily), how much they trust each other
    (``trust_points`` or more apart), or who answers to whom, or gives money or another
    resource to whom (one says so, the other does not, or does not know). Only pairs
    where both answered about each other."""
    view = as_view(view)
    responses = _view_responses(view)
    if responses is None:
        return []
    found: list[Finding] = []
    for a, b in _pairs(responses):
        if not (b in responses.about(a) and a in responses.about(b)):
            continue
        names = {"a": _name(view, a), "b": _name(view, b)}
        for subject, apart in _SCALES.items():
            said_a, said_b = responses.said(a, b, subject), responses.said(b, a, subject)
            if not (said_a and said_b):
                continue
            gap = apart(said_a, said_b)
            if gap < params[_STEP_PARAMS[subject]]:
                continue
            found.append(
                finding(
                    "perception-gap",
                    subject,
                    severity="high" if gap >= _HIGH[subject] else "medium",
                    params=params,
                    nodes=(a, b),
                    subject=subject,
                    **names,
                    **_said_words(subject, said_a, said_b),
                )
            )
        for question in ("answers_to", *RESOURCE_QUESTIONS):
            found += _direction_gaps(view, responses, params, question, a, b)
    return found


# How far apart two answers are, the rule's parameter for it, and the gap that is high.
_SCALES: dict[str, Callable[[str, str], int]] = {
    "talks": lambda x, y: abs(TALKS.index(x) - TALKS.index(y)),
    "trust": lambda x, y: abs(int(x) - int(y)),
}
_STEP_PARAMS = {"talks": "talk_steps", "trust": "trust_points"}
_HIGH = {"talks": 4, "trust": 3}


def _said_words(subject: str, said_a: str, said_b: str) -> dict[str, str]:
    if subject == "talks":
        return {"said_a": TALK_WORDS[said_a], "said_b": TALK_WORDS[said_b]}
    return {"trust_a": said_a, "trust_b": said_b}


def _direction_gaps(
    view: MapView, responses: Responses, params: dict[str, Any], question: str, a: str, b: str
) -> list[Finding]:
    """For each way x -> y between a and b: x says it answers to (or gives money or
    another resource to) y and y says not, or the other way round; only when both
    answered the question."""
    said_a, said_b = responses.said(a, b, question), responses.said(b, a, question)
    if said_a is None or said_b is None:
        return []
    found = []
    topic = "resource" if question in RESOURCE_QUESTIONS and question != "funds" else question
    for x, y, x_said, y_said in ((a, b, said_a, said_b), (b, a, said_b, said_a)):
        own, seen = DIRECTIONS[x_said][0], DIRECTIONS[y_said][1]  # x -> y, as each sees it
        if own is True and seen is not True:
            claimant, other, reply = x, y, "not_known" if seen is None else "denied"
        elif seen is True and own is not True:
            claimant, other, reply = y, x, "not_known" if own is None else "denied"
        else:
            continue
        message = f"{topic}_{'own' if claimant == x else 'other'}"
        found.append(
            finding(
                "perception-gap",
                message,
                severity="medium",
                params=params,
                nodes=(x, y),
                subject=question,
                a=_name(view, x),
                b=_name(view, y),
                claimant=_name(view, claimant),
                other=_name(view, other),
                reply=_REPLIES[reply].format(other=_name(view, other)),
                gives=link_words("resource", RESOURCE_QUESTIONS.get(question, "")),
            )
        )
    return found


_REPLIES = {"not_known": "{other} does not know", "denied": "{other} says not"}


@rule("checklist-disagreement")
def checklist_disagreement(view: MapView, params: dict[str, Any], today: dt.date) -> list[Finding]:
    """Compass checklist items (action checklists and the readiness checklist) the lead
    says yes to (or ticked on the map) while partners say no. Answers are counted, never
    named. A finding stands under its item's principle; a readiness item's, under the
    rule's own."""
    view = as_view(view)
    responses = _view_responses(view)
    if responses is None:
        return []
    leads = {r for r in responses.respondents if view.owner.get(r, r) in view.leads}
    found = []
    items = checklist_items()
    by_item: dict[str, list[tuple[str, str]]] = {}
    for a in responses.answers:
        if a.question in items:
            by_item.setdefault(a.question, []).append((a.respondent, a.answer))
    for item_id in items:
        given = by_item.get(item_id, [])
        lead_yes = item_id in responses.ticked or any(
            who in leads and answer == "yes" for who, answer in given
        )
        others = Counter(answer for who, answer in given if who not in leads)
        if not lead_yes or not others["no"]:
            continue
        total = sum(others.values())
        split = join(
            f"{count} {plural(count, 'says', 'say')} {answer}"
            for answer in CHECKS
            if (count := others[answer])
        )
        result = finding(
            "checklist-disagreement",
            "split",
            severity="high" if others["no"] * 2 >= total else "medium",
            params=params,
            nodes=sorted(leads),
            subject=item_id,
            item=items[item_id],
            item_id=item_id,
            partners=counted(total, "partner"),
            split=split,
            lead="The lead partner" if leads else "The map's checklist",
        )
        principle = item_id.split(".")[0]  # a readiness item keeps the rule's principle
        principles = (principle,) if principle in PRINCIPLES else result.principles
        action = Action(id=item_id, text=items[item_id])
        found.append(replace(result, principles=principles, action=action))
    return found


def _name(view: MapView, actor: str) -> str:
    return view.label(actor) if actor in view.graph else actor


def headline(result: Mapping[str, Any]) -> list[str]:
    """A round's :func:`summary` in a few sentences, for reports and the app.

    >>> for line in headline({"invited": 4, "answered": 3, "response_rate": 0.75,
    ...                       "network_trust": {"score": 3.5, "answers": 6}, "actors": {},
    ...                       "proposals": [{}]}):
    ...     print(line)
    3 of 4 invited answered (75%).
    Trust across the network: 3.5 out of 5, from 6 ratings.
    1 link the answers report is not on the map yet.
    """
    lines = [
        f"{result['answered']} of {result['invited']} invited answered"
        + (f" ({result['response_rate']:.0%})." if result["invited"] else ".")
    ]
    trust = result["network_trust"]
    if trust["answers"]:
        lines.append(
            f"Trust across the network: {trust['score']:g} out of 5, from "
            f"{counted(trust['answers'], 'rating')}."
        )
    rated = {a: v for a, v in result["actors"].items() if v["trust"]["score"] is not None}
    if len(rated) > 1:
        best = max(rated, key=lambda a: rated[a]["trust"]["score"])
        least = min(rated, key=lambda a: rated[a]["trust"]["score"])
        if rated[best]["trust"]["score"] != rated[least]["trust"]["score"]:
            lines.append(
                f"Most trusted: {_rated(rated[best])}; least trusted: {_rated(rated[least])}."
            )
    if count := len(result["proposals"]):
        verb = plural(count, "is", "are")
        lines.append(f"{counted(count, 'link')} the answers report {verb} not on the map yet.")
    return lines


def _rated(actor: Mapping[str, Any]) -> str:
    trust = actor["trust"]
    return f"{actor['label']} ({trust['score']:g}, {counted(trust['answers'], 'rating')})"
