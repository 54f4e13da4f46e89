"""An unexpected error while the window is open: told in a dialog with the log's path and
the details to copy, and the window goes on with what the clerk had typed."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.logs import log_path
from app.ui.crash_dialog import CrashDialog, install_crash_reporter
from tests.ui.conftest import type_text


@pytest.fixture
def reporter(open_window):
    window, _desk = open_window("fa")
    installed = install_crash_reporter(window)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.done(0)


def boom() -> None:
    raise RuntimeError("the list model lost its row 42")


def crash_dialog(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible())


def test_an_error_in_a_slot_is_told_with_the_log_path_and_the_typed_search_is_kept(qtbot, reporter, caplog):
    window = reporter.window
    window.search.setFocus()
    type_text(window.search, "۰۹۱۲ رضایی")
    with caplog.at_level(logging.ERROR, logger="khedmat.crash"):
        QTimer.singleShot(0, boom)
        dialog = crash_dialog(qtbot)
    assert str(log_path()) in dialog.message.text()
    assert any(r.exc_info and "row 42" in str(r.exc_info[1]) for r in caplog.records), "the traceback is logged"

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: the list model lost its row 42" in copied and "in boom" in copied
    assert copied.startswith("Khedmat ")

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert window.isVisible(), "the window goes on"
    assert window.search.text() == "۰۹۱۲ رضایی", "what the clerk typed is still there"


def test_an_error_in_another_thread_is_told_in_the_window(qtbot, reporter):
    worker = threading.Thread(target=boom, name="import-worker")
    worker.start()
    worker.join()
    dialog = crash_dialog(qtbot)
    assert "thread import-worker" in dialog.details and "row 42" in dialog.details


def test_errors_one_after_another_make_one_dialog_holding_them_all(qtbot, reporter):
    for _ in range(3):
        QTimer.singleShot(0, boom)
    dialog = crash_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.details.count("RuntimeError: the list model") == 3)
    assert sum(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()) == 1
    dialog.show_button.click()
    assert dialog.text.isVisible() and dialog.text.toPlainText().count("RuntimeError: the list model") == 3
