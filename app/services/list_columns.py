"""The columns of each main list, and how a cell reads in the user's locale.

A column gives a row's raw value and the kind of that value; one function turns it into
the text the list shows (and a printed list prints), and the workbook export writes the
same value as a typed cell. So the list, its print-out and its export always agree, and
the columns can be used without Qt.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from app.domain.contracts import contract_status_label
from app.domain.coverage import coverage_label
from app.domain.kinds import FollowUpKind, FollowUpOutcome, Priority, TicketKind, WarrantyKind, label
from app.domain.workflow import status_label
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, Label, Money
from app.locale.display import Locale
from app.locale.text import isolate_ltr
from app.services.listing import ContractRow, CustomerRow, FollowUpRow, TicketRow, WarrantyRow

R = TypeVar("R")

COLUMN_CONTEXT = "Columns"
YES = Label(COLUMN_CONTEXT, QT_TRANSLATE_NOOP("Columns", "Yes"))
ARCHIVED = Label(COLUMN_CONTEXT, QT_TRANSLATE_NOOP("Columns", "Archived"))


class Cell(StrEnum):
    """What a column's value is, which decides how it is shown and exported."""

    TEXT = "text"
    IDENT = "ident"
    """A number of ours (ticket, contract): text in the user's digits, kept in written order."""
    DATE = "date"
    MOMENT = "moment"
    """A date and time of day."""
    LABEL = "label"
    """A catalogue Label (status, kind), in the reader's language."""
    PHONE = "phone"
    MONEY = "money"
    """An app.i18n.Money."""
    NUMBER = "number"
    """A count or score: a number."""
    DIGITS = "digits"
    """Text made of numbers ('3/5'): the user's digits, not a number."""


@dataclass(frozen=True)
class ListColumn(Generic[R]):
    header: str
    """Untranslated; marked with QT_TRANSLATE_NOOP("Columns", ...) where the column is defined."""
    value: Callable[[R], Any]
    """The row's raw value for this column (None when it has none), of the kind `cell`."""
    cell: Cell = Cell.TEXT
    sort: str | None = None
    """The list's sort key for this column (sorting happens in SQL); None: not sortable."""
    render: Callable[[R, Locale, Translate], str] | None = None
    """For a cell whose text is made from several of the row's values: that text, in the
    reader's language (its `value` is then what a sort or an export compares)."""


def cell_text(column: ListColumn[R], row: R, locale: Locale, translate: Translate) -> str:
    """The cell as the list shows it: in the user's language, calendar and digits."""
    if column.render is not None:
        return column.render(row, locale, translate)
    value = column.value(row)
    if value is None or value == "":
        return ""
    match column.cell:
        case Cell.IDENT:
            return locale.ident(value)
        case Cell.DATE:
            return locale.date(value)
        case Cell.MOMENT:
            return locale.moment(value)
        case Cell.LABEL:
            return translate(*value)
        case Cell.PHONE:
            return isolate_ltr(locale.phone(value))
        case Cell.MONEY:
            return locale.money(value.amount, value.currency)
        case Cell.NUMBER | Cell.DIGITS:
            return locale.digits(value)
    return str(value)


def header_text(column: ListColumn[Any], translate: Translate) -> str:
    return translate(COLUMN_CONTEXT, column.header)


TICKET_COLUMNS: Sequence[ListColumn[TicketRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number, Cell.IDENT, "number"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: r.opened_at, Cell.DATE, "opened"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: status_label(r.status), Cell.LABEL, "status"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name, Cell.TEXT, "customer"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: r.customer_mobile, Cell.PHONE),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.product),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Fault"), lambda r: r.fault),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Coverage"), lambda r: coverage_label(r.coverage), Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: r.promised_date, Cell.DATE, "promised"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Estimate"),
               lambda r: Money(r.estimate, r.currency) if r.estimate is not None else None, Cell.MONEY),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Priority"), lambda r: label(Priority(r.priority)), Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(TicketKind(r.kind)), Cell.LABEL),
)

CUSTOMER_COLUMNS: Sequence[ListColumn[CustomerRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, Cell.TEXT, "name"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: r.mobile, Cell.PHONE),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone, Cell.PHONE),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city, Cell.TEXT, "city"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "VIP"), lambda r: YES if r.vip else None, Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Archived"), lambda r: ARCHIVED if r.archived else None, Cell.LABEL),
)

WARRANTY_COLUMNS: Sequence[ListColumn[WarrantyRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial, Cell.TEXT, "serial"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.product),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(WarrantyKind(r.kind)), Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_date, Cell.DATE, "start"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_date, Cell.DATE, "end"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Void since"), lambda r: r.voided_on, Cell.DATE),
)

CONTRACT_COLUMNS: Sequence[ListColumn[ContractRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number, Cell.IDENT, "number"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_date, Cell.DATE, "start"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_date, Cell.DATE, "end"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Price"), lambda r: Money(r.price, r.currency), Cell.MONEY),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Visits used"),
               lambda r: f"{r.visits_used}/{r.visits_included}" if r.visits_included is not None
               else str(r.visits_used), Cell.DIGITS),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: contract_status_label(r.status), Cell.LABEL),
)

FOLLOWUP_COLUMNS: Sequence[ListColumn[FollowUpRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_date, Cell.DATE, "due"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: r.customer_mobile, Cell.PHONE),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"), lambda r: r.ticket_number, Cell.IDENT),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(FollowUpKind(r.kind)), Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Outcome"),
               lambda r: label(FollowUpOutcome(r.outcome)) if r.outcome else None, Cell.LABEL),
    # a satisfaction score runs from 1: 0 is "not asked"; a recommendation of 0 is a real answer
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Satisfaction"), lambda r: r.csat or None, Cell.NUMBER),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Recommendation"), lambda r: r.nps, Cell.NUMBER),
)
