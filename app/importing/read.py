"""Workbooks (.xlsx, .xls, .ods) read with python-calamine, a sheet at a time, row by row.

Rows are streamed (`rows`), so a large sheet is never held as Python objects all at once;
calamine keeps its own compact copy. Row i of a sheet is Excel's row i + 1 and column j is
Excel's column j + 1, whatever empty area the file starts with.

What calamine does not tell, the reader finds in the file itself before calamine parses it
(app.importing.workbook):

- a cell holding an error (#REF!, #N/A, ...) or a formula whose result the file does not
  keep reads as `CellError`, not as an empty cell (calamine gives '' for both);
- the value of merged cells reaches every cell of the range (calamine gives it to the
  top-left cell only);
- a workbook that would take more memory than an office PC has is refused before calamine
  opens it (`MAX_UNPACKED`, `MAX_CELLS`, `MAX_TEXT`, `MAX_RATIO` in workbook.limits):
  calamine holds a sheet as a dense block from its first to its last used cell and copies a
  shared string into every cell that uses it, so a small file can ask for gigabytes.

For .xlsx/.xlsm and .ods the file's XML is scanned with byte searches (a streamed pass
per sheet, no XML tree); for .xls (BIFF8) the workbook stream is walked record by record.

Not covered: .xlsb (only the package's sizes are checked) and Excel 5 .xls (calamine's
cell count is checked as it reads, after it has read); an .ods formula without a kept
value (LibreOffice always keeps one); in .xlsx the fast scan takes a row's last cell for its
widest, as every spreadsheet program writes rows — a file written with a row's cells out
of order is measured by that last cell.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook, SheetVisibleEnum

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.errors import ImportFailure, ImportNote
from app.importing.workbook import limits
from app.importing.workbook.checks import check_file, is_encrypted
from app.importing.workbook.found import CellError, Found
from app.importing.workbook.limits import not_a_workbook, too_many_cells

__all__ = ["CellError", "ImportFailure", "ImportNote", "Workbook", "cell_text", "column_index", "column_letter"]


class Workbook:
    """An open workbook: its sheets' names, sizes, visibility and rows.

    .xlsx/.xlsm, .ods and .xls (BIFF8) are checked against the limits before calamine parses
    them, and their error cells are found in the file (and, for .ods, the merged ranges;
    calamine reports those of .xlsx and .xls). The cells calamine holds are counted again as
    it reads each sheet, for the files the checks cannot read (an Excel 5 .xls).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The file {path} does not exist."), path=str(path))
        self._found: dict[str, Found] = check_file(path)
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheet_names: list[str] = list(self._book.sheet_names)
            self._sheets: dict[str, CalamineSheet] = {}
            cells = 0
            for name in self.sheet_names:
                sheet = self._book.get_sheet_by_name(name)
                cells += sheet.height * sheet.width
                if cells > limits.MAX_CELLS:
                    raise too_many_cells(path, cells)
                self._sheets[name] = sheet
            self._hidden = {m.name: m.visible != SheetVisibleEnum.Visible for m in self._book.sheets_metadata}
        except ImportFailure:
            raise
        except Exception as error:  # calamine raises several kinds for a file that is not a workbook
            if is_encrypted(path, error):
                raise ImportFailure(QT_TRANSLATE_NOOP(
                    "Import", "{path} is protected by a password. Open it in Excel or LibreOffice, "
                              "save a copy without the password and import that copy."),
                    path=str(path)) from error
            raise not_a_workbook(path) from error
        self._height = {name: self._height_of(name) for name in self.sheet_names}
        if all(self.height(name) == 0 for name in self.sheet_names):
            raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The workbook {path} is empty."), path=str(path))

    def _height_of(self, name: str) -> int:
        sheet = self._sheets[name]
        height = 0 if sheet.end is None else sheet.end[0] + 1
        found = self._found.get(name)
        if found is not None and found.errors:
            height = max(height, max(found.errors) + 1)
        return height

    def height(self, name: str) -> int:
        """How many rows the sheet has, counted from Excel's row 1."""
        return self._height[name]

    def hidden(self, name: str) -> bool:
        """Whether the sheet is hidden in the workbook (hidden or "very hidden" in Excel)."""
        return self._hidden.get(name, False)

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        """The sheet's merged ranges as (first row, first column, last row, last column), 0-based
        and inclusive; for .xlsx, .xls and .ods."""
        found = self._found.get(name)
        if found is not None and found.merges is not None:
            return list(found.merges)
        ranges = self._sheets[name].merged_cell_ranges or []
        return [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges]

    def rows(self, name: str) -> Iterator[list[Any]]:
        """The sheet's rows, from Excel's row 1, each a list from Excel's column A.

        A cell is '' when empty, else str, float, int, bool, date/datetime/time/timedelta as
        calamine reads it, or a `CellError`. Every cell of a merged range holds the value of
        its top-left cell.
        """
        sheet: CalamineSheet = self._sheets[name]
        found = self._found.get(name)
        errors = found.errors if found is not None else {}
        merges = self.merged(name)
        if sheet.end is None:
            rows: Iterator[list[Any]] = iter(())
            width = 0
        else:
            # calamine starts every row at the first used column; put Excel's columns back
            pad = [""] * sheet.start[1]
            plain = sheet.iter_rows()
            rows = (pad + row for row in plain) if pad else plain
            width = sheet.end[1] + 1
        if not errors and not merges:
            return rows
        return _marked(rows, self.height(name), width, errors, merges)

    def head(self, name: str, count: int) -> list[list[Any]]:
        return list(islice(self.rows(name), count))


def _marked(rows: Iterator[list[Any]], height: int, width: int, errors: dict[int, list[tuple[int, CellError]]],
            merges: list[tuple[int, int, int, int]]) -> Iterator[list[Any]]:
    """`rows` with the error cells put in and merged values spread over their ranges."""
    if errors:
        width = max(width, max(col for found in errors.values() for col, _ in found) + 1)
    pending = sorted((r0, c0, min(r1, height - 1), min(c1, width - 1))
                     for r0, c0, r1, c1 in merges if r0 < height and c0 < width)
    pending.reverse()  # popped from the end, top row first
    active: list[tuple[int, int, int, Any]] = []
    for at in range(height):
        row = next(rows, None)
        if row is None:
            row = [""] * width
        here = errors.get(at)
        if here:
            for col, error in here:
                if col >= len(row):
                    row.extend([""] * (col + 1 - len(row)))
                row[col] = error
        while pending and pending[-1][0] == at:
            _, c0, r1, c1 = pending.pop()
            value = row[c0] if c0 < len(row) else ""
            if not (isinstance(value, str) and value == ""):
                active.append((r1, c0, c1, value))
        if active:
            for _, c0, c1, value in active:
                if c1 >= len(row):
                    row.extend([""] * (c1 + 1 - len(row)))
                row[c0:c1 + 1] = [value] * (c1 + 1 - c0)
            active = [a for a in active if a[0] > at]
        yield row


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without '.0' (Excel stores 09121234567 as 9121234567.0);
    an error cell as its code ("#REF!"), a formula without a kept result as ''."""
    if value is None or value == "":
        return ""
    if isinstance(value, CellError):
        return value.code
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def column_letter(index: int) -> str:
    """Excel's name of the 0-based column `index`: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based index of Excel's column `letters`: A → 0, AB → 27; ValueError otherwise."""
    letters = letters.strip().upper()
    if not letters.isascii() or not letters.isalpha():
        raise ValueError(letters)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
