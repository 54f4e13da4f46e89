"""The import wizard's preview of one sheet: its first rows as Excel shows them, the header
row to choose, and above each column the field it holds, to change."""
from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.importing import SheetPlan
from app.importing.headers import Field
from app.importing.read import cell_text, column_letter
from app.locale.display import Locale

FIELD_LABELS: dict[Field, str] = {
    Field.NAME: QT_TRANSLATE_NOOP("ImportWizard", "Customer name"),
    Field.MOBILE: QT_TRANSLATE_NOOP("ImportWizard", "Mobile"),
    Field.PHONE: QT_TRANSLATE_NOOP("ImportWizard", "Phone (landline)"),
    Field.EMAIL: QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    Field.CITY: QT_TRANSLATE_NOOP("ImportWizard", "City"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    Field.NATIONAL_ID: QT_TRANSLATE_NOOP("ImportWizard", "National ID"),
    Field.COMPANY: QT_TRANSLATE_NOOP("ImportWizard", "Company"),
    Field.VIP: QT_TRANSLATE_NOOP("ImportWizard", "VIP customer"),
    Field.SERIAL: QT_TRANSLATE_NOOP("ImportWizard", "Serial"),
    Field.PRODUCT: QT_TRANSLATE_NOOP("ImportWizard", "Product / model"),
    Field.BRAND: QT_TRANSLATE_NOOP("ImportWizard", "Brand"),
    Field.CATEGORY: QT_TRANSLATE_NOOP("ImportWizard", "Category"),
    Field.PURCHASE_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Purchase date"),
    Field.WARRANTY_MONTHS: QT_TRANSLATE_NOOP("ImportWizard", "Warranty (months)"),
    Field.WARRANTY_END: QT_TRANSLATE_NOOP("ImportWizard", "Warranty ends"),
    Field.VOIDED_ON: QT_TRANSLATE_NOOP("ImportWizard", "Warranty void since"),
    Field.VOID_REASON: QT_TRANSLATE_NOOP("ImportWizard", "Why the warranty is void"),
    Field.SELLER: QT_TRANSLATE_NOOP("ImportWizard", "Seller"),
    Field.INVOICE_NO: QT_TRANSLATE_NOOP("ImportWizard", "Invoice number"),
    Field.COVERAGE: QT_TRANSLATE_NOOP("ImportWizard", "Coverage (worked out, not stored)"),
    Field.TICKET_NO: QT_TRANSLATE_NOOP("ImportWizard", "Ticket number"),
    Field.RECEIVED_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Date received"),
    Field.DELIVERED_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Date delivered"),
    Field.TECHNICIAN: QT_TRANSLATE_NOOP("ImportWizard", "Technician"),
    Field.FAULT: QT_TRANSLATE_NOOP("ImportWizard", "Fault"),
    Field.ACCESSORIES: QT_TRANSLATE_NOOP("ImportWizard", "Accessories"),
    Field.CONDITION: QT_TRANSLATE_NOOP("ImportWizard", "Condition"),
    Field.STATUS: QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    Field.KIND: QT_TRANSLATE_NOOP("ImportWizard", "Kind of job"),
    Field.PRIORITY: QT_TRANSLATE_NOOP("ImportWizard", "Priority"),
    Field.AMOUNT: QT_TRANSLATE_NOOP("ImportWizard", "Amount charged"),
    Field.PAID: QT_TRANSLATE_NOOP("ImportWizard", "Amount received"),
    Field.CURRENCY: QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
}
HEADER_BACKGROUND = "#cfe0ff"
GREYED = "#8a8a8a"
ERROR_STYLE = "color: #b00020;"
COMBO_MARGIN = 2
"""Pixels between a column's field list and its section's edges."""
MAX_COLUMN_WIDTH = 240
Index = QModelIndex | QPersistentModelIndex


def preview_text(cell: Any) -> str:
    """A cell as the preview shows it: as read, but a date cell without its midnight time."""
    if isinstance(cell, datetime) and cell.time() == time(0):
        return cell.date().isoformat()
    return cell_text(cell)


# -- the preview of one sheet ------------------------------------------------------------------


class SheetPreviewModel(QAbstractTableModel):
    """The first rows of a sheet, numbered and lettered as Excel shows them: the header row
    highlighted, and greyed what the import does not read (rows above the header, columns
    without a field or a heading)."""

    def __init__(self, sheet: SheetPlan, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self.locale = sheet, locale
        self._texts = [[preview_text(cell) for cell in row] for row in sheet.head]
        self._columns = max((len(row) for row in sheet.head), default=0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns

    def read(self, column: int) -> bool:
        """Whether the import reads the column: it has a field, or a heading kept in the notes."""
        header = self.sheet.header
        return header is not None and (column in header.fields.values() or column in header.extra)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        header = self.sheet.header
        is_header = header is not None and row == header.row
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._texts[row]
            return cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and is_header:
            return QBrush(QColor(HEADER_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and is_header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (header is None or row < header.row or not self.read(column)):
            return QBrush(QColor(GREYED))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return self.locale.digits(section + 1)

    def refresh(self) -> None:
        """The header or the mapping changed: repaint the highlight and the greying."""
        if self._texts and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._texts) - 1, self._columns - 1))


class _FieldCombo(QComboBox):
    """Turns with the wheel only when focused: a wheel scrolling the table must not remap columns."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class FieldHeader(QHeaderView):
    """The preview's column header: a list choosing each column's field, above Excel's letter.

    The lists are children of the header's viewport, placed over their sections whenever a
    section moves, resizes or scrolls (the header mirrors them in a right-to-left layout)."""

    field_chosen = Signal(int, object)
    """(column, Field or None for 'keep in notes')."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self.combos: list[QComboBox] = []
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.setSectionsClickable(False)
        self.sectionResized.connect(self._place)
        self.sectionMoved.connect(self._place)
        self.geometriesChanged.connect(self._place)
        view.horizontalScrollBar().valueChanged.connect(self._place)

    def set_columns(self, count: int) -> None:
        """One list per column of the sheet's preview (called once, when the model is set)."""
        for column in range(count):
            combo = _FieldCombo(self.viewport())
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.setObjectName(f"field_{column_letter(column)}")
            combo.addItem("", None)
            for field in FIELD_LABELS:
                combo.addItem("", field.value)
            combo.currentIndexChanged.connect(lambda _=0, column=column: self._chosen(column))
            self.combos.append(combo)
        self.retranslate()
        self._place()

    def retranslate(self) -> None:
        for combo in self.combos:
            for at in range(1, combo.count()):
                combo.setItemText(at, QCoreApplication.translate("ImportWizard", FIELD_LABELS[Field(combo.itemData(at))]))

    def show_header(self, sheet: SheetPlan) -> None:
        """Each list set to its column's field, or to what happens to a column without one."""
        header = sheet.header
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            if header is not None and column in header.extra:
                combo.setItemText(0, QCoreApplication.translate("ImportWizard", "Keep in notes"))
            else:
                combo.setItemText(0, QCoreApplication.translate("ImportWizard", "Not imported"))
            field = next((f for f, at in (header.fields.items() if header else ()) if at == column), None)
            combo.setCurrentIndex(0 if field is None else combo.findData(field.value))
            combo.setEnabled(header is not None)
            combo.blockSignals(False)

    def _chosen(self, column: int) -> None:
        value = self.combos[column].currentData()
        self.field_chosen.emit(column, None if value is None else Field(value))

    def _place(self) -> None:
        for column, combo in enumerate(self.combos):
            if column >= self.count() or self.isSectionHidden(column):
                combo.hide()
                continue
            x = self.sectionViewportPosition(column)
            combo.setGeometry(x + COMBO_MARGIN, COMBO_MARGIN, self.sectionSize(column) - 2 * COMBO_MARGIN,
                              combo.sizeHint().height())
            combo.show()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the lists above the letters."""
        hint = super().sizeHint()
        if self.combos:
            hint.setHeight(hint.height() + self.combos[0].sizeHint().height() + 2 * COMBO_MARGIN)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place()


class SheetPage(QWidget):
    """One sheet of the preview: which row is its header, and what each column holds."""

    changed = Signal()

    def __init__(self, sheet: SheetPlan, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self.locale = sheet, locale
        self.header_label = QLabel(self)
        self.header_row = QComboBox(self)
        self.header_label.setBuddy(self.header_row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = SheetPreviewModel(sheet, locale, self)
        self.view = QTableView(self)
        self.fields = FieldHeader(self.view)
        self.view.setHorizontalHeader(self.fields)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fields.set_columns(self.model.columnCount())
        self._fit_columns()

        top = QHBoxLayout()
        top.addWidget(self.header_label)
        top.addWidget(self.header_row)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        QWidget.setTabOrder(self.header_row, self.combos[0] if self.combos else self.view)
        for first, second in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.combos:
            QWidget.setTabOrder(self.combos[-1], self.view)

        self.header_row.currentIndexChanged.connect(self._header_row_chosen)
        self.fields.field_chosen.connect(self.set_field)
        self.view.doubleClicked.connect(lambda index: self.select_header_row(index.row()))
        self.retranslate()

    @property
    def combos(self) -> list[QComboBox]:
        return self.fields.combos

    def _fit_columns(self) -> None:
        """Wide enough for the list above each column, without one long title taking the page."""
        self.view.resizeColumnsToContents()
        for column, combo in enumerate(self.combos):
            wanted = max(self.fields.sectionSize(column), combo.sizeHint().width() + 2 * COMBO_MARGIN)
            self.fields.resizeSection(column, min(wanted, MAX_COLUMN_WIDTH))

    def select_header_row(self, index: int | None) -> None:
        """Take row `index` (0-based) as the header, or leave the sheet out (None)."""
        self.sheet.set_header_row(index)
        self._show()
        self.changed.emit()

    def set_field(self, column: int, field: Field | None) -> None:
        self.sheet.set_field(column, field)
        self._show()
        self.changed.emit()

    def _header_row_chosen(self, at: int) -> None:
        self.select_header_row(self.header_row.itemData(at))

    def _show(self) -> None:
        header = self.sheet.header
        self.header_row.blockSignals(True)
        self.header_row.setCurrentIndex(self.header_row.findData(header.row) if header is not None else 0)
        self.header_row.blockSignals(False)
        self.fields.show_header(self.sheet)
        self.model.refresh()
        self.status.setText(self._status_text())
        who = header is not None and (Field.NAME in header.fields or Field.MOBILE in header.fields)
        self.status.setStyleSheet("" if header is None or who else ERROR_STYLE)

    def _status_text(self) -> str:
        header, digits = self.sheet.header, self.locale.digits
        translate = QCoreApplication.translate
        if not self.sheet.head:
            return translate("ImportWizard", "This sheet is empty.")
        if header is None:
            return translate("ImportWizard", "This sheet is not imported. To import it, choose the row "
                                             "that holds the column names.")
        text = translate("ImportWizard", "Header on row {row}; {rows} rows below it. {fields} columns "
                                         "chosen, {notes} kept in notes.").format(
            row=digits(header.row + 1), rows=digits(max(self.sheet.height - header.row - 1, 0)),
            fields=digits(len(header.fields)), notes=digits(len(header.extra)))
        if Field.NAME not in header.fields and Field.MOBILE not in header.fields:
            text += " " + translate("ImportWizard", "No column is the customer name or mobile: "
                                                    "every row would be rejected.")
        if self.sheet.hidden:
            text += " " + translate("ImportWizard", "The sheet is hidden in the workbook; it is imported like "
                                                    "the others unless you leave it out.")
        return text

    def retranslate(self) -> None:
        self.header_label.setText(QCoreApplication.translate("ImportWizard", "&Header row:"))
        self.header_row.blockSignals(True)
        self.header_row.clear()
        self.header_row.addItem(QCoreApplication.translate("ImportWizard", "Do not import this sheet"), None)
        for index in range(len(self.sheet.head)):
            self.header_row.addItem(QCoreApplication.translate("ImportWizard", "Row {row}").format(
                row=self.locale.digits(index + 1)), index)
        self.header_row.blockSignals(False)
        self.fields.retranslate()
        self._show()


