"""A main list printed as it is filtered and sorted: the company header, the list's name, the
filter in words, the date and the number of rows, then its rows with the list's columns on
A4 landscape, the columns' headings on every page and "page N of M" at each page's foot.

The cells are the list's own text (`list_columns.cell_text`): what the clerk sees in the
list is what is printed. The rows are read from the database a batch at a time and drawn as
they come, so the list never sits in memory whole.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TypeVar

from reportlab.lib.units import mm

from app.documents import rtl_text
from app.documents.sheet import A4_LANDSCAPE, GREY, Column, Sheet, write_pdf
from app.errors import KhedmatError, Translate, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, RTL_LANGUAGES
from app.locale.display import Locale
from app.services.company import company_settings
from app.services.desk import Desk
from app.services.list_columns import Cell, ListColumn, cell_text, header_text
from app.services.listing import ListKind, ListQuery
from app.services.output_files import output_path

R = TypeVar("R")

DOCS = "Documents"
MAX_ROWS = 2000
"""The most rows a printed list holds: about 60 landscape pages. A longer list is not read on
paper (it is filtered, or exported to Excel), and printing rasterises every page, so
thousands of pages would keep the printer and the clerk's PC busy for many minutes."""
PROGRESS_EVERY = 50
WIDTH_SAMPLE = 200
"""Columns are sized to their heading and the first rows, measured as they will be drawn."""
WIDEST_SHARE = 0.3
"""No column takes more than this part of the line; longer text wraps inside it."""
PAGES_FORM = "pages"
"""The PDF form that shows the number of pages, drawn on every page and filled at the end."""
PAGE_OF = QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}")
PAGE_ONLY = QT_TRANSLATE_NOOP("Documents", "Page {page}")

Progress = Callable[[int], bool]
"""Told the number of rows drawn so far; returning False stops the print-out."""


class PrintCancelled(KhedmatError):
    """The clerk stopped the print-out; no file was written."""


def write_printed_list(desk: Desk, kind: ListKind[R], columns: Sequence[ListColumn[R]], query: ListQuery,
                       out: Path, translate: Translate, title: str, filters: Sequence[str],
                       progress: Progress | None = None) -> int:
    """Write the rows `query` shows of `kind`, in its order, with `columns` in the order given,
    as a printable PDF at `out`; returns the number of rows printed.

    `title` is the list's name and `filters` its filter in words, each already in the
    reader's language. A list longer than MAX_ROWS raises ValidationError before anything is
    read; PrintCancelled when `progress` returns False (nothing is left behind).
    """
    out = output_path(out, ".pdf", database=desk.store.url)
    total = kind.count(desk, query.text, filters=query.filters)
    if total > MAX_ROWS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This list has {count} rows; a printed list holds at most {limit}. "
                      "Narrow the filter to print it, or export it to Excel."), count=total, limit=MAX_ROWS)
    locale = desk.locale
    company = company_settings(desk)
    rtl = locale.lang in RTL_LANGUAGES
    drawn = 0

    def counted(rows: Iterator[R]) -> Iterator[list[str]]:
        nonlocal drawn
        for row in rows:
            yield [cell_text(column, row, locale, translate) for column in columns]
            drawn += 1
            if progress is not None and drawn % PROGRESS_EVERY == 0 and not progress(drawn):
                raise PrintCancelled(QT_TRANSLATE_NOOP("Errors", "The print-out was cancelled."))

    t = partial(translate, DOCS)

    def draw(sheet: Sheet) -> None:
        sheet.set_footer(lambda page: page_footer(page, locale, t, title), sheet.leading * 2)
        sheet.header(company, title)
        no_filter = t(QT_TRANSLATE_NOOP("Documents", "none (every row)"))
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Filter")), ("؛ " if rtl else "; ").join(filters) or no_filter)
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Printed on")), locale.date(desk.today()))
        sheet.field(t(QT_TRANSLATE_NOOP("Documents", "Rows")), locale.digits(total))
        sheet.gap(2 * mm)
        rows = counted(kind.rows(desk, query))
        sample = list(islice(rows, WIDTH_SAMPLE))
        headings = [header_text(column, translate) for column in columns]
        sheet.table(_columns(sheet, columns, headings, sample), chain(sample, rows))
        if not drawn:
            sheet.text(t(QT_TRANSLATE_NOOP("Documents", "Nothing matches the filter.")))
        # the form's box reaches both ways from its origin: the number is drawn to the left of it in RTL
        width = sheet.width
        sheet.canvas.beginForm(PAGES_FORM, lowerx=-width, lowery=-sheet.size, upperx=width, uppery=2 * sheet.size)
        fill_page_count(sheet, locale.digits(sheet.page_number))
        sheet.canvas.endForm()

    write_pdf(out, A4_LANDSCAPE, rtl, title, company, draw)
    return drawn


