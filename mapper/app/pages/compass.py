"""The whole Partnership Compass beside the map: why partner, readiness, the foundation
of trust and leadership, the principles with their tools, the processes, the assumptions,
every tool, the support organisations, what the health check looks for, and the words of
the map. What the room answered in workshop mode shows beside each question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import dash
from dash import html

from mapper.app.components.views import not_found, open_map, view_page, when
from mapper.app.context import get_store
from mapper.content import VOCABULARY_GROUPS, Item, Tool, glossary, load_content
from mapper.store.answers import Answer

dash.register_page(
    __name__,
    path_template="/maps/<map_id>/compass",
    name="The Compass",
    title="The Compass · Partnership Mapper",
    map_view="compass",
    short_name="Compass",
    order=55,
)

# Where in the app each tool of the Compass is used, beside its own words (``in_app``).
TOOL_VIEWS = {
    "skills-matrix": ("skills", "Skills and resources"),
    "stakeholder-map": ("", "The map"),
    "communications-strategy": ("", "The map's health check"),
    "monitoring-evaluation-plan": ("", "The map's health check"),
    "live-action-plan": ("workshop", "Workshop mode: agreed actions"),
    "contingency-plan": ("workshop", "Workshop mode: agreed actions"),
}
GROUP_TITLES = {
    "node_kind": "Kinds of actor",
    "edge_kind": "Kinds of link",
    "role": "Roles in the partnership",
    "category": "Categories of organisation",
    "sector": "Sectors",
    "level": "Levels of a person's role",
    "resource": "Resources",
    "seat_role": "Seats on a forum",
    "frequency": "How often partners are in touch",
}
SECTIONS = (
    ("why", "To partner or not"),
    ("ready", "Are you ready?"),
    ("foundation", "The foundation: trust and leadership"),
    ("principles", "The six principles"),
    ("processes", "Processes for an effective partnership"),
    ("assumptions", "Underlying assumptions"),
    ("tools", "Tools"),
    ("support", "Support organisations"),
    ("checks", "What the health check looks for"),
    ("words", "Words on the map"),
)


def _answer(answer: Answer | None) -> html.Span | None:
    if answer is None:
        return None
    said = f" Answered {answer.answer}" + (f" by {answer.who}" if answer.who else "")
    said += f", {when(answer.at)}" + (f": {answer.note}" if answer.note else "")
    return html.Span(said, className=f"compass-answer answer-{answer.answer}")


def _items(items: Iterable[Item], answers: Mapping[str, Answer] | None = None) -> html.Ul:
    answers = answers or {}
    return html.Ul([html.Li([item.text, _answer(answers.get(item.id))]) for item in items])


def _section(key: str, *children: Any) -> html.Section:
    title = dict(SECTIONS)[key]
    return html.Section(
        [html.H2(title), *children], id=key, className="insight-card principle-section"
    )


def _intro(name: str) -> html.P | None:
    text = load_content().intros.get(name)
    return html.P(text, className="text-secondary") if text else None


def _tool_places(tool: Tool, map_id: int) -> list[Any]:
    """Where a tool belongs: the principles that name it, and its place in the app."""
    content = load_content()
    named = [p for p in content.principles if tool.id in p.tools]
    places: list[Any] = []
    if named:
        places.append("Used with ")
        for number, principle in enumerate(named):
            if number:
                places.append(", ")
            places.append(
                html.A(
                    f"{principle.id} {principle.title}",
                    href=f"/maps/{map_id}/principles#{principle.id}",
                )
            )
        places.append(". ")
    if tool.id in TOOL_VIEWS:
        view, name = TOOL_VIEWS[tool.id]
        places += ["In this app: ", html.A(name, href=f"/maps/{map_id}/{view}".rstrip("/"))]
        places.append(f" ({tool.in_app})." if tool.in_app else ".")
    elif tool.in_app:
        places.append(f"In this app: {tool.in_app}.")
    else:
        places.append("Not in this app: one for the partners to draw up together.")
    return places


def compass_sections(map_id: int, answers: Mapping[str, Answer]) -> list[html.Section]:
    """Every part of the Compass's content, one section each, in the order of SECTIONS."""
    content = load_content()
    principles = [
        html.Div(
            [
                html.H3(
                    html.A(
                        f"{p.id} {p.title}",
                        href=f"/maps/{map_id}/principles#{p.id}",
                    )
                ),
                html.P(p.statement),
                html.P(
                    "Tools: " + ", ".join(content.tool(t).title for t in p.tools),
                    className="text-secondary",
                )
                if p.tools
                else None,
            ]
        )
        for p in content.principles
    ]
    rules_by_support: dict[str, list[str]] = {}
    for rule in content.rules.values():
        for org in content.supporters(rule.id):
            rules_by_support.setdefault(org.id, []).append(rule.name)
    support = [
        html.Li(
            [
                html.Strong(org.name),
                f": {org.what} ",
                html.A(org.url, href=org.url, target="_blank", rel="noopener") if org.url else None,
                html.Div(
                    "Helps with the health check's findings on: "
                    + "; ".join(rules_by_support[org.id]).lower()
                    + ".",
                    className="text-secondary",
                )
                if org.id in rules_by_support
                else None,
            ],
            id=org.id,
        )
        for org in content.support
    ]
    words = [
        html.Div(
            [
                html.H3(GROUP_TITLES[group]),
                html.Dl(
                    [
                        part
                        for term in content.vocabulary.terms[group].values()
                        for part in (
                            html.Dt(content.vocabulary.label(group, term.value)),
                            html.Dd(term.help),
                        )
                    ]
                ),
            ]
        )
        for group in VOCABULARY_GROUPS
    ]
    words.append(  # the words the (i) buttons explain, all in one place
        html.Div(
            [
                html.H3("What the analysis's words mean"),
                html.Dl(
                    [
                        part
                        for word in glossary().values()
                        for part in (html.Dt(word.term), html.Dd(word.means))
                    ]
                ),
            ]
        )
    )
    workshop = f"/maps/{map_id}/workshop"
    return [
        _section(
            "why",
            html.P(
                [
                    "Answer these with the partners in ",
                    html.A("workshop mode", href=f"{workshop}?step=why"),
                    ": the answers show here.",
                ],
                className="text-secondary",
            ),
            html.H3("Benefits"),
            _intro("benefits"),
            _items(content.benefits, answers),
            html.H3("Challenges"),
            _intro("challenges"),
            _items(content.challenges, answers),
        ),
        _section(
            "ready",
            _intro("readiness"),
            _items(content.readiness, answers),
            html.P(
                [
                    "Also on ",
                    html.A(
                        "Principles and checklists", href=f"/maps/{map_id}/principles#readiness"
                    ),
                    ".",
                ],
                className="text-secondary",
            ),
        ),
        _section("foundation", _intro("foundation"), _items(content.foundation)),
        _section("principles", *principles),
        _section(
            "processes",
            _intro("processes"),
            *(
                part
                for stage in content.processes
                for part in (html.H3(stage.title), _items(stage.items))
            ),
        ),
        _section("assumptions", _intro("assumptions"), _items(content.assumptions)),
        _section(
            "tools",
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(tool.title),
                            f": {tool.what}",
                            html.Div(_tool_places(tool, map_id), className="text-secondary"),
                        ],
                        id=f"tool-{tool.id}",
                    )
                    for tool in content.tools
                ]
            ),
        ),
        _section("support", _intro("support"), html.Ul(support)),
        _section(
            "checks",
            html.P(
                "The health check reviews the map against the principles with these checks, "
                "most important first.",
                className="text-secondary",
            ),
            html.Dl(
                [
                    part
                    for rule in content.rules.values()
                    for part in (html.Dt(rule.name), html.Dd(rule.why))
                ]
            ),
        ),
        _section("words", *words),
    ]


def layout(map_id: str | None = None, **_: Any) -> Any:
    opened = open_map(map_id)
    if opened is None:
        return not_found(map_id)
    number, pmap = opened
    answers = get_store().answers(number)
    intro = (
        "Everything in The Third Sector Partnership Compass, beside this map: what it says, "
        "the tools it recommends and who can help. What the partners answered in workshop "
        "mode shows beside each question."
    )
    contents = html.Nav(
        html.Ul([html.Li(html.A(title, href=f"#{key}")) for key, title in SECTIONS]),
        className="insight-card compass-contents",
        **{"aria-label": "Parts of the Compass"},
    )
    return view_page(pmap, "The Compass", intro, contents, *compass_sections(number, answers))
