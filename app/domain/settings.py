"""Company-wide settings: one row per key, its value kept as JSON text.

Which keys exist, their defaults and their types are declared by the service that owns
them (app/services/company.py); a key that no service knows is left alone.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.domain.base import Base, UTCDateTime, utcnow


class Setting(Base):
    """A saved value; a key with no row has its declared default. `version` guards edits."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}
