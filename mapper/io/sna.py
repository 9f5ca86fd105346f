"""The classic social network analysis files: Pajek ``.net``, GML and UCINET DL.

Pajek and GML are parsed by networkx; two gaps are filled first: Pajek's ``*Arcslist`` and
``*Edgeslist`` rows (one actor, then everyone it points to) are spelled out as single arcs,
which networkx misreads, and Pajek's drawing codes (colours, shapes, curve handles) are
set aside and counted in the report. Pajek places vertices between 0 and 1; positions are
scaled to the canvas.

UCINET DL has no reader in networkx, so :func:`parse_dl` reads the one-mode layouts
UCINET's manual documents most (``fullmatrix``, ``edgelist1``, ``nodelist1``) with labels
listed or embedded; anything else is refused in one line that says what to export.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import networkx as nx

from mapper.io.csv import decode
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign
from mapper.io.result import ImportFailed, ImportReport, ImportResult

__all__ = [
    "DLNetwork",
    "is_dl",
    "is_gml",
    "is_pajek",
    "parse_dl",
    "read_dl",
    "read_gml",
    "read_pajek",
]

Files = Mapping[str, bytes]
CANVAS = 1000.0  # Pajek's 0..1 positions times this
# How Pajek draws vertices and arcs (shape, colours, label placement, curve handles).
_PAJEK_DRAWING = frozenset(
    [
        "shape",
        "x_fact",
        "y_fact",
        "ic",
        "bc",
        "bw",
        "lc",
        "la",
        "lr",
        "lphi",
        "lp",
        "fos",
        "font",
        "c",
        "w",
        "p",
        "s",
        "h1",
        "h2",
        "a1",
        "a2",
        "k1",
        "k2",
        "ap",
        "a",
        "b",
        "q",
        "phi",
        "r",
        "size",
    ]
)


def _text(files: Files) -> tuple[str, str] | None:
    """The one file's name and text, or ``None`` if there is not exactly one text file."""
    if len(files) != 1:
        return None
    ((name, data),) = files.items()
    try:
        return name, decode(data, name)
    except ImportFailed:
        return None


