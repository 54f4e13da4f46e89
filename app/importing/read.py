"""Workbooks (.xlsx, .xls, .ods) read with python-calamine, a sheet at a time, row by row.

Rows are streamed (`rows`), so a large sheet is never held as Python objects all at once;
calamine keeps its own compact copy. Row i of a sheet is Excel's row i + 1 and column j is
Excel's column j + 1, whatever empty area the file starts with.

What calamine does not tell, the reader finds in the file itself before calamine parses it:

- a cell holding an error (#REF!, #N/A, ...) or a formula whose result the file does not
  keep reads as `CellError`, not as an empty cell (calamine gives '' for both);
- the value of merged cells reaches every cell of the range (calamine gives it to the
  top-left cell only);
- a workbook that would take more memory than an office PC has is refused before calamine
  opens it (`MAX_UNPACKED`, `MAX_CELLS`, `MAX_TEXT`, `MAX_RATIO`): calamine holds a sheet
  as a dense block from its first to its last used cell and copies a shared string into
  every cell that uses it, so a small file can ask for gigabytes.

For .xlsx/.xlsm and .ods the file's XML is scanned with byte searches (a streamed pass
per sheet, no XML tree); for .xls (BIFF8) the workbook stream is walked record by record.

Not covered: .xlsb (only the package's sizes are checked) and Excel 5 .xls (calamine's
cell count is checked as it reads, after it has read); an .ods formula without a kept
value (LibreOffice always keeps one); in .xlsx the fast scan takes a row's last cell for its
widest, as every spreadsheet program writes rows — a file written with a row's cells out
of order is measured by that last cell.
"""
from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html import unescape
from itertools import islice
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineSheet, CalamineWorkbook, SheetVisibleEnum

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP

# An Office file saved with a password is an OLE container holding this stream instead of
# the workbook's XML.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_ZIP_MAGIC = b"PK\x03\x04"

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
_RATIO_FROM = 16 << 20  # the ratio is checked for parts that unpack to more than this

_READ = 1 << 20  # packed bytes read at a time
_OUT = 4 << 20  # unpacked bytes produced at a time
_SMALL = 64 << 20  # the most a part parsed whole (workbook.xml, relationships) may hold
_ROW_CLOSE = re.compile(rb"</(?:[\w.-]+:)?\Z")


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that holds no value to import: a spreadsheet error, with its `code` as the file
    spells it ("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", or
    LibreOffice's "Err:502"), or a formula whose result the file does not keep (`code` "";
    files written by programs such as openpyxl that do not calculate)."""

    code: str = ""

    def __str__(self) -> str:
        return self.code


class ImportFailure(KhedmatError):
    """The file as a whole cannot be imported; nothing was written."""

    context = "Import"


class ImportNote(KhedmatError):
    """What became of one row, or why it was refused; shown in the user's language."""

    context = "Import"


@dataclass
class _Found:
    """What the scan of a sheet's XML found that calamine does not report."""

    errors: dict[int, list[tuple[int, CellError]]] = field(default_factory=dict)  # row → [(column, error)]
    merges: list[tuple[int, int, int, int]] | None = None  # (first row, first column, last row, last column)
    cells: int = 0  # the sheet's block as calamine will hold it, rows × columns
    text: int = 0  # bytes of text copied into cells beyond what the XML spells out (ODS repeats)

    def add(self, row: int, column: int, error: CellError) -> None:
        self.errors.setdefault(row, []).append((column, error))


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
        self._found: dict[str, _Found] = {}
        if _starts_with(path, _ZIP_MAGIC):
            self._found = _check_package(path)
        elif _starts_with(path, _OLE_MAGIC):
            self._found = _check_compound(path)
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheet_names: list[str] = list(self._book.sheet_names)
            self._sheets: dict[str, CalamineSheet] = {}
            cells = 0
            for name in self.sheet_names:
                sheet = self._book.get_sheet_by_name(name)
                cells += sheet.height * sheet.width
                if cells > MAX_CELLS:
                    raise _too_many_cells(path, cells)
                self._sheets[name] = sheet
            self._hidden = {m.name: m.visible != SheetVisibleEnum.Visible for m in self._book.sheets_metadata}
        except ImportFailure:
            raise
        except Exception as error:  # calamine raises several kinds for a file that is not a workbook
            if _is_encrypted(path, error):
                raise ImportFailure(QT_TRANSLATE_NOOP(
                    "Import", "{path} is protected by a password. Open it in Excel or LibreOffice, "
                              "save a copy without the password and import that copy."),
                    path=str(path)) from error
            raise _not_a_workbook(path) from error
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


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as f:
        return f.read(len(magic)) == magic


def _is_encrypted(path: Path, error: Exception) -> bool:
    if "password" in str(error).lower():
        return True
    with path.open("rb") as f:
        start = f.read(1 << 16)
    return start.startswith(_OLE_MAGIC) and _ENCRYPTED_STREAM in start


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


# ------------------------------------------------------------------------------ refusals

def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _not_a_workbook(path: Path) -> ImportFailure:
    return ImportFailure(
        QT_TRANSLATE_NOOP("Import", "{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods)."),
        path=str(path))


def _too_large(path: Path, size: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: it unpacks to {size}, and Khedmat reads workbooks "
                  "of up to {limit}. Split it into smaller workbooks (a year or a branch each) and "
                  "import them one by one."),
        path=str(path), size=_size(size), limit=_size(MAX_UNPACKED))


