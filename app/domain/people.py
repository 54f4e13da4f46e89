"""Customers and the staff who serve them."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Timestamped, UTCDateTime, Versioned
from app.domain.kinds import Role

if TYPE_CHECKING:
    from app.domain.units import Asset


class User(Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default=Role.CLERK.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    """argon2 (app.services.accounts); None: the person does not sign in (a technician named on jobs)."""
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """After repeated wrong passwords the account waits until then."""
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Customer(Versioned, Base):
    """A person or company. The mobile is what a clerk types first.

    `name`, `phone` are kept as typed; `name_norm`, `mobile_key`, `phone_key` are their
    search folds (app.locale), and `mobile` is the canonical E.164 form.
    """

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_norm: Mapped[str] = mapped_column(String(200), index=True)
    mobile: Mapped[str | None] = mapped_column(String(20), index=True, unique=True)
    """Unique (migration 0010): the database, not only the services, keeps two customers
    from sharing one, so two clerks saving the same new mobile at once make one customer."""
    mobile_key: Mapped[str] = mapped_column(String(20), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_key: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    national_id: Mapped[str] = mapped_column(String(20), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    """The company or organisation the customer is, or acts for."""
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    is_company: Mapped[bool] = mapped_column(Boolean, default=False)
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    representative_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set when the customer is archived: kept with their history, left out of lists and search."""
    language: Mapped[str | None] = mapped_column(String(2))
    """The language messages to the customer are written in (fa, ar, en); None: nobody has
    said, and a message goes in the language of the desk that writes it."""

    representative: Mapped[User | None] = relationship()
    assets: Mapped[list[Asset]] = relationship(back_populates="customer")
