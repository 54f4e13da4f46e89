"""The import of one legacy workbook: every row accounted for, all in one transaction."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.coverage import asset_coverage
from app.domain.kinds import EventKind, LineKind, WarrantyKind
from app.domain.numbering import Series, next_number
from app.domain.people import Customer
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import TicketStatus
from app.errors import KhedmatError, Translate
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.importing.headers import Field, Header, find_header, read_header
from app.importing.read import ImportFailure, ImportNote, Sheet, cell_text, column_letter, is_blank, read_workbook
from app.importing.values import is_total_row, read_date, read_months, read_status
from app.locale.money import parse_money
from app.locale.phone import normalize_mobile, phone_search_key
from app.locale.text import normalize_search, normalize_serial, tidy, to_ascii_digits
from app.services.desk import Desk
from app.services.search_text import refresh_ticket_search
from app.services.units import get_or_create_product, warranty_end
from app.store.backup import backup_sqlite, timestamped_backup_path
from app.store.engine import sqlite_path

UNKNOWN_MODEL = "—"
"""The model of a unit whose sheet names none (language-neutral: it is stored)."""


class Outcome(StrEnum):
    IMPORTED = "imported"
    MERGED = "merged"
    SKIPPED = "skipped"
    REJECTED = "rejected"


def _note(template: str, **params: Any) -> ImportNote:
    return ImportNote(template, **params)


@dataclass
class RowResult:
    sheet: str
    row: int
    """The row number as Excel shows it."""
    outcome: Outcome
    notes: list[KhedmatError]
    column: str = ""
    """For a rejected row: the column at fault, as 'C (شماره تماس)'."""
    cells: list[Any] = field(default_factory=list)

    def message(self, tr: Translate) -> str:
        return "; ".join(n.message(tr) for n in self.notes)


@dataclass
class ImportReport:
    path: Path
    dry_run: bool
    results: list[RowResult] = field(default_factory=list)
    rows_read: int = 0
    sheets: int = 0
    headers: dict[str, list[Any]] = field(default_factory=dict)
    """Each imported sheet's header row, as written (for the errors workbook)."""
    created: Counter[str] = field(default_factory=Counter)
    """New records by kind: customers, units, tickets."""
    backup: Path | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.results if r.outcome is Outcome.REJECTED]


class _Rejected(Exception):
    def __init__(self, column: str, note: KhedmatError) -> None:
        self.column, self.note = column, note


class _RollBack(Exception):
    pass


@dataclass
class _Row:
    name: str = ""
    mobile: str | None = None
    serial: str = ""
    product: str = ""
    brand: str = ""
    purchase_date: date | None = None
    warranty_months: int | None = None
    fault: str = ""
    status: TicketStatus | None = None
    status_word: str = ""
    amount: Decimal | None = None
    ticket_no: str = ""
    received: date | None = None
    extras: list[str] = field(default_factory=list)

    @property
    def has_ticket(self) -> bool:
        return bool(self.fault or self.status or self.amount is not None or self.ticket_no or self.received)


def import_workbook(desk: Desk, path: Path, *, dry_run: bool = False,
                    translate: Translate = lambda c, t: t) -> ImportReport:
    """Import every sheet of `path` that has a recognisable header, in one transaction.

    Raises ImportFailure (nothing written) for a file that is not a workbook, is empty, or
    has no header row; otherwise each row ends imported, merged, skipped or rejected.
    """
    sheets = read_workbook(path)
    headers = {sheet.name: find_header(sheet.rows) for sheet in sheets}
    if not any(headers.values()):
        raise ImportFailure(
            QT_TRANSLATE_NOOP("Import", "No sheet in {path} has a header row Khedmat recognises "
                                        "(columns such as name, mobile, serial)."),
            path=str(path),
        )
    report = ImportReport(path, dry_run)
    db_file = sqlite_path(desk.store.url)
    if not dry_run and db_file is not None and db_file.exists():
        report.backup = backup_sqlite(db_file, timestamped_backup_path(db_file, "import"))
    try:
        with desk.store.write() as session:
            importer = _Importer(desk, session, report, translate)
            for sheet in sheets:
                importer.sheet(sheet, headers[sheet.name])
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    return report


