"""Survey rounds kept in the store: rounds of a map, respondents with personal links,
and their answers, kept apart from the map itself.

A personal link's token is shown once, when it is made; only its SHA-256 is kept (as for
share links), so the database does not hold working links. A token opens one
respondent's form in one round, and takes answers only while the round is open (up to and
including its closing day) and the link is not revoked. Answers are saved one at a time,
as they are given, and can be changed until the round closes. Deleting a round deletes its
respondents and answers for good. Each function is one transaction.

A round's ``show_names`` (off unless the facilitator turns it on) says whether share links
show who said what; the store keeps the choice, the app decides who may change it.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from mapper.graph.model import PartnershipMap
from mapper.graph.survey import ANSWERS, Answer, Responses, clean_answer
from mapper.store.errors import NotAllowed, StoreError
from mapper.store.schema import maps, survey_answers, survey_respondents, survey_rounds
from mapper.store.store import Store, _not_found, _now, _token_hash

__all__ = [
    "Form",
    "Respondent",
    "Round",
    "answers",
    "delete_round",
    "delete_rounds",
    "import_round",
    "latest_responses",
    "latest_round",
    "new_link",
    "open_form",
    "respondents",
    "revoke",
    "round_of",
    "round_responses",
    "rounds",
    "save_answer",
    "set_aside",
    "set_show_names",
    "start_round",
]

CLOSED = "This round has closed, so answers can no longer be given or changed."
REVOKED = "This link no longer works: it was replaced or withdrawn."


@dataclass(frozen=True, kw_only=True)
class Round:
    """A survey round of a map: its name, its last day for answers, the proposals the
    facilitator set aside, and whether share links show who said what."""

    id: int
    map_id: int
    name: str
    closes: dt.date
    created_at: dt.datetime
    set_aside: tuple[str, ...] = ()
    show_names: bool = False

    def open_on(self, day: dt.date) -> bool:
        return day <= self.closes


@dataclass(frozen=True, kw_only=True)
class Respondent:
    """Someone asked to answer: an actor of the map, whether their link works, and how
    many answers they have given."""

    id: int
    round_id: int
    actor: str
    has_link: bool
    revoked: bool
    answered: int = 0


@dataclass(frozen=True, kw_only=True)
class Form:
    """What a personal link opens: one respondent's form in one round."""

    round: Round
    respondent: Respondent
    answers: dict[tuple[str, str], tuple[str, str]]  # (about, question) -> (answer, comment)

    def open_on(self, day: dt.date) -> bool:
        return self.round.open_on(day) and not self.respondent.revoked


def _writer(store: Store):
    return store.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")


def start_round(
    store: Store, map_id: int, name: str, closes: dt.date, actors: Iterable[str]
) -> tuple[Round, dict[str, str]]:
    """A new round of ``map_id`` asking ``actors`` (ids on the map); returns it and each
    actor's personal token (shown now, never again)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("Give the round a name, e.g. 'Spring 2026'.")
    actors = list(dict.fromkeys(actors))
    if not actors:
        raise ValueError("Choose at least one respondent.")
    with _writer(store).begin() as conn:
        _map_exists(conn, map_id)
        row = {"map_id": map_id, "name": name, "closes": closes.isoformat(), "created_at": _now()}
        round_id = conn.execute(insert(survey_rounds).values(**row)).inserted_primary_key[0]
        tokens = {actor: _add_respondent(conn, round_id, actor) for actor in actors}
    return round_of(store, round_id), tokens


def import_round(
    store: Store, map_id: int, responses: Responses, closes: dt.date | None = None
) -> Round:
    """A round made from answers read from a file (paper forms, an online form): its
    respondents get no personal link. All or nothing."""
    closes = closes or dt.date.today()
    with _writer(store).begin() as conn:
        _map_exists(conn, map_id)
        row = {
            "map_id": map_id,
            "name": responses.name or "Imported answers",
            "closes": closes.isoformat(),
            "created_at": _now(),
        }
        round_id = conn.execute(insert(survey_rounds).values(**row)).inserted_primary_key[0]
        ids = {}
        for actor in responses.respondents:
            ids[actor] = conn.execute(
                insert(survey_respondents).values(round_id=round_id, actor=actor)
            ).inserted_primary_key[0]
        now = _now()
        conn.execute(
            insert(survey_answers),
            [
                {
                    "respondent_id": ids[a.respondent],
                    "about": a.about,
                    "question": a.question,
                    "answer": a.answer,
                    "comment": a.comment,
                    "at": now,
                }
                for a in responses.answers
            ],
        )
    return round_of(store, round_id)


def rounds(store: Store, map_id: int) -> list[Round]:
    """The map's rounds, the newest first."""
    query = select(survey_rounds).where(survey_rounds.c.map_id == map_id)
    with store.engine.connect() as conn:
        found = [_round(row) for row in conn.execute(query)]
    return sorted(found, key=lambda r: (r.created_at, r.id), reverse=True)


