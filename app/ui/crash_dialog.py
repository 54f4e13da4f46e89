"""An unexpected error while the window is open: logged with its traceback, told to the clerk
in their language with the log's path and a way to copy the details, and the program goes on.

Quitting would take with it every form the clerk has open and not yet saved; Qt has already
abandoned only the one slot that failed, so the windows stay as they were and the clerk
decides what to save or close (the forms ask before they lose anything).
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.logs import log_path, running_as
from app.ui.messages import button_text

log = logging.getLogger("khedmat.crash")


def problem_details(kind: type[BaseException], error: BaseException, trace: TracebackType | None,
                    where: str = "") -> str:
    """What a developer needs from the clerk: which program, when, where and the traceback.
    In English, as the log is: it goes to whoever fixes the bug."""
    head = [running_as(), datetime.now().astimezone().isoformat(timespec="seconds")]
    if where:
        head.append(where)
    return "\n".join(head) + "\n\n" + "".join(traceback.format_exception(kind, error, trace))


class CrashDialog(QDialog):
    """Tells that something went wrong, that the open windows are still there, where the log
    is; Copy details puts the whole story on the clipboard for an email to support."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.details = details
        self.setWindowTitle(self.tr("Khedmat hit an unexpected error"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # an isolate keeps the path's slashes in order; the mark before it keeps its line, a
        # paragraph of its own, aligned with the words around it in right-to-left text
        mark = "\u200f" if self.isRightToLeft() else ""
        path = f"{mark}\u2066{log_path()}\u2069"
        self.message.setText(self.tr(
            "Something went wrong that Khedmat did not expect, and what you just did may not have been "
            "done. Your open windows are still there: check what you were entering and save it again.\n\n"
            "The details are written in the log:\n{path}\n\nIf it happens again, copy the details and send "
            "them to whoever supports Khedmat for you.").format(path=path))
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a traceback reads left to right
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.hide()

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(button_text(self.tr("&Copy details")), self)
        self.copy_button.setObjectName("copy_details")
        self.show_button = QPushButton(button_text(self.tr("&Show details")), self)
        self.show_button.setObjectName("show_details")
        self.show_button.setCheckable(True)
        self.close_button = QPushButton(button_text(self.tr("Go on working")), self)
        self.close_button.setObjectName("go_on")
        self.close_button.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self.text.setVisible)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy_details)

        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(button_text(self.tr("Copied")))

    def add(self, details: str) -> None:
        """Another error while this one is shown: its details join these, not a second dialog."""
        self.details += "\n" + "-" * 72 + "\n" + details
        self.text.setPlainText(self.details)


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook for the life of the window."""

    _caught = Signal(str)
    """Details of an error raised in another thread: shown from the GUI thread, where widgets live."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CrashDialog | None = None
        self._caught.connect(self.show_details, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook, threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        self.show_details(problem_details(kind, error, trace))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = f"thread {args.thread.name}" if args.thread is not None else ""
        log.error("unexpected error in %s", where, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._caught.emit(problem_details(args.exc_type, args.exc_value, args.exc_traceback, where))

    def show_details(self, details: str) -> None:
        if self.dialog is not None:
            self.dialog.add(details)
            return
        try:
            self.dialog = CrashDialog(details, self.window if self.window.isVisible() else None)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.finished.connect(self._closed)
            self.dialog.open()
        except Exception:
            # an error while telling of an error must not loop back into this hook
            log.exception("the error dialog itself failed")
            self.dialog = None

    def _closed(self) -> None:
        self.dialog = None


def install_crash_reporter(window: QWidget) -> CrashReporter:
    reporter = CrashReporter(window)
    reporter.install()
    return reporter
