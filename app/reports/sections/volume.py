"""Volume: jobs received, handed back, cancelled and carried over, and a chart of each day."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.kinds import TicketKind, label
from app.domain.workflow import TicketStatus, status_label
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.per_day import opened_per_day
from app.reports.kpis.status_history import backlog_by_status
from app.reports.kpis.volume import volume
from app.reports.report import REPORT, Chart, ChartKind, Column, Format, Scope, Section, Table, compared

UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Report", "Status not known (no history)")


def volume_section(session: Session, scope: Scope) -> Section:
    current, previous, year_before = (volume(session, m) for m in scope.months.each())
    each = (current, previous, year_before)
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Jobs received"), Format.COUNT, [v.opened for v in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Jobs handed back"), Format.COUNT, [v.delivered for v in each],
                 QT_TRANSLATE_NOOP("Report", "Each job once, in the month it was handed back; "
                                             "closing it later does not count it again.")),
        compared(QT_TRANSLATE_NOOP("Report", "Jobs cancelled"), Format.COUNT, [v.cancelled for v in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Backlog at the month's end"), Format.COUNT,
                 [v.backlog for v in each],
                 QT_TRANSLATE_NOOP("Report", "Jobs received by the month's end and neither handed back "
                                             "nor cancelled by then.")),
    )
    kinds = tuple((label(kind), current.opened_by_kind.get(kind, 0), previous.opened_by_kind.get(kind, 0),
                   year_before.opened_by_kind.get(kind, 0))
                  for kind in TicketKind if any(v.opened_by_kind.get(kind) for v in each))
    by_kind = Table(QT_TRANSLATE_NOOP("Report", "Jobs received by kind"),
                    (Column(QT_TRANSLATE_NOOP("Report", "Kind"), Format.TEXT),
                     Column(QT_TRANSLATE_NOOP("Report", "This month"), Format.COUNT),
                     Column(QT_TRANSLATE_NOOP("Report", "Previous month"), Format.COUNT),
                     Column(QT_TRANSLATE_NOOP("Report", "A year before"), Format.COUNT)), kinds)
    month = scope.months.current
    per_day = opened_per_day(session, month, scope.zone)
    days = tuple(range(1, len(per_day) + 1))
    chart = Chart(QT_TRANSLATE_NOOP("Report", "Jobs received each day"), ChartKind.BARS, days, tuple(per_day))
    statuses = backlog_by_status(session, month)
    shown = [(status_label(s) if s is not None else Label(REPORT, UNKNOWN_STATUS), statuses[s])
             for s in (*TicketStatus, None) if statuses.get(s)]
    by_status = Table(QT_TRANSLATE_NOOP("Report", "Backlog at the month's end by status"),
                      (Column(QT_TRANSLATE_NOOP("Report", "Status"), Format.TEXT),
                       Column(QT_TRANSLATE_NOOP("Report", "Jobs"), Format.COUNT)), tuple(shown))
    mix = Chart(QT_TRANSLATE_NOOP("Report", "Status mix at the month's end"), ChartKind.PIE,
                tuple(name for name, _ in shown), tuple(count for _, count in shown))
    return Section("volume", QT_TRANSLATE_NOOP("Report", "Volume"), figures, (by_kind, by_status), (chart, mix))
