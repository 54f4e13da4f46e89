"""Workbooks (.xlsx, .xls, .ods) read with python-calamine into plain rows of cells."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP


class ImportFailure(KhedmatError):
    """The file as a whole cannot be imported; nothing was written."""

    context = "Import"


class ImportNote(KhedmatError):
    """What became of one row, or why it was refused; shown in the user's language."""

    context = "Import"


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Any]]
    """Row i is Excel's row i + 1; column j is Excel's column j + 1."""


def read_workbook(path: Path) -> list[Sheet]:
    if not path.is_file():
        raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The file {path} does not exist."), path=str(path))
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = [Sheet(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
                  for name in book.sheet_names]
    except Exception as error:  # calamine raises several kinds for a file that is not a workbook
        raise ImportFailure(
            QT_TRANSLATE_NOOP("Import", "{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods)."),
            path=str(path),
        ) from error
    if all(is_blank(row) for sheet in sheets for row in sheet.rows):
        raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The workbook {path} is empty."), path=str(path))
    return sheets


def is_blank(row: list[Any]) -> bool:
    return all(cell_text(cell) == "" for cell in row)


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without '.0' (Excel stores 09121234567 as 9121234567.0)."""
    if value is None:
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
