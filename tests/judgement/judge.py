"""Judging the analysis against the calibration set: which expected findings it raised at
the expected severity, which it missed, and which it raised that a facilitator would not."""

from __future__ import annotations

from dataclasses import dataclass

from mapper.graph.analyse import Analysis, analyse
from mapper.graph.rules import Finding
from tests.judgement.maps import TODAY, Case, Expect, Refuse

__all__ = ["Verdict", "judge", "matches"]


def matches(item: Expect | Refuse, found: Finding) -> bool:
    """Whether ``found`` is the finding ``item`` describes."""
    if found.rule != item.rule or found.not_enough_data:
        return False
    if not set(item.nodes) <= set(found.nodes):
        return False
    return not (item.first and item.nodes) or found.nodes[0] == item.nodes[0]


@dataclass(frozen=True)
class Verdict:
    case: Case
    analysis: Analysis
    hits: tuple[tuple[Expect, Finding], ...]  # raised at the expected severity
    wrong_severity: tuple[tuple[Expect, Finding], ...]
    misses: tuple[Expect, ...]
    false_alarms: tuple[tuple[Finding, str], ...]  # the finding, and why it is one

    @property
    def judged(self) -> list[Finding]:
        """The findings a facilitator reads (links to consider and notes aside)."""
        return [
            f for f in self.analysis.findings if not f.not_enough_data and f.rule != "missing-link"
        ]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.judged if f.severity == severity)

    def problems(self) -> list[str]:
        """Every way the analysis falls short of the case's judgement, in words."""
        case, out = self.case, []
        out += [f"missed {e.rule} {e.nodes} ({e.severity}): {e.why}" for e in self.misses]
        out += [
            f"{e.rule} {e.nodes} is {f.severity}, expected {e.severity}: {e.why}"
            for e, f in self.wrong_severity
        ]
        out += [f"false alarm [{f.severity}] {f.title}: {why}" for f, why in self.false_alarms]
        for e, f in self.hits:
            if e.order is not None and self.analysis.findings.index(f) != e.order:
                out.append(f"{f.title} is at {self.analysis.findings.index(f)}, not {e.order}")
        for severity, limit in (("high", case.max_high), ("medium", case.max_medium)):
            if limit is not None and self.count(severity) > limit:
                out.append(f"{self.count(severity)} {severity} findings, at most {limit} wanted")
        ranked = [(s.source, s.target) for s in self.analysis.candidates]
        first = ranked[: case.links_considered]
        for pair in case.top_links:
            if not any(_same(pair, got) for got in first):
                out.append(f"link {pair} not among the first {case.links_considered}: {first}")
        for pair in case.not_linked:
            if any(_same(pair, got) for got in ranked):
                out.append(f"link {pair} suggested, though they share a forum")
        return out


def _same(wanted: tuple[str, str], got: tuple[str, str]) -> bool:
    a, b = wanted
    return any(a == x and b in ("*", y) for x, y in (got, got[::-1]))


def judge(case: Case) -> Verdict:
    analysis = analyse(case.build(), today=TODAY)
    found = [f for f in analysis.findings if not f.not_enough_data and f.rule != "missing-link"]
    hits, wrong, misses, used = [], [], [], set()
    for expect in case.expect:
        match = next((f for f in found if matches(expect, f)), None)
        if match is None:
            if expect.required:
                misses.append(expect)
            continue
        used.add(id(match))
        (hits if match.severity == expect.severity else wrong).append((expect, match))
    alarms = []
    for f in found:
        refused = next((r for r in case.refuse if matches(r, f)), None)
        if refused is not None:
            alarms.append((f, refused.why))
        elif case.complete and id(f) not in used and f.severity != "low":
            alarms.append((f, "not expected on this map"))
    return Verdict(case, analysis, tuple(hits), tuple(wrong), tuple(misses), tuple(alarms))
