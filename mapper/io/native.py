"""The native format: one JSON document that round-trips a map losslessly."""

from __future__ import annotations

import json

from mapper.graph.model import PartnershipMap
from mapper.io.limits import load_json
from mapper.io.result import ImportFailed, ImportReport, ImportResult

__all__ = ["dumps", "is_native", "loads", "parse_json"]


def is_native(document: object) -> bool:
    """True for a parsed JSON document in our format (or its bare nodes/edges shape)."""
    return isinstance(document, dict) and (
        document.get("format") == "partnership-map"
        or ("nodes" in document and "edges" in document and "map" in document)
    )


def parse_json(text: str | bytes, source: str) -> object:
    """Parse JSON, or raise ``ImportFailed`` saying where the syntax breaks or which limit
    it breaks (see :func:`mapper.io.limits.load_json`)."""
    return load_json(text, source)


def loads(text: str | bytes, source: str = "the file") -> ImportResult:
    """Read a native document; raises ``ImportFailed`` for broken JSON and
    ``MapValidationError`` (with every problem) for a document that breaks the model."""
    document = parse_json(text, source)
    if not is_native(document):
        raise ImportFailed(f"{source}: a JSON file, but not a Partnership Mapper map")
    pmap = PartnershipMap.from_dict(document, source=source)
    report = ImportReport(source=source, format="Partnership Mapper JSON")
    report.count(pmap)
    return ImportResult(pmap, report)


def dumps(pmap: PartnershipMap) -> str:
    """The map as indented, UTF-8-friendly JSON."""
    return json.dumps(pmap.to_dict(), indent=2, ensure_ascii=False) + "\n"
