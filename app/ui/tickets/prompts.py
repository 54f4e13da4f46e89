"""The small dialogs the ticket window asks with: a text, a part from stock, a labour line."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.parts import PartRecord, list_parts
from app.services.tickets import LineRecord
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import RED, cell, select_row, table_widget
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.number_spin import NumberSpin


class TextPrompt(QDialog):
    """A short text asked for one action: a cancel reason, what was said on a call."""

    def __init__(self, title: str, prompt: str, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.text_edit = QLineEdit(self)
        self.text_edit.setMinimumWidth(380)
        self.prompt.setBuddy(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.text_edit.text().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text()) or not self.required)

    def accept(self) -> None:
        if self.required and not self.text():
            return
        super().accept()


class PartPicker(Retranslating, QDialog):
    """Pick a part from the catalogue (code, name, stock; low stock marked) and a quantity."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.parts: list[PartRecord] = []
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.table = table_widget(self, 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.quantity_label = QLabel(self)
        self.quantity = NumberSpin(desk.locale, self)
        self.quantity.setRange(1, 999)
        self.quantity_label.setBuddy(self.quantity)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.quantity_label)
        row.addWidget(self.quantity)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self.load)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(620, 420)
        self.retranslate()
        self.load()

    def load(self) -> None:
        locale = self.desk.locale
        self.parts = list_parts(self.desk, self.filter.text())
        self.table.setRowCount(len(self.parts))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, part in enumerate(self.parts):
            stock = cell(locale.digits(part.stock))
            cells = [cell(part.code, part.id), cell(part.name), stock, cell(locale.money(part.price))]
            if part.low:
                stock.setIcon(warning)
                tip = self.tr("Low stock: {stock} left, reorder at {level}").format(
                    stock=locale.digits(part.stock), level=locale.digits(part.reorder_level))
                for item in cells:
                    item.setForeground(QColor(RED))
                    item.setToolTip(tip)
                font = stock.font()
                font.setBold(True)
                stock.setFont(font)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        if len(self.parts) == 1:
            select_row(self.table, 0)
        self._update()

    def select(self, part_id: int) -> None:
        for row, part in enumerate(self.parts):
            if part.id == part_id:
                select_row(self.table, row)

    def choice(self) -> tuple[int, Decimal] | None:
        """The chosen part's id and the quantity, or None when no part is chosen."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.parts[rows[0].row()].id, Decimal(self.quantity.value())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a part"))
        self.filter.setPlaceholderText(self.tr("Filter by code or name…"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Stock"),
                                              self.tr("Price")])
        self.quantity_label.setText(self.tr("&Quantity:"))


class LabourPrompt(Retranslating, QDialog):
    """Labour to add: what was done and its price (typed in any digits, with any unit)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.description = QLineEdit(self)
        self.description.setMinimumWidth(360)
        self.price = MoneyEdit(desk.locale, self)
        self.description_label = QLabel(self)
        self.description_label.setBuddy(self.description)
        self.price_label = QLabel(self)
        self.price_label.setBuddy(self.price)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.description_label, self.description)
        form.addRow(self.price_label, self.price)
        form.addRow("", self.errors.label_for("unit_price", self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.price.textChanged.connect(self._update)
        self._update()
        self.retranslate()

    def amount(self) -> Decimal | None:
        """The price typed; raises InvalidMoney on what is not money."""
        return self.price.amount()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.price.text().strip()))

    def accept(self) -> None:
        self.errors.clear()
        try:
            if self.amount() is None:
                return
        except ValidationError as error:
            error.field = "unit_price"
            self.errors.show(error)
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add labour"))
        self.description_label.setText(self.tr("&Work done:"))
        self.price_label.setText(self.tr("&Price:"))


class LinePrompt(Retranslating, QDialog):
    """A line's quantity and price corrected. A part's price is the catalogue's: changing it
    is a manager's override and asks why."""

    def __init__(self, desk: Desk, line: LineRecord, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.errors = FieldErrors()
        self.quantity = NumberSpin(desk.locale, self)
        self.quantity.setRange(1, 999)
        self.quantity.setValue(int(line.quantity))
        self.price = MoneyEdit(desk.locale, self)
        self.price.setText(desk.locale.money(line.unit_price, currency))
        # A part's price is the catalogue's; only those who may override it can type another.
        self.price.setReadOnly(line.part_id is not None and not desk.may(Action.OVERRIDE_PRICE))
        self.reason = QLineEdit(self)
        self.quantity_label, self.price_label, self.reason_label = QLabel(self), QLabel(self), QLabel(self)
        for caption, widget in ((self.quantity_label, self.quantity), (self.price_label, self.price),
                                (self.reason_label, self.reason)):
            caption.setBuddy(widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.quantity_label, self.errors.beside("quantity", self.quantity, self))
        form.addRow(self.price_label, self.errors.beside("unit_price", self.price, self))
        form.addRow(self.reason_label, self.errors.beside("reason", self.reason, self))
        layout = QVBoxLayout(self)
        self.description = QLabel(line.description, self)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.price.textChanged.connect(self._update)
        self._update()
        self.retranslate()

    def _price_changed(self) -> bool:
        try:
            return self.price.amount() != self.line.unit_price
        except ValidationError:
            return True

    def _update(self) -> None:
        override = self.line.part_id is not None and self._price_changed()
        self.reason.setVisible(override)
        self.reason_label.setVisible(override)

    def values(self) -> tuple[Decimal, Decimal, str]:
        """Quantity, unit price and reason; raises InvalidMoney on a price that is not money."""
        price = self.price.amount()
        if price is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price of the labour."), field="unit_price")
        return Decimal(self.quantity.value()), price, self.reason.text() if self.reason.isVisible() else ""

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.values()
        except ValidationError as error:
            error.field = "unit_price"
            self.errors.show(error)
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a line"))
        self.quantity_label.setText(self.tr("&Quantity:"))
        self.price_label.setText(self.tr("Unit &price:"))
        self.reason_label.setText(self.tr("&Why the catalogue price changes:"))
