"""An .xls (BIFF8) walked record by record before calamine: error cells (calamine gives '') and sizes."""
from __future__ import annotations

import struct
from pathlib import Path

from app.importing.workbook import limits
from app.importing.workbook.compound import compound_stream
from app.importing.workbook.found import CellError, Found
from app.importing.workbook.limits import too_large, too_many_cells, too_much_text

_XLS_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
_HH = struct.Struct("<HH").unpack_from
_HHHH = struct.Struct("<HHHH").unpack_from
_I = struct.Struct("<I").unpack_from
_XLS_CELLS = frozenset((0x00FD, 0x0203, 0x027E, 0x0006, 0x0205, 0x0204, 0x00D6, 0x00BD))


def scan_xls(path: Path) -> dict[str, Found]:
    """Error cells of an .xls (BIFF8) workbook, and the limits checked, before calamine reads it.

    calamine reads every sheet of an .xls as it opens the file and gives error cells as ''.
    Here the workbook stream is walked record by record: BOUNDSHEET (sheet names), SST
    (shared strings), and in each sheet the cell records, FORMULA and BOOLERR for errors."""
    size = path.stat().st_size
    if size > limits.MAX_UNPACKED:
        raise too_large(path, size)
    data = path.read_bytes()
    stream = compound_stream(data, "Workbook")
    if stream is None or len(stream) < 8 or stream[:2] != b"\x09\x08" or _HH(stream, 4)[0] != 0x600:
        return {}  # not BIFF8 (Excel 5 "Book" streams and others): calamine's view only
    sheets, lengths = _xls_globals(stream)
    if sheets is None:
        return {}  # saved with a password: calamine says so
    found: dict[str, Found] = {}
    cells = strings = 0
    for name, at in sheets:
        sheet, count = _xls_sheet(stream, at, None)
        found[name] = sheet
        cells += sheet.cells
        strings += count
        if cells > limits.MAX_CELLS:
            raise too_many_cells(path, cells)
    if lengths and strings * max(lengths) > limits.MAX_TEXT:  # count the text the string cells copy
        text = sum(_xls_sheet(stream, at, lengths)[1] for _, at in sheets)
        if text > limits.MAX_TEXT:
            raise too_much_text(path, text)
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


def _xls_sheet(stream: bytes, pos: int, lengths: list[int] | None) -> tuple[Found, int]:
    """A worksheet's error cells and its block as calamine holds it, and its string cells
    (LABELSST); with `lengths` (of the shared strings) the bytes of text they copy instead."""
    found = Found()
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
