"""Annual maintenance contracts (AMC) and periodic service plans."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Hundredths, Versioned

if TYPE_CHECKING:
    from app.domain.people import Customer
    from app.domain.units import Asset

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

    customer: Mapped[Customer] = relationship()
    assets: Mapped[list[Asset]] = relationship(secondary=contract_assets, back_populates="contracts")

    @property
    def visits_left(self) -> int | None:
        """None means the contract does not limit visits."""
        if self.visits_included is None:
            return None
        return max(self.visits_included - self.visits_used, 0)


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
