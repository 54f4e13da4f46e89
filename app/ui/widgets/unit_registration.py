"""The registration of a unit the intake has not met: its product and purchase, typed once."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.locale.display import Locale
from app.services.units import ProductRecord
from app.ui.retranslating import Retranslating
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.number_spin import NumberSpin
from app.ui.widgets.product_choice import ProductChoice

MAX_WARRANTY_MONTHS = 120
NEW_PRODUCT_WARRANTY_MONTHS = 12
"""What a brand and model typed at the counter starts with."""
UNKNOWN_MONTHS = -1

Beside = Callable[[QWidget, str], QWidget]
"""The form's way of putting a field's error note under it: (input, field name) → the row's widget."""


class UnitRegistration(Retranslating, QGroupBox):
    """Product (or a new brand and model), purchase date, seller, invoice and warranty months.

    Nothing is filled in for the clerk: no product is chosen and the purchase date is empty
    until given. `changed` tells the coverage they give may be different now."""

    changed = Signal()

    def __init__(self, locale: Locale, beside: Beside, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = ProductChoice(self)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.brand = QLineEdit(self)
        self.model = QLineEdit(self)
        self.purchase_date = DateEdit(locale, self, optional=True)
        self.purchase_date.dateChanged.connect(self.changed)
        self.seller = QLineEdit(self)
        self.invoice_no = QLineEdit(self)
        self.warranty_months = NumberSpin(locale, self)
        # -1 is "unknown": a product without a rule of its own or of its category sets no
        # length, and none is made up for it.
        self.warranty_months.setRange(UNKNOWN_MONTHS, MAX_WARRANTY_MONTHS)
        self.warranty_months.valueChanged.connect(self.changed)
        self.labels = [QLabel(self) for _ in range(7)]
        self._form = QFormLayout(self)
        model_field = beside(self.model, "model")
        rows = [(self.product, beside(self.product, "product")), (self.brand, self.brand), (self.model, model_field),
                (self.purchase_date, beside(self.purchase_date, "purchase_date")), (self.seller, self.seller),
                (self.invoice_no, self.invoice_no), (self.warranty_months, beside(self.warranty_months,
                                                                                  "warranty_months"))]
        for text_label, (edit, row) in zip(self.labels, rows, strict=True):
            text_label.setBuddy(edit)
            self._form.addRow(text_label, row)
        self._new_product_rows: list[QWidget] = [self.brand, model_field]
        self.retranslate()

    def inputs(self) -> list[QWidget]:
        """The inputs in the order Tab goes through them."""
        return [self.product, self.brand, self.model, self.purchase_date, self.seller, self.invoice_no,
                self.warranty_months]

    def months(self) -> int | None:
        """The warranty months typed; None while unknown."""
        value = self.warranty_months.value()
        return None if value == UNKNOWN_MONTHS else value

    def load_products(self, products: list[ProductRecord], select_id: int | None = None) -> None:
        self.product.load(products, select_id)
        self._product_chosen()

    def clear(self, today: date) -> None:
        """Empty, for the next unit: no product, no purchase date (and none after `today`:
        a unit bought in the future is a typing slip, refused at once)."""
        for edit in (self.brand, self.model, self.seller, self.invoice_no):
            edit.setText("")  # unlike clear(), also forgets that the clerk edited it
        self.purchase_date.set_maximum(today)
        self.purchase_date.set_today(today)
        self.purchase_date.set_value(None)
        self.warranty_months.setValue(NEW_PRODUCT_WARRANTY_MONTHS)
        self.product.select(None)
        self._product_chosen()

    def _product_chosen(self) -> None:
        record = self.product.chosen()
        for row in self._new_product_rows:
            self._form.setRowVisible(row, self.product.typing_new())
        if record is not None:
            self.warranty_months.setValue(UNKNOWN_MONTHS if record.rule.months is None else record.rule.months)
        self.changed.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Register the unit"))
        self.warranty_months.setSpecialValueText(self.tr("unknown: type the months"))
        for text_label, text in zip(self.labels, (
                self.tr("Product:"), self.tr("Brand:"), self.tr("Model:"), self.tr("Purchase date:"),
                self.tr("Seller:"), self.tr("Invoice no.:"), self.tr("Warranty months:")), strict=True):
            text_label.setText(text)
