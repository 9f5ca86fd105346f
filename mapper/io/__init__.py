"""Formats in and out, and reports. pandas meets the graph here.

The entry points the CLI and the app use:

- :func:`read_files` / :func:`read_paths` / :func:`read_map_bytes`: any supported file
  to an :class:`ImportResult` (the map and a report of how it was read);
- :func:`export_map` / :func:`write_path`: a map to a file.
"""

from mapper.graph.model import PartnershipMap
from mapper.io.formats import export_map, read_bytes, read_files, read_paths, write_path
from mapper.io.result import ImportFailed, ImportReport, ImportResult


def read_map_bytes(data: bytes, filename: str) -> PartnershipMap:
    """The map in one uploaded file (see :func:`read_bytes` for the report too)."""
    return read_bytes(data, filename).map


__all__ = [
    "ImportFailed",
    "ImportReport",
    "ImportResult",
    "export_map",
    "read_bytes",
    "read_files",
    "read_map_bytes",
    "read_paths",
    "write_path",
]
