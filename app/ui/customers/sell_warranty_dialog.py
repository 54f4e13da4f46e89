"""The clerk sells the customer an extended warranty for a unit: how many months, at what
price, on which terms. It starts after the warranties the unit has; the history says so."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.units import AssetRecord, sell_extended_warranty
from app.ui.messages import FieldErrors, confirm_discard
from app.ui.retranslating import Retranslating
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.number_spin import NumberSpin

MAX_MONTHS = 120


class SellWarrantyDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, unit: AssetRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.unit = desk, unit
        self.errors = FieldErrors()
        self.months = NumberSpin(desk.locale, self)
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(12)
        self.price = MoneyEdit(desk.locale, self)
        self.terms = QLineEdit(self)
        self.terms.setMaxLength(300)
        form = QFormLayout()
        self.labels: list[QLabel] = []
        for field, widget in (("months", self.months), ("price", self.price), ("terms", self.terms)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self))
            self.labels.append(caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def save(self) -> bool:
        self.errors.clear()
        self.months.interpretText()
        try:
            price = self.price.amount()
            if price is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price the customer pays."),
                                      field="price")
            sell_extended_warranty(self.desk, self.unit.id, self.months.value(), price, self.terms.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"months": self.months, "price": self.price, "terms": self.terms})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        typed = self.price.text().strip() or self.terms.text().strip()
        if typed and not confirm_discard(self, self.tr("Close without selling the warranty?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sell an extended warranty"))
        self.labels[0].setText(self.tr("&Months:"))
        self.labels[1].setText(self.tr("&Price:"))
        self.labels[2].setText(self.tr("&Terms:"))
