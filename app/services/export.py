"""Exports of the main records to .xlsx or .csv, with the canonical header row: the machine
format for scripts and for importing back (`khedmat import` reads every column of it)."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.domain.base import Hundredths
from app.domain.contracts import Contract
from app.domain.coverage import asset_coverage
from app.domain.followups import FollowUp
from app.domain.people import Customer
from app.domain.tickets import Payment, Ticket, TicketLine
from app.domain.units import Asset
from app.errors import ValidationError, system_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.display import Locale
from app.services.desk import Desk
from app.services.output_files import output_path, written_whole
from app.services.sheet_cells import csv_text, xlsx_row
from app.services.tickets import totals

FIELDS: dict[str, tuple[str, ...]] = {
    "customers": ("name", "mobile", "phone", "email", "city", "address", "national_id", "company", "vip"),
    "assets": ("serial", "brand", "product", "category", "customer", "customer_mobile", "purchase_date",
               "warranty_end", "voided_on", "void_reason", "coverage", "seller", "invoice_no"),
    "tickets": ("number", "opened_at", "customer", "customer_mobile", "serial", "status", "kind", "priority",
                "fault", "accessories", "condition", "technician", "total", "paid", "currency", "delivered_at"),
    "contracts": ("number", "customer_mobile", "start_date", "end_date", "price", "currency",
                  "visits_included", "visits_used", "serials"),
    "followups": ("ticket", "customer_mobile", "due_date", "done_at", "outcome", "csat", "nps",
                  "comment"),
}

BATCH = 2000

Value = str | int | Decimal | date | datetime | bool | None


def _customers(desk: Desk) -> Iterator[tuple[Value, ...]]:
    with desk.store.read() as session:
        for c in session.scalars(select(Customer).order_by(Customer.id).execution_options(yield_per=BATCH)):
            yield c.name, c.mobile, c.phone, c.email, c.city, c.address, c.national_id, c.company, c.vip


def _assets(desk: Desk) -> Iterator[tuple[Value, ...]]:
    today = desk.today()
    with desk.store.read() as session:
        statement = (
            select(Asset).order_by(Asset.id)
            .options(selectinload(Asset.warranties), selectinload(Asset.contracts),
                     selectinload(Asset.product), selectinload(Asset.customer))
            .execution_options(yield_per=BATCH)
        )
        for a in session.scalars(statement):
            last = max(a.warranties, key=lambda w: (w.end_date, w.id), default=None)
            yield (a.serial, a.product.brand, a.product.model, a.product.category,
                   a.customer.name if a.customer else None, a.customer.mobile if a.customer else None,
                   a.purchase_date, last.end_date if last else None, last.voided_on if last else None,
                   last.void_reason if last else None, asset_coverage(a, today).kind.value, a.seller, a.invoice_no)


def _tickets(desk: Desk) -> Iterator[tuple[Value, ...]]:
    with desk.store.read() as session:
        lines: dict[int, list[TicketLine]] = {}
        for line in session.scalars(select(TicketLine).execution_options(yield_per=BATCH)):
            lines.setdefault(line.ticket_id, []).append(line)
        paid = dict(session.execute(select(Payment.ticket_id, func.sum(Payment.amount, type_=Hundredths()))
                                    .group_by(Payment.ticket_id)).all())
        statement = (
            select(Ticket).order_by(Ticket.id)
            .options(selectinload(Ticket.customer), selectinload(Ticket.asset), selectinload(Ticket.assignee))
            .execution_options(yield_per=BATCH)
        )
        for t in session.scalars(statement):
            yield (t.number, t.opened_at, t.customer.name, t.customer.mobile, t.asset.serial if t.asset else None,
                   t.status, t.kind, t.priority, t.fault, t.accessories, t.condition,
                   t.assignee.full_name if t.assignee else None, totals(lines.get(t.id, [])).due,
                   paid.get(t.id),
                   t.currency, t.delivered_at)


def _contracts(desk: Desk) -> Iterator[tuple[Value, ...]]:
    with desk.store.read() as session:
        statement = (
            select(Contract).order_by(Contract.id)
            .options(selectinload(Contract.customer), selectinload(Contract.assets))
            .execution_options(yield_per=BATCH)
        )
        for c in session.scalars(statement):
            yield (c.number, c.customer.mobile, c.start_date, c.end_date, c.price, c.currency,
                   c.visits_included, c.visits_used, " ".join(a.serial for a in c.assets))


def _followups(desk: Desk) -> Iterator[tuple[Value, ...]]:
    with desk.store.read() as session:
        statement = select(FollowUp, Ticket.number, Customer.mobile).outerjoin(
            Ticket, Ticket.id == FollowUp.ticket_id
        ).join(Customer, Customer.id == FollowUp.customer_id).order_by(FollowUp.id)
        for f, number, mobile in session.execute(statement.execution_options(yield_per=BATCH)):
            yield number, mobile, f.due_date, f.done_at, f.outcome, f.csat, f.nps, f.comment


ROWS = {"customers": _customers, "assets": _assets, "tickets": _tickets,
        "contracts": _contracts, "followups": _followups}


class _Dates:
    """Dates as the user reads them (their calendar, year first) through Locale.date, the one
    date formatter; Latin digits, so a spreadsheet sorts and filters them; times local."""

    def __init__(self, locale: Locale) -> None:
        self.locale = replace(locale, native_digits=False)

    def __call__(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            local = value.astimezone(self.locale.timezone)
            return f"{self.locale.date(local.date())} {local:%H:%M}"
        return self.locale.date(value)


def _cell(value: Value, dates: _Dates) -> str | int | float | bool | None:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return dates(value)
    return value


def _text(value: Value, dates: _Dates) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return dates(value)
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def _write_csv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[Value, ...]], dates: _Dates) -> int:
    count = 0
    # utf-8-sig: Excel opens Persian and Arabic text correctly only with the BOM.
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_text(v, dates) for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, header: tuple[str, ...], rows: Iterable[tuple[Value, ...]], dates: _Dates) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("data")
    sheet.append(list(header))
    count = 0
    for row in rows:
        sheet.append(xlsx_row(sheet, [_cell(v, dates) for v in row]))
        count += 1
    workbook.save(path)
    return count


WRITERS = {".csv": _write_csv, ".xlsx": _write_xlsx}


def export(desk: Desk, entity: str, out: Path) -> int:
    """Write every `entity` record to `out` (.xlsx or .csv); returns the number of rows.

    The file appears only when it is complete: it is written beside the target and renamed.
    """
    if entity not in FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown export “{entity}”; choose one of: {choices}."),
            entity=entity, choices=", ".join(FIELDS),
        )
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv; “{name}” is neither."), name=out.name
        )
    out = output_path(out, database=desk.store.url).resolve()
    try:
        with written_whole(out) as temp:
            return writer(temp, FIELDS[entity], ROWS[entity](desk), _Dates(desk.locale))
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write to {path}: {reason}"), path=str(out),
            reason=system_reason(error),
        ) from error
