"""Showing errors to the clerk: beside the field, or as a message with a way forward; and
every question and notice a message box asks or gives.

The buttons of these boxes carry our own words, not Qt's: its catalogue's Arabic Discard and
Cancel ("ارفض", "ألغِ") read as commands to refuse and to cancel, and its mnemonic "&لا"
splits the lam-alef ligature so that No shows as a stray letter. On a right-to-left desk no
button text keeps a mnemonic ampersand.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.errors import Conflict, DatabaseLocked, KhedmatError, ValidationError
from app.locale.display import Locale
from app.locale.text import starts_left_to_right

RLM = "\u200f"
_session_locale: Locale | None = None


def use_locale(locale: Locale | None) -> None:
    """Show the numbers and amounts of every message in `locale` (the session's desk)."""
    global _session_locale
    _session_locale = locale


def error_text(error: KhedmatError) -> str:
    """The error's message in the interface language, its numbers in the user's digits. On a
    right-to-left desk it reads right to left even when it starts with what the clerk typed
    ("0912abc4567 is not a phone number")."""
    text = error.message(QCoreApplication.translate, _session_locale)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and starts_left_to_right(text):
        return RLM + text
    return text


class FieldErrors:
    """Red notes under the inputs of a form, one per field name used by ValidationError."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label_for(self, field: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{field}")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self._labels[field] = label
        return label

    def beside(self, field: str, widget: QWidget, parent: QWidget) -> QWidget:
        """`widget` with its error note under it, ready to be a form row's field."""
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.label_for(field, box))
        return box

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> bool:
        """Put the message beside its field; False when the form has no such field."""
        label = self._labels.get(error.field or "")
        if label is None:
            return False
        label.setText(error_text(error))
        label.show()
        return True

    def report(self, parent: QWidget, error: KhedmatError, inputs: Mapping[str, QWidget] | None = None) -> None:
        """An error beside its field, with the cursor put there; any other error as a message."""
        if not isinstance(error, ValidationError) or not self.show(error):
            show_error(parent, error)
            return
        widget = (inputs or {}).get(error.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and label.isVisible() else ""


_MNEMONIC = re.compile(r"&(&?)")


def button_text(text: str) -> str:
    """A button's text as the desk shows it: on a right-to-left desk without a mnemonic
    ampersand (a literal "&&" stays one "&&")."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return _MNEMONIC.sub(lambda m: "&&" if m.group(1) else "", text)


def _name(button: QAbstractButton | None, text: str) -> None:
    if button is not None:
        button.setText(button_text(text))


def ask_yes_no(parent: QWidget, question: str, yes_text: str | None = None, no_text: str | None = None, *,
               default_yes: bool = True, title: str | None = None) -> bool:
    """Whether the clerk answers yes to `question` (Esc answers no). The buttons say
    `yes_text` and `no_text`, by default the app's own Yes and No."""
    box = QMessageBox(QMessageBox.Icon.Question, title if title is not None else parent.windowTitle(), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    _name(box.button(QMessageBox.StandardButton.Yes), yes_text or QCoreApplication.translate("Messages", "&Yes"))
    _name(box.button(QMessageBox.StandardButton.No), no_text or QCoreApplication.translate("Messages", "&No"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, text: str, *, title: str | None = None, warning: bool = False) -> None:
    """A notice (or a warning) the clerk acknowledges with the app's own OK."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    title = title if title is not None else QCoreApplication.translate("Messages", "Khedmat")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    _name(box.button(QMessageBox.StandardButton.Ok), QCoreApplication.translate("Messages", "OK"))
    box.exec()


def open_folder(path: Path) -> None:
    """The system's file manager on the folder holding `path`."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def saved_box(parent: QWidget, title: str, text: str, path: Path) -> QMessageBox:
    """Where a file went, with "Open folder" beside Close: opened over `parent` without
    waiting (the file is already written; the clerk reads it and goes on)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    _name(box.button(QMessageBox.StandardButton.Close), QCoreApplication.translate("Messages", "Close"))
    folder = box.addButton(button_text(QCoreApplication.translate("Messages", "Open folder")),
                           QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("open_folder")
    folder.clicked.connect(lambda: open_folder(path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_reload(parent: QWidget, error: Conflict) -> bool:
    """Someone else saved first: offer to reload their version (True) or keep editing."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Saved by someone else"),
                      error_text(error), parent=parent)
    reload_button = box.addButton(button_text(QCoreApplication.translate("Messages", "Reload")),
                                  QMessageBox.ButtonRole.AcceptRole)
    box.addButton(button_text(QCoreApplication.translate("Messages", "Keep my changes open")),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload_button


def confirm_discard(parent: QWidget, question: str) -> bool:
    """Whether the clerk closes a form and loses what was typed in it (every form asks the
    same way; keeping the edits is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    _name(box.button(QMessageBox.StandardButton.Discard),
          QCoreApplication.translate("Messages", "Close without saving"))
    _name(box.button(QMessageBox.StandardButton.Cancel), QCoreApplication.translate("Messages", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def ask_to_wait(error: DatabaseLocked, parent: QWidget | None = None) -> bool:
    """A save has waited for another clerk's (or an import) to end: whether to wait again
    (nothing of the clerk's is lost either way: the form they saved from stays open). Asked
    over `parent`, by default the window the clerk saved from."""
    parent = parent if parent is not None else QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "The database is busy"),
                      error_text(error), parent=parent)
    box.setObjectName("database_busy")
    again = box.addButton(button_text(QCoreApplication.translate("Messages", "Wait and try again")),
                          QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(button_text(QCoreApplication.translate("Messages", "Cancel")),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.setEscapeButton(stop)
    box.exec()
    return box.clickedButton() is again


def show_error(parent: QWidget, error: KhedmatError) -> None:
    tell(parent, error_text(error), warning=True)


def confirm(parent: QWidget, question: str, action: str) -> bool:
    """Whether the clerk goes ahead with something that cannot be taken back with a click:
    the button says what will happen (`action`), and not doing it is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is go
