"""A manager's table of warranty rules per product category: the months a unit of a product
that sets none of its own gets, and how many jobs its warranty pays for."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.products import (
    MAX_CLAIMS,
    MAX_WARRANTY_MONTHS,
    CategoryRuleRecord,
    delete_category_rule,
    list_category_rules,
    save_category_rule,
)
from app.ui.messages import FieldErrors, ask_reload, ask_yes_no, show_error
from app.ui.models.record_table import ALIGN_NUMBER, RecordColumn, RecordTableModel
from app.ui.retranslating import Retranslating
from app.ui.widgets.number_spin import NumberSpin

NOT_SET = -1


class CategoryRulesDialog(Retranslating, QDialog):
    """The rules above, the one being added or edited below; Ctrl+S saves, Delete removes
    the chosen rule (after asking), Esc closes."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.editing: CategoryRuleRecord | None = None
        locale = desk.locale
        columns: list[RecordColumn[CategoryRuleRecord]] = [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: r.category),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Warranty (months)"),
                         lambda r: "—" if r.warranty_months is None else locale.digits(r.warranty_months),
                         key=lambda r: r.warranty_months or 0, align=ALIGN_NUMBER),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Claim limit"),
                         lambda r: "—" if r.claim_limit is None else locale.digits(r.claim_limit),
                         key=lambda r: r.claim_limit or 0, align=ALIGN_NUMBER),
        ]
        self.model: RecordTableModel[CategoryRuleRecord] = RecordTableModel(columns, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)

        self.errors = FieldErrors()
        self.category = QLineEdit(self)
        self.category.setMaxLength(100)
        self.months = NumberSpin(locale, self)
        self.months.setRange(NOT_SET, MAX_WARRANTY_MONTHS)
        self.claims = NumberSpin(locale, self)
        self.claims.setRange(0, MAX_CLAIMS)
        form = QFormLayout()
        self.labels: list[QLabel] = []
        for field, widget in self._fields().items():
            caption = QLabel(self)
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self))
            self.labels.append(caption)

        self.new_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.save_button, self.close_button = QPushButton(self), QPushButton(self)
        for button in (self.new_button, self.delete_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.category.returnPressed.connect(self.save)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()
        self.new_rule()
        self.resize(560, 460)

    def _fields(self) -> dict[str, QWidget]:
        return {"category": self.category, "warranty_months": self.months, "claim_limit": self.claims}

    def reload(self) -> None:
        self.model.set_rows(list_category_rules(self.desk))

    def new_rule(self) -> None:
        self.editing = None
        self.errors.clear()
        self.view.clearSelection()
        self.category.clear()
        self.months.setValue(NOT_SET)
        self.claims.setValue(0)
        self.delete_button.setEnabled(False)
        self.category.setFocus()

    def load(self, rule: CategoryRuleRecord) -> None:
        self.editing = rule
        self.errors.clear()
        self.category.setText(rule.category)
        self.months.setValue(NOT_SET if rule.warranty_months is None else rule.warranty_months)
        self.claims.setValue(rule.claim_limit or 0)
        self.delete_button.setEnabled(True)
        self.months.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        rule = index.data(RecordTableModel.RowRole)
        if rule is not None:
            self.load(rule)

    def save(self) -> bool:
        self.errors.clear()
        self.months.interpretText()
        self.claims.interpretText()
        months = self.months.value()
        editing = self.editing
        try:
            saved = save_category_rule(self.desk, self.category.text(), None if months == NOT_SET else months,
                                       self.claims.value() or None, editing.id if editing else None,
                                       editing.version if editing else None)
        except Conflict as error:
            if ask_reload(self, error):
                self.reload()
                self.new_rule()
            return False
        except ValidationError as error:
            self.errors.report(self, error, self._fields())
            return False
        except KhedmatError as error:
            show_error(self, error)
            return False
        self.reload()
        self.load(saved)
        return True

    def delete(self) -> None:
        rule = self.editing
        if rule is None or not ask_yes_no(self, self.tr("Delete the rule of {category}? Units registered "
                                                        "already keep their warranty.").format(category=rule.category)):
            return
        try:
            delete_category_rule(self.desk, rule.id, rule.version)
        except KhedmatError as error:
            show_error(self, error)
        self.reload()
        self.new_rule()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Warranty rules by category"))
        for caption, text in zip(self.labels, (self.tr("&Category:"), self.tr("&Warranty (months):"),
                                              self.tr("C&laim limit:")), strict=True):
            caption.setText(text)
        self.months.setSpecialValueText(self.tr("Not set"))
        self.claims.setSpecialValueText(self.tr("No limit"))
        self.new_button.setText(self.tr("&New"))
        self.delete_button.setText(self.tr("&Delete"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
