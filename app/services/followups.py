"""Follow-up calls after delivery, and recording what the customer said."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.followups import FollowUp
from app.domain.kinds import FollowUpKind, FollowUpOutcome
from app.domain.tickets import Ticket
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import in_desk_letters
from app.services.common import load_for_edit
from app.services.desk import Desk

FOLLOW_UP_AFTER_DAYS = 3
"""The satisfaction call is due this many days after the unit is handed back."""


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

    @classmethod
    def of(cls, f: FollowUp) -> FollowUpRecord:
        return cls(f.id, f.version, f.customer_id, f.ticket_id, f.kind, f.due_date, f.done_at,
                   f.outcome, f.csat, f.nps, f.comment)


def schedule_after_delivery(session: Session, ticket: Ticket, delivered_on: date) -> FollowUp:
    """Called by the delivery move: one satisfaction call per delivery."""
    followup = FollowUp(customer_id=ticket.customer_id, ticket_id=ticket.id,
                        kind=FollowUpKind.AFTER_DELIVERY.value,
                        due_date=delivered_on + timedelta(days=FOLLOW_UP_AFTER_DAYS))
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


def record_followup(desk: Desk, followup_id: int, version: int, outcome: FollowUpOutcome,
                    csat: int | None = None, nps: int | None = None, comment: str = "") -> FollowUpRecord:
    if csat is not None and not 1 <= csat <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Satisfaction is a score from 1 to 5."),
                              field="csat")
    if nps is not None and not 0 <= nps <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Recommendation is a score from 0 to 10."),
                              field="nps")
    with desk.store.write() as session:
        followup = load_for_edit(session, FollowUp, followup_id, version)
        followup.outcome = FollowUpOutcome(outcome).value
        followup.csat, followup.nps, followup.comment = csat, nps, in_desk_letters(comment.strip(), desk.locale.lang)
        if outcome is not FollowUpOutcome.CALL_BACK and outcome is not FollowUpOutcome.NO_ANSWER:
            followup.done_at = utcnow()
        followup.user_id = desk.actor.id
        session.flush()
        return FollowUpRecord.of(followup)
