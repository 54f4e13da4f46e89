"""A zip package's parts unpacked by us a piece at a time, so that none unpacks past what it declares."""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.importing.workbook import limits
from app.importing.workbook.limits import suspicious, too_large

ZIP_MAGIC = b"PK\x03\x04"

_READ = 1 << 20  # packed bytes read at a time
_OUT = 4 << 20  # unpacked bytes produced at a time
_SMALL = 64 << 20  # the most a part parsed whole (workbook.xml, relationships) may hold
_ROW_CLOSE = re.compile(rb"</(?:[\w.-]+:)?\Z")


class Package:
    """The parts of a zip package, unpacked by ourselves so that the sizes are the real ones
    (a part may declare a small size and unpack to much more)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, raw: Any) -> None:
        self.path, self.raw = path, raw
        infos = archive.infolist()
        self.parts = {i.filename: i for i in infos}
        if len(self.parts) != len(infos):  # two parts of one name: which one a reader takes varies
            raise suspicious(path)
        total = sum(i.file_size for i in infos)
        if total > limits.MAX_UNPACKED:
            raise too_large(path, total)
        for i in infos:
            if i.file_size > limits.RATIO_FROM and i.file_size > limits.MAX_RATIO * max(i.compress_size, 1):
                raise suspicious(path)

    def chunks(self, name: str) -> Iterator[bytes]:
        """The part unpacked, a piece at a time; refuses a part that unpacks to more than it declares."""
        info = self.parts[name]
        if info.flag_bits & 1:
            raise ValueError("encrypted part")
        raw = self.raw
        raw.seek(info.header_offset)
        head = raw.read(30)
        if len(head) != 30 or head[:4] != ZIP_MAGIC:
            raise zipfile.BadZipFile(name)
        name_length, extra_length = struct.unpack("<HH", head[26:30])
        raw.seek(info.header_offset + 30 + name_length + extra_length)
        left, declared, produced = info.compress_size, info.file_size, 0
        if info.compress_type == zipfile.ZIP_STORED:
            if left > declared:
                raise suspicious(self.path)
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
                    raise suspicious(self.path)
                if out:
                    yield out
        out = inflate.flush()
        produced += len(out)
        if produced > declared:
            raise suspicious(self.path)
        if out:
            yield out

    def whole(self, name: str) -> bytes:
        """A small part (workbook.xml, relationships) whole."""
        if self.parts[name].file_size > _SMALL:
            raise too_large(self.path, self.parts[name].file_size)
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
                    raise suspicious(self.path)
                continue
            cut += len(end)
            carry = data[cut:]
            yield data if cut == len(data) else data[:cut]
        if carry:
            yield carry


def parse_xml(data: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:  # no OOXML/ODF part declares entities
        raise ValueError("DTD in a package part")
    return ElementTree.fromstring(data)


_NAME_END = frozenset(bytes([b]) for b in b" \t\r\n>/")  # what may follow a tag's name in its start tag


def name_ends(data: bytes, at: int) -> bool:
    """Whether the tag name ends at `at` (a space, '>' or '/' follows)."""
    return data[at:at + 1] in _NAME_END
