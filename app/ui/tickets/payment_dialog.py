"""Handing the unit back and taking the money: what the job cost, what is due, what is paid.

The same dialog takes a later payment of what was left owed. It does not decide what may
be paid: the ticket service does, and its refusal is shown beside the field it names.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.kinds import PaymentMethod, label
from app.errors import ValidationError
from app.services.desk import Desk
from app.services.payments import PaymentInput
from app.services.tickets import TicketRecord
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import GREEN, RED
from app.ui.translator import shown
from app.ui.widgets.money_edit import MoneyEdit

Submit = Callable[[PaymentInput, FieldErrors], bool]
"""Runs the service with the payment; True when it was saved. A refusal it can place
beside a field of the dialog goes there (and the dialog stays open)."""


class PaymentDialog(Retranslating, QDialog):
    """Deliver (`delivering`) or take a payment of what is owed on `record`."""

    def __init__(self, desk: Desk, record: TicketRecord, delivering: bool, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.record, self.delivering, self.submit = desk, record, delivering, submit
        self.errors = FieldErrors()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.figures: dict[str, tuple[QLabel, QLabel]] = {
            key: (QLabel(self), QLabel(self)) for key in ("cost", "covered", "due", "paid_before", "owed")
        }
        bold = QFont(self.font())
        bold.setBold(True)
        for widget in self.figures["owed"]:
            widget.setFont(bold)
        self.paid = MoneyEdit(desk.locale, self)
        self.paid.setObjectName("paid")
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.method.addItem("", None)
        for method in PaymentMethod:
            self.method.addItem("", method.value)
        self.paid_label, self.method_label = QLabel(self), QLabel(self)
        self.paid_label.setBuddy(self.paid)
        self.method_label.setBuddy(self.method)
        self.left_owed = QLabel(self)
        self.left_owed.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        figures = QFormLayout()
        for caption, value in self.figures.values():
            figures.addRow(caption, value)
        payment = QFormLayout()
        payment.addRow(self.paid_label, self.errors.beside("paid", self.paid, self))
        payment.addRow(self.method_label, self.errors.beside("method", self.method, self))
        payment.addRow("", self.left_owed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(figures)
        layout.addLayout(payment)
        layout.addWidget(self.errors.label_for("estimate", self))
        layout.addWidget(self.buttons)

        nothing_owed = record.owed <= 0
        for widget in (self.paid, self.method, self.paid_label, self.method_label):
            widget.setVisible(not nothing_owed)
        for widget in self.figures["paid_before"]:
            widget.setVisible(record.paid > 0)
        # What the customer owes is offered; how they paid is for the clerk to say.
        self.paid.set_amount(record.owed if not nothing_owed else None)
        self.paid.textChanged.connect(self._update)
        self.method.currentIndexChanged.connect(self._update)
        self.retranslate()
        self.paid.setFocus()
        self.paid.selectAll()

    def payment(self) -> PaymentInput:
        """What the clerk entered; raises InvalidMoney on an amount that is not money."""
        amount = self.paid.amount()
        method = self.method.currentData()
        return PaymentInput(amount or Decimal(0), PaymentMethod(method) if method else None)

    def accept(self) -> None:
        self.errors.clear()
        try:
            payment = self.payment()
        except ValidationError as error:
            error.field = "paid"
            self.errors.show(error)
            self.paid.setFocus()
            return
        if self.submit(payment, self.errors):
            super().accept()
        elif self.errors.text("method"):
            self.method.setFocus()
        elif self.errors.text("paid"):
            self.paid.setFocus()

    def _update(self) -> None:
        locale, currency = self.desk.locale, self.record.currency
        try:
            paid = self.paid.amount() or Decimal(0)
        except ValidationError:
            self.left_owed.setText("")
            return
        left = self.record.owed - paid
        if self.record.owed <= 0:
            self.left_owed.setText(self.tr("Nothing to pay."))
            self.left_owed.setStyleSheet(f"color: {GREEN};")
        elif left > 0:
            self.left_owed.setText(self.tr("{amount} stays owed.").format(amount=locale.money(left, currency)))
            self.left_owed.setStyleSheet(f"color: {RED};")
        elif left == 0:
            self.left_owed.setText(self.tr("Paid in full."))
            self.left_owed.setStyleSheet(f"color: {GREEN};")
        else:
            self.left_owed.setText(self.tr("That is more than is owed."))
            self.left_owed.setStyleSheet(f"color: {RED};")

    def retranslate(self) -> None:
        r, locale = self.record, self.desk.locale
        number = locale.ident(r.number)
        if self.delivering:
            self.setWindowTitle(self.tr("Deliver ticket {number}").format(number=number))
            self.intro.setText(self.tr("Hand “{unit}” back to {customer}?").format(
                unit=r.product or self.tr("the unit"), customer=r.customer_name))
            self.ok.setText(self.tr("&Deliver"))
        else:
            self.setWindowTitle(self.tr("Payment for ticket {number}").format(number=number))
            self.intro.setText(self.tr("What {customer} pays now for this job.").format(customer=r.customer_name))
            self.ok.setText(self.tr("&Record payment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        totals = r.totals
        figures = {
            "cost": (self.tr("Cost of the job:"), totals.cost),
            "covered": (self.tr("Covered by warranty or contract:"), totals.covered),
            "due": (self.tr("The customer pays:"), totals.due),
            "paid_before": (self.tr("Already paid:"), r.paid),
            "owed": (self.tr("Owed now:"), max(r.owed, Decimal(0))),
        }
        for key, (caption, amount) in figures.items():
            self.figures[key][0].setText(caption)
            self.figures[key][1].setText(locale.money(amount, r.currency))
        self.paid_label.setText(self.tr("&Received now:"))
        self.method_label.setText(self.tr("Paid &by:"))
        self.method.setItemText(0, self.tr("Choose…"))
        for index in range(1, self.method.count()):
            self.method.setItemText(index, shown(label(PaymentMethod(self.method.itemData(index)))))
        self._update()
