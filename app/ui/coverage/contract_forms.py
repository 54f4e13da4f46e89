"""The small forms of a contract's window: cancelling it (from which day, and why) and
recording an on-site visit by hand."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from app.errors import KhedmatError
from app.services.contracts import ContractRecord, VisitInput, cancel_contract, cancel_reason, record_visit
from app.services.desk import Desk
from app.services.staff import list_staff
from app.ui.messages import FieldErrors, confirm, confirm_discard
from app.ui.retranslating import Retranslating
from app.ui.translator import person
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.short_form import lay_out_short_form


class CancelContractDialog(Retranslating, QDialog):
    """From which day the contract stops covering (today is shown, for the manager to keep or
    change) and why; asks once more before it cancels."""

    def __init__(self, desk: Desk, contract: ContractRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.contract = desk, contract
        self.errors = FieldErrors()
        self.since = DateEdit(desk.locale, self)
        self.since.set_value(desk.today())
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.labels = lay_out_short_form(self, self.errors, (("since", self.since), ("reason", self.reason)), width=460)
        self.retranslate()

    def confirmed(self) -> bool:
        """Whether the manager goes ahead (a message box asks)."""
        question = self.tr("Cancel contract {number} from {date}? From that day it no longer covers its units.")
        return confirm(self, question.format(number=self.desk.locale.ident(self.contract.number),
                                             date=self.desk.locale.date(self.since.value())),
                       self.tr("Cancel the contract"))

    def save(self) -> bool:
        self.errors.clear()
        self.since.commit()
        try:
            refused = self.since.error()
            if refused is not None:  # an impossible day typed: never cancelled from another one
                raise refused
            cancel_reason(self.desk, self.reason.text())
            if not self.confirmed():
                return False
            cancel_contract(self.desk, self.contract.id, self.contract.version, self.since.value(),
                            self.reason.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"reason": self.reason})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if self.reason.text().strip() and not confirm_discard(self, self.tr("Close without cancelling the contract?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel contract {number}").format(
            number=self.desk.locale.ident(self.contract.number)))
        self.labels[0].setText(self.tr("No longer covers from:"))
        self.labels[1].setText(self.tr("Reason:"))


class VisitDialog(Retranslating, QDialog):
    """An on-site visit the contract paid for, made without a job: its day, who went, what was done."""

    def __init__(self, desk: Desk, contract: ContractRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.contract = desk, contract
        self.errors = FieldErrors()
        self.day = DateEdit(desk.locale, self)
        self.day.set_value(desk.today())
        self.technician = QComboBox(self)
        self.technician.addItem("", None)
        for member in list_staff(desk):
            self.technician.addItem(person(member.full_name), member.id)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(500)
        self.labels = lay_out_short_form(self, self.errors, (("visited_on", self.day), ("technician", self.technician),
                                          ("notes", self.notes)), width=460)
        self.retranslate()

    def save(self) -> bool:
        self.errors.clear()
        self.day.commit()
        try:
            refused = self.day.error()
            if refused is not None:
                raise refused
            record_visit(self.desk, self.contract.id, self.contract.version,
                         VisitInput(self.day.value(), self.technician.currentData(), self.notes.text()))
        except KhedmatError as error:
            self.errors.report(self, error, {"visited_on": self.day, "notes": self.notes})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if self.notes.text().strip() and not confirm_discard(self, self.tr("Close without recording the visit?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a visit"))
        for caption, text in zip(self.labels, (self.tr("Day:"), self.tr("Technician:"), self.tr("What was done:")),
                                 strict=True):
            caption.setText(text)
        self.technician.setItemText(0, self.tr("Nobody named"))
