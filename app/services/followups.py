"""Follow-up calls: the satisfaction call after delivery (for the share of jobs the company
chose), calls a clerk schedules by hand, and every try at reaching the customer."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.followups import FollowUp, FollowUpAttempt
from app.domain.kinds import FollowUpKind, FollowUpOutcome
from app.domain.people import Customer, User
from app.domain.tickets import Ticket
from app.domain.workflow import TicketStatus
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.common import get_or_missing, load_for_edit
from app.services.company import read_company_settings
from app.services.desk import Desk

SAMPLING_STRIDE = 61
"""Coprime with 100: ticket ids times it run through every remainder mod 100 once in any 100
consecutive ids, so a share of p% picks exactly p of every 100 tickets, spread out."""

CLOSING_OUTCOMES = frozenset({FollowUpOutcome.REACHED, FollowUpOutcome.WRONG_NUMBER})
"""A try that ends the follow-up whatever the count: the customer answered, or the number
is not theirs (calling it again reaches nobody we want)."""


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    version: int
    customer_id: int
    ticket_id: int | None
    kind: str
    due_date: date
    done_at: datetime | None
    outcome: str | None
    csat: int | None
    nps: int | None
    comment: str
    note: str
    problem_persists: bool

    @classmethod
    def of(cls, f: FollowUp) -> FollowUpRecord:
        return cls(f.id, f.version, f.customer_id, f.ticket_id, f.kind, f.due_date, f.done_at,
                   f.outcome, f.csat, f.nps, f.comment, f.note, f.problem_persists)


@dataclass(frozen=True)
class AttemptRecord:
    at: datetime
    outcome: str
    call_back_on: date | None
    note: str
    user_name: str


@dataclass
class AttemptInput:
    """One try at the call. Not reached: the date to call back (the clerk's choice), unless
    this try is the last the company allows. Reached: the scores (None: not asked), what the
    customer said, and whether the fault is still there."""

    outcome: FollowUpOutcome | None
    """None: the clerk has not said what came of the call (refused)."""
    call_back_on: date | None = None
    note: str = ""
    csat: int | None = None
    nps: int | None = None
    comment: str = ""
    problem_persists: bool = False


def sampled(ticket_id: int, share: int) -> bool:
    """Whether a delivered ticket gets its satisfaction call when the company calls `share`
    percent of them: the same answer for the same ticket every time it is asked."""
    return ticket_id * SAMPLING_STRIDE % 100 < share


def schedule_after_delivery(session: Session, ticket: Ticket, delivered_on: date) -> FollowUp | None:
    """Called by the delivery move: one satisfaction call per delivery, due the company's
    number of days later, for the share of tickets the company calls (None: not this one)."""
    settings = read_company_settings(session)
    if not sampled(ticket.id, settings.followup_share):
        return None
    followup = FollowUp(customer_id=ticket.customer_id, ticket_id=ticket.id,
                        kind=FollowUpKind.AFTER_DELIVERY.value,
                        due_date=delivered_on + timedelta(days=settings.followup_after_days))
    session.add(followup)
    return followup


def due_followups(desk: Desk, on: date | None = None) -> list[FollowUpRecord]:
    """Open follow-ups due on or before `on` (today by default), oldest first."""
    with desk.store.read() as session:
        rows = session.scalars(
            select(FollowUp)
            .where(FollowUp.done_at.is_(None), FollowUp.due_date <= (on or desk.today()))
            .order_by(FollowUp.due_date, FollowUp.id)
        )
        return [FollowUpRecord.of(f) for f in rows]


def followups_of_ticket(desk: Desk, ticket_id: int) -> list[FollowUpRecord]:
    with desk.store.read() as session:
        rows = session.scalars(select(FollowUp).where(FollowUp.ticket_id == ticket_id).order_by(FollowUp.id))
        return [FollowUpRecord.of(f) for f in rows]


def get_followup(desk: Desk, followup_id: int) -> FollowUpRecord:
    with desk.store.read() as session:
        return FollowUpRecord.of(get_or_missing(session, FollowUp, followup_id))


def attempts_of(desk: Desk, followup_id: int) -> list[AttemptRecord]:
    """Every try at the call, the first first."""
    with desk.store.read() as session:
        rows = session.execute(
            select(FollowUpAttempt.at, FollowUpAttempt.outcome, FollowUpAttempt.call_back_on,
                   FollowUpAttempt.note, User.full_name)
            .outerjoin(User, User.id == FollowUpAttempt.user_id)
            .where(FollowUpAttempt.followup_id == followup_id)
            .order_by(FollowUpAttempt.at, FollowUpAttempt.id))
        return [AttemptRecord(at, outcome, back, note, user or "") for at, outcome, back, note, user in rows]


def _check_scores(csat: int | None, nps: int | None) -> None:
    if csat is not None and not 1 <= csat <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Satisfaction is a score from 1 to 5."),
                              field="csat")
    if nps is not None and not 0 <= nps <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Recommendation is a score from 0 to 10."),
                              field="nps")


def _check_not_past(desk: Desk, day: date | None, field: str) -> date:
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the day of the call."), field=field)
    if day < desk.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That day is in the past: choose today or a later "
                                                          "day."), field=field)
    return day


def _require_open(followup: FollowUp) -> None:
    if followup.done_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This follow-up is already closed."))


def tries_allowed(desk: Desk) -> int:
    """How many tries the company allows a call before it closes as not reached."""
    with desk.store.read() as session:
        return read_company_settings(session).followup_attempts


def record_attempt(desk: Desk, followup_id: int, version: int, data: AttemptInput) -> FollowUpRecord:
    """Record one try at the call, in one transaction with what it leads to.

    Reached: the follow-up is done with the customer's scores; "problem persists" reopens its
    ticket as rework (app.domain.workflow) and says so on the follow-up. Not reached: the
    follow-up is next due on the call-back day, or closes as not reached once the company's
    number of tries (CompanySettings.followup_attempts) is used up; a wrong number closes it.
    """
    if data.outcome is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose what came of the call."), field="outcome")
    outcome = FollowUpOutcome(data.outcome)
    if outcome is FollowUpOutcome.NOT_REACHED:
        raise ValueError("not reached is what the last unanswered try leads to, not a try")
    reached = outcome is FollowUpOutcome.REACHED
    if reached:
        _check_scores(data.csat, data.nps)
    with desk.store.write() as session:
        followup = load_for_edit(session, FollowUp, followup_id, version)
        _require_open(followup)
        allowed = read_company_settings(session).followup_attempts
        tried = session.scalar(select(func.count()).where(FollowUpAttempt.followup_id == followup.id)) or 0
        last_try = tried + 1 >= allowed
        closes = outcome in CLOSING_OUTCOMES or last_try
        call_back = None if closes else _check_not_past(desk, data.call_back_on, "call_back_on")
        session.add(FollowUpAttempt(followup_id=followup.id, at=utcnow(), outcome=outcome.value,
                                    call_back_on=call_back, note=desk.text(data.note), user_id=desk.actor.id))
        followup.user_id = desk.actor.id
        if reached:
            followup.csat, followup.nps = data.csat, data.nps
            followup.comment = desk.text(data.comment)
            if data.problem_persists:
                _reopen_for_rework(session, desk, followup)
        if closes:
            followup.done_at = utcnow()
            followup.outcome = outcome.value if outcome in CLOSING_OUTCOMES else FollowUpOutcome.NOT_REACHED.value
        else:
            followup.outcome = outcome.value
            followup.due_date = call_back
        session.flush()
        return FollowUpRecord.of(followup)


def _reopen_for_rework(session: Session, desk: Desk, followup: FollowUp) -> None:
    """The customer says the fault is back: the job is reopened as a repeat repair, with what
    they said as the move's note."""
    from app.services.tickets import move_loaded  # tickets schedules follow-ups: imported when used

    followup.problem_persists = True
    if followup.ticket_id is None:
        return
    ticket = get_or_missing(session, Ticket, followup.ticket_id)
    if ticket.status != TicketStatus.REOPENED.value:  # reopened already by the counter: once is enough
        move_loaded(session, desk, ticket, TicketStatus.REOPENED, followup.comment)  # in the customer's words


def schedule_followup(desk: Desk, customer_id: int, kind: FollowUpKind | None, due_date: date | None,
                      note: str = "", ticket_id: int | None = None) -> FollowUpRecord:
    """A call the clerk schedules: a training-on-use call after an installation, a reminder.
    The kind and the day (today or later) are the clerk's choice, refused when missing; the
    ticket, if given, is the customer's."""
    if kind is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of call."), field="kind")
    due = _check_not_past(desk, due_date, "due_date")
    with desk.store.write() as session:
        customer = get_or_missing(session, Customer, customer_id)
        if ticket_id is not None and get_or_missing(session, Ticket, ticket_id).customer_id != customer.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That ticket is another customer's."), field="ticket")
        followup = FollowUp(customer_id=customer.id, ticket_id=ticket_id, kind=FollowUpKind(kind).value,
                            due_date=due, note=desk.text(note), comment="", user_id=desk.actor.id)
        session.add(followup)
        session.flush()
        return FollowUpRecord.of(followup)


def reschedule_followup(desk: Desk, followup_id: int, version: int, due_date: date | None) -> FollowUpRecord:
    """Move an open follow-up to another day (today or later); its tries so far still count."""
    due = _check_not_past(desk, due_date, "due_date")
    with desk.store.write() as session:
        followup = load_for_edit(session, FollowUp, followup_id, version)
        _require_open(followup)
        followup.due_date = due
        session.flush()
        return FollowUpRecord.of(followup)
