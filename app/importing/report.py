"""What an import did, in words (the summary) and as a workbook of the rejected rows."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP
from app.importing.read import ImportFailure, cell_text
from app.importing.run import ImportReport, Outcome
from app.locale.display import Locale
from app.services.output_files import output_path, written_whole
from app.services.sheet_cells import xlsx_row

if TYPE_CHECKING:
    from openpyxl import Workbook


def summary_lines(report: ImportReport, translate: Translate, locale: Locale, *, rejected: bool = True) -> list[str]:
    """The import in words: rows read, what became of them, new records, each rejected row
    (unless `rejected` is False: a screen listing them itself), and where the backup is."""
    n = locale.digits

    def tr(text: str) -> str:
        return translate("Import", text)

    rows = n(translate("Import", "%n rows", None, report.rows_read))
    lines = [
        (tr(QT_TRANSLATE_NOOP("Import", "{file}: {rows} read from one sheet.")) if report.sheets == 1
         else tr(QT_TRANSLATE_NOOP("Import", "{file}: {rows} read from {sheets}."))).format(
            file=report.path.name, rows=rows, sheets=n(translate("Import", "%n sheets", None, report.sheets))),
        tr(QT_TRANSLATE_NOOP("Import", "Imported: {imported}. Merged into existing records: {merged}. "
                                       "Skipped as not data: {skipped}. Rejected: {rejected}.")).format(
            imported=n(report.count(Outcome.IMPORTED)), merged=n(report.count(Outcome.MERGED)),
            skipped=n(report.count(Outcome.SKIPPED)), rejected=n(report.count(Outcome.REJECTED))),
        tr(QT_TRANSLATE_NOOP("Import", "New records: {counts}.")).format(counts=n(translate("Import", ", ").join((
            translate("Import", "%n customers", None, report.created["customers"]),
            translate("Import", "%n units", None, report.created["units"]),
            translate("Import", "%n tickets", None, report.created["tickets"]))))),
    ]
    if report.created["staff"]:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "Technicians named in the sheets and added to the staff "
                                                    "(without sign-in): {count}.")).format(
            count=n(report.created["staff"])))
    if report.closed_old:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "Jobs still open in the sheets but received before the cut-off, "
                                                    "closed as imported (their sheet status is in their history): "
                                                    "{count}.")).format(count=n(report.closed_old)))
    for sheet in report.hidden:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "The sheet {sheet} is hidden in the workbook; it was read like "
                                                    "the others.")).format(sheet=sheet))
    for result in report.results if rejected else ():
        if result.outcome is Outcome.REJECTED:
            lines.append(tr(QT_TRANSLATE_NOOP("Import", "Rejected: sheet {sheet}, row {row}, column {column}: {reason}"))
                         .format(sheet=result.sheet, row=n(result.row), column=result.column,
                                 reason=result.message(translate, locale)))
    if report.dry_run:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "Dry run: nothing was written to the database.")))
    elif report.backup is not None:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "A backup of the database before the import is at {path}."))
                     .format(path=report.backup))
    elif report.on_server:
        lines.append(tr(QT_TRANSLATE_NOOP("Import", "No backup file was taken: the database is on a server, which is "
                                                    "backed up with the server's own tools.")))
    return lines


def report_path(report: ImportReport, out: Path, inputs: Iterable[Path | None] = ()) -> Path:
    """The workbook to write a report of `report` to (.xlsx added when missing): never the
    database, the workbook imported, nor any of `inputs` (the command's other files)."""
    return output_path(out, ".xlsx", database=report.database, inputs=(report.path, *inputs))


def write_errors(report: ImportReport, out: Path, translate: Translate, inputs: Iterable[Path | None] = ()) -> int:
    """The rejected rows with their original cells and the reason, one sheet per source sheet;
    returns their number. `out` and `inputs` as for `report_path`."""
    from openpyxl import Workbook  # imported when first needed: the program starts without it

    out = report_path(report, out, inputs)
    book = Workbook()
    book.remove(book.active)
    heads = [translate("Import", QT_TRANSLATE_NOOP("Import", "Sheet")),
             translate("Import", QT_TRANSLATE_NOOP("Import", "Row")),
             translate("Import", QT_TRANSLATE_NOOP("Import", "Column")),
             translate("Import", QT_TRANSLATE_NOOP("Import", "Reason"))]
    sheets = {}
    rejected = report.rejected
    for result in rejected:
        sheet = sheets.get(result.sheet)
        if sheet is None:
            sheet = sheets[result.sheet] = book.create_sheet(result.sheet[:31])
            sheet.sheet_view.rightToLeft = True
            sheet.append(xlsx_row(sheet, heads + [cell_text(c) for c in report.headers.get(result.sheet, [])]))
        sheet.append(xlsx_row(sheet, [result.sheet, result.row, result.column, result.message(translate)]
                              + [_cell(c) for c in result.cells or []]))
    if not sheets:
        book.create_sheet(translate("Import", QT_TRANSLATE_NOOP("Import", "Rejected"))).append(heads)
    _save(book, out)
    return len(rejected)


def _cell(value: object) -> object:
    return value if isinstance(value, (int, float, str)) or value is None else str(value)


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("Import", "Imported"),
    Outcome.MERGED: QT_TRANSLATE_NOOP("Import", "Merged into existing records"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Import", "Skipped (not data)"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("Import", "Rejected"),
}
"""What became of a row, in words (catalogue entries of the context "Import")."""


def write_log(report: ImportReport, out: Path, translate: Translate, inputs: Iterable[Path | None] = ()) -> None:
    """Every row read, with what became of it: the import's full account. `out` and
    `inputs` as for `report_path`."""
    from openpyxl import Workbook

    out = report_path(report, out, inputs)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(translate("Import", QT_TRANSLATE_NOOP("Import", "Every row")))
    sheet.sheet_view.rightToLeft = True
    sheet.append([translate("Import", QT_TRANSLATE_NOOP("Import", "Sheet")),
                  translate("Import", QT_TRANSLATE_NOOP("Import", "Row")),
                  translate("Import", QT_TRANSLATE_NOOP("Import", "Outcome")),
                  translate("Import", QT_TRANSLATE_NOOP("Import", "Column")),
                  translate("Import", QT_TRANSLATE_NOOP("Import", "What"))])
    labels = {outcome: translate("Import", text) for outcome, text in OUTCOME_LABELS.items()}
    for result in report.results:
        sheet.append(xlsx_row(sheet, [result.sheet, result.row, labels[result.outcome], result.column,
                                      result.message(translate)]))
    _save(book, out)


def _save(book: Workbook, out: Path) -> None:
    """Save whole or not at all: written beside `out`, then renamed over it."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(out) as temp:
            book.save(temp)
    except OSError as error:
        raise ImportFailure(QT_TRANSLATE_NOOP("Import", "Cannot write the file {path}."), path=str(out)) from error
