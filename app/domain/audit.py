"""The audit trail: who created, changed or deleted which business record, when, and its
values before and after. Written only by app.store.audit, never edited or deleted (the
database refuses both, see migration 0008)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    """The account that acted; no foreign key, so that the trail outlives anything."""
    user_name: Mapped[str] = mapped_column(String(100), default="")
    """Its user name when it acted."""
    action: Mapped[str] = mapped_column(String(10))
    """create, update or delete."""
    record_type: Mapped[str] = mapped_column(String(40))
    """The record's table: customers, tickets, parts, ..."""
    record_id: Mapped[int | None] = mapped_column(Integer)
    """None for many records written at once (an import's batch: `changes` lists their ids)."""
    changes: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: a new record's values, a deleted one's last values, or {field: [before, after]}."""
