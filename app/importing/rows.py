"""One data row of a legacy sheet read into the values of the records it makes.

Every column that has a field fills that field; a cell that cannot be read rejects the row
with the column and the reason. Nothing is filled in that the sheet does not say.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Column

from app.domain.coverage import CoverageKind
from app.domain.kinds import Priority, TicketKind
from app.domain.limits import check_length, text_limit
from app.domain.people import Customer, User
from app.domain.tickets import Ticket
from app.domain.units import Asset, Product
from app.domain.workflow import TicketStatus
from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.importing.headers import TICKET_FIELDS, Field, Header
from app.importing.read import CellError, ImportNote, cell_text, column_letter
from app.importing.values import read_moment, read_months, read_status
from app.locale.calendars import to_calendar
from app.locale.money import currency_label, parse_money
from app.locale.phone import InvalidPhone, normalize_mobile, normalize_phone
from app.locale.text import in_desk_letters, normalize_search, to_ascii_digits
from app.services.desk import Desk

# Where each text field is stored: its column's length is the one limit, on every database.
STORED_IN: dict[Field, Column[Any]] = {
    Field.NAME: Customer.__table__.c.name, Field.EMAIL: Customer.__table__.c.email,
    Field.CITY: Customer.__table__.c.city, Field.NATIONAL_ID: Customer.__table__.c.national_id,
    Field.COMPANY: Customer.__table__.c.company, Field.SERIAL: Asset.__table__.c.serial,
    Field.PRODUCT: Product.__table__.c.model, Field.BRAND: Product.__table__.c.brand,
    Field.CATEGORY: Product.__table__.c.category, Field.SELLER: Asset.__table__.c.seller,
    Field.INVOICE_NO: Asset.__table__.c.invoice_no, Field.TICKET_NO: Ticket.__table__.c.number,
    Field.TECHNICIAN: User.__table__.c.full_name,
}

_KINDS = {normalize_search(word): kind for kind, words in {
    TicketKind.REPAIR: ("repair", "تعمیر", "تعمیرات", "اصلاح", "إصلاح", "تصليح", "صيانة"),
    TicketKind.INSTALLATION: ("installation", "install", "نصب", "راه اندازی", "تركيب"),
    TicketKind.PERIODIC_SERVICE: ("periodic_service", "periodic service", "service", "سرویس", "سرویس دوره‌ای",
                                  "سرویس دوره ای", "صيانة دورية"),
    TicketKind.COMPLAINT: ("complaint", "شکایت", "شكوى"),
    TicketKind.INQUIRY: ("inquiry", "enquiry", "استعلام", "پرسش", "سوال", "استفسار"),
}.items() for word in words}
_PRIORITIES = {normalize_search(word): priority for priority, words in {
    Priority.LOW: ("low", "کم", "پایین", "منخفضة", "منخفض"),
    Priority.NORMAL: ("normal", "عادی", "معمولی", "عادية", "عادي"),
    Priority.HIGH: ("high", "زیاد", "بالا", "مهم", "عالية", "مرتفعة", "مهم"),
    Priority.URGENT: ("urgent", "فوری", "اضطراری", "عاجل", "طارئ"),
}.items() for word in words}
_COVERAGES = {normalize_search(word): kind for kind, words in {
    CoverageKind.WARRANTY: ("warranty", "in warranty", "گارانتی", "دارای گارانتی", "تحت گارانتی", "ضمانت",
                            "در گارانتی", "ضمان", "الضمان", "تحت الضمان", "ضمن الضمان", "ساري", "سارية"),
    CoverageKind.CONTRACT: ("contract", "amc", "قرارداد", "قرارداد سرویس", "قرارداد نگهداری", "عقد",
                            "عقد صيانة", "عقد الصيانة"),
    CoverageKind.EXPIRED: ("expired", "out of warranty", "منقضی", "منقضی شده", "تمام شده", "خارج از گارانتی",
                           "منتهٍ", "منتهي", "منتهية", "منتهي الضمان", "خارج الضمان"),
    CoverageKind.VOID: ("void", "voided", "باطل", "باطل شده", "ابطال شده", "ملغى", "ملغي", "ملغى الضمان"),
    CoverageKind.NONE: ("none", "no warranty", "آزاد", "بدون گارانتی", "بدون گارانتی و قرارداد", "ندارد", "بدون",
                        "بدون ضمان", "لا يوجد", "لا ضمان ولا عقد صيانة"),
}.items() for word in words}
"""The words of a coverage column: Khedmat works coverage out itself, and compares."""
_YES = frozenset(normalize_search(w) for w in ("true", "yes", "1", "y", "x", "✓", "✔", "بله", "بلی", "آری",
                                                "هست", "ویژه", "نعم", "صح", "مميز"))
_NO = frozenset(normalize_search(w) for w in ("false", "no", "0", "n", "خیر", "نه", "نیست", "عادی", "لا",
                                               "عادي"))
_GROUPING = re.compile(r"[,٬.\s]")
_PLACEHOLDERS = frozenset({"-", "--", "—", "–", "_", "."})


@dataclass(slots=True)
class LegacyRow:
    """What one row says, by record."""

    # the customer
    name: str = ""
    mobile: str | None = None
    phone: str = ""
    email: str = ""
    city: str = ""
    address: str = ""
    national_id: str = ""
    company: str = ""
    vip: bool | None = None
    # the unit
    serial: str = ""
    product: str = ""
    brand: str = ""
    category: str = ""
    purchase_date: date | None = None
    warranty_months: int | None = None
    warranty_end: date | None = None
    voided_on: date | None = None
    void_reason: str = ""
    seller: str = ""
    invoice_no: str = ""
    coverage: CoverageKind | None = None
    """The coverage the sheet says the unit has (worked out by Khedmat, never stored)."""
    coverage_cell: str = ""
    """That cell as the unit's notes keep it when Khedmat's coverage differs ('پوشش: قرارداد')."""
    # the ticket
    ticket_no: str = ""
    received: datetime | None = None
    delivered: datetime | None = None
    technician: str = ""
    fault: str = ""
    accessories: str = ""
    condition: str = ""
    status: TicketStatus | None = None
    status_word: str = ""
    kind: TicketKind | None = None
    priority: Priority | None = None
    amount: Decimal | None = None
    amount_word: str = ""
    """The amount as the sheet wrote it, when that was text ('250,000 تومان', 'رایگان - گارانتی')."""
    paid: Decimal | None = None
    paid_word: str = ""
    extras: list[str] = field(default_factory=list)
    has_ticket: bool = False

    def customer_details(self) -> dict[str, Any]:
        """The customer's fields the row gives, by column name (empty ones left out)."""
        details = {"phone": self.phone, "email": self.email, "city": self.city, "address": self.address,
                   "national_id": self.national_id, "company": self.company}
        found: dict[str, Any] = {k: v for k, v in details.items() if v}
        if self.vip is not None:
            found["vip"] = self.vip
        return found

    def unit_details(self) -> dict[str, Any]:
        details = {"seller": self.seller, "invoice_no": self.invoice_no}
        return {k: v for k, v in details.items() if v}


