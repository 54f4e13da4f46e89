"""Tools → Returns to the manufacturer…: the faulty parts replaced under warranty and where
each claim for the manufacturer's credit stands. A manager moves a claim on (buttons, or the
table's context menu); anyone may read the list and export it to Excel."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import ClaimStatus, label
from app.domain.permissions import Action
from app.domain.resolutions import claim_moves
from app.errors import Conflict, KhedmatError
from app.services.desk import Desk
from app.services.returns import (
    RETURN_COLUMNS,
    RETURNS_CONTEXT,
    ReturnRecord,
    return_cells,
    returns_list,
    set_claim_status,
    write_returns_workbook,
)
from app.ui import messages
from app.ui.list_export import suggested_file_name
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import select_row, table_widget
from app.ui.translator import shown
from app.ui.ui_state import FilePurpose, remember_folder, start_folder

_DATE_COLUMNS = {5: "created_at", 7: "status_at"}
"""Columns holding dates: they sort by the date, not by its text in the reader's calendar."""


class _SortedItem(QTableWidgetItem):
    def __init__(self, text: str, key: Any) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortedItem):
            return self.key < other.key
        return super().__lt__(other)


class ReturnsDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.records: list[ReturnRecord] = []
        self.filter = QComboBox(self)
        self.filter.setObjectName("claim_filter")
        self.filter.addItem("", None)
        for status in ClaimStatus:
            self.filter.addItem("", status.value)
        self.filter.currentIndexChanged.connect(self.reload)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.table: QTableWidget = table_widget(self, len(RETURN_COLUMNS))
        self.table.setObjectName("returns")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)  # newest listed first
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.empty = QLabel(self)
        self.move_actions: dict[ClaimStatus, QAction] = {}
        self.move_buttons: dict[ClaimStatus, QPushButton] = {}
        may = desk.may(Action.RETURN_CLAIMS)
        moves = QHBoxLayout()
        for status in ClaimStatus:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.move_actions[status] = action
            button = QPushButton(self)
            button.setObjectName(f"claim_{status.value}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            button.setVisible(may)  # only a manager moves a claim on
            self.move_buttons[status] = button
            moves.addWidget(button)
        moves.addStretch(1)
        self.export_button = QPushButton(self)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        moves.addWidget(self.export_button)
        moves.addWidget(self.close_button)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.reload_action.triggered.connect(self.reload)
        self.addAction(self.reload_action)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(moves)
        self.retranslate()
        self.reload()
        self.resize(960, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Returns to the manufacturer"))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setItemText(0, self.tr("All claims"))
        for index in range(1, self.filter.count()):
            self.filter.setItemText(index, shown(label(ClaimStatus(self.filter.itemData(index)))))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate(RETURNS_CONTEXT, text)
                                              for text in RETURN_COLUMNS])
        self.empty.setText(self.tr("No faulty part is listed: parts replaced under warranty come here."))
        for status, action in self.move_actions.items():
            action.setText(self.tr("Mark “{status}”").format(status=shown(label(status))))
            self.move_buttons[status].setText(action.text())
        self.export_button.setText(self.tr("Export to Excel…"))
        self.close_button.setText(self.tr("Close"))
        self.reload_action.setText(self.tr("Reload"))
        self._show()

    def reload(self) -> None:
        status = self.filter.currentData()
        try:
            self.records = returns_list(self.desk, ClaimStatus(status) if status else None)
        except KhedmatError as error:
            messages.show_error(self, error)
            return
        self._show()

    def _show(self) -> None:
        selected = self.selected()
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(return_cells(record, self.desk.locale, QCoreApplication.translate)):
                key = getattr(record, _DATE_COLUMNS[column]) if column in _DATE_COLUMNS else text
                item = _SortedItem(text, key)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        self.empty.setVisible(not self.records)
        if selected is not None:
            self.select(selected.id)
        self._update_enabled()

    def select(self, return_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == return_id:
                select_row(self.table, row)
                return

    def selected(self) -> ReturnRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == return_id), None)

    def _update_enabled(self) -> None:
        record = self.selected()
        allowed = claim_moves(record.status) if record is not None else frozenset()
        may = self.desk.may(Action.RETURN_CLAIMS)
        for status, action in self.move_actions.items():
            action.setEnabled(may and status in allowed)
            self.move_buttons[status].setEnabled(action.isEnabled())
        self.export_button.setEnabled(bool(self.records))

    def _context_menu(self, position: Any) -> None:
        if not self.desk.may(Action.RETURN_CLAIMS) or self.selected() is None:
            return
        menu = QMenu(self)
        menu.addActions([a for a in self.move_actions.values() if a.isEnabled()])
        menu.exec(self.table.viewport().mapToGlobal(position))

    def set_status(self, status: ClaimStatus) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            set_claim_status(self.desk, record.id, record.version, status)
        except Conflict as error:
            if messages.ask_reload(self, error):
                self.reload()
            return
        except KhedmatError as error:
            messages.show_error(self, error)
            return
        self.reload()
        self.select(record.id)

    def export(self) -> Path | None:
        title = self.windowTitle()
        chosen = self.ask_path(start_folder(FilePurpose.EXPORT) / suggested_file_name(self.desk, title, ".xlsx"))
        if chosen is None:
            return None
        try:
            out = write_returns_workbook(self.desk, self.records, chosen, QCoreApplication.translate, title)
        except KhedmatError as error:
            messages.show_error(self, error)
            return None
        remember_folder(FilePurpose.EXPORT, out)
        messages.saved_box(self, self.tr("Export to Excel"), self.tr("Saved to {path}.").format(path=out), out)
        return out

    def ask_path(self, suggested: Path) -> Path | None:
        """The save dialog (tests replace this method)."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), str(suggested),
                                                self.tr("Excel workbook (*.xlsx)"))
        return Path(chosen) if chosen else None
