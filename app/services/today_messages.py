"""The Today rows as text messages, and the workbook an SMS tool reads them from.

One message per row, in the customer's language (the desk's when the customer's is not
known), with its dates in the desk's calendar and its numbers in the message's digits.
The workbook has three columns an SMS tool maps: the mobile (international form), the
name and the message. A row without a mobile cannot be sent and is counted, not dropped
without a word.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl import Workbook

from app.errors import ValidationError, system_reason
from app.i18n import QT_TRANSLATE_NOOP, Ident, catalogue_for, fill
from app.locale.display import Locale
from app.services.company import company_settings
from app.services.desk import Desk
from app.services.output_files import output_path, written_whole
from app.services.sheet_cells import xlsx_row
from app.services.today import TodayKind, TodayRow

MESSAGE_CONTEXT = "Messages to customers"

MESSAGES: dict[TodayKind, str] = {
    TodayKind.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, thank you for choosing {company}. We will call you about job {ticket}; "
        "tell us if anything is not right."),
    TodayKind.WARRANTY_ENDING: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, the warranty of your {product} (serial {serial}) ends on {date}. "
        "Ask {company} about an extended warranty or a maintenance contract."),
    TodayKind.CONTRACT_ENDING: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, your maintenance contract {contract} with {company} ends on {date}. "
        "Call us to renew it."),
    TodayKind.SERVICE_DUE: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, the periodic service of your {product} (serial {serial}) is due on {date}. "
        "Call {company} to book it."),
    TodayKind.PAST_RESPONSE: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, we have your request {ticket} under contract {contract}; {company} will contact you "
        "shortly. We are sorry for the wait."),
    TodayKind.COMPLAINT: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, {company} has your complaint and is working on it; we will call you."),
    TodayKind.PAST_PROMISE: QT_TRANSLATE_NOOP(
        "Messages to customers",
        "Dear {name}, we are sorry: job {ticket} was promised for {date} and is not ready yet. "
        "{company} will call you with a new date."),
}
OUR_SERVICE = QT_TRANSLATE_NOOP("Messages to customers", "our service centre")
"""Stands for the company's name in a message while the company has not written it in Settings."""

SHEET_NAME = QT_TRANSLATE_NOOP("Messages to customers", "Messages")
HEADERS = (QT_TRANSLATE_NOOP("Messages to customers", "Mobile"),
           QT_TRANSLATE_NOOP("Messages to customers", "Name"),
           QT_TRANSLATE_NOOP("Messages to customers", "Message"))


def message_text(row: TodayRow, lang: str, locale: Locale, company: str) -> str:
    """What the customer of `row` is told, in `lang`, with dates in `locale`'s calendar."""
    translate = catalogue_for(lang).translate
    shown = replace(locale, lang=lang, native_digits=lang != "en")
    return fill(translate(MESSAGE_CONTEXT, MESSAGES[row.kind]), {
        "name": row.customer_name, "company": company or translate(MESSAGE_CONTEXT, OUR_SERVICE),
        "ticket": Ident(row.ticket_number), "contract": Ident(row.contract_number), "serial": row.serial,
        "product": row.product, "date": shown.date(row.day),
    }, translate, shown)


@dataclass(frozen=True)
class SmsExport:
    written: int
    without_mobile: int
    """Rows left out: there is no mobile to send them to."""


def write_sms_workbook(desk: Desk, rows: Iterable[TodayRow], out: Path,
                       translate: Callable[[str, str], str]) -> SmsExport:
    """The rows' messages to `out` (.xlsx), headings in the desk's language (`translate`).
    The file appears only when complete."""
    out = output_path(out, ".xlsx", database=desk.store.url)
    company = company_settings(desk).name
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate(MESSAGE_CONTEXT, SHEET_NAME))
    sheet.sheet_view.rightToLeft = desk.locale.lang in ("fa", "ar")
    for letter, width in zip("ABC", (18, 30, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.append(xlsx_row(sheet, [translate(MESSAGE_CONTEXT, header) for header in HEADERS]))
    written = without_mobile = 0
    for row in rows:
        if not row.mobile:
            without_mobile += 1
            continue
        text = message_text(row, row.language or desk.locale.lang, desk.locale, company)
        sheet.append(xlsx_row(sheet, [row.mobile, row.customer_name, text]))
        written += 1
    try:
        with written_whole(out) as temp:
            workbook.save(temp)
    except OSError as error:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write to {path}: {reason}"), field="out",
                              path=str(out), reason=system_reason(error)) from error
    return SmsExport(written, without_mobile)
