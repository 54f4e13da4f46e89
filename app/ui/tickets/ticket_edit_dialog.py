"""Correcting what intake recorded on a ticket: the fault and its details, kind, priority,
how it came in, the promised date, the technician and the unit."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import Channel, Priority, TicketKind, label
from app.errors import ValidationError
from app.services.desk import Desk
from app.services.staff import StaffRecord
from app.services.ticket_corrections import TicketEdit
from app.services.tickets import TicketRecord
from app.services.units import AssetRecord
from app.ui import messages
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating
from app.ui.translator import shown
from app.ui.widgets.date_edit import DateEdit

Submit = Callable[[TicketEdit, FieldErrors], bool]
"""Saves the correction; True when saved. A refusal naming a field of this form shows beside it."""


class TicketEditDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, record: TicketRecord, technicians: list[StaffRecord],
                 units: list[AssetRecord], submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.record, self.submit = desk, record, submit
        self.errors = FieldErrors()
        self.fault = QPlainTextEdit(self)
        self.fault.setTabChangesFocus(True)
        self.fault.setFixedHeight(72)
        self.accessories, self.condition = QLineEdit(self), QLineEdit(self)
        self.kind, self.priority, self.channel = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, values in ((self.kind, TicketKind), (self.priority, Priority), (self.channel, Channel)):
            for value in values:
                combo.addItem("", value.value)
        self.promised_date = DateEdit(desk.locale, self, optional=True)
        self.technician = QComboBox(self)
        self.technician.addItem("", None)
        for person in technicians:
            self.technician.addItem(person.full_name, person.id)
        self.unit = QComboBox(self)
        self.unit.addItem("", None)
        for asset in units:
            words = " ".join(w for w in (asset.product.brand, asset.product.model) if w)
            self.unit.addItem(f"{words} — {asset.serial}" if words else asset.serial, asset.id)
        self.captions = {key: QLabel(self) for key in ("fault", "accessories", "condition", "kind", "priority",
                                                        "channel", "promised_date", "assignee", "unit")}
        form = QFormLayout()
        widgets: dict[str, QWidget] = {
            "fault": self.fault, "accessories": self.accessories, "condition": self.condition, "kind": self.kind,
            "priority": self.priority, "channel": self.channel, "promised_date": self.promised_date,
            "assignee": self.technician, "unit": self.unit,
        }
        self.inputs = widgets
        for key, widget in widgets.items():
            self.captions[key].setBuddy(widget)
            form.addRow(self.captions[key], self.errors.beside(key, widget, self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill()
        self._shown = self.edit()
        self.retranslate()
        self.fault.setFocus()
        self.resize(620, self.sizeHint().height())

    def _fill(self) -> None:
        r = self.record
        self.fault.setPlainText(r.fault)
        self.accessories.setText(r.accessories)
        self.condition.setText(r.condition)
        for combo, value in ((self.kind, r.kind), (self.priority, r.priority), (self.channel, r.channel),
                             (self.technician, r.assignee_id), (self.unit, r.asset_id)):
            index = combo.findData(value)
            if index < 0:  # a technician no longer on the staff list, or a unit given away since
                combo.addItem(r.serial if combo is self.unit else "?", value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.promised_date.set_value(r.promised_date)

    def edit(self) -> TicketEdit:
        """What the form says; raises the date field's error when its text is no date."""
        return TicketEdit(
            fault=self.fault.toPlainText(), accessories=self.accessories.text(), condition=self.condition.text(),
            priority=Priority(self.priority.currentData()), kind=TicketKind(self.kind.currentData()),
            channel=Channel(self.channel.currentData()), promised_date=self.promised_date.value(),
            assignee_id=self.technician.currentData(), asset_id=self.unit.currentData())

    def accept(self) -> None:
        self.errors.clear()
        # A typed date that is refused (1405/12/31) blocks the save: its last valid value is
        # not what the clerk typed.
        error = None if self.promised_date.commit() else self.promised_date.error()
        if error is not None:
            self.errors.show(ValidationError(error.template, field="promised_date", **error.params))
            self.promised_date.setFocus()
            return
        if self.submit(self.edit(), self.errors):
            super().accept()
            return
        for key, widget in self.inputs.items():
            if self.errors.text(key):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def reject(self) -> None:
        if self.promised_date.commit() and self.edit() == self._shown:
            super().reject()
        elif messages.confirm_discard(self, self.tr("Close without saving the corrections?")):
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct ticket {number}").format(number=self.desk.locale.ident(self.record.number)))
        captions = {
            "fault": self.tr("&Fault:"), "accessories": self.tr("&Accessories:"), "condition": self.tr("C&ondition:"),
            "kind": self.tr("&Kind of job:"), "priority": self.tr("&Priority:"), "channel": self.tr("Came &in by:"),
            "promised_date": self.tr("Pro&mised date:"), "assignee": self.tr("&Technician:"), "unit": self.tr("&Unit:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        for combo, kind in ((self.kind, TicketKind), (self.priority, Priority), (self.channel, Channel)):
            for index in range(combo.count()):
                combo.setItemText(index, shown(label(kind(combo.itemData(index)))))
        self.technician.setItemText(0, self.tr("Nobody yet"))
        self.unit.setItemText(0, self.tr("No unit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