def latest_round(store: Store, map_id: int) -> Round | None:
    """The map's newest round, or ``None`` when it has had none."""
    found = rounds(store, map_id)
    return found[0] if found else None


def round_of(store: Store, round_id: int) -> Round:
    with store.engine.connect() as conn:
        row = conn.execute(select(survey_rounds).where(survey_rounds.c.id == round_id)).first()
    if row is None:
        raise StoreError(f"There is no survey round {round_id}; it may have been deleted.")
    return _round(row)


def respondents(store: Store, round_id: int) -> list[Respondent]:
    """The round's respondents in the order they were asked, with their answer counts."""
    counted = (
        select(survey_answers.c.respondent_id, func.count().label("n"))
        .group_by(survey_answers.c.respondent_id)
        .subquery()
    )
    query = (
        select(survey_respondents, func.coalesce(counted.c.n, 0).label("n"))
        .outerjoin(counted, counted.c.respondent_id == survey_respondents.c.id)
        .where(survey_respondents.c.round_id == round_id)
        .order_by(survey_respondents.c.id)
    )
    with store.engine.connect() as conn:
        return [_respondent(row, row.n) for row in conn.execute(query)]


def new_link(store: Store, round_id: int, actor: str) -> str:
    """A new personal link for ``actor`` in the round (asked for the first time, or a
    lost link replaced: the old one stops working; answers given are kept)."""
    with _writer(store).begin() as conn:
        found = conn.execute(
            select(survey_respondents.c.id).where(
                survey_respondents.c.round_id == round_id, survey_respondents.c.actor == actor
            )
        ).first()
        if found is None:
            return _add_respondent(conn, round_id, actor)
        token = secrets.token_urlsafe(24)
        conn.execute(
            update(survey_respondents)
            .where(survey_respondents.c.id == found.id)
            .values(token_hash=_token_hash(token), revoked_at=None)
        )
        return token


def revoke(store: Store, respondent_id: int) -> None:
    """Stop a personal link working (its answers stay in the round)."""
    with _writer(store).begin() as conn:
        conn.execute(
            update(survey_respondents)
            .where(survey_respondents.c.id == respondent_id)
            .values(revoked_at=_now())
        )


def open_form(store: Store, token: str) -> Form | None:
    """The form a personal link opens (closed or revoked ones too, to say so), or
    ``None`` for a token that was never made or whose round was deleted."""
    query = select(survey_respondents).where(survey_respondents.c.token_hash == _token_hash(token))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        given = conn.execute(
            select(survey_answers).where(survey_answers.c.respondent_id == row.id)
        ).all()
    return Form(
        round=round_of(store, row.round_id),
        respondent=_respondent(row, len(given)),
        answers={(a.about, a.question): (a.answer, a.comment) for a in given},
    )


def save_answer(
    store: Store,
    token: str,
    about: str,
    question: str,
    answer: str,
    comment: str = "",
    today: dt.date | None = None,
) -> None:
    """Save (or change) one answer given through a personal link; an empty answer takes
    it back. Refused with :class:`NotAllowed` once the round has closed or the link was
    revoked, and with ``ValueError`` for an answer the question does not take."""
    form = open_form(store, token)
    if form is None:
        raise NotAllowed(REVOKED)
    if form.respondent.revoked:
        raise NotAllowed(REVOKED)
    if not form.round.open_on(today or dt.date.today()):
        raise NotAllowed(CLOSED)
    about = " ".join(about.split())[:120]
    if about == form.respondent.actor:
        raise ValueError("An answer is about someone else, not about yourself.")
    value = clean_answer(question, answer) if answer.strip() else None
    if (question in ANSWERS) != bool(about):
        raise ValueError(
            f"{question!r} is asked about someone"
            if about == ""
            else f"a checklist item ({question}) is not about anyone"
        )
    key = {"respondent_id": form.respondent.id, "about": about, "question": question}
    where = [getattr(survey_answers.c, k) == v for k, v in key.items()]
    with _writer(store).begin() as conn:
        conn.execute(delete(survey_answers).where(*where))
        if value is not None:
            row = {**key, "answer": value, "comment": comment.strip()[:1000], "at": _now()}
            conn.execute(insert(survey_answers).values(**row))


