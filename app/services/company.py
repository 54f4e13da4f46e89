"""The company's own details, document choices (job cards, receipts, reports) and the calendar
its periods are counted in: one set shared by every desk, kept in the database's settings table.

Each detail is declared once below, with its stored key, its default and its limits: free
text (with a length), one of a few choices, or a whole number in a range. A detail nobody has
saved (or whose stored value is unreadable or out of its limits) reads as its default;
saving writes only the details that differ from what was read, so one still at its default
gets no row, and never touches keys it does not know.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.permissions import Action
from app.domain.settings import Setting
from app.errors import Conflict, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import Calendar
from app.locale.text import tidy, to_ascii_digits

if TYPE_CHECKING:  # the desk reads the period calendar from here when it opens
    from app.services.desk import Desk

LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
"""How PNG and JPEG files begin: a logo must be one of them."""
PAPER_SIZES = ("A5", "A4")
REPAIR_WARRANTY_DAYS = (0, 3650)
"""The fewest and most days a receipt may guarantee a repair for (0: no such promise)."""
REMIND_DAYS_AHEAD = (0, 60)
"""The fewest and most days ahead a periodic service may be reminded of."""
DAY_MINUTES = 24 * 60
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class WorkshopCopy(StrEnum):
    """Where the job card's second copy, the one that stays with the unit, is printed."""

    NONE = "none"
    SAME_PAGE = "same_page"
    """Below the customer's copy with a cut line between, when both fit on one page."""
    NEXT_PAGE = "next_page"


class PeriodCalendar(StrEnum):
    """The calendar whose months count warranties, contracts and periodic-service intervals."""

    REGION = "region"
    """The region's legal calendar (`REGION_PERIOD_CALENDAR`), whatever calendar the desk shows."""
    JALALI = Calendar.JALALI.value
    GREGORIAN = Calendar.GREGORIAN.value
    HIJRI = Calendar.HIJRI.value


REGION_PERIOD_CALENDAR = {"IR": Calendar.JALALI, "SA": Calendar.GREGORIAN}
"""The calendar a period is counted in by law and trade: Jalali months in Iran, Gregorian
months in Saudi Arabia (commercial documents and invoices there are dated Gregorian)."""


def period_calendar_for(choice: str, region: str) -> Calendar:
    """The calendar periods are counted in: the company's `choice` (a PeriodCalendar value),
    where "region" means the legal calendar of the desk's `region` (Gregorian where unknown)."""
    if choice in set(Calendar):
        return Calendar(choice)
    return REGION_PERIOD_CALENDAR.get(region, Calendar.GREGORIAN)


def _detail(key: str, max_length: int, *, lines: bool = False, default: str = "") -> Any:
    return field(default=default, metadata={"key": key, "max_length": max_length, "lines": lines})


def _choice(key: str, choices: tuple[str, ...], default: str) -> Any:
    return field(default=default, metadata={"key": key, "choices": choices})


def _whole_number(key: str, low: int, high: int, default: int) -> Any:
    return field(default=default, metadata={"key": key, "range": (low, high)})


