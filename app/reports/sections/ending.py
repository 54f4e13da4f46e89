"""The warranties and contracts ending in the month after the report's: the calls to make."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.kinds import WarrantyKind
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.ending import ending
from app.reports.report import REPORT, Column, Format, Scope, Section, Table, compared

YES = Label(REPORT, QT_TRANSLATE_NOOP("Report", "Yes"))
NO = Label(REPORT, QT_TRANSLATE_NOOP("Report", "No"))
KIND_LABELS = {
    WarrantyKind.STANDARD: QT_TRANSLATE_NOOP("Report", "Standard warranties ending"),
    WarrantyKind.EXTENDED: QT_TRANSLATE_NOOP("Report", "Extended warranties ending"),
    WarrantyKind.REPAIR: QT_TRANSLATE_NOOP("Report", "Repair warranties ending"),
}


def ending_section(session: Session, scope: Scope) -> Section:
    each = [ending(session, m.following(scope.zone)) for m in scope.months.each()]
    figures = tuple(compared(text, Format.COUNT, [e.warranties[kind] for e in each])
                    for kind, text in KIND_LABELS.items())
    figures += (
        compared(QT_TRANSLATE_NOOP("Report", "Contracts ending"), Format.COUNT, [len(e.contracts) for e in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Contracts ending, renewal not yet saved"), Format.COUNT,
                 [sum(1 for c in e.contracts if not c.renewed) for e in each]),
    )
    contracts = Table(QT_TRANSLATE_NOOP("Report", "Contracts ending next month"),
                      (Column(QT_TRANSLATE_NOOP("Report", "Contract"), Format.TEXT),
                       Column(QT_TRANSLATE_NOOP("Report", "Customer"), Format.TEXT),
                       Column(QT_TRANSLATE_NOOP("Report", "Last day"), Format.DATE),
                       Column(QT_TRANSLATE_NOOP("Report", "Price"), Format.MONEY),
                       Column(QT_TRANSLATE_NOOP("Report", "Renewal saved"), Format.TEXT)),
                      tuple((c.number, c.customer, c.end_date, c.price, YES if c.renewed else NO)
                            for c in each[0].contracts))
    return Section("ending", QT_TRANSLATE_NOOP("Report", "Ending next month"), figures, (contracts,),
                   note=QT_TRANSLATE_NOOP("Report", "Each column counts what ends in the month after the month "
                                                    "it stands for. Voided warranties, drafts and contracts "
                                                    "cancelled before their end are left out."))
