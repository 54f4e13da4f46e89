"""The parts the month's jobs used, and what they were worth."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.parts import Part
from app.domain.tickets import Ticket, TicketLine
from app.reports.kpis.common import money, within
from app.reports.kpis.warranty_cost import TOP, line_amount
from app.reports.month import ReportMonth


@dataclass(frozen=True)
class PartUse:
    name: str
    """The part's name and code."""
    quantity: Decimal
    covered: Decimal
    """The worth of the lines a warranty or contract paid for."""
    charged: Decimal
    """The worth of the lines the customer paid for."""

    @property
    def cost(self) -> Decimal:
        return self.covered + self.charged


@dataclass(frozen=True)
class PartsUsed:
    lines: int
    quantity: Decimal
    covered: Decimal
    charged: Decimal
    by_quantity: tuple[PartUse, ...]
    """The ten parts used most, most first."""
    by_cost: tuple[PartUse, ...]
    """The ten parts worth most, most first."""


def parts_used(session: Session, month: ReportMonth) -> PartsUsed:
    """The parts the month's jobs used, and what they were worth.

    The lines of the jobs delivered in the month that name a catalogue part: how many of
    each part were fitted, and their worth (quantity times the price on the line), the
    covered lines (a warranty or contract paid) and the charged ones (the customer paid)
    apart. The ten parts used most and the ten worth most are listed.
    """
    amount = line_amount()
    covered = TicketLine.covered.is_(True)
    uses = [
        PartUse(f"{name} ({code})", money(quantity, 2), money(paid_by_cover, 4), money(paid_by_customer, 4))
        for name, code, quantity, paid_by_cover, paid_by_customer in session.execute(
            select(Part.name, Part.code, func.sum(type_coerce(TicketLine.quantity, BigInteger)),
                   func.sum(amount).filter(covered), func.sum(amount).filter(~covered))
            .select_from(TicketLine)
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .join(Part, Part.id == TicketLine.part_id)
            .where(within(Ticket.delivered_at, month)).group_by(TicketLine.part_id))]
    lines = session.scalar(
        select(func.count()).select_from(TicketLine).join(Ticket, Ticket.id == TicketLine.ticket_id)
        .where(within(Ticket.delivered_at, month), TicketLine.part_id.is_not(None)))
    zero = Decimal("0.00")
    return PartsUsed(
        lines, sum((u.quantity for u in uses), zero), sum((u.covered for u in uses), zero),
        sum((u.charged for u in uses), zero),
        tuple(sorted(uses, key=lambda u: (-u.quantity, -u.cost, u.name))[:TOP]),
        tuple(sorted(uses, key=lambda u: (-u.cost, -u.quantity, u.name))[:TOP]))
