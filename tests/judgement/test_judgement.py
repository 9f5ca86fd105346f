"""The analysis raises what a seasoned facilitator would on the calibration set, at the
severity they would, and nothing they would not (tests/judgement/maps.py says why)."""

import pytest

from tests.judgement.judge import judge
from tests.judgement.maps import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_analysis_judges_like_a_facilitator(case):
    verdict = judge(case)
    assert verdict.problems() == []


def test_the_healthy_partnership_gets_no_alarm():
    verdict = judge(CASES[0])
    assert verdict.count("high") == 0
    assert verdict.count("medium") <= 1