@dataclass(frozen=True)
class CompanySettings:
    """What documents print about the company, and how. The defaults are what a new database reads."""

    name: str = _detail("company.name", 200)
    address: str = _detail("company.address", 500, lines=True)
    phone: str = _detail("company.phone", 100)
    logo_path: str = _detail("company.logo_path", 1000)
    terms: str = _detail("company.terms", 4000, lines=True)
    """The terms printed at the foot of the job card."""
    page_size: str = _choice("documents.page_size", PAPER_SIZES, "A5")
    """The paper job cards and receipts are printed on."""
    workshop_copy: str = _choice("documents.workshop_copy", tuple(WorkshopCopy), WorkshopCopy.NEXT_PAGE.value)
    repair_warranty_days: int = _whole_number("documents.repair_warranty_days", *REPAIR_WARRANTY_DAYS, 90)
    """How long the receipt guarantees the repair itself; 0 prints no such promise."""
    period_calendar: str = _choice("periods.calendar", tuple(PeriodCalendar), PeriodCalendar.REGION.value)
    """The calendar whose months count every warranty, extension, contract and service interval
    (see `period_calendar_for`). One choice for the whole company, so that two desks never
    give the same warranty different ends; ends already saved do not move when it changes."""
    void_reasons: str = _detail("warranties.void_reasons", 2000, lines=True)
    """The usual reasons a warranty is voided, one a line, offered when a manager voids one;
    empty: the reasons Khedmat comes with, in the reader's language."""
    remind_days_ahead: int = _whole_number("periodic.remind_days_ahead", *REMIND_DAYS_AHEAD, 7)
    """How many days before a periodic service is due it is listed as due (app.services.periodic)."""
    followup_after_days: int = _whole_number("followups.after_days", 0, 365, 3)
    """How many days after a delivery its satisfaction call is due."""
    followup_share: int = _whole_number("followups.share_percent", 0, 100, 100)
    """The percentage of delivered tickets that get a satisfaction call (see
    app.services.followups.sampled: the same tickets whenever it is asked)."""
    followup_attempts: int = _whole_number("followups.attempts", 1, 20, 3)
    """How many tries at a call before it is closed as not reached."""
    complaint_categories: str = _detail("complaints.categories", 2000, lines=True)
    """The kinds of complaint a clerk files one under, one a line; empty: the categories
    Khedmat comes with, in the reader's language."""
    workshop_hours_start: int = _whole_number("workshop.hours_start", 0, DAY_MINUTES - 1, 9 * 60)
    """When the workshop opens on a working day, in minutes after midnight (09:00)."""
    workshop_hours_end: int = _whole_number("workshop.hours_end", 1, DAY_MINUTES - 1, 18 * 60)
    """When it closes, in minutes after midnight (18:00); after it opens."""
    workshop_holidays: str = _detail("workshop.holidays", 8000, lines=True)
    """The days the workshop is closed besides the weekend, ISO dates one a line (see
    `parse_holidays`); the report's workshop clock does not count them."""
    version_token: str = field(default="", compare=False)
    """What was saved when these were read; hand it back to `save_company_settings`."""

    def reasons_to_void(self) -> list[str]:
        """The company's own reasons a warranty is voided (none: use the built-in ones)."""
        return [line.strip() for line in self.void_reasons.splitlines() if line.strip()]

    def categories_of_complaints(self) -> list[str]:
        """The company's own complaint categories (none: use the built-in ones)."""
        return [line.strip() for line in self.complaint_categories.splitlines() if line.strip()]


def parse_holidays(text: str) -> frozenset[date]:
    """The holidays written one a line as ISO dates (2025-03-21, in any digits); blank lines
    are nothing. A line that is not a date is refused, naming it, rather than skipped: a
    holiday silently lost would count a closed day as a working one."""
    days = set()
    for line in text.splitlines():
        written = to_ascii_digits(line).strip()
        if not written:
            continue
        try:
            if not _ISO_DAY.fullmatch(written):
                raise ValueError(written)
            days.add(date.fromisoformat(written))
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{line}” is not a date; write each holiday as "
                                                              "year-month-day, one a line."),
                                  field="workshop_holidays", line=line.strip()) from None
    return frozenset(days)


DETAILS = tuple(f for f in fields(CompanySettings) if "key" in f.metadata)
KEYS = tuple(f.metadata["key"] for f in DETAILS)
_UNREADABLE = object()


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return _UNREADABLE


def _fits(detail: Field[Any], value: Any) -> bool:
    """Whether a stored value is one its detail can hold."""
    if "choices" in detail.metadata:
        return isinstance(value, str) and value in detail.metadata["choices"]
    if "range" in detail.metadata:
        low, high = detail.metadata["range"]
        return type(value) is int and low <= value <= high  # a stored true is no number
    return isinstance(value, str)


def _stored(session: Session) -> dict[str, Setting]:
    return {row.key: row for row in session.scalars(select(Setting).where(Setting.key.in_(KEYS)))}


def _token(rows: dict[str, Setting]) -> str:
    return ";".join(f"{key}={rows[key].version}" for key in sorted(rows))


def _settings_of(rows: dict[str, Setting]) -> CompanySettings:
    values: dict[str, Any] = {}
    for detail in DETAILS:
        row = rows.get(detail.metadata["key"])
        value = _decode(row.value) if row is not None else None
        if _fits(detail, value):  # anything else (a damaged or foreign value) reads as the default
            values[detail.name] = value
    return CompanySettings(**values, version_token=_token(rows))


def company_settings(desk: Desk) -> CompanySettings:
    """The company's details as saved, with the default for each one never saved."""
    with desk.store.read() as session:
        return read_company_settings(session)


