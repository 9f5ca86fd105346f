"""GraphML and GEXF in and out, through networkx's readers and writers.

yEd keeps labels and positions in its own XML inside ``<data>``: networkx recovers yEd
desktop labels (``y:NodeLabel``) but not yEd Live's (``y:Label.Text``), so both are read
here from the XML, along with yEd's groups.

GEXF is read here with ElementTree rather than networkx: networkx refuses what Gephi
itself wrote over the years (0.7's ``<attvalue id=``, GEXF 1.1 dynamic files with no
``timeformat``, open time spans) and ignores declared defaults. Elements are matched by
local name, so odd namespaces (``http:///www.gexf.net/1.1draft/viz``) do not matter.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from collections import Counter
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from mapper.graph.model import MAP_FIELDS, PartnershipMap
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign
from mapper.io.result import ImportFailed, ImportReport, ImportResult

__all__ = ["is_gexf", "is_graphml", "read_gexf", "read_graphml", "write_gexf", "write_graphml"]

Files = Mapping[str, bytes]
# LookupError: a key missing, or an encoding Python does not know; RuntimeError: networkx's
# GEXF reader on an attribute class it does not know.
_BROKEN = (
    nx.NetworkXError,
    ElementTree.ParseError,
    ValueError,
    LookupError,
    TypeError,
    RuntimeError,
)
_YED_STYLE = ("shape_type", "width", "height")  # how yEd drew it, not what it means


def _root_tag(files: Files) -> bytes:
    if len(files) != 1:
        return b""
    ((_, data),) = files.items()
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return b""
    found = re.search(rb"<([A-Za-z_][\w.-]*:)?(graphml|gexf)\b", head)
    return found.group(2) if found else b""


def is_graphml(files: Files) -> bool:
    """One XML file whose root element is ``graphml``."""
    return _root_tag(files) == b"graphml"


def is_gexf(files: Files) -> bool:
    """One XML file whose root element is ``gexf``."""
    return _root_tag(files) == b"gexf"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _yed_label(data_elements: list[ElementTree.Element], label_tag: str) -> str | None:
    """The first non-empty label yEd desktop (``y:NodeLabel``) or yEd Live
    (``y:Label.Text`` / ``Text=``) wrote."""
    for data in data_elements:
        for element in data.iter():
            name = _local(element.tag)
            text = None
            if name == label_tag or name == "Label.Text":
                text = element.text
            elif name == "Label" and element.get("Text"):
                text = element.get("Text")
            if text and text.strip():
                return text.strip()
    return None


def _yed_centre(data_elements: list[ElementTree.Element]) -> dict[str, float]:
    """The node's centre from ``y:Geometry`` (desktop) or ``y:RectD`` (yEd Live)."""
    for data in data_elements:
        for element in data.iter():
            name = _local(element.tag)
            if name in ("Geometry", "RectD"):
                get = element.get
                try:
                    x = float(get("x", get("X", "nan"))) + float(get("width", get("Width", 0))) / 2
                    y = (
                        float(get("y", get("Y", "nan")))
                        + float(get("height", get("Height", 0))) / 2
                    )
                except ValueError:
                    continue
                if x == x and y == y:
                    return {"x": x, "y": y}
    return {}


def _yed_extras(root: ElementTree.Element) -> tuple[dict[str, dict], dict[str, dict]]:
    """Labels and positions yEd keeps in its own XML, by node id and by edge id."""
    nodes: dict[str, dict] = {}
    edges: dict[str, dict] = {}
    for element in root.iter():
        kind = _local(element.tag)
        if kind not in ("node", "edge"):
            continue
        data = [child for child in element if _local(child.tag) == "data"]
        if kind == "node":
            extra: dict[str, Any] = _yed_centre(data)
            label = _yed_label(data, "NodeLabel")
            if label:
                extra["label"] = label
            nodes[element.get("id", "")] = extra
        else:
            label = _yed_label(data, "EdgeLabel")
            if label:
                edges[element.get("id", "")] = {"label": label}
    return nodes, edges


def _plain(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attrs.items() if key not in _YED_STYLE}


