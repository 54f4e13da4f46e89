"""The job card handed over at intake: who, what unit, what is wrong, what it may cost; and,
as the settings choose, a second copy that stays with the unit in the workshop.
"""
from __future__ import annotations

from pathlib import Path

from app.documents.common import NUMBER_LABEL, TicketDocument, document_path
from app.documents.sheet import Sheet, write_pdf
from app.domain.kinds import Channel, Priority, TicketKind, label
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP
from app.services.company import WorkshopCopy
from app.services.desk import Desk
from app.services.tickets import recorded_coverage

TITLE = QT_TRANSLATE_NOOP("Documents", "Job card")
WORKSHOP_TITLE = QT_TRANSLATE_NOOP("Documents", "Job card — workshop copy")


def _the_job(doc: TicketDocument, sheet: Sheet) -> None:
    """What both copies say about the job: dates, customer, unit, coverage, fault, estimate."""
    t, ticket = doc.t, doc.ticket
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
    kind = " — ".join(doc.tr(*label(value)) for value in (TicketKind(ticket.kind), Priority(ticket.priority),
                                                            Channel(ticket.channel)))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Kind, priority, came in by")), kind)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Fault")), ticket.fault)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Accessories")), ticket.accessories)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Condition")), ticket.condition)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Estimate")), doc.money(ticket.estimate))


def draw_customer_copy(doc: TicketDocument, sheet: Sheet) -> None:
    """The customer's copy: the company, the job, the terms, and both signatures."""
    t = doc.t
    sheet.header(doc.company, t(TITLE), t(NUMBER_LABEL), doc.number(), doc.ticket.number)
    _the_job(doc, sheet)
    if doc.company.terms:
        sheet.heading(t(QT_TRANSLATE_NOOP("Documents", "Terms")))
        sheet.text(doc.company.terms, size=sheet.size - 1)
    sheet.signature_boxes([t(QT_TRANSLATE_NOOP("Documents", "Customer's signature")),
                           t(QT_TRANSLATE_NOOP("Documents", "Clerk's signature"))])


def draw_workshop_copy(doc: TicketDocument, sheet: Sheet) -> None:
    """The copy that stays with the unit: the number to scan, the job, and room for the
    technician's notes; no terms and nothing for the customer to sign."""
    t = doc.t
    sheet.header(None, t(WORKSHOP_TITLE), t(NUMBER_LABEL), doc.number(), doc.ticket.number)
    _the_job(doc, sheet)
    sheet.notes_box(t(QT_TRANSLATE_NOOP("Documents", "Technician's notes")))


def draw_job_card(doc: TicketDocument, sheet: Sheet) -> None:
    """The customer's copy, then the workshop copy where the settings put it. 'Same page'
    puts the copies on the two halves of the page, with a cut line between them, when the
    customer's copy fits in half a page (as it does on A4 unless the terms are long; half an
    A5 is too small), and otherwise falls back to the next page."""
    where = doc.company.workshop_copy
    if where == WorkshopCopy.SAME_PAGE and (
            sheet.height_of(lambda scratch: draw_customer_copy(doc, scratch), compact=True) <= sheet.half_height()):
        sheet.top_half()
        draw_customer_copy(doc, sheet)
        sheet.bottom_half()
        draw_workshop_copy(doc, sheet)
        return
    draw_customer_copy(doc, sheet)
    if where != WorkshopCopy.NONE:
        sheet.new_page()
        draw_workshop_copy(doc, sheet)


def write_job_card(desk: Desk, number: str, out: Path, tr: Translate, page: str | None = None) -> Path:
    """Write the job card of ticket `number` to `out` (A5 or A4; None: the size chosen in
    the settings). NotFound for an unknown ticket; ValidationError for a missing or damaged
    logo, an unwritable path or the desk's database file (nothing is left behind)."""
    out = document_path(desk, out)
    doc = TicketDocument.load(desk, number, tr)
    title = f"{doc.t(TITLE)} {doc.ticket.number}"
    return write_pdf(out, page, doc.rtl, title, doc.company, lambda sheet: draw_job_card(doc, sheet))
