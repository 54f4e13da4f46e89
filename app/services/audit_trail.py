"""Reading the audit trail (written by app.store.audit): a manager's list of who created,
changed or deleted what and when, filtered by record, account, action and day, and the
trail of one record."""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from app.domain.audit import AuditEntry
from app.domain.kinds import (
    Approval,
    Channel,
    EventKind,
    FollowUpKind,
    FollowUpOutcome,
    LineKind,
    PaymentMethod,
    Priority,
    Role,
    StockKind,
    TicketKind,
    WarrantyKind,
    label,
)
from app.domain.permissions import Action
from app.domain.workflow import TicketStatus, status_label
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.locale.display import Locale
from app.locale.money import currency_label
from app.locale.text import isolate_ltr
from app.services.changes import FIELD_CONTEXT, FIELD_LABELS
from app.services.common import text_condition
from app.services.desk import Desk
from app.services.list_columns import Cell, ListColumn
from app.services.listing import ListKind

AUDIT_CONTEXT = "Audit"
RECORD_LABELS: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("Audit", "Customer"),
    "assets": QT_TRANSLATE_NOOP("Audit", "Unit"),
    "products": QT_TRANSLATE_NOOP("Audit", "Product"),
    "warranties": QT_TRANSLATE_NOOP("Audit", "Warranty"),
    "contracts": QT_TRANSLATE_NOOP("Audit", "Contract"),
    "contract_assets": QT_TRANSLATE_NOOP("Audit", "Unit of a contract"),
    "maintenance_plans": QT_TRANSLATE_NOOP("Audit", "Maintenance plan"),
    "tickets": QT_TRANSLATE_NOOP("Audit", "Ticket"),
    "ticket_lines": QT_TRANSLATE_NOOP("Audit", "Part or labour line"),
    "ticket_events": QT_TRANSLATE_NOOP("Audit", "History entry"),
    "payments": QT_TRANSLATE_NOOP("Audit", "Payment"),
    "followups": QT_TRANSLATE_NOOP("Audit", "Follow-up"),
    "followup_attempts": QT_TRANSLATE_NOOP("Audit", "Follow-up attempt"),
    "complaints": QT_TRANSLATE_NOOP("Audit", "Complaint"),
    "parts": QT_TRANSLATE_NOOP("Audit", "Part"),
    "stock_movements": QT_TRANSLATE_NOOP("Audit", "Stock movement"),
    "users": QT_TRANSLATE_NOOP("Audit", "Account"),
    "settings": QT_TRANSLATE_NOOP("Audit", "Setting"),
}
"""Every audited table, as the trail names its records."""
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
}
NO_ONE = Label(AUDIT_CONTEXT, QT_TRANSLATE_NOOP("Audit", "Khedmat itself"))
"""Who wrote an entry made with no account: the program (its first account, a migration)."""


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    user_name: str
    action: str
    record_type: str
    record_id: int | None
    changes: dict[str, Any]


def _columns(desk: Desk) -> Any:
    return select(AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action, AuditEntry.record_type,
                  AuditEntry.record_id, AuditEntry.changes)


def _row(r: Row) -> AuditRow:
    return AuditRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}"))


def _search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    return text_condition(text, (AuditEntry.user_name, ("fold", "serial")), (AuditEntry.changes, ("fold", "digits")),
                          session=session)


def _start(day: date, desk: Desk) -> datetime:
    return datetime.combine(day, time(0), desk.locale.timezone)


def _filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    match name:
        case "record_type":
            return AuditEntry.record_type == value
        case "record":
            kind, id_ = value
            return (AuditEntry.record_type == kind) & (AuditEntry.record_id == id_)
        case "action":
            return AuditEntry.action == value
        case "user":
            return AuditEntry.user_name == value
        case "from":
            return AuditEntry.at >= _start(value, desk)
        case "to":
            return AuditEntry.at < _start(value + timedelta(days=1), desk)
    raise KeyError(name)


AUDIT_TRAIL: ListKind[AuditRow] = ListKind(
    _columns, _search, _row, lambda desk: (AuditEntry.id.desc(),),
    lambda searched: select(func.count()).select_from(AuditEntry),
    sort_columns={"at": AuditEntry.id, "user": AuditEntry.user_name, "record": AuditEntry.record_type},
    tiebreak=AuditEntry.id, filter_condition=_filters, permission=Action.READ_AUDIT,
)
"""The newest entries first; a manager's."""


def audit_users(desk: Desk) -> list[str]:
    """The accounts the trail names, for its filter."""
    desk.require(Action.READ_AUDIT)
    with desk.store.read() as session:
        return list(session.scalars(select(AuditEntry.user_name).distinct().order_by(AuditEntry.user_name)))