class _Importer:
    def __init__(self, desk: Desk, session: Session, report: ImportReport, translate: Translate) -> None:
        self.desk, self.session, self.report, self.translate = desk, session, report, translate
        self.new_ids: dict[str, set[int]] = {"customers": set(), "units": set(), "tickets": set()}

    def sheet(self, sheet: Sheet, header: Header | None) -> None:
        report = self.report
        report.rows_read += len(sheet.rows)
        report.sheets += 1
        if header is None:
            for index, row in enumerate(sheet.rows):
                why = (QT_TRANSLATE_NOOP("Import", "blank row") if is_blank(row)
                       else QT_TRANSLATE_NOOP("Import", "the sheet has no recognisable header row"))
                self._skip(sheet, index, why)
            return
        report.headers[sheet.name] = list(sheet.rows[header.row])
        for index, row in enumerate(sheet.rows):
            if index < header.row:
                self._skip(sheet, index, QT_TRANSLATE_NOOP("Import", "blank row") if is_blank(row)
                           else QT_TRANSLATE_NOOP("Import", "title above the header row"))
            elif index == header.row:
                self._skip(sheet, index, QT_TRANSLATE_NOOP("Import", "header row"))
            elif is_blank(row):
                self._skip(sheet, index, QT_TRANSLATE_NOOP("Import", "blank row"))
            elif read_header(index, row).fields == header.fields:
                self._skip(sheet, index, QT_TRANSLATE_NOOP("Import", "header row repeated"))
            elif is_total_row(row) and not _identifies(header, row):
                self._skip(sheet, index, QT_TRANSLATE_NOOP("Import", "total row"))
            else:
                self._data_row(sheet, header, index, row)

    def _skip(self, sheet: Sheet, index: int, why: str) -> None:
        self.report.results.append(
            RowResult(sheet.name, index + 1, Outcome.SKIPPED,
                      [_note(QT_TRANSLATE_NOOP("Import", "not data: {why}"), why=Label("Import", why))],
                      cells=list(sheet.rows[index])))

    def _data_row(self, sheet: Sheet, header: Header, index: int, row: list[Any]) -> None:
        try:
            parsed = _parse(self.desk, header, row, self.report.headers[sheet.name])
            outcome, notes = self._write(sheet.name, index + 1, parsed)
        except _Rejected as rejected:
            self.report.results.append(RowResult(sheet.name, index + 1, Outcome.REJECTED, [rejected.note],
                                                 column=rejected.column, cells=list(row)))
            return
        self.report.results.append(RowResult(sheet.name, index + 1, outcome, notes, cells=list(row)))

    # -- writing -------------------------------------------------------------------------

    def _write(self, sheet: str, excel_row: int, row: _Row) -> tuple[Outcome, list[KhedmatError]]:
        notes: list[KhedmatError] = []
        created = False
        customer, new = self._customer(row)
        created |= new
        notes.append(_note(QT_TRANSLATE_NOOP("Import", "new customer {name}") if new
                           else QT_TRANSLATE_NOOP("Import", "existing customer {name}"), name=customer.name))
        asset = None
        if row.serial:
            asset, new = self._asset(row, customer)
            created |= new
            notes.append(_note(QT_TRANSLATE_NOOP("Import", "new unit {serial}") if new
                               else QT_TRANSLATE_NOOP("Import", "existing unit {serial}"), serial=asset.serial))
        if row.has_ticket:
            ticket, new = self._ticket(sheet, excel_row, row, customer, asset)
            created |= new
            notes.append(_note(QT_TRANSLATE_NOOP("Import", "new ticket {number}") if new
                               else QT_TRANSLATE_NOOP("Import", "ticket {number} already present"),
                               number=ticket.number))
        return (Outcome.IMPORTED if created else Outcome.MERGED), notes

    def _customer(self, row: _Row) -> tuple[Customer, bool]:
        session = self.session
        if row.mobile:
            found = session.scalars(select(Customer).where(Customer.mobile == row.mobile)).first()
        else:
            found = session.scalars(select(Customer).where(Customer.name_norm == normalize_search(row.name))
                                    .order_by(Customer.id)).first()
        if found is not None:
            return found, False
        customer = Customer(name=row.name, name_norm=normalize_search(row.name), mobile=row.mobile,
                            mobile_key=phone_search_key(row.mobile or ""), phone="", phone_key="")
        session.add(customer)
        session.flush()
        self._created("customers", customer.id)
        return customer, True

    def _asset(self, row: _Row, customer: Customer) -> tuple[Asset, bool]:
        session = self.session
        serial_norm = normalize_serial(row.serial)
        found = session.scalars(select(Asset).where(Asset.serial_norm == serial_norm)).one_or_none()
        if found is not None:
            return found, False
        product = get_or_create_product(session, row.brand, row.product or UNKNOWN_MODEL,
                                        warranty_months=row.warranty_months or 12)
        asset = Asset(serial=row.serial, serial_norm=serial_norm, product_id=product.id, customer_id=customer.id,
                      purchase_date=row.purchase_date)
        session.add(asset)
        if row.warranty_months and row.purchase_date is not None:
            session.add(Warranty(asset=asset, kind=WarrantyKind.STANDARD.value, start_date=row.purchase_date,
                                 end_date=warranty_end(row.purchase_date, row.warranty_months, self.desk)))
        session.flush()
        self._created("units", asset.id)
        return asset, True

    def _ticket(self, sheet: str, excel_row: int, row: _Row, customer: Customer,
                asset: Asset | None) -> tuple[Ticket, bool]:
        session, desk = self.session, self.desk
        opened_on = row.received or desk.today()
        opened_at = datetime.combine(opened_on, time(12), tzinfo=desk.locale.timezone).astimezone(UTC)
        if row.ticket_no:
            same = Ticket.number == row.ticket_no
        else:
            same = ((Ticket.customer_id == customer.id) & (Ticket.opened_at == opened_at)
                    & (Ticket.fault == row.fault)
                    & (Ticket.asset_id == asset.id if asset is not None else Ticket.asset_id.is_(None)))
        found = session.scalars(select(Ticket).where(same)).first()
        if found is not None:
            return found, False
        status = row.status or TicketStatus.RECEIVED
        ticket = Ticket(
            number=row.ticket_no or next_number(session, Series.TICKET, desk.numbering_year(opened_on)),
            customer_id=customer.id, status=status.value, fault=row.fault, currency=desk.locale.currency,
            opened_by_id=desk.actor.id, opened_at=opened_at,
        )
        if asset is not None:
            decision = asset_coverage(asset, opened_on)
            ticket.asset_id = asset.id
            ticket.coverage = decision.kind.value
            ticket.coverage_until = decision.until or decision.ended_on
            ticket.coverage_note = decision.note
        session.add(ticket)
        session.flush()
        if row.amount is not None:
            session.add(TicketLine(ticket_id=ticket.id, kind=LineKind.LABOR.value, quantity=Decimal(1),
                                   unit_price=row.amount,
                                   description=self.translate("Import", QT_TRANSLATE_NOOP("Import", "Amount from the legacy sheet"))))
        history = [self.translate("Import", QT_TRANSLATE_NOOP("Import", "Imported from {file}, sheet {sheet}, row {row}."))
                   .format(file=self.report.path.name, sheet=sheet, row=excel_row)]
        if row.status_word:
            history.append(self.translate("Import", QT_TRANSLATE_NOOP("Import", "Status in the sheet: {status}"))
                           .format(status=row.status_word))
        history.extend(row.extras)
        session.add(TicketEvent(ticket_id=ticket.id, customer_id=customer.id, kind=EventKind.STATUS.value,
                                to_status=status.value, text="\n".join(history), user_id=desk.actor.id,
                                at=opened_at))
        session.flush()
        refresh_ticket_search(session, ticket_id=ticket.id)
        self._created("tickets", ticket.id)
        return ticket, True

    def _created(self, kind: str, record_id: int) -> None:
        self.new_ids[kind].add(record_id)
        self.report.created[kind] += 1


