"""Per technician: the month's jobs handed back, how long they took, and the rework."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.clock import WorkshopClock
from app.reports.kpis.technicians import technicians
from app.reports.report import REPORT, Column, Format, Scope, Section, Table

NO_TECHNICIAN = QT_TRANSLATE_NOOP("Report", "No technician")


def technicians_section(session: Session, scope: Scope) -> Section:
    clock = WorkshopClock.of(scope.settings, scope.zone, scope.weekend)
    rows = tuple((r.name if r.user_id is not None else Label(REPORT, NO_TECHNICIAN), r.delivered,
                  r.median_workshop_hours, r.reworked)
                 for r in technicians(session, scope.months.current, clock, scope.zone))
    table = Table(QT_TRANSLATE_NOOP("Report", "Technicians this month"),
                  (Column(QT_TRANSLATE_NOOP("Report", "Technician"), Format.TEXT),
                   Column(QT_TRANSLATE_NOOP("Report", "Jobs handed back"), Format.COUNT),
                   Column(QT_TRANSLATE_NOOP("Report", "Median workshop hours to ready"), Format.HOURS),
                   Column(QT_TRANSLATE_NOOP("Report", "Reopened for rework"), Format.COUNT)), rows)
    return Section("technicians", QT_TRANSLATE_NOOP("Report", "Technicians"), (), (table,),
                   note=QT_TRANSLATE_NOOP("Report", "By the technician each job is assigned to; workshop hours "
                                                    "leave out the weekend, holidays and the time a job waited "
                                                    "on the customer or on parts."))
