"""One tab of the main window: a filter box and the list's own filters over a lazy table."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.filter_bars import FilterBar
from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating

FILTER_DELAY_MS = 250


SIZED_BY_ROWS = 50
"""Columns are sized to the text of this many rows from the top: measuring every row of a page
(200 rows, a dozen columns) held the window's start up."""


class ListTab(Retranslating, QWidget):
    """Typing re-queries after a short pause, so each keystroke stays light.

    `activated` carries the row object of a double-clicked (or Enter-ed) row.
    """

    count_changed = Signal()
    activated = Signal(object)

    def __init__(self, model: PagedTableModel, bar: FilterBar | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.bar = model, bar
        self.total = 0
        self.fit_columns = True
        """Size the columns to their contents when first filled (unless a saved layout was restored)."""
        self._elastic: int | None = None
        """The column that takes the width the others leave (the widest: a fault, a name), never
        an empty last one."""
        self._natural = 0
        """The elastic column's own width, what it shrinks back to when the window narrows."""
        self._filling = False
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        # One height for every row: Qt then never measures rows as 100,000 of them arrive.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setResizeContentsPrecision(SIZED_BY_ROWS)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized_by_hand)
        self.view.viewport().installEventFilter(self)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.top = QHBoxLayout()
        self.top.addWidget(self.filter, 2)
        if bar is not None:
            self.top.addWidget(bar, 3)
            bar.changed.connect(self.apply_filter)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._timer.start)
        self.filter.installEventFilter(self)
        self.view.activated.connect(lambda index: self.activated.emit(index.data(PagedTableModel.RowRole)))
        self.retranslate()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.filter.text(), self.bar.filters() if self.bar else None)
        if self.fit_columns:  # to the headings while empty, to the rows once there are some
            self.view.resizeColumnsToContents()
            self.fit_columns = not self.model.rowCount()
            self.keep_width_filled()
        self.total = self.model.total()
        self.empty.setVisible(self.total == 0)
        self.count_changed.emit()

    def keep_width_filled(self) -> None:
        """From now on the widest column takes what width the others leave, as the window grows
        and shrinks, and no narrower than it is now."""
        header = self.view.horizontalHeader()
        if header.count():
            self._elastic = max(range(header.count()), key=header.sectionSize)
            self._natural = header.sectionSize(self._elastic)
            self._fill_width()

    def _fill_width(self) -> None:
        at = self._elastic
        if at is None:
            return
        header = self.view.horizontalHeader()
        others = header.length() - header.sectionSize(at)
        wanted = max(self._natural, self.view.viewport().width() - others)
        if wanted != header.sectionSize(at):
            self._filling = True
            try:
                header.resizeSection(at, wanted)
            finally:
                self._filling = False

    def _resized_by_hand(self, index: int, _old: int, new: int) -> None:
        if self._filling or self._elastic is None:
            return
        if index == self._elastic:
            self._natural = new
        else:
            self._fill_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            return self._filter_key(event)  # type: ignore[arg-type]
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fill_width()
        return super().eventFilter(watched, event)

    def _filter_key(self, event: QKeyEvent) -> bool:
        """Down goes from the filter box to the rows; Enter opens the only row found, or goes
        to the rows when there are several."""
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if key != Qt.Key.Key_Down and not enter:
            return False
        if self._timer.isActive():
            self.apply_filter()
        if not self.model.rowCount():
            return enter
        first = self.model.index(0, 0)
        if enter and self.total == 1:
            self.activated.emit(first.data(PagedTableModel.RowRole))
            return True
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(first)
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def add_list_action(self, action: QAction, *more: QAction) -> QToolButton:
        """A button beside the filters and an entry in the rows' context menu for a window
        action on the whole list (export, print): one action, so text and shortcut agree.
        `more` are its kin (print preview beside print), in the button's drop-down menu and
        in the context menu."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if more:
            menu = QMenu(button)
            menu.addActions([action, *more])
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.top.addWidget(button)
        self.view.addActions([action, *more])
        return button

    def filter_words(self) -> list[str]:
        """What narrows the list, in words: the text it is filtered by and the list's own filters."""
        typed = self.model.filter_text.strip()
        words = [self.tr("Matching “{text}”").format(text=typed)] if typed else []
        return words + (self.bar.describe() if self.bar is not None else [])

    def current_row(self) -> object | None:
        index = self.view.currentIndex()
        return index.data(PagedTableModel.RowRole) if index.isValid() else None

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by number, name, mobile or serial…"))
        self.empty.setText(self.tr("Nothing matches the filter."))
