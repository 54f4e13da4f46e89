"""An .xlsx's sheets found and scanned, and its shared strings measured as calamine will copy them."""
from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Iterable

from app.importing.workbook import limits
from app.importing.workbook.found import Found
from app.importing.workbook.limits import too_many_cells, too_much_text
from app.importing.workbook.ooxml_sheet import scan_sheet
from app.importing.workbook.package import Package, parse_xml

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_STRING_REF = re.compile(rb"""\st\s*=\s*["']s["'][^>]*>\s*<(?:[\w.-]+:)?v>\s*([0-9]+)\s*<""")


def _relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of `part`: id → (type, target part)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if rels not in package.parts:
        return {}
    found = {}
    for rel in parse_xml(package.whole(rels)).iter(_REL):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        if target.startswith("/"):
            target = target.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def scan_ooxml(package: Package) -> dict[str, Found]:
    main = next((t for kind, t in _relationships(package, "").values() if kind.endswith("/officeDocument")),
                "xl/workbook.xml")
    if main not in package.parts or not main.endswith(".xml"):  # .xlsb: binary records, sizes checked above
        return {}
    folder = posixpath.dirname(main)
    rels = _relationships(package, main)
    sheets: dict[str, str] = {}
    for element in parse_xml(package.whole(main)).iter():
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
    found = {name: scan_sheet(package, part) for name, part in sheets.items()}
    # worksheets the workbook does not name (or names under another spelling): limits only
    for part in package.parts:
        if part.startswith(f"{folder}/worksheets/") and part.endswith(".xml") and part not in scanned:
            found[f"\0{part}"] = scan_sheet(package, part)
    cells = sum(f.cells for f in found.values())
    if cells > limits.MAX_CELLS:
        raise too_many_cells(package.path, cells)
    if strings is not None:
        _check_shared_text(package, strings, sheets.values(), cells)
    return found


def _check_shared_text(package: Package, strings: str, sheets: Iterable[str], cells: int) -> None:
    """Refuse a workbook whose cells would hold more than MAX_TEXT once calamine copies each
    shared string into every cell that uses it."""
    sheets = list(sheets)
    lengths = shared_lengths(package, strings)
    if not lengths:
        return
    # at most one string cell per 20 bytes of sheet XML, and never more than the cells
    uses = min(cells, sum(package.parts[p].file_size for p in sheets) // 20)
    if uses * max(lengths) <= limits.MAX_TEXT:
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
    if total > limits.MAX_TEXT:
        raise too_much_text(package.path, total)


def shared_lengths(package: Package, part: str) -> list[int]:
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
