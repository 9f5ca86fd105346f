"""`mapper export MAP report.html` from the database, on SQLite and PostgreSQL: the HTML
report gets a section on the map's latest survey round, figures only until the
facilitator chooses to show who said what; a map with no round gets no section."""

from __future__ import annotations

import datetime as dt

from mapper.cli import main
from mapper.graph.survey import Answer, Responses
from mapper.store.survey import import_round, set_show_names

ROWS = [  # riverside-trust and city-council see their contact and their money differently
    ("riverside-trust", "city-council", "talks", "weekly"),
    ("riverside-trust", "city-council", "trust", "5"),
    ("riverside-trust", "city-council", "premises", "yes"),
    ("city-council", "riverside-trust", "talks", "never"),
    ("city-council", "riverside-trust", "trust", "4"),
    ("city-council", "riverside-trust", "premises", "neither"),
]


def export(db_url: str, map_id: int, path) -> str:
    assert main(["export", str(map_id), str(path), "--database", db_url]) == 0
    return path.read_text(encoding="utf-8")


def test_the_report_shows_the_latest_round_as_its_facilitator_chose(
    store, map_id, db_url, tmp_path
):
    assert "What the partners say" not in export(db_url, map_id, tmp_path / "none.html")
    answers = tuple(Answer(respondent=r, about=a, question=q, answer=v) for r, a, q, v in ROWS)
    import_round(store, map_id, Responses(answers=answers, name="Earlier"), dt.date(2026, 3, 1))
    latest = import_round(
        store, map_id, Responses(answers=answers, name="Autumn"), dt.date(2026, 10, 31)
    )

    html = export(db_url, map_id, tmp_path / "report.html")
    assert "<h2>What the partners say: Autumn</h2>" in html and "Earlier" not in html
    assert "<li>2 of 2 invited answered (100%).</li>" in html
    assert "<li>Trust across the network: 4.5 out of 5, from 2 ratings.</li>" in html  # 9 / 2
    assert "2 gaps between partners who answered about each other: 1 about how often " in html
    assert "1 about premises" in html
    assert "offers premises to" not in html  # the gap is counted, nobody named

    set_show_names(store, latest.id, True)
    named = export(db_url, map_id, tmp_path / "named.html")
    gap = "Riverside Trust says it offers premises to City Council; City Council says not."
    assert gap in named


def test_other_formats_say_nothing_of_rounds(store, map_id, db_url, tmp_path):
    answers = (Answer(respondent="city-council", about="riverside-trust", question="trust",
                      answer="3"),)  # fmt: skip
    import_round(store, map_id, Responses(answers=answers, name="Spring"))
    export(db_url, map_id, tmp_path / "map.json")
    assert "Spring" not in (tmp_path / "map.json").read_text(encoding="utf-8")
