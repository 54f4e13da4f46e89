"""A job's true status over time, folded from its history.

Every status move leaves a STATUS entry. A move taken back (app.services.ticket_corrections
undo_last_move) keeps its entry and adds a correction entry whose status changes from the
move's status back to the one before: the move did not happen, so the fold removes it and the
status before it runs on. The report reads the history of the month's jobs in one query, only
the columns it needs, and folds it here.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.domain.kinds import EventKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.kpis.volume import in_backlog
from app.reports.month import ReportMonth
from app.services.changes import change_lines

CONTACTS = frozenset({EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.EMAIL})
"""History entries that are the customer contacted: a call, an SMS, a visit, an email."""
_READ = frozenset({EventKind.STATUS, EventKind.CHANGE} | CONTACTS)


@dataclass(frozen=True)
class Move:
    status: TicketStatus
    at: datetime


@dataclass(frozen=True)
class Spell:
    """The job stayed in `status` from `starts` up to `ends` (None: it still is)."""

    status: TicketStatus
    starts: datetime
    ends: datetime | None


@dataclass(frozen=True)
class History:
    moves: tuple[Move, ...]
    """The moves that stand, oldest first: the first is the job's opening."""
    contacts: tuple[datetime, ...]
    """When the customer was called, texted, visited or emailed about the job, oldest first."""

    def spells(self) -> list[Spell]:
        return [Spell(move.status, move.at, later.at if later is not None else None)
                for move, later in zip(self.moves, (*self.moves[1:], None), strict=True)]

    def first_move(self, into: Iterable[TicketStatus]) -> datetime | None:
        """When the job first moved into one of `into` after it was opened (None: never)."""
        wanted = frozenset(into)
        return next((m.at for m in self.moves[1:] if m.status in wanted), None)

    def status_at(self, moment: datetime) -> TicketStatus | None:
        """The status in force just before `moment` (None: the job had no status yet)."""
        status = None
        for move in self.moves:
            if move.at >= moment:
                break
            status = move.status
        return status


def fold(entries: Iterable[tuple[str, str | None, str | None, datetime]]) -> History:
    """One job's history from its entries (kind, to_status, text, at) in (at, id) order."""
    moves: list[Move] = []
    contacts: list[datetime] = []
    for kind, to_status, text, at in entries:
        if kind == EventKind.STATUS.value and to_status:
            moves.append(Move(TicketStatus(to_status), at))
        elif kind == EventKind.CHANGE.value:
            for change in change_lines(text or ""):
                if change.field == "status" and moves and moves[-1].status.value == change.before:
                    moves.pop()
        elif kind in CONTACTS:
            contacts.append(at)
    return History(tuple(moves), tuple(contacts))


def histories(session: Session, tickets: Select[tuple[int]]) -> dict[int, History]:
    """The folded history of every job `tickets` (a select of ticket ids) names, by ticket id;
    a job without any entry (imported without its history) is missing."""
    rows = session.execute(
        select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.to_status, TicketEvent.text, TicketEvent.at)
        .where(TicketEvent.ticket_id.in_(tickets.scalar_subquery()),
               TicketEvent.kind.in_([k.value for k in _READ]),
               or_(TicketEvent.kind != EventKind.CHANGE.value, TicketEvent.text.contains("status\t")))
        .order_by(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.id))
    found: dict[int, list[tuple[str, str | None, str | None, datetime]]] = {}
    for ticket_id, kind, to_status, text, at in rows:
        found.setdefault(ticket_id, []).append((kind, to_status, text, at))
    return {ticket_id: fold(entries) for ticket_id, entries in found.items()}


def backlog_by_status(session: Session, month: ReportMonth) -> dict[TicketStatus | None, int]:
    """The backlog at the month's end (app.reports.kpis.volume in_backlog) by the status each
    job was in at that moment, from its history (a move taken back does not count); None: jobs
    whose history does not say (imported without it). Only statuses some job was in."""
    backlog = select(Ticket.id).where(in_backlog(month))
    found = histories(session, backlog)
    counts: dict[TicketStatus | None, int] = {}
    for (ticket_id,) in session.execute(backlog):
        history = found.get(ticket_id)
        status = history.status_at(month.ends) if history is not None else None
        counts[status] = counts.get(status, 0) + 1
    return counts
