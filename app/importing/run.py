"""The import of one legacy workbook: every row accounted for, all in one transaction.

Rows are read a sheet at a time and written in batches: each batch's customers, units and
tickets are looked up with one query per kind, and the new ones inserted together. The
rules of the records (search keys, warranty end, coverage, numbers, search text) are the
same functions the services call.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.coverage import Coverage, WarrantySpan, asset_coverage, decide_coverage
from app.domain.kinds import EventKind, LineKind, WarrantyKind
from app.domain.numbering import Series, next_numbers
from app.domain.people import Customer
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import TicketStatus
from app.errors import KhedmatError, Translate
from app.i18n import QT_TRANSLATE_NOOP, Ident, Label
from app.importing.headers import Field, Header
from app.importing.plan import ImportPlan, SheetPlan, plan_import
from app.importing.read import ImportFailure, cell_text, column_letter
from app.importing.values import is_total_row, read_date, read_months, read_status
from app.locale.money import parse_money
from app.locale.phone import normalize_mobile, phone_search_key
from app.locale.text import normalize_search, normalize_serial, tidy, to_ascii_digits
from app.services.desk import Desk
from app.services.search_text import refresh_ticket_search
from app.services.units import get_or_create_product, warranty_end
from app.store.backup import backup_sqlite, timestamped_backup_path
from app.store.bulk import insert_rows
from app.store.engine import sqlite_path

UNKNOWN_MODEL = "—"
"""The model of a unit whose sheet names none (language-neutral: it is stored)."""
BATCH = 2000
"""Data rows written together; a batch's lookups take one query per kind of record."""
CHUNK = 500
"""Keys per IN (...) list: well inside every database's limit on bound values."""

Progress = Callable[[int, int], bool]
"""Called with (rows done, rows in all) after each batch; returning False cancels."""


class Outcome(StrEnum):
    IMPORTED = "imported"
    MERGED = "merged"
    SKIPPED = "skipped"
    REJECTED = "rejected"


class Note(NamedTuple):
    """A catalogue entry with its values: what became of a row, in the user's language when shown."""

    context: str
    template: str
    params: dict[str, Any]

    @classmethod
    def of(cls, error: KhedmatError) -> Note:
        return cls(error.context, error.template, error.params)

    def message(self, tr: Translate, ident: Callable[[str], str] = str) -> str:
        """In the user's language; our numbers through `ident` (Locale.ident on a screen)."""
        values = {k: tr(*v) if isinstance(v, Label) else ident(v) if isinstance(v, Ident) else v
                  for k, v in self.params.items()}
        return tr(self.context, self.template).format(**values)


def _note(template: str, **params: Any) -> Note:
    return Note("Import", template, params)


@dataclass(slots=True)
class RowResult:
    sheet: str
    row: int
    """The row number as Excel shows it."""
    outcome: Outcome
    notes: list[Note]
    column: str = ""
    """For a rejected row: the column at fault, as 'C (شماره تماس)'."""
    cells: list[Any] | None = None
    """For a rejected row: its cells as read, for the errors workbook."""

    def message(self, tr: Translate, ident: Callable[[str], str] = str) -> str:
        separator = tr(*Label("Import", QT_TRANSLATE_NOOP("Import", "; ")))
        return separator.join(n.message(tr, ident) for n in self.notes)


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


class ImportCancelled(ImportFailure):
    pass


class _Rejected(Exception):
    def __init__(self, column: str, note: Note) -> None:
        self.column, self.note = column, note


class _RollBack(Exception):
    pass


@dataclass(slots=True)
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
    amount_word: str = ""
    """The amount as the sheet wrote it, when that was text ('250,000 تومان', 'رایگان - گارانتی')."""
    amount: Decimal | None = None
    ticket_no: str = ""
    received: date | None = None
    extras: list[str] = field(default_factory=list)

    @property
    def has_ticket(self) -> bool:
        return bool(self.fault or self.status or self.amount is not None or self.ticket_no or self.received)