class Rejected(Exception):
    """The row cannot be imported: `column` is at fault, for the reason in `error`."""

    def __init__(self, column: str, error: KhedmatError) -> None:
        self.column, self.error = column, error


def texts_of(cells: list[Any]) -> list[str]:
    """Each cell as text (cell_text's); a dash alone is how hand-kept sheets leave a cell empty.

    A text cell, most of a sheet's, is tidied here without the call: this runs on every cell
    of every row."""
    return ["" if (t := " ".join(c.split()) if c.__class__ is str else cell_text(c)) in _PLACEHOLDERS else t
            for c in cells]


def _note(template: str, **params: Any) -> ImportNote:
    return ImportNote(template, **params)


@lru_cache(maxsize=256)
def read_kind(text: str) -> TicketKind:
    kind = _KINDS.get(normalize_search(text))
    if kind is None:
        raise _note(QT_TRANSLATE_NOOP("Import", "“{value}” is not a kind of job Khedmat knows"), value=text)
    return kind


@lru_cache(maxsize=256)
def read_priority(text: str) -> Priority:
    priority = _PRIORITIES.get(normalize_search(text))
    if priority is None:
        raise _note(QT_TRANSLATE_NOOP("Import", "“{value}” is not a priority Khedmat knows"), value=text)
    return priority


