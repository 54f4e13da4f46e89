"""The import of one legacy workbook: every row accounted for, all in one transaction.

Rows are read a sheet at a time and written in batches: each batch's customers, units and
tickets are looked up with one query per kind, and the new ones inserted together. The
rules of the records (search keys, warranty end, coverage, numbers, search text) are the
same functions the services call.
"""
from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session, selectinload

from app.domain.coverage import Coverage, CoverageKind, WarrantySpan, asset_coverage, coverage_label, decide_coverage
from app.domain.kinds import EventKind, LineKind, Priority, Role, TicketKind, WarrantyKind
from app.domain.numbering import Series, keep_ahead_of, next_numbers
from app.domain.people import Customer, User
from app.domain.permissions import Action
from app.domain.tickets import Payment, Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import OPEN_STATUSES, TicketStatus
from app.errors import KhedmatError, Translate
from app.i18n import QT_TRANSLATE_NOOP, Catalogue, Ident, Label, fill
from app.importing.headers import Field, Header
from app.importing.plan import ImportPlan, SheetPlan, plan_import
from app.importing.read import ImportFailure, cell_text
from app.importing.rows import LegacyRow, Rejected, RowReader, texts_of
from app.importing.values import is_total_row
from app.locale.calendars import add_months
from app.locale.phone import phone_search_key
from app.locale.text import name_fold, normalize_search, normalize_serial
from app.services.backups import backup_now
from app.services.desk import Desk
from app.services.periodic import sync_product_plans
from app.services.search_text import customer_search_text, ticket_search_text
from app.services.units import get_or_create_product, warranty_end
from app.store.bulk import bulk_cache, insert_rows, reserve_ids
from app.store.busy import Holder
from app.store.engine import as_date, sqlite_path

if TYPE_CHECKING:
    from app.locale.display import Locale

UNKNOWN_MODEL = "—"
"""The model of a unit whose sheet names none (language-neutral: it is stored)."""
BATCH = 5000
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

    def message(self, tr: Translate, locale: Locale | None = None) -> str:
        """In the user's language; with `locale` (on a screen), numbers in its digits."""
        return fill(tr(self.context, self.template), self.params, tr, locale)


def _note(template: str, **params: Any) -> Note:
    return Note("Import", template, params)


class _Named(NamedTuple):
    """A note of the import that names one value, such as 'new customer {name}': the notes
    every row gets for each record it makes or meets, kept without a dict of their own (a
    hundred thousand rows keep three each)."""

    template: str
    key: str
    value: Any

    def message(self, tr: Translate, locale: Locale | None = None) -> str:
        return _note(self.template, **{self.key: self.value}).message(tr, locale)


@dataclass(slots=True)
class RowResult:
    sheet: str
    row: int
    """The row number as Excel shows it."""
    outcome: Outcome
    notes: list[Note | _Named]
    column: str = ""
    """For a rejected row: the column at fault, as 'C (شماره تماس)'."""
    cells: list[Any] | None = None
    """For a rejected row: its cells as read, for the errors workbook."""

    def message(self, tr: Translate, locale: Locale | None = None) -> str:
        separator = tr(*Label("Import", QT_TRANSLATE_NOOP("Import", "; ")))
        return separator.join(n.message(tr, locale) for n in self.notes)


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
    on_server: bool = False
    """The database is a server's (PostgreSQL): no backup file is taken, its own tools back it up."""
    hidden: list[str] = field(default_factory=list)
    """Sheets hidden in the workbook, imported like the others."""
    closed_old: int = 0
    """Open jobs older than the cut-off, closed as imported."""
    database: str | None = None
    """The URL of the database imported into: no report may be written over it."""

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.results if r.outcome is Outcome.REJECTED]


class ImportCancelled(ImportFailure):
    pass


class _RollBack(Exception):
    pass