def _too_many_cells(path: Path, cells: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: its sheets span {cells} cells (every row and column "
                  "from the first used cell to the last), and Khedmat reads up to {limit} at once. "
                  "Split it into smaller workbooks, or delete stray values far below or to the right "
                  "of the data."),
        path=str(path), cells=f"{cells:,}", limit=f"{MAX_CELLS:,}")


def _too_much_text(path: Path, size: int) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} is too large to import: its cells hold {size} of text once text the file "
                  "stores once is copied into every cell that shows it, and Khedmat reads up to "
                  "{limit}. Split it into smaller workbooks."),
        path=str(path), size=_size(size), limit=_size(MAX_TEXT))


def _suspicious(path: Path) -> ImportFailure:
    return ImportFailure(QT_TRANSLATE_NOOP(
        "Import", "{path} cannot be imported: it is packed in a way no spreadsheet program writes "
                  "(it unpacks to far more than it should). It may be damaged, or made to exhaust "
                  "the computer's memory. Open it in Excel or LibreOffice, save a copy and import "
                  "that copy."),
        path=str(path))


# ------------------------------------------------------------------- the package, checked

def _check_package(path: Path) -> dict[str, _Found]:
    """Check a zip package (.xlsx, .xlsm, .ods) against the limits before calamine opens it,
    and find what calamine does not report; by sheet name."""
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            package = _Package(path, archive, raw)
            if "content.xml" in package.parts and "[Content_Types].xml" not in package.parts:
                found = _scan_ods(package)
            elif "[Content_Types].xml" in package.parts:
                found = _scan_ooxml(package)
            else:
                return {}
    except ImportFailure:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, ElementTree.ParseError,
            OSError, ValueError, KeyError, IndexError, EOFError) as error:
        raise _not_a_workbook(path) from error
    cells = sum(f.cells for f in found.values())
    if cells > MAX_CELLS:
        raise _too_many_cells(path, cells)
    return found


def _check_compound(path: Path) -> dict[str, _Found]:
    """Check an .xls against the limits before calamine opens it, and find its error cells."""
    try:
        return _scan_xls(path)
    except ImportFailure:
        raise
    except (struct.error, ValueError, IndexError, OSError):
        return {}  # not something we can walk: calamine decides (and checks the cells it read)


