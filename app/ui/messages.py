"""Showing errors to the clerk: beside the field, or as a message with a way forward."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from app.errors import Conflict, KhedmatError, ValidationError
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


def ask_reload(parent: QWidget, error: Conflict) -> bool:
    """Someone else saved first: offer to reload their version (True) or keep editing."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Saved by someone else"),
                      error_text(error), parent=parent)
    reload_button = box.addButton(QCoreApplication.translate("Messages", "Reload"),
                                  QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Keep my changes open"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload_button


def confirm_discard(parent: QWidget, question: str) -> bool:
    """Whether the clerk closes a form and loses what was typed in it (every form asks the
    same way; keeping the edits is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    # Our words, not Qt's own catalogue's (its Arabic "ارفض" / "ألغِ" read as refuse and cancel).
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("Messages", "Close without saving"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Messages", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def show_error(parent: QWidget, error: KhedmatError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Khedmat"), error_text(error))


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
