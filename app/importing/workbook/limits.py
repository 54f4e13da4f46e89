"""Limits a workbook must keep before calamine opens it (past them it aborts), and their messages."""
from __future__ import annotations

from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.errors import ImportFailure

# The scans read these as `limits.MAX_CELLS` when they check, so that a test may lower them.
MAX_UNPACKED = 1 << 30
"""Bytes a workbook may unpack to (all its parts). A 100,000-row × 14-column log unpacks to
about 85 MB as .xlsx and 190 MB as .ods (LibreOffice's XML is verbose), so this leaves room
for a log five times that size and stops a file that unpacks to gigabytes."""
MAX_CELLS = 5_000_000
"""Cells of all sheets together, counted as calamine holds them: every cell from a sheet's
first to its last used row and column (a stray value at XFD1048576 counts 17 billion).
100,000 rows × 14 columns are 1.4 million; 5 million cells take about 400 MB in calamine."""
MAX_TEXT = 512 << 20
"""Bytes of text the cells may hold once calamine has copied each shared (or repeated)
string into every cell that uses it: a 30,000-character string used by 100,000 cells is
3 GB from a 500 KB file. A real 100,000-row log holds 30-60 MB of text."""
MAX_RATIO = 100
"""How many times larger than packed a large part may unpack. Spreadsheet XML packs 10-50
times (11-19 for Excel-style sheets and shared strings, 14-15 for openpyxl's even when every
row is the same, 45 for LibreOffice's .ods content); a part of one repeated character packs
230 times at the fastest deflate level and about 1,030 at the best."""
RATIO_FROM = 16 << 20  # the ratio is checked for parts that unpack to more than this


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def not_a_workbook(path: Path) -> ImportFailure:
    return ImportFailure(
        QT_TRANSLATE_NOOP("Import", "{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods)."),
        path=str(path))


def too_large(path: Path, size: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: it unpacks to {size}, and Khedmat reads workbooks "
                  "of up to {limit}. Split it into smaller workbooks (a year or a branch each) and "
                  "import them one by one."),
        path=str(path), size=_size(size), limit=_size(MAX_UNPACKED))


def too_many_cells(path: Path, cells: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: its sheets span {cells} cells (every row and column "
                  "from the first used cell to the last), and Khedmat reads up to {limit} at once. "
                  "Split it into smaller workbooks, or delete stray values far below or to the right "
                  "of the data."),
        path=str(path), cells=f"{cells:,}", limit=f"{MAX_CELLS:,}")


def too_much_text(path: Path, size: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: its cells hold {size} of text once text the file "
                  "stores once is copied into every cell that shows it, and Khedmat reads up to "
                  "{limit}. Split it into smaller workbooks."),
        path=str(path), size=_size(size), limit=_size(MAX_TEXT))


def suspicious(path: Path) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} cannot be imported: it is packed in a way no spreadsheet program writes "
                  "(it unpacks to far more than it should). It may be damaged, or made to exhaust "
                  "the computer's memory. Open it in Excel or LibreOffice, save a copy and import "
                  "that copy."),
        path=str(path))
