"""Money the customer pays for a job: what is owed, what a payment may be, the estimate's limit.

The ticket services (`deliver_ticket`, `record_payment`) call these rules inside their own
transaction; the ticket window, the delivery dialog and the receipt show their answers.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.kinds import Approval, PaymentMethod
from app.domain.tickets import Payment, Ticket
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Money


@dataclass(frozen=True)
class PaymentInput:
    amount: Decimal
    method: PaymentMethod | None
    """None only for a zero amount: nothing was paid."""


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    amount: Decimal
    method: str | None
    """None when unknown (an imported "amount received")."""
    paid_at: datetime | None
    user_id: int | None


def owed(due: Decimal, payments: list[Payment] | tuple[PaymentRecord, ...]) -> Decimal:
    """What the customer still owes: what the job costs them less what they paid."""
    return due - sum((p.amount for p in payments), Decimal(0))


def exceeds_approval(due: Decimal, estimate: Decimal | None, approval: str | None) -> bool:
    """True when the customer approved an estimate and the job now costs them more: they
    must approve the new amount before it is charged (delivery waits for it)."""
    return approval == Approval.APPROVED.value and estimate is not None and due > estimate


def check_estimate(ticket: Ticket, due: Decimal) -> None:
    if exceeds_approval(due, ticket.estimate, ticket.approval):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The job now costs {due}, more than the {estimate} the customer "
                                        "approved. Record the customer's approval of the new amount first."),
            field="estimate", due=Money(due, ticket.currency),
            estimate=Money(ticket.estimate, ticket.currency))


def add_payment(session: Session, ticket: Ticket, data: PaymentInput, still_owed: Decimal,
                actor_id: int | None) -> Payment | None:
    """Record `data` on `ticket` if it pays something; refuse what cannot be right."""
    if data.amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount paid cannot be negative."),
                              field="paid")
    if data.amount == 0:
        return None
    if data.amount > still_owed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That is more than the {owed} owed."),
                              field="paid", owed=Money(max(still_owed, Decimal(0)), ticket.currency))
    if data.method is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the customer paid."), field="method")
    payment = Payment(ticket_id=ticket.id, amount=data.amount, currency=ticket.currency,
                      method=PaymentMethod(data.method).value, paid_at=utcnow(), user_id=actor_id)
    session.add(payment)
    return payment