def _columns(sheet: Sheet, columns: Sequence[ListColumn[R]], headings: Sequence[str],
             sample: Sequence[Sequence[str]]) -> list[Column]:
    """The columns' shares of the line: each its heading's or widest sampled cell's width, so
    headings and short values (numbers, dates, statuses) never wrap; when they do not all fit,
    the widest columns give up room and wrap their text."""
    pad = 3 * mm + 1
    # Rows beyond the sample may be a little wider than it (۱۴۰۴-۰۳۳۳ beside a sampled ۱۴۰۴-۰۱۱۱):
    # a wide digit of slack keeps a number or a date from wrapping at its column's natural width.
    slack = rtl_text.width("۳", sheet.regular, sheet.size, sheet.rtl)
    line = sheet.right - sheet.left
    natural = []
    for index, heading in enumerate(headings):
        widest = max((rtl_text.width(cells[index], sheet.regular, sheet.size, sheet.rtl) for cells in sample),
                     default=0.0)
        widest = max(rtl_text.width(heading, sheet.bold, sheet.size, sheet.rtl), widest + slack if widest else 0.0)
        natural.append(min(widest + pad, line * WIDEST_SHARE))
    widths = list(natural)
    wide = set(range(len(widths)))
    while sum(widths) > line and wide:
        # the columns narrower than a fair part of what is left keep their width
        room = line - sum(widths[i] for i in range(len(widths)) if i not in wide)
        fair = room / len(wide)
        narrow = {i for i in wide if natural[i] <= fair}
        if not narrow:
            share = sum(natural[i] for i in wide)
            for i in wide:
                widths[i] = room * natural[i] / share
            break
        wide -= narrow
    return [Column(heading, width, "end" if column.cell is Cell.MONEY else "start")
            for heading, width, column in zip(headings, widths, columns, strict=True)]


def page_footer(sheet: Sheet, locale: Locale, t: Callable[[str], str], title: str) -> None:
    """'Page 3 of 12' on the reading side of the page's foot, the list's name on the other. The
    number of pages is known only at the end: it is a form drawn here on every page and filled
    once the last page is known. A translation that does not end with the number of pages
    prints 'Page 3' alone."""
    y = sheet.margin + sheet.size * 0.35
    sheet.canvas.setFillColorRGB(*GREY)
    rtl_text.draw_line(sheet.canvas, title, sheet.left, sheet.right, y, sheet.regular, sheet.size, sheet.rtl,
                       "left" if sheet.rtl else "right")
    sheet.canvas.setFillColorRGB(0, 0, 0)
    template = t(PAGE_OF)
    before, found, after = template.partition("{pages}")
    page = locale.digits(sheet.page_number)
    if not found or after.strip():
        rtl_text.draw_line(sheet.canvas, t(PAGE_ONLY).format(page=page), sheet.left, sheet.right, y,
                           sheet.regular, sheet.size, sheet.rtl)
        return
    shown = before.format(page=page).rstrip()
    rtl_text.draw_line(sheet.canvas, shown, sheet.left, sheet.right, y, sheet.regular, sheet.size, sheet.rtl)
    space = rtl_text.width(" ", sheet.regular, sheet.size, sheet.rtl) + 1
    offset = rtl_text.width(shown, sheet.regular, sheet.size, sheet.rtl) + space
    sheet.canvas.saveState()
    sheet.canvas.translate(sheet.right - offset if sheet.rtl else sheet.left + offset, y)
    sheet.canvas.doForm(PAGES_FORM)
    sheet.canvas.restoreState()


def fill_page_count(sheet: Sheet, pages: str) -> None:
    """The form's content: the number of pages, ending at its origin for RTL, starting there for LTR."""
    sheet.canvas.setFont(sheet.regular, sheet.size)
    if sheet.rtl:
        sheet.canvas.drawRightString(0, 0, pages)
    else:
        sheet.canvas.drawString(0, 0, pages)