@dataclass(slots=True)
class _Pending:
    """A parsed data row waiting for its batch to be written."""

    result: RowResult
    row: LegacyRow
    customer: _Known | None = None
    unit: _Known | None = None
    created: bool = False
    """Whether the row made any record; a row that made none merged into existing ones."""
    extras_kept: bool = False
    """Whether the cells of columns no field claims went into a new record's notes."""

    @property
    def customer_id(self) -> int:
        assert self.customer is not None  # the customers of a batch are written first
        return self.customer.id

    @property
    def asset_id(self) -> int | None:
        return None if self.unit is None else self.unit.id

    def says(self, template: str, **params: Any) -> None:
        self.result.notes.append(_note(template, **params))

    def names(self, template: str, key: str, value: Any) -> None:
        """The note of one record the row made or met ('new unit {serial}')."""
        self.result.notes.append(_Named(template, key, value))


@dataclass(slots=True)
class _Known:
    """A record met in this import: its id, name and the details a later row may fill."""

    id: int
    name: str
    details: dict[str, Any]
    """The details it has (those it has not are left out)."""
    search: str
    """Its part of its tickets' search text: a customer's name and mobile, a unit's serial key."""
    pending: dict[str, Any] | None = None
    """The row dict still to be inserted (a record new in this batch), else None."""


