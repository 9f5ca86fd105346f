"""GraphML and GEXF in and out, through networkx's readers and writers.

Two repairs make other tools' files read fully. yEd keeps labels and positions in its
own XML inside ``<data>``: networkx recovers yEd desktop labels (``y:NodeLabel``) but not
yEd Live's (``y:Label.Text``), so both are read here from the XML. GEXF files from Gephi
often declare odd namespaces (``http:///www.gexf.net/1.1draft/viz``), which hide the
positions from networkx; they are normalised to the ones the GEXF version defines.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from mapper.graph.model import MAP_FIELDS, PartnershipMap
from mapper.io.mapping import ForeignEdge, ForeignNode, build_foreign
from mapper.io.result import ImportFailed, ImportResult

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
_GEXF_ROOT = re.compile(rb"<gexf\b[^>]*>")
_GEXF_VERSIONS = {b"1.1": "1.1draft", b"1.2": "1.2draft", b"1.3": "1.3"}


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


def read_graphml(files: Files) -> ImportResult:
    """A GraphML file, yEd's included: every attribute kept, yEd labels and positions
    recovered, undirected graphs read as two-way links."""
    ((name, data),) = files.items()
    try:
        with warnings.catch_warnings():  # yEd's keys without types, ports: noise to a user
            warnings.simplefilter("ignore")
            graph = nx.parse_graphml(data, force_multigraph=True, edge_key_type=str)
        yed_nodes, yed_edges = _yed_extras(ElementTree.fromstring(data))
    except _BROKEN as error:
        raise ImportFailed(f"{name}: not a GraphML file that can be read ({error})") from None
    nodes = []
    for number, (node_id, attrs) in enumerate(graph.nodes(data=True), start=1):
        merged = {**_plain(attrs), **yed_nodes.get(node_id, {})}
        label = attrs.get("label") or merged.pop("label", None) or attrs.get("name")
        merged.pop("label", None)
        nodes.append(ForeignNode(f"node {number} ('{node_id}')", node_id, label, merged))
    edges = []
    for number, (source, target, key, attrs) in enumerate(
        graph.edges(keys=True, data=True), start=1
    ):
        merged = {**yed_edges.get(str(key), {}), **_plain(attrs)}
        edges.append(
            ForeignEdge(f"edge {number}", source, target, str(key), graph.is_directed(), merged)
        )
    meta = {key: graph.graph[key] for key in MAP_FIELDS if key in graph.graph}
    if "notes" not in meta and graph.graph.get("Description"):
        meta["notes"] = graph.graph["Description"]
    return build_foreign("GraphML", "GraphML", name, nodes, edges, meta)


def _normalised_gexf(data: bytes) -> tuple[bytes, str]:
    """The file with its GEXF and viz namespaces set to those its version defines."""
    root = _GEXF_ROOT.search(data)
    if root is None:
        return data, "1.2draft"
    tag = root.group(0)
    found = re.search(rb'version="([\d.]+)', tag) or re.search(rb"gexf\.net/(1\.\d)", tag)
    version = _GEXF_VERSIONS.get(found.group(1)[:3] if found else b"", "1.2draft")
    spaces = nx.readwrite.gexf.GEXF.versions[version]
    fixed = re.sub(rb'xmlns="[^"]*"', f'xmlns="{spaces["NS_GEXF"]}"'.encode(), tag, count=1)
    fixed = re.sub(rb'xmlns:viz="[^"]*"', f'xmlns:viz="{spaces["NS_VIZ"]}"'.encode(), fixed)
    return data[: root.start()] + fixed + data[root.end() :], version


def read_gexf(files: Files) -> ImportResult:
    """A GEXF file (1.1 to 1.3): attributes by their titles, positions from ``viz``."""
    ((name, data),) = files.items()
    fixed, version = _normalised_gexf(data)
    try:
        graph = nx.read_gexf(io.BytesIO(fixed), version=version)
    except _BROKEN as error:
        raise ImportFailed(f"{name}: not a GEXF file that can be read ({error})") from None
    nodes = []
    for number, (node_id, attrs) in enumerate(graph.nodes(data=True), start=1):
        attrs = dict(attrs)
        position = (attrs.pop("viz", None) or {}).get("position") or {}
        attrs.update({axis: position[axis] for axis in ("x", "y") if axis in position})
        label = attrs.pop("label", None)
        nodes.append(ForeignNode(f"node {number} ('{node_id}')", str(node_id), label, attrs))
    edges = []
    graph = nx.MultiDiGraph(graph) if graph.is_directed() else nx.MultiGraph(graph)
    for number, (source, target, key, attrs) in enumerate(
        graph.edges(keys=True, data=True), start=1
    ):
        attrs = dict(attrs)
        attrs.pop("viz", None)
        edge_id = attrs.pop("id", None) or key
        edges.append(
            ForeignEdge(f"edge {number}", source, target, str(edge_id), graph.is_directed(), attrs)
        )
    meta = {key: graph.graph[key] for key in MAP_FIELDS if key in graph.graph}
    return build_foreign("GEXF", "GEXF", name, nodes, edges, meta)


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