def record_label(row: AuditRow) -> Label:
    return Label(AUDIT_CONTEXT, RECORD_LABELS.get(row.record_type, row.record_type))


COLUMN_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "failed_sign_ins": QT_TRANSLATE_NOOP("Fields", "Wrong passwords in a row"),
    "locked_until": QT_TRANSLATE_NOOP("Fields", "Waits until"),
    "last_sign_in_at": QT_TRANSLATE_NOOP("Fields", "Last signed in"),
    "password_hash": QT_TRANSLATE_NOOP("Fields", "Password"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "approval": QT_TRANSLATE_NOOP("Fields", "Customer's answer"),
    "approval_at": QT_TRANSLATE_NOOP("Fields", "Answered on"),
    "approval_by": QT_TRANSLATE_NOOP("Fields", "Answered by"),
    "approval_via": QT_TRANSLATE_NOOP("Fields", "Answered by way of"),
    "archived_at": QT_TRANSLATE_NOOP("Fields", "Archived on"),
    "at": QT_TRANSLATE_NOOP("Fields", "At"),
    "brand": QT_TRANSLATE_NOOP("Fields", "Brand"),
    "cancelled_on": QT_TRANSLATE_NOOP("Fields", "Cancelled on"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "closed_at": QT_TRANSLATE_NOOP("Fields", "Closed at"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "contract_id": QT_TRANSLATE_NOOP("Fields", "Contract"),
    "coverage": QT_TRANSLATE_NOOP("Fields", "Coverage"),
    "coverage_note": QT_TRANSLATE_NOOP("Fields", "Coverage note"),
    "coverage_until": QT_TRANSLATE_NOOP("Fields", "Covered until"),
    "covered": QT_TRANSLATE_NOOP("Fields", "Covered"),
    "csat": QT_TRANSLATE_NOOP("Fields", "Satisfaction"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "default_warranty_months": QT_TRANSLATE_NOOP("Fields", "Warranty months"),
    "delivered_at": QT_TRANSLATE_NOOP("Fields", "Delivered at"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "done_at": QT_TRANSLATE_NOOP("Fields", "Done at"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "estimate": QT_TRANSLATE_NOOP("Fields", "Estimate"),
    "from_status": QT_TRANSLATE_NOOP("Fields", "From status"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "interval_months": QT_TRANSLATE_NOOP("Fields", "Every (months)"),
    "is_rework": QT_TRANSLATE_NOOP("Fields", "Rework"),
    "key": QT_TRANSLATE_NOOP("Fields", "Setting"),
    "last_done": QT_TRANSLATE_NOOP("Fields", "Last done"),
    "maintenance_interval_months": QT_TRANSLATE_NOOP("Fields", "Periodic service (months)"),
    "method": QT_TRANSLATE_NOOP("Fields", "Paid by"),
    "model": QT_TRANSLATE_NOOP("Fields", "Model"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "next_due": QT_TRANSLATE_NOOP("Fields", "Next due"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "nps": QT_TRANSLATE_NOOP("Fields", "Recommendation"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "opened_at": QT_TRANSLATE_NOOP("Fields", "Opened at"),
    "opened_by_id": QT_TRANSLATE_NOOP("Fields", "Opened by"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "paid_at": QT_TRANSLATE_NOOP("Fields", "Paid at"),
    "part_id": QT_TRANSLATE_NOOP("Fields", "Part"),
    "price": QT_TRANSLATE_NOOP("Fields", "Price"),
    "reorder_level": QT_TRANSLATE_NOOP("Fields", "Reorder level"),
    "representative_id": QT_TRANSLATE_NOOP("Fields", "Representative"),
    "response_hours": QT_TRANSLATE_NOOP("Fields", "Response time (hours)"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "stock": QT_TRANSLATE_NOOP("Fields", "Stock"),
    "terms": QT_TRANSLATE_NOOP("Fields", "Terms"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "ticket_id": QT_TRANSLATE_NOOP("Fields", "Ticket"),
    "to_status": QT_TRANSLATE_NOOP("Fields", "To status"),
    "user_id": QT_TRANSLATE_NOOP("Fields", "Account"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "visits_included": QT_TRANSLATE_NOOP("Fields", "Visits included"),
    "visits_used": QT_TRANSLATE_NOOP("Fields", "Visits used"),
    "void_reason": QT_TRANSLATE_NOOP("Fields", "Void reason"),
    "voided_by_id": QT_TRANSLATE_NOOP("Fields", "Voided by"),
    "voided_on": QT_TRANSLATE_NOOP("Fields", "Void since"),
}
"""The other columns of the audited tables, as the trail names them."""

FIELD_ALIASES = {"assignee_id": "assignee", "asset_id": "unit", "product_id": "product",
                 "customer_id": "owner", "purchased_on": "purchase_date"}
"""Columns the trail names by the field a clerk knows them as."""
IDENTIFYING = frozenset({"id"})
"""Shown in the record's own column, not among its values."""
PHONES = frozenset({"mobile", "phone"})
STATUSES = frozenset({"status", "from_status", "to_status"})
STATUS_VALUES = frozenset(s.value for s in TicketStatus)


def change_text(row: AuditRow, locale: Locale, translate: Translate) -> str:
    """The entry's values in the reader's language: 'City: شیراز → تبریز' for a change, the
    fields given for a new or deleted record (a flag only when it is set), the count for a batch."""
    changes = row.changes
    if row.record_id is None and "count" in changes:
        return locale.digits(translate("Audit", "%n records at once", None, int(changes["count"])))
    parts = []
    for name, value in sorted(changes.items()):
        if name in IDENTIFYING or (row.action != "update" and value is False):
            continue
        field = _field_label(name, translate)
        if row.action == "update" and isinstance(value, list) and len(value) == 2:
            before, after = (_value(name, v, locale, translate, row.record_type) for v in value)
            parts.append(translate(FIELD_CONTEXT, "{field}: {before} → {after}").format(
                field=field, before=before, after=after))  # the arrow points the reader's way
        else:
            parts.append(f"{field}: {_value(name, value, locale, translate, row.record_type)}")
    return ("؛ " if locale.lang in ("fa", "ar") else "; ").join(parts)


def _field_label(name: str, translate: Translate) -> str:
    known = FIELD_ALIASES.get(name, name)
    label = FIELD_LABELS.get(known) or COLUMN_LABELS.get(name)
    return translate(FIELD_CONTEXT, label) if label else name


KINDS: dict[str, type[StrEnum]] = {"role": Role, "method": PaymentMethod, "outcome": FollowUpOutcome,
                                   "approval": Approval, "channel": Channel, "approval_via": Channel,
                                   "priority": Priority}
"""Columns holding one of a kind's values, shown by its label."""
KIND_OF_TABLE: dict[str, type[StrEnum]] = {"tickets": TicketKind, "ticket_events": EventKind,
                                           "stock_movements": StockKind, "followups": FollowUpKind,
                                           "warranties": WarrantyKind, "ticket_lines": LineKind}
"""What a `kind` column holds in each table."""
MONEY = frozenset({"amount", "price", "unit_price", "estimate"})
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _value(name: str, value: Any, locale: Locale, translate: Translate, table: str = "") -> str:
    if value is None or value == "":
        return "—"
    if name in STATUSES and value in STATUS_VALUES:
        return translate(*status_label(TicketStatus(value)))
    kind = KIND_OF_TABLE.get(table) if name == "kind" else KINDS.get(name)
    if kind is not None and value in {member.value for member in kind}:
        return translate(*label(kind(value)))
    if name == "currency" and isinstance(value, str):
        named = currency_label(value)
        return translate(*named) if isinstance(named, tuple) else named
    if isinstance(value, str) and _NUMBER.fullmatch(value):  # money and quantities, kept as exact text
        amount = Decimal(value)
        return locale.money(amount) if name in MONEY else locale.digits(f"{amount.normalize():f}")
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if name in PHONES and isinstance(value, str) and value.startswith("+"):
        return isolate_ltr(locale.phone(value))
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return isolate_ltr(value)
        if len(value) == 10:
            return locale.date(moment.date())
        return locale.moment(moment if moment.tzinfo else moment.replace(tzinfo=locale.timezone))
    if isinstance(value, (int, float)):
        return locale.digits(str(value))
    text = str(value)
    return text if _RTL.search(text) else isolate_ltr(text)  # a serial or a code keeps its order


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


AUDIT_COLUMNS: Sequence[ListColumn[AuditRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at, Cell.MOMENT, "at"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.user_name, Cell.TEXT, "user",
               render=lambda r, locale, tr: r.user_name or tr(*NO_ONE)),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Action"),
               lambda r: Label(AUDIT_CONTEXT, ACTION_LABELS.get(r.action, r.action)), Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Record"), record_label, Cell.LABEL, "record"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Record number"), lambda r: r.record_id, Cell.NUMBER),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Details"), lambda r: r.changes, Cell.TEXT,
               render=lambda r, locale, tr: change_text(r, locale, tr)),
)
