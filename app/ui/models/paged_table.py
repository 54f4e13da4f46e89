"""A read-only table model that reads its rows a page at a time from a list service."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.desk import Desk
from app.services.list_columns import ListColumn, cell_text, header_text
from app.services.listing import ListKind, ListQuery

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows come from `source.page()` as the view scrolls; the filter runs in SQL.

    A row's display strings are made the first time the view asks for them and kept, so only
    the rows that are painted are formatted. With the list's default order, the next page is
    read after the last row (keyset) rather than at an offset.
    """

    RowRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, desk: Desk, source: ListKind[R], columns: Sequence[ListColumn[R]],
                 mark: Callable[[R], QColor | None] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk, self.source, self.columns, self.mark = desk, source, list(columns), mark
        self.filter_text = ""
        self.filters: dict[str, Any] = {}
        self.sort_key: str | None = None
        self.descending = False
        self._rows: list[R] = []
        self._shown: list[tuple[str, ...] | None] = []
        self._exhausted = False
        self.started = False
        """False until the first set_filter: a list nobody has opened reads nothing."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._shown[row]
            if shown is None:
                shown = self._shown[row] = tuple(cell_text(column, self._rows[row], self.desk.locale,
                                                           QCoreApplication.translate) for column in self.columns)
            return shown[index.column()]
        if role == self.RowRole:
            return self._rows[row]
        if role == Qt.ItemDataRole.BackgroundRole and self.mark is not None:
            return self.mark(self._rows[row])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_text(self.columns[section], QCoreApplication.translate)
        return super().headerData(section, orientation, role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.started and not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or not self.started:
            return
        keyset = self.sort_key is None and self.source.keyset is not None and bool(self._rows)
        page = self.source.page(self.desk, self.filter_text, 0 if keyset else len(self._rows), self.PAGE,
                                filters=self.filters, sort=self.sort_key, descending=self.descending,
                                after=self._rows[-1] if keyset else None)
        self._exhausted = len(page) < self.PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._shown.extend([None] * len(page))
        self.endInsertRows()

    def set_filter(self, text: str, filters: dict[str, Any] | None = None) -> None:
        """Show the rows matching `text` (and the list's own filters) from the first page again."""
        self.beginResetModel()
        self.filter_text = text
        if filters is not None:
            self.filters = {k: v for k, v in filters.items() if v is not None}
        self._rows, self._shown, self._exhausted, self.started = [], [], False, True
        self.endResetModel()
        self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database; columns without a sort key keep the list's order."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.started:
            self.set_filter(self.filter_text)

    def refresh(self) -> None:
        self.set_filter(self.filter_text)

    def query(self) -> ListQuery:
        """What the list now shows, for reading all of it at once (an export, a print-out)."""
        return ListQuery(self.filter_text, dict(self.filters), self.sort_key, self.descending)

    def total(self) -> int:
        """How many rows match the filter in all (a COUNT in SQL)."""
        return self.source.count(self.desk, self.filter_text, filters=self.filters)
