"""Coverage mix: who paid for the month's work — a warranty, a contract or the customer."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.coverage import coverage_mix
from app.reports.report import REPORT, Chart, ChartKind, Format, Scope, Section, compared

GROUP_LABELS = {
    "warranty": QT_TRANSLATE_NOOP("Report", "Jobs under warranty"),
    "contract": QT_TRANSLATE_NOOP("Report", "Jobs paid by a contract"),
    "paid": QT_TRANSLATE_NOOP("Report", "Jobs paid by the customer"),
}


def coverage_section(session: Session, scope: Scope) -> Section:
    each = [coverage_mix(session, m) for m in scope.months.each()]
    figures = tuple(compared(text, Format.COUNT, [c.jobs[group] for c in each]) for group, text in GROUP_LABELS.items())
    figures += (
        compared(QT_TRANSLATE_NOOP("Report", "Cost of covered work"), Format.MONEY, [c.covered_cost for c in each],
                 QT_TRANSLATE_NOOP("Report", "Parts and labour a warranty or contract paid for, at the prices "
                                             "on the jobs' lines.")),
        compared(QT_TRANSLATE_NOOP("Report", "Charged to customers"), Format.MONEY, [c.charged for c in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Payments received"), Format.MONEY, [c.payments for c in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Money given back"), Format.MONEY, [c.refunds for c in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Payments of these jobs with no date"), Format.COUNT,
                 [c.undated_payments for c in each],
                 QT_TRANSLATE_NOOP("Report", "Amounts from legacy sheets whose day is not known: they belong "
                                             "to no month and are not in the payments above.")),
    )
    current = each[0]
    mix = Chart(QT_TRANSLATE_NOOP("Report", "Who paid for the jobs handed back"), ChartKind.PIE,
                tuple(Label(REPORT, text) for text in GROUP_LABELS.values()),
                tuple(current.jobs[group] for group in GROUP_LABELS))
    return Section("coverage", QT_TRANSLATE_NOOP("Report", "Coverage mix"), figures, (), (mix,))