def _first_line(text: str, comment: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(comment):
            return stripped.lower()
    return ""


# ----- Pajek ----------------------------------------------------------------------------

_PAJEK_START = re.compile(r"^[ \t]*\*(network\b.*\n\s*\*)?vertices[ \t]+\d+", re.I | re.M)


def is_pajek(files: Files) -> bool:
    """One text file with a ``*Vertices n`` line near its top (Pajek ignores any text
    before it, and so do we)."""
    found = _text(files)
    return found is not None and bool(_PAJEK_START.search(found[1][:4096]))


def _spelled_out(lines: list[str]) -> tuple[list[str], int]:
    """Pajek lines as networkx reads them, and the size of the first mode of a two-mode
    network (0 for one mode): ``*Arcslist``/``*Edgeslist`` rows and a two-mode
    ``*Matrix`` (rows the first mode, columns the second) become one tie per line."""
    out: list[str] = []
    listing = None
    first_mode = row = 0
    for line in lines:
        head = line.strip().lower()
        words = head.split()
        if head.startswith("*vertices") and len(words) == 3:
            first_mode = int(words[2])
            out.append(f"*Vertices {words[1]}")
        elif head.startswith("*"):
            listing = {"*arcslist": "*Arcs", "*edgeslist": "*Edges"}.get(words[0])
            if words[0] == "*matrix" and first_mode:
                listing, row = "*matrix", 0
            out.append("*Edges" if listing == "*matrix" else listing or line)
        elif listing == "*matrix" and head:
            row += 1
            out.extend(
                f"{row} {first_mode + column} {value}"
                for column, value in enumerate(words, start=1)
                if float(value)
            )
        elif listing and head:
            first, *others = line.split()
            out.extend(f"{first} {other}" for other in others)
        else:
            out.append(line)
    return out, first_mode


def read_pajek(files: Files) -> ImportResult:
    """A Pajek network: vertex labels, positions and arc or edge weights and labels."""
    name, text = _text(files) or ("", "")
    lines = text[_PAJEK_START.search(text).start() :].splitlines()  # type: ignore[union-attr]
    lines = [line for line in lines if not line.lstrip().startswith("%")]
    try:
        spelled, first_mode = _spelled_out(lines)
        graph = nx.parse_pajek(spelled)
    except (nx.NetworkXError, ValueError, IndexError, KeyError, StopIteration) as error:
        raise ImportFailed(f"{name}: not a Pajek file that can be read ({error})") from None
    drawing: Counter[str] = Counter()
    nodes = []
    for number, (label, attrs) in enumerate(graph.nodes(data=True), start=1):
        attrs = dict(attrs)
        key = attrs.pop("id", label)
        drawing.update(k for k in list(attrs) if k in _PAJEK_DRAWING and attrs.pop(k))
        for axis in ("x", "y"):
            if isinstance(attrs.get(axis), float):
                attrs[axis] = round(attrs[axis] * CANVAS, 2)
        nodes.append(ForeignNode(f"vertex {number}", str(key), str(label), attrs))
    ids = {label: str(attrs.get("id", label)) for label, attrs in graph.nodes(data=True)}
    noun = "arc" if graph.is_directed() else "edge"  # Pajek's words
    edges = []
    for number, (source, target, attrs) in enumerate(graph.edges(data=True), start=1):
        attrs = dict(attrs)
        if "l" in attrs:
            attrs["label"] = attrs.pop("l")
        drawing.update(k for k in list(attrs) if k in _PAJEK_DRAWING and attrs.pop(k))
        edges.append(
            ForeignEdge(
                f"{noun} {number}", ids[source], ids[target], None, graph.is_directed(), attrs
            )
        )
    report = ImportReport(source=name, format="Pajek")
    if first_mode:
        report.guessed.append(
            f"A two-mode network: the first {first_mode} vertices and the other "
            f"{len(nodes) - first_mode} are all read as actors, each tie as a two-way link."
        )
    if any("x" in node.attrs for node in nodes):
        report.guessed.append(
            f"Positions (0 to 1 in Pajek) multiplied by {CANVAS:.0f} to fit the canvas."
        )
    if drawing:
        report.ignored.append(
            "How Pajek draws the network is not kept (codes "
            + ", ".join(f"'{code}'" for code in sorted(drawing))
            + "): Partnership Mapper draws by kind."
        )
    meta = {"name": graph.graph.get("name")}
    return build_foreign("Pajek", "Pajek", name, nodes, edges, meta, report=report)


# ----- GML ------------------------------------------------------------------------------

_GML_START = re.compile(
    r"^\s*(?:(?:#[^\n]*|creator\s+\"[^\"]*\"|version\s+\S+)\s*)*graph\s*\[", re.I
)


def is_gml(files: Files) -> bool:
    """One text file that opens (after comments, ``Creator`` and ``Version``) with
    ``graph [``."""
    found = _text(files)
    return found is not None and bool(_GML_START.match(found[1][:4096]))


def read_gml(files: Files) -> ImportResult:
    """A GML graph: node labels, ``graphics`` positions, every other attribute kept."""
    name, text = _text(files) or ("", "")
    report = ImportReport(source=name, format="GML")
    try:
        try:
            graph = nx.parse_gml(text, label=None)
        except nx.NetworkXError as error:
            if "is duplicated" not in str(error):
                raise
            # Repeated edges in a graph not marked ``multigraph 1``: Gephi reads them; so do we.
            graph = nx.parse_gml(_GML_START.sub(r"\g<0> multigraph 1 ", text, count=1), label=None)
            report.guessed.append(
                "Some pairs are joined by more than one edge though the file does not say "
                "'multigraph 1': each edge was read as its own link."
            )
    except (nx.NetworkXError, ValueError, TypeError) as error:  # TypeError: a list as an id
        raise ImportFailed(f"{name}: not a GML file that can be read ({error})") from None
    drawing: Counter[str] = Counter()
    nodes = []
    for number, (key, attrs) in enumerate(graph.nodes(data=True), start=1):
        attrs = dict(attrs)
        graphics = attrs.pop("graphics", None)
        if isinstance(graphics, dict):
            attrs.update({axis: graphics[axis] for axis in ("x", "y") if axis in graphics})
            drawing.update(k for k in graphics if k not in ("x", "y"))
        label = attrs.pop("label", None)
        nodes.append(ForeignNode(f"node {number} (id {key})", str(key), label, attrs))
    edges = []
    for number, (source, target, attrs) in enumerate(graph.edges(data=True), start=1):
        attrs = dict(attrs)
        if isinstance(attrs.get("graphics"), dict):
            drawing.update(attrs.pop("graphics"))
        edges.append(
            ForeignEdge(
                f"edge {number}", str(source), str(target), None, graph.is_directed(), attrs
            )
        )
    if drawing:
        report.ignored.append(
            "How the graph was drawn is not kept (graphics "
            + ", ".join(f"'{key}'" for key in sorted(drawing))
            + "): Partnership Mapper draws by kind."
        )
    meta = {"name": graph.graph.get("name") or graph.graph.get("label")}
    return build_foreign("GML", "GML", name, nodes, edges, meta, report=report)


# ----- UCINET DL ------------------------------------------------------------------------

_FORMATS = {
    "fullmatrix": "fullmatrix",
    "fm": "fullmatrix",
    "edgelist1": "edgelist1",
    "el1": "edgelist1",
    "nodelist1": "nodelist1",
    "nl1": "nodelist1",
}
_LABEL = re.compile(r'"([^"]*)"|([^,\s]+)')
_KEYWORD = re.compile(
    r"^\s*(format\s*=|labels|row\s+labels|col(umn)?\s+labels|data\s*:|diagonal|n\s*=|nr\s*=|"
    r"nc\s*=|nm\s*=|matrix\s+labels|level\s+labels)",
    re.I,
)


@dataclass
class DLNetwork:
    """A UCINET DL network: actor labels in order and links as (from, to, value)."""

    labels: list[str]
    links: list[tuple[int, int, float]] = field(default_factory=list)
    layout: str = "fullmatrix"


def is_dl(files: Files) -> bool:
    """One text file whose first word is ``DL``."""
    found = _text(files)
    return found is not None and bool(re.match(r"\s*dl\b", found[1][:64], re.I))


def _refuse(name: str, what: str) -> ImportFailed:
    return ImportFailed(
        f"{name}: UCINET DL {what} is not read; in UCINET, save the network as a one-mode "
        "DL file in fullmatrix or edgelist1 format (or export it to Pajek) and import that"
    )


def _number(token: str, name: str, where: str) -> float:
    try:
        return float(token)
    except ValueError:
        raise ImportFailed(f"{name}: {where}: expected a number, found '{token}'") from None


def parse_dl(text: str, name: str = "network.dl") -> DLNetwork:
    """Read a one-mode UCINET DL file (see the module docstring for what is read).

    >>> net = parse_dl("DL n=3\\nformat = edgelist1\\nlabels:\\nAnn, Bob, Cy\\ndata:\\n1 2\\n3 1 2")
    >>> net.labels, net.links
    (['Ann', 'Bob', 'Cy'], [(0, 1, 1.0), (2, 0, 2.0)])
    """
    parts = re.split(r"(?im)^[ \t]*data[ \t]*:", text, maxsplit=1)
    if len(parts) != 2:
        raise ImportFailed(f"{name}: a UCINET DL file needs a 'data:' line before its data")
    head, body = parts
    settings = " ".join(
        line for line in head.splitlines() if not re.match(r"\s*labels\s*:", line, re.I)
    )
    sizes = {k.lower(): int(v) for k, v in re.findall(r"\b(n|nr|nc|nm)\s*=\s*(\d+)", head, re.I)}
    if sizes.get("nm", 1) != 1:
        raise _refuse(name, f"holding {sizes['nm']} matrices")
    if "nr" in sizes or "nc" in sizes:
        raise _refuse(name, "for a two-mode network (nr and nc)")
    if "n" not in sizes:
        raise ImportFailed(f"{name}: a UCINET DL file needs 'n=' (how many actors) in line 1")
    size = sizes["n"]
    found = re.search(r"format\s*=\s*([\w]+)", settings, re.I)
    layout = _FORMATS.get(found.group(1).lower()) if found else "fullmatrix"
    if layout is None:
        raise _refuse(name, f"in the '{found.group(1) if found else ''}' layout")
    if re.search(r"diagonal\s*=\s*absent", settings, re.I):
        raise _refuse(name, "with the diagonal absent")
    embedded = bool(re.search(r"labels\s+embedded", settings, re.I))
    labels = _listed_labels(head)
    if labels and len(labels) != size:
        raise ImportFailed(f"{name}: 'labels:' lists {len(labels)} names but n={size}")
    net = DLNetwork(labels or [str(i) for i in range(1, size + 1)], layout=layout)
    numbered = enumerate(body.splitlines(), start=head.count("\n") + 1)
    rows = [(number, tokens) for number, line in numbered if (tokens := _tokens(line))]
    if layout == "fullmatrix":
        _matrix(net, rows, embedded, name)
    else:
        _lists(net, rows, embedded, name)
    return net


def _tokens(line: str) -> list[str]:
    """A DL line's entries, split at spaces or commas; a "quoted name" is one entry."""
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _LABEL.finditer(line)]


