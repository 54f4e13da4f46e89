"""A main list, as it is filtered and sorted, written to a workbook for people to read.

Not the machine format (`services.export`, canonical field names and ISO dates, which
imports back): here the headings and statuses are in the reader's language, the sheet runs
right to left on a Persian or Arabic desk, dates are in the reader's calendar, amounts are
numbers in a money format, and the header row is frozen with a filter on it.

The rows are read from the database a batch at a time and written straight into the file
(openpyxl's write-only mode), so a list of 100,000 tickets never sits in memory whole.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import KhedmatError, Translate, ValidationError, system_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.display import Locale
from app.locale.money import minor_digits
from app.services.desk import Desk
from app.services.list_columns import Cell, ListColumn, cell_text, header_text
from app.services.listing import ListKind, ListQuery
from app.services.output_files import output_path, written_whole
from app.services.sheet_cells import as_text, xlsx_value

R = TypeVar("R")

Progress = Callable[[int], bool]
"""Told the number of rows written so far; returning False stops the export."""

PROGRESS_EVERY = 250
WIDTH_SAMPLE = 1000
"""Columns are sized to the header and the first rows: a write-only sheet takes its column
widths before its first row, and reading a long list twice to measure it would double the time."""
MIN_WIDTH, MAX_WIDTH = 6, 60
"""Column widths in characters; a long fault text wraps at the cap instead of stretching the sheet."""
SHEET_NAME_MAX = 31
"""Excel refuses longer sheet names."""

_LEFT_TO_RIGHT = Alignment(readingOrder=1)
"""Our numbers and phones keep their written order inside a right-to-left sheet."""
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")


class ExportCancelled(KhedmatError):
    """The clerk stopped the export; nothing was written."""


def write_list_workbook(desk: Desk, kind: ListKind[R], columns: Sequence[ListColumn[R]], query: ListQuery,
                        out: Path, translate: Translate, title: str, progress: Progress | None = None) -> int:
    """Write the rows `query` shows of `kind`, in its order, with `columns` in the order
    given, to the workbook `out`; returns the number of rows written.

    `title` names the sheet. The file appears only when it is complete: it is written beside
    `out` and renamed. Raises ExportCancelled when `progress` returns False (no file is
    left, and a file already at `out` is kept as it was).
    """
    out = output_path(out, ".xlsx", database=desk.store.url)
    try:
        with written_whole(out) as temp:
            return _write(temp, kind.rows(desk, query), columns, desk.locale, translate, title, progress)
    except OSError as error:
        raise _cannot_write(out, error) from error


def _cannot_write(out: Path, error: OSError) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write to {path}: {reason}"), field="out",
                           path=str(out), reason=system_reason(error))


def _write(path: Path, rows: Iterator[R], columns: Sequence[ListColumn[R]], locale: Locale,
           translate: Translate, title: str, progress: Progress | None) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_name(title))
    headers = [header_text(column, translate) for column in columns]
    first = list(islice(rows, WIDTH_SAMPLE))
    _lay_out(sheet, headers, columns, first, locale, translate)
    sheet.append([_header_cell(sheet, text) for text in headers])
    count = 0
    for row in chain(first, rows):
        sheet.append([_cell(sheet, column, row, locale, translate) for column in columns])
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(count):
            _discard(sheet)
            raise ExportCancelled(QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written."))
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.save(path)
    return count


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close a sheet that will not be saved and delete the rows openpyxl kept for it in a
    temporary file of its own (left open, it stays on disk until the program ends)."""
    sheet.close()
    sheet._writer.cleanup()  # noqa: SLF001 - openpyxl's only way to drop a write-only sheet's rows


def _sheet_name(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:SHEET_NAME_MAX] or "Sheet"


def _lay_out(sheet: WriteOnlyWorksheet, headers: Sequence[str], columns: Sequence[ListColumn[R]],
             sample: Iterable[R], locale: Locale, translate: Translate) -> None:
    """Direction, frozen header, column widths and page set-up: all of them go before the first row."""
    sheet.sheet_view.rightToLeft = locale.lang in ("fa", "ar")
    sheet.freeze_panes = "A2"
    widths = [len(text) + 3 for text in headers]  # room for the filter's drop-down button
    for row in sample:
        for index, column in enumerate(columns):
            widths[index] = max(widths[index], len(cell_text(column, row, locale, translate)) + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, MIN_WIDTH), MAX_WIDTH)
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = as_text(WriteOnlyCell(sheet, text))
    cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    return cell


def _cell(sheet: WriteOnlyWorksheet, column: ListColumn[R], row: R, locale: Locale, translate: Translate) -> Any:
    """A plain value where the cell needs no format (most of them, and the fastest to write)."""
    value = column.value(row)
    if value is None or value == "":
        return None
    match column.cell:
        case Cell.MONEY:
            amount, word = locale.money_figure(value.amount, value.currency)
            cell = WriteOnlyCell(sheet, amount)
            cell.number_format = money_format(amount, minor_digits(value.currency or locale.currency), word)
            return cell
        case Cell.NUMBER:
            return int(value)
        case Cell.DATE:
            # Text in the reader's calendar: an Excel date cell can only be Gregorian, and
            # a Jalali or Umm al-Qura date is what the clerk reads everywhere else. Written
            # year first with two-digit months and days, the text still sorts by date.
            return xlsx_value(sheet, cell_text(column, row, locale, translate))
        case Cell.IDENT | Cell.PHONE:
            shown = locale.digits(value) if column.cell is Cell.IDENT else locale.phone(value)
            cell = as_text(WriteOnlyCell(sheet, shown))
            cell.alignment = _LEFT_TO_RIGHT
            return cell
    return xlsx_value(sheet, cell_text(column, row, locale, translate))


def money_format(amount: Decimal, minor: int, word: str) -> str:
    """'#,##0 "ریال"', '#,##0.00 "ر.س"': the currency's decimals, more if the amount has them
    (a toman amount of 25 rials is 2.5), never rounding what is shown."""
    places = minor
    if amount != amount.to_integral_value():
        places = max(places, -amount.normalize().as_tuple().exponent)
    decimals = "." + "0" * places if places else ""
    return f'#,##0{decimals} "{word}"'
