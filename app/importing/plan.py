"""What each sheet of a workbook holds: its header row and which column is which field.

Detected from the headings, shown in the wizard's preview, changed by the user, and saved
as a mapping file that a later import reuses (`khedmat import --map`). A mapping file is
JSON:

    {"version": 1,
     "sheets": {"پذیرش ۱۴۰۲": {"header_row": 3, "columns": {"name": "B", "mobile": "C"}},
                "Notes": {"header_row": null}}}

`header_row` is the row as Excel shows it (null: the sheet is not imported) and columns
are Excel's letters. Sheets the file does not name are detected as usual. An optional
`"close_open_older_than": 6` (months, or null to keep them open) says what becomes of
legacy jobs still open in the sheet.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.headers import Field, Header, find_header, header_with, read_header
from app.importing.read import ImportFailure, Workbook, cell_text, column_index, column_letter
from app.locale.text import to_ascii_digits
from app.services.output_files import output_path

PREVIEW_ROWS = 30
"""The rows read for the preview and for finding the header (headers sit near the top)."""
MAP_VERSION = 1
OLD_OPEN_MONTHS = 6
"""Legacy jobs still open in a sheet but received longer ago than this are not in the
workshop today: by default they are closed as imported, so the queue shows real work."""


@dataclass
class SheetPlan:
    name: str
    height: int
    """Rows in the sheet, counted from Excel's row 1."""
    head: list[list[Any]]
    """The first PREVIEW_ROWS rows."""
    header: Header | None
    """None: the sheet is not imported (no header found, or left out by the user)."""
    hidden: bool = False
    """Hidden in the workbook: imported like the others, and the plan says so."""

    def set_header_row(self, index: int | None) -> None:
        """Take row `index` (0-based) as the header, its columns mapped by their headings."""
        if index is None:
            self.header = None
            return
        self.header = read_header(index, self.head[index])

    def set_field(self, column: int, field: Field | None) -> None:
        """Map `column` to `field` (None: keep it as an extra); a field has one column."""
        if self.header is None:
            return
        fields = {f: at for f, at in self.header.fields.items() if at != column and f != field}
        if field is not None:
            fields[field] = column
        self.header = header_with(self.header.row, self.head[self.header.row], fields)


@dataclass
class ImportPlan:
    path: Path
    sheets: list[SheetPlan]
    book: Workbook = field(repr=False)
    """The open workbook the rows are read from (opening it again would parse it again)."""
    close_open_older_than: int | None = OLD_OPEN_MONTHS
    """Months: a job still open in the sheet and received longer ago is closed as imported,
    its sheet status kept in its history. None keeps every such job open."""

    @property
    def rows(self) -> int:
        return sum(sheet.height for sheet in self.sheets)

    @property
    def importable(self) -> bool:
        return any(sheet.header is not None for sheet in self.sheets)

    def ticket_numbers(self) -> Iterator[str]:
        """Every ticket number the imported sheets write, as stored (ASCII digits)."""
        for sheet in self.sheets:
            at = None if sheet.header is None else sheet.header.fields.get(Field.TICKET_NO)
            if at is None:
                continue
            for row in islice(self.book.rows(sheet.name), sheet.header.row + 1, None):
                if at < len(row) and (number := to_ascii_digits(cell_text(row[at]))):
                    yield number

    def mapping(self) -> dict[str, Any]:
        sheets: dict[str, Any] = {}
        for sheet in self.sheets:
            if sheet.header is None:
                sheets[sheet.name] = {"header_row": None}
            else:
                sheets[sheet.name] = {"header_row": sheet.header.row + 1,
                                      "columns": {f.value: column_letter(at)
                                                  for f, at in sheet.header.fields.items()}}
        return {"version": MAP_VERSION, "sheets": sheets, "close_open_older_than": self.close_open_older_than}

    def save_mapping(self, out: Path, database: str | None = None, inputs: Iterable[Path | None] = ()) -> Path:
        """Write the mapping to `out` (.json added when missing); the file written. Never
        over the database at the URL `database`, the workbook or any of `inputs`."""
        out = output_path(out, ".json", database=database, inputs=(self.path, *inputs))
        try:
            out.write_text(json.dumps(self.mapping(), ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as error:
            raise ImportFailure(QT_TRANSLATE_NOOP("Import", "Cannot write the file {path}."),
                                path=str(out)) from error
        return out


def plan_import(path: Path, mapping: dict[str, Any] | None = None) -> ImportPlan:
    """Open `path` and find each sheet's header, or take it from `mapping` (as `read_mapping`
    returns it)."""
    book = Workbook(path)
    wanted = mapping["sheets"] if mapping is not None else {}
    sheets = []
    for name in book.sheet_names:
        head = book.head(name, PREVIEW_ROWS)
        sheet = SheetPlan(name, book.height(name), head, find_header(head), book.hidden(name))
        if name in wanted:
            _apply(sheet, wanted[name], path)
        sheets.append(sheet)
    plan = ImportPlan(path, sheets, book)
    headed = [sheet for sheet in sheets if sheet.header is not None]
    if headed and all(_ours(sheet.head[sheet.header.row]) for sheet in headed):
        plan.close_open_older_than = None  # our own export: its open jobs are open in Khedmat
    if mapping is not None and "close_open_older_than" in mapping:
        months = mapping["close_open_older_than"]
        if months is not None and (type(months) is not int or months < 1):
            raise _bad_mapping(path, f"close_open_older_than {months}")
        plan.close_open_older_than = months
    return plan


def _ours(row: list[Any]) -> bool:
    """Whether a header row is the one `khedmat export` writes. Its headings are canonical
    field names, all ASCII: a legacy sheet's Persian or Arabic headings are told apart without
    loading the exporter (and openpyxl with it)."""
    headings = tuple(cell_text(c) for c in row if cell_text(c))
    if not all(heading.isascii() for heading in headings):
        return False
    from app.services.export import FIELDS

    return headings in FIELDS.values()


def read_mapping(path: Path) -> dict[str, Any]:
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportFailure(QT_TRANSLATE_NOOP("Import", "The mapping file {path} cannot be read."),
                            path=str(path)) from error
    if not isinstance(mapping, dict) or mapping.get("version") != MAP_VERSION \
            or not isinstance(mapping.get("sheets"), dict):
        raise ImportFailure(QT_TRANSLATE_NOOP("Import", "{path} is not a Khedmat mapping file."),
                            path=str(path))
    return mapping


def _bad_mapping(path: Path, what: str) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP("Import", "The mapping does not fit {path}: {what}"),
                         path=str(path), what=what)


def _apply(sheet: SheetPlan, wanted: Any, path: Path) -> None:
    if not isinstance(wanted, dict):
        raise _bad_mapping(path, sheet.name)
    row = wanted.get("header_row")
    if row is None:
        sheet.header = None
        return
    if not isinstance(row, int) or not 1 <= row <= len(sheet.head):
        raise _bad_mapping(path, f"{sheet.name}: header_row {row}")
    fields: dict[Field, int] = {}
    for name, letters in dict(wanted.get("columns") or {}).items():
        try:
            fields[Field(name)] = column_index(str(letters))
        except ValueError:
            raise _bad_mapping(path, f"{sheet.name}: {name} → {letters}") from None
    sheet.header = header_with(row - 1, sheet.head[row - 1], fields)
