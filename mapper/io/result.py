"""What an import did, in words a user can check: created, merged, guessed, ignored."""

from __future__ import annotations

from dataclasses import dataclass, field

from mapper.graph.model import PartnershipMap
from mapper.graph.rules import counted

__all__ = ["ImportFailed", "ImportReport", "ImportResult"]


class ImportFailed(ValueError):
    """A file that cannot be read at all (corrupt, unknown format): one line saying why."""


class NotAMapLayout(ImportFailed):
    """One workbook with no sheet in a map's layout: perhaps a stakeholder register whose
    headings are not recognised, which reads once the user says which column is which."""


@dataclass
class ImportReport:
    """A running account of an import; every reader fills it as it goes."""

    source: str = ""
    format: str = ""
    created: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def count(self, pmap: PartnershipMap) -> None:
        """Say how many actors and links the import created.

        >>> report = ImportReport()
        >>> report.count(PartnershipMap.from_dict({"nodes": [{"label": "Hub"}]}))
        >>> report.created
        ['Created 1 actor and 0 links.']
        """
        graph = pmap.graph
        self.created.append(
            f"Created {counted(graph.number_of_nodes(), 'actor')} "
            f"and {counted(graph.number_of_edges(), 'link')}."
        )

    def lines(self) -> list[str]:
        """The report as short lines, headed by what was created."""
        out = [f"Read {self.source} as {self.format}." if self.source else f"Read {self.format}."]
        out += self.created
        for title, items in (
            ("Merged", self.merged),
            ("Guessed", self.guessed),
            ("Ignored", self.ignored),
        ):
            out += [f"{title}: {item}" for item in items]
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


@dataclass
class ImportResult:
    """A map read from a file, with the report of how it was read."""

    map: PartnershipMap
    report: ImportReport
