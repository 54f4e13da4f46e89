"""The checks a file gets before calamine opens it, chosen by its first bytes (zip or OLE compound file)."""
from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from app.importing.errors import ImportFailure
from app.importing.workbook import limits
from app.importing.workbook.compound import OLE_MAGIC
from app.importing.workbook.found import Found
from app.importing.workbook.limits import not_a_workbook, too_many_cells
from app.importing.workbook.ods import scan_ods
from app.importing.workbook.ooxml import scan_ooxml
from app.importing.workbook.package import ZIP_MAGIC, Package
from app.importing.workbook.xls import scan_xls

# An Office file saved with a password is an OLE container holding this stream instead of
# the workbook's XML.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def check_file(path: Path) -> dict[str, Found]:
    """Check a workbook against the limits before calamine opens it, and find what calamine does
    not report; by sheet name (empty for a file no check reads)."""
    if _starts_with(path, ZIP_MAGIC):
        return _check_package(path)
    if _starts_with(path, OLE_MAGIC):
        return _check_compound(path)
    return {}


def is_encrypted(path: Path, error: Exception) -> bool:
    """Whether calamine's `error` on opening `path` means the file is protected by a password."""
    if "password" in str(error).lower():
        return True
    with path.open("rb") as f:
        start = f.read(1 << 16)
    return start.startswith(OLE_MAGIC) and _ENCRYPTED_STREAM in start


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as f:
        return f.read(len(magic)) == magic


def _check_package(path: Path) -> dict[str, Found]:
    """Check a zip package (.xlsx, .xlsm, .ods) against the limits before calamine opens it,
    and find what calamine does not report; by sheet name."""
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            package = Package(path, archive, raw)
            if "content.xml" in package.parts and "[Content_Types].xml" not in package.parts:
                found = scan_ods(package)
            elif "[Content_Types].xml" in package.parts:
                found = scan_ooxml(package)
            else:
                return {}
    except ImportFailure:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, ElementTree.ParseError,
            OSError, ValueError, KeyError, IndexError, EOFError) as error:
        raise not_a_workbook(path) from error
    cells = sum(f.cells for f in found.values())
    if cells > limits.MAX_CELLS:
        raise too_many_cells(path, cells)
    return found


def _check_compound(path: Path) -> dict[str, Found]:
    """Check an .xls against the limits before calamine opens it, and find its error cells."""
    try:
        return scan_xls(path)
    except ImportFailure:
        raise
    except (struct.error, ValueError, IndexError, OSError):
        return {}  # not something we can walk: calamine decides (and checks the cells it read)
