"""Annual maintenance contracts (AMC), their visits, and periodic service plans."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, Protocol

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Hundredths, Timestamped, Versioned
from app.domain.kinds import TicketKind
from app.i18n import QT_TRANSLATE_NOOP, Label

if TYPE_CHECKING:
    from app.domain.people import Customer, User
    from app.domain.tickets import Ticket
    from app.domain.units import Asset

CONTRACT_STATUS_CONTEXT = "ContractStatus"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    """Saved but not signed: it covers nothing until a manager signs it."""
    UPCOMING = "upcoming"
    """Signed, and its first day is still to come (a renewal signed ahead)."""
    ACTIVE = "active"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


CONTRACT_STATUS_LABELS: dict[ContractStatus, str] = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("ContractStatus", "Draft (not signed)"),
    ContractStatus.UPCOMING: QT_TRANSLATE_NOOP("ContractStatus", "Signed, not started yet"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("ContractStatus", "Active"),
    ContractStatus.EXPIRED: QT_TRANSLATE_NOOP("ContractStatus", "Expired"),
    ContractStatus.CANCELLED: QT_TRANSLATE_NOOP("ContractStatus", "Cancelled"),
}


def contract_status_label(status: ContractStatus | str) -> Label:
    return Label(CONTRACT_STATUS_CONTEXT, CONTRACT_STATUS_LABELS[ContractStatus(status)])


class ContractDates(Protocol):
    draft: bool | None
    start_date: date
    end_date: date
    cancelled_on: date | None


class ContractDays(NamedTuple):
    """What a contract's status rests on, without its record (a row of the contracts list)."""

    draft: bool
    start_date: date
    end_date: date
    cancelled_on: date | None


def contract_status(contract: ContractDates, on: date) -> ContractStatus:
    """The contract's status on day `on`, the one rule the window, the list and the services
    show: a draft stays a draft whatever its dates; a cancellation counts from its day (a
    contract that ran out before it was cancelled has expired); then its dates decide."""
    if contract.draft:
        return ContractStatus.DRAFT
    cancelled = contract.cancelled_on
    if cancelled is not None and cancelled <= on and cancelled <= contract.end_date:
        return ContractStatus.CANCELLED
    if contract.end_date < on:
        return ContractStatus.EXPIRED
    if on < contract.start_date:
        return ContractStatus.UPCOMING
    return ContractStatus.ACTIVE


VISIT_KINDS: frozenset[TicketKind] = frozenset({TicketKind.REPAIR, TicketKind.PERIODIC_SERVICE})
"""The jobs a contract's visit is used for; an inquiry, an installation or a complaint on a
unit under contract is recorded under the contract but uses none of its visits."""


def consumes_visit(kind: TicketKind | str) -> bool:
    return TicketKind(kind) in VISIT_KINDS

contract_assets = Table(
    "contract_assets",
    Base.metadata,
    Column("contract_id", ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True),
    Column("asset_id", ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Contract(Versioned, Base):
    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    price: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="IRR")
    visits_included: Mapped[int | None] = mapped_column(Integer)
    visits_used: Mapped[int] = mapped_column(Integer, default=0)
    response_hours: Mapped[int | None] = mapped_column(Integer)
    terms: Mapped[str] = mapped_column(Text, default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    """The first day the contract no longer covers."""
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    """Saved but not signed: a draft covers nothing (app.domain.coverage ignores it)."""
    parts_included: Mapped[bool] = mapped_column(Boolean, default=True)
    """Whether the price pays for the parts fitted, or only for the visits and labour."""
    renewal_of_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    """The contract this one renews (app.services.contracts.renew_contract)."""

    customer: Mapped[Customer] = relationship()
    assets: Mapped[list[Asset]] = relationship(secondary=contract_assets, back_populates="contracts")

    @property
    def visits_left(self) -> int | None:
        """None means the contract does not limit visits."""
        if self.visits_included is None:
            return None
        return max(self.visits_included - self.visits_used, 0)


class ContractVisit(Timestamped, Base):
    """One visit a contract paid for: a job on one of its units (`ticket`) or an on-site visit
    a manager recorded by hand. `Contract.visits_used` counts them, kept by the one function
    that adds and removes them (app.services.contracts.settle_visit), so the coverage lookup
    reads a number and counts no rows."""

    __tablename__ = "contract_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contract: Mapped[Contract] = relationship()
    ticket: Mapped[Ticket | None] = relationship()
    technician: Mapped[User | None] = relationship()


class MaintenancePlan(Versioned, Base):
    """The periodic service of one unit: by its product's interval (`contract_id` None), or
    the visits a contract includes (`interval_months` None), spread over its period
    (app.services.periodic). `next_due` None with the plan active: the date is unknown
    (a unit whose purchase date nobody recorded and that had no periodic service yet)."""

    __tablename__ = "maintenance_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    interval_months: Mapped[int | None] = mapped_column(Integer)
    next_due: Mapped[date | None] = mapped_column(Date, index=True)
    last_done: Mapped[date | None] = mapped_column(Date)
    visits_done: Mapped[int] = mapped_column(Integer, default=0)
    """Periodic services delivered under this plan: for a contract, which of its planned visits is next."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    asset: Mapped[Asset | None] = relationship()
    contract: Mapped[Contract | None] = relationship()
