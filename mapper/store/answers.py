"""Answers to the Compass's checklists, kept per map: yes, partly or no, with a note.

A tick (``ticks``) says an action is done; an answer is what the room said when a workshop
asked the question ("Have you set clear goals?" - partly, "goals agreed, not written
down"), with who answered and when, so the question shows its answer when asked again.
The :class:`~mapper.store.Store` methods ``set_answer`` and ``answers`` call these
functions inside their own transactions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, Connection, DateTime, ForeignKey, Table, Text, delete, insert, select

from mapper.store.errors import StoreError
from mapper.store.schema import metadata

__all__ = ["ANSWERS", "Answer", "answers", "read_answers", "write_answer"]

ANSWERS = ("yes", "partly", "no")
NOTE_LENGTH = 2000

answers = Table(
    "answers",
    metadata,
    Column("map_id", ForeignKey("maps.id"), primary_key=True),
    Column("item_id", Text, primary_key=True),  # a content item id, e.g. "R.4" or "B.2"
    Column("answer", Text, nullable=False),  # one of ANSWERS
    Column("note", Text, nullable=False, default=""),
    Column("who", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),  # naive UTC
)


@dataclass(frozen=True, kw_only=True)
class Answer:
    """What the partnership answered to one checklist item, who recorded it and when."""

    item_id: str
    answer: str
    note: str
    who: str
    at: dt.datetime  # aware, UTC


def check_answer(item_id: str, answer: str | None, note: str) -> None:
    """Refuse what cannot be kept, with words to act on.

    >>> check_answer("R.1", "maybe", "")
    Traceback (most recent call last):
    ...
    mapper.store.errors.StoreError: An answer is yes, partly or no (not 'maybe').
    """
    if answer is not None and answer not in ANSWERS:
        raise StoreError(f"An answer is yes, partly or no (not {answer!r}).")
    if not item_id or not item_id.strip():
        raise StoreError("An answer needs the checklist item it answers.")
    if len(note) > NOTE_LENGTH:
        raise StoreError(
            f"A note is at most {NOTE_LENGTH:,} characters (this one has {len(note):,})."
        )


def write_answer(
    conn: Connection,
    map_id: int,
    item_id: str,
    answer: str | None,
    note: str,
    who: str,
    at: dt.datetime,
) -> None:
    """Replace the item's answer (``None`` clears it); the caller holds the map's lock."""
    conn.execute(delete(answers).where(answers.c.map_id == map_id, answers.c.item_id == item_id))
    if answer is not None:
        conn.execute(
            insert(answers).values(
                map_id=map_id, item_id=item_id, answer=answer, note=note, who=who, at=at
            )
        )


def read_answers(conn: Connection, map_id: int) -> dict[str, Answer]:
    """item id -> :class:`Answer`, for every answered item of the map."""
    query = select(answers).where(answers.c.map_id == map_id).order_by(answers.c.item_id)
    return {
        row.item_id: Answer(
            item_id=row.item_id,
            answer=row.answer,
            note=row.note,
            who=row.who,
            at=row.at.replace(tzinfo=dt.UTC),
        )
        for row in conn.execute(query)
    }
