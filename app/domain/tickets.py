"""Service requests, their history and their parts and labour."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Hundredths, Timestamped, UTCDateTime, Versioned, utcnow
from app.domain.kinds import Channel, Priority, TicketKind
from app.domain.workflow import TicketStatus

if TYPE_CHECKING:
    from app.domain.contracts import Contract
    from app.domain.people import Customer, User
    from app.domain.units import Asset, Warranty


class Ticket(Versioned, Base):
    """One service request (job). `coverage*` is the coverage decision taken at intake.

    `search_norm` folds the number, the customer's name and mobile and the serial into one
    column so that the tickets list filters with a single indexed-order scan.
    """

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_opened", "status", "opened_at"),
        # Covers the tickets list: newest first, filtered by the search column, without
        # reading whole rows for tickets that do not match.
        Index("ix_tickets_opened_search", "opened_at", "id", "search_norm"),
        # Covers the monthly report's customers retained and lost: each customer's jobs in
        # order, read from the index alone.
        Index("ix_tickets_customer_opened", "customer_id", "opened_at"),
        # The month's deliveries, and the backlog counted from the index alone (handed back
        # before a moment, received before it).
        Index("ix_tickets_delivered_opened", "delivered_at", "opened_at"),
        # The month's cancelled jobs, and the ones closed without a delivery before a moment.
        Index("ix_tickets_status_closed", "status", "closed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20), default=Channel.WALK_IN.value)
    kind: Mapped[str] = mapped_column(String(20), default=TicketKind.REPAIR.value)
    priority: Mapped[str] = mapped_column(String(10), default=Priority.NORMAL.value)
    status: Mapped[str] = mapped_column(String(20), default=TicketStatus.RECEIVED.value)
    fault: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str] = mapped_column(Text, default="")
    condition: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    estimate: Mapped[Decimal | None] = mapped_column(Hundredths)
    currency: Mapped[str] = mapped_column(String(3), default="IRR")
    approval: Mapped[str | None] = mapped_column(String(10))
    approval_by: Mapped[str] = mapped_column(String(200), default="")
    approval_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    approval_via: Mapped[str | None] = mapped_column(String(20))
    promised_date: Mapped[date | None] = mapped_column(Date, index=True)
    coverage: Mapped[str] = mapped_column(String(10), default="none")
    coverage_until: Mapped[date | None] = mapped_column(Date)
    coverage_note: Mapped[str] = mapped_column(Text, default="")
    is_rework: Mapped[bool] = mapped_column(Boolean, default=False)
    warranty_id: Mapped[int | None] = mapped_column(ForeignKey("warranties.id"), index=True)
    """The warranty the intake decision rests on."""
    warranty_claim: Mapped[int | None] = mapped_column(Integer)
    """Which of that warranty's claims this job was (above its limit: the job is paid)."""
    repair_warranty_id: Mapped[int | None] = mapped_column(ForeignKey("warranties.id"))
    """A repair warranty running beside the decision's coverage, for the parts it covers."""
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    search_norm: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str | None] = mapped_column(String(20))
    """How the job ended (kinds.Resolution) when a service recorded it; None: not recorded."""

    customer: Mapped[Customer] = relationship()
    asset: Mapped[Asset | None] = relationship()
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    warranty: Mapped[Warranty | None] = relationship(foreign_keys=[warranty_id])
    repair_warranty: Mapped[Warranty | None] = relationship(foreign_keys=[repair_warranty_id])
    contract: Mapped[Contract | None] = relationship()
    lines: Mapped[list[TicketLine]] = relationship(
        back_populates="ticket", order_by="TicketLine.id", cascade="all, delete-orphan"
    )
    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.id", cascade="all, delete-orphan"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="ticket", order_by="Payment.id", cascade="all, delete-orphan"
    )


class TicketLine(Timestamped, Base):
    """A part or a piece of labour on a ticket. The price is frozen when the line is added."""

    __tablename__ = "ticket_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"), index=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    covered: Mapped[bool] = mapped_column(Boolean, default=False)
    coverage_rule: Mapped[str] = mapped_column(String(20), default="charged")
    """Why it is covered or charged (app.domain.coverage.LineRule)."""
    override_reason: Mapped[str] = mapped_column(Text, default="")
    """Why a manager covered or charged it against the rule."""

    ticket: Mapped[Ticket] = relationship(back_populates="lines")

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


class TicketEvent(Base):
    """One entry of the history: a status move, a call, an SMS, a visit, a note, a correction."""

    __tablename__ = "ticket_events"
    __table_args__ = (
        # The monthly report's reopened jobs: the few reopenings, by day, among all the history.
        Index("ix_ticket_events_reopened", "at", sqlite_where=sql_text("to_status = 'reopened'"),
              postgresql_where=sql_text("to_status = 'reopened'")),
        # The corrections (a move taken back among them): a few among all the history, read by job.
        Index("ix_ticket_events_corrections", "ticket_id", sqlite_where=sql_text("kind = 'change'"),
              postgresql_where=sql_text("kind = 'change'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    """None only for the entry that records a customer's deletion (the customer is gone)."""
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    """The unit an entry is about (a correction of the unit, its transfer to another owner)."""
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    ticket: Mapped[Ticket | None] = relationship(back_populates="events")


class Payment(Timestamped, Base):
    """Money the customer paid for a job. `method` and `paid_at` are None when unknown (a
    legacy sheet's "amount received" says neither)."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str | None] = mapped_column(String(20))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    ticket: Mapped[Ticket] = relationship(back_populates="payments")
