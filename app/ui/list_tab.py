"""One tab of the main window: a filter box over a lazily loaded table."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating

FILTER_DELAY_MS = 250


class ListTab(Retranslating, QWidget):
    """Typing in the filter box re-queries after a short pause, so each keystroke stays light."""

    count_changed = Signal()

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.total = 0
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._timer.start)
        self.retranslate()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.filter.text())
        self.view.resizeColumnsToContents()
        self.total = self.model.total()
        self.empty.setVisible(self.total == 0)
        self.count_changed.emit()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by number, name, mobile or serial…"))
        self.empty.setText(self.tr("Nothing matches the filter."))