def read_yes_no(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return value
    key = normalize_search(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise _note(QT_TRANSLATE_NOOP("Import", "“{value}” is neither yes nor no"), value=text)


# Text fields of their own, in the order a row's are checked: the first too long is named.
_STORED = (Field.NAME, Field.SERIAL, Field.PRODUCT, Field.BRAND, Field.CATEGORY, Field.EMAIL, Field.CITY,
           Field.COMPANY, Field.NATIONAL_ID, Field.SELLER, Field.INVOICE_NO, Field.TECHNICIAN, Field.TICKET_NO)
_DIGITS = frozenset({Field.NATIONAL_ID, Field.TICKET_NO})
"""Codes stored in ASCII digits."""
_FREE = (Field.ADDRESS, Field.FAULT, Field.ACCESSORIES, Field.CONDITION, Field.VOID_REASON)
"""Free text, kept as written with its lines."""
_SAME_VALUES = 16384
"""Cell values each of a sheet's date and money readers remembers: a legacy sheet writes the
same days and amounts on many rows."""


_Columns = NamedTuple("_Columns", [(f.value, int | None) for f in Field])  # type: ignore[misc]
"""Each field's column in a sheet (None: the sheet has none), by the field's name."""


# Readers of one cell, given the cell and its text, for the fields read from the text alone.
def _as_text(value: Any, text: str) -> str:
    """A phone cell as its text: Excel's number 9121234567.0 (it lost the leading zero) reads
    the same as 9121234567, and a refusal then quotes what the clerk sees."""
    return text


def _months(value: Any, text: str) -> int:
    return read_months(text)


def _status(value: Any, text: str) -> TicketStatus:
    return read_status(text)


def _kind(value: Any, text: str) -> TicketKind:
    return read_kind(text)


def _priority(value: Any, text: str) -> Priority:
    return read_priority(text)


class RowReader:
    """Reads the data rows of one sheet with its header, for one desk.

    What a row's cells become is decided once per sheet: only the fields the sheet maps are
    read, and a date or an amount written again is read once.
    """

    def __init__(self, desk: Desk, header: Header, headings: list[Any]) -> None:
        self.desk, self.header, self.headings = desk, header, headings
        self.fields = fields = header.fields
        self.claimed = set(header.fields.values())
        self.makes_tickets = bool(TICKET_FIELDS & header.fields.keys())
        locale = desk.locale
        self.region, self.currency, self.zone, self.calendar = (locale.region, locale.currency, locale.timezone,
                                                                locale.calendar)
        self.lang = locale.lang
        """Names and free text are stored in the desk's letters (app.locale.text.in_desk_letters)."""
        self.today = desk.today()
        """The desk's day, once for the sheet: a date after it is in the future."""
        self.stored = [(f, f.value, at, STORED_IN[f], text_limit(STORED_IN[f]), f in _DIGITS) for f in _STORED
                       if (at := fields.get(f)) is not None]
        self.free = [(f.value, at) for f in _FREE if (at := fields.get(f)) is not None]
        self.at = _Columns(*(fields.get(f) for f in Field))
        self.unclaimed: dict[int, list[int]] = {}
        """By a row's width (rows of a sheet have one or two): its columns no field claims."""
        self.moment = lru_cache(maxsize=_SAME_VALUES, typed=True)(self._moment)
        self.money = lru_cache(maxsize=_SAME_VALUES, typed=True)(self._amount)

    def column(self, f: Field | int) -> str:
        """The column as the clerk sees it: 'C (شماره تماس)'."""
        at = self.fields[f] if isinstance(f, Field) else f
        heading = self._heading(at)
        return f"{column_letter(at)} ({heading})" if heading else column_letter(at)

    def _heading(self, at: int) -> str:
        return cell_text(self.headings[at]) if at < len(self.headings) else ""

    def _moment(self, value: Any) -> tuple[datetime, date]:
        """A date with the time the sheet gives, else noon (the date must stay the same day in
        every time zone a report is read in), and its day on the desk's clock."""
        d, at = read_moment(value, self.desk.locale)
        to_calendar(d, self.calendar)  # a date the desk cannot show (before 1924 on a Hijri desk) rejects the row
        moment = datetime.combine(d, at or time(12), tzinfo=self.zone).astimezone(UTC)
        return moment, moment.astimezone(self.zone).date()

    def _mobile(self, value: Any, shown: str) -> str:
        return normalize_mobile(shown, self.region)  # the text, as _as_text says

    def _when(self, value: Any, shown: str) -> datetime:
        return self.moment(value)[0]

    def _day(self, value: Any, shown: str) -> date:
        return self.moment(value)[1]

    def _amount(self, value: Any, shown: str) -> tuple[Decimal, str]:
        """The amount in the desk's currency, and what the sheet wrote when it was words or a unit."""
        money = parse_money(value if isinstance(value, (int, float)) else shown, self.currency)
        if money.currency != self.currency:
            raise _note(QT_TRANSLATE_NOOP("Import", "The amount is in {currency}, but this desk works in {desk}."),
                        currency=currency_label(money.currency), desk=currency_label(self.currency))
        plain = _GROUPING.sub("", to_ascii_digits(shown)).isdigit()
        return money.amount, "" if plain else shown  # words or a unit: keep what was written

    def read(self, cells: list[Any], texts: list[str]) -> LegacyRow:
        fields, width = self.fields, len(texts)
        for at in self.claimed if CellError in map(type, cells) else ():
            cell = cells[at] if at < len(cells) else None  # an error in a column of no field is kept as its code
            if isinstance(cell, CellError):
                raise Rejected(self.column(at), _note(
                    QT_TRANSLATE_NOOP("Import", "The cell holds a spreadsheet error ({error}), not a value: "
                                                "correct it in the workbook")
                    if cell.code else
                    QT_TRANSLATE_NOOP("Import", "The cell holds a formula whose value was never saved: "
                                                "open the workbook in Excel or LibreOffice and save it again"),
                    error=cell.code))

        def text(at: int | None) -> str:
            return texts[at] if at is not None and at < width else ""

        def read(at: int | None, reader: Callable[[Any, str], Any]) -> Any:
            """`reader(cell, its text)` for a cell that is not empty."""
            if at is None or at >= width or not texts[at]:
                return None
            try:
                return reader(cells[at], texts[at])
            except KhedmatError as error:
                raise Rejected(self.column(at), error) from error

        row = LegacyRow()
        for f, name, at, column, limit, digits in self.stored:  # text for a field of its own, within its length
            value = texts[at] if at < width else ""  # tidy already: cell_text joins the words with one space
            if limit is not None and len(value) > limit:
                try:
                    check_length(column, value)  # the refusal, as every field of its column says it
                except KhedmatError as error:
                    raise Rejected(self.column(f), error) from error
            setattr(row, name, to_ascii_digits(value) if digits else in_desk_letters(value, self.lang))
        for name, at in self.free:  # free text as written, its lines kept
            if at < width and texts[at]:
                value = cells[at]
                setattr(row, name, in_desk_letters(value.strip() if isinstance(value, str) else texts[at], self.lang))
        day, moment, at = self._day, self._when, self.at
        row.mobile = read(at.mobile, self._mobile)
        if at.phone is not None:
            self._phone(row, read(at.phone, _as_text), Field.PHONE)
        row.vip = read(at.vip, read_yes_no)
        row.purchase_date = read(at.purchase_date, day)
        if row.purchase_date is not None and row.purchase_date > self.today:
            raise Rejected(self.column(Field.PURCHASE_DATE),
                           _note(QT_TRANSLATE_NOOP("Import", "The purchase date is in the future.")))
        row.warranty_months = read(at.warranty_months, _months)
        row.warranty_end = read(at.warranty_end, day)
        if row.warranty_end is not None and row.purchase_date is None:
            raise Rejected(self.column(Field.WARRANTY_END), _note(QT_TRANSLATE_NOOP(
                "Import", "A warranty end without the purchase date: the warranty's start is unknown")))
        if row.warranty_end is not None and row.purchase_date is not None and row.warranty_end < row.purchase_date:
            raise Rejected(self.column(Field.WARRANTY_END), _note(QT_TRANSLATE_NOOP(
                "Import", "The warranty ends before the unit was bought.")))
        row.voided_on = read(at.voided_on, day)
        if (row.voided_on or row.void_reason) and row.warranty_end is None and not row.warranty_months:
            raise Rejected(self.column(Field.VOIDED_ON if row.voided_on else Field.VOID_REASON), _note(
                QT_TRANSLATE_NOOP("Import", "A void warranty, but the row gives no warranty.")))
        if row.void_reason and row.voided_on is None:
            raise Rejected(self.column(Field.VOID_REASON), _note(QT_TRANSLATE_NOOP(
                "Import", "The warranty is void, but the row does not say since when.")))
        if word := text(at.coverage):
            row.coverage_cell = f"{self._heading(at.coverage)}: {word}"
            row.coverage = _COVERAGES.get(normalize_search(word))
            if row.coverage is None:  # a word of the shop's own: kept like a column of no field
                row.extras.append(row.coverage_cell)
        row.received = read(at.received_date, moment)
        row.delivered = read(at.delivered_date, moment)
        for column, when in (at.received_date, row.received), (at.delivered_date, row.delivered):
            if when is not None and when.astimezone(self.zone).date() > self.today:
                raise Rejected(self.column(column),
                               _note(QT_TRANSLATE_NOOP("Import", "The date is in the future.")))
        if row.received and row.delivered and row.delivered < row.received:
            raise Rejected(self.column(Field.DELIVERED_DATE), _note(QT_TRANSLATE_NOOP(
                "Import", "The unit was delivered before it was received.")))
        row.status = read(at.status, _status)
        row.status_word = text(at.status)
        if row.status is None and row.delivered is not None:
            row.status = TicketStatus.DELIVERED
        row.kind = read(at.kind, _kind)
        row.priority = read(at.priority, _priority)
        read(at.currency, self._currency)
        row.amount, row.amount_word = read(at.amount, self.money) or (None, "")
        row.paid, row.paid_word = read(at.paid, self.money) or (None, "")
        if row.amount is None and row.paid is not None:
            row.amount = row.paid  # a sheet that keeps only what was collected: the job cost that much
        if not row.name and not row.mobile:
            first = Field.NAME if Field.NAME in fields else next(iter(fields))
            raise Rejected(self.column(first), _note(QT_TRANSLATE_NOOP(
                "Import", "The row names no customer (neither a name nor a mobile).")))
        if not row.name:
            row.name = text(at.mobile)
        row.has_ticket = any((row.fault, row.status, row.amount is not None, row.ticket_no, row.received,
                              row.delivered, row.technician, row.accessories, row.condition))
        if row.has_ticket and row.received is None:
            at = Field.RECEIVED_DATE if Field.RECEIVED_DATE in fields else next(
                f for f in fields if f in TICKET_FIELDS)
            raise Rejected(self.column(at), _note(QT_TRANSLATE_NOOP(
                "Import", "The job has no date received; a ticket's date is never made up: "
                          "write it in the sheet (or choose the column that holds it)")))
        for at in self._unclaimed(width):  # a column without a heading is kept too, by its letter
            if texts[at]:
                row.extras.append(f"{self.header.extra.get(at) or column_letter(at)}: {texts[at]}")
        return row

    def _unclaimed(self, width: int) -> list[int]:
        """The columns of a row of `width` cells that no field claims."""
        if width not in self.unclaimed:
            self.unclaimed[width] = [at for at in range(width) if at not in self.claimed]
        return self.unclaimed[width]

    def _phone(self, row: LegacyRow, value: Any, f: Field) -> None:
        """A phone column: a landline, or a mobile (then the customer's mobile, when the row
        names none)."""
        if value is None:
            return
        region = self.desk.locale.region
        try:
            mobile = normalize_mobile(value, region)
        except InvalidPhone:
            mobile = None
        if mobile is not None and row.mobile is None:
            row.mobile = mobile
            return
        try:
            row.phone = mobile or normalize_phone(value, region)
        except KhedmatError as error:
            raise Rejected(self.column(f), error) from error

    def _currency(self, value: Any, text: str) -> None:
        currency = self.desk.locale.currency
        written = text.strip().upper()
        if written == currency:
            return
        try:
            named = parse_money(f"1 {text}", currency).currency
        except KhedmatError:
            named = written
        if named != currency:
            raise _note(QT_TRANSLATE_NOOP("Import", "The amount is in {currency}, but this desk works in {desk}."),
                        currency=text, desk=currency_label(currency))