class _Package:
    """The parts of a zip package, unpacked by ourselves so that the sizes are the real ones
    (a part may declare a small size and unpack to much more)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, raw: Any) -> None:
        self.path, self.raw = path, raw
        infos = archive.infolist()
        self.parts = {i.filename: i for i in infos}
        if len(self.parts) != len(infos):  # two parts of one name: which one a reader takes varies
            raise _suspicious(path)
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED:
            raise _too_large(path, total)
        for i in infos:
            if i.file_size > _RATIO_FROM and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise _suspicious(path)

    def chunks(self, name: str) -> Iterator[bytes]:
        """The part unpacked, a piece at a time; refuses a part that unpacks to more than it declares."""
        info = self.parts[name]
        if info.flag_bits & 1:
            raise ValueError("encrypted part")
        raw = self.raw
        raw.seek(info.header_offset)
        head = raw.read(30)
        if len(head) != 30 or head[:4] != _ZIP_MAGIC:
            raise zipfile.BadZipFile(name)
        name_length, extra_length = struct.unpack("<HH", head[26:30])
        raw.seek(info.header_offset + 30 + name_length + extra_length)
        left, declared, produced = info.compress_size, info.file_size, 0
        if info.compress_type == zipfile.ZIP_STORED:
            if left > declared:
                raise _suspicious(self.path)
            while left > 0:
                data = raw.read(min(left, _READ))
                if not data:
                    raise EOFError(name)
                left -= len(data)
                yield data
            return
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise ValueError(f"compression method {info.compress_type}")  # Excel and LibreOffice deflate
        inflate = zlib.decompressobj(-15)
        while left > 0 and not inflate.eof:
            data = raw.read(min(left, _READ))
            if not data:
                raise EOFError(name)
            left -= len(data)
            while data and not inflate.eof:
                out = inflate.decompress(data, _OUT)
                data = inflate.unconsumed_tail
                produced += len(out)
                if produced > declared:
                    raise _suspicious(self.path)
                if out:
                    yield out
        out = inflate.flush()
        produced += len(out)
        if produced > declared:
            raise _suspicious(self.path)
        if out:
            yield out

    def whole(self, name: str) -> bytes:
        """A small part (workbook.xml, relationships) whole."""
        if self.parts[name].file_size > _SMALL:
            raise _too_large(self.path, self.parts[name].file_size)
        return b"".join(self.chunks(name))

    def verify(self, names: Iterable[str]) -> None:
        """Unpack parts only to check that they unpack to what they declare."""
        for name in names:
            for _ in self.chunks(name):
                pass

    def blocks(self, name: str, end: bytes) -> Iterator[bytes]:
        """The part in pieces that each end just after an `end` mark (the last piece: the rest),
        so that no row is cut in two. For end=b"row>" only a closing tag counts: </row> or
        </x:row>."""
        carry = b""
        for chunk in self.chunks(name):
            data = carry + chunk if carry else chunk
            cut = data.rfind(end)
            if end == b"row>":
                while cut >= 0 and not _ROW_CLOSE.search(data, max(0, cut - 24), cut):
                    cut = data.rfind(end, 0, cut)
            if cut < 0:
                carry = data
                if len(carry) > _SMALL:  # a single row this long is no log book
                    raise _suspicious(self.path)
                continue
            cut += len(end)
            carry = data[cut:]
            yield data if cut == len(data) else data[:cut]
        if carry:
            yield carry


def _xml(data: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:  # no OOXML/ODF part declares entities
        raise ValueError("DTD in a package part")
    return ElementTree.fromstring(data)


# ------------------------------------------------------------------------------- .xlsx

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CELL_FOLLOW = frozenset(b" \t\r\n>/")  # what may follow "<c" in a cell's start tag
_FOLLOW_BYTES = frozenset(bytes([b]) for b in _CELL_FOLLOW)


def _follows(data: bytes, at: int) -> bool:
    """Whether the tag name ends at `at` (a space, '>' or '/' follows)."""
    return data[at:at + 1] in _FOLLOW_BYTES
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_STRING_REF = re.compile(rb"""\st\s*=\s*["']s["'][^>]*>\s*<(?:[\w.-]+:)?v>\s*([0-9]+)\s*<""")
_PREFIX = re.compile(rb"<([\w.-]+:)?worksheet[\s>]")


_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_COLUMNS: dict[bytes, int] = {}


def _cell_of(ref: bytes) -> tuple[int, int] | None:
    """(row, column), 0-based, of a reference like b'AB12'; None if it is not one."""
    digits = ref.lstrip(_LETTERS)
    letters = ref[:len(ref) - len(digits)]
    col = _COLUMNS.get(letters)
    if col is None:
        if not 1 <= len(letters) <= 3:
            return None
        col = 0
        for letter in letters.upper():
            col = col * 26 + letter - 64
        col -= 1
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = col
    if not digits.isdigit() or len(digits) > 7:
        return None
    return int(digits) - 1, col


def _relationships(package: _Package, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of `part`: id → (type, target part)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if rels not in package.parts:
        return {}
    found = {}
    for rel in _xml(package.whole(rels)).iter(_REL):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        if target.startswith("/"):
            target = target.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def _scan_ooxml(package: _Package) -> dict[str, _Found]:
    main = next((t for kind, t in _relationships(package, "").values() if kind.endswith("/officeDocument")),
                "xl/workbook.xml")
    if main not in package.parts or not main.endswith(".xml"):  # .xlsb: binary records, sizes checked above
        return {}
    folder = posixpath.dirname(main)
    rels = _relationships(package, main)
    sheets: dict[str, str] = {}
    for element in _xml(package.whole(main)).iter():
        if element.tag.rsplit("}", 1)[-1] == "sheet":
            # r:id, in the transitional namespace or in strict OOXML's
            rid = element.get(_R_ID) or next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            kind, target = rels.get(rid or "", ("", ""))
            if kind.endswith("/worksheet") and target in package.parts:
                sheets[element.get("name", "")] = target
    strings = next((t for kind, t in rels.values() if kind.endswith("/sharedStrings") and t in package.parts), None)
    scanned = set(sheets.values())
    # parts a reader may open that are not scanned below: check that they unpack to what they say
    package.verify(n for n in package.parts if n.endswith((".xml", ".rels")) and n not in scanned and n != strings)
    found = {name: _scan_sheet(package, part) for name, part in sheets.items()}
    # worksheets the workbook does not name (or names under another spelling): limits only
    for part in package.parts:
        if part.startswith(f"{folder}/worksheets/") and part.endswith(".xml") and part not in scanned:
            found[f"\0{part}"] = _scan_sheet(package, part)
    cells = sum(f.cells for f in found.values())
    if cells > MAX_CELLS:
        raise _too_many_cells(package.path, cells)
    if strings is not None:
        _check_shared_text(package, strings, sheets.values(), cells)
    return found


def _scan_sheet(package: _Package, part: str) -> _Found:
    """Find a worksheet's error cells and the block calamine will hold for it.

    Fast path: a cell's reference is its first attribute and the cells of a row come in
    column order (as every spreadsheet program writes them), so a row's last cell gives its
    extent. Otherwise the sheet is walked cell by cell (`_walk_sheet`)."""
    scan = _SheetScan()
    for block in package.blocks(part, b"row>"):
        if not scan.feed(block):
            return _walk_sheet(package, part)
    return scan.result()


class _SheetScan:
    def __init__(self) -> None:
        self.prefix: bytes | None = None
        self.found = _Found()
        self.first_row: int | None = None
        self.last_row = -1
        self.widest = b""  # the letters of the rightmost column seen

    def _tags(self, block: bytes) -> None:
        match = _PREFIX.search(block, 0, 4096)
        prefix = (match.group(1) or b"") if match else b""
        self.prefix = prefix
        self.cell = b"<" + prefix + b"c"
        self.cell_r = self.cell + b' r="'
        self.row_end = b"</" + prefix + b"row>"
        self.cell_end = b"</" + prefix + b"c>"
        self.formula = b"<" + prefix + b"f"
        self.value = b"<" + prefix + b"v"
        self.inline = b"<" + prefix + b"is"

    def feed(self, block: bytes) -> bool:
        """Scan one block; False when the sheet needs the slow walk."""
        if self.prefix is None:
            self._tags(block)
        opening = self.cell + b" "
        skip = len(opening)
        # the last cell of each row, and from it the first letters of its reference
        heads = {row[k + skip:k + skip + 6] for row in block.split(self.row_end)
                 if (k := row.rfind(opening)) >= 0}
        if not heads:
            return self._errors(block)
        widest, wide = self.widest, len(self.widest)
        for head in heads:
            if not head.startswith(b'r="'):
                return False  # a reference that is not the cell's first attribute
            head = head[3:]
            letters = head[:len(head) - len(head.lstrip(_LETTERS))]
            if len(letters) > wide or (len(letters) == wide and letters > widest):
                widest, wide = letters, len(letters)
        self.widest = widest
        cell_r, size = self.cell_r, len(self.cell_r)
        for k in (block.find(cell_r), block.rfind(cell_r)):
            at = _cell_of(block[k + size:block.find(b'"', k + size, k + size + 16)])
            if at is None:
                return False
            if self.first_row is None:
                self.first_row = at[0]
            self.first_row = min(self.first_row, at[0])
            self.last_row = max(self.last_row, at[0])
        return self._errors(block)

    def _errors(self, block: bytes) -> bool:
        """Cells of type "e" and formulas without a kept value."""
        starts: set[int] = set()
        find, rfind = block.find, block.rfind
        formula, cell_end, cell_r, value = self.formula, self.cell_end, self.cell_r, self.value
        opened = value + b">"
        empty = (value + b"/>", value + b" />", opened + b"</" + value[1:] + b">")
        step, size = len(formula), len(cell_r)
        value_end = b"</" + value[1:] + b">"
        at = find(formula)
        while at >= 0:
            end = find(cell_end, at)
            # the usual case, a formula and then its value, <f>…</f><v>1</v></c>: nothing to report
            if end > 0 and block.endswith(value_end, 0, end) and block[end - len(value_end) - 1] != 62:
                at = find(formula, end)
                continue
            if _follows(block, at + step):
                v = find(opened, at, end)
                if v < 0 or block[v + len(opened):v + len(opened) + 1] == b"<":
                    k = rfind(cell_r, 0, at)
                    close = find(b">", k, at) if k >= 0 else -1
                    if close + 1 == at and block[close - 1] != 47 and b" t=" not in block[k:close]:
                        # <c r="B2"><f>…</f> with no value or an empty one (openpyxl's <v />)
                        v = find(value, at, end)
                        if v < 0 or block[v:end] in empty:
                            cell = _cell_of(block[k + size:find(b'"', k + size, close)])
                            if cell is None:
                                return False
                            self.found.add(cell[0], cell[1], _NO_VALUE)
                            at = find(formula, at + step)
                            continue
                    k = self._cell_start(block, at)
                    if k is not None:
                        starts.add(k)
            at = find(formula, at + step)
        for mark in (b't="e"', b"t='e'"):
            at = find(mark)
            while at >= 0:
                if at > 0 and block[at - 1] in b" \t\r\n":
                    k = self._cell_start(block, at)
                    if k is not None:
                        starts.add(k)
                at = find(mark, at + len(mark))
        for k in starts:
            if not self._error_cell(block, k):
                return False
        return True

    def _cell_start(self, block: bytes, at: int) -> int | None:
        k = block.rfind(self.cell, 0, at)
        while k >= 0 and not _follows(block, k + len(self.cell)):
            k = block.rfind(self.cell, 0, k)
        if k < 0 or block.find(self.cell_end, k, at) >= 0:
            return None
        return k

    def _error_cell(self, block: bytes, k: int) -> bool:
        close = block.find(b">", k)
        if block[close - 1] == 47:  # an empty cell: calamine skips it
            return True
        tag = block[k + len(self.cell):close]
        if tag.startswith(b' r="') and b"'" not in tag:  # as spreadsheet programs write it
            ref = tag[4:tag.find(b'"', 4)]
            t = tag.find(b' t="')
            kind = tag[t + 4:tag.find(b'"', t + 4)] if t >= 0 else b"n"
        else:
            attributes = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
                          for m in _ATTRIBUTE.finditer(tag)}
            ref = attributes.get(b"r")
            kind = attributes.get(b"t", b"n")
            if ref is None:
                return False
        end = block.find(self.cell_end, close)
        content = block[close + 1:end if end >= 0 else len(block)]
        error = _cell_error(content, kind, self.formula, self.value, self.inline)
        if error is not None:
            at = _cell_of(ref)
            if at is None:
                return False
            self.found.add(at[0], at[1], error)
        return True

    def result(self) -> _Found:
        if self.first_row is not None and self.widest:
            col = _cell_of(self.widest + b"1")
            self.found.cells = (self.last_row - self.first_row + 1) * ((col[1] if col else 16383) + 1)
        return self.found


_NO_VALUE = CellError("")


def _cell_error(content: bytes, kind: bytes, formula: bytes, value: bytes, inline: bytes) -> CellError | None:
    """The CellError a cell's content (between <c …> and </c>) stands for, or None."""
    if kind == b"n" and content.endswith((value + b" />", value + b"/>", value + b"></v>")) \
            and content.startswith(formula):
        return _NO_VALUE  # openpyxl's formula: <f>…</f><v />
    text = None
    at = content.find(value)
    while at >= 0 and not _follows(content, at + len(value)):
        at = content.find(value, at + 1)
    if at >= 0:
        close = content.find(b">", at)
        if content[close - 1] == 47:
            text = ""
        else:
            end = content.find(b"</", close)
            text = unescape(content[close + 1:end].decode("utf-8", "replace")).strip()
    if kind == b"e":
        if text:
            return CellError(text)
        return _NO_VALUE if formula in content else None
    at = content.find(formula)
    while at >= 0 and not _follows(content, at + len(formula)):
        at = content.find(formula, at + 1)
    if at < 0:
        return None
    kept = bool(text) or (kind == b"str" and text is not None) or (kind == b"inlineStr" and inline in content)
    return None if kept else _NO_VALUE


_TOKEN = re.compile(rb"<(/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")


def _walk_sheet(package: _Package, part: str) -> _Found:
    """Every cell of a worksheet, placed as calamine places it: by its reference, or after the
    cell before it when it has none."""
    found = _Found()
    prefix = b""
    row, col = 0, 0
    first_row, last_row, last_col = None, -1, -1
    for block in package.blocks(part, b"row>"):
        if not prefix:
            match = _PREFIX.search(block, 0, 4096)
            prefix = (match.group(1) or b"") if match else b""
            formula, value, inline = b"<" + prefix + b"f", b"<" + prefix + b"v", b"<" + prefix + b"is"
            cell_end = b"</" + prefix + b"c>"
        pos = 0
        while True:
            match = _TOKEN.search(block, pos)
            if match is None:
                break
            closing, name, rest = match.group(1), match.group(2), match.group(3)
            empty = rest.endswith(b"/")
            attributes = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
                          for m in _ATTRIBUTE.finditer(rest)}
            pos = match.end()
            if name == b"row":
                if closing or empty:
                    row, col = row + 1, 0
                elif b"r" in attributes and attributes[b"r"].strip().isdigit():
                    row = int(attributes[b"r"]) - 1
                continue
            if closing:
                continue
            at = _cell_of(attributes[b"r"]) if b"r" in attributes else None
            if at is not None:
                col = at[1]
                here = at
            else:
                here = (row, col)
            col += 1
            if empty:
                continue
            end = block.find(cell_end, pos)
            content = block[pos:end if end >= 0 else len(block)]
            pos = end + len(cell_end) if end >= 0 else len(block)
            if first_row is None:
                first_row = here[0]
            first_row = min(first_row, here[0])
            last_row, last_col = max(last_row, here[0]), max(last_col, here[1])
            error = _cell_error(content, attributes.get(b"t", b"n"), formula, value, inline)
            if error is not None:
                found.add(here[0], here[1], error)
    if first_row is not None:
        found.cells = (last_row - first_row + 1) * (last_col + 1)
    return found


