"""What a scan finds that calamine does not report: error cells (it reads them as ''), merges, sizes."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that holds no value to import: a spreadsheet error, with its `code` as the file
    spells it ("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", or
    LibreOffice's "Err:502"), or a formula whose result the file does not keep (`code` "";
    files written by programs such as openpyxl that do not calculate)."""

    code: str = ""

    def __str__(self) -> str:
        return self.code


@dataclass
class Found:
    """What the scan of a sheet found that calamine does not report."""

    errors: dict[int, list[tuple[int, CellError]]] = field(default_factory=dict)  # row → [(column, error)]
    merges: list[tuple[int, int, int, int]] | None = None  # (first row, first column, last row, last column)
    cells: int = 0  # the sheet's block as calamine will hold it, rows × columns
    text: int = 0  # bytes of text copied into cells beyond what the XML spells out (ODS repeats)

    def add(self, row: int, column: int, error: CellError) -> None:
        self.errors.setdefault(row, []).append((column, error))


NO_VALUE = CellError("")
