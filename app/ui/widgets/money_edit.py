"""An amount input that reads what clerks type: any digits, separators and units."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import ValidationError
from app.locale.display import Locale
from app.locale.money import parse_money


class MoneyEdit(QLineEdit):
    """Once the clerk leaves it, what was typed ('2500000', '250 هزار تومان') reads as the
    amount it was taken for, in the user's digits and money; what is not money stays as typed
    for its message on saving."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Absolute: an amount that starts with an Arabic-script unit would otherwise flip left.
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.editingFinished.connect(self._show_as_money)

    def amount(self) -> Decimal | None:
        """None when empty; raises InvalidMoney (a ValidationError) on what is not money."""
        if not self.text().strip():
            return None
        return parse_money(self.text(), self.locale.currency, self.locale.money_unit).amount

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else self.locale.money(amount))

    def _show_as_money(self) -> None:
        try:
            amount = self.amount()
        except ValidationError:
            return
        shown = "" if amount is None else self.locale.money(amount)
        if shown != self.text():
            typed = self.isModified()  # setText forgets that the clerk typed it
            self.setText(shown)
            self.setModified(typed)
