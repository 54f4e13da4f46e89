"""The monthly report as data: its sections, each with figures beside the months they are
compared with, tables and charts. The PDF, the workbook and the Reports screen all show
this one structure, so the three never disagree.

Words are catalogue entries (context REPORT) carried untranslated; `Label` cells are
translated where shown, plain `str` cells are the records' own text (a product's name).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.month import ReportMonth
from app.services.company import CompanySettings

REPORT = "Report"
"""The catalogue context of the report's words."""


class Format(StrEnum):
    """How a value is written: the PDF, the workbook and the screen each follow it."""

    COUNT = "count"
    """A whole number."""
    MONEY = "money"
    """A Decimal amount in the desk's currency."""
    PERCENT = "percent"
    """A Decimal share in percent (45.5 is 45.5 %)."""
    HOURS = "hours"
    """A Decimal number of hours."""
    DAYS = "days"
    """A Decimal number of days."""
    SCORE = "score"
    """A Decimal such as an average satisfaction score, two places."""
    DATE = "date"
    """A `date`, shown in the report's calendar."""
    TEXT = "text"
    """A `str` (the records' own text) or a `Label` (translated)."""


Value: TypeAlias = int | Decimal | date | str | Label | None
"""None is "not known" or "does not apply" (an average of no answers): shown as a dash, never as 0."""


@dataclass(frozen=True)
class Months:
    """The month reported on and the two it is compared with."""

    current: ReportMonth
    previous: ReportMonth
    year_before: ReportMonth

    def each(self) -> tuple[ReportMonth, ReportMonth, ReportMonth]:
        return self.current, self.previous, self.year_before


@dataclass(frozen=True)
class Figure:
    """One line of a section: the month's value, the previous month's, the same month a year before."""

    label: str
    """A REPORT catalogue source."""
    format: Format
    values: tuple[Value, Value, Value]
    definition: str = ""
    """The KPI's definition in a sentence (a REPORT source), printed under the section."""
    params: dict[str, Value] = field(default_factory=dict)
    """Filled into `label` where it has {placeholders} (a technician's name)."""


@dataclass(frozen=True)
class Column:
    heading: str
    """A REPORT catalogue source."""
    format: Format


@dataclass(frozen=True)
class Table:
    """A list for the month alone (the top parts, each technician), in its rows' order."""

    title: str
    """A REPORT catalogue source."""
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    empty: str = QT_TRANSLATE_NOOP("Report", "Nothing this month.")
    """What is written instead of an empty table (a REPORT source)."""


class ChartKind(StrEnum):
    BARS = "bars"
    """Vertical bars, one per label, in the labels' order (days of the month, score 1–5)."""
    PIE = "pie"
    """Shares of a whole (the status mix)."""


@dataclass(frozen=True)
class Chart:
    title: str
    """A REPORT catalogue source."""
    kind: ChartKind
    labels: tuple[Value, ...]
    """Each bar's or slice's name: a Label, a str, or an int written in the report's digits."""
    values: tuple[int | Decimal, ...]
    format: Format = Format.COUNT


@dataclass(frozen=True)
class Section:
    key: str
    """Stable: the workbook's sheet order and the tests find a section by it."""
    title: str
    """A REPORT catalogue source."""
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    note: str = ""
    """A REPORT source printed under the section (what it does not count, and why)."""


@dataclass(frozen=True)
class Scope:
    """What a section reads its figures for: the months, and the service unit's clock."""

    months: Months
    zone: ZoneInfo
    """The service unit's time zone: a day is its day."""
    weekend: frozenset[int]
    """The region's days off (date.weekday() numbers: Iran 4, Saudi Arabia 4 and 5)."""
    settings: CompanySettings
    """The company's settings as read with the figures (holidays, working hours, …)."""


SectionBuilder = Callable[[Session, Scope], Section]
"""Reads one section's figures for the three months inside one read transaction."""


@dataclass(frozen=True)
class MonthlyReport:
    months: Months
    made_at: datetime
    sections: tuple[Section, ...]
    seconds: dict[str, float]
    """How long each section took to read, by key (the benchmark prints it)."""

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def compared(label: str, fmt: Format, values: Sequence[Value], definition: str = "",
             **params: Value) -> Figure:
    """A Figure from the three months' values in Months.each() order."""
    current, previous, year_before = values
    return Figure(label, fmt, (current, previous, year_before), definition, dict(params))


Progress = Callable[[int, int], bool]
"""Told (sections done, sections in all); returning False stops the report."""


class ReportStopped(Exception):
    """The manager stopped the report while it was being read; nothing was written."""


def read_report(session: Session, scope: Scope, builders: Sequence[SectionBuilder],
                now: datetime, progress: Progress | None = None) -> MonthlyReport:
    """Every section of the report, read in `session` (one snapshot, so the figures agree)."""
    sections: list[Section] = []
    seconds: dict[str, float] = {}
    for done, build in enumerate(builders):
        if progress is not None and not progress(done, len(builders)):
            raise ReportStopped
        started = time.perf_counter()
        section = build(session, scope)
        seconds[section.key] = time.perf_counter() - started
        sections.append(section)
    if progress is not None:
        progress(len(builders), len(builders))
    return MonthlyReport(scope.months, now, tuple(sections), seconds)