def answers(store: Store, round_id: int) -> list[Answer]:
    """Every answer of the round, respondent by respondent."""
    query = (
        select(survey_respondents.c.actor, survey_answers)
        .join(survey_answers, survey_answers.c.respondent_id == survey_respondents.c.id)
        .where(survey_respondents.c.round_id == round_id)
        .order_by(survey_respondents.c.id, survey_answers.c.at)
    )
    with store.engine.connect() as conn:
        return [
            Answer(
                respondent=row.actor,
                about=row.about,
                question=row.question,
                answer=row.answer,
                comment=row.comment,
            )
            for row in conn.execute(query)
        ]


def round_responses(
    store: Store, round_id: int, pmap: PartnershipMap, ticked: Iterable[str] = ()
) -> Responses:
    """The round as the analysis reads it: a name written for someone missing is matched
    to an actor added to the map since (by label, any case)."""
    found = round_of(store, round_id)
    labels = {pmap.label(node).casefold(): node for node in pmap.graph}
    given = [
        a if not a.about or a.about in pmap.graph else _about(a, labels.get(a.about.casefold()))
        for a in answers(store, round_id)
    ]
    return Responses(
        answers=tuple(given),
        invited=tuple(r.actor for r in respondents(store, round_id)),
        ticked=frozenset(ticked),
        name=found.name,
        date=found.closes.isoformat(),
    )


def latest_responses(
    store: Store, map_id: int, pmap: PartnershipMap
) -> tuple[Round, Responses] | None:
    """The map's newest round and its answers as the analysis reads them (items ticked
    on the map count as the lead's yes), or ``None`` when the map has had no round."""
    found = latest_round(store, map_id)
    if found is None:
        return None
    return found, round_responses(store, found.id, pmap, store.ticks(map_id))


def set_aside(store: Store, round_id: int, key: str) -> None:
    """Set a proposed link aside: it is no longer offered for this round."""
    with _writer(store).begin() as conn:
        row = conn.execute(
            select(survey_rounds.c.set_aside).where(survey_rounds.c.id == round_id)
        ).first()
        if row is None:
            raise StoreError(f"There is no survey round {round_id}; it may have been deleted.")
        kept = [*json.loads(row.set_aside), key]
        conn.execute(
            update(survey_rounds)
            .where(survey_rounds.c.id == round_id)
            .values(set_aside=json.dumps(list(dict.fromkeys(kept))))
        )


def set_show_names(store: Store, round_id: int, show: bool) -> None:
    """Whether share links show this round's answers by respondent's name (``True``) or
    its aggregates only (``False``, every round's start)."""
    with _writer(store).begin() as conn:
        done = conn.execute(
            update(survey_rounds).where(survey_rounds.c.id == round_id).values(show_names=show)
        )
        if not done.rowcount:
            raise StoreError(f"There is no survey round {round_id}; it may have been deleted.")


def delete_round(store: Store, round_id: int) -> None:
    """Delete a round, its respondents and their answers, for good."""
    with _writer(store).begin() as conn:
        delete_rounds(conn, [round_id])


def delete_rounds(conn: Connection, round_ids: Iterable[int]) -> None:
    """Delete these rounds with everything in them, in the caller's transaction (used
    when a map is deleted too)."""
    ids = list(round_ids)
    people = select(survey_respondents.c.id).where(survey_respondents.c.round_id.in_(ids))
    conn.execute(delete(survey_answers).where(survey_answers.c.respondent_id.in_(people)))
    conn.execute(delete(survey_respondents).where(survey_respondents.c.round_id.in_(ids)))
    conn.execute(delete(survey_rounds).where(survey_rounds.c.id.in_(ids)))


# ----- rows --------------------------------------------------------------------------------
def _map_exists(conn: Connection, map_id: int) -> None:
    if conn.execute(select(maps.c.id).where(maps.c.id == map_id)).first() is None:
        raise _not_found(map_id)


def _add_respondent(conn: Connection, round_id: int, actor: str) -> str:
    token = secrets.token_urlsafe(24)
    row = {"round_id": round_id, "actor": actor, "token_hash": _token_hash(token)}
    conn.execute(insert(survey_respondents).values(**row))
    return token


def _about(a: Answer, actor: str | None) -> Answer:
    return a if actor is None else Answer(**{**a.__dict__, "about": actor})


def _round(row) -> Round:
    return Round(
        id=row.id,
        map_id=row.map_id,
        name=row.name,
        closes=dt.date.fromisoformat(row.closes),
        created_at=row.created_at,
        set_aside=tuple(json.loads(row.set_aside)),
        show_names=bool(row.show_names),
    )


def _respondent(row, answered: int) -> Respondent:
    return Respondent(
        id=row.id,
        round_id=row.round_id,
        actor=row.actor,
        has_link=row.token_hash is not None,
        revoked=row.revoked_at is not None,
        answered=answered,
    )
