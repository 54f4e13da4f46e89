"""Replace… from the ticket window: a new unit for the faulty one (registered as the customer's,
with the warranty the clerk chooses), or a new part for a faulty one (both serials; a part
replaced under warranty goes on the returns list). The services decide; their refusals are
shown beside the field they name."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import LineKind
from app.domain.resolutions import ReplacementWarranty
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.resolutions import ResolutionRecord, UnitReplacementTerms, replace_part, replace_unit
from app.services.tickets import TicketRecord
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating

Call = Callable[[int], TicketRecord]
Submit = Callable[[Call, FieldErrors], bool]
"""Runs the service call with the ticket's version; True when it was saved. A refusal naming
a field of the dialog is shown there, and the dialog stays open."""


def _serial_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class ReplacementDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, record: TicketRecord, terms: UnitReplacementTerms | None,
                 resolution: ResolutionRecord, selected_line: int | None, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.record, self.terms, self.submit = desk, record, terms, submit
        self.errors = FieldErrors()
        replaced = {r.line_id for r in resolution.replacements if r.line_id is not None}
        self.part_lines = [line for line in record.lines
                           if line.kind == LineKind.PART.value and line.id not in replaced]
        self.tabs = QTabWidget(self)

        self.unit_page = QWidget(self.tabs)
        self.faulty_unit = QLabel(self.unit_page)
        self.faulty_unit.setWordWrap(True)
        self.new_serial = _serial_edit(self.unit_page)
        self.new_serial.setObjectName("replacement_unit_serial")
        self.warranty = QButtonGroup(self)
        self.inherit, self.by_product, self.no_warranty = (QRadioButton(self.unit_page) for _ in range(3))
        for choice, button in zip(ReplacementWarranty, (self.inherit, self.by_product, self.no_warranty),
                                  strict=True):
            button.setObjectName(f"warranty_{choice.value}")
            self.warranty.addButton(button)
            button.setProperty("choice", choice.value)
        self.nothing_left = QLabel(self.unit_page)
        self.nothing_left.setWordWrap(True)
        self.new_serial_label, self.warranty_label = QLabel(self.unit_page), QLabel(self.unit_page)
        self.new_serial_label.setBuddy(self.new_serial)
        unit_form = QFormLayout(self.unit_page)
        unit_form.addRow(self.faulty_unit)
        unit_form.addRow(self.new_serial_label, self.errors.beside("replacement_serial", self.new_serial, self))
        unit_form.addRow(self.warranty_label, self.errors.label_for("warranty", self.unit_page))
        for button in (self.inherit, self.nothing_left, self.by_product, self.no_warranty):
            unit_form.addRow(button)

        self.part_page = QWidget(self.tabs)
        self.line = QComboBox(self.part_page)
        self.line.setObjectName("replaced_line")
        self.line.addItem("", None)
        for line in self.part_lines:
            self.line.addItem(line.description, line.id)
        if selected_line is not None and self.line.findData(selected_line) > 0:
            self.line.setCurrentIndex(self.line.findData(selected_line))
        self.faulty_part = _serial_edit(self.part_page)
        self.faulty_part.setObjectName("faulty_part_serial")
        self.new_part = _serial_edit(self.part_page)
        self.new_part.setObjectName("replacement_part_serial")
        self.part_labels = [QLabel(self.part_page) for _ in range(3)]
        part_form = QFormLayout(self.part_page)
        for caption, field, widget in zip(self.part_labels, ("line", "faulty_serial", "part_serial"),
                                          (self.line, self.faulty_part, self.new_part), strict=True):
            caption.setBuddy(widget)
            part_form.addRow(caption, self.errors.beside(field, widget, self))
        self.returns_note = QLabel(self.part_page)
        self.returns_note.setWordWrap(True)
        part_form.addRow(self.returns_note)

        self.tabs.addTab(self.unit_page, "")
        self.tabs.addTab(self.part_page, "")
        self.tabs.setTabEnabled(0, terms is not None)
        self.tabs.setTabEnabled(1, bool(self.part_lines))
        # The part tab first when the clerk had a part line selected, or no unit can be replaced.
        part_first = bool(self.part_lines) and (terms is None or selected_line is not None)
        self.tabs.setCurrentIndex(1 if part_first else 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, 0)

    def retranslate(self) -> None:
        locale, terms = self.desk.locale, self.terms
        self.setWindowTitle(self.tr("Replace for ticket {number}").format(number=locale.ident(self.record.number)))
        self.tabs.setTabText(0, self.tr("Unit"))
        self.tabs.setTabText(1, self.tr("Part"))
        self.ok.setText(self.tr("Replace"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.new_serial_label.setText(self.tr("Serial of the new unit:"))
        self.warranty_label.setText(self.tr("Its warranty:"))
        self.no_warranty.setText(self.tr("No warranty"))
        if terms is not None:
            self.faulty_unit.setText(self.tr("Faulty unit: {product} — {serial}. It is kept, marked replaced; the "
                                             "new unit is registered to the customer.").format(
                product=terms.product, serial=isolate_ltr(terms.faulty_serial)))
            left = terms.remaining
            self.inherit.setText(self.tr("What is left of the faulty unit's warranty: until {date}").format(
                date=locale.date(left.end)) if left.inheritable else self.tr("What is left of the faulty unit's "
                                                                             "warranty"))
            self.inherit.setEnabled(left.inheritable)
            self.nothing_left.setVisible(not left.inheritable)
            self.nothing_left.setText(self.tr("Nothing to inherit: {why}.").format(
                why=left.left.describe(QCoreApplication.translate, locale.date)))
            self.by_product.setText(self.tr("Its own, by the product's rule: %n months, until {date}", "",
                                            terms.product_months)
                                    .replace(str(terms.product_months), locale.digits(terms.product_months))
                                    .format(date=locale.date(terms.product_end)))
            self.by_product.setVisible(terms.product_months > 0)
        self.part_labels[0].setText(self.tr("Part &fitted:"))
        self.part_labels[1].setText(self.tr("Serial of the &faulty part:"))
        self.part_labels[2].setText(self.tr("Serial of the &new part:"))
        self.line.setItemText(0, self.tr("Choose…"))
        self.returns_note.setText(self.tr("A faulty part replaced under warranty goes on the list of returns "
                                          "to the manufacturer."))

    def accept(self) -> None:
        self.errors.clear()
        ticket_id, desk = self.record.id, self.desk
        if self.tabs.currentWidget() is self.unit_page:
            button = self.warranty.checkedButton()
            if button is None:
                self.errors.show(ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the new unit's warranty."),
                                                 field="warranty"))
                return
            serial, choice = self.new_serial.text(), ReplacementWarranty(button.property("choice"))
            call: Call = lambda version: replace_unit(desk, ticket_id, version, serial, choice)  # noqa: E731
        else:
            line_id = self.line.currentData()
            if line_id is None:
                self.errors.show(ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the part that was fitted."),
                                                 field="line"))
                return
            faulty, new = self.faulty_part.text(), self.new_part.text()
            call = lambda version: replace_part(desk, ticket_id, version, line_id, faulty, new)  # noqa: E731
        if self.submit(call, self.errors):
            super().accept()