def _check_shared_text(package: _Package, strings: str, sheets: Iterable[str], cells: int) -> None:
    """Refuse a workbook whose cells would hold more than MAX_TEXT once calamine copies each
    shared string into every cell that uses it."""
    sheets = list(sheets)
    lengths = _shared_lengths(package, strings)
    if not lengths:
        return
    # at most one string cell per 20 bytes of sheet XML, and never more than the cells
    uses = min(cells, sum(package.parts[p].file_size for p in sheets) // 20)
    if uses * max(lengths) <= MAX_TEXT:
        return
    counts: Counter[bytes] = Counter()
    for part in sheets:
        for block in package.blocks(part, b"row>"):
            counts.update(_STRING_REF.findall(block))
    total, size = 0, len(lengths)
    for index, count in counts.items():
        i = int(index)
        if i < size:
            total += lengths[i] * count
    if total > MAX_TEXT:
        raise _too_much_text(package.path, total)


def _shared_lengths(package: _Package, part: str) -> list[int]:
    """The length in bytes of each shared string's XML (from one <si to the next), in order.

    Counted as the part streams by: a string of any length costs no memory."""
    lengths: list[int] = []
    mark = None
    pending: int | None = None  # bytes of the string in progress; None before the first
    carry = b""  # the last bytes, where a mark may begin
    for chunk in package.chunks(part):
        data = carry + chunk if carry else chunk
        if mark is None:
            match = re.search(rb"<([\w.-]+:)?sst[\s>]", data)
            mark = b"<" + ((match.group(1) or b"") if match else b"") + b"si"  # <si>, <si/>, <x:si …>
        pieces = data.split(mark)
        last = pieces.pop()  # the string in progress at the chunk's end
        cut = max(0, len(last) - len(mark) + 1)  # keep what may be the start of a mark
        if pieces:  # pieces[0] ends the string in progress (or is what precedes the first)
            if pending is not None:
                lengths.append(pending + len(pieces[0]))
            lengths.extend(map(len, pieces[1:]))
            pending = cut
        elif pending is not None:
            pending += cut
        carry = last[cut:]
    if pending is not None:
        lengths.append(pending + len(carry))
    return lengths


# -------------------------------------------------------------------------------- .ods

_ODS_TABLE = b"<table:table "
_ODS_TABLE_END = b"</table:table>"
_ODS_ROW = b"<table:table-row"
_ODS_ROW_END = b"</table:table-row>"
_ODS_CELL = re.compile(rb"<table:(table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")
_ODS_REPEAT = re.compile(rb'table:number-(rows|columns)-repeated\s*=\s*"([0-9]+)"')
_ODS_SPAN = re.compile(rb'table:number-(rows|columns)-spanned\s*=\s*"([0-9]+)"')
_ODS_NAME = re.compile(rb'table:name\s*=\s*"([^"]*)"')
_ODS_TEXT = re.compile(rb"<text:p[^>]*>(.*?)</text:p>", re.S)
_ODS_TAGS = re.compile(rb"<[^>]*>")


def _scan_ods(package: _Package) -> dict[str, _Found]:
    """Each table's block as calamine holds it (repeated rows and cells counted out), its text
    copied by repeats, its error cells and its merged ranges, from content.xml."""
    package.verify(n for n in package.parts if n.endswith(".xml") and n != "content.xml")
    found: dict[str, _Found] = {}
    table: _OdsTable | None = None
    for block in package.blocks("content.xml", _ODS_ROW_END):
        pos = 0
        while True:
            if table is None:
                start = block.find(_ODS_TABLE, pos)
                if start < 0:
                    break
                close = block.find(b">", start)
                if close < 0:
                    raise ValueError("a table's start cut off")
                name = _ODS_NAME.search(block, start, close)
                table = _OdsTable(package.path)
                found[unescape(name.group(1).decode("utf-8")) if name else f"\0{len(found)}"] = table.found
                pos = close + 1
            end = block.find(_ODS_TABLE_END, pos)
            if end < 0:  # the table goes on in the next block
                table.rows(block[pos:] if pos else block)
                break
            table.rows(block[pos:end])
            table.finish()
            table = None
            pos = end + len(_ODS_TABLE_END)
    if table is not None:
        table.finish()
    text = sum(f.text for f in found.values())
    if text > MAX_TEXT:
        raise _too_much_text(package.path, text)
    return found


class _OdsTable:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.found = _Found(merges=[])
        self.row = 0  # position of the next row
        self.height = 0  # rows up to the last one with a value
        self.width = 0  # columns up to the last cell with a value, widest row

    def rows(self, segment: bytes) -> None:
        """The rows of a piece of the table that ends after a row (or at the table's end)."""
        rows = segment.split(_ODS_ROW_END)
        rest = rows.pop()
        marked = b'value-type="error"' in segment  # error cells, asked once for the whole piece
        tag = _ODS_ROW + b" "
        at, height, width, text = self.row, self.height, self.width, 0
        for row in rows:
            close = row.find(b">") if row.startswith(tag) else -1
            if close < 0 or row[close - 1] == 47:  # not the plain <table:table-row …>…: the general way
                self.row, self.height, self.width = at, height, width
                self._row(row, marked)
                at, height, width = self.row, self.height, self.width
                continue
            repeat = 1
            if row.find(b"rows-repeated", 0, close) >= 0:
                match = _ODS_REPEAT.search(row, 0, close)
                if match:
                    repeat = int(match.group(2))
            # trailing empty cells (LibreOffice ends every row with a run of them) hold nothing
            end = len(row)
            while row.endswith(b"/>", close, end):
                k = row.rfind(b"<table:", close, end)
                if k < 0 or row.find(b"value-type", k, end) >= 0:
                    break
                end = k
            if end <= close + 1:
                at += repeat
                continue
            # number-columns-repeated, number-rows/columns-spanned: cells a plain count gets wrong
            if row.find(b"number-", close, end) >= 0 or (marked and row.find(b'value-type="error"', close, end) >= 0):
                self.row = at
                cells = self._cells(row[close + 1:end], repeat)
            else:  # no spans, so no covered cells either
                cells = row.count(b"<table:table-cell", close, end)
            if repeat > 1:
                text += (end - close) * (repeat - 1)
            at += repeat
            height = at
            if cells > width:
                width = cells
            if height * width > MAX_CELLS:  # stop before counting out billions of repeats
                raise _too_many_cells(self.path, height * width)
        self.row, self.height, self.width = at, height, width
        self.found.text += text
        if b"<table:table-row" in rest:  # rows written as <table:table-row …/>
            self._row(rest, marked)

    def _row(self, row: bytes, marked: bool) -> None:
        """One <table:table-row …> and its cells (the closing tag split off)."""
        start = row.find(_ODS_ROW)
        while start >= 0 and row[start + len(_ODS_ROW):start + len(_ODS_ROW) + 1] not in _FOLLOW_BYTES:
            start = row.find(_ODS_ROW, start + 1)  # <table:table-rows>, <table:table-row-group>
        if start < 0:
            return
        close = row.find(b">", start)
        repeat = 1
        if row.find(b"rows-repeated", start, close) >= 0:
            match = _ODS_REPEAT.search(row, start, close)
            if match:
                repeat = int(match.group(2))
        if row[close - 1] == 47:  # <table:table-row …/>: empty, and more rows may follow
            self.row += repeat
            self._row(row[close + 1:], marked)
            return
        # trailing empty cells (LibreOffice ends every row with a run of them) hold nothing
        end = len(row)
        while True:
            k = row.rfind(b"<table:", close, end)
            if k < 0 or not row.endswith(b"/>", k, end) or row.find(b"value-type", k, end) >= 0:
                break
            end = k
        if end <= close + 1:
            self.row += repeat
            return
        if row.find(b"number-", close, end) >= 0 or (marked and row.find(b'value-type="error"', close, end) >= 0):
            width = self._cells(row[close + 1:end], repeat)
        elif (end - close) // 19 > self.width:  # else it cannot be wider: a cell takes 19 bytes at least
            width = row.count(b"<table:", close, end)  # table-cell and covered-table-cell
        else:
            width = 0
        if repeat > 1:
            self.found.text += (end - close) * (repeat - 1)
        self.row += repeat
        self.height = self.row
        if width > self.width:
            self.width = width
        if self.height * self.width > MAX_CELLS:  # stop before counting out billions of repeats
            raise _too_many_cells(self.path, self.height * self.width)

    def _cells(self, cells: bytes, repeat: int) -> int:
        """Place each cell of a row with repeats, spans or errors; the row's width."""
        col = 0
        for match in _ODS_CELL.finditer(cells):
            attributes = match.group(2)
            count = 1
            if b"repeated" in attributes:
                found = _ODS_REPEAT.search(attributes)
                if found:
                    count = int(found.group(2))
            empty = attributes.endswith(b"/")
            if not empty and (self.row + repeat) * (col + count) > MAX_CELLS:
                raise _too_many_cells(self.path, (self.row + repeat) * (col + count))
            if not empty and count > 1:  # a value repeated: calamine copies it into each cell
                end = cells.find(b"</table:table-cell>", match.end())
                self.found.text += (end - match.start() if end > 0 else 0) * (count - 1) * repeat
            if match.group(1) == b"table-cell" and not empty:
                if b"spanned" in attributes:
                    spans = {kind: int(n) for kind, n in _ODS_SPAN.findall(attributes)}
                    rows, cols = spans.get(b"rows", 1), spans.get(b"columns", 1)
                    if rows > 1 or cols > 1:
                        for r in range(repeat):
                            self.found.merges.append((self.row + r, col, self.row + r + rows - 1, col + cols - 1))
                if b'value-type="error"' in attributes:
                    end = cells.find(b"</table:table-cell>", match.end())
                    text = _ODS_TEXT.search(cells, match.end(), end if end > 0 else len(cells))
                    shown = _ODS_TAGS.sub(b"", text.group(1)) if text else b""
                    code = unescape(shown.decode("utf-8", "replace")).strip()
                    for r in range(repeat):
                        for c in range(count):
                            self.found.add(self.row + r, col + c, CellError(code))
            col += count
        return col

    def finish(self) -> None:
        self.found.cells = self.height * self.width


# -------------------------------------------------------------------------------- .xls

_XLS_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
_FREE, _END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE


def _compound_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """A stream of an OLE compound file (the container of .xls) by name, or None."""
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        return None
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if shift not in (9, 12) or mini_shift != 6:
        raise ValueError("compound file sector sizes")
    size = 1 << shift
    fat_sectors, first_dir, _, cutoff, first_mini_fat, mini_fat_sectors, first_difat, difat_sectors = \
        struct.unpack_from("<IIIIIIII", data, 0x2C)
    sectors = (len(data) - size) // size

    def offset(sector: int) -> int:
        if sector >= sectors:
            raise ValueError("sector past the file")
        return (sector + 1) * size

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    sector, seen = first_difat, 0
    while sector not in (_FREE, _END_OF_CHAIN) and seen <= difat_sectors:
        entries = struct.unpack_from(f"<{size // 4}I", data, offset(sector))
        difat.extend(entries[:-1])
        sector, seen = entries[-1], seen + 1
    fat: list[int] = []
    for sector in difat[:fat_sectors]:
        if sector in (_FREE, _END_OF_CHAIN):
            break
        fat.extend(struct.unpack_from(f"<{size // 4}I", data, offset(sector)))

    def chain(start: int, table: list[int]) -> Iterator[int]:
        sector, count = start, 0
        while sector not in (_FREE, _END_OF_CHAIN):
            if sector >= len(table) or count > len(table):
                raise ValueError("broken sector chain")
            yield sector
            sector, count = table[sector], count + 1

    def stream(start: int, length: int) -> bytes:
        return b"".join(data[offset(s):offset(s) + size] for s in chain(start, fat))[:length]

    directory = stream(first_dir, len(data))
    entries = []
    for at in range(0, len(directory) - 127, 128):
        name_length = struct.unpack_from("<H", directory, at + 0x40)[0]
        name = directory[at:at + max(0, min(name_length, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[at + 0x42]
        start, length = struct.unpack_from("<IQ", directory, at + 0x74)
        if size == 512:
            length &= 0xFFFFFFFF
        entries.append((name, kind, start, length))
    if not entries:
        return None
    for wanted in names:
        for name, kind, start, length in entries:
            if kind == 2 and name == wanted:
                if length > len(data):
                    raise ValueError("stream longer than the file")
                if length >= cutoff:
                    return stream(start, length)
                # a small stream lives in the mini stream, in 64-byte sectors
                root = entries[0]
                mini = stream(root[2], root[3])
                mini_fat: list[int] = []
                for sector in chain(first_mini_fat, fat):
                    mini_fat.extend(struct.unpack_from(f"<{size // 4}I", data, offset(sector)))
                    if len(mini_fat) > (mini_fat_sectors + 1) * size:
                        break
                return b"".join(mini[s * 64:s * 64 + 64] for s in chain(start, mini_fat))[:length]
    return None


def _scan_xls(path: Path) -> dict[str, _Found]:
    """Error cells of an .xls (BIFF8) workbook, and the limits checked, before calamine reads it.

    calamine reads every sheet of an .xls as it opens the file and gives error cells as ''.
    Here the workbook stream is walked record by record: BOUNDSHEET (sheet names), SST
    (shared strings), and in each sheet the cell records, FORMULA and BOOLERR for errors."""
    size = path.stat().st_size
    if size > MAX_UNPACKED:
        raise _too_large(path, size)
    data = path.read_bytes()
    stream = _compound_stream(data, ("Workbook",))
    if stream is None or len(stream) < 8 or stream[:2] != b"\x09\x08" or _HH(stream, 4)[0] != 0x600:
        return {}  # not BIFF8 (Excel 5 "Book" streams and others): calamine's view only
    sheets, lengths = _xls_globals(stream)
    if sheets is None:
        return {}  # saved with a password: calamine says so
    found: dict[str, _Found] = {}
    cells = strings = 0
    for name, at in sheets:
        sheet, count = _xls_sheet(stream, at, None)
        found[name] = sheet
        cells += sheet.cells
        strings += count
        if cells > MAX_CELLS:
            raise _too_many_cells(path, cells)
    if lengths and strings * max(lengths) > MAX_TEXT:  # count the text the string cells copy
        text = sum(_xls_sheet(stream, at, lengths)[1] for _, at in sheets)
        if text > MAX_TEXT:
            raise _too_much_text(path, text)
    return found


def _xls_globals(stream: bytes) -> tuple[list[tuple[str, int]] | None, list[int]]:
    """The worksheets (name, stream offset) and the byte length of each shared string."""
    sheets: list[tuple[str, int]] = []
    lengths: list[int] = []
    pos, end = 0, len(stream)
    unpack = struct.unpack_from
    while pos + 4 <= end:
        kind, length = unpack("<HH", stream, pos)
        body = pos + 4
        if kind == 0x002F:  # FILEPASS
            return None, []
        if kind == 0x0085 and length >= 8:  # BOUNDSHEET8
            at, _, sheet_type, count, high = unpack("<IBBBB", stream, body)
            if sheet_type == 0:
                raw = stream[body + 8:body + 8 + count * (2 if high & 1 else 1)]
                sheets.append((raw.decode("utf-16-le" if high & 1 else "latin-1", "replace"), at))
        elif kind == 0x00FC:  # SST, and the CONTINUE records after it
            pieces = [stream[body + 8:body + length]]
            pos = body + length
            while pos + 4 <= end and unpack("<H", stream, pos)[0] == 0x003C:
                more = unpack("<H", stream, pos + 2)[0]
                pieces.append(stream[pos + 4:pos + 4 + more])
                pos += 4 + more
            lengths = _sst_lengths(pieces, unpack("<I", stream, body + 4)[0])
            continue
        elif kind == 0x000A:  # EOF of the globals
            break
        pos = body + length
    return sheets, lengths


def _sst_lengths(pieces: list[bytes], unique: int) -> list[int]:
    """Byte length of each string of an SST split over CONTINUE records (a string's characters
    may go on in the next record, which then starts with its own flags byte)."""
    lengths: list[int] = []
    piece, at, index = pieces[0], 0, 0
    unpack = struct.unpack_from

    def take(count: int) -> None:  # skip `count` bytes that are not characters
        nonlocal piece, at, index
        while count > 0:
            if at >= len(piece):
                index += 1
                if index >= len(pieces):
                    raise ValueError("SST cut short")
                piece, at = pieces[index], 0
            step = min(count, len(piece) - at)
            at += step
            count -= step

    header = struct.Struct("<HB").unpack_from
    count = 0
    while count < unique:
        count += 1
        # the usual string: plain, all in this record
        if at + 3 <= len(piece):
            chars, flags = header(piece, at)
            if flags == 0 and at + 3 + chars <= len(piece):
                lengths.append(chars)
                at += 3 + chars
                continue
            if flags == 1 and at + 3 + 2 * chars <= len(piece):
                lengths.append(2 * chars)
                at += 3 + 2 * chars
                continue
        if at + 3 > len(piece):
            if at < len(piece):  # a string header split across records: give up on lengths
                return lengths
            index += 1
            if index >= len(pieces):
                break
            piece, at = pieces[index], 0
        chars, flags = unpack("<HB", piece, at)
        at += 3
        runs = extra = 0
        if flags & 0x08:
            runs = unpack("<H", piece, at)[0] if at + 2 <= len(piece) else 0
            take(2)
        if flags & 0x04:
            extra = unpack("<I", piece, at)[0] if at + 4 <= len(piece) else 0
            take(4)
        total, left, wide = 0, chars, flags & 0x01
        while left > 0:
            if at >= len(piece):
                index += 1
                if index >= len(pieces):
                    raise ValueError("SST cut short")
                piece, at = pieces[index], 1  # the continued characters' own flags byte
                wide = piece[0] & 0x01
            width = 2 if wide else 1
            step = min(left, (len(piece) - at) // width)
            if step == 0:
                raise ValueError("SST character split")
            at += step * width
            left -= step
            total += step * width
        take(4 * runs + extra)
        lengths.append(total)
    return lengths


_HH = struct.Struct("<HH").unpack_from
_HHHH = struct.Struct("<HHHH").unpack_from
_I = struct.Struct("<I").unpack_from
_XLS_CELLS = frozenset((0x00FD, 0x0203, 0x027E, 0x0006, 0x0205, 0x0204, 0x00D6, 0x00BD))


def _xls_sheet(stream: bytes, pos: int, lengths: list[int] | None) -> tuple[_Found, int]:
    """A worksheet's error cells and its block as calamine holds it, and its string cells
    (LABELSST); with `lengths` (of the shared strings) the bytes of text they copy instead."""
    found = _Found()
    end = len(stream) - 8
    if pos > end or _HH(stream, pos)[0] != 0x0809:
        return found, 0
    first_row, last_row, last_col = 1 << 32, -1, -1
    text = strings = 0
    size = len(lengths) if lengths is not None else 0
    cells, four, pair, single = _XLS_CELLS, _HHHH, _HH, _I
    while pos <= end:
        kind, length, row, col = four(stream, pos)
        body = pos + 4
        pos = body + length
        if kind == 0x00FD:  # LABELSST, the most common record
            strings += 1
            if size:
                index = single(stream, body + 6)[0]
                if index < size:
                    text += lengths[index]
        elif kind not in cells:
            if kind == 0x000A:  # EOF
                break
            continue
        elif kind == 0x00BD:  # MULRK: several numbers, the last column at the end
            col = pair(stream, pos - 2)[0]
        elif kind == 0x0006:  # FORMULA: an error result is 02 ?? code ?? ?? ?? FF FF
            if stream[body + 12:body + 14] == b"\xff\xff" and stream[body + 6] == 2:
                found.add(row, col, CellError(_XLS_ERRORS.get(stream[body + 8], "#N/A")))
        elif kind == 0x0205:  # BOOLERR holding an error
            if stream[body + 7] == 1:
                found.add(row, col, CellError(_XLS_ERRORS.get(stream[body + 6], "#N/A")))
        if row > last_row:
            last_row = row
        if row < first_row:
            first_row = row
        if col > last_col:
            last_col = col
    if last_row >= 0:
        found.cells = (last_row - first_row + 1) * (last_col + 1)
    return found, (text if lengths is not None else strings)
