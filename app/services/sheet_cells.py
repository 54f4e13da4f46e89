"""Text cells that a spreadsheet shows as text and never runs as a formula.

A name, a fault or a sheet's cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
return is a formula to Excel and LibreOffice when it arrives in a CSV file, and openpyxl
writes a string beginning with `=` as a formula (and '#N/A' as an error) in a workbook.
Every export and every import report writes its text through these functions.
"""
from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
"""A plain signed number or an international mobile (+989121234567): nothing a spreadsheet
can run, kept as it is so scripts read the machine format unchanged."""


def csv_text(text: str) -> str:
    """`text` for a CSV cell: an apostrophe before one that would start a formula (OWASP's
    advice; the spreadsheet then shows the cell as text)."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def xlsx_value(sheet: Any, value: Any) -> Any:
    """`value` for `sheet.append`: a string openpyxl would write as a formula or an error
    becomes a string cell holding exactly that text; anything else is passed as it is (a
    workbook's string cell is never evaluated, whatever it begins with)."""
    if isinstance(value, str) and (value.startswith("=") or value in ERROR_CODES):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        return cell
    return value


def as_text(cell: Any) -> Any:
    """A cell made by the caller (with a style) whose text must stay text."""
    if cell.data_type in ("f", "e"):
        cell.data_type = "s"
    return cell


def xlsx_row(sheet: Any, values: list[Any]) -> list[Any]:
    return [xlsx_value(sheet, v) for v in values]