def _given(details: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return {name: value for name, value in details if value not in _EMPTY}


_EMPTY = ("", None, False)
"""A detail a record does not have."""


def takes_backup(desk: Desk) -> bool:
    """Whether a real import backs the database up first: an embedded (SQLite) file is
    copied; a server's database is backed up with the server's own tools."""
    return sqlite_path(desk.store.url) is not None


def import_workbook(desk: Desk, source: Path | ImportPlan, *, dry_run: bool = False,
                    translate: Translate = Catalogue().translate, progress: Progress | None = None) -> ImportReport:
    """Import every sheet of the workbook that has a header (detected, or as `source` plans
    it), in one transaction. A real import is a manager's action.

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
    if not dry_run:
        desk.require(Action.IMPORT)
    report = ImportReport(plan.path, dry_run, database=desk.store.url, hidden=[s.name for s in plan.sheets if s.hidden])
    report.on_server = sqlite_path(desk.store.url) is None
    if not dry_run:
        report.backup = backup_now(desk.store, "import")
    try:
        # The whole file is one transaction (all or nothing), so it holds the database to the
        # end; clerks whose saves wait for it are told it is this import (app.store.busy).
        holder = None if dry_run else Holder("import", plan.path.name, desk.actor.username)
        with _collecting_less(), desk.store.write(holder) as session, bulk_cache(session):
            importer = _Importer(desk, session, report, translate, progress, plan)
            for sheet in plan.sheets:
                importer.sheet(sheet, plan.book.rows(sheet.name))
            if dry_run:
                raise _RollBack
    except _RollBack:
        return report
    # The units the file brought give their products' periodic service its due dates
    # (Today, the due list). Apart from the import's transaction: it writes only when a
    # product has an interval, and a unit it missed is planned the next time the due list opens.
    sync_product_plans(desk)
    return report


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Python's cycle collector runs after every 700 new objects and now and then walks every
    live one; an import keeps millions alive until it ends (each row's account, the records
    met), most of which can hold no cycle, so with the default threshold about a tenth of a
    large import went to the collector. While an import runs it runs after 50,000 instead."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 50_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


_TICKET_COLUMNS = ("id", "number", "customer_id", "asset_id", "status", "fault", "accessories", "condition", "kind",
                   "priority", "assignee_id", "opened_at", "delivered_at", "closed_at", "coverage", "coverage_until",
                   "coverage_note", "search_norm")
"""A new ticket's values, in the order _Importer._tickets gives them."""
_CUSTOMER_DETAILS = ("phone", "email", "city", "address", "national_id", "company", "vip")
_UNIT_DETAILS = ("seller", "invoice_no")


class _Importer:
    def __init__(self, desk: Desk, session: Session, report: ImportReport, translate: Translate,
                 progress: Progress | None, plan: ImportPlan) -> None:
        self.desk, self.session, self.report, self.translate = desk, session, report, translate
        self.progress, self.total = progress, plan.rows
        self.customers: dict[tuple[str, str], _Known] = {}
        """('mobile' or 'name', key) → customers met so far."""
        self.assets: dict[str, tuple[_Known, int | None, str, date | None]] = {}
        """serial key → (the unit, its owner's id and name, its purchase date) of units met so far."""
        self.new_assets: dict[int, tuple[date, date, date | None, str] | None] = {}
        """Units this import made, with their warranty's start, end, void day and reason:
        coverage needs no query. Plain tuples, made into a WarrantySpan only when a decision
        needs one: a span for each of 60,000 units held the import above its memory budget."""
        self.tickets: set[str] = set()
        """Ticket numbers known to exist."""
        self.ticket_keys: set[tuple[int, datetime, str, int | None]] = set()
        """(customer, opened at, fault, unit) of the tickets of each customer in `keys_loaded`
        and of every ticket this import made: a row without a ticket number is a repair
        already present when it matches one."""
        self.keys_loaded: set[int] = set()
        self.products: dict[tuple[str, str], int] = {}
        self.warranty_ends: dict[tuple[date, int], date] = {}
        self.had = {model: session.scalar(select(exists().select_from(model))) for model in (Customer, Asset, Ticket)}
        """Whether the database had any customers, units, tickets before the import: a kind
        it had none of (a first migration) is only ever met in this import, and each record
        it makes is remembered, so the lookups of that kind are answered without a query."""
        self.named: dict[str, _Known] = {}
        """The customers this import made, by the fold of their name, the oldest kept: what
        a lookup by name finds when the database had no customers before."""
        self.staff = {normalize_search(name): id_ for id_, name in session.execute(select(User.id, User.full_name))}
        """Staff by the fold of their name: a technician named in a sheet is assigned, not repeated."""
        self.now = datetime.now(UTC)
        self.today = desk.today()
        """The day a sheet's coverage is compared on."""
        self.old_before: date | None = None
        if plan.close_open_older_than is not None:
            self.old_before = add_months(desk.today(), -plan.close_open_older_than, desk.locale.calendar)
        self.old_months = plan.close_open_older_than
        # Legacy numbers of our own shape (an export of ours) keep the counters ahead of them
        # before any number is handed out.
        keep_ahead_of(session, Series.TICKET, plan.ticket_numbers())

    # -- rows ------------------------------------------------------------------------------

    def sheet(self, plan: SheetPlan, rows: Iterator[list[Any]]) -> None:
        report, header = self.report, plan.header
        report.sheets += 1
        if header is not None:
            report.headers[plan.name] = list(plan.head[header.row])
        headings = {} if header is None else {at: cell_text(plan.head[header.row][at])
                                               for at in header.fields.values()}
        reader = None if header is None else RowReader(self.desk, header, report.headers[plan.name])
        data = _DataRows(header, headings)
        pending: list[_Pending] = []
        for index, row in enumerate(rows):
            report.rows_read += 1
            texts = texts_of(row)
            why = data.why_not(index, texts)
            if why is not None:
                report.results.append(RowResult(plan.name, index + 1, Outcome.SKIPPED, [
                    _note(QT_TRANSLATE_NOOP("Import", "not data: {why}"), why=Label("Import", why))]))
                continue
            assert reader is not None  # a sheet without a header has no data rows
            try:
                parsed = reader.read(row, texts)
            except Rejected as rejected:
                report.results.append(RowResult(plan.name, index + 1, Outcome.REJECTED, [Note.of(rejected.error)],
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

    def _merge(self, p: _Pending, known: _Known, given: dict[str, Any], what: str) -> dict[str, Any]:
        """Fill the record's empty details from the row; a detail the record already has
        differently is kept and the row says so. Returns the details filled."""
        filled: dict[str, Any] = {}
        for name, value in given.items():
            if value in _EMPTY:
                continue
            kept = known.details.get(name)
            if kept in _EMPTY:
                known.details[name] = filled[name] = value
            elif kept != value:
                p.says(QT_TRANSLATE_NOOP("Import", "the {record} has {field} “{kept}”; the sheet's “{value}” "
                                                   "was not stored over it"),
                       record=Label("Import", what), field=Label("Fields", FIELD_LABELS[name]),
                       kept=str(kept), value=str(value))
        if known.pending is not None:
            known.pending.update(filled)
            if "phone" in filled:
                known.pending["phone_key"] = phone_search_key(filled["phone"])
            return {}
        return filled

    def _update(self, model: type, id_: int, values: dict[str, Any]) -> None:
        if values:
            if "phone" in values:
                values["phone_key"] = phone_search_key(values["phone"])
            self.session.execute(update(model).where(model.id == id_)
                                 .values(**values, version=model.version + 1, updated_at=self.now))

    def _customers(self, batch: list[_Pending]) -> None:
        session = self.session
        keyed = [(p, ("mobile", p.row.mobile) if p.row.mobile else ("name", name_fold(p.row.name)))
                 for p in batch]
        unknown = {key for _, key in keyed if key not in self.customers}
        mobiles = [k for kind, k in unknown if kind == "mobile"]
        names = [k for kind, k in unknown if kind == "name"]
        details = [getattr(Customer, name) for name in _CUSTOMER_DETAILS]

        def known(id_: int, name: str, name_norm: str, mobile_key: str, values: Iterable[Any]) -> _Known:
            return _Known(id_, name, _given(zip(_CUSTOMER_DETAILS, values, strict=True)),
                          customer_search_text(name_norm, mobile_key))

        if not self.had[Customer]:
            mobiles = []  # each customer of this import is in self.customers under its mobile
            for kind, name_norm in unknown:
                if kind == "name" and name_norm in self.named:
                    self.customers[("name", name_norm)] = self.named[name_norm]
            names = []
        for chunk in _chunks(mobiles):
            for id_, mobile, name, name_norm, mobile_key, *values in session.execute(
                    select(Customer.id, Customer.mobile, Customer.name, Customer.name_norm, Customer.mobile_key,
                           *details).where(Customer.mobile.in_(chunk))):
                self.customers[("mobile", mobile)] = known(id_, name, name_norm, mobile_key, values)
        for chunk in _chunks(names):
            for id_, name, name_norm, mobile_key, *values in session.execute(
                    select(Customer.id, Customer.name, Customer.name_norm, Customer.mobile_key, *details)
                    .where(Customer.name_norm.in_(chunk)).order_by(Customer.id.desc())):  # the oldest wins
                self.customers[("name", name_norm)] = known(id_, name, name_norm, mobile_key, values)
        new: dict[tuple[str, str], _Pending] = {}
        folds: dict[tuple[str, str], str] = {}
        """Each new customer's name folded."""
        named_here: dict[str, tuple[str, str]] = {}
        """The fold of each new customer's name in this batch, to its key: a row without a
        mobile after it finds it, as it would in a later batch."""
        same: dict[tuple[str, str], tuple[str, str]] = {}
        for p, key in keyed:
            if key in self.customers or key in new or key in same:
                continue
            if key[0] == "name" and key[1] in named_here:
                same[key] = named_here[key[1]]
                continue
            new[key] = p
            folds[key] = fold = key[1] if key[0] == "name" else name_fold(p.row.name)
            named_here.setdefault(fold, key)
        rows, made = [], []
        if new:
            ids = reserve_ids(session, Customer.__table__, len(new))
            for (key, p), id_ in zip(new.items(), ids, strict=True):
                r = p.row
                row = dict(id=id_, name=r.name, name_norm=folds[key], mobile=r.mobile,
                           mobile_key=phone_search_key(r.mobile or ""), phone=r.phone,
                           phone_key=phone_search_key(r.phone), email=r.email, city=r.city, address=r.address,
                           national_id=r.national_id, company=r.company, vip=bool(r.vip),
                           notes=self._keep_extras(p, "customer"), version=1)
                rows.append(row)
                self.customers[key] = record = known(id_, r.name, row["name_norm"], row["mobile_key"],
                                                     (row[k] for k in _CUSTOMER_DETAILS))
                record.pending = row
                made.append(record)
                self.named.setdefault(row["name_norm"], record)
            self.report.created["customers"] += len(new)
        for key, first in same.items():
            self.customers[key] = self.customers[first]
        for p, key in keyed:
            p.customer = record = self.customers[key]
            if new.get(key) is p:
                p.created = True
                p.names(QT_TRANSLATE_NOOP("Import", "new customer {name}"), "name", record.name)
            else:
                self._update(Customer, record.id, self._merge(p, record, p.row.customer_details(), CUSTOMER))
                p.names(QT_TRANSLATE_NOOP("Import", "existing customer {name}"), "name", record.name)
        insert_rows(session, Customer, rows)
        for record in made:
            record.pending = None

    def _assets(self, batch: list[_Pending]) -> None:
        session, desk = self.session, self.desk
        keys = [normalize_serial(p.row.serial) for p in batch]
        for chunk in _chunks({k for k in keys if k not in self.assets} if self.had[Asset] else ()):
            for id_, key, owner, serial, owner_name, bought, seller, invoice in session.execute(
                    select(Asset.id, Asset.serial_norm, Asset.customer_id, Asset.serial, Customer.name,
                           Asset.purchase_date, Asset.seller, Asset.invoice_no)
                    .outerjoin(Customer, Customer.id == Asset.customer_id).where(Asset.serial_norm.in_(chunk))):
                record = _Known(id_, serial, _given((("seller", seller), ("invoice_no", invoice))), key)
                self.assets[key] = (record, owner, owner_name or "", as_date(bought))
        new: dict[str, _Pending] = {}
        for p, key in zip(batch, keys, strict=True):
            if key not in self.assets:
                new.setdefault(key, p)
        rows, spans, made, warranties = [], [], [], []
        if new:
            ids = reserve_ids(session, Asset.__table__, len(new))
            for (key, p), id_ in zip(new.items(), ids, strict=True):
                r = p.row
                end = r.warranty_end
                if end is None and r.warranty_months and r.purchase_date is not None:
                    end = self._warranty_end(r.purchase_date, r.warranty_months)
                span = ((r.purchase_date, end, r.voided_on, r.void_reason)
                        if end is not None and r.purchase_date is not None else None)
                spans.append(span)
                row = dict(id=id_, serial=r.serial, serial_norm=key, product_id=self._product(r),
                           customer_id=p.customer_id, purchase_date=r.purchase_date, seller=r.seller,
                           invoice_no=r.invoice_no, version=1)
                rows.append(row)
                record = _Known(id_, r.serial, _given((("seller", r.seller), ("invoice_no", r.invoice_no))), key,
                                row)
                made.append(record)
                self.assets[key] = (record, p.customer_id, r.name, r.purchase_date)
            for id_, span in zip(ids, spans, strict=True):
                self.new_assets[id_] = span
                if span:
                    warranties.append(dict(asset_id=id_, kind=WarrantyKind.STANDARD.value, start_date=span[0],
                                           end_date=span[1], voided_on=span[2], void_reason=span[3], version=1))
            self.report.created["units"] += len(new)
        covered = self._coverage_today({self.assets[key][0].id for p, key in zip(batch, keys, strict=True)
                                        if p.row.coverage is not None})
        for p, key in zip(batch, keys, strict=True):
            record, owner, owner_name, bought = self.assets[key]
            p.unit = record
            if new.get(key) is p:
                p.created = True
                p.names(QT_TRANSLATE_NOOP("Import", "new unit {serial}"), "serial", record.name)
                self._compare_coverage(p, covered.get(record.id))
                assert record.pending is not None
                record.pending["notes"] = self._keep_extras(p, "unit")  # with the sheet's coverage, if it differs
                continue
            self._compare_coverage(p, covered.get(record.id))
            if owner is not None and owner != p.customer_id:
                p.says(QT_TRANSLATE_NOOP("Import", "existing unit {serial}, recorded for another customer "
                                                   "({owner}); its owner was not changed"),
                       serial=record.name, owner=owner_name)
            else:
                p.names(QT_TRANSLATE_NOOP("Import", "existing unit {serial}"), "serial", record.name)
            self._update(Asset, record.id, self._merge(p, record, p.row.unit_details(), UNIT))
            if p.row.purchase_date is not None and p.row.purchase_date != bought:
                p.says(QT_TRANSLATE_NOOP("Import", "the unit's purchase date was kept; the sheet's {date} was "
                                                   "not stored over it"), date=desk.locale.date(p.row.purchase_date))
        insert_rows(session, Asset, rows)
        insert_rows(session, Warranty, warranties)
        for record in made:
            record.pending = None

    def _new_warranty(self, unit: int) -> list[WarrantySpan]:
        span = self.new_assets[unit]
        return [WarrantySpan(0, *span)] if span else []

    def _coverage_today(self, units: set[int]) -> dict[int, CoverageKind]:
        """The coverage today of units a sheet gives a coverage for."""
        found: dict[int, CoverageKind] = {}
        for id_ in units & self.new_assets.keys():  # made by this import: their warranty, no contract yet
            found[id_] = decide_coverage(self._new_warranty(id_), [], self.today).kind
        for chunk in _chunks(units - found.keys()):
            for unit in self.session.scalars(select(Asset).where(Asset.id.in_(chunk)).options(
                    selectinload(Asset.warranties), selectinload(Asset.contracts))):
                found[unit.id] = asset_coverage(unit, self.today).kind
        return found

    @staticmethod
    def _compare_coverage(p: _Pending, ours: CoverageKind | None) -> None:
        """Coverage is worked out from the unit's warranty and contracts, never taken from a
        sheet; a sheet that says otherwise is told, and its word kept with the unit."""
        said = p.row.coverage
        if said is None or said is ours:
            return
        p.row.extras.append(p.row.coverage_cell)
        p.says(QT_TRANSLATE_NOOP("Import", "the sheet says the unit's coverage is “{sheet}”, but by its warranty "
                                           "and contracts in Khedmat it is “{ours}” today; check the unit"),
               sheet=coverage_label(said), ours=coverage_label(ours))

    def _warranty_end(self, start: date, months: int) -> date:
        """`warranty_end`, worked out once per start and period: a legacy sheet's units were
        bought on a few thousand days, with a few warranty periods."""
        key = (start, months)
        if key not in self.warranty_ends:
            self.warranty_ends[key] = warranty_end(start, months, self.desk)
        return self.warranty_ends[key]

    @staticmethod
    def _keep_extras(p: _Pending, record: str) -> str:
        """The notes of the newest record a row makes: its ticket's history, else its unit's,
        else its customer's."""
        last = "ticket" if p.row.has_ticket else "unit" if p.row.serial else "customer"
        if record != last or not p.row.extras:
            return ""
        p.extras_kept = True
        return "\n".join(p.row.extras)

    def _product(self, row: LegacyRow) -> int:
        key = (row.brand, row.product or UNKNOWN_MODEL)
        if key not in self.products:
            self.products[key] = get_or_create_product(self.session, key[0], key[1], category=row.category,
                                                       warranty_months=row.warranty_months).id
        return self.products[key]

    def _technician(self, name: str) -> int | None:
        if not name:
            return None
        key = normalize_search(name)
        if key not in self.staff:
            (id_,) = reserve_ids(self.session, User.__table__, 1)
            insert_rows(self.session, User, [dict(id=id_, username=f"staff-{id_}", full_name=name,
                                                  role=Role.TECHNICIAN.value, active=True)])
            self.staff[key] = id_
            self.report.created["staff"] += 1
        return self.staff[key]

    def _tickets(self, batch: list[_Pending]) -> None:
        session, desk = self.session, self.desk
        zone = desk.locale.timezone
        numbers = {p.row.ticket_no for p in batch if p.row.ticket_no} - self.tickets if self.had[Ticket] else ()
        for chunk in _chunks(numbers):
            self.tickets.update(session.scalars(select(Ticket.number).where(Ticket.number.in_(chunk))))
        owners = {p.customer_id for p in batch if not p.row.ticket_no} - self.keys_loaded if self.had[Ticket] else set()
        for chunk in _chunks(owners):
            self.ticket_keys.update(tuple(row) for row in session.execute(
                select(Ticket.customer_id, Ticket.opened_at, Ticket.fault, Ticket.asset_id)
                .where(Ticket.customer_id.in_(chunk))))
        self.keys_loaded |= owners
        new: list[tuple[_Pending, datetime, date]] = []
        """The rows that make a ticket, with when it was received and that day on the desk's clock."""
        for p in batch:
            at = p.row.received
            assert at is not None  # RowReader rejects a job without its date
            key = (p.customer_id, at, p.row.fault, p.asset_id)
            if p.row.ticket_no:
                if p.row.ticket_no in self.tickets:
                    p.says(QT_TRANSLATE_NOOP("Import", "ticket {number} already present"),
                           number=Ident(p.row.ticket_no))
                    continue
                self.tickets.add(p.row.ticket_no)
            elif key in self.ticket_keys:
                p.says(QT_TRANSLATE_NOOP("Import", "the same repair is already present"))
                continue
            self.ticket_keys.add(key)  # a numbered ticket's too: a later row without the number is the same repair
            new.append((p, at, at.astimezone(zone).date()))
        if not new:
            return
        by_year: dict[int, list[_Pending]] = defaultdict(list)
        for p, _, day in new:
            if not p.row.ticket_no:
                by_year[desk.numbering_year(day)].append(p)
        for year, rows in by_year.items():
            for p, number in zip(rows, next_numbers(session, Series.TICKET, year, len(rows)), strict=True):
                p.row.ticket_no = number
        coverage = self._coverage(new)
        ids = reserve_ids(session, Ticket.__table__, len(new))
        closing: dict[int, TicketStatus] = {}
        received, closed = TicketStatus.RECEIVED, TicketStatus.CLOSED
        repair, normal = TicketKind.REPAIR.value, Priority.NORMAL.value
        same = dict(currency=desk.locale.currency, opened_by_id=desk.actor.id, version=1)
        """What every new ticket has."""
        tickets = []  # in the order of _TICKET_COLUMNS
        for (p, at, day), decision, id_ in zip(new, coverage, ids, strict=True):
            r = p.row
            assert p.customer is not None
            status = r.status or received
            closed_at = None
            if status in OPEN_STATUSES and self.old_before is not None and day < self.old_before:
                closing[id_] = status
                status, closed_at = closed, self.now
            tickets.append((
                id_, r.ticket_no, p.customer.id, p.asset_id, status.value, r.fault, r.accessories, r.condition,
                r.kind.value if r.kind else repair, r.priority.value if r.priority else normal,
                self._technician(r.technician), at, r.delivered, closed_at,
                decision.kind.value if decision else "none",
                (decision.until or decision.ended_on) if decision else None, decision.note if decision else "",
                ticket_search_text(r.ticket_no, p.customer.search, p.unit and p.unit.search)))
        insert_rows(session, Ticket, tickets, columns=_TICKET_COLUMNS, shared=same)
        del tickets
        self.report.closed_old += len(closing)
        translate = self.translate

        def tr(text: str) -> str:
            return translate("Import", text)

        amount_label = tr(QT_TRANSLATE_NOOP("Import", "Amount from the legacy sheet"))
        imported_from = tr(QT_TRANSLATE_NOOP("Import", "Imported from {file}, sheet {sheet}, row {row}."))
        status_in_sheet = tr(QT_TRANSLATE_NOOP("Import", "Status in the sheet: {status}"))
        amount_in_sheet = tr(QT_TRANSLATE_NOOP("Import", "Amount in the sheet: {amount}"))
        paid_in_sheet = tr(QT_TRANSLATE_NOOP("Import", "Amount received in the sheet: {amount}"))
        closed_old = tr(QT_TRANSLATE_NOOP("Import", "Closed (imported): still open in the sheet, and received "
                                                    "more than {months} months before the import."))
        closed_old = closed_old.format(months=self.old_months)
        file = self.report.path.name
        one, labor, status_event = Decimal(1), LineKind.LABOR.value, EventKind.STATUS.value
        actor = desk.actor.id
        new_ticket = QT_TRANSLATE_NOOP("Import", "new ticket {number}")
        lines, events, moves, payments = [], [], [], []  # lines, events and moves in their insert's columns
        for (p, at, _), id_ in zip(new, ids, strict=True):
            r = p.row
            customer_id = p.customer_id
            if r.amount is not None:
                lines.append((id_, r.amount))
            if r.paid is not None:
                payments.append(dict(ticket_id=id_, amount=r.paid, currency=same["currency"], method=None,
                                     paid_at=r.delivered, user_id=actor, note=r.paid_word))
            history = [imported_from.format(file=file, sheet=p.result.sheet, row=p.result.row)]
            if r.status_word:
                history.append(status_in_sheet.format(status=r.status_word))
            if r.amount_word:
                history.append(amount_in_sheet.format(amount=r.amount_word))
            if r.paid_word:
                history.append(paid_in_sheet.format(amount=r.paid_word))
            history.extend(r.extras)
            p.extras_kept = True
            first = closing.get(id_) or r.status or received
            events.append((id_, customer_id, first.value, "\n".join(history), at))
            if id_ in closing:
                moves.append((id_, customer_id, first.value))
            p.created = True
            p.names(new_ticket, "number", Ident(r.ticket_no))
        insert_rows(session, TicketLine, lines, columns=("ticket_id", "unit_price"),
                    shared=dict(kind=labor, quantity=one, description=amount_label))
        insert_rows(session, Payment, payments)
        # Two executemanys: one needs every row to have the same columns, and only the closings
        # name the status they come from.
        insert_rows(session, TicketEvent, events, columns=("ticket_id", "customer_id", "to_status", "text", "at"),
                    shared=dict(kind=status_event, user_id=actor))
        insert_rows(session, TicketEvent, moves, columns=("ticket_id", "customer_id", "from_status"),
                    shared=dict(kind=status_event, to_status=closed.value, text=closed_old, user_id=actor,
                                at=self.now))
        self.report.created["tickets"] += len(ids)

    def _coverage(self, new: list[tuple[_Pending, datetime, date]]) -> list[Coverage | None]:
        """Each new ticket's coverage on the day it was opened (None: no unit named)."""
        older = {p.asset_id for p, _, _ in new if p.asset_id is not None and p.asset_id not in self.new_assets}
        loaded: dict[int, Asset] = {}
        for chunk in _chunks(older):
            loaded.update((a.id, a) for a in self.session.scalars(
                select(Asset).where(Asset.id.in_(chunk))
                .options(selectinload(Asset.warranties), selectinload(Asset.contracts))))
        decisions: list[Coverage | None] = []
        for p, _, day in new:
            unit = p.asset_id
            if unit is None:
                decisions.append(None)
            elif unit in self.new_assets:
                decisions.append(decide_coverage(self._new_warranty(unit), [], day))
            else:
                decisions.append(asset_coverage(loaded[unit], day))
        return decisions


CUSTOMER = QT_TRANSLATE_NOOP("Import", "customer")
UNIT = QT_TRANSLATE_NOOP("Import", "unit")
FIELD_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "email"),
    "city": QT_TRANSLATE_NOOP("Fields", "city"),
    "address": QT_TRANSLATE_NOOP("Fields", "address"),
    "national_id": QT_TRANSLATE_NOOP("Fields", "national ID"),
    "company": QT_TRANSLATE_NOOP("Fields", "company"),
    "vip": QT_TRANSLATE_NOOP("Fields", "VIP"),
    "seller": QT_TRANSLATE_NOOP("Fields", "seller"),
    "invoice_no": QT_TRANSLATE_NOOP("Fields", "invoice number"),
}


class _DataRows:
    """Tells a sheet's data rows from the rest (titles, blank rows, the header again, totals)."""

    def __init__(self, header: Header | None, headings: dict[int, str]) -> None:
        self.header = header
        self.headings = headings
        """The header's texts of its mapped columns: a row repeating them is the header again."""
        self.identifying = [] if header is None else [
            at for f, at in header.fields.items() if f in (Field.MOBILE, Field.SERIAL)]
        """The columns of a mobile or a serial: a row that gives one is data, whatever else it says."""

    def why_not(self, index: int, texts: list[str]) -> str | None:
        """Why the row is not data (a catalogue entry), or None for a data row."""
        header = self.header
        if not any(texts):
            return QT_TRANSLATE_NOOP("Import", "blank row")
        if header is None:
            return QT_TRANSLATE_NOOP("Import", "the sheet has no recognisable header row")
        if index < header.row:
            return QT_TRANSLATE_NOOP("Import", "title above the header row")
        if index == header.row:
            return QT_TRANSLATE_NOOP("Import", "header row")
        if self._repeats_header(texts):
            return QT_TRANSLATE_NOOP("Import", "header row repeated")
        if not self._identifies(texts) and is_total_row(texts):
            return QT_TRANSLATE_NOOP("Import", "total row")
        return None

    def _repeats_header(self, texts: list[str]) -> bool:
        headings = iter(self.headings.items())
        first = next(headings, None)
        if first is not None and (first[0] >= len(texts) or texts[first[0]] != first[1]):
            return False  # a data row differs at the first heading already
        return all(at < len(texts) and texts[at] == text for at, text in headings)

    def _identifies(self, texts: list[str]) -> bool:
        return any(at < len(texts) and texts[at] and not is_total_row([texts[at]]) for at in self.identifying)
