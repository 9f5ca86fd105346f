"""How well the analysis judges: precision and recall per rule on the calibration set.

The calibration set (tests/judgement/maps.py) holds realistic maps, each with the findings a
seasoned facilitator would raise, at what severity, and those they would not. Recall is
the share of expected findings raised at the expected severity; precision the share of
the findings judged (every medium or high finding on a fully judged map, and any finding
a map refuses) that were expected. Run from the repository root: python benchmarks/judgement.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.judgement.judge import judge
from tests.judgement.maps import CASES


def main() -> None:
    hit, wrong, miss, alarm = Counter(), Counter(), Counter(), Counter()
    print("Calibration maps (goal: every expected finding at its severity; the healthy map")
    print("no high and at most one medium finding)\n")
    print(f"| {'map':<32} | high | medium | low | expected found | false alarms |")
    print(f"|{'-' * 34}|-----:|-------:|----:|---------------:|-------------:|")
    for case in CASES:
        verdict = judge(case)
        for expect, _ in verdict.hits:
            hit[expect.rule] += 1
        for expect, _ in verdict.wrong_severity:
            wrong[expect.rule] += 1
        for expect in verdict.misses:
            miss[expect.rule] += 1
        for found, _ in verdict.false_alarms:
            alarm[found.rule] += 1
        required = sum(1 for e in case.expect if e.required)
        found = sum(1 for e, _ in verdict.hits if e.required)
        print(
            f"| {case.name:<32} | {verdict.count('high'):>4} | {verdict.count('medium'):>6} "
            f"| {verdict.count('low'):>3} | {found:>6} of {required:<5} "
            f"| {len(verdict.false_alarms):>12} |"
        )
    print("\nPer rule (recall: expected findings raised at the expected severity; precision:")
    print("judged findings that were expected)\n")
    print(
        f"| {'rule':<32} | expected | found | wrong severity | false alarms | precision | recall |"
    )
    print(f"|{'-' * 34}|---------:|------:|---------------:|-------------:|----------:|-------:|")
    rules = sorted(set(hit) | set(wrong) | set(miss) | set(alarm))
    for rule in [*rules, "all"]:
        pick = (lambda c: sum(c.values())) if rule == "all" else (lambda c, r=rule: c[r])
        h, w, m, a = pick(hit), pick(wrong), pick(miss), pick(alarm)
        precision = h / (h + w + a) if h + w + a else float("nan")
        recall = h / (h + w + m) if h + w + m else float("nan")
        print(
            f"| {rule:<32} | {h + w + m:>8} | {h:>5} | {w:>14} | {a:>12} "
            f"| {precision:>9.0%} | {recall:>6.0%} |"
        )


if __name__ == "__main__":
    main()
