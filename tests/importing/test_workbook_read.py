"""The reader tells what a cell holds: errors, merged ranges, hidden sheets, and refuses
workbooks that would exhaust memory before calamine parses them."""
from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlBook

from app.importing.read import CellError, ImportFailure, Workbook, cell_text
from app.importing.workbook import checks, limits
from app.importing.workbook.ooxml import shared_lengths
from app.importing.workbook.package import Package
from tests.importing.conftest import FIXTURES

CODES = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def openpyxl_book(path: Path, fill) -> Path:
    book = OpenpyxlBook()
    fill(book)
    book.save(path)
    return path


def package(path: Path, parts: dict[str, bytes | Iterable[bytes]], level: int = 6) -> Path:
    """A zip whose parts are written as given; an iterable part is streamed piece by piece."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            if isinstance(data, bytes):
                archive.writestr(name, data)
            else:
                with archive.open(name, "w", force_zip64=True) as out:
                    for piece in data:
                        out.write(piece)
    return path


def xlsx(path: Path, sheet: bytes | Iterable[bytes], strings: bytes | Iterable[bytes] | None = None,
         level: int = 6) -> Path:
    """A minimal .xlsx with one sheet "S" holding `sheet` (the whole worksheet XML)."""
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/>')
    if strings is not None:
        rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/sharedStrings" Target="sharedStrings.xml"/>')
    parts: dict[str, bytes | Iterable[bytes]] = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            b'</Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>').encode(),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
    return package(path, parts, level)


def worksheet(rows: str, prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}><{p}sheetData>{rows}'
            f'</{p}sheetData></{p}worksheet>').encode()


def rows_of(path: Path, sheet: str | None = None) -> list[list]:
    book = Workbook(path)
    return list(book.rows(sheet or book.sheet_names[0]))


# ------------------------------------------------------------------------------ errors

def test_error_cells_and_formulas_without_a_value_are_not_empty(tmp_path):
    def fill(book):
        sheet = book.active
        sheet.append(["نام", "مبلغ", "یادداشت"])
        for code in CODES:
            sheet.append(["علی", code, "#REF!"])
            sheet.cell(sheet.max_row, 2).data_type = "e"
            sheet.cell(sheet.max_row, 3).data_type = "s"  # the text "#REF!" typed by the clerk
        sheet.append(["رضا", "=1/0", "=SUM(B2:B3)"])  # openpyxl keeps no result for a formula

    rows = rows_of(openpyxl_book(tmp_path / "errors.xlsx", fill))
    assert [row[1] for row in rows[1:8]] == [CellError(code) for code in CODES]
    assert all(row[2] == "#REF!" for row in rows[1:8])
    assert rows[8] == ["رضا", CellError(""), CellError("")]
    assert rows[0] == ["نام", "مبلغ", "یادداشت"]


def test_an_error_cell_as_text():
    assert cell_text(CellError("#N/A")) == "#N/A"
    assert cell_text(CellError()) == ""
    assert str(CellError("#REF!")) == "#REF!"
    assert CellError("#REF!") != "#REF!" and CellError("") != ""


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_errors_saved_by_libreoffice_keep_their_codes_and_results_their_values(kind):
    rows = rows_of(FIXTURES / f"marked.{kind}")
    root = "Err:502" if kind == "ods" else "#VALUE!"  # LibreOffice's own code for SQRT(-1) in .ods
    assert rows[1] == ["الف", CellError("#DIV/0!"), CellError("#N/A"), CellError("#REF!"), CellError(root),
                       CellError("#NAME?"), CellError("#VALUE!"), 5.0]
    assert rows[2][7] == ""  # =IF(1>2,"x","") calculated: an empty text, not an error


def test_an_error_outside_the_data_extends_the_sheet(tmp_path):
    sheet = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                      '<row r="3"><c r="D3"><f>A1*2</f></c></row>')
    book = Workbook(xlsx(tmp_path / "formula.xlsx", sheet))
    assert book.height("S") == 3
    assert list(book.rows("S")) == [["x"], ["", "", "", ""], ["", "", "", CellError("")]]


def test_errors_in_unusual_but_valid_xml(tmp_path):
    """References after other attributes, cells and rows without references, single quotes,
    a namespace prefix, a shared formula without a value, an empty text result."""
    sheet = worksheet(
        '<row><c t="inlineStr"><is><t>a</t></is></c><c t="e"><v>#N/A</v></c></row>'
        "<row><c s='0' t='e' r='C2'><v>#NUM!</v></c></row>"
        '<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="0">B4</f><v>1</v></c>'
        '<c r="B4" t="str"><f>""</f><v></v></c></row>'
        '<row r="5"><c r="A5"><f t="shared" si="0"/></c></row>')
    assert rows_of(xlsx(tmp_path / "odd.xlsx", sheet)) == [
        ["a", CellError("#N/A"), ""], ["", "", CellError("#NUM!")], ["", "", ""], [1.0, "", ""],
        [CellError(""), "", ""]]
    prefixed = worksheet('<x:row r="1"><x:c r="A1" t="e"><x:v>#REF!</x:v></x:c>'
                         '<x:c r="B1"><x:v>2</x:v></x:c></x:row>', prefix="x")
    assert rows_of(xlsx(tmp_path / "prefixed.xlsx", prefixed)) == [[CellError("#REF!"), 2.0]]


# ---------------------------------------------------------------------- merged, hidden

def test_a_merged_name_reaches_every_row_it_spans(tmp_path):
    def fill(book):
        sheet = book.active
        sheet.append(["ردیف", "نام مشتری", "سریال", "وضعیت", "یادداشت"])
        for n in range(1, 7):
            sheet.append([n, None, f"SN-{n}", None, None])
        sheet["B5"] = "علی کریمی"
        sheet.merge_cells("B5:B7")
        sheet["D2"] = "تحویل شده"
        sheet.merge_cells("D2:E3")
        sheet.merge_cells("C9:E12")  # below the data: nothing to spread
        sheet["F4"] = "x"
        sheet.merge_cells("F4:G4")  # past the last used column: the data ends at F

    path = openpyxl_book(tmp_path / "merged.xlsx", fill)
    book = Workbook(path)
    rows = list(book.rows("Sheet"))
    assert [row[1] for row in rows] == ["نام مشتری", "", "", "", "علی کریمی", "علی کریمی", "علی کریمی"]
    assert [row[3:5] for row in rows[1:4]] == [["تحویل شده"] * 2, ["تحویل شده"] * 2, ["", ""]]
    assert rows[3][5:] == ["x"] and all(len(row) == 6 for row in rows)
    assert book.height("Sheet") == 7
    assert (4, 1, 6, 1) in book.merged("Sheet")


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_merged_cells_in_every_format(kind):
    rows = rows_of(FIXTURES / f"marked.{kind}")
    assert [row[1] for row in rows[4:7]] == ["علی کریمی"] * 3
    assert [row[2] for row in rows[4:7]] == ["J-1", "J-2", "J-3"]
    assert [row[3:5] for row in rows[4:7]] == [["گارانتی"] * 2, ["گارانتی"] * 2, ["", ""]]


def test_hidden_sheets(tmp_path):
    def fill(book):
        book.active.title = "پذیرش"
        book.active["A1"] = "x"
        for name, state in (("قدیمی", "hidden"), ("تنظیمات", "veryHidden")):
            sheet = book.create_sheet(name)
            sheet.sheet_state = state
            sheet["A1"] = "y"

    book = Workbook(openpyxl_book(tmp_path / "hidden.xlsx", fill))
    assert {name: book.hidden(name) for name in book.sheet_names} == {"پذیرش": False, "قدیمی": True,
                                                                     "تنظیمات": True}


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_hidden_sheets_in_every_format(kind):
    book = Workbook(FIXTURES / f"marked.{kind}")
    assert [book.hidden(name) for name in book.sheet_names] == [False, True]


# ------------------------------------------------------------------------------ limits

def string_rows(count: int) -> Iterable[bytes]:
    yield worksheet("").split(b"<sheetData>")[0] + b"<sheetData>"
    for r in range(1, count + 1):
        yield b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (r, r)
    yield b"</sheetData></worksheet>"


def long_string(chars: int) -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>'.encode()
    piece = b"x" * (1 << 20)
    for _ in range(chars >> 20):
        yield piece
    yield b"x" * (chars & ((1 << 20) - 1))
    yield b"</t></si></sst>"


def test_a_shared_string_copied_into_many_cells_is_refused(tmp_path):
    """30,000 characters in 20,000 cells: 600 MB once calamine copies them, from a 250 KB file."""
    path = xlsx(tmp_path / "copies.xlsx", string_rows(20_000), long_string(30_000))
    assert path.stat().st_size < 300_000
    with pytest.raises(ImportFailure, match=r"too large to import: its cells hold 57\d\.\d MB of text"):
        Workbook(path)


def test_the_same_string_in_a_few_cells_is_read(tmp_path):
    path = xlsx(tmp_path / "few.xlsx", string_rows(50), long_string(30_000))
    assert rows_of(path)[49] == ["x" * 30_000]


def test_a_zip_bomb_is_refused_before_anything_is_parsed(tmp_path):
    """500 MB of one character packs to 2.3 MB at deflate's fastest level (500 KB at its best):
    no spreadsheet packs like that. Refused before it is unpacked."""
    path = xlsx(tmp_path / "bomb.xlsx", worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                long_string(500 << 20), level=1)
    assert path.stat().st_size < 4 << 20
    with pytest.raises(ImportFailure, match="packed in a way no spreadsheet program writes"):
        Workbook(path)


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused(tmp_path):
    path = xlsx(tmp_path / "liar.xlsx", worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
                long_string(200_000))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 1000)  # the size in the local header
    at = data.find(b"PK\x01\x02")  # and in the central directory
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + length] == b"xl/sharedStrings.xml":
            struct.pack_into("<I", data, at + 24, 1000)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size == 1000
    with pytest.raises(ImportFailure, match="packed in a way no spreadsheet program writes"):
        Workbook(path)


def test_a_workbook_that_unpacks_past_the_limit_is_refused(tmp_path, monkeypatch):
    path = xlsx(tmp_path / "big.xlsx", worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), long_string(3 << 20))
    monkeypatch.setattr(limits, "MAX_UNPACKED", 2 << 20)
    with pytest.raises(ImportFailure, match=r"too large to import: it unpacks to 3.0 MB, .* up to 2.0 MB"):
        Workbook(path)


def test_a_stray_value_far_from_the_data_is_refused_not_allocated(tmp_path):
    """calamine holds A1:XFD1048576 as 17 billion cells and aborts the process."""
    def fill(book):
        book.active["A1"] = "نام"
        book.active["XFD1048576"] = 1

    with pytest.raises(ImportFailure, match="its sheets span 17,179,869,184 cells"):
        Workbook(openpyxl_book(tmp_path / "stray.xlsx", fill))


def test_too_many_cells_counts_all_sheets(tmp_path, monkeypatch):
    def fill(book):
        for name in ("a", "b"):
            sheet = book.create_sheet(name)
            for _ in range(30):
                sheet.append(list(range(10)))

    path = openpyxl_book(tmp_path / "cells.xlsx", fill)
    monkeypatch.setattr(limits, "MAX_CELLS", 500)
    with pytest.raises(ImportFailure, match="span 600 cells"):
        Workbook(path)
    monkeypatch.setattr(limits, "MAX_CELLS", 600)
    assert Workbook(path).height("b") == 30


def test_xls_limits_are_checked_before_calamine_reads_it(monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 20)
    with pytest.raises(ImportFailure, match="its sheets span 56 cells"):
        Workbook(FIXTURES / "marked.xls")
    monkeypatch.setattr(limits, "MAX_CELLS", 5_000_000)
    monkeypatch.setattr(limits, "MAX_TEXT", 100)  # the shared strings copied into the string cells
    with pytest.raises(ImportFailure, match="its cells hold 1.. B of text"):
        Workbook(FIXTURES / "marked.xls")


def test_the_cell_limit_holds_after_calamine_reads_a_sheet(monkeypatch):
    """An .xls that the walk cannot read (here: it pretends so) is checked on calamine's sizes."""
    monkeypatch.setattr(checks, "scan_xls", lambda path: {})
    monkeypatch.setattr(limits, "MAX_CELLS", 20)
    with pytest.raises(ImportFailure, match="its sheets span 56 cells"):
        Workbook(FIXTURES / "marked.xls")


