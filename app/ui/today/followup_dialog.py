"""Recording a follow-up call: did we reach the customer, and how satisfied are they."""
from __future__ import annotations

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

from app.domain.kinds import FollowUpOutcome, label
from app.errors import Conflict, KhedmatError
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.followups import record_followup
from app.services.listing import FollowUpRow
from app.ui.messages import FieldErrors, ask_reload
from app.ui.retranslating import Retranslating
from app.ui.translator import shown
from app.ui.widgets.number_spin import NumberSpin

NOT_ASKED = -1


class FollowUpDialog(Retranslating, QDialog):
    """Scores are optional: a customer who did not answer has none. `saved` carries the id."""

    saved = Signal(int)

    def __init__(self, desk: Desk, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.row = desk, row
        self.who = QLabel(self)
        self.outcome = QComboBox(self)
        self.csat = NumberSpin(desk.locale, self)
        self.csat.setRange(NOT_ASKED, 5)
        self.nps = NumberSpin(desk.locale, self)
        self.nps.setRange(NOT_ASKED, 10)
        for box in (self.csat, self.nps):
            box.setValue(NOT_ASKED)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.addRow(self.who)
        self.outcome_label, self.csat_label = QLabel(self), QLabel(self)
        self.nps_label, self.comment_label = QLabel(self), QLabel(self)
        self.form.addRow(self.outcome_label, self.outcome)
        self.form.addRow(self.csat_label, self.csat)
        self.form.addRow("", self.errors.label_for("csat", self))
        self.form.addRow(self.nps_label, self.nps)
        self.form.addRow("", self.errors.label_for("nps", self))
        self.form.addRow(self.comment_label, self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        locale = self.desk.locale
        self.setWindowTitle(self.tr("Follow-up call"))
        ticket = locale.ident(self.row.ticket_number or "")
        self.who.setText(self.tr("{name} — {mobile} — ticket {ticket}").format(
            name=self.row.customer_name, mobile=isolate_ltr(locale.phone(self.row.customer_mobile)), ticket=ticket))
        current = self.outcome.currentIndex()
        self.outcome.clear()
        for outcome in FollowUpOutcome:
            self.outcome.addItem(shown(label(outcome)), outcome.value)
        self.outcome.setCurrentIndex(max(current, 0))
        self.outcome_label.setText(self.tr("Outcome"))
        self.csat_label.setText(self.tr("Satisfaction (1–5)"))
        self.nps_label.setText(self.tr("Would recommend us (0–10)"))
        self.comment_label.setText(self.tr("What the customer said"))
        for box in (self.csat, self.nps):
            box.setSpecialValueText(self.tr("not asked"))

    def save(self) -> None:
        self.errors.clear()
        try:
            record_followup(
                self.desk, self.row.id, self.row.version, FollowUpOutcome(self.outcome.currentData()),
                csat=None if self.csat.value() == NOT_ASKED else self.csat.value(),
                nps=None if self.nps.value() == NOT_ASKED else self.nps.value(),
                comment=self.comment.toPlainText(),
            )
        except Conflict as error:
            ask_reload(self, error)
            self.reject()
            return
        except KhedmatError as error:
            self.errors.report(self, error, {"csat": self.csat, "nps": self.nps})
            return
        self.saved.emit(self.row.id)
        self.accept()
