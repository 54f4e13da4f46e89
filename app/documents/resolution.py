"""How a job ended, on the delivery receipt: the resolution, the serials of a replacement,
and money given back (apart from the payments for the job, which stay as they were)."""
from __future__ import annotations

from app.documents.common import TicketDocument
from app.documents.sheet import Sheet
from app.domain.kinds import PaymentMethod, label
from app.domain.resolutions import ReplacementKind, resolution_label
from app.i18n import QT_TRANSLATE_NOOP
from app.services.resolutions import ResolutionRecord


def draw_resolution(doc: TicketDocument, sheet: Sheet, resolution: ResolutionRecord) -> None:
    t, locale = doc.t, doc.locale
    if resolution.resolution is None:
        return
    sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Resolution")), doc.tr(*resolution_label(resolution.resolution)))
    for replacement in resolution.replacements:
        if replacement.kind is ReplacementKind.UNIT:
            what = t(QT_TRANSLATE_NOOP("Documents", "Unit {faulty} replaced by {new}"))
        else:
            what = t(QT_TRANSLATE_NOOP("Documents", "Part “{part}” {faulty} replaced by {new}"))
        sheet.text(what.format(faulty=doc.serial(replacement.faulty_serial), new=doc.serial(replacement.replacement_serial),
                               part=replacement.part_name))
    for given in resolution.refunds:
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Money back on {date} ({method})")).format(
            date=locale.date(given.at), method=doc.tr(*label(PaymentMethod(given.method)))),
            doc.money(given.amount))
