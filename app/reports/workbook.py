"""The monthly report as an Excel workbook: an "About" sheet (the month, its calendar, its
first and last day, when it was made), then one sheet per section in the report's order.

A section's sheet holds its figures beside the previous month and the same month a year
before, with each figure's definition; then its lists; then each chart's numbers. Values are
numbers with number formats (counts whole, money in the currency's unit and decimals, shares
as real percentages, hours and days with their unit), so a manager can sum and chart them;
dates are real dates. A value that is not known is a dash, never 0. Sheets run right to left
in Persian and Arabic, headings in the report's language.

Nothing here knows which sections exist: whatever `MonthlyReport` holds is written.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import Translate, ValidationError, system_reason
from app.i18n import QT_TRANSLATE_NOOP, RTL_LANGUAGES, Label
from app.locale.display import Locale
from app.locale.money import minor_digits
from app.reports.pdf import CALENDAR, MADE_AT, MONTH, NOTHING, TITLE
from app.reports.report import REPORT, Chart, Format, MonthlyReport, Section, Table, Value
from app.reports.shown import (
    CALENDAR_NAMES,
    DASH,
    DAYS,
    HOURS,
    PLACES,
    figure_label,
    month_title,
    report_locale,
    shown,
)
from app.services.company import company_settings
from app.services.desk import Desk
from app.services.list_export import money_format
from app.services.output_files import output_path, written_whole
from app.services.sheet_cells import as_text

ABOUT = QT_TRANSLATE_NOOP("Report", "About this report")
COMPANY = QT_TRANSLATE_NOOP("Report", "Company")
FIRST_DAY = QT_TRANSLATE_NOOP("Report", "First day")
LAST_DAY = QT_TRANSLATE_NOOP("Report", "Last day")
DEFINITION = QT_TRANSLATE_NOOP("Report", "What it counts")
SHEET_NAME_MAX = 31
"""Excel's limit on a sheet's name."""
DATE_FORMAT = "yyyy-mm-dd"
MOMENT_FORMAT = "yyyy-mm-dd hh:mm"
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEADING_FILL = PatternFill("solid", fgColor="EBEBEB")
_CENTRE = Alignment(horizontal="center")
_WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS = (46, 18, 18, 18, 70)
"""Column widths in characters: the label, the three months, the definition."""


def write_report_workbook(desk: Desk, report: MonthlyReport, out: Path, translate: Translate) -> Path:
    """Write `report` as an .xlsx at `out` (.xlsx added when missing) and return the path;
    the file appears only when complete. ValidationError for the desk's database, a folder,
    or a file that cannot be written."""
    out = output_path(out, ".xlsx", database=desk.store.url)
    locale = report_locale(desk.locale, report.months.current)
    workbook = Workbook()
    _about(workbook.active, desk, report, locale, translate)
    names = {workbook.active.title}
    for section in report.sections:
        sheet = workbook.create_sheet(_sheet_name(translate(REPORT, section.title), names))
        _section(sheet, section, report, locale, translate)
    try:
        with written_whole(out) as temp:
            workbook.save(temp)
    except OSError as error:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write to {path}: {reason}"), field="out",
                              path=str(out), reason=system_reason(error)) from error
    return out


def _sheet_name(title: str, taken: set[str]) -> str:
    """`title` as Excel allows a sheet's name (no []:*?/\\, at most 31 characters), made
    unique among `taken` with a number; added to `taken`."""
    base = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:SHEET_NAME_MAX] or "Sheet"
    name, n = base, 1
    while name.casefold() in {t.casefold() for t in taken}:
        n += 1
        suffix = f" {n}"
        name = base[:SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name)
    return name


def _set_up(sheet: Worksheet, locale: Locale) -> None:
    sheet.sheet_view.rightToLeft = locale.lang in RTL_LANGUAGES
    for letter, width in zip("ABCDE", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width


def _about(sheet: Worksheet, desk: Desk, report: MonthlyReport, locale: Locale, translate: Translate) -> None:
    def t(text: str) -> str:
        return translate(REPORT, text)

    sheet.title = _sheet_name(t(ABOUT), set())
    _set_up(sheet, locale)
    current = report.months.current
    made_at = report.made_at.astimezone(locale.timezone)
    _text(sheet, 1, 1, t(TITLE), _TITLE)
    rows: list[tuple[str, Any, str]] = [
        (t(COMPANY), company_settings(desk).name, ""),
        (t(MONTH), month_title(current, locale), ""),
        (t(CALENDAR), t(CALENDAR_NAMES[current.calendar]), ""),
        (t(FIRST_DAY), current.first_day, shown(current.first_day, Format.DATE, locale, translate)),
        (t(LAST_DAY), current.last_day, shown(current.last_day, Format.DATE, locale, translate)),
        (t(MADE_AT), made_at.replace(tzinfo=None), locale.moment(report.made_at)),
    ]
    for row, (label, value, in_calendar) in enumerate(rows, start=3):
        _text(sheet, row, 1, label, _BOLD)
        if isinstance(value, datetime):
            sheet.cell(row, 2, value).number_format = MOMENT_FORMAT
        elif isinstance(value, date):
            sheet.cell(row, 2, value).number_format = DATE_FORMAT
        else:
            _text(sheet, row, 2, value)
        if in_calendar:
            _text(sheet, row, 3, in_calendar)
    sheet.column_dimensions["B"].width = sheet.column_dimensions["C"].width = 24


def _section(sheet: Worksheet, section: Section, report: MonthlyReport, locale: Locale,
             translate: Translate) -> None:
    def t(text: str) -> str:
        return translate(REPORT, text)

    _set_up(sheet, locale)
    _text(sheet, 1, 1, t(section.title), _TITLE)
    row = 3
    if section.figures:
        _heading(sheet, row, ["", *(month_title(m, locale) for m in report.months.each()), t(DEFINITION)])
        for figure in section.figures:
            row += 1
            _text(sheet, row, 1, figure_label(figure, locale, translate))
            for column, value in enumerate(figure.values, start=2):
                _value(sheet, row, column, value, figure.format, locale, translate)
            if figure.definition:
                _text(sheet, row, 5, t(figure.definition)).alignment = _WRAP
        row += 2
    for table in section.tables:
        row = _table(sheet, row, table, locale, translate) + 2
    for chart in section.charts:
        row = _chart(sheet, row, chart, month_title(report.months.current, locale), locale, translate) + 2
    if section.note:
        _text(sheet, row, 1, t(section.note))


def _table(sheet: Worksheet, row: int, table: Table, locale: Locale, translate: Translate) -> int:
    """The table from `row` on; the last row written."""
    _text(sheet, row, 1, translate(REPORT, table.title), _BOLD)
    if not table.rows:
        _text(sheet, row + 1, 1, translate(REPORT, table.empty))
        return row + 1
    row += 1
    _heading(sheet, row, [translate(REPORT, c.heading) for c in table.columns])
    for cells in table.rows:
        row += 1
        for column, (value, spec) in enumerate(zip(cells, table.columns, strict=True), start=1):
            _value(sheet, row, column, value, spec.format, locale, translate)
    return row


def _chart(sheet: Worksheet, row: int, chart: Chart, month: str, locale: Locale, translate: Translate) -> int:
    """A chart's numbers, one row per bar or slice, from `row` on; the last row written."""
    _text(sheet, row, 1, translate(REPORT, chart.title), _BOLD)
    if not any(chart.values):
        _text(sheet, row + 1, 1, translate(REPORT, NOTHING))
        return row + 1
    row += 1
    _heading(sheet, row, ["", month])
    for label, value in zip(chart.labels, chart.values, strict=True):
        row += 1
        _value(sheet, row, 1, label, Format.TEXT, locale, translate)
        _value(sheet, row, 2, value, chart.format, locale, translate)
    return row