def ods(path: Path, table: bytes) -> Path:
    content = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               b'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
               b'office:version="1.3">'
               b'<office:body><office:spreadsheet><table:table table:name="S">' + table +
               b'</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
                b'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry '
                b'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                b'</manifest:manifest>')
    return package(path, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                          "META-INF/manifest.xml": manifest, "content.xml": content})


def test_ods_repeats_are_counted_out(tmp_path):
    cell = b'<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
    bomb = (b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
            b'table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
            b'</table:table-cell></table:table-row>')
    with pytest.raises(ImportFailure, match="its sheets span"):
        Workbook(ods(tmp_path / "cells.ods", b"<table:table-row>" + cell + b"</table:table-row>" + bomb))
    text = (b'<table:table-row table:number-rows-repeated="40"><table:table-cell '
            b'table:number-columns-repeated="1000" office:value-type="string"><text:p>' + b"x" * 20_000 +
            b"</text:p></table:table-cell></table:table-row>")
    with pytest.raises(ImportFailure, match="of text once text the file stores once"):
        Workbook(ods(tmp_path / "text.ods", text))


def test_ods_rows_and_columns_are_placed_with_their_repeats(tmp_path):
    table = (b'<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
             b'<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
             b'<table:table-cell office:value-type="string" office:string-value="" table:formula="of:=1/0" '
             b'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
             b'<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" '
             b'office:value-type="string"><text:p>merged</text:p></table:table-cell>'
             b'<table:covered-table-cell/><table:table-cell table:number-columns-repeated="1020"/>'
             b'</table:table-row><table:table-row><table:table-cell office:value-type="float" office:value="7">'
             b"<text:p>7</text:p></table:table-cell></table:table-row>")
    path = ods(tmp_path / "placed.ods", table)
    # the merged range D3:E4 ends past the last used column (D): the rows stop at D
    assert rows_of(path) == [["", "", "", ""], ["", "", "", ""], ["", "", CellError("#DIV/0!"), "merged"],
                             [7.0, "", "", "merged"]]


