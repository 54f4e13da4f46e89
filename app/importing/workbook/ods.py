"""An .ods content.xml scanned before calamine: error cells (calamine gives ''), merges, repeats counted."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from app.importing.workbook import limits
from app.importing.workbook.found import CellError, Found
from app.importing.workbook.limits import too_many_cells, too_much_text
from app.importing.workbook.package import Package, name_ends

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


def scan_ods(package: Package) -> dict[str, Found]:
    """Each table's block as calamine holds it (repeated rows and cells counted out), its text
    copied by repeats, its error cells and its merged ranges, from content.xml."""
    package.verify(n for n in package.parts if n.endswith(".xml") and n != "content.xml")
    found: dict[str, Found] = {}
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
    if text > limits.MAX_TEXT:
        raise too_much_text(package.path, text)
    return found


class _OdsTable:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.found = Found(merges=[])
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
        most = limits.MAX_CELLS
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
            if height * width > most:  # stop before counting out billions of repeats
                raise too_many_cells(self.path, height * width)
        self.row, self.height, self.width = at, height, width
        self.found.text += text
        if b"<table:table-row" in rest:  # rows written as <table:table-row …/>
            self._row(rest, marked)

    def _row(self, row: bytes, marked: bool) -> None:
        """One <table:table-row …> and its cells (the closing tag split off)."""
        start = row.find(_ODS_ROW)
        while start >= 0 and not name_ends(row, start + len(_ODS_ROW)):
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
        if self.height * self.width > limits.MAX_CELLS:  # stop before counting out billions of repeats
            raise too_many_cells(self.path, self.height * self.width)

    def _cells(self, cells: bytes, repeat: int) -> int:
        """Place each cell of a row with repeats, spans or errors; the row's width."""
        col = 0
        most = limits.MAX_CELLS
        for match in _ODS_CELL.finditer(cells):
            attributes = match.group(2)
            count = 1
            if b"repeated" in attributes:
                found = _ODS_REPEAT.search(attributes)
                if found:
                    count = int(found.group(2))
            empty = attributes.endswith(b"/")
            if not empty and (self.row + repeat) * (col + count) > most:
                raise too_many_cells(self.path, (self.row + repeat) * (col + count))
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