def _repair_keys(root: ElementTree.Element) -> bool:
    """Make Gephi-readable keys readable by networkx: keys declared inside ``<graph>``
    move up to the root, and a key id declared for nodes and for edges alike gets one
    id per domain. True when something changed."""
    keys = [element for element in root.iter() if _local(element.tag) == "key"]
    nested = [key for key in keys if key not in list(root)]
    for parent in root.iter():
        for key in [child for child in parent if child in nested]:
            parent.remove(key)
    for position, key in enumerate(nested):
        root.insert(position, key)
    shared = {ident for ident, count in Counter(k.get("id") for k in keys).items() if count > 1}
    for key in keys:
        if key.get("id") in shared:
            key.set("id", f"{key.get('id')}::{key.get('for', 'all')}")
    declared = {key.get("id") for key in keys}
    for element in root.iter():
        domain = _local(element.tag)
        for data in element:
            if _local(data.tag) == "data" and data.get("key") in shared:
                own = f"{data.get('key')}::{domain}"
                data.set("key", own if own in declared else f"{data.get('key')}::all")
    return bool(nested or shared)


class _TextOnly(HTMLParser):
    """The words of an HTML label, one space where a tag broke the line."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.parts.append(" ")

    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def _html_label(label: Any) -> Any:
    """yEd's HTML labels (``<html><b>Name</b><br>town``) as plain words."""
    if not isinstance(label, str) or not label.lstrip().lower().startswith("<html"):
        return label
    parser = _TextOnly()
    parser.feed(label)
    parser.close()
    return parser.text()


def _yed_groups(root: ElementTree.Element) -> dict[str, list[str]]:
    """yEd group (folder) node ids and the ids of every node drawn inside each."""
    groups: dict[str, list[str]] = {}
    for element in root.iter():
        if _local(element.tag) != "node":
            continue
        inner = [c for c in element if _local(c.tag) == "graph"]
        if inner or element.get("yfiles.foldertype") in ("group", "folder"):
            groups[element.get("id", "")] = [
                node.get("id", "")
                for graph in inner
                for node in graph.iter()
                if _local(node.tag) == "node"
            ]
    return groups


def read_graphml(files: Files) -> ImportResult:
    """A GraphML file, yEd's included: every attribute kept, yEd labels, positions and
    groups recovered, undirected graphs read as two-way links."""
    ((name, data),) = files.items()
    report = ImportReport(source=name, format="GraphML")
    try:
        root = ElementTree.fromstring(data)
        if _repair_keys(root):
            data = ElementTree.tostring(root)
        with warnings.catch_warnings():  # yEd's keys without types, ports: noise to a user
            warnings.simplefilter("ignore")
            graph = nx.parse_graphml(data, force_multigraph=True, edge_key_type=str)
        yed_nodes, yed_edges = _yed_extras(root)
    except _BROKEN as error:
        raise ImportFailed(f"{name}: not a GraphML file that can be read ({error})") from None
    groups = _yed_groups(root)
    linked = {end for edge in graph.edges() for end in edge}
    group_names: dict[str, str] = {}
    html = 0
    nodes = []
    for number, (node_id, attrs) in enumerate(graph.nodes(data=True), start=1):
        merged = {**_plain(attrs), **yed_nodes.get(node_id, {})}
        label = attrs.get("label") or merged.pop("label", None) or attrs.get("name")
        merged.pop("label", None)
        html += _html_label(label) != label
        label = _html_label(label)
        if node_id in groups:
            group_names[node_id] = label or node_id
            if node_id not in linked:
                continue  # a box drawn round actors: it becomes their tag below
            merged["tags"] = [*_as_tags(merged.get("tags")), "yEd group"]
        nodes.append(ForeignNode(f"node {number} ('{node_id}')", node_id, label, merged))
    if groups:
        report.guessed.append(_tag_group_members(nodes, groups, group_names, linked))
    edges = []
    for number, (source, target, key, attrs) in enumerate(
        graph.edges(keys=True, data=True), start=1
    ):
        merged = {**yed_edges.get(str(key), {}), **_plain(attrs)}
        if "label" in merged:
            html += _html_label(merged["label"]) != merged["label"]
            merged["label"] = _html_label(merged["label"])
        edges.append(
            ForeignEdge(f"edge {number}", source, target, str(key), graph.is_directed(), merged)
        )
    if html:
        report.guessed.append(f"{_count(html, 'label')} written in HTML read as plain text")
    meta = {key: graph.graph[key] for key in MAP_FIELDS if key in graph.graph}
    if "notes" not in meta and graph.graph.get("Description"):
        meta["notes"] = graph.graph["Description"]
    return build_foreign("GraphML", "GraphML", name, nodes, edges, meta, report=report)


