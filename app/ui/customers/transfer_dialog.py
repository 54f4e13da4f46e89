"""Give a unit to another owner: find the customer as a clerk types (name, mobile in any
digits, or a serial they own), say why, and transfer."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.customers import CustomerRecord, exact_mobile_match, find_customers
from app.services.desk import Desk
from app.services.unit_edit import transfer_unit
from app.services.units import AssetRecord
from app.ui.messages import FieldErrors, show_error
from app.ui.retranslating import Retranslating

SEARCH_DELAY_MS = 250


class TransferDialog(Retranslating, QDialog):
    """Accepted once the unit is transferred; `transferred` is then the unit as saved."""

    def __init__(self, desk: Desk, unit: AssetRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit = unit
        self.transferred: AssetRecord | None = None
        self.errors = FieldErrors()

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMinimumHeight(160)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.search_label, self.owner_label, self.reason_label = QLabel(self), QLabel(self), QLabel(self)
        self.search_label.setBuddy(self.search)
        self.owner_label.setBuddy(self.results)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.search_label, self.search)
        form.addRow(self.owner_label, self.errors.beside("owner", self.results, self))
        form.addRow(self.reason_label, self.errors.beside("reason", self.reason, self))

        self.buttons = QDialogButtonBox(self)
        self.transfer_button = QPushButton(self)
        self.transfer_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.transfer_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.find)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        for first, second in ((self.search, self.results), (self.results, self.reason),
                              (self.reason, self.transfer_button), (self.transfer_button, self.cancel_button)):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.search.setFocus()
        self.resize(520, 420)

    def find(self) -> None:
        """List the customers matching what is typed; an exact mobile is chosen at once."""
        self._timer.stop()
        text = self.search.text()
        found = find_customers(self.desk, text)
        self.results.clear()
        locale = self.desk.locale
        for record in found:
            mobile = isolate_ltr(locale.phone(record.mobile)) if record.mobile else ""
            item = QListWidgetItem(f"{record.name}  {mobile}".strip(), self.results)
            item.setData(Qt.ItemDataRole.UserRole, record)
        exact = exact_mobile_match(self.desk, text, found)
        chosen = found.index(exact) if exact is not None else (0 if len(found) == 1 else -1)
        self.results.setCurrentRow(chosen)

    def chosen(self) -> CustomerRecord | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def accept(self) -> None:
        """Transfer to the chosen customer; a refusal is shown beside its field."""
        self.errors.clear()
        if self._timer.isActive():
            self.find()
        chosen = self.chosen()
        try:
            if chosen is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the new owner."), field="owner")
            self.transferred = transfer_unit(self.desk, self.unit.id, self.unit.version, chosen.id,
                                             self.reason.text())
        except Conflict as error:
            show_error(self, error)
            return
        except KhedmatError as error:
            self.errors.report(self, error, {"owner": self.results, "reason": self.reason})
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer to another owner"))
        owner = self.unit.customer_name or self.tr("no owner on record")
        self.intro.setText(self.tr("Unit {serial} ({product}) now belongs to {owner}. Its tickets stay with the "
                                   "customer who brought them.").format(
            serial=isolate_ltr(self.unit.serial), product=self.unit.product.title, owner=owner))
        self.search.setPlaceholderText(self.tr("Name, mobile or a serial they own…"))
        self.search_label.setText(self.tr("Find"))
        self.owner_label.setText(self.tr("New owner"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: sold, a gift, registered to the wrong customer"))
        self.transfer_button.setText(self.tr("Transfer"))
        self.cancel_button.setText(self.tr("Cancel"))
