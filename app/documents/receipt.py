"""The delivery receipt: the work done, what coverage paid, what the customer pays."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from app.documents.common import NUMBER_LABEL, TicketDocument, document_path
from app.documents.resolution import draw_resolution
from app.documents.sheet import Column, Sheet, write_pdf
from app.domain.coverage import line_rule_label
from app.domain.kinds import LineKind, PaymentMethod, label
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.resolutions import ResolutionRecord, ticket_resolution
from app.services.tickets import next_service_due, recorded_coverage
from app.services.units import repair_warranty_end

TITLE = QT_TRANSLATE_NOOP("Documents", "Delivery receipt")


def draw_receipt(doc: TicketDocument, sheet: Sheet, delivered: date, next_service: date | None,
                 resolution: ResolutionRecord | None = None) -> None:
    """The receipt of a unit handed back on `delivered`; `next_service` is its next periodic
    service, if one is planned; `resolution` how the job ended."""
    t, ticket, locale = doc.t, doc.ticket, doc.locale
    sheet.header(doc.company, t(TITLE), t(NUMBER_LABEL), doc.number(), ticket.number)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Delivered on")), locale.date(delivered))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Customer")), ticket.customer_name)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Mobile")), doc.phone(ticket.customer_mobile))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Unit")), ticket.product)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Serial")), doc.serial(ticket.serial))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Fault")), ticket.fault)
    decision = recorded_coverage(ticket)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Coverage")), decision.describe(doc.tr, locale.date))
    basis = decision.basis(doc.tr, locale.date)
    if basis:
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Rests on")), basis)
    sheet.heading(t(QT_TRANSLATE_NOOP("Documents", "Work done")))
    columns = [
        # shares in tenths of an A5 line (124 mm): an amount with its unit (۴۵٬۰۰۰٬۰۰۰ تومان)
        # and the Arabic headings fit without wrapping; descriptions wrap
        Column(t(QT_TRANSLATE_NOOP("Documents", "Description")), 2.4),
        Column(t(QT_TRANSLATE_NOOP("Documents", "Kind")), 1.75),
        Column(t(QT_TRANSLATE_NOOP("Documents", "Qty")), 1.15, "center"),
        Column(t(QT_TRANSLATE_NOOP("Documents", "Unit price")), 2.55, "end"),
        Column(t(QT_TRANSLATE_NOOP("Documents", "Amount")), 2.55, "end"),
        # the rule each line is covered or charged by (a line is paid or not on its own)
        Column(t(QT_TRANSLATE_NOOP("Documents", "Covered by")), 2.0, "center"),
    ]
    rows = [[line.description, doc.tr(*label(LineKind(line.kind))), doc.quantity(line.quantity),
             doc.money(line.unit_price), doc.money(line.amount), doc.tr(*line_rule_label(line.coverage_rule))]
            for line in ticket.lines]
    if rows:
        sheet.table(columns, rows)
    else:
        sheet.text(t(QT_TRANSLATE_NOOP("Documents", "No parts or labour were charged.")))
    totals = ticket.totals
    sheet.gap(4)
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Total cost")), doc.money(totals.cost))
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Covered by warranty or contract")), doc.money(totals.covered))
    to_pay = t(QT_TRANSLATE_NOOP("Documents", "To pay"))
    sheet.text(f"{to_pay}: {doc.money(totals.due)}", bold=True, size=sheet.size + 2)
    sheet.text(t(QT_TRANSLATE_NOOP("Documents", "In words: {amount}"))
               .format(amount=doc.money_in_words(totals.due)))
    draw_payments(doc, sheet)
    if resolution is not None:
        draw_resolution(doc, sheet, resolution)
    sheet.gap(4)
    days = doc.company.repair_warranty_days
    if days:
        until = repair_warranty_end(delivered, days)
        sheet.text(t(QT_TRANSLATE_NOOP("Documents", "This repair is guaranteed for {days} days, until {date}."))
                   .format(days=locale.digits(days), date=locale.date(until)))
    if next_service is not None:
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Next periodic service")), locale.date(next_service))
    sheet.signature_boxes([t(QT_TRANSLATE_NOOP("Documents", "Customer's signature")),
                           t(QT_TRANSLATE_NOOP("Documents", "Clerk's signature"))])


def draw_payments(doc: TicketDocument, sheet: Sheet) -> None:
    """Each payment with its date and method, and what is still owed."""
    t, ticket, locale = doc.t, doc.ticket, doc.locale
    if not ticket.payments and ticket.totals.due <= 0:
        return
    for payment in ticket.payments:
        method = (doc.tr(*label(PaymentMethod(payment.method))) if payment.method
                  else t(QT_TRANSLATE_NOOP("Documents", "method unknown")))
        when = locale.date(payment.paid_at) if payment.paid_at else "—"
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Paid on {date} ({method})")).format(date=when, method=method),
                    doc.money(payment.amount))
    if ticket.owed > 0:
        owed = t(QT_TRANSLATE_NOOP("Documents", "Still owed"))
        sheet.text(f"{owed}: {doc.money(ticket.owed)}", bold=True)
    elif ticket.payments:
        sheet.text(t(QT_TRANSLATE_NOOP("Documents", "Paid in full.")), bold=True)


def write_receipt(desk: Desk, number: str, out: Path, tr: Translate, page: str | None = None) -> Path:
    """Write the delivery receipt of ticket `number` to `out`; page and errors as `write_job_card`.
    A unit not yet delivered gets a receipt dated today."""
    out = document_path(desk, out)
    doc = TicketDocument.load(desk, number, tr)
    ticket = doc.ticket
    delivered = ticket.delivered_at.astimezone(doc.locale.timezone).date() if ticket.delivered_at else desk.today()
    next_service = next_service_due(desk, ticket, delivered)
    resolution = ticket_resolution(desk, ticket.id)
    title = f"{doc.t(TITLE)} {ticket.number}"
    return write_pdf(out, page, doc.rtl, title, doc.company,
                     lambda sheet: draw_receipt(doc, sheet, delivered, next_service, resolution))
