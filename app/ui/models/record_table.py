"""A small read-only table over a list of plain records, loaded whole (a catalogue, one
customer's units, tickets or history), with a raw sort key per cell."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class RecordColumn(Generic[R]):
    header: str
    """Untranslated; marked with QT_TRANSLATE_NOOP(context, ...) where the column is defined."""
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None
    """The raw value to sort by (a number sorts as a number); the shown text when None."""
    color: Callable[[R], str | None] | None = None
    """A text colour ('#rrggbb') for the cell, or None for the usual one."""
    bold: Callable[[R], bool] | None = None
    align: Qt.AlignmentFlag | None = None
    context: str = "Columns"


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are handed in whole; display strings and headers are made once per load (and per
    language), so painting never formats or translates."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[RecordColumn[R]], background: Callable[[R], str | None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.background = background
        self._rows: list[R] = []
        self._shown: list[tuple[str, ...]] = []
        self._headers = self._header_texts()

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = [self._texts(row) for row in self._rows]
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts that hold translated labels are made again in the new language."""
        self._headers = self._header_texts()
        self._shown = [self._texts(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _header_texts(self) -> list[str]:
        return [QCoreApplication.translate(column.context, column.header) for column in self.columns]

    def _texts(self, row: R) -> tuple[str, ...]:
        return tuple(column.text(row) for column in self.columns)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == self.SortRole:
            return column.key(row) if column.key is not None else self._shown[index.row()][index.column()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            color = self.background(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return super().headerData(section, orientation, role)


def record_view(parent: QWidget, model: RecordTableModel, stretch: int, sortable: bool = True) -> QTableView:
    """A read-only list over `model`; column `stretch` takes the room the others leave."""
    view = QTableView(parent)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(RecordTableModel.SortRole)
    view.setModel(proxy)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sortable:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as the service ordered
        view.setSortingEnabled(True)
    return view
