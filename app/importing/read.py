"""Workbooks (.xlsx, .xls, .ods) read with python-calamine, a sheet at a time, row by row.

Rows are streamed (`rows`), so a large sheet is never held as Python objects all at once;
calamine keeps its own compact copy. Row i of a sheet is Excel's row i + 1 and column j is
Excel's column j + 1, whatever empty area the file starts with.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP

# An Office file saved with a password is an OLE container holding this stream instead of
# the workbook's XML.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class ImportFailure(KhedmatError):
    """The file as a whole cannot be imported; nothing was written."""

    context = "Import"


class ImportNote(KhedmatError):
    """What became of one row, or why it was refused; shown in the user's language."""

    context = "Import"


class Workbook:
    """An open workbook: its sheets' names, sizes and rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The file {path} does not exist."), path=str(path))
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheet_names: list[str] = list(self._book.sheet_names)
            self._sheets = {name: self._book.get_sheet_by_name(name) for name in self.sheet_names}
        except Exception as error:  # calamine raises several kinds for a file that is not a workbook
            if _is_encrypted(path, error):
                raise ImportFailure(QT_TRANSLATE_NOOP(
                    "Import", "{path} is protected by a password. Open it in Excel or LibreOffice, "
                              "save a copy without the password and import that copy."),
                    path=str(path)) from error
            raise ImportFailure(
                QT_TRANSLATE_NOOP("Import", "{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods)."),
                path=str(path),
            ) from error
        if all(self.height(name) == 0 for name in self.sheet_names):
            raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The workbook {path} is empty."), path=str(path))

    def height(self, name: str) -> int:
        """How many rows the sheet has, counted from Excel's row 1."""
        sheet = self._sheets[name]
        return 0 if sheet.end is None else sheet.end[0] + 1

    def rows(self, name: str) -> Iterator[list[Any]]:
        sheet: CalamineSheet = self._sheets[name]
        if sheet.end is None:
            return iter(())
        # calamine starts every row at the first used column; put Excel's columns back
        pad = [""] * sheet.start[1]
        rows = sheet.iter_rows()
        return (pad + row for row in rows) if pad else rows

    def head(self, name: str, count: int) -> list[list[Any]]:
        return list(islice(self.rows(name), count))


def _is_encrypted(path: Path, error: Exception) -> bool:
    if "password" in str(error).lower():
        return True
    with path.open("rb") as f:
        start = f.read(1 << 16)
    return start.startswith(_OLE_MAGIC) and _ENCRYPTED_STREAM in start


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without '.0' (Excel stores 09121234567 as 9121234567.0)."""
    if value is None or value == "":
        return ""
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
