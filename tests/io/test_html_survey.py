"""The printable HTML report's section on a survey round: figures only unless the round
shows who said what; no section for a map that has had no round.

The round is the hand-checked ROUND of tests/graph/test_survey.py, whose numbers are
worked out there: 3 of 4 invited answered, network trust 4 from 4 ratings, hub's trust 3.5
from 2, two perception gaps between hub and clinic on talk and trust (and one on who
answers to whom), one checklist split, and two links the map lacks.
"""

from __future__ import annotations

from mapper.graph.analyse import analyse
from mapper.graph.survey import Responses
from mapper.io.report import to_html
from mapper.io.round_report import round_part
from tests.graph.conftest import TODAY
from tests.graph.test_survey import MAP, ROUND

SPRING = Responses(
    answers=ROUND.answers, invited=ROUND.invited, name="Spring <check-in>", date="2026-04-30"
)


def report(named: bool | None) -> str:
    part = None if named is None else round_part(MAP, SPRING, named=named, today=TODAY)
    return to_html(analyse(MAP, TODAY), part)


def section(html: str) -> str:
    start = html.index("<h2>What the partners say")
    return html[start : html.index("</section>", start)]


def test_no_round_no_section():
    assert "What the partners say" not in report(None)


def test_figures_only_when_names_are_not_shown():
    shown = section(report(named=False))
    assert "<h2>What the partners say: Spring &lt;check-in&gt;</h2>" in shown  # escaped
    assert "answers until 30 April 2026" in shown
    assert "<li>3 of 4 invited answered (75%).</li>" in shown
    assert "<li>Trust across the network: 4 out of 5, from 4 ratings.</li>" in shown
    # hub's scores rest on 2 answers each: with so few, each answer could be told apart
    assert (
        '<tr><td>Hub</td><td class="n">held back (2)</td><td class="n">held back (2)</td>'
        '<td class="n">held back (2)</td></tr>'
    ) in shown
    assert "a score resting on fewer than 3 answers is held back" in shown
    assert (
        "3 gaps between partners who answered about each other: 1 about how often they "
        "talk, 1 about how much they trust each other and 1 about who answers to whom."
    ) in shown
    assert "see their contact differently" not in shown  # no gap named
    assert "Not everyone agrees: We wrote our shared vision" in shown  # counted, not named
    assert "?.<" not in shown and ".." not in shown  # a title ends once
    assert "By kind: 1 accountability line and 1 communication link." in shown
    assert ": reported by" not in shown


def test_names_shown_when_the_facilitator_chose_so():
    shown = section(report(named=True))
    assert "The facilitator chose to show who said what in this round." in shown
    # hub: trust (5 + 2) / 2 from 2 answers, value 3.58 from 2, power (5 + 4) / 2 from 2
    assert (
        '<tr><td>Hub</td><td class="n">3.5 (2)</td><td class="n">3.58 (2)</td>'
        '<td class="n">4.5 (2)</td></tr>'
    ) in shown
    assert "Hub and Clinic see their contact differently." in shown
    assert "Hub says Clinic answers to it; Clinic does not know." in shown
    assert "Clinic answers to Hub: reported by Hub." in shown
    assert "Clinic talks with Food bank (new on the map): reported by Clinic." in shown
