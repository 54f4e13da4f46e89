"""Refund… from the ticket window: a manager gives the customer money back for the unit, how
and why. It is kept apart from the job's payments (app.services.resolutions.refund)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.kinds import PaymentMethod, label
from app.errors import ValidationError
from app.services.desk import Desk
from app.services.resolutions import refund
from app.services.tickets import TicketRecord
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating
from app.ui.tickets.replacement_dialog import Call, Submit
from app.ui.translator import shown
from app.ui.widgets.money_edit import MoneyEdit


class RefundDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, record: TicketRecord, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.record, self.submit = desk, record, submit
        self.errors = FieldErrors()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.amount = MoneyEdit(desk.locale, self)
        self.amount.setObjectName("refund_amount")
        self.method = QComboBox(self)
        self.method.setObjectName("refund_method")
        self.method.addItem("", None)  # how the money went back is for the clerk to say
        for method in PaymentMethod:
            self.method.addItem("", method.value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("refund_reason")
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for caption, field, widget in zip(self.labels, ("amount", "method", "reason"),
                                          (self.amount, self.method, self.reason), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.amount.setFocus()

    def retranslate(self) -> None:
        r = self.record
        self.setWindowTitle(self.tr("Money back for ticket {number}").format(number=self.desk.locale.ident(r.number)))
        self.intro.setText(self.tr("The money {customer} gets back for the unit. The job's cost and what was paid "
                                   "for it stay as they are.").format(customer=r.customer_name))
        self.labels[0].setText(self.tr("&Amount given back:"))
        self.labels[1].setText(self.tr("Given back &by:"))
        self.labels[2].setText(self.tr("&Why:"))
        self.method.setItemText(0, self.tr("Choose…"))
        for index in range(1, self.method.count()):
            self.method.setItemText(index, shown(label(PaymentMethod(self.method.itemData(index)))))
        self.ok.setText(self.tr("Give money back"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        self.errors.clear()
        try:
            amount = self.amount.amount()
        except ValidationError as error:
            error.field = "amount"
            self.errors.show(error)
            return
        method = self.method.currentData()
        desk, ticket_id, reason = self.desk, self.record.id, self.reason.text()
        call: Call = lambda version: refund(desk, ticket_id, version, amount or 0, (  # noqa: E731
            PaymentMethod(method) if method else None), reason)
        if self.submit(call, self.errors):
            super().accept()
