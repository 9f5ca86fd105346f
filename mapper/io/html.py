"""One printable HTML page: the stylesheet and page wrapper the reports share.

The meeting brief and the health-check report are both taken into rooms on paper, so
they share one self-contained page (no web fonts, no scripts, nothing fetched) with print
rules: A4 margins, headings kept with what follows, list items kept whole. Severity
badges carry their word and a border style of their own (thick, plain, dashed), so they
still read on a black-and-white printer.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape as _escape

from mapper.graph.rules import SEVERITIES, Finding

__all__ = [
    "SEVERITY_WORDS",
    "STYLE",
    "escape",
    "findings_list",
    "no_html",
    "page",
    "sentence",
    "tag",
]

SEVERITY_WORDS = {severity: severity.capitalize() for severity in SEVERITIES}

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1b1b1b; max-width: 48rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.45rem; margin: 0 0 .35rem; }
.meta, .purpose { margin: 0 0 .8rem; color: #333; }
.meta strong { color: #1b1b1b; }
.purpose { font-style: italic; }
.caveat { border-left: 3px solid #777; padding: .15rem 0 .15rem .6rem; margin: 0 0 .8rem;
  color: #333; }
section { border-top: 2px solid #1b1b1b; padding-top: .35rem; margin-top: 1.05rem; }
h2 { font-size: 1.1rem; margin: 0 0 .3rem; }
h2 .count { font-weight: normal; color: #444; }
h3 { font-size: .98rem; margin: .75rem 0 .15rem; }
.intro, .empty, .how { margin: 0 0 .45rem; color: #444; font-style: italic; font-size: .95em; }
.compass { margin: 0 0 .45rem; font-size: .95em; }
.compass q { font-style: italic; }
.also { margin: .3rem 0 0; font-size: .9em; color: #444; }
ul, ol { margin: 0; padding-left: 1.1rem; }
li { margin: 0 0 .35rem; break-inside: avoid; }
ul.findings { list-style: none; padding-left: 0; }
ul.findings li { display: flex; align-items: baseline; gap: .45em; }
ul.findings .tag { flex: none; width: 6.4em; margin: 0; }
li .head { font-weight: 600; }
li .action { display: block; margin-top: .1rem; font-size: .93em; }
.tag { display: inline-block; font-size: .72em; font-weight: 700; padding: 0 .4em;
  border: 1px solid #555; border-radius: .25em; margin-right: .35em; vertical-align: .1em;
  text-transform: uppercase; letter-spacing: .04em; min-width: 4.6em; text-align: center; }
li .head + .tag { margin: 0 0 0 .3em; min-width: 0; }
.tag.high { background: #fbe3d6; border: 2px solid #7a2d00; color: #7a2d00; }
.tag.medium { background: #fff3c4; border: 1px solid #5c4800; color: #5c4800; }
.tag.low { background: #eef2f6; border: 1px dashed #333b44; color: #333b44; }
.tag.principle { text-transform: none; letter-spacing: 0; font-weight: normal;
  min-width: 0; }
table { border-collapse: collapse; width: 100%; margin: .2rem 0 .4rem; font-size: .93em; }
th, td { border-bottom: 1px solid #bbb; padding: .15rem .4rem; text-align: left;
  vertical-align: top; }
th { border-bottom: 2px solid #1b1b1b; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
ul.ticks { list-style: none; padding-left: 0; }
ul.ticks li::before { content: "\\2610"; font-size: 1.15em; margin-right: .45em; }
.glance { border: 2px solid #1b1b1b; border-radius: .3rem; padding: .3rem .7rem;
  margin: .2rem 0 .5rem; }
ul.ticks li .head { font-weight: normal; }
.more { margin: .1rem 0 0 1.1rem; font-style: italic; color: #444; font-size: .95em; }
.notes { border: 1px solid #888; min-height: 6rem; margin-top: .3rem; border-radius: .2rem; }
footer { margin-top: 1.3rem; font-size: .85em; color: #444; }
footer p { margin: .15rem 0; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  section { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def escape(text: object) -> str:
    """Text a user typed, safe inside HTML (quotes too, for attributes).

    >>> escape('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return _escape(str(text), quote=True)


def tag(text: str, kind: str = "") -> str:
    """A small label: a severity badge (``kind`` high, medium or low) or a plain one.

    >>> tag("High", "high")
    '<span class="tag high">High</span>'
    """
    return f'<span class="tag {kind if kind in SEVERITIES else "principle"}">{escape(text)}</span>'


def findings_list(found: Iterable[Finding]) -> list[str]:
    """Findings as a list, each with its severity badge, title and explanation (a title
    that is a question keeps its question mark)."""
    return [
        '<ul class="findings">',
        *(
            f"<li>{tag(SEVERITY_WORDS[f.severity], f.severity)}<span>"
            f'<span class="head">{escape(sentence(f.title))}</span> {escape(f.explanation)}'
            "</span></li>"
            for f in found
        ),
        "</ul>",
    ]


def sentence(text: str) -> str:
    """``text`` ended as a sentence: a full stop, unless it ends in one already.

    >>> sentence("Hub and Clinic see their contact differently"), sentence("Who leads?")
    ('Hub and Clinic see their contact differently.', 'Who leads?')
    """
    return text if text.endswith((".", "?", "!")) else f"{text}."


def page(title: str, body: Iterable[str]) -> str:
    """A complete HTML page: ``title`` (plain text, escaped here) and ``body`` (HTML
    fragments, already escaped by the caller), with the shared stylesheet."""
    return (
        "\n".join(
            [
                "<!doctype html>",
                '<html lang="en"><head><meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{escape(title)}</title>",
                f"<style>{STYLE}</style></head><body>",
                *body,
                "</body></html>",
            ]
        )
        + "\n"
    )


def no_html(markdown: str) -> str:
    """Markdown whose every ``<`` is written ``&lt;``, so a viewer shows the text a label
    or note holds (``<script>``, ``<img onerror=...>``) instead of running it as HTML.
    Our own Markdown uses no HTML, so nothing else changes.

    >>> no_html("**Carers <script>alert(1)</script>**")
    '**Carers &lt;script>alert(1)&lt;/script>**'
    """
    return markdown.replace("<", "&lt;")
