"""A job's true status over time, folded from its history.

Every status move leaves a STATUS entry. A move taken back (app.services.ticket_corrections
undo_last_move) keeps its entry and adds a correction entry whose status changes from the
move's status back to the one before: the move did not happen, so the fold removes it and the
status before it runs on. The report reads the history of the month's jobs in one query, only
the columns it needs, and folds it here.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.domain.kinds import EventKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.kpis.volume import in_backlog
from app.reports.month import ReportMonth
from app.services.changes import change_lines

CONTACTS = frozenset({EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.EMAIL})
"""History entries that are the customer contacted: a call, an SMS, a visit, an email."""
_STATUS, _CHANGE = EventKind.STATUS.value, EventKind.CHANGE.value
_CONTACT_KINDS = frozenset(k.value for k in CONTACTS)


class Move(NamedTuple):
    status: TicketStatus
    at: float
    """Seconds since 1970-01-01 UTC (`epoch`): the month's jobs are thousands of moves, and
    the clocks count in seconds."""


class Spell(NamedTuple):
    """The job stayed in `status` from `starts` up to `ends` (None: it still is), in epoch seconds."""

    status: TicketStatus
    starts: float
    ends: float | None


class History(NamedTuple):
    moves: tuple[Move, ...]
    """The moves that stand, oldest first: the first is the job's opening."""
    first_contact: float | None
    """When the customer was first called, texted, visited or emailed about the job (None: never)."""

    def spells(self) -> list[Spell]:
        return [Spell(move.status, move.at, later.at if later is not None else None)
                for move, later in zip(self.moves, (*self.moves[1:], None), strict=True)]

    def first_move(self, into: Iterable[TicketStatus]) -> float | None:
        """When the job first moved into one of `into` after it was opened (None: never)."""
        wanted = frozenset(into)
        return next((m.at for m in self.moves[1:] if m.status in wanted), None)

    def status_at(self, moment: float) -> TicketStatus | None:
        """The status in force just before `moment` (None: the job had no status yet)."""
        status = None
        for move in self.moves:
            if move.at >= moment:
                break
            status = move.status
        return status


def epoch(column: Any) -> ColumnElement[Any]:
    """A UTC moment column as seconds since 1970 (whole seconds), read without making datetimes."""
    return extract("epoch", column)


_STATUSES = {status.value: status for status in TicketStatus}


def fold(entries: Iterable[tuple[str, str | None, str | None, float]], first_contact: float | None = None) -> History:
    """One job's history from its status moves and status corrections (kind, to_status, text,
    at) in (at, id) order: a correction taking a move back removes that move."""
    moves: list[Move] = []
    for kind, to_status, text, at in entries:
        if kind == _STATUS and to_status:
            moves.append(Move(_STATUSES[to_status], at))
        elif kind == _CHANGE:
            for change in change_lines(text or ""):
                if change.field == "status" and moves and moves[-1].status.value == change.before:
                    moves.pop()
    return History(tuple(moves), first_contact)


def histories(session: Session, tickets: Select[tuple[int]]) -> dict[int, History]:
    """The folded history of every job `tickets` (a select of ticket ids) names, by ticket id;
    a job without any status entry (imported without its history) is missing.

    Three reads of the few columns needed: the moves, the rare corrections of a status, and
    each job's first contact (counted in SQL)."""
    ids = TicketEvent.ticket_id.in_(tickets.scalar_subquery())
    moves = session.execute(
        select(TicketEvent.ticket_id, TicketEvent.to_status, epoch(TicketEvent.at), TicketEvent.id)
        .where(ids, TicketEvent.kind == _STATUS).order_by(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.id))
    entries: dict[int, list[tuple[str, str | None, str | None, float, int]]] = {}
    for ticket_id, to_status, at, event_id in moves:
        entries.setdefault(ticket_id, []).append((_STATUS, to_status, None, float(at), event_id))
    corrected = set()
    for ticket_id, text, at, event_id in session.execute(
            select(TicketEvent.ticket_id, TicketEvent.text, epoch(TicketEvent.at), TicketEvent.id)
            .where(ids, TicketEvent.kind == _CHANGE, TicketEvent.text.contains("status\t"))):
        if ticket_id in entries:
            entries[ticket_id].append((_CHANGE, None, text, float(at), event_id))
            corrected.add(ticket_id)
    for ticket_id in corrected:
        entries[ticket_id].sort(key=lambda entry: (entry[3], entry[4]))
    contacts = dict(session.execute(
        select(TicketEvent.ticket_id, func.min(epoch(TicketEvent.at)))
        .where(ids, TicketEvent.kind.in_(sorted(_CONTACT_KINDS))).group_by(TicketEvent.ticket_id)).all())
    return {ticket_id: fold((e[:4] for e in rows), float(contacts[ticket_id]) if ticket_id in contacts else None)
            for ticket_id, rows in entries.items()}


def backlog_by_status(session: Session, month: ReportMonth) -> dict[TicketStatus | None, int]:
    """The backlog at the month's end (app.reports.kpis.volume in_backlog) by the status each
    job was in at that moment, from its history (a move taken back does not count); None: jobs
    whose history does not say (imported without it). Only statuses some job was in."""
    backlog = select(Ticket.id).where(in_backlog(month))
    found = histories(session, backlog)
    counts: dict[TicketStatus | None, int] = {}
    for (ticket_id,) in session.execute(backlog):
        history = found.get(ticket_id)
        status = history.status_at(month.ends.timestamp()) if history is not None else None
        counts[status] = counts.get(status, 0) + 1
    return counts
