"""Correction entries of the history: what a clerk changed in a saved record, before and after.

An entry (EventKind.CHANGE) stores its changes language-neutrally, one line per field:
`field<TAB>before<TAB>after`, so the history shows them in whatever language the reader
uses. Services write entries with `record_changes`; screens read them with `change_lines`
and name each field with `field_label`.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.coverage import line_rule_label
from app.domain.kinds import Channel, EventKind, Priority, TicketKind, label
from app.domain.tickets import TicketEvent
from app.domain.workflow import status_label
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.locale.display import Locale
from app.locale.text import isolate_ltr

FIELD_CONTEXT = "Fields"
FIELD_LABELS: dict[str, str] = {
    "fault": QT_TRANSLATE_NOOP("Fields", "Fault"),
    "accessories": QT_TRANSLATE_NOOP("Fields", "Accessories"),
    "condition": QT_TRANSLATE_NOOP("Fields", "Condition"),
    "priority": QT_TRANSLATE_NOOP("Fields", "Priority"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind of job"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Came in by"),
    "promised_date": QT_TRANSLATE_NOOP("Fields", "Promised date"),
    "assignee": QT_TRANSLATE_NOOP("Fields", "Technician"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "serial": QT_TRANSLATE_NOOP("Fields", "Serial"),
    "product": QT_TRANSLATE_NOOP("Fields", "Product"),
    "purchase_date": QT_TRANSLATE_NOOP("Fields", "Purchase date"),
    "seller": QT_TRANSLATE_NOOP("Fields", "Seller"),
    "invoice_no": QT_TRANSLATE_NOOP("Fields", "Invoice number"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "warranty_end": QT_TRANSLATE_NOOP("Fields", "Warranty end"),
    "voided_on": QT_TRANSLATE_NOOP("Fields", "Warranty void since"),
    "line": QT_TRANSLATE_NOOP("Fields", "Line"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Fields", "Unit price"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "merged": QT_TRANSLATE_NOOP("Fields", "Merged customer"),
    "deleted": QT_TRANSLATE_NOOP("Fields", "Deleted"),
    "archived": QT_TRANSLATE_NOOP("Fields", "Archived"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "national_id": QT_TRANSLATE_NOOP("Fields", "National ID"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company name"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "is_company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "vip": QT_TRANSLATE_NOOP("Fields", "VIP customer"),
    "representative": QT_TRANSLATE_NOOP("Fields", "Representative"),
    "language": QT_TRANSLATE_NOOP("Fields", "Messages in"),
    "units_count": QT_TRANSLATE_NOOP("Fields", "Units"),
    "tickets_count": QT_TRANSLATE_NOOP("Fields", "Tickets"),
    "next_due": QT_TRANSLATE_NOOP("Fields", "Periodic service due"),
    "warranty_price": QT_TRANSLATE_NOOP("Fields", "Warranty price"),
    "line_coverage": QT_TRANSLATE_NOOP("Fields", "Covered by"),
}
"""Every field a correction entry may name; a new field is added here first."""
CONTEXT_FIELDS = frozenset({"line", "reason"})
"""Fields that say what or why (the line corrected, the reason), not what changed: kept
beside a real change, shown by their value alone."""


YES = Label(FIELD_CONTEXT, QT_TRANSLATE_NOOP("Fields", "Yes"))
FLAG_FIELDS = frozenset({"is_company", "vip"})
"""Fields whose values are a yes (any text) or a no (empty)."""
_DATE_FIELDS = frozenset({"promised_date", "purchase_date", "warranty_end", "archived", "voided_on", "next_due"})
_COUNT_FIELDS = frozenset({"quantity", "units_count", "tickets_count"})


class Change(NamedTuple):
    field: str
    before: str
    after: str


def _clean(value: object) -> str:
    # Tabs and line breaks are the entry's separators: a value never holds them.
    return " ".join(str(value if value is not None else "").split())


def encode(changes: Iterable[Change]) -> str:
    lines = []
    for change in changes:
        if change.field not in FIELD_LABELS:
            raise ValueError(f"unknown field {change.field!r}: add it to FIELD_LABELS")
        lines.append("\t".join((change.field, _clean(change.before), _clean(change.after))))
    return "\n".join(lines)


def change_lines(text: str) -> list[Change]:
    """The changes an entry's text holds (empty for a text that is not a correction's)."""
    changes = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] in FIELD_LABELS:
            changes.append(Change(*parts))
    return changes


def field_label(field: str) -> Label:
    return Label(FIELD_CONTEXT, FIELD_LABELS[field])


def record_changes(session: Session, actor_id: int | None, changes: list[Change], *,
                   customer_id: int | None, ticket_id: int | None = None,
                   asset_id: int | None = None) -> TicketEvent | None:
    """Add one correction entry to the history (None when nothing changed)."""
    changed = [c for c in changes if c.field not in CONTEXT_FIELDS and _clean(c.before) != _clean(c.after)]
    if not changed:
        return None
    changes = [c for c in changes if c in changed or (c.field in CONTEXT_FIELDS and _clean(c.after))]
    event = TicketEvent(ticket_id=ticket_id, customer_id=customer_id, asset_id=asset_id,
                        kind=EventKind.CHANGE.value, text=encode(changes), user_id=actor_id, at=utcnow())
    session.add(event)
    return event


def _shown_value(field: str, value: str, tr: Translate, locale: Locale) -> str:
    if not value:
        return "—"
    enums = {"priority": Priority, "kind": TicketKind, "channel": Channel}
    try:
        if field in enums:
            return tr(*label(enums[field](value)))
        if field == "status":
            return tr(*status_label(value))
        if field in FLAG_FIELDS:
            return tr(*YES)
        if field in _DATE_FIELDS:
            return locale.date(date.fromisoformat(value))
        if field in ("unit_price", "warranty_price"):
            return locale.money(Decimal(value))
        if field == "line_coverage":
            return tr(*line_rule_label(value))
        if field in _COUNT_FIELDS:
            return locale.digits(value)
        if field in ("mobile", "phone"):
            return isolate_ltr(locale.phone(value))
    except ValueError:
        pass
    return value


def describe_change(change: Change, tr: Translate, locale: Locale) -> str:
    """One change as the reader reads it: "Priority: Normal → Urgent", in their language."""
    if change.field in CONTEXT_FIELDS:
        return f"{tr(*field_label(change.field))}: {change.after}"
    return tr(FIELD_CONTEXT, QT_TRANSLATE_NOOP("Fields", "{field}: {before} → {after}")).format(
        field=tr(*field_label(change.field)), before=_shown_value(change.field, change.before, tr, locale),
        after=_shown_value(change.field, change.after, tr, locale))
