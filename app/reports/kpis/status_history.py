"""A job's true status over time, folded from its history in SQL.

Every status move leaves a STATUS entry. A move taken back (app.services.ticket_corrections
undo_last_move) keeps its entry and adds a correction entry whose status changes back to the
one before; only the last move may be taken back, once, so a taken-back move is the status
entry followed directly — among the job's status entries and status corrections, in (at, id)
order — by such a correction. `undone_moves` names those, `standing` leaves them out, and
the status before runs on. The report's figures are aggregated over the standing moves in
the database: a month is tens of thousands of entries, and one row per job (or per spell
waited) comes back.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, extract, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from app.domain.kinds import EventKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.kpis.volume import backlog_jobs
from app.reports.month import ReportMonth

CONTACTS = frozenset({EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.EMAIL})
"""History entries that are the customer contacted: a call, an SMS, a visit, an email."""
_STATUS = EventKind.STATUS.value
_A_CORRECTION = literal_column(f"'{EventKind.CHANGE.value}'")
"""Written into the statement, not bound: only then may SQLite read the corrections' partial index."""


def epoch(column: Any) -> ColumnElement[Any]:
    """A UTC moment column as seconds since 1970 (whole seconds), read without making datetimes."""
    return extract("epoch", column)


def undone_moves(session: Session, tickets: Select[tuple[int]]) -> list[int]:
    """The ids of the status entries of those jobs whose move was taken back: for each status
    correction, the job's last status entry before it. Corrections are rare, so the ids are
    read first and the figures' statements carry them as a short list."""
    change, move = aliased(TicketEvent), aliased(TicketEvent)
    last_before = (select(move.id)
                   .where(move.ticket_id == change.ticket_id, move.kind == _STATUS,
                          or_(move.at < change.at, and_(move.at == change.at, move.id < change.id)))
                   .order_by(move.at.desc(), move.id.desc()).limit(1).correlate(change).scalar_subquery())
    found = session.scalars(select(last_before).where(change.ticket_id.in_(tickets.scalar_subquery()),
                                                      change.kind == _A_CORRECTION, change.text.contains("status\t")))
    return sorted(i for i in found if i is not None)


def standing(undone: Sequence[int], entry: Any = TicketEvent) -> ColumnElement[bool]:
    """A history entry (`entry`: TicketEvent or an alias of it) is a status move that stands,
    not one of the `undone` ones."""
    move = and_(entry.kind == _STATUS, entry.to_status.is_not(None))
    return and_(move, entry.id.not_in(undone)) if undone else move


def spells_in(session: Session, tickets: Select[tuple[int]],
              statuses: frozenset[TicketStatus]) -> dict[int, list[tuple[float, float]]]:
    """The spells each job spent in one of `statuses`, as (from, up to) epoch seconds, up to
    its next standing move; one still running goes on for ever."""
    undone, later = undone_moves(session, tickets), aliased(TicketEvent)
    next_move = (select(func.min(epoch(later.at)))
                 .where(later.ticket_id == TicketEvent.ticket_id, standing(undone, later),
                        or_(later.at > TicketEvent.at, and_(later.at == TicketEvent.at, later.id > TicketEvent.id)))
                 .correlate(TicketEvent).scalar_subquery())
    found: dict[int, list[tuple[float, float]]] = {}
    for ticket_id, starts, ends in session.execute(
            select(TicketEvent.ticket_id, epoch(TicketEvent.at), next_move)
            .where(TicketEvent.ticket_id.in_(tickets.scalar_subquery()), standing(undone),
                   TicketEvent.to_status.in_(sorted(s.value for s in statuses)))):
        found.setdefault(ticket_id, []).append((float(starts), float(ends) if ends is not None else float("inf")))
    return found


def backlog_by_status(session: Session, month: ReportMonth) -> dict[TicketStatus | None, int]:
    """The backlog at the month's end (app.reports.kpis.volume backlog_jobs) by the status each
    job was in at that moment, from its history (a move taken back does not count); None: jobs
    whose history does not say (imported without it). Only statuses some job was in."""
    backlog = select(backlog_jobs(month).subquery().c.id)
    last = (select(TicketEvent.to_status)
            .where(TicketEvent.ticket_id == Ticket.id, standing(undone_moves(session, backlog)),
                   TicketEvent.at < month.ends)
            .order_by(TicketEvent.at.desc(), TicketEvent.id.desc()).limit(1).correlate(Ticket).scalar_subquery())
    at_end = select(last.label("status")).where(Ticket.id.in_(backlog.scalar_subquery())).subquery()
    rows = session.execute(select(at_end.c.status, func.count()).group_by(at_end.c.status)).all()
    return {TicketStatus(status) if status is not None else None: count for status, count in rows}
