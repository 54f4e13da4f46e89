"""Sellable models, the physical units customers own, and their warranties."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Timestamped, UTCDateTime, Versioned
from app.domain.kinds import WarrantyKind

if TYPE_CHECKING:
    from app.domain.contracts import Contract
    from app.domain.people import Customer, User


class Product(Timestamped, Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("brand", "model"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(100), default="")
    search_norm: Mapped[str] = mapped_column(String(250), index=True)
    default_warranty_months: Mapped[int] = mapped_column(Integer, default=12)
    maintenance_interval_months: Mapped[int | None] = mapped_column(Integer)


class Asset(Versioned, Base):
    """One physical unit. `serial_norm` is the unit's identity (app.locale.normalize_serial)."""

    __tablename__ = "assets"

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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=WarrantyKind.STANDARD.value)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    terms: Mapped[str] = mapped_column(Text, default="")
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    asset: Mapped[Asset] = relationship(back_populates="warranties")
    voided_by: Mapped[User | None] = relationship()