def test_duplicate_parts_are_refused(tmp_path):
    path = xlsx(tmp_path / "twice.xlsx", worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", worksheet('<row r="1"><c r="XFD1048576"><v>1</v></c></row>'))
    with pytest.raises(ImportFailure, match="packed in a way no spreadsheet program writes"):
        Workbook(path)


def test_real_logs_pass_the_limits():
    for name in ("legacy_sample_fa.xlsx", "legacy_sample_fa.xls", "legacy_fa.ods", "legacy_ar.ods",
                 "legacy_fa.xls"):
        book = Workbook(FIXTURES / name)
        assert sum(book.height(n) for n in book.sheet_names) > 5


def test_shared_strings_are_measured_in_any_chunking(tmp_path, monkeypatch):
    """Empty strings written <si/>, a string cut across pieces: each index keeps its length."""
    strings = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si/><si><t>ab</t></si><si />'
               f'<si><t>{"x" * 5000}</t></si><si><r><t>rich</t></r></si></sst>').encode()
    sheet = worksheet("".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{r - 1}</v></c></row>' for r in range(1, 6)))
    path = xlsx(tmp_path / "strings.xlsx", sheet, strings)
    monkeypatch.setattr("app.importing.workbook.package._OUT", 7)  # seven bytes at a time
    with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
        lengths = shared_lengths(Package(path, archive, raw), "xl/sharedStrings.xml")
    assert lengths == [len(piece) for piece in strings.split(b"<si")[1:]]
    assert [row[0] for row in rows_of(path)] == ["", "ab", "", "x" * 5000, "rich"]
