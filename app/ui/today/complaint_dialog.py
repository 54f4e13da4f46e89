"""One complaint: what the customer complains of (new or corrected), the answer they were
given, and, to close it, the root cause and the action it requires."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import Channel, ComplaintStatus, label
from app.domain.permissions import Action
from app.errors import Conflict, KhedmatError
from app.locale.text import isolate_ltr
from app.services.company import company_settings
from app.services.complaints import (
    BUILT_IN_CATEGORIES,
    CATEGORIES_CONTEXT,
    ComplaintInput,
    ComplaintRecord,
    answer_complaint,
    close_complaint,
    get_complaint,
    open_complaint,
    update_complaint,
)
from app.services.customers import get_customer
from app.services.desk import Desk
from app.services.history import tickets_of
from app.services.staff import list_staff
from app.services.units import assets_of
from app.ui.messages import FieldErrors, ask_reload, confirm, confirm_discard
from app.ui.retranslating import Retranslating
from app.ui.translator import person, shown


def _text_edit(parent: QWidget, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _at_end(button: QPushButton) -> QHBoxLayout:
    """A form's button at the end of its row, at its own width."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class ComplaintDialog(Retranslating, QDialog):
    """A new complaint for `customer_id` (about `ticket_id` or `asset_id` when opened from their
    window), or the complaint `complaint_id`. Channel and category start empty: the clerk
    chooses them. `saved` carries the complaint's id after each change."""

    saved = Signal(int)

    def __init__(self, desk: Desk, customer_id: int, complaint_id: int | None = None, *,
                 ticket_id: int | None = None, asset_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.record: ComplaintRecord | None = get_complaint(desk, complaint_id) if complaint_id else None
        self.customer = get_customer(desk, customer_id)
        self.errors = FieldErrors()
        self.who = QLabel(self)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)
        self.state.setWordWrap(True)

        self.details = QGroupBox(self)
        self.channel = QComboBox(self.details)
        self.category = QComboBox(self.details)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ticket = QComboBox(self.details)
        self.unit = QComboBox(self.details)
        self.owner = QComboBox(self.details)
        self.description = _text_edit(self.details, 4)
        self.save_button = QPushButton(self.details)
        self.save_button.clicked.connect(self.save)
        self.detail_labels: dict[str, QLabel] = {}
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("channel", self.channel), ("category", self.category), ("ticket", self.ticket),
                              ("unit", self.unit), ("owner", self.owner), ("description", self.description)):
            self.detail_labels[field] = self._row(form, self.details, field, widget)
        form.addRow(_at_end(self.save_button))

        self.answer_box = QGroupBox(self)
        self.answer = _text_edit(self.answer_box, 2)
        self.answer_button = QPushButton(self.answer_box)
        self.answer_button.clicked.connect(self.record_answer)
        answer_form = QFormLayout(self.answer_box)
        self.answer_label = self._row(answer_form, self.answer_box, "answer", self.answer)
        answer_form.addRow(_at_end(self.answer_button))

        self.closing_box = QGroupBox(self)
        self.root_cause = _text_edit(self.closing_box, 2)
        self.action_required = _text_edit(self.closing_box, 2)
        self.close_complaint_button = QPushButton(self.closing_box)
        self.close_complaint_button.clicked.connect(self.close_it)
        closing_form = QFormLayout(self.closing_box)
        self.root_cause_label = self._row(closing_form, self.closing_box, "root_cause", self.root_cause)
        self.action_label = self._row(closing_form, self.closing_box, "action_required", self.action_required)
        closing_form.addRow(_at_end(self.close_complaint_button))

        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.state)
        layout.addWidget(self.details)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.closing_box)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self._fill_choices(ticket_id, asset_id)
        self.retranslate()
        self._show_record()
        self.resize(620, 720 if self.record else 480)
        self.channel.setFocus()

    def _row(self, form: QFormLayout, parent: QWidget, field: str, widget: QWidget) -> QLabel:
        caption = QLabel(parent)
        caption.setBuddy(widget)
        form.addRow(caption, self.errors.beside(field, widget, parent))
        return caption

    # -- filling --------------------------------------------------------------------------

    def _categories(self) -> list[str]:
        return company_settings(self.desk).categories_of_complaints() or [
            QCoreApplication.translate(CATEGORIES_CONTEXT, text) for text in BUILT_IN_CATEGORIES]

    def _fill_choices(self, ticket_id: int | None, asset_id: int | None) -> None:
        locale = self.desk.locale
        self.ticket.addItem("", None)
        for t in tickets_of(self.desk, self.customer_id):
            self.ticket.addItem(f"{locale.ident(t.number)} — {t.fault}", t.id)
        self.unit.addItem("", None)
        for a in assets_of(self.desk, self.customer_id, include_archived=True):
            self.unit.addItem(f"{a.product.title} — {isolate_ltr(a.serial)}", a.id)
        self.owner.addItem("", None)
        for member in list_staff(self.desk):
            self.owner.addItem(person(member.full_name), member.id)
        self.category.addItems(self._categories())
        self.category.setCurrentIndex(-1)
        self.category.setEditText("")
        wanted = self.record or None
        self._choose(self.ticket, wanted.ticket_id if wanted else ticket_id)
        self._choose(self.unit, wanted.asset_id if wanted else asset_id)
        if wanted:
            self._choose(self.owner, wanted.owner_id, person(wanted.owner_name))

    def _choose(self, combo: QComboBox, value: int | None, missing: str = "") -> None:
        if value is not None and combo.findData(value) < 0:
            combo.addItem(missing or self.desk.locale.digits(f"#{value}"), value)
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _show_record(self) -> None:
        r, locale = self.record, self.desk.locale
        manager = self.desk.may(Action.COMPLAINTS)
        closed = r is not None and r.status is ComplaintStatus.CLOSED
        if r is not None:
            self.category.setEditText(r.category)
            self.description.setPlainText(r.description)
            self.answer.setPlainText(r.answer)
            self.root_cause.setPlainText(r.root_cause)
            self.action_required.setPlainText(r.action_required)
            lines = [self.tr("Opened {moment} by {who}.").format(moment=locale.moment(r.opened_at),
                                                               who=person(r.opened_by))]
            if r.answered_at is not None:
                lines.append(self.tr("Answered {moment} by {who}.").format(moment=locale.moment(r.answered_at),
                                                                         who=person(r.answered_by)))
            if r.closed_at is not None:
                lines.append(self.tr("Closed {moment} by {who}.").format(moment=locale.moment(r.closed_at),
                                                                       who=person(r.closed_by)))
            self.state.setText(self.tr("{status}. {lines}").format(status=shown(label(r.status)),
                                                                  lines=" ".join(lines)))
        self.state.setVisible(r is not None)
        self.answer_box.setVisible(r is not None)
        self.closing_box.setVisible(r is not None and (manager or closed))
        for widget in (self.channel, self.category, self.ticket, self.unit, self.description, self.save_button,
                       self.answer, self.answer_button, self.root_cause, self.action_required,
                       self.close_complaint_button):
            widget.setEnabled(not closed)
        # Anyone chooses who looks after a new complaint; giving one to another is a manager's job.
        self.owner.setEnabled(not closed and (r is None or manager))

    # -- saving ---------------------------------------------------------------------------

    def _input(self) -> ComplaintInput:
        channel = self.channel.currentData()
        return ComplaintInput(self.customer_id, Channel(channel) if channel else None, self.category.currentText(),
                              self.description.toPlainText(), owner_id=self.owner.currentData(),
                              ticket_id=self.ticket.currentData(), asset_id=self.unit.currentData())

    def _inputs(self) -> dict[str, QWidget]:
        return {"channel": self.channel, "category": self.category, "ticket": self.ticket, "unit": self.unit,
                "description": self.description, "answer": self.answer, "root_cause": self.root_cause,
                "action_required": self.action_required}

    def _done(self, action: str) -> bool:
        """Run the save `action` names; False (with the error shown) when it is refused."""
        self.errors.clear()
        r = self.record
        try:
            if action == "save" and r is None:
                saved = open_complaint(self.desk, self._input())
            elif action == "save":
                saved = update_complaint(self.desk, r.id, r.version, self._input())
            elif action == "answer":
                saved = answer_complaint(self.desk, r.id, r.version, self.answer.toPlainText())
            else:
                saved = close_complaint(self.desk, r.id, r.version, self.root_cause.toPlainText(),
                                        self.action_required.toPlainText())
        except Conflict as error:
            if ask_reload(self, error):
                self.record = get_complaint(self.desk, r.id)
                self._show_record()
            return False
        except KhedmatError as error:
            self.errors.report(self, error, self._inputs())
            return False
        created = r is None
        self.record = saved
        self.saved.emit(saved.id)
        if created:
            self.accept()
        else:
            self._show_record()
            self.retranslate()
        return True

    def save(self) -> bool:
        if self.record is not None and self.record.status is ComplaintStatus.CLOSED:
            return False
        return self._done("save")

    def record_answer(self) -> bool:
        return self._done("answer")

    def close_it(self) -> bool:
        if not confirm(self, self.tr("Close this complaint? A closed complaint cannot be changed."),
                       self.tr("Close the complaint")):
            return False
        return self._done("close")

    def _edited(self) -> bool:
        r = self.record
        if r is None:
            return bool(self.channel.currentData() or self.category.currentText().strip()
                        or self.description.toPlainText().strip())
        if r.status is ComplaintStatus.CLOSED:
            return False
        return (self.description.toPlainText().strip() != r.description or self.category.currentText().strip()
                != r.category or self.channel.currentData() != r.channel)

    def reject(self) -> None:
        if self._edited() and not confirm_discard(self, self.tr("Close without saving the complaint?")):
            return
        super().reject()

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        locale = self.desk.locale
        self.setWindowTitle(self.tr("Complaint") if self.record is None
                            else self.tr("Complaint {number}").format(number=locale.digits(self.record.id)))
        self.who.setText(self.tr("{name} — {mobile}").format(
            name=self.customer.name, mobile=isolate_ltr(locale.phone(self.customer.mobile))))
        current = self.channel.currentData() if self.channel.count() else (self.record.channel if self.record else None)
        self.channel.clear()
        self.channel.addItem(self.tr("Choose how it came in…"), None)
        for channel in Channel:
            self.channel.addItem(shown(label(channel)), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))
        self.ticket.setItemText(0, self.tr("No ticket"))
        self.unit.setItemText(0, self.tr("No unit"))
        self.owner.setItemText(0, self.tr("Nobody yet"))
        self.category.lineEdit().setPlaceholderText(self.tr("Choose or type a category"))
        for field, text in (("channel", self.tr("Came in by")), ("category", self.tr("Category")),
                            ("ticket", self.tr("About the ticket")), ("unit", self.tr("About the unit")),
                            ("owner", self.tr("Owner")), ("description", self.tr("What the customer complains of"))):
            self.detail_labels[field].setText(text)
        self.details.setTitle(self.tr("The complaint"))
        self.save_button.setText(self.tr("Register the complaint") if self.record is None else self.tr("Save"))
        self.answer_box.setTitle(self.tr("Answer"))
        self.answer_label.setText(self.tr("What the customer was told"))
        self.answer_button.setText(self.tr("Record the answer"))
        self.closing_box.setTitle(self.tr("To close it"))
        self.root_cause_label.setText(self.tr("Root cause"))
        self.action_label.setText(self.tr("Action required"))
        self.close_complaint_button.setText(self.tr("Close the complaint…"))
        self.close_button.setText(self.tr("Close"))
