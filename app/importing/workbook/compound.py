"""Streams of an OLE compound file (the .xls container), so that the .xls walk runs before calamine."""
from __future__ import annotations

import struct
from collections.abc import Iterator

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE


def compound_stream(data: bytes, wanted: str) -> bytes | None:
    """The stream named `wanted` of an OLE compound file (the container of .xls), or None."""
    if len(data) < 512 or not data.startswith(OLE_MAGIC):
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
