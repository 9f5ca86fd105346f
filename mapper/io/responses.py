"""Survey answers as CSV: ``respondent, about, question, answer`` (and an optional
``comment``), one answer a row, for rounds answered on paper or in an online form.

``respondent`` and ``about`` are actor ids or labels of the map (``about`` is left empty for
a checklist item, and may name someone missing from the map); ``question`` is one of
``talks, answers_to, funds, trust, power``; a resource other than money by its kind
(``staff, premises, knowledge, data, volunteers, in-kind``: answered like ``funds``, ``yes``
we give it, ``they`` give it, ``both``, ``neither`` or ``don't know``); or a Compass checklist
item id, an action such as ``P1.action.1`` or a readiness question such as ``R.4``. A file
is read whole or not at all: every problem is reported with its row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from mapper.graph.model import PartnershipMap
from mapper.graph.survey import ANSWERS, Answer, Responses, clean_answer

__all__ = ["COLUMNS", "ResponsesError", "read_responses", "responses_csv"]

COLUMNS = ("respondent", "about", "question", "answer", "comment")
REQUIRED = COLUMNS[:4]
MAX_PROBLEMS = 10


class ResponsesError(ValueError):
    """The file cannot be read as answers; the message names each row at fault."""


def read_responses(source: str | Path | bytes, pmap: PartnershipMap, name: str = "") -> Responses:
    """The answers in ``source`` (a path, or the file's bytes or text), actors resolved
    against ``pmap``. Raises :class:`ResponsesError` naming every row at fault (up to ten)."""
    text = _text(source)
    reader = csv.DictReader(io.StringIO(text))
    headings = [h.strip().casefold() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in headings]
    if missing:
        raise ResponsesError(
            f"The file needs the columns {', '.join(REQUIRED)} (and may have comment); "
            f"it lacks {', '.join(missing)}."
        )
    reader.fieldnames = headings
    actors = _actor_index(pmap)
    answers: list[Answer] = []
    problems: list[str] = []
    for number, row in enumerate(reader, 2):
        values = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if not any(values.values()):
            continue
        try:
            answers.append(_answer(values, actors))
        except ValueError as problem:
            problems.append(f"row {number}: {problem}")
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        tail = f" (and {more} more)" if more else ""
        raise ResponsesError("Nothing was read. " + "; ".join(shown) + tail + ".")
    if not answers:
        raise ResponsesError("The file has no answers: only its heading row.")
    return Responses(answers=tuple(_latest(answers)), name=name)


def responses_csv(answers: Iterable[Answer]) -> str:
    """Answers as CSV in the same columns, actors written as ids (read back unchanged)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for a in answers:
        writer.writerow([a.respondent, a.about, a.question, a.answer, a.comment])
    return out.getvalue()


def _text(source: str | Path | bytes) -> str:
    if isinstance(source, bytes):
        raw = source
    elif isinstance(source, Path) or "\n" not in source:
        try:
            raw = Path(source).read_bytes()
        except OSError as error:
            raise ResponsesError(f"{source}: {error.strerror or error}") from None
    else:
        return source
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # a spreadsheet saved on Windows


def _actor_index(pmap: PartnershipMap) -> dict[str, str]:
    """Ids and labels (any case) -> id; a label two actors share is left out."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for node in pmap.graph:
        label = pmap.label(node).casefold()
        if label in index and index[label] != node:
            shared.add(label)
        index.setdefault(label, node)
    for label in shared:
        del index[label]
    index.update({node.casefold(): node for node in pmap.graph})
    return index


def _answer(values: dict[str, str], actors: dict[str, str]) -> Answer:
    respondent = actors.get(values["respondent"].casefold())
    if respondent is None:
        raise ValueError(f"respondent {values['respondent']!r} is not an actor of the map")
    question = values["question"]
    question = question.casefold() if question.casefold() in ANSWERS else question
    about = values["about"]
    if question in ANSWERS:
        if not about:
            raise ValueError(f"{question!r} needs 'about': whom the answer is about")
        about = actors.get(about.casefold(), about)  # a name the map lacks: someone missing
        if about == respondent:
            raise ValueError(f"{values['respondent']!r} answers about itself")
    elif about:
        raise ValueError(f"a checklist item ({question}) leaves 'about' empty")
    answer = clean_answer(question, values["answer"])
    return Answer(
        respondent=respondent,
        about=about,
        question=question,
        answer=answer,
        comment=values["comment"],
    )


def _latest(answers: list[Answer]) -> list[Answer]:
    """One answer per respondent, subject and question: a later row replaces an earlier."""
    kept: dict[tuple[str, str, str], Answer] = {}
    for a in answers:
        kept.pop((a.respondent, a.about, a.question), None)
        kept[(a.respondent, a.about, a.question)] = a
    return list(kept.values())
