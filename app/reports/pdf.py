"""The monthly report as an A4 portrait PDF, in the reader's language and direction.

The first page opens with the company's header, the month named in the calendar it was asked
in, its first and last day and when the report was made. Each section follows: its title,
its figures beside the previous month and the same month a year before (label on the
reading side), the figures' definitions in small type, its lists and its charts. Every page
ends with "Page N of M". The file appears whole or not at all (sheet.write_pdf).

Nothing here knows which sections exist: whatever `MonthlyReport` holds is printed.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from reportlab.lib.units import mm

from app.documents.printed_list import PAGES_FORM, fill_page_count, page_footer
from app.documents.sheet import Column, Sheet, write_pdf
from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, RTL_LANGUAGES
from app.locale.display import Locale
from app.reports.charts import draw_chart
from app.reports.report import REPORT, Figure, Format, MonthlyReport, Months, Section, Table
from app.reports.shown import CALENDAR_NAMES, figure_label, month_title, report_locale, shown, span
from app.services.company import company_settings
from app.services.desk import Desk
from app.services.output_files import output_path

DOCS = "Documents"
TITLE = QT_TRANSLATE_NOOP("Report", "Monthly report")
MONTH = QT_TRANSLATE_NOOP("Report", "Month")
CALENDAR = QT_TRANSLATE_NOOP("Report", "Calendar")
DAYS_SPAN = QT_TRANSLATE_NOOP("Report", "From the first to the last day")
MADE_AT = QT_TRANSLATE_NOOP("Report", "Made at")
NOTHING = QT_TRANSLATE_NOOP("Report", "Nothing this month.")
LABEL_SHARE = 0.46
"""The figures' label column; the three months share the rest."""
SMALL = 1.5
"""How many points smaller the definitions and notes are than the body text."""
PDF_ROWS = 40
"""The most rows of a list printed: a month with hundreds of contracts ending would otherwise
fill dozens of pages. The workbook keeps every row, and the page says how many it leaves out."""


def report_title(report: MonthlyReport, locale: Locale, translate: Translate) -> str:
    """'Monthly report — Mehr 1403' in the reader's language: the PDF's title and its footer."""
    return f"{translate(REPORT, TITLE)} — {month_title(report.months.current, locale)}"


def write_report_pdf(desk: Desk, report: MonthlyReport, out: Path, translate: Translate) -> Path:
    """Write `report` as a PDF at `out` (.pdf added when missing) and return the path;
    ValidationError for the desk's database, a folder, or a file that cannot be written."""
    out = output_path(out, ".pdf", database=desk.store.url)
    locale = report_locale(desk.locale, report.months.current)
    rtl = locale.lang in RTL_LANGUAGES
    company = company_settings(desk)
    title = report_title(report, locale, translate)

    def t(text: str) -> str:
        return translate(REPORT, text)

    def draw(sheet: Sheet) -> None:
        sheet.set_footer(lambda page: page_footer(page, locale, partial(translate, DOCS), title), sheet.leading * 2)
        sheet.header(company, t(TITLE))
        current = report.months.current
        sheet.field(t(MONTH), month_title(current, locale))
        sheet.field(t(CALENDAR), t(CALENDAR_NAMES[current.calendar]))
        sheet.field(t(DAYS_SPAN), span(current, locale))
        sheet.field(t(MADE_AT), locale.moment(report.made_at))
        for section in report.sections:
            _section(sheet, section, report.months, locale, translate)
        # "Page N of M": the number of pages is known only now (see printed_list.page_footer)
        sheet.canvas.beginForm(PAGES_FORM, lowerx=-sheet.width, lowery=-sheet.size, upperx=sheet.width,
                               uppery=2 * sheet.size)
        fill_page_count(sheet, locale.digits(sheet.page_number))
        sheet.canvas.endForm()

    return write_pdf(out, "A4", rtl, title, company, draw)


def _section(sheet: Sheet, section: Section, months: Months, locale: Locale, translate: Translate) -> None:
    def t(text: str) -> str:
        return translate(REPORT, text)

    sheet.need(6 * sheet.leading)  # a section's title never stands alone at the foot of a page
    sheet.gap(3 * mm)
    sheet.heading(t(section.title))
    if section.figures:
        share = (1 - LABEL_SHARE) / 3
        columns = [Column("", LABEL_SHARE)] + [Column(month_title(m, locale), share, "center") for m in months.each()]
        sheet.table(columns, ([figure_label(f, locale, translate)]
                              + [shown(v, f.format, locale, translate) for v in f.values]
                              for f in section.figures))
        _definitions(sheet, section.figures, locale, translate)
    for table in section.tables:
        _table(sheet, table, locale, translate)
    for chart in section.charts:
        labels = [shown(label, Format.TEXT, locale, translate) if not isinstance(label, int)
                  else locale.digits(label) for label in chart.labels]
        draw_chart(sheet, chart, t(chart.title), labels,
                   lambda value, fmt=chart.format: shown(value, fmt, locale, translate),
                   lambda share: shown(share, Format.PERCENT, locale, translate), t(NOTHING))
    if section.note:
        sheet.gap(1 * mm)
        sheet.text(t(section.note), size=sheet.size - SMALL, grey=True)


def _definitions(sheet: Sheet, figures: tuple[Figure, ...], locale: Locale, translate: Translate) -> None:
    """What each defined figure counts, in small type under the figures."""
    defined = [f for f in figures if f.definition]
    if defined:
        sheet.gap(1 * mm)
    for figure in defined:
        sheet.text(f"{figure_label(figure, locale, translate)}: {translate(REPORT, figure.definition)}",
                   size=sheet.size - SMALL, grey=True)


def _table(sheet: Sheet, table: Table, locale: Locale, translate: Translate) -> None:
    sheet.need(3 * sheet.leading)
    sheet.gap(2 * mm)
    sheet.text(translate(REPORT, table.title), bold=True)
    if not table.rows:
        sheet.text(translate(REPORT, table.empty), grey=True)
        return
    # text columns (a name, a kind) take twice a number's room
    columns = [Column(translate(REPORT, c.heading), 2.0 if c.format is Format.TEXT else 1.0,
                      "start" if c.format is Format.TEXT else "center") for c in table.columns]
    sheet.table(columns, ([shown(v, c.format, locale, translate) for v, c in zip(row, table.columns, strict=True)]
                          for row in table.rows[:PDF_ROWS]))
    left_out = len(table.rows) - PDF_ROWS
    if left_out > 0:
        more = translate("Report", "And %n more, listed in the report's Excel workbook.", None, left_out)
        sheet.text(locale.digits(more), grey=True)
