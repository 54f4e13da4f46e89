"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on each Qt call returning None;
without the guard, a long session aborts when None's count reaches zero."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

import app.ui  # noqa: F401 - the guard is set when the package is imported


def test_a_long_session_of_qt_calls_leaves_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's whole count at start (about 5,000) on 3.11
        widget.setVisible(False)
    assert sys.getrefcount(None) > 1_000_000 and before > 1_000_000
