"""The manager's monthly report, read once for the PDF, the workbook and the Reports screen."""
from __future__ import annotations

from app.domain.base import utcnow
from app.domain.permissions import Action
from app.locale.calendars import Calendar
from app.reports.month import report_month
from app.reports.report import MonthlyReport, Months, Progress, Scope, SectionBuilder, read_report
from app.reports.sections.costs import costs_section
from app.reports.sections.coverage import coverage_section
from app.reports.sections.customers import customers_section
from app.reports.sections.ending import ending_section
from app.reports.sections.faults import faults_section
from app.reports.sections.quality import quality_section
from app.reports.sections.satisfaction import satisfaction_section
from app.reports.sections.technicians import technicians_section
from app.reports.sections.turnaround import turnaround_section
from app.reports.sections.volume import volume_section
from app.services.company import read_company_settings
from app.services.desk import Desk

SECTIONS: tuple[SectionBuilder, ...] = (
    volume_section,
    turnaround_section,
    coverage_section,
    costs_section,
    quality_section,
    faults_section,
    satisfaction_section,
    technicians_section,
    ending_section,
    customers_section,
)
"""The report's sections in the order they are printed (and the workbook's sheets)."""


def monthly_report(desk: Desk, year: int, month: int, calendar: Calendar,
                   progress: Progress | None = None) -> MonthlyReport:
    """The report of month `month` of `year` in `calendar`, beside the month before it and the
    same month a year before; the manager's alone. ValidationError for an impossible month;
    ReportStopped when `progress` says stop."""
    desk.require(Action.MONTHLY_REPORT)
    zone = desk.locale.timezone
    current = report_month(year, month, calendar, zone)
    months = Months(current, current.previous(zone), current.a_year_before(zone))
    with desk.store.read() as session:
        scope = Scope(months, zone, desk.locale.weekend, read_company_settings(session))
        return read_report(session, scope, SECTIONS, utcnow(), progress)
