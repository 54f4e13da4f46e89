"""Document numbers: ticket `1405-0042`, contract `AMC-1405-007`.

Numbers run per series and per numbering year (the year in the unit's calendar), are
unique, and have no gaps even when two clerks save at the same moment.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import Integer, String, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.domain.base import Base


class Series(StrEnum):
    TICKET = "ticket"
    CONTRACT = "contract"


class Counter(Base):
    """The last number handed out in one series and year."""

    __tablename__ = "counters"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


def format_number(series: Series, year: int, sequence: int) -> str:
    if series is Series.CONTRACT:
        return f"AMC-{year}-{sequence:03d}"
    return f"{year}-{sequence:04d}"


def next_number(session: Session, series: Series, year: int) -> str:
    """Take the next number inside the caller's transaction."""
    return next_numbers(session, series, year, 1)[0]


def next_numbers(session: Session, series: Series, year: int, count: int) -> list[str]:
    """Take the next `count` numbers inside the caller's transaction.

    The UPDATE takes the counter row's write lock first, so two clerks saving at once are
    served one after the other; the first number of a year creates the row, and a writer
    that loses that race retries the UPDATE.
    """
    key = (Counter.series == series.value) & (Counter.year == year)
    bump = update(Counter).where(key).values(last=Counter.last + count)
    if session.execute(bump).rowcount == 0:
        try:
            with session.begin_nested():
                session.execute(insert(Counter).values(series=series.value, year=year, last=count))
        except IntegrityError:
            session.execute(bump)
    last = session.execute(select(Counter.last).where(key)).scalar_one()
    return [format_number(series, year, sequence) for sequence in range(last - count + 1, last + 1)]


_OURS = {Series.TICKET: re.compile(r"(\d{4})-(\d{4,})"), Series.CONTRACT: re.compile(r"AMC-(\d{4})-(\d{3,})")}


def keep_ahead_of(session: Session, series: Series, numbers: Iterable[str]) -> None:
    """Move the counters past every number of `series`' shape among `numbers` (numbers that
    came from elsewhere: an import of our own export, a legacy log), so that no number handed
    out later is one of them."""
    highest: dict[int, int] = {}
    for number in numbers:
        if match := _OURS[series].fullmatch(number):
            year, sequence = int(match[1]), int(match[2])
            highest[year] = max(highest.get(year, 0), sequence)
    for year, sequence in highest.items():
        key = (Counter.series == series.value) & (Counter.year == year)
        raised = update(Counter).where(key, Counter.last < sequence).values(last=sequence)
        if session.execute(raised).rowcount == 0 and session.execute(select(Counter.last).where(key)).first() is None:
            session.execute(insert(Counter).values(series=series.value, year=year, last=sequence))
