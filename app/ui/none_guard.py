"""A guard against a reference-count defect of PySide6 6.12.0 on CPython 3.11.

Every Qt call that returns None there drops one reference to None (measured: 1,000
QWidget.setVisible calls take None's count from 5,194 to 4,195). When the count reaches
zero the interpreter aborts ("none_dealloc: deallocating None"): a clerk's long session
would end in a crash, form and all. CPython 3.12 makes None immortal (PEP 683) and is
safe; on 3.11 the guard raises None's count out of any session's reach, which is what
immortality amounts to.
"""
from __future__ import annotations

import ctypes
import sys

_OUT_OF_REACH = 1 << 40


def keep_none_alive() -> None:
    """Make None as good as immortal on CPython before 3.12 (its count is its first field)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _OUT_OF_REACH:
        count.value += _OUT_OF_REACH