# -- parsing ---------------------------------------------------------------------------------


def _identifies(header: Header, cells: list[Any]) -> bool:
    """Whether the row names a mobile or a serial: then it is data, whatever else it says."""
    return any(at < len(cells) and cell_text(cells[at]) and not is_total_row([cells[at]])
               for f, at in header.fields.items() if f in (Field.MOBILE, Field.SERIAL))


def _parse(desk: Desk, header: Header, cells: list[Any], headings: list[Any]) -> _Row:
    def column(f: Field) -> str:
        at = header.fields[f]
        return f"{column_letter(at)} ({cell_text(headings[at])})"

    def raw(f: Field) -> Any:
        at = header.fields.get(f)
        return cells[at] if at is not None and at < len(cells) else None

    def text(f: Field) -> str:
        return cell_text(raw(f))

    def read(f: Field, reader: Any) -> Any:
        if not text(f):
            return None
        try:
            return reader(raw(f))
        except KhedmatError as error:
            raise _Rejected(column(f), error) from error

    locale = desk.locale
    row = _Row(name=tidy(text(Field.NAME)), serial=tidy(text(Field.SERIAL)), product=tidy(text(Field.PRODUCT)),
               brand=tidy(text(Field.BRAND)), fault=text(Field.FAULT),
               ticket_no=to_ascii_digits(tidy(text(Field.TICKET_NO))))
    row.mobile = read(Field.MOBILE, lambda v: normalize_mobile(v if isinstance(v, float) else cell_text(v),
                                                               locale.region))
    row.purchase_date = read(Field.PURCHASE_DATE, lambda v: read_date(v, locale))
    if row.purchase_date is not None and row.purchase_date > desk.today():
        raise _Rejected(column(Field.PURCHASE_DATE),
                        _note(QT_TRANSLATE_NOOP("Import", "The purchase date is in the future.")))
    row.warranty_months = read(Field.WARRANTY_MONTHS, read_months)
    row.received = read(Field.RECEIVED_DATE, lambda v: read_date(v, locale))
    row.status = read(Field.STATUS, read_status)
    row.status_word = text(Field.STATUS)
    money = read(Field.AMOUNT, lambda v: parse_money(v if isinstance(v, (int, float)) else cell_text(v),
                                                       locale.currency))
    if money is not None:
        if money.currency != locale.currency:
            raise _Rejected(column(Field.AMOUNT), _note(
                QT_TRANSLATE_NOOP("Import", "The amount is in {currency}, but this desk works in {desk}."),
                currency=money.currency, desk=locale.currency))
        row.amount = money.amount
    if not row.name and not row.mobile:
        first = Field.NAME if Field.NAME in header.fields else next(iter(header.fields))
        raise _Rejected(column(first), _note(QT_TRANSLATE_NOOP("Import", "The row names no customer "
                                                                         "(neither a name nor a mobile).")))
    if not row.name:
        row.name = cell_text(raw(Field.MOBILE))
    if not row.serial and not row.has_ticket:
        raise _Rejected(column(next(iter(header.fields))), _note(
            QT_TRANSLATE_NOOP("Import", "The row has neither a serial nor anything about a repair.")))
    for at, heading in header.extra.items():
        value = cell_text(cells[at]) if at < len(cells) else ""
        if value:
            row.extras.append(f"{heading}: {value}")
    return row