@dataclass(slots=True)
class _Pending:
    """A parsed data row waiting for its batch to be written."""

    result: RowResult
    row: _Row
    customer_id: int = 0
    asset_id: int | None = None
    created: bool = False
    """Whether the row made any record; a row that made none merged into existing ones."""
    extras_kept: bool = False
    """Whether the cells of columns no field claims went into a new record's notes."""

    def says(self, template: str, **params: Any) -> None:
        self.result.notes.append(_note(template, **params))


def import_workbook(desk: Desk, source: Path | ImportPlan, *, dry_run: bool = False,
                    translate: Translate = lambda c, t: t, progress: Progress | None = None) -> ImportReport:
    """Import every sheet of the workbook that has a header (detected, or as `source` plans
    it), in one transaction.

    Raises ImportFailure (nothing written) for a file that is not a workbook, is empty, or
    has no header row, and ImportCancelled when `progress` returns False; otherwise each row
    ends imported, merged, skipped or rejected.
    """
    plan = source if isinstance(source, ImportPlan) else plan_import(source)
    if not plan.importable:
        raise ImportFailure(
            QT_TRANSLATE_NOOP("Import", "No sheet in {path} has a header row Khedmat recognises "
                                        "(columns such as name, mobile, serial)."),
            path=str(plan.path),
        )
    report = ImportReport(plan.path, dry_run)
    db_file = sqlite_path(desk.store.url)
    if not dry_run and db_file is not None and db_file.exists():
        report.backup = backup_sqlite(db_file, timestamped_backup_path(db_file, "import"))
    try:
        with desk.store.write() as session:
            importer = _Importer(desk, session, report, translate, progress, plan.rows)
            for sheet in plan.sheets:
                importer.sheet(sheet, plan.book.rows(sheet.name))
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    return report


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


