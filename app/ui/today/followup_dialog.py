"""Recording a try at a follow-up call: the tries so far, then what came of this one — reached
(scores, what the customer said, whether the problem persists) or not (when to call back)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import FollowUpKind, FollowUpOutcome, label
from app.errors import Conflict, KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.followups import (
    CLOSING_OUTCOMES,
    AttemptInput,
    AttemptRecord,
    attempts_of,
    get_followup,
    record_attempt,
    tries_allowed,
)
from app.services.listing import FollowUpRow
from app.ui.messages import FieldErrors, ask_reload
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.translator import person, shown
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.number_spin import NumberSpin

NOT_ASKED = -1
TRIED = (FollowUpOutcome.REACHED, FollowUpOutcome.NO_ANSWER, FollowUpOutcome.CALL_BACK, FollowUpOutcome.WRONG_NUMBER)
"""What a try can come to, in the order offered (not reached is where the last failed try leads)."""


class FollowUpDialog(Retranslating, QDialog):
    """Scores are optional: a customer who did not answer has none. `saved` carries the id."""

    saved = Signal(int)

    def __init__(self, desk: Desk, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.row = desk, row
        self.record = get_followup(desk, row.id)
        self.attempts = attempts_of(desk, row.id)
        self.allowed = tries_allowed(desk)
        self.who = QLabel(self)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.attempts_model: RecordTableModel[AttemptRecord] = RecordTableModel(self._attempt_columns(), parent=self)
        self.attempts_model.set_rows(self.attempts)
        self.attempts_box = QGroupBox(self)
        self.attempts_view = record_view(self.attempts_box, self.attempts_model, stretch=3, sortable=False)
        self.attempts_view.setMinimumHeight(self.attempts_view.fontMetrics().lineSpacing() * 5)
        QVBoxLayout(self.attempts_box).addWidget(self.attempts_view)

        self.errors = FieldErrors()
        self.this_try = QGroupBox(self)
        self.outcome = QComboBox(self.this_try)
        self.tries_left = QLabel(self.this_try)
        self.tries_left.setWordWrap(True)
        self.call_back = DateEdit(desk.locale, self.this_try)
        self.call_back.set_value(desk.today() + timedelta(days=1))  # offered, in sight; the clerk may change it
        self.note = QPlainTextEdit(self.this_try)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.csat = NumberSpin(desk.locale, self.this_try)
        self.csat.setRange(NOT_ASKED, 5)
        self.nps = NumberSpin(desk.locale, self.this_try)
        self.nps.setRange(NOT_ASKED, 10)
        for box in (self.csat, self.nps):
            box.setValue(NOT_ASKED)
        self.comment = QPlainTextEdit(self.this_try)
        self.comment.setTabChangesFocus(True)
        self.problem_persists = QCheckBox(self.this_try)
        self.form = QFormLayout(self.this_try)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for field, widget in (("outcome", self.outcome), ("call_back_on", self.call_back), ("note", self.note),
                              ("csat", self.csat), ("nps", self.nps), ("comment", self.comment)):
            caption = QLabel(self.this_try)
            caption.setBuddy(widget)
            self.labels[field] = caption
            self.form.addRow(caption, self.errors.beside(field, widget, self.this_try))
            if field == "outcome":
                self.form.addRow("", self.tries_left)
        self.form.addRow("", self.problem_persists)
        self.outcome.currentIndexChanged.connect(self._show_outcome)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.about)
        layout.addWidget(self.attempts_box)
        layout.addWidget(self.this_try, 1)
        layout.addWidget(self.buttons)
        closed = self.record.done_at is not None
        self.this_try.setVisible(not closed)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(not closed)
        self.retranslate()
        self.resize(640, 620)
        self.outcome.setFocus()

    def _attempt_columns(self) -> list[RecordColumn[AttemptRecord]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "When"), lambda a: locale.moment(a.at)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda a: shown(label(FollowUpOutcome(a.outcome)))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Call back"), lambda a: locale.date(a.call_back_on)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Note"), lambda a: a.note),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "By"), lambda a: person(a.user_name)),
        ]

    def _chosen(self) -> FollowUpOutcome | None:
        data = self.outcome.currentData()
        return FollowUpOutcome(data) if data else None

    def _last_try(self) -> bool:
        return len(self.attempts) + 1 >= self.allowed

    def _show_outcome(self) -> None:
        """Scores for a customer reached; a call-back day for one not reached, unless this try
        is the last the company allows (the call then closes)."""
        outcome = self._chosen()
        reached = outcome is FollowUpOutcome.REACHED
        asks_day = outcome is not None and not reached and outcome not in CLOSING_OUTCOMES and not self._last_try()
        for field, visible in (("call_back_on", asks_day), ("csat", reached), ("nps", reached), ("comment", reached)):
            self.form.setRowVisible(self.labels[field], visible)
        self.problem_persists.setVisible(reached)
        self.tries_left.setVisible(outcome is not None and not reached)
        digits = self.desk.locale.digits
        if outcome is FollowUpOutcome.WRONG_NUMBER:
            self.tries_left.setText(self.tr("The call closes: the number is not the customer's."))
        elif self._last_try():
            self.tries_left.setText(self.tr("This is try {n} of {allowed}, the last: the call closes as not "
                                            "reached.").format(n=digits(len(self.attempts) + 1),
                                                               allowed=digits(self.allowed)))
        else:
            self.tries_left.setText(self.tr("This is try {n} of {allowed}: the call is due again on the day "
                                            "below.").format(n=digits(len(self.attempts) + 1),
                                                             allowed=digits(self.allowed)))

    def retranslate(self) -> None:
        locale = self.desk.locale
        self.setWindowTitle(self.tr("Follow-up call"))
        who = self.tr("{name} — {mobile}").format(
            name=self.row.customer_name, mobile=isolate_ltr(locale.phone(self.row.customer_mobile)))
        if self.row.ticket_number:
            who = self.tr("{name} — {mobile} — ticket {ticket}").format(
                name=self.row.customer_name, mobile=isolate_ltr(locale.phone(self.row.customer_mobile)),
                ticket=locale.ident(self.row.ticket_number))
        self.who.setText(who)
        about = self.tr("{kind}, due {day}").format(kind=shown(label(FollowUpKind(self.record.kind))),
                                                   day=locale.date(self.record.due_date))
        if self.record.note:
            about = self.tr("{about}. {note}").format(about=about, note=self.record.note)
        if self.record.done_at is not None and self.record.outcome:
            about = self.tr("{about}. Closed: {outcome}.").format(
                about=about, outcome=shown(label(FollowUpOutcome(self.record.outcome))))
        self.about.setText(about)
        self.attempts_box.setTitle(locale.digits(self.tr("Tries so far: %n", "", len(self.attempts))))
        self.this_try.setTitle(self.tr("This try"))
        current = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("Choose what came of the call…"), None)
        for outcome in TRIED:
            self.outcome.addItem(shown(label(outcome)), outcome.value)
        self.outcome.setCurrentIndex(max(self.outcome.findData(current), 0))
        self.outcome.blockSignals(False)
        for field, text in (("outcome", self.tr("Outcome")), ("call_back_on", self.tr("Call back on")),
                            ("note", self.tr("Note on this try")), ("csat", self.tr("Satisfaction (1–5)")),
                            ("nps", self.tr("Would recommend us (0–10)")),
                            ("comment", self.tr("What the customer said"))):
            self.labels[field].setText(text)
        self.problem_persists.setText(self.tr("The problem persists: reopen the ticket as rework"))
        self.problem_persists.setEnabled(self.record.ticket_id is not None)
        for box in (self.csat, self.nps):
            box.setSpecialValueText(self.tr("not asked"))
        self.attempts_model.retranslate()
        self._show_outcome()

    def save(self) -> None:
        self.errors.clear()
        outcome = self._chosen()
        reached = outcome is FollowUpOutcome.REACHED
        try:
            record_attempt(self.desk, self.row.id, self.record.version, AttemptInput(
                outcome,
                call_back_on=self.call_back.value() if self.form.isRowVisible(self.labels["call_back_on"]) else None,
                note=self.note.toPlainText(),
                csat=None if not reached or self.csat.value() == NOT_ASKED else self.csat.value(),
                nps=None if not reached or self.nps.value() == NOT_ASKED else self.nps.value(),
                comment=self.comment.toPlainText() if reached else "",
                problem_persists=reached and self.problem_persists.isChecked(),
            ))
        except Conflict as error:
            ask_reload(self, error)
            self.reject()
            return
        except KhedmatError as error:
            self.errors.report(self, error, {"outcome": self.outcome, "call_back_on": self.call_back,
                                             "csat": self.csat, "nps": self.nps})
            return
        self.saved.emit(self.row.id)
        self.accept()
