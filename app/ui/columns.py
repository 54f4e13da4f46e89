"""The columns of each main list: header and how a row's cell reads in the user's locale."""
from __future__ import annotations

from app.domain.coverage import coverage_label
from app.domain.kinds import FollowUpKind, FollowUpOutcome, WarrantyKind, label
from app.domain.workflow import status_label
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.locale.display import Locale
from app.locale.text import isolate_ltr
from app.services.listing import ContractRow, CustomerRow, FollowUpRow, TicketRow, WarrantyRow
from app.ui.models.paged_table import Column
from app.ui.translator import shown

YES = Label("Columns", QT_TRANSLATE_NOOP("Columns", "Yes"))
CANCELLED = Label("Columns", QT_TRANSLATE_NOOP("Columns", "Cancelled"))
ARCHIVED = Label("Columns", QT_TRANSLATE_NOOP("Columns", "Archived"))


def ticket_columns(locale: Locale) -> list[Column[TicketRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: locale.ident(r.number), "number"),
        Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: locale.date(r.opened_at), "opened"),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: shown(status_label(r.status)), "status"),
        Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name, "customer"),
        Column(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: isolate_ltr(locale.phone(r.customer_mobile))),
        Column(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.product),
        Column(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial),
        Column(QT_TRANSLATE_NOOP("Columns", "Fault"), lambda r: r.fault),
        Column(QT_TRANSLATE_NOOP("Columns", "Coverage"), lambda r: shown(coverage_label(r.coverage))),
        Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: locale.date(r.promised_date), "promised"),
    ]


def customer_columns(locale: Locale) -> list[Column[CustomerRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name"),
        Column(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: isolate_ltr(locale.phone(r.mobile))),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: isolate_ltr(locale.phone(r.phone))),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city, "city"),
        Column(QT_TRANSLATE_NOOP("Columns", "VIP"), lambda r: shown(YES) if r.vip else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Archived"), lambda r: shown(ARCHIVED) if r.archived else ""),
    ]


def warranty_columns(locale: Locale) -> list[Column[WarrantyRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial, "serial"),
        Column(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.product),
        Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: shown(label(WarrantyKind(r.kind)))),
        Column(QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: locale.date(r.start_date), "start"),
        Column(QT_TRANSLATE_NOOP("Columns", "End"), lambda r: locale.date(r.end_date), "end"),
        Column(QT_TRANSLATE_NOOP("Columns", "Void since"), lambda r: locale.date(r.voided_on)),
    ]


def contract_columns(locale: Locale) -> list[Column[ContractRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: locale.ident(r.number), "number"),
        Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: locale.date(r.start_date), "start"),
        Column(QT_TRANSLATE_NOOP("Columns", "End"), lambda r: locale.date(r.end_date), "end"),
        Column(QT_TRANSLATE_NOOP("Columns", "Price"), lambda r: locale.money(r.price, r.currency)),
        Column(QT_TRANSLATE_NOOP("Columns", "Visits used"),
               lambda r: locale.digits(f"{r.visits_used}/{r.visits_included}" if r.visits_included is not None
                                       else r.visits_used)),
        Column(QT_TRANSLATE_NOOP("Columns", "Cancelled"), lambda r: shown(CANCELLED) if r.cancelled else ""),
    ]



def followup_columns(locale: Locale) -> list[Column[FollowUpRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: locale.date(r.due_date), "due"),
        Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: isolate_ltr(locale.phone(r.customer_mobile))),
        Column(QT_TRANSLATE_NOOP("Columns", "Ticket"),
               lambda r: locale.ident(r.ticket_number or "")),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: shown(label(FollowUpKind(r.kind)))),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"),
               lambda r: shown(label(FollowUpOutcome(r.outcome))) if r.outcome else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Satisfaction"), lambda r: locale.digits(r.csat) if r.csat else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Recommendation"),
               lambda r: locale.digits(r.nps) if r.nps is not None else ""),
    ]
