"""The key to the map: what each shape, colour, border and line means.

Drawn from the same tables as the canvas stylesheet (``mapper.app.elements``), as small
inline SVG pictures, so the key can never disagree with the map.
"""

from __future__ import annotations

from urllib.parse import quote

from dash import html

from mapper.app.elements import (
    EDGE_STYLES,
    KIND_SHAPES,
    NO_SECTOR_COLOUR,
    ROLE_BORDERS,
    SECTOR_COLOURS,
)
from mapper.content import load_content

__all__ = ["legend"]

_SHAPES = {
    "round-rectangle": '<rect x="4" y="6" width="28" height="24" rx="6"/>',
    "octagon": '<polygon points="12,4 24,4 32,12 32,24 24,32 12,32 4,24 4,12"/>',
    "hexagon": '<polygon points="18,3 32,11 32,25 18,33 4,25 4,11"/>',
    "ellipse": '<circle cx="18" cy="18" r="14"/>',
}
_DASHES = {"solid": "", "dashed": 'stroke-dasharray="8 5"', "dotted": 'stroke-dasharray="2 4"'}


def _svg(body: str, width: int = 36, height: int = 36) -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{body}</svg>'
    )
    return "data:image/svg+xml;utf8," + quote(svg)


def _picture(src: str, width: int = 36) -> html.Img:
    return html.Img(src=src, width=width, height=36, alt="", className="legend-picture")


def _row(picture: html.Img, name: str, help_text: str) -> html.Li:
    return html.Li(
        [picture, html.Div([html.Strong(name), html.Div(help_text, className="legend-help")])],
        className="legend-row",
    )


def _node(shape: str, fill: str, stroke: str = "#555", width: float = 2, dash: str = "") -> str:
    style = f'fill="{fill}" stroke="{stroke}" stroke-width="{width}" {dash}'
    return _svg(f"<g {style}>{_SHAPES[shape]}</g>")


def _edge(colour: str, line: str, width: float, two_way: bool = False) -> str:
    heads = f'<polygon points="62,18 52,12 52,24" fill="{colour}"/>'
    if two_way:
        heads += f'<polygon points="6,18 16,12 16,24" fill="{colour}"/>'
    body = (
        f'<line x1="{14 if two_way else 4}" y1="18" x2="54" y2="18" stroke="{colour}" '
        f'stroke-width="{width}" {_DASHES[line]}/>' + heads
    )
    return _svg(body, width=66)


def legend() -> html.Div:
    """The whole key, in four short lists."""
    words = load_content().vocabulary
    kinds = [
        _row(_picture(_node(shape, "#FFFFFF")), kind.capitalize(), words.help("node_kind", kind))
        for kind, shape in KIND_SHAPES.items()
    ]
    sectors = [
        _row(
            _picture(_node("ellipse", colour, colour)),
            f"{sector.capitalize()} sector",
            words.help("sector", sector),
        )
        for sector, colour in SECTOR_COLOURS.items()
    ]
    sectors.append(
        _row(_picture(_node("ellipse", NO_SECTOR_COLOUR, NO_SECTOR_COLOUR)), "Sector not set", "")
    )
    roles = []
    for role, (width, style, colour) in ROLE_BORDERS.items():
        dash = _DASHES.get(style, "")
        picture = _node("round-rectangle", "#FFFFFF", colour, min(width, 4), dash)
        roles.append(_row(_picture(picture), role.capitalize(), words.help("role", role)))
    links = []
    for kind, style in EDGE_STYLES.items():
        name = words.label("edge_kind", kind)
        links.append(
            _row(
                _picture(_edge(style.colour, style.line, style.width), width=66),
                f"A {name} B",
                words.help("edge_kind", kind),
            )
        )
    links.append(
        _row(
            _picture(_edge(EDGE_STYLES["communicates"].colour, "solid", 3, two_way=True), 66),
            "Two-way communication",
            "Arrowheads at both ends.",
        )
    )
    return html.Div(
        [
            html.H3("Shapes: kind of actor", className="legend-title"),
            html.Ul(kinds, className="legend-list"),
            html.H3("Colours: sector", className="legend-title"),
            html.Ul(sectors, className="legend-list"),
            html.H3("Borders: role", className="legend-title"),
            html.Ul(roles, className="legend-list"),
            html.P("Bigger actors have more power over the partnership.", className="small"),
            html.H3("Lines: kind of link", className="legend-title"),
            html.Ul(links, className="legend-list"),
            html.P("Thicker resource lines carry larger amounts.", className="small"),
        ],
        className="legend",
    )
