"""First-time fix and repeat repairs: whether the month's repairs held."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.reports.kpis.repeats import repeats
from app.reports.kpis.shares import share
from app.reports.report import Format, Scope, Section, compared


def quality_section(session: Session, scope: Scope) -> Section:
    each = [repeats(session, m) for m in scope.months.each()]
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Repair jobs handed back"), Format.COUNT, [r.delivered for r in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Fixed the first time"), Format.PERCENT,
                 [r.first_time_fix_rate for r in each],
                 QT_TRANSLATE_NOOP("Report", "Of the repair jobs handed back, those never reopened and whose "
                                             "unit did not come back with a new repair within 30 days.")),
        compared(QT_TRANSLATE_NOOP("Report", "Units back within 30 days"), Format.COUNT,
                 [r.back_within_30 for r in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Units back within 30 days, share"), Format.PERCENT,
                 [share(r.back_within_30, r.delivered) for r in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Units back within 90 days"), Format.COUNT,
                 [r.back_within_90 for r in each],
                 QT_TRANSLATE_NOOP("Report", "Repair jobs handed back whose unit came back with a new repair "
                                             "job within 90 days of the delivery.")),
        compared(QT_TRANSLATE_NOOP("Report", "Jobs reopened for rework"), Format.COUNT, [r.reopened for r in each]),
    )
    return Section("quality", QT_TRANSLATE_NOOP("Report", "First-time fix and repeat repairs"), figures,
                   note=QT_TRANSLATE_NOOP(
                       "Report", "A unit that comes back counts in the month its earlier job was handed back, "
                                 "so the figures of the last three months can still grow. A job recorded "
                                 "without its unit cannot be seen coming back."))
