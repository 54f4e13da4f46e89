"""Customers retained and lost, and the lifetime value of the best of them."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.reports.kpis.customers import lifetime_values, retention
from app.reports.report import Column, Format, Scope, Section, Table, compared


def customers_section(session: Session, scope: Scope) -> Section:
    each = retention(session, scope.months.each(), scope.zone)
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Customers retained"), Format.COUNT, [r.retained for r in each],
                 QT_TRANSLATE_NOOP("Report", "Customers who brought a job in the twelve months ending with the "
                                             "month and in the twelve months before those.")),
        compared(QT_TRANSLATE_NOOP("Report", "Customers lost"), Format.COUNT, [r.lost for r in each],
                 QT_TRANSLATE_NOOP("Report", "Customers who brought a job in the twelve months before the last "
                                             "twelve, and none since.")),
        compared(QT_TRANSLATE_NOOP("Report", "Customers retained, share"), Format.PERCENT,
                 [r.retained_share for r in each]),
    )
    best = Table(QT_TRANSLATE_NOOP("Report", "Lifetime value of the top customers"),
                 (Column(QT_TRANSLATE_NOOP("Report", "Customer"), Format.TEXT),
                  Column(QT_TRANSLATE_NOOP("Report", "Jobs"), Format.COUNT),
                  Column(QT_TRANSLATE_NOOP("Report", "Paid"), Format.MONEY),
                  Column(QT_TRANSLATE_NOOP("Report", "Given back"), Format.MONEY),
                  Column(QT_TRANSLATE_NOOP("Report", "Lifetime value"), Format.MONEY)),
                 tuple((v.name, v.jobs, v.paid, v.refunded, v.value)
                       for v in lifetime_values(session, scope.months.current)))
    return Section("customers", QT_TRANSLATE_NOOP("Report", "Customers retained and lost"), figures, (best,),
                   note=QT_TRANSLATE_NOOP("Report", "Lifetime value is what a customer paid for all their jobs up "
                                                    "to the month's end, less what was given back. Payments from "
                                                    "legacy sheets whose day is not known count too, as of the day "
                                                    "their job was received."))
