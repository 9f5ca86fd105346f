"""``read_files(..., progress=)``: big spreadsheets say how far they have got; others ignore it."""

from mapper.io import export_map, read_files
from tests.generated import chain_map


def test_a_big_workbook_reports_progress_up_to_done():
    # 2,500 actors: the nodes sheet passes row 1,000 and 2,000, so reading reports twice
    # before "Checking the map" (0.8, see excel._READING_SHARE) and "Done" (1.0).
    data, name, _ = export_map(chain_map(2500), "xlsx")
    calls: list[tuple[float, str]] = []
    result = read_files(
        {name: data}, progress=lambda fraction, message: calls.append((fraction, message))
    )
    assert len(result.map.graph) == 2500
    fractions = [fraction for fraction, _ in calls]
    assert fractions == sorted(fractions)
    assert [message for _, message in calls[:2]] == ["Reading nodes", "Reading nodes"]
    assert 0 < fractions[0] < fractions[1] < 0.8
    assert calls[-2:] == [(0.8, "Checking the map"), (1.0, "Done")]


def test_formats_without_progress_read_the_same_and_never_call_it():
    data, name, _ = export_map(chain_map(30), "json")
    calls = []
    with_progress = read_files({name: data}, progress=lambda *args: calls.append(args))
    assert calls == []
    assert with_progress.map.to_dict() == read_files({name: data}).map.to_dict()
