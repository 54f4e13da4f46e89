"""Turnaround: how long the month's jobs took, whether promises were kept, and contract
response times met."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.clock import WorkshopClock
from app.reports.kpis.sla import contract_response
from app.reports.kpis.turnaround import turnaround
from app.reports.report import REPORT, Chart, ChartKind, Figure, Format, Scope, Section, compared

LAP_LABELS = {
    ("calendar", "response"): (QT_TRANSLATE_NOOP("Report", "Calendar hours to first response, median"),
                               QT_TRANSLATE_NOOP("Report", "Calendar hours to first response, 90th percentile")),
    ("calendar", "diagnosis"): (QT_TRANSLATE_NOOP("Report", "Calendar hours to diagnosis, median"),
                                QT_TRANSLATE_NOOP("Report", "Calendar hours to diagnosis, 90th percentile")),
    ("calendar", "ready"): (QT_TRANSLATE_NOOP("Report", "Calendar hours to ready, median"),
                            QT_TRANSLATE_NOOP("Report", "Calendar hours to ready, 90th percentile")),
    ("calendar", "delivery"): (QT_TRANSLATE_NOOP("Report", "Calendar hours to delivery, median"),
                               QT_TRANSLATE_NOOP("Report", "Calendar hours to delivery, 90th percentile")),
    ("workshop", "response"): (QT_TRANSLATE_NOOP("Report", "Workshop hours to first response, median"),
                               QT_TRANSLATE_NOOP("Report", "Workshop hours to first response, 90th percentile")),
    ("workshop", "diagnosis"): (QT_TRANSLATE_NOOP("Report", "Workshop hours to diagnosis, median"),
                                QT_TRANSLATE_NOOP("Report", "Workshop hours to diagnosis, 90th percentile")),
    ("workshop", "ready"): (QT_TRANSLATE_NOOP("Report", "Workshop hours to ready, median"),
                            QT_TRANSLATE_NOOP("Report", "Workshop hours to ready, 90th percentile")),
    ("workshop", "delivery"): (QT_TRANSLATE_NOOP("Report", "Workshop hours to delivery, median"),
                               QT_TRANSLATE_NOOP("Report", "Workshop hours to delivery, 90th percentile")),
}
"""Each lap's median and 90th percentile, by clock."""
DAY_BINS = (QT_TRANSLATE_NOOP("Report", "Up to 1 day"), QT_TRANSLATE_NOOP("Report", "1 to 3 days"),
            QT_TRANSLATE_NOOP("Report", "3 to 7 days"), QT_TRANSLATE_NOOP("Report", "7 to 14 days"),
            QT_TRANSLATE_NOOP("Report", "More than 14 days"))


def turnaround_section(session: Session, scope: Scope) -> Section:
    clock = WorkshopClock.of(scope.settings, scope.zone, scope.weekend)
    each = [turnaround(session, m, clock, scope.zone) for m in scope.months.each()]
    now = utcnow()
    sla = [contract_response(session, m, now) for m in scope.months.each()]
    figures: list[Figure] = []
    for (kind, lap), (middle, high) in LAP_LABELS.items():
        figures += [compared(middle, Format.HOURS, [getattr(t, kind)[lap].median for t in each]),
                    compared(high, Format.HOURS, [getattr(t, kind)[lap].p90 for t in each])]
    figures += [
        compared(QT_TRANSLATE_NOOP("Report", "Handed back by the promised date"), Format.PERCENT,
                 [t.on_time_share for t in each],
                 QT_TRANSLATE_NOOP("Report", "Of the jobs with a promised date, the share handed back on or "
                                             "before that day.")),
        compared(QT_TRANSLATE_NOOP("Report", "Jobs handed back with no promised date"), Format.COUNT,
                 [t.no_promise for t in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Contract jobs responded to in time"), Format.COUNT,
                 [s.met for s in sla],
                 QT_TRANSLATE_NOOP("Report", "Contract jobs received in the month, moved on from Received "
                                             "within the contract's response hours.")),
        compared(QT_TRANSLATE_NOOP("Report", "Contract jobs responded to late"), Format.COUNT,
                 [s.missed for s in sla]),
        compared(QT_TRANSLATE_NOOP("Report", "Contract jobs still waiting, past their response time"),
                 Format.COUNT, [s.late_open for s in sla]),
        compared(QT_TRANSLATE_NOOP("Report", "Contract response time met"), Format.PERCENT,
                 [s.met_share for s in sla]),
    ]
    spread_chart = Chart(QT_TRANSLATE_NOOP("Report", "Days from receipt to delivery"), ChartKind.BARS,
                         tuple(Label(REPORT, text) for text in DAY_BINS), each[0].by_days)
    note = QT_TRANSLATE_NOOP("Report", "Median: half the jobs took less, half more. 90th percentile: nine jobs in "
                                       "ten took no longer. Workshop hours count the working hours of working "
                                       "days only, without holidays and the time a job waited on the customer's "
                                       "approval or on parts.") if clock is not None else QT_TRANSLATE_NOOP(
        "Report", "Workshop hours are not known: the workshop's hours or holidays in the settings cannot be read.")
    return Section("turnaround", QT_TRANSLATE_NOOP("Report", "Turnaround and response"), tuple(figures), (),
                   (spread_chart,), note)
