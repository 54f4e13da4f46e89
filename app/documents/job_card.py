"""The job card handed over at intake: who, what unit, what is wrong, what it may cost."""
from __future__ import annotations

from pathlib import Path

from app.documents.common import NUMBER_LABEL, TicketDocument
from app.documents.sheet import Sheet, write_pdf
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.tickets import recorded_coverage

TITLE = QT_TRANSLATE_NOOP("Documents", "Job card")


def draw_job_card(doc: TicketDocument, sheet: Sheet) -> None:
    t, ticket = doc.t, doc.ticket
    sheet.header(doc.company, t(TITLE), t(NUMBER_LABEL), doc.number(), ticket.number)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Received on")), doc.locale.date(ticket.opened_at))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Promised for")), doc.locale.date(ticket.promised_date))
    sheet.heading(t(QT_TRANSLATE_NOOP("Documents", "Customer and unit")))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Customer")), ticket.customer_name)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Mobile")), doc.phone(ticket.customer_mobile))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Unit")), ticket.product)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Serial")), doc.serial(ticket.serial))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Coverage")),
                recorded_coverage(ticket).describe(doc.tr, doc.locale.date))
    sheet.heading(t(QT_TRANSLATE_NOOP("Documents", "The job")))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Fault")), ticket.fault)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Accessories")), ticket.accessories)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Condition")), ticket.condition)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Estimate")), doc.money(ticket.estimate))
    if doc.company.terms:
        sheet.heading(t(QT_TRANSLATE_NOOP("Documents", "Terms")))
        sheet.text(doc.company.terms, size=sheet.size - 1)
    sheet.signature_boxes([t(QT_TRANSLATE_NOOP("Documents", "Customer's signature")),
                           t(QT_TRANSLATE_NOOP("Documents", "Clerk's signature"))])


def write_job_card(desk: Desk, number: str, out: Path, tr: Translate, page: str = "A5") -> Path:
    """Write the job card of ticket `number` to `out` (A5 or A4). NotFound for an unknown
    ticket; ValidationError for a missing logo or an unwritable path (nothing is left behind)."""
    doc = TicketDocument.load(desk, number, tr)
    title = f"{doc.t(TITLE)} {doc.ticket.number}"
    return write_pdf(out, page, doc.rtl, title, doc.company, lambda sheet: draw_job_card(doc, sheet))
