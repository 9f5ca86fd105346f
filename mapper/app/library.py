"""The home page's work, apart from Dash: samples, uploads, downloads, dates in words."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from importlib.resources.abc import Traversable
from pathlib import PurePath

from mapper.app.layouts import placed
from mapper.graph.model import PartnershipMap
from mapper.io import ImportFailed, export_map, read_files
from mapper.io.limits import Limits, check_size
from mapper.io.register import Choices
from mapper.io.round_report import RoundPart
from mapper.store.seed import SAMPLE_DIR, sample_files

__all__ = [
    "blank_map",
    "decode_uploads",
    "export",
    "load_sample",
    "read_upload",
    "sample_choices",
    "since",
    "upload_request_bytes",
    "with_positions",
]


def sample_choices(folder: Traversable = SAMPLE_DIR) -> list[tuple[str, str]]:
    """(file name, map name) of every sample map shipped with the tool."""
    choices = []
    for path in sample_files(folder):
        document = json.loads(path.read_text(encoding="utf-8"))
        choices.append(
            (path.name, (document.get("map") or {}).get("name", PurePath(path.name).stem))
        )
    return choices


def with_positions(pmap: PartnershipMap) -> PartnershipMap:
    """Give every actor without a position one (see :func:`mapper.app.layouts.placed`), so
    the map opens with the same picture on every laptop."""
    for node_id, (x, y) in placed(pmap).items():
        attrs = pmap.graph.nodes[node_id]
        attrs.setdefault("x", round(x, 1))
        attrs.setdefault("y", round(y, 1))
    return pmap


def blank_map(name: str, purpose: str = "") -> PartnershipMap:
    """A new empty map."""
    return PartnershipMap(name=name.strip() or "Untitled map", purpose=purpose.strip())


def load_sample(file_name: str, name: str = "", folder: Traversable = SAMPLE_DIR) -> PartnershipMap:
    """A sample map, laid out, renamed to ``name`` when one is given."""
    path = folder / PurePath(file_name).name  # never a path outside the samples folder
    pmap = PartnershipMap.from_dict(json.loads(path.read_text(encoding="utf-8")), source=path.name)
    if name.strip():
        pmap.name = name.strip()
    return with_positions(pmap)


def upload_request_bytes(limits: Limits) -> int:
    """The largest request the server reads: the upload limit as base64 (4 characters for
    3 bytes), with room for the callback around it. Flask refuses bigger ones unread."""
    return limits.upload_bytes * 4 // 3 + 1_000_000


def decode_uploads(contents: list[str], names: list[str]) -> dict[str, bytes]:
    """The bytes of files given to ``dcc.Upload`` (``data:...;base64,...`` strings),
    refused before decoding when they are over the upload limit."""
    encoded = sum(len(content) - content.find(",") - 1 for content in contents)
    check_size(", ".join(names), encoded * 3 // 4)
    files = {}
    for content, name in zip(contents, names, strict=True):
        try:
            files[name] = base64.b64decode(content.split(",", 1)[1], validate=True)
        except (IndexError, binascii.Error):
            raise ImportFailed(f"{name}: the upload arrived damaged; please try again.") from None
    return files


def read_upload(
    contents: list[str], names: list[str], choices: Choices | None = None
) -> PartnershipMap:
    """The map in uploaded files: one JSON file, a zip of CSVs, nodes.csv and edges.csv,
    or a stakeholder register read with ``choices``.

    Raises ``ImportFailed`` or ``MapValidationError`` with every problem; the caller
    saves nothing in that case.
    """
    return with_positions(read_files(decode_uploads(contents, names), choices=choices).map)


def export(pmap: PartnershipMap, fmt: str, survey: RoundPart | None = None) -> dict[str, object]:
    """What ``dcc.Download`` needs to send ``pmap`` as a file in format ``fmt`` (the HTML
    report with the latest survey round's part ``survey``, when given)."""
    content, filename, mimetype = export_map(pmap, fmt, survey)
    return {
        "content": base64.b64encode(content).decode("ascii"),
        "filename": filename,
        "type": mimetype,
        "base64": True,
    }


def since(moment: dt.datetime, now: dt.datetime) -> str:
    """When a map last changed, as people say it.

    >>> now = dt.datetime(2026, 10, 3, 15, 0, tzinfo=dt.UTC)
    >>> since(now - dt.timedelta(seconds=20), now), since(now - dt.timedelta(hours=3), now)
    ('just now', '3 hours ago')
    >>> since(dt.datetime(2026, 9, 15, 10, 0, tzinfo=dt.UTC), now)
    '15 Sep 2026'
    """
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    for size, unit in ((60, "minute"), (3600, "hour")):
        count = int(seconds // size)
        if count < (60 if unit == "minute" else 24):
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    if seconds < 2 * 86400:
        return "yesterday"
    return f"{moment.day} {moment.strftime('%b %Y')}"