def _tag_group_members(
    nodes: list[ForeignNode],
    groups: Mapping[str, list[str]],
    names: Mapping[str, str],
    linked: set[str],
) -> str:
    """Tag each actor with the yEd groups drawn round it; the report line saying so."""
    for node in nodes:
        around = [names.get(g, g) for g, members in groups.items() if node.key in members]
        if around:
            tags = _as_tags(node.attrs.get("tags"))
            node.attrs["tags"] = [*tags, *(f"yEd group: {name}" for name in around)]
    listed = ", ".join(f"'{names.get(g, g)}'" for g in groups)
    line = (
        f"{_count(len(groups), 'yEd group')} ({listed}) read as the tag 'yEd group: ...' "
        "on the actors drawn inside"
    )
    kept = sum(1 for g in groups if g in linked)
    if kept:
        line += (
            "; 1 also kept as an actor, having links of its own"
            if kept == 1
            else f"; {kept} also kept as actors, having links of their own"
        )
    return line


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _as_tags(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _typed(value: str, kind: str) -> Any:
    """A GEXF attribute value as Python: numbers, booleans and lists by their declared
    type; a value that does not parse stays the text it was."""
    try:
        if kind in ("integer", "long", "short", "byte"):
            return int(value)
        if kind in ("float", "double"):
            return float(value)
    except ValueError:
        return value
    if kind == "boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(value.lower(), value)
    if kind.startswith("list"):
        return [item for item in value.split("|") if item]
    return value


def _when(element: ElementTree.Element) -> tuple[float, str]:
    """The start of a GEXF time span (``start`` or ``startopen``), to order values by:
    numbers as numbers (``9`` before ``10``), dates as ISO text."""
    text = element.get("start") or element.get("startopen") or ""
    try:
        return float(text), ""
    except ValueError:
        return float("-inf"), text


class _GexfValues:
    """Attribute declarations of one class (node or edge) and how values were read."""

    def __init__(self, graph: ElementTree.Element, cls: str):
        self.declared: dict[str, tuple[str, str]] = {}  # id -> (title, type)
        self.defaults: dict[str, Any] = {}
        self.dynamic: set[str] = set()  # titles whose values changed over time
        for block in _children(graph, "attributes"):
            if block.get("class", "node") != cls:
                continue
            for attribute in _children(block, "attribute"):
                title = attribute.get("title") or attribute.get("id", "")
                kind = (attribute.get("type") or "string").lower()
                self.declared[attribute.get("id", title)] = (title, kind)
                default = next(iter(_children(attribute, "default")), None)
                if default is not None and default.text is not None:
                    self.defaults[title] = _typed(default.text.strip(), kind)

    def read(self, element: ElementTree.Element) -> dict[str, Any]:
        """The element's values, defaults filled in; a value that changes over time
        (Gephi's dynamic attributes) keeps its latest value."""
        values: dict[str, Any] = dict(self.defaults)
        spans: dict[str, tuple[float, str]] = {}
        for block in _children(element, "attvalues"):
            for item in _children(block, "attvalue"):
                key = item.get("for") or item.get("id") or ""  # Gephi 0.7 wrote id=
                title, kind = self.declared.get(key, (key, "string"))
                if not key or item.get("value") is None:
                    continue
                when = _when(item)
                if title in spans:
                    self.dynamic.add(title)
                    if when < spans[title]:
                        continue
                spans[title] = when
                values[title] = _typed(item.get("value", ""), kind)
        return values


def _children(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [child for child in element if _local(child.tag) == name]


def _gexf_position(element: ElementTree.Element) -> dict[str, float]:
    for child in element:
        if _local(child.tag) == "position":
            try:
                return {axis: float(child.get(axis, "")) for axis in ("x", "y")}
            except ValueError:
                return {}
    return {}


def _span(element: ElementTree.Element) -> dict[str, str]:
    """When a dynamic file says the node or edge existed, kept as text."""
    return {key: element.get(key, "") for key in ("start", "end") if element.get(key)}


def _gexf_nodes(
    parent: ElementTree.Element, outer: str | None = None
) -> list[tuple[ElementTree.Element, str | None]]:
    """Every node with the label of the node it is nested in (GEXF hierarchies), if any."""
    found = []
    for block in _children(parent, "nodes"):
        for node in _children(block, "node"):
            found.append((node, outer))
            found.extend(_gexf_nodes(node, node.get("label") or node.get("id")))
    return found


def read_gexf(files: Files) -> ImportResult:
    """A GEXF file from any Gephi (0.7 to 0.10, GEXF 1.1 to 1.3), read with ElementTree:
    attributes by their titles with their declared defaults, positions from ``viz``,
    values that change over time kept at their latest value (and said so)."""
    ((name, data),) = files.items()
    try:
        root = ElementTree.fromstring(data)
    except _BROKEN as error:  # an unknown or multi-byte encoding too
        raise ImportFailed(f"{name}: not a GEXF file that can be read ({error})") from None
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise ImportFailed(f"{name}: a GEXF file with no <graph> in it")
    node_values, edge_values = _GexfValues(graph, "node"), _GexfValues(graph, "edge")
    nodes = []
    nested = 0
    for number, (element, outer) in enumerate(_gexf_nodes(graph), start=1):
        node_id = element.get("id")
        where = f"node {number} ('{node_id}')"
        attrs = {**node_values.read(element), **_gexf_position(element), **_span(element)}
        parent = outer or element.get("pid")  # nested, or GEXF 1.1's parent id
        if parent:
            attrs["parent"], nested = parent, nested + 1
        nodes.append(ForeignNode(where, node_id, element.get("label"), attrs))
    undirected_graph = graph.get("defaultedgetype", "directed").lower() == "undirected"
    edges = []
    for block in _children(graph, "edges"):
        for number, element in enumerate(_children(block, "edge"), start=len(edges) + 1):
            attrs = {**edge_values.read(element), **_span(element)}
            attrs.pop("networkx_key", None)  # networkx's copy of the edge id
            if element.get("label") is not None:
                attrs["label"] = element.get("label")
            if element.get("weight") is not None:
                attrs["weight"] = _typed(element.get("weight", ""), "double")
            kind = (element.get("type") or "").lower()
            directed = kind == "directed" or (kind != "undirected" and not undirected_graph)
            edges.append(
                ForeignEdge(
                    f"edge {number}",
                    element.get("source"),
                    element.get("target"),
                    element.get("id"),
                    directed,
                    attrs,
                )
            )
    report = ImportReport(source=name, format="GEXF")
    for values, noun in ((node_values, "actor"), (edge_values, "link")):
        for title in sorted(values.dynamic):
            report.guessed.append(
                f"'{title}' changes over time in this file: each {noun} keeps its latest value"
            )
    if nested:
        report.guessed.append(
            f"{nested} actor{'s sit' if nested != 1 else ' sits'} inside another in this "
            "file's hierarchy: the outer one is kept as 'parent'"
        )
    meta: dict[str, Any] = {"name": graph.get("name")}
    for block in _children(root, "meta"):
        for child in _children(block, "description"):
            meta["notes"] = (child.text or "").strip() or None
    return build_foreign("GEXF", "GEXF", name, nodes, edges, meta, report=report)


def _value(value: Any) -> Any:
    """A value GraphML and GEXF can hold: lists joined with ``|``, objects as JSON."""
    if isinstance(value, list | tuple):
        return "|".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _export_graph(pmap: PartnershipMap, positions_as_viz: bool) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.graph.update({key: _value(value) for key, value in pmap.meta.items()})
    for node in pmap.nodes():
        node_id = node.pop("id")
        attrs = {key: _value(value) for key, value in node.items() if value is not None}
        if positions_as_viz and "x" in attrs and "y" in attrs:
            position = {"x": attrs.pop("x"), "y": attrs.pop("y"), "z": 0.0}
            attrs["viz"] = {"position": position}
        graph.add_node(node_id, **attrs)
    for edge in pmap.edges():
        attrs = {key: _value(value) for key, value in edge.items() if value is not None}
        key = attrs.pop("id")
        graph.add_edge(attrs.pop("source"), attrs.pop("target"), key=key, id=key, **attrs)
    return graph


def write_graphml(pmap: PartnershipMap) -> bytes:
    """GraphML with every attribute of the map, its actors and links (ids kept)."""
    graph = _export_graph(pmap, positions_as_viz=False)
    for _, _, attrs in graph.edges(data=True):
        del attrs["id"]  # the edge id is written as GraphML's own id attribute
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, infer_numeric_types=True)
    return buffer.getvalue()


def write_gexf(pmap: PartnershipMap) -> bytes:
    """GEXF 1.2 with every attribute; positions as ``viz:position`` for Gephi."""
    buffer = io.BytesIO()
    nx.write_gexf(_export_graph(pmap, positions_as_viz=True), buffer)
    return buffer.getvalue()
