"""The complaints of every customer, by where they stand (open, answered, closed); a double
click or Enter opens one."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.kinds import ComplaintStatus, label
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.complaints import ComplaintSummary, list_complaints
from app.services.desk import Desk
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.today.complaint_dialog import ComplaintDialog
from app.ui.translator import person, shown

NOT_CLOSED = "not_closed"
"""The filter the list opens with: what still needs someone (open or answered)."""


class ComplaintsDialog(Retranslating, QDialog):
    changed = Signal()
    """A complaint opened from the list was saved."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.state = QComboBox(self)
        self.state_label = QLabel(self)
        self.state_label.setBuddy(self.state)
        self.model: RecordTableModel[ComplaintSummary] = RecordTableModel(self._columns(), parent=self)
        self.view = record_view(self, self.model, stretch=4)
        self.view.activated.connect(self._activated)
        self.count = QLabel(self)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.state.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(900, 520)
        self.view.setFocus()

    def _columns(self) -> list[RecordColumn[ComplaintSummary]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda c: locale.date(c.opened_at),
                         key=lambda c: c.opened_at.timestamp()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: shown(label(c.status))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda c: c.customer_name),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda c: isolate_ltr(locale.phone(c.customer_mobile))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Category"), lambda c: c.category),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"), lambda c: locale.ident(c.ticket_number or "")),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda c: person(c.owner_name)),
        ]

    def refresh(self) -> None:
        chosen = self.state.currentData()
        rows = list_complaints(self.desk, None if chosen in (None, NOT_CLOSED) else ComplaintStatus(chosen))
        if chosen == NOT_CLOSED:
            rows = [row for row in rows if row.status is not ComplaintStatus.CLOSED]
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count.setText(self.desk.locale.digits(self.tr("%n complaint(s)", "", len(rows))))

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None:
            self.open_complaint(row)

    def open_complaint(self, row: ComplaintSummary) -> ComplaintDialog:
        dialog = ComplaintDialog(self.desk, row.customer_id, row.id, parent=self)
        dialog.saved.connect(lambda _id: (self.refresh(), self.changed.emit()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaints"))
        self.state_label.setText(self.tr("Show"))
        current = self.state.currentData() if self.state.count() else NOT_CLOSED
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("Still to settle (open or answered)"), NOT_CLOSED)
        for status in ComplaintStatus:
            self.state.addItem(shown(label(status)), status.value)
        self.state.addItem(self.tr("All"), None)
        self.state.setCurrentIndex(max(self.state.findData(current), 0))
        self.state.blockSignals(False)
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        if self.model.rows:
            self.refresh()
