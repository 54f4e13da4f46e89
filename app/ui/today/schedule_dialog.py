"""A call a clerk schedules by hand (a training-on-use call after an installation, a reminder),
and moving an open call to another day."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import FollowUpKind, label
from app.errors import Conflict, KhedmatError
from app.services.desk import Desk
from app.services.followups import reschedule_followup, schedule_followup
from app.ui.messages import FieldErrors, ask_reload, confirm_discard
from app.ui.retranslating import Retranslating
from app.ui.translator import shown
from app.ui.widgets.date_edit import DateEdit

SCHEDULED_KINDS = (FollowUpKind.TRAINING, FollowUpKind.AFTER_DELIVERY, FollowUpKind.MAINTENANCE,
                   FollowUpKind.CONTRACT_RENEWAL, FollowUpKind.OTHER)


class ScheduleCallDialog(Retranslating, QDialog):
    """For one customer, and the ticket it is about if opened from one. The kind and the day
    start empty: the clerk chooses both. `saved` carries the new follow-up's id."""

    saved = Signal(int)

    def __init__(self, desk: Desk, customer_id: int, about: str, ticket_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id, self.ticket_id, self.about_text = desk, customer_id, ticket_id, about
        self.about = QLabel(self)
        self.kind = QComboBox(self)
        self.due = DateEdit(desk.locale, self, optional=True)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for caption, (field, widget) in zip(self.labels, (("kind", self.kind), ("due_date", self.due),
                                                           ("note", self.note)), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.kind.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Schedule a call"))
        self.about.setText(self.about_text)
        for caption, text in zip(self.labels, (self.tr("Kind"), self.tr("Due on"), self.tr("What to ask or show")),
                                 strict=True):
            caption.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Choose the kind of call…"), None)
        for kind in SCHEDULED_KINDS:
            self.kind.addItem(shown(label(kind)), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))

    def save(self) -> None:
        self.errors.clear()
        kind = self.kind.currentData()
        try:
            made = schedule_followup(self.desk, self.customer_id, FollowUpKind(kind) if kind else None,
                                     self.due.value(), self.note.toPlainText(), self.ticket_id)
        except KhedmatError as error:
            self.errors.report(self, error, {"kind": self.kind, "due_date": self.due})
            return
        self.saved.emit(made.id)
        self.accept()

    def reject(self) -> None:
        if (self.kind.currentData() or self.note.toPlainText().strip()) and not confirm_discard(
                self, self.tr("Close without scheduling the call?")):
            return
        super().reject()


class RescheduleDialog(Retranslating, QDialog):
    """Another day for an open call; its tries so far still count. `saved` carries its id."""

    saved = Signal(int)

    def __init__(self, desk: Desk, followup_id: int, version: int, due: date, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.followup_id, self.version, self.who_text = desk, followup_id, version, who
        self.who = QLabel(self)
        self.due = DateEdit(desk.locale, self)
        self.due.set_value(due)
        self.errors = FieldErrors()
        self.due_label = QLabel(self)
        self.due_label.setBuddy(self.due)
        form = QFormLayout()
        form.addRow(self.due_label, self.errors.beside("due_date", self.due, self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.due.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reschedule the call"))
        self.who.setText(self.who_text)
        self.due_label.setText(self.tr("Call on"))

    def save(self) -> None:
        self.errors.clear()
        try:
            reschedule_followup(self.desk, self.followup_id, self.version, self.due.value())
        except Conflict as error:
            ask_reload(self, error)
            self.reject()
            return
        except KhedmatError as error:
            self.errors.report(self, error, {"due_date": self.due})
            return
        self.saved.emit(self.followup_id)
        self.accept()
