"""The products catalogue: find a brand and model, add one, correct its warranty and service."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.domain.warranty_rules import RuleSource
from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.display import Locale
from app.services.desk import Desk
from app.services.products import (
    MAX_CLAIMS,
    MAX_INTERVAL_MONTHS,
    MAX_WARRANTY_MONTHS,
    CatalogueProduct,
    ProductInput,
    add_product,
    find_products,
    update_product,
)
from app.ui.admin.category_rules_dialog import CategoryRulesDialog
from app.ui.messages import FieldErrors, ask_reload, confirm_discard, show_error
from app.ui.models.record_table import ALIGN_NUMBER, RecordColumn, RecordTableModel
from app.ui.retranslating import Retranslating
from app.ui.widgets.number_spin import NumberSpin

FILTER_DELAY_MS = 250
NOT_SET = -1


def _months(locale: Locale, months: int | None) -> str:
    if not months:
        return "—"
    # Qt writes %n in ASCII digits; the text around it holds none, so all of it can be converted.
    return locale.digits(QCoreApplication.translate("ProductsDialog", "%n month(s)", "", months))


def _rule_months(locale: Locale, p: CatalogueProduct) -> str:
    """The warranty a new unit gets, and whether its category gave it."""
    if p.rule.months is None:
        return QCoreApplication.translate("ProductsDialog", "Unknown")
    text = _months(locale, p.rule.months)
    if p.rule.source == RuleSource.CATEGORY:
        return QCoreApplication.translate("ProductsDialog", "{months} (category rule)").format(months=text)
    return text


def product_columns(locale: Locale) -> list[RecordColumn[CatalogueProduct]]:
    return [
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Brand"), lambda p: p.brand),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Model"), lambda p: p.model),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Category"), lambda p: p.category),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Warranty"), lambda p: _rule_months(locale, p),
                     key=lambda p: -1 if p.rule.months is None else p.rule.months, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Claim limit"),
                     lambda p: "—" if p.rule.claim_limit is None else locale.digits(p.rule.claim_limit),
                     key=lambda p: p.rule.claim_limit or 0, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Periodic service"),
                     lambda p: _months(locale, p.maintenance_interval_months),
                     key=lambda p: p.maintenance_interval_months or 0, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Units"), lambda p: locale.digits(p.units),
                     key=lambda p: p.units, align=ALIGN_NUMBER),
    ]


class ProductsDialog(Retranslating, QDialog):
    """The catalogue above, the form of the product being added or edited below it.

    Double-click or Enter on a row puts the product in the form; Ctrl+S saves; Esc closes.
    `last_saved` is the product saved last (a unit window offers it after adding one).
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.editing: CatalogueProduct | None = None
        self.last_saved: CatalogueProduct | None = None
        locale = desk.locale

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.model: RecordTableModel[CatalogueProduct] = RecordTableModel(product_columns(locale), parent=self)
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
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the model
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._activated)

        self.form_box = QGroupBox(self)
        self.errors = FieldErrors()
        self.brand = QLineEdit(self.form_box)
        self.model_edit = QLineEdit(self.form_box)
        for edit in (self.brand, self.model_edit):
            edit.setMaxLength(100)
        self.category = QLineEdit(self.form_box)
        self.category.setMaxLength(100)
        self.warranty = NumberSpin(locale, self.form_box)
        # -1: the product sets no warranty (its category's rule, else the clerk types one); 0: none.
        self.warranty.setRange(NOT_SET, MAX_WARRANTY_MONTHS)
        self.claims = NumberSpin(locale, self.form_box)
        self.claims.setRange(0, MAX_CLAIMS)  # 0: no limit of its own
        self.interval = NumberSpin(locale, self.form_box)
        # 0 is "none": a product without periodic service; 1..60 months otherwise.
        self.interval.setRange(0, MAX_INTERVAL_MONTHS)
        for spin in (self.warranty, self.claims, self.interval):
            spin.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            spin.setMinimumWidth(160)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: list[QLabel] = []
        for field, widget in self._field_widgets().items():
            label = QLabel(self.form_box)
            label.setBuddy(widget)
            self.field_labels.append(label)
            self.form.addRow(label, self.errors.beside(field, widget, self.form_box))
        for edit in (self.brand, self.model_edit, self.category):
            edit.returnPressed.connect(self.save)

        self.new_button = QPushButton(self)
        self.rules_button = QPushButton(self)
        self.rules_button.setVisible(desk.may(Action.WARRANTY_RULES))
        self.rules_button.clicked.connect(self.edit_category_rules)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.new_button, self.rules_button, self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter on the list opens the row, it never presses a button
        self.new_button.clicked.connect(self.new_product)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rules_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)

        chain = [self.filter, self.view, self.brand, self.model_edit, self.category, self.warranty, self.claims,
                 self.interval, self.save_button, self.new_button, self.rules_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)

        self.retranslate()
        self.reload()
        self.new_product()
        self.resize(860, 640)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"brand": self.brand, "model": self.model_edit, "category": self.category,
                "default_warranty_months": self.warranty, "warranty_claim_limit": self.claims,
                "maintenance_interval_months": self.interval}

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the catalogue again, filtered by what is typed."""
        self._timer.stop()
        self.model.set_rows(find_products(self.desk, self.filter.text()))
        if self.editing is not None:
            self._select(self.editing.id)

    def row_of(self, product_id: int) -> int | None:
        """The view row (after sorting) showing the product, if it is shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RecordTableModel.RowRole).id == product_id:
                return row
        return None

    def _select(self, product_id: int) -> None:
        row = self.row_of(product_id)
        if row is not None:
            self.view.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        product = index.data(RecordTableModel.RowRole)
        if product is not None:
            self.load(product)

    # -- the form ---------------------------------------------------------------------------

    def new_product(self) -> None:
        self.editing = None
        self.errors.clear()
        self.view.clearSelection()
        for edit in (self.brand, self.model_edit, self.category):
            edit.clear()
        # No warranty made up: its category's rule gives one, or the manager types it.
        self.warranty.setValue(NOT_SET)
        self.claims.setValue(0)
        self.interval.setValue(0)
        self._show_title()
        self._loaded = self._form()
        self.brand.setFocus()

    def load(self, product: CatalogueProduct) -> None:
        """Put a product in the form to edit it."""
        self.editing = product
        self.errors.clear()
        self.brand.setText(product.brand)
        self.model_edit.setText(product.model)
        self.category.setText(product.category)
        months = product.default_warranty_months
        self.warranty.setValue(NOT_SET if months is None else months)
        self.claims.setValue(product.warranty_claim_limit or 0)
        self.interval.setValue(product.maintenance_interval_months or 0)
        self._show_title()
        self._loaded = self._form()
        self._select(product.id)
        self.model_edit.setFocus()

    def _form(self) -> tuple[str, ...]:
        """What the form shows, as typed."""
        return (self.brand.text(), self.model_edit.text(), self.category.text(), self.warranty.text(),
                self.claims.text(), self.interval.text())

    def reject(self) -> None:
        if self._form() != self._loaded and not confirm_discard(
                self, self.tr("Close without saving? Your changes to this product will be lost.")):
            return
        super().reject()

    def _show_title(self) -> None:
        if self.editing is None:
            self.form_box.setTitle(self.tr("New product"))
        else:
            self.form_box.setTitle(self.tr("Edit {product}").format(product=self.editing.title))

    def _input(self) -> ProductInput:
        self.warranty.interpretText()
        self.claims.interpretText()
        self.interval.interpretText()
        months = self.warranty.value()
        return ProductInput(brand=self.brand.text(), model=self.model_edit.text(), category=self.category.text(),
                            default_warranty_months=None if months == NOT_SET else months,
                            maintenance_interval_months=self.interval.value() or None,
                            warranty_claim_limit=self.claims.value() or None)

    def save(self) -> bool:
        """Add the new product or save the edited one; False when it could not be saved."""
        self.errors.clear()
        try:
            data = self._input()
            if self.editing is None:
                saved = add_product(self.desk, data)
            else:
                saved = update_product(self.desk, self.editing.id, self.editing.updated_at, data)
        except Conflict as error:
            if ask_reload(self, error):
                self._reload_editing()
            return False
        except ValidationError as error:
            self.errors.report(self, error, self._field_widgets())
            return False
        except KhedmatError as error:
            show_error(self, error)
            return False
        self.editing = self.last_saved = saved
        self.reload()
        self.load(saved)
        return True

    def edit_category_rules(self) -> CategoryRulesDialog:
        dialog = CategoryRulesDialog(self.desk, self)
        dialog.finished.connect(self.reload)
        dialog.open()
        return dialog

    def _reload_editing(self) -> None:
        """Show the product as it is saved now, dropping what was typed."""
        current = self.editing
        self.reload()
        fresh = next((p for p in find_products(self.desk) if current is not None and p.id == current.id), None)
        if fresh is None:
            self.new_product()
        else:
            self.load(fresh)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Products"))
        self.filter.setPlaceholderText(self.tr("Filter by brand, model or category…"))
        labels = (self.tr("Brand"), self.tr("Model"), self.tr("Category"), self.tr("Warranty (months)"),
                  self.tr("Warranty claim limit"), self.tr("Periodic service (months)"))
        for label, text in zip(self.field_labels, labels, strict=True):
            label.setText(text)
        self.warranty.setSpecialValueText(self.tr("Not set: the category's rule"))
        self.claims.setSpecialValueText(self.tr("No limit of its own"))
        self.rules_button.setText(self.tr("Category &rules…"))
        self.interval.setSpecialValueText(self.tr("No periodic service"))
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_title()