def _heading(sheet: Worksheet, row: int, texts: Sequence[str]) -> None:
    for column, text in enumerate(texts, start=1):
        cell = _text(sheet, row, column, text, _BOLD)
        cell.fill = _HEADING_FILL


def _text(sheet: Worksheet, row: int, column: int, text: str, font: Font | None = None) -> Any:
    """A cell whose text stays text (a name beginning with '=' is not run as a formula)."""
    cell = as_text(sheet.cell(row, column, text))
    if font is not None:
        cell.font = font
    return cell


def _value(sheet: Worksheet, row: int, column: int, value: Value, fmt: Format, locale: Locale,
           translate: Translate) -> Any:
    """`value` as a number with its format, a real date, or text; a dash when not known."""
    if value is None:
        cell = _text(sheet, row, column, DASH)
        cell.alignment = _CENTRE
        return cell
    if isinstance(value, Label | str):
        return _text(sheet, row, column, shown(value, fmt, locale, translate))
    if isinstance(value, date):
        cell = sheet.cell(row, column, value)
        cell.number_format = DATE_FORMAT
        return cell
    if fmt is Format.TEXT:
        return _text(sheet, row, column, locale.digits(value))
    return _number(sheet.cell(row, column), value, fmt, locale, translate)


def _number(cell: Any, value: int | Decimal, fmt: Format, locale: Locale, translate: Translate) -> Any:
    match fmt:
        case Format.MONEY:
            amount, word = locale.money_figure(Decimal(value))
            cell.value, cell.number_format = amount, money_format(amount, minor_digits(locale.currency), word)
        case Format.PERCENT:
            # a real percentage: the cell holds 0.455 and shows 45.5%, so it can be summed or charted
            cell.value, cell.number_format = Decimal(value) / 100, f"0.{'0' * PLACES[fmt]}%"
        case Format.HOURS | Format.DAYS:
            template = translate(REPORT, HOURS if fmt is Format.HOURS else DAYS)
            cell.value, cell.number_format = value, _unit_format(template, PLACES[fmt])
        case Format.SCORE:
            cell.value, cell.number_format = value, f"0.{'0' * PLACES[fmt]}"
        case _:
            cell.value, cell.number_format = value, "#,##0"
    return cell


def _unit_format(template: str, places: int) -> str:
    """'0.0" ساعت"' from '{hours} ساعت': the number with the unit's words around it as text."""
    before, _, after = template.replace("{days}", "{hours}").partition("{hours}")
    quoted = [f'"{part}"' if part else "" for part in (before.replace('"', ""), after.replace('"', ""))]
    return f"{quoted[0]}0.{'0' * places}{quoted[1]}"
