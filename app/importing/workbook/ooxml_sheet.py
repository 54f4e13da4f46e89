"""A worksheet's XML scanned by byte searches before calamine: error cells (it gives '') and extent."""
from __future__ import annotations

import re
from html import unescape

from app.importing.workbook.found import NO_VALUE, CellError, Found
from app.importing.workbook.package import Package, name_ends

_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
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


def scan_sheet(package: Package, part: str) -> Found:
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
        self.found = Found()
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
            if name_ends(block, at + step):
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
                            self.found.add(cell[0], cell[1], NO_VALUE)
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
        while k >= 0 and not name_ends(block, k + len(self.cell)):
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

    def result(self) -> Found:
        if self.first_row is not None and self.widest:
            col = _cell_of(self.widest + b"1")
            self.found.cells = (self.last_row - self.first_row + 1) * ((col[1] if col else 16383) + 1)
        return self.found


def _cell_error(content: bytes, kind: bytes, formula: bytes, value: bytes, inline: bytes) -> CellError | None:
    """The CellError a cell's content (between <c …> and </c>) stands for, or None."""
    if kind == b"n" and content.endswith((value + b" />", value + b"/>", value + b"></v>")) \
            and content.startswith(formula):
        return NO_VALUE  # openpyxl's formula: <f>…</f><v />
    text = None
    at = content.find(value)
    while at >= 0 and not name_ends(content, at + len(value)):
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
        return NO_VALUE if formula in content else None
    at = content.find(formula)
    while at >= 0 and not name_ends(content, at + len(formula)):
        at = content.find(formula, at + 1)
    if at < 0:
        return None
    kept = bool(text) or (kind == b"str" and text is not None) or (kind == b"inlineStr" and inline in content)
    return None if kept else NO_VALUE


_TOKEN = re.compile(rb"<(/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")


def _walk_sheet(package: Package, part: str) -> Found:
    """Every cell of a worksheet, placed as calamine places it: by its reference, or after the
    cell before it when it has none."""
    found = Found()
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
