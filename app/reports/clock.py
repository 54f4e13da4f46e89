"""The workshop clock: how much of the time between two moments the workshop was working on a
job — its working hours on its working days, in the service unit's time zone, without the
region's weekend, the manager's holidays, or the spells the job waited on the customer or on
parts. Pure Python: the report hands it moments it has read."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.services.company import CompanySettings, parse_holidays

Span = tuple[datetime, datetime]
"""From the first moment up to the second (UTC-aware)."""


@dataclass(frozen=True)
class WorkshopClock:
    zone: ZoneInfo
    weekend: frozenset[int]
    """date.weekday() numbers of the days off every week (Iran 4; Saudi Arabia 4 and 5)."""
    holidays: frozenset[date]
    opens: int
    """Minutes after midnight the workshop opens on a working day."""
    closes: int
    """Minutes after midnight it closes (after `opens`)."""

    @classmethod
    def of(cls, settings: CompanySettings, zone: ZoneInfo, weekend: frozenset[int]) -> WorkshopClock | None:
        """The company's clock; None when its saved hours or holidays cannot be read (a span
        that ends before it starts, a holiday that is no date): then no workshop time is known."""
        if settings.workshop_hours_end <= settings.workshop_hours_start:
            return None
        try:
            holidays = parse_holidays(settings.workshop_holidays)
        except ValidationError:
            return None
        return cls(zone, frozenset(weekend), holidays, settings.workshop_hours_start, settings.workshop_hours_end)

    def _working_day(self, day: date) -> Span | None:
        if day.weekday() in self.weekend or day in self.holidays:
            return None

        def moment(minutes: int) -> datetime:
            # aware arithmetic in one zone is wall-clock arithmetic: 09:00 stays 09:00 on a day the offset changes
            return (datetime.combine(day, time(0), self.zone) + timedelta(minutes=minutes)).astimezone(UTC)

        return moment(self.opens), moment(self.closes)

    def _open_spans(self, start: datetime, end: datetime) -> Iterable[Span]:
        day, last = start.astimezone(self.zone).date(), end.astimezone(self.zone).date()
        while day <= last:
            hours = self._working_day(day)
            if hours is not None:
                low, high = max(hours[0], start), min(hours[1], end)
                if low < high:
                    yield low, high
            day += timedelta(days=1)

    def seconds(self, start: datetime, end: datetime, pauses: Sequence[Span] = ()) -> int:
        """Working seconds from `start` to `end` (0 when `end` is not after `start`), not
        counting any moment inside one of `pauses`."""
        if end <= start:
            return 0
        total = 0
        for low, high in _without(start, end, pauses):
            total += sum(int((b - a).total_seconds()) for a, b in self._open_spans(low, high))
        return total


def _without(start: datetime, end: datetime, pauses: Sequence[Span]) -> list[Span]:
    """The parts of start–end outside every pause."""
    kept: list[Span] = []
    at = start
    for low, high in sorted(pauses):
        if high <= at or low >= end:
            continue
        if low > at:
            kept.append((at, low))
        at = max(at, high)
        if at >= end:
            return kept
    kept.append((at, end))
    return kept


def calendar_seconds(start: datetime, end: datetime) -> int:
    """Seconds from `start` to `end` as any clock on the wall counts them (0 when not after)."""
    return max(0, int((end - start).total_seconds()))