def _listed_labels(head: str) -> list[str]:
    """The names after ``labels:`` up to the next keyword line."""
    labels: list[str] = []
    listing = False
    for line in head.splitlines():
        start = re.match(r"\s*labels\s*:(.*)", line, re.I)
        if start:
            listing, line = True, start.group(1)
        elif listing and _KEYWORD.match(line):
            listing = False
        if listing:
            labels += _tokens(line)
    return labels


def _matrix(net: DLNetwork, rows: list[tuple[int, list[str]]], embedded: bool, name: str) -> None:
    size = len(net.labels)
    if embedded:
        if not rows:
            raise ImportFailed(f"{name}: the matrix has no rows")
        rows = rows[1:]  # the column labels; the row labels name the actors
        net.labels = [tokens[0] for _, tokens in rows[:size]]
        rows = [(number, tokens[1:]) for number, tokens in rows]
    cells = [(number, token) for number, tokens in rows for token in tokens]
    if len(cells) != size * size:
        raise ImportFailed(
            f"{name}: a {size} by {size} matrix needs {size * size} values; found {len(cells)}"
        )
    for index, (number, token) in enumerate(cells):
        value = _number(token, name, f"line {number}")
        if value:
            net.links.append((index // size, index % size, value))


def _lists(net: DLNetwork, rows: list[tuple[int, list[str]]], embedded: bool, name: str) -> None:
    by_name = {label.lower(): i for i, label in enumerate(net.labels)}

    def actor(token: str, number: int) -> int:
        if not embedded:
            position = _number(token, name, f"line {number}")
            if not 1 <= position <= len(net.labels) or position != int(position):
                raise ImportFailed(
                    f"{name}: line {number}: actor {token} is not between 1 and {len(net.labels)}"
                )
            return int(position) - 1
        if token.lower() not in by_name:
            by_name[token.lower()] = len(net.labels)
            net.labels.append(token)
        return by_name[token.lower()]

    if embedded and net.labels == [str(i) for i in range(1, len(net.labels) + 1)]:
        net.labels, by_name = [], {}
    for number, tokens in rows:
        if net.layout == "edgelist1":
            if len(tokens) not in (2, 3):
                raise ImportFailed(
                    f"{name}: line {number}: expected 'from to' or 'from to value', "
                    f"found {len(tokens)} entries"
                )
            value = _number(tokens[2], name, f"line {number}") if len(tokens) == 3 else 1.0
            net.links.append((actor(tokens[0], number), actor(tokens[1], number), value))
        else:
            ego = actor(tokens[0], number)
            net.links += [(ego, actor(token, number), 1.0) for token in tokens[1:]]


def read_dl(files: Files) -> ImportResult:
    """A UCINET DL file; a symmetric matrix makes one two-way link per pair."""
    name, text = _text(files) or ("", "")
    net = parse_dl(text, name)
    report = ImportReport(source=name, format="UCINET DL")
    values = {(a, b): v for a, b, v in net.links}
    symmetric = net.layout == "fullmatrix" and all(
        values.get((b, a)) == v for (a, b), v in values.items()
    )
    nodes = [ForeignNode(f"actor {i + 1}", str(i + 1), label) for i, label in enumerate(net.labels)]
    edges = []
    for a, b, value in net.links:
        if symmetric and a > b:
            continue
        attrs = {} if value == 1 else {"value": value}
        edges.append(
            ForeignEdge(f"tie {len(edges) + 1}", str(a + 1), str(b + 1), None, not symmetric, attrs)
        )
    if symmetric and edges:
        report.guessed.append(
            "The matrix is symmetric: each pair's two cells read as one two-way link."
        )
    return build_foreign("UCINET", "UCINET DL", name, nodes, edges, report=report)
