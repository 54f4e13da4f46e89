"""How a job ended: a unit or a part replaced, money given back; the faulty parts claimed
from the manufacturer; and the warranty a replacement unit inherits."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.domain.base import Base, Hundredths, UTCDateTime, Versioned, utcnow
from app.domain.coverage import Coverage, CoverageKind, WarrantyTerms, decide_coverage
from app.domain.kinds import ClaimStatus, Resolution, TicketKind, label
from app.domain.workflow import TicketStatus
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Label


class ReplacementKind(StrEnum):
    UNIT = "unit"
    PART = "part"


class ReplacementWarranty(StrEnum):
    """Which warranty a replacement unit gets: the clerk's choice, never assumed."""

    INHERIT = "inherit"
    """What was left of the faulty unit's warranty, from the replacement day to its end."""
    PRODUCT = "product"
    """Its own, by the product's rule (its default months from the replacement day)."""
    NONE = "none"


class Replacement(Base):
    """A unit or a part given in place of a faulty one, with both serials. A unit replacement
    names both units (the faulty one is kept, marked replaced); a part replacement names the
    part line of the ticket that fitted the new part."""

    __tablename__ = "replacements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    faulty_serial: Mapped[str] = mapped_column(String(100))
    replacement_serial: Mapped[str] = mapped_column(String(100))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_lines.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    faulty_asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    replacement_asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Refund(Base):
    """Money given back to the customer for a unit: apart from the payments for the job, so
    that what the job costs and what was paid for it stay true."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PartReturn(Versioned, Base):
    """A faulty part replaced under warranty, on its way to the manufacturer for credit."""

    __tablename__ = "part_returns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    replacement_id: Mapped[int] = mapped_column(ForeignKey("replacements.id", ondelete="CASCADE"), index=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    faulty_serial: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10), default=ClaimStatus.TO_SEND.value, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    """When the claim reached its status (its creation, for one still to send)."""
    status_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


# The claim goes out, then the manufacturer answers; a claim marked by mistake steps back one.
_CLAIM_MOVES: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    ClaimStatus.TO_SEND: frozenset({ClaimStatus.SENT}),
    ClaimStatus.SENT: frozenset({ClaimStatus.CREDITED, ClaimStatus.REFUSED, ClaimStatus.TO_SEND}),
    ClaimStatus.CREDITED: frozenset({ClaimStatus.SENT}),
    ClaimStatus.REFUSED: frozenset({ClaimStatus.SENT}),
}


def claim_moves(current: ClaimStatus | str) -> frozenset[ClaimStatus]:
    return _CLAIM_MOVES[ClaimStatus(current)]


def check_claim_move(current: ClaimStatus | str, target: ClaimStatus | str) -> ClaimStatus:
    """`target` if a claim in `current` may move there; ValidationError otherwise."""
    source, destination = ClaimStatus(current), ClaimStatus(target)
    if destination not in _CLAIM_MOVES[source]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A claim cannot move from “{source}” to “{target}”."),
            source=label(source), target=label(destination))
    return destination


_RANK = [Resolution.REPAIRED, Resolution.PART_REPLACED, Resolution.UNIT_REPLACED, Resolution.REFUNDED]


def stronger(recorded: str | None, new: Resolution) -> Resolution:
    """The ticket's resolution once `new` happened too: money back outweighs a new unit, which
    outweighs a new part (a job whose part was replaced and then the unit ended with a unit)."""
    if recorded is None:
        return new
    return max(Resolution(recorded), new, key=_RANK.index)


def resolution_of(session: Session, ticket_id: int) -> str | None:
    """The resolution a ticket's replacements and refunds add up to (None: neither)."""
    found: Resolution | None = None
    if session.scalar(select(Refund.id).where(Refund.ticket_id == ticket_id).limit(1)) is not None:
        found = Resolution.REFUNDED
    for kind in session.scalars(select(Replacement.kind).where(Replacement.ticket_id == ticket_id)):
        found = stronger(found, Resolution.UNIT_REPLACED if kind == ReplacementKind.UNIT.value
                         else Resolution.PART_REPLACED)
    return found.value if found else None


def ended_as(recorded: str | None, kind: str, status: str) -> Resolution | None:
    """The resolution a ticket shows: the one recorded, else `repaired` for a repair job that
    ended (delivered or closed), else None (still open, or not a repair)."""
    if recorded is not None:
        return Resolution(recorded)
    if kind == TicketKind.REPAIR.value and status in (TicketStatus.DELIVERED.value, TicketStatus.CLOSED.value):
        return Resolution.REPAIRED
    return None


def resolution_label(value: Resolution | str) -> Label:
    return label(Resolution(value))


class RemainingWarranty(NamedTuple):
    """What a replacement unit can inherit from the faulty one on the replacement day."""

    start: date | None
    end: date | None
    """The inherited period (both ends covered); None when nothing is left to inherit."""
    left: Coverage
    """The faulty unit's warranty decision that day: why nothing is left (void, expired, none)."""

    @property
    def inheritable(self) -> bool:
        return self.end is not None


def remaining_warranty(warranties: Iterable[WarrantyTerms], on: date) -> RemainingWarranty:
    """The one rule of inheritance: a replacement made on `on` inherits the faulty unit's
    running warranty from `on` to that warranty's end. A voided, expired or missing warranty
    leaves nothing (a contract covers the units it lists, and is not inherited)."""
    decision = decide_coverage(warranties, [], on)
    if decision.kind is CoverageKind.WARRANTY:
        return RemainingWarranty(on, decision.until, decision)
    return RemainingWarranty(None, None, decision)
