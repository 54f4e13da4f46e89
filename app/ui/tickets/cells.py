"""Small widgets the ticket screens share: buttons, read-only cells and tables."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

RED, GREEN, GREY = "#b00020", "#1b5e20", "#555555"


def push_button(parent: QWidget) -> QPushButton:
    """A push button that Enter in a line edit of the dialog never presses by accident."""
    button = QPushButton(parent)
    button.setAutoDefault(False)
    return button


def cell(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def table_widget(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def select_row(table: QTableWidget, row: int) -> None:
    """Select a whole row (QTableView.selectRow selects nothing in a right-to-left view that
    has not been laid out yet)."""
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def quantity_text(q: Decimal) -> str:
    return str(q.quantize(Decimal(1))) if q == q.to_integral_value() else format(q.normalize(), "f")
