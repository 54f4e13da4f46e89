"""Top faults of the month's jobs, and the complaints with their root causes."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.faults import complaints, faults
from app.reports.report import REPORT, Chart, ChartKind, Column, Format, Scope, Section, Table, compared

NO_CATEGORY = Label(REPORT, QT_TRANSLATE_NOOP("Report", "Category not recorded"))


def faults_section(session: Session, scope: Scope) -> Section:
    months = scope.months.each()
    reported = [faults(session, m) for m in months]
    complained = [complaints(session, m) for m in months]
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Jobs received with no fault written"), Format.COUNT,
                 [f.unwritten for f in reported]),
        compared(QT_TRANSLATE_NOOP("Report", "Complaints filed"), Format.COUNT, [c.filed for c in complained]),
        compared(QT_TRANSLATE_NOOP("Report", "Complaints closed"), Format.COUNT, [c.closed for c in complained]),
    )
    now, heard = reported[0], complained[0]
    category = Column(QT_TRANSLATE_NOOP("Report", "Category"), Format.TEXT)
    count = Column(QT_TRANSLATE_NOOP("Report", "Count"), Format.COUNT)
    tables = (
        Table(QT_TRANSLATE_NOOP("Report", "Faults reported most"),
              (Column(QT_TRANSLATE_NOOP("Report", "Fault"), Format.TEXT), category, count),
              tuple((f.fault, f.category if f.category is not None else NO_CATEGORY, f.count) for f in now.top)),
        Table(QT_TRANSLATE_NOOP("Report", "Jobs received by product category"), (category, count),
              tuple((name if name is not None else NO_CATEGORY, n) for name, n in now.by_category)),
        Table(QT_TRANSLATE_NOOP("Report", "Complaints filed by category"), (category, count),
              heard.filed_by_category),
        Table(QT_TRANSLATE_NOOP("Report", "Complaints closed and their root causes"),
              (category, Column(QT_TRANSLATE_NOOP("Report", "Root cause"), Format.TEXT),
               Column(QT_TRANSLATE_NOOP("Report", "Action required"), Format.TEXT), count),
              tuple((r.category, r.root_cause, r.action, r.count) for r in heard.root_causes)),
    )
    charts = (Chart(QT_TRANSLATE_NOOP("Report", "Complaints filed by category"), ChartKind.PIE,
                    tuple(name for name, _ in heard.filed_by_category),
                    tuple(n for _, n in heard.filed_by_category)),) if heard.filed_by_category else ()
    return Section("faults", QT_TRANSLATE_NOOP("Report", "Faults and complaints"), figures, tables, charts,
                   QT_TRANSLATE_NOOP("Report", "Faults are the clerks' own words: two are counted together only "
                                               "when they are the same words once folded (the same letters "
                                               "whichever keyboard typed them, case and spacing ignored), so "
                                               "one fault described in other words is listed apart."))
