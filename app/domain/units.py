"""Sellable models, the physical units customers own, and their warranties."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Hundredths, Timestamped, UTCDateTime, Versioned
from app.domain.kinds import WarrantyKind

if TYPE_CHECKING:
    from app.domain.contracts import Contract
    from app.domain.parts import Part
    from app.domain.people import Customer, User
    from app.domain.tickets import Ticket


class Product(Timestamped, Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("brand", "model"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(100), default="")
    search_norm: Mapped[str] = mapped_column(String(250), index=True)
    default_warranty_months: Mapped[int | None] = mapped_column(Integer)
    """None: the product sets no warranty of its own (its category's rule, else the clerk's)."""
    maintenance_interval_months: Mapped[int | None] = mapped_column(Integer)
    warranty_claim_limit: Mapped[int | None] = mapped_column(Integer)
    """How many jobs its warranty pays for; None: the category's limit, else no limit."""


class CategoryRule(Versioned, Base):
    """The warranty a category of products gets when a product sets none of its own."""

    __tablename__ = "category_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(100), unique=True)
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    claim_limit: Mapped[int | None] = mapped_column(Integer)


class Asset(Versioned, Base):
    """One physical unit. `serial_norm` is the unit's identity (app.locale.normalize_serial)."""

    __tablename__ = "assets"
    __table_args__ = (
        # The lists leave archived units out: the few archived among all the units, found at once.
        Index("ix_assets_archived", "id", sqlite_where=sql_text("archived_at IS NOT NULL"),
              postgresql_where=sql_text("archived_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(100))
    serial_norm: Mapped[str] = mapped_column(String(100), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    purchase_date: Mapped[date | None] = mapped_column(Date)
    seller: Mapped[str] = mapped_column(String(200), default="")
    invoice_no: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set when the unit is archived: kept with its history, left out of lists and search."""
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    """The unit given to the customer in this one's place (kept, never deleted, for its history)."""

    product: Mapped[Product] = relationship()
    customer: Mapped[Customer | None] = relationship(back_populates="assets")
    warranties: Mapped[list[Warranty]] = relationship(
        back_populates="asset", order_by="Warranty.start_date"
    )
    contracts: Mapped[list[Contract]] = relationship(
        secondary="contract_assets", back_populates="assets"
    )


class Warranty(Versioned, Base):
    __tablename__ = "warranties"
    # Covers the monthly report's warranties ending in a month, counted from the index alone.
    __table_args__ = (Index("ix_warranties_ending", "end_date", "voided_on", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=WarrantyKind.STANDARD.value)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    terms: Mapped[str] = mapped_column(Text, default="")
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    rule: Mapped[str] = mapped_column(String(10), default="")
    """Where a standard warranty's length came from: 'product', 'category', or '' (typed)."""
    claim_limit: Mapped[int | None] = mapped_column(Integer)
    claims_used: Mapped[int] = mapped_column(Integer, default=0)
    """Jobs it has paid for; counted at intake as a contract counts its visits."""
    price: Mapped[Decimal | None] = mapped_column(Hundredths)
    """What the customer paid for an extended warranty."""
    sold_on: Mapped[date | None] = mapped_column(Date)
    # use_alter: tickets refer to warranties too, and the two tables are made one after the other.
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", use_alter=True), index=True)
    """The repair a repair warranty warrants."""

    asset: Mapped[Asset] = relationship(back_populates="warranties")
    voided_by: Mapped[User | None] = relationship()
    ticket: Mapped[Ticket | None] = relationship(foreign_keys=[ticket_id])
    parts: Mapped[list[Part]] = relationship(secondary="warranty_parts")
    """The parts a repair warranty covers (those that repair fitted)."""

    @property
    def ticket_number(self) -> str:
        return self.ticket.number if self.ticket is not None else ""

    @property
    def part_ids(self) -> frozenset[int]:
        return frozenset(p.id for p in self.parts)


warranty_parts = Table(
    "warranty_parts", Base.metadata,
    Column("warranty_id", ForeignKey("warranties.id", ondelete="CASCADE"), primary_key=True),
    Column("part_id", ForeignKey("parts.id"), primary_key=True),
)
