"""The workshop clock: how much of the time between two moments the workshop was working on a
job — its working hours on its working days, in the service unit's time zone, without the
region's weekend, the manager's holidays, or the spells the job waited on the customer or on
parts. Pure Python: the report hands it moments it has read."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.services.company import CompanySettings, parse_holidays

Span = tuple[datetime, datetime]
"""From the first moment up to the second (aware)."""


class _Windows:
    """The working windows of a run of days as epoch seconds, with the working seconds before
    each, so that a span's working time is two look-ups rather than a walk over its days;
    grown when a moment outside the run is asked about."""

    MARGIN = timedelta(days=31)

    def __init__(self) -> None:
        self.first: date | None = None
        self.last: date | None = None
        self.low = self.high = 0.0
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.before: list[float] = []

    def covers(self, moment: float) -> bool:
        return self.low <= moment < self.high

    def cover(self, moment: float, zone: ZoneInfo, window: Callable[[date], tuple[float, float] | None]) -> None:
        day = datetime.fromtimestamp(moment, zone).date()
        first = min(day, self.first or day) - self.MARGIN
        last = max(day, self.last or day) + self.MARGIN
        self.first, self.last = first, last
        self.starts, self.ends, self.before = [], [], []
        done = 0.0
        at = first
        while at <= last:
            hours = window(at)
            if hours is not None:
                self.starts.append(hours[0])
                self.ends.append(hours[1])
                self.before.append(done)
                done += hours[1] - hours[0]
            at += timedelta(days=1)
        self.low = datetime.combine(first, time(0), zone).timestamp()
        self.high = datetime.combine(last + timedelta(days=1), time(0), zone).timestamp()


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
    _days: _Windows = field(default_factory=_Windows, init=False, repr=False, compare=False)

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

    def _window(self, day: date) -> tuple[float, float] | None:
        if day.weekday() in self.weekend or day in self.holidays:
            return None
        midnight = datetime.combine(day, time(0), self.zone)
        # aware arithmetic in one zone is wall-clock arithmetic: 09:00 stays 09:00 on a day the offset changes
        return ((midnight + timedelta(minutes=self.opens)).timestamp(),
                (midnight + timedelta(minutes=self.closes)).timestamp())

    def _before(self, moment: float) -> float:
        """Working seconds from the start of the windows read so far up to `moment` (covered)."""
        days = self._days
        i = bisect_right(days.starts, moment) - 1
        if i < 0:
            return 0.0
        return days.before[i] + min(moment, days.ends[i]) - days.starts[i]

    def seconds(self, start: datetime, end: datetime, pauses: Sequence[Span] = ()) -> int:
        """Working seconds from `start` to `end` (0 when `end` is not after `start`), not
        counting any moment inside one of `pauses`."""
        (worked,) = self.laps(start.timestamp(), [end.timestamp()],
                              merged([(low.timestamp(), high.timestamp()) for low, high in pauses]))
        return worked or 0

    def laps(self, start: float, ends: Sequence[float | None],
             pauses: Sequence[tuple[float, float]] = ()) -> list[int | None]:
        """Working seconds from `start` to each of `ends` (epoch seconds; None stays None, an
        end before the start is 0), not counting the `pauses` (epoch spans that do not
        overlap, as `merged` makes them): one job's laps at the cost of a few look-ups each."""
        known = [end for end in ends if end is not None]
        if not known:
            return [None] * len(ends)
        # grown before any look-up: every look-up counts from the same first window
        for moment in (start, max(known)):
            if not self._days.covers(moment):
                self._days.cover(moment, self.zone, self._window)
        before = self._before
        origin = before(start)
        worked: list[int | None] = []
        for end in ends:
            if end is None or end <= start:
                worked.append(None if end is None else 0)
                continue
            total = before(end) - origin
            for low, high in pauses:
                low, high = max(low, start), min(high, end)
                if low < high:
                    total -= before(high) - before(low)
            worked.append(round(total))
        return worked


def merged(spans: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The same moments as `spans`, as spans that do not overlap, in order."""
    out: list[tuple[float, float]] = []
    for low, high in sorted(spans):
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def calendar_seconds(start: datetime, end: datetime) -> int:
    """Seconds from `start` to `end` as any clock on the wall counts them (0 when not after)."""
    return max(0, int((end - start).total_seconds()))