class _Importer:
    def __init__(self, desk: Desk, session: Session, report: ImportReport, translate: Translate,
                 progress: Progress | None, total: int) -> None:
        self.desk, self.session, self.report, self.translate = desk, session, report, translate
        self.progress, self.total = progress, total
        self.customers: dict[tuple[str, str], tuple[int, str]] = {}
        """(by 'mobile' or 'name', key) → (id, name) of customers met so far."""
        self.assets: dict[str, tuple[int, int | None, str, str]] = {}
        """serial key → (id, owner id, serial, owner's name) of units met so far."""
        self.new_assets: dict[int, list[WarrantySpan]] = {}
        """Units this import made, with their warranty: coverage needs no query."""
        self.tickets: set[str] = set()
        """Ticket numbers known to exist."""
        self.ticket_keys: set[tuple[int, datetime, str, int | None]] = set()
        """(customer, opened at, fault, unit) of tickets without a legacy number, per customer
        loaded in `keys_loaded`."""
        self.keys_loaded: set[int] = set()
        self.products: dict[tuple[str, str], int] = {}
        self.done = 0

    # -- rows ------------------------------------------------------------------------------

    def sheet(self, plan: SheetPlan, rows: Iterator[list[Any]]) -> None:
        report, header = self.report, plan.header
        report.sheets += 1
        if header is not None:
            report.headers[plan.name] = list(plan.head[header.row])
        headings = {} if header is None else {at: cell_text(plan.head[header.row][at])
                                               for at in header.fields.values()}
        pending: list[_Pending] = []
        for index, row in enumerate(rows):
            report.rows_read += 1
            texts = _texts(row)
            why = _not_data(header, headings, index, row, texts)
            if why is not None:
                report.results.append(RowResult(plan.name, index + 1, Outcome.SKIPPED, [
                    _note(QT_TRANSLATE_NOOP("Import", "not data: {why}"), why=Label("Import", why))]))
                continue
            assert header is not None  # a sheet without a header has no data rows
            try:
                parsed = _parse(self.desk, header, row, texts, report.headers[plan.name])
            except _Rejected as rejected:
                report.results.append(RowResult(plan.name, index + 1, Outcome.REJECTED, [rejected.note],
                                                column=rejected.column, cells=list(row)))
                continue
            result = RowResult(plan.name, index + 1, Outcome.IMPORTED, [])
            report.results.append(result)
            pending.append(_Pending(result, parsed))
            if len(pending) >= BATCH:
                self._write(pending)
                pending = []
                self._advance(report.rows_read)
        if pending:
            self._write(pending)
        self._advance(report.rows_read)

    def _advance(self, done: int) -> None:
        if self.progress is not None and not self.progress(done, self.total):
            raise ImportCancelled(QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was written."))

    # -- writing -------------------------------------------------------------------------

    def _write(self, batch: list[_Pending]) -> None:
        self._customers(batch)
        self._assets([p for p in batch if p.row.serial])
        self._tickets([p for p in batch if p.row.has_ticket])
        for p in batch:
            if not p.created:
                p.result.outcome = Outcome.MERGED
            if p.row.extras and not p.extras_kept:
                p.says(QT_TRANSLATE_NOOP("Import", "not stored, as nothing new was made of the row: {cells}"),
                       cells=" | ".join(p.row.extras))

    def _customers(self, batch: list[_Pending]) -> None:
        session = self.session
        keyed = [(p, ("mobile", p.row.mobile) if p.row.mobile else ("name", normalize_search(p.row.name)))
                 for p in batch]
        unknown = {key for _, key in keyed if key not in self.customers}
        mobiles = [k for kind, k in unknown if kind == "mobile"]
        names = [k for kind, k in unknown if kind == "name"]
        for chunk in _chunks(mobiles):
            for id_, mobile, name in session.execute(
                    select(Customer.id, Customer.mobile, Customer.name).where(Customer.mobile.in_(chunk))):
                self.customers[("mobile", mobile)] = (id_, name)
        for chunk in _chunks(names):
            for id_, key, name in session.execute(
                    select(Customer.id, Customer.name_norm, Customer.name).where(Customer.name_norm.in_(chunk))
                    .order_by(Customer.id.desc())):  # the oldest customer of a name wins
                self.customers[("name", key)] = (id_, name)
        new: dict[tuple[str, str], _Pending] = {}
        for p, key in keyed:
            if key not in self.customers:
                new.setdefault(key, p)
        if new:
            rows = [dict(name=p.row.name, name_norm=normalize_search(p.row.name), mobile=p.row.mobile,
                         mobile_key=phone_search_key(p.row.mobile or ""), notes=self._keep_extras(p, "customer"),
                         version=1) for p in new.values()]
            ids = insert_rows(session, Customer, rows, with_ids=True)
            for (key, p), id_ in zip(new.items(), ids, strict=True):
                self.customers[key] = (id_, p.row.name)
            self.report.created["customers"] += len(new)
        for p, key in keyed:
            p.customer_id, name = self.customers[key]
            if new.get(key) is p:
                p.created = True
                p.says(QT_TRANSLATE_NOOP("Import", "new customer {name}"), name=name)
            else:
                p.says(QT_TRANSLATE_NOOP("Import", "existing customer {name}"), name=name)

    def _assets(self, batch: list[_Pending]) -> None:
        session, desk = self.session, self.desk
        keys = [normalize_serial(p.row.serial) for p in batch]
        for chunk in _chunks({k for k in keys if k not in self.assets}):
            for id_, key, owner, serial, owner_name in session.execute(
                    select(Asset.id, Asset.serial_norm, Asset.customer_id, Asset.serial, Customer.name)
                    .outerjoin(Customer, Customer.id == Asset.customer_id).where(Asset.serial_norm.in_(chunk))):
                self.assets[key] = (id_, owner, serial, owner_name or "")
        new: dict[str, _Pending] = {}
        for p, key in zip(batch, keys, strict=True):
            if key not in self.assets:
                new.setdefault(key, p)
        if new:
            rows, spans = [], []
            for key, p in new.items():
                r = p.row
                rows.append(dict(serial=r.serial, serial_norm=key, product_id=self._product(r),
                                 customer_id=p.customer_id, purchase_date=r.purchase_date,
                                 notes=self._keep_extras(p, "unit"), version=1))
                spans.append((r.purchase_date, warranty_end(r.purchase_date, r.warranty_months, desk))
                             if r.warranty_months and r.purchase_date is not None else None)
            ids = insert_rows(session, Asset, rows, with_ids=True)
            warranties = []
            for (key, p), id_, span in zip(new.items(), ids, spans, strict=True):
                self.assets[key] = (id_, p.customer_id, p.row.serial, p.row.name)
                self.new_assets[id_] = [WarrantySpan(0, *span)] if span else []
                if span:
                    warranties.append(dict(asset_id=id_, kind=WarrantyKind.STANDARD.value, start_date=span[0],
                                           end_date=span[1], version=1))
            if warranties:
                insert_rows(session, Warranty, warranties)
            self.report.created["units"] += len(new)
        for p, key in zip(batch, keys, strict=True):
            id_, owner, serial, owner_name = self.assets[key]
            p.asset_id = id_
            if new.get(key) is p:
                p.created = True
                p.says(QT_TRANSLATE_NOOP("Import", "new unit {serial}"), serial=serial)
            elif owner is not None and owner != p.customer_id:
                p.says(QT_TRANSLATE_NOOP("Import", "existing unit {serial}, recorded for another customer "
                                                   "({owner}); its owner was not changed"),
                       serial=serial, owner=owner_name)
            else:
                p.says(QT_TRANSLATE_NOOP("Import", "existing unit {serial}"), serial=serial)

    @staticmethod
    def _keep_extras(p: _Pending, record: str) -> str:
        """The notes of the newest record a row makes: its ticket's history, else its unit's,
        else its customer's."""
        last = "ticket" if p.row.has_ticket else "unit" if p.row.serial else "customer"
        if record != last or not p.row.extras:
            return ""
        p.extras_kept = True
        return "\n".join(p.row.extras)

    def _product(self, row: _Row) -> int:
        key = (tidy(row.brand), tidy(row.product) or UNKNOWN_MODEL)
        if key not in self.products:
            self.products[key] = get_or_create_product(self.session, key[0], key[1],
                                                       warranty_months=row.warranty_months or 12).id
        return self.products[key]

    def _tickets(self, batch: list[_Pending]) -> None:
        session, desk = self.session, self.desk
        zone = desk.locale.timezone

        def opened_at(p: _Pending) -> datetime:
            return datetime.combine(p.row.received or desk.today(), time(12), tzinfo=zone).astimezone(UTC)

        numbers = {p.row.ticket_no for p in batch if p.row.ticket_no} - self.tickets
        for chunk in _chunks(numbers):
            self.tickets.update(session.scalars(select(Ticket.number).where(Ticket.number.in_(chunk))))
        owners = {p.customer_id for p in batch if not p.row.ticket_no} - self.keys_loaded
        for chunk in _chunks(owners):
            self.ticket_keys.update(tuple(row) for row in session.execute(
                select(Ticket.customer_id, Ticket.opened_at, Ticket.fault, Ticket.asset_id)
                .where(Ticket.customer_id.in_(chunk))))
        self.keys_loaded |= owners
        new: list[tuple[_Pending, datetime]] = []
        for p in batch:
            at = opened_at(p)
            if p.row.ticket_no:
                if p.row.ticket_no in self.tickets:
                    p.says(QT_TRANSLATE_NOOP("Import", "ticket {number} already present"),
                           number=Ident(p.row.ticket_no))
                    continue
                self.tickets.add(p.row.ticket_no)
            else:
                key = (p.customer_id, at, p.row.fault, p.asset_id)
                if key in self.ticket_keys:
                    p.says(QT_TRANSLATE_NOOP("Import", "the same repair is already present"))
                    continue
                self.ticket_keys.add(key)
            new.append((p, at))
        if not new:
            return
        by_year: dict[int, list[_Pending]] = defaultdict(list)
        for p, at in new:
            if not p.row.ticket_no:
                by_year[desk.numbering_year(at.astimezone(zone).date())].append(p)
        for year, rows in by_year.items():
            for p, number in zip(rows, next_numbers(session, Series.TICKET, year, len(rows)), strict=True):
                p.row.ticket_no = number
        coverage = self._coverage(new)
        tickets = []
        for (p, at), decision in zip(new, coverage, strict=True):
            tickets.append(dict(
                number=p.row.ticket_no, customer_id=p.customer_id, asset_id=p.asset_id,
                status=(p.row.status or TicketStatus.RECEIVED).value, fault=p.row.fault,
                currency=desk.locale.currency, opened_by_id=desk.actor.id, opened_at=at,
                coverage=decision.kind.value if decision else "none",
                coverage_until=(decision.until or decision.ended_on) if decision else None,
                coverage_note=decision.note if decision else "", version=1))
        ids = insert_rows(session, Ticket, tickets, with_ids=True)
        translate = self.translate
        amount_label = translate("Import", QT_TRANSLATE_NOOP("Import", "Amount from the legacy sheet"))
        imported_from = translate("Import", QT_TRANSLATE_NOOP("Import", "Imported from {file}, sheet {sheet}, row {row}."))
        status_in_sheet = translate("Import", QT_TRANSLATE_NOOP("Import", "Status in the sheet: {status}"))
        amount_in_sheet = translate("Import", QT_TRANSLATE_NOOP("Import", "Amount in the sheet: {amount}"))
        lines, events = [], []
        for (p, at), id_ in zip(new, ids, strict=True):
            r = p.row
            if r.amount is not None:
                lines.append(dict(ticket_id=id_, kind=LineKind.LABOR.value, quantity=Decimal(1),
                                  unit_price=r.amount, description=amount_label))
            history = [imported_from.format(file=self.report.path.name, sheet=p.result.sheet, row=p.result.row)]
            if r.status_word:
                history.append(status_in_sheet.format(status=r.status_word))
            if r.amount_word:
                history.append(amount_in_sheet.format(amount=r.amount_word))
            history.extend(r.extras)
            p.extras_kept = True
            events.append(dict(ticket_id=id_, customer_id=p.customer_id, kind=EventKind.STATUS.value,
                               to_status=(r.status or TicketStatus.RECEIVED).value, text="\n".join(history),
                               user_id=desk.actor.id, at=at))
            p.created = True
            p.says(QT_TRANSLATE_NOOP("Import", "new ticket {number}"), number=Ident(r.ticket_no))
        if lines:
            insert_rows(session, TicketLine, lines)
        insert_rows(session, TicketEvent, events)
        for chunk in _chunks(ids):
            refresh_ticket_search(session, ticket_ids=chunk)
        self.report.created["tickets"] += len(ids)

    def _coverage(self, new: list[tuple[_Pending, datetime]]) -> list[Coverage | None]:
        """Each new ticket's coverage on the day it was opened (None: no unit named)."""
        zone = self.desk.locale.timezone
        older = {p.asset_id for p, _ in new if p.asset_id is not None and p.asset_id not in self.new_assets}
        loaded: dict[int, Asset] = {}
        for chunk in _chunks(older):
            loaded.update((a.id, a) for a in self.session.scalars(
                select(Asset).where(Asset.id.in_(chunk))
                .options(selectinload(Asset.warranties), selectinload(Asset.contracts))))
        decisions: list[Coverage | None] = []
        for p, at in new:
            day = at.astimezone(zone).date()
            if p.asset_id is None:
                decisions.append(None)
            elif p.asset_id in self.new_assets:
                decisions.append(decide_coverage(self.new_assets[p.asset_id], [], day))
            else:
                decisions.append(asset_coverage(loaded[p.asset_id], day))
        return decisions


_PLACEHOLDERS = frozenset({"-", "--", "—", "–", "_", "."})
_GROUPING = re.compile(r"[,٬.\s]")


def _texts(cells: list[Any]) -> list[str]:
    """Each cell as text; a dash alone is how hand-kept sheets leave a cell empty."""
    return ["" if (t := cell_text(c)) in _PLACEHOLDERS else t for c in cells]


def _not_data(header: Header | None, headings: dict[int, str], index: int, row: list[Any],
              texts: list[str]) -> str | None:
    """Why the row is not data (a catalogue entry), or None for a data row. `headings` are the
    header's texts of its mapped columns: a row repeating them is the header again."""
    if not any(texts):
        return QT_TRANSLATE_NOOP("Import", "blank row")
    if header is None:
        return QT_TRANSLATE_NOOP("Import", "the sheet has no recognisable header row")
    if index < header.row:
        return QT_TRANSLATE_NOOP("Import", "title above the header row")
    if index == header.row:
        return QT_TRANSLATE_NOOP("Import", "header row")
    if all(at < len(texts) and texts[at] == text for at, text in headings.items()):
        return QT_TRANSLATE_NOOP("Import", "header row repeated")
    if not _identifies(header, row) and is_total_row(row):
        return QT_TRANSLATE_NOOP("Import", "total row")
    return None


# -- parsing ---------------------------------------------------------------------------------


def _identifies(header: Header, cells: list[Any]) -> bool:
    """Whether the row names a mobile or a serial: then it is data, whatever else it says."""
    return any(at < len(cells) and cell_text(cells[at]) and not is_total_row([cells[at]])
               for f, at in header.fields.items() if f in (Field.MOBILE, Field.SERIAL))




def _parse(desk: Desk, header: Header, cells: list[Any], texts: list[str], headings: list[Any]) -> _Row:

    def column(f: Field) -> str:
        at = header.fields[f]
        return f"{column_letter(at)} ({cell_text(headings[at])})"

    def text(f: Field) -> str:
        at = header.fields.get(f)
        return texts[at] if at is not None and at < len(texts) else ""

    def read(f: Field, reader: Callable[[Any, str], Any]) -> Any:
        """`reader(cell, its text)` for a cell that is not empty."""
        shown = text(f)
        if not shown:
            return None
        try:
            return reader(cells[header.fields[f]], shown)
        except KhedmatError as error:
            raise _Rejected(column(f), Note.of(error)) from error

    locale = desk.locale
    row = _Row(name=tidy(text(Field.NAME)), serial=tidy(text(Field.SERIAL)), product=tidy(text(Field.PRODUCT)),
               brand=tidy(text(Field.BRAND)), fault=text(Field.FAULT),
               ticket_no=to_ascii_digits(tidy(text(Field.TICKET_NO))))
    row.mobile = read(Field.MOBILE, lambda v, t: normalize_mobile(v if isinstance(v, float) else t, locale.region))
    row.purchase_date = read(Field.PURCHASE_DATE, lambda v, t: read_date(v, locale))
    if row.purchase_date is not None and row.purchase_date > desk.today():
        raise _Rejected(column(Field.PURCHASE_DATE),
                        _note(QT_TRANSLATE_NOOP("Import", "The purchase date is in the future.")))
    row.warranty_months = read(Field.WARRANTY_MONTHS, lambda v, t: read_months(t))
    row.received = read(Field.RECEIVED_DATE, lambda v, t: read_date(v, locale))
    row.status = read(Field.STATUS, lambda v, t: read_status(t))
    row.status_word = text(Field.STATUS)
    money = read(Field.AMOUNT, lambda v, t: parse_money(v if isinstance(v, (int, float)) else t, locale.currency))
    if money is not None:
        if money.currency != locale.currency:
            raise _Rejected(column(Field.AMOUNT), _note(
                QT_TRANSLATE_NOOP("Import", "The amount is in {currency}, but this desk works in {desk}."),
                currency=money.currency, desk=locale.currency))
        row.amount = money.amount
        written = text(Field.AMOUNT)
        if not _GROUPING.sub("", to_ascii_digits(written)).isdigit():  # words or a unit: keep what was written
            row.amount_word = written
    if not row.name and not row.mobile:
        first = Field.NAME if Field.NAME in header.fields else next(iter(header.fields))
        raise _Rejected(column(first), _note(QT_TRANSLATE_NOOP("Import", "The row names no customer "
                                                                         "(neither a name nor a mobile).")))
    if not row.name:
        row.name = text(Field.MOBILE)
    claimed = set(header.fields.values())
    for at, value in enumerate(texts):
        if value and at not in claimed:  # a column without a heading is kept too, by its letter
            row.extras.append(f"{header.extra.get(at) or column_letter(at)}: {value}")
    return row
