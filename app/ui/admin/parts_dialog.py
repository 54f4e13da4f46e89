"""The spare-parts catalogue: find a part, see what runs low, add or correct a part."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.display import Locale
from app.locale.money import InvalidMoney
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.parts import PartInput, PartRecord, create_part, list_parts, update_part
from app.services.stock import MAX_STOCK
from app.ui.admin.stock_dialogs import MovementsDialog, StockPrompt
from app.ui.messages import FieldErrors, ask_reload, confirm_discard, show_error
from app.ui.models.record_table import ALIGN_NUMBER, RecordColumn, RecordTableModel
from app.ui.retranslating import Retranslating
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.number_spin import NumberSpin

FILTER_DELAY_MS = 250
LOW_BACKGROUND = "#ffe9cc"
LOW_TEXT = "#a34700"




def part_columns(locale: Locale) -> list[RecordColumn[PartRecord]]:
    def low_text(p: PartRecord) -> str | None:
        return LOW_TEXT if p.low else None

    return [
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Code"), lambda p: isolate_ltr(p.code), key=lambda p: p.code),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Price"), lambda p: locale.money(p.price),
                     key=lambda p: float(p.price), align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Stock"), lambda p: locale.digits(p.stock),
                     key=lambda p: p.stock, color=low_text, bold=lambda p: p.low, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Reorder level"), lambda p: locale.digits(p.reorder_level),
                     key=lambda p: p.reorder_level, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Consumable"),
                     lambda p: QCoreApplication.translate("PartsDialog", "Consumable") if p.consumable else "",
                     key=lambda p: p.consumable),
    ]


class PartsDialog(Retranslating, QDialog):
    """The catalogue on one side, the form of the part being added or edited below it.

    Double-click or Enter on a row puts the part in the form; Ctrl+S saves; Esc closes.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.editing: PartRecord | None = None
        self.low_count = 0
        locale = desk.locale

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.low_label = QLabel(self)
        self.model: RecordTableModel[PartRecord] = RecordTableModel(
            part_columns(locale), background=lambda p: LOW_BACKGROUND if p.low else None, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RecordTableModel.SortRole)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._activated)

        self.form_box = QGroupBox(self)
        self.errors = FieldErrors()
        self.code = QLineEdit(self.form_box)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # codes are Latin
        # Kept on the form's side: a right-to-left form lines its inputs up on the right.
        toward_form = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.code.setAlignment(toward_form | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.code.setMaxLength(60)
        self.name = QLineEdit(self.form_box)
        self.name.setMaxLength(200)
        self.price = MoneyEdit(locale, self.form_box)
        self.stock = NumberSpin(locale, self.form_box)
        self.reorder_level = NumberSpin(locale, self.form_box)
        for spin in (self.stock, self.reorder_level):
            spin.setRange(0, MAX_STOCK)
            spin.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.consumable = QCheckBox(self.form_box)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: list[QLabel] = []
        for field, widget in (("code", self.code), ("name", self.name), ("price", self.price),
                              ("stock", self.stock), ("reorder_level", self.reorder_level)):
            label = QLabel(self.form_box)
            label.setBuddy(widget)
            self.field_labels.append(label)
            self.form.addRow(label, self.errors.beside(field, widget, self.form_box))
        self.form.addRow("", self.consumable)
        for edit in (self.code, self.name, self.price):
            edit.returnPressed.connect(self.save)

        # A saved part's stock moves by what came in and by counting the shelf (app.services.stock).
        self.receive_button = QPushButton(self.form_box)
        self.count_button = QPushButton(self.form_box)
        self.movements_button = QPushButton(self.form_box)
        stock_row = QHBoxLayout()
        for button in (self.receive_button, self.count_button, self.movements_button):
            stock_row.addWidget(button)
        stock_row.addStretch(1)
        self.form.addRow("", stock_row)
        self.receive_button.clicked.connect(lambda: self.change_stock(counting=False))
        self.count_button.clicked.connect(lambda: self.change_stock(counting=True))
        self.movements_button.clicked.connect(self.show_movements)

        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.new_button, self.save_button, self.close_button, self.receive_button,
                       self.count_button, self.movements_button):
            button.setAutoDefault(False)  # Enter on the list opens the row, it never presses a button
        self.new_button.clicked.connect(self.new_part)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.may_edit = desk.may(Action.EDIT_PARTS)
        """Prices and stock are a manager's: others read the catalogue."""
        for widget in (self.code, self.name, self.price):
            widget.setReadOnly(not self.may_edit)
        self.reorder_level.setReadOnly(not self.may_edit)
        self.consumable.setEnabled(self.may_edit)
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(self.may_edit)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.save_shortcut.setEnabled(self.may_edit)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.low_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)

        for first, second in ((self.filter, self.view), (self.view, self.code), (self.code, self.name),
                              (self.name, self.price), (self.price, self.stock),
                              (self.stock, self.reorder_level), (self.reorder_level, self.consumable),
                              (self.consumable, self.save_button),
                              (self.save_button, self.new_button), (self.new_button, self.close_button)):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)

        self.retranslate()
        self.reload()
        self.new_part()
        self.resize(820, 640)

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the catalogue again (filtered by what is typed) and recount the low parts."""
        self._timer.stop()
        text = self.filter.text()
        parts = list_parts(self.desk, text)
        self.model.set_rows(parts)
        everything = parts if not text.strip() else list_parts(self.desk)
        self.low_count = sum(1 for p in everything if p.low)
        self._show_low_count()
        if self.editing is not None:
            self._select(self.editing.id)

    def _show_low_count(self) -> None:
        count = self.low_count
        self.low_label.setText(self.tr("At or below the reorder level: {count}").format(
            count=self.desk.locale.digits(count)))
        self.low_label.setStyleSheet(f"color: {LOW_TEXT}; font-weight: bold;" if count else "")

    def row_of(self, part_id: int) -> int | None:
        """The view row (after sorting) showing the part, if it is shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RecordTableModel.RowRole).id == part_id:
                return row
        return None

    def _select(self, part_id: int) -> None:
        row = self.row_of(part_id)
        if row is not None:
            self.view.selectRow(row)

    def _activated(self, index) -> None:
        part = index.data(RecordTableModel.RowRole)
        if part is not None:
            self.load(part)

    # -- the form ---------------------------------------------------------------------------

    def new_part(self) -> None:
        self.editing = None
        self.errors.clear()
        self.view.clearSelection()
        for edit in (self.code, self.name, self.price):
            edit.clear()
        self.stock.setValue(0)
        self.stock.setEnabled(self.may_edit)  # the count a new part starts with
        self._show_stock_buttons()
        self.reorder_level.setValue(0)
        self.consumable.setChecked(False)
        self._show_title()
        self._loaded = self._form()
        self.code.setFocus()

    def load(self, part: PartRecord) -> None:
        """Put a part in the form to edit it."""
        self.editing = part
        self.errors.clear()
        self.code.setText(part.code)
        self.name.setText(part.name)
        self.price.set_amount(part.price)
        self.stock.setValue(part.stock)
        self.stock.setEnabled(False)  # a saved part's stock moves by receiving and counting
        self._show_stock_buttons()
        self.reorder_level.setValue(part.reorder_level)
        self.consumable.setChecked(part.consumable)
        self._show_title()
        self._loaded = self._form()
        self._select(part.id)
        self.name.setFocus()

    def _form(self) -> tuple[str, str, str, int, int, bool]:
        """What the form shows, as typed (a price may not read yet)."""
        return (self.code.text(), self.name.text(), self.price.text(), self.stock.value(),
                self.reorder_level.value(), self.consumable.isChecked())

    def reject(self) -> None:
        if self._form() != self._loaded and not confirm_discard(
                self, self.tr("Close without saving? Your changes to this part will be lost.")):
            return
        super().reject()

    def _show_title(self) -> None:
        if self.editing is None:
            self.form_box.setTitle(self.tr("New part"))
        else:
            self.form_box.setTitle(self.tr("Edit part {code}").format(code=isolate_ltr(self.editing.code)))

    def _input(self) -> PartInput:
        try:
            price = self.price.amount()
        except InvalidMoney as error:
            raise ValidationError(error.template, field="price", **error.params) from error
        if price is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount is empty"), field="price")
        self.stock.interpretText()
        self.reorder_level.interpretText()
        return PartInput(code=self.code.text(), name=self.name.text(), price=price,
                         stock=self.stock.value(), reorder_level=self.reorder_level.value(),
                         consumable=self.consumable.isChecked())

    def save(self) -> bool:
        """Add the new part or save the edited one; False when it could not be saved."""
        self.errors.clear()
        try:
            data = self._input()
            if self.editing is None:
                saved = create_part(self.desk, data)
            else:
                saved = update_part(self.desk, self.editing.id, self.editing.version, data)
        except Conflict as error:
            if self._ask_reload(error):
                self._reload_editing()
            return False
        except ValidationError as error:
            if not self.errors.show(error):
                show_error(self, error)
            self._focus_field(error.field)
            return False
        except KhedmatError as error:
            show_error(self, error)
            return False
        self.editing = saved
        self.reload()
        self.load(saved)
        return True

    def _show_stock_buttons(self) -> None:
        saved = self.editing is not None
        for button in (self.receive_button, self.count_button):
            button.setVisible(saved and self.may_edit)
        self.movements_button.setVisible(saved)

    def change_stock(self, counting: bool) -> StockPrompt | None:
        """Parts received, or the shelf counted again; the list and the form show the new stock."""
        if self.editing is None:
            return None
        prompt = StockPrompt(self.desk, self.editing, counting, self)
        prompt.accepted.connect(lambda: self._stock_changed(prompt.saved))
        prompt.open()
        return prompt

    def _stock_changed(self, saved: PartRecord | None) -> None:
        """The part as saved after its stock moved; what was typed in the other fields stays."""
        if saved is None:
            return
        self.reload()
        self.editing = saved
        self.stock.setValue(saved.stock)
        code, name, price, _stock, reorder_level, consumable = self._loaded
        self._loaded = (code, name, price, saved.stock, reorder_level, consumable)

    def show_movements(self) -> MovementsDialog | None:
        if self.editing is None:
            return None
        dialog = MovementsDialog(self.desk, self.editing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_reload(self, error: Conflict) -> bool:
        """Whether the clerk wants the version someone else saved (a message box asks)."""
        return ask_reload(self, error)

    def _reload_editing(self) -> None:
        """Show the part as it is saved now, dropping what was typed."""
        current = self.editing
        self.reload()
        fresh = next((p for p in list_parts(self.desk) if current is not None and p.id == current.id), None)
        if fresh is None:
            self.new_part()
        else:
            self.load(fresh)
            self._select(fresh.id)

    def _focus_field(self, field: str | None) -> None:
        widget = {"code": self.code, "name": self.name, "price": self.price, "stock": self.stock,
                  "reorder_level": self.reorder_level}.get(field or "")
        if widget is not None:
            widget.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spare parts"))
        self.filter.setPlaceholderText(self.tr("Filter by code or name…"))
        labels = (self.tr("Code"), self.tr("Name"), self.tr("Price"), self.tr("Stock"), self.tr("Reorder level"))
        for label, text in zip(self.field_labels, labels, strict=True):
            label.setText(text)
        self.consumable.setText(self.tr("Consumable (gas, filters…): charged even under warranty"))
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.close_button.setText(self.tr("Close"))
        self.receive_button.setText(self.tr("&Received…"))
        self.count_button.setText(self.tr("Co&unt again…"))
        self.movements_button.setText(self.tr("&Movements…"))
        if not self.may_edit:
            self.save_button.setToolTip(self.tr("Only a manager may change the catalogue's parts."))
        self.model.retranslate()
        self._show_low_count()
        self._show_title()