def read_company_settings(session: Session) -> CompanySettings:
    """`company_settings` inside a transaction already open (the desk reads them as it opens)."""
    return _settings_of(_stored(session))


def _clean_text(value: str, lines: bool) -> str:
    if not lines:
        return tidy(value)
    kept = [" ".join(line.split()) for line in value.splitlines()]
    return "\n".join(kept).strip("\n")


def check_logo(path: str) -> None:
    """Refuse a logo that is not a readable PNG or JPEG file (judged by its first bytes)."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo file was not found."), field="logo")
    try:
        with file.open("rb") as f:
            head = f.read(max(len(magic) for magic in LOGO_MAGIC))
    except OSError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo file cannot be read."), field="logo") from None
    if not head.startswith(LOGO_MAGIC):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo must be a PNG or JPEG image."), field="logo")


def _clean(detail: Field[Any], value: Any, digits: Callable[[int], str]) -> Any:
    """A detail's value as it would be stored, or a ValidationError naming its field."""
    where = "logo" if detail.name == "logo_path" else detail.name
    if "choices" in detail.metadata:
        if value not in detail.metadata["choices"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values."), field=where)
        return str(value)
    if "range" in detail.metadata:
        low, high = detail.metadata["range"]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a whole number from {low} to {high}."),
                                  field=where, low=digits(low), high=digits(high))
        return value
    text = _clean_text(value or "", detail.metadata["lines"])
    if len(text) > detail.metadata["max_length"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is too long: at most {count} characters."),
                              field=where, count=digits(detail.metadata["max_length"]))
    return text


def validated(settings: CompanySettings, digits: Callable[[int], str] = str) -> CompanySettings:
    """The details as they would be stored (whitespace tidied), or a ValidationError naming
    the field: name, address, phone, logo, terms, page_size, workshop_copy,
    repair_warranty_days, period_calendar, remind_days_ahead, void_reasons, followup_after_days,
    followup_share, followup_attempts, complaint_categories, workshop_hours_start, workshop_hours_end or
    workshop_holidays. `digits` writes numbers in messages; holidays are stored sorted, each once."""
    values = {detail.name: _clean(detail, getattr(settings, detail.name), digits) for detail in DETAILS}
    if values["logo_path"]:
        check_logo(values["logo_path"])
    if values["workshop_hours_end"] <= values["workshop_hours_start"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The workshop must close after it opens."),
                              field="workshop_hours_end")
    holidays = parse_holidays(values["workshop_holidays"])
    values["workshop_holidays"] = "\n".join(day.isoformat() for day in sorted(holidays))
    return replace(settings, **values)


def save_shop_details(desk: Desk, name: str, address: str, phone: str) -> CompanySettings:
    """Save the shop's name, address and phone (what the first start asks; a manager's job),
    keeping every other detail as saved. The name is required here: it heads every job card
    and receipt. Raises ValidationError naming name, address or phone."""
    if not tidy(name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the name of the shop or company: it heads "
                                                          "every job card and receipt."), field="name")
    current = company_settings(desk)
    return save_company_settings(desk, replace(current, name=name, address=address, phone=phone),
                                 current.version_token)


def save_company_settings(desk: Desk, settings: CompanySettings, version_token: str) -> CompanySettings:
    """Save the company's details (a manager's job) in one transaction, provided nobody saved
    them since they were read with `version_token`; returns them as now saved. The saving desk
    counts periods in the saved calendar at once; other desks do from when they open."""
    desk.require(Action.COMPANY_SETTINGS)
    clean = validated(settings, desk.locale.digits)
    try:
        with desk.store.write() as session:
            rows = _stored(session)
            if _token(rows) != version_token:
                raise Conflict.stale()
            current = _settings_of(rows)
            for detail in DETAILS:
                key, value = detail.metadata["key"], getattr(clean, detail.name)
                if value == getattr(current, detail.name):
                    continue
                row = rows.get(key)
                if row is None:
                    session.add(Setting(key=key, value=_encode(value)))
                else:
                    row.value = _encode(value)
            session.flush()
            saved = _settings_of(_stored(session))
    except IntegrityError as error:  # another desk saved a first value for the same key meanwhile
        raise Conflict.stale() from error
    desk.periods = saved.period_calendar
    return saved
