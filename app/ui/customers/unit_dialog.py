"""One unit on one screen: its details to correct, its coverage, its tickets and its history,
and the way to give it to another owner."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.coverage import CoverageKind
from app.domain.kinds import EventKind, label
from app.domain.permissions import Action
from app.domain.workflow import status_label
from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.listing import TicketRow
from app.services.unit_edit import UnitEntry, UnitInput, get_unit, unit_history, unit_tickets, update_unit
from app.services.units import AssetRecord, list_products
from app.ui.admin.audit_dialog import AuditButton
from app.ui.admin.products_dialog import ProductsDialog
from app.ui.customers.sell_warranty_dialog import SellWarrantyDialog
from app.ui.customers.transfer_dialog import TransferDialog
from app.ui.customers.warranty_dialogs import ExtendDialog, VoidDialog, running_warranty
from app.ui.history_text import entry_text
from app.ui.marks import UNKNOWN_COVERAGE_STYLE, coverage_style
from app.ui.messages import FieldErrors, ask_reload, confirm_discard
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.today.followup_button import FollowUpButton, Subject
from app.ui.translator import person, shown
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.product_choice import ProductChoice

FIELDS = ("serial", "product", "purchase_date", "seller", "invoice_no")


class UnitDialog(Retranslating, QDialog):
    changed = Signal(int)
    """The unit was corrected or transferred (its id)."""
    open_ticket = Signal(int)
    """The ticket the clerk double-clicked (its id)."""

    def __init__(self, desk: Desk, asset_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.asset_id = asset_id
        self.record: AssetRecord = get_unit(desk, asset_id)
        locale = desk.locale

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        # A serial starts the title: without this it would sit on the left of a right-to-left window.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.title.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.owner = QLabel(self)
        self.owner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)

        self.details = QGroupBox(self)
        self.errors = FieldErrors()
        self.serial = QLineEdit(self.details)
        self.serial.setMaxLength(100)
        self.serial.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # serials are Latin
        # Kept on the form's side: a right-to-left form lines its inputs up on the right.
        self.serial.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.product = ProductChoice(self.details)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.purchase_date = DateEdit(locale, self.details, optional=True)
        self.purchase_date.set_maximum(desk.today())
        self.purchase_date.set_today(desk.today())
        self.seller = QLineEdit(self.details)
        self.seller.setMaxLength(200)
        self.invoice_no = QLineEdit(self.details)
        self.invoice_no.setMaxLength(60)
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        for field, widget in self._field_widgets().items():
            text_label = QLabel(self.details)
            text_label.setBuddy(widget)
            self.field_labels[field] = text_label
            self.form.addRow(text_label, self.errors.beside(field, widget, self.details))
        for edit in (self.serial, self.seller, self.invoice_no):
            edit.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.details)
        self.transfer_button = QPushButton(self.details)
        for button in (self.save_button, self.transfer_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.transfer_button.clicked.connect(self.transfer)
        actions = QHBoxLayout()
        actions.addWidget(self.transfer_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.form.addRow(actions)
        # A manager's: the warranty voided (with the reason) or extended (with why).
        self.void_button, self.extend_button = QPushButton(self.details), QPushButton(self.details)
        self.sell_button = QPushButton(self.details)
        self.sell_button.clicked.connect(self.sell_warranty)
        for button in (self.void_button, self.extend_button, self.sell_button):
            button.setAutoDefault(False)
        self.void_button.clicked.connect(self.void_warranty)
        self.extend_button.clicked.connect(self.extend_warranty)
        warranty_row = QHBoxLayout()
        warranty_row.addWidget(self.void_button)
        warranty_row.addWidget(self.extend_button)
        warranty_row.addWidget(self.sell_button)
        warranty_row.addStretch(1)
        self.form.addRow(warranty_row)

        self.tickets_model: RecordTableModel[TicketRow] = RecordTableModel(self._ticket_columns(), parent=self)
        self.history_model: RecordTableModel[UnitEntry] = RecordTableModel(self._history_columns(), parent=self)
        self.tabs = QTabWidget(self)
        self.tickets_view = record_view(self.tabs, self.tickets_model, stretch=4)
        self.history_view = record_view(self.tabs, self.history_model, stretch=2, sortable=False)
        self.history_view.setWordWrap(True)
        for view in (self.tickets_view, self.history_view):
            self.tabs.addTab(view, "")
        self.tickets_view.activated.connect(self._ticket_activated)

        self.audit_button = AuditButton(desk, lambda: ("assets", self.asset_id), lambda: self.record.serial, self)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.owner)
        header.addWidget(self.banner)
        body = QHBoxLayout()
        body.addWidget(self.details, 2)
        body.addWidget(self.tabs, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.audit_button)
        self.followup_button = FollowUpButton(desk, lambda: Subject(
            self.record.customer_id, self.record.customer_name, asset_id=self.record.id,
            serial=self.record.serial), self)
        bottom.addWidget(self.followup_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        chain = [*self._field_widgets().values(), self.save_button, self.transfer_button, self.tabs,
                 self.tickets_view, self.history_view, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self._show_record()
        self.refresh()
        self.serial.setFocus()
        self.resize(1100, 560)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"serial": self.serial, "product": self.product, "purchase_date": self.purchase_date,
                "seller": self.seller, "invoice_no": self.invoice_no}

    # -- columns ----------------------------------------------------------------------------

    def _ticket_columns(self) -> list[RecordColumn[TicketRow]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda t: locale.ident(t.number),
                         key=lambda t: t.number),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda t: locale.date(t.opened_at),
                         key=lambda t: t.opened_at.timestamp()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda t: shown(status_label(t.status))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda t: t.customer_name),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Fault"), lambda t: t.fault),
        ]

    def _history_columns(self) -> list[RecordColumn[UnitEntry]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: locale.moment(e.at)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: shown(label(EventKind(e.kind)))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Text"), lambda e: entry_text(e.kind, e.text, locale)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: person(e.user_name)),
        ]


    # -- reading ----------------------------------------------------------------------------

    def _show_record(self) -> None:
        """Put the saved details in the form and the header."""
        r = self.record
        self.errors.clear()
        self.serial.setText(r.serial)
        self.product.blockSignals(True)
        self.product.load(list_products(self.desk), r.product.id)
        self.product.blockSignals(False)
        self._product_id: int | None = r.product.id
        self.purchase_date.set_value(r.purchase_date)
        self.seller.setText(r.seller)
        self.invoice_no.setText(r.invoice_no)
        self._show_header()
        self._show_warranty_actions()
        self._shown = self._form()
        """The form as the saved record fills it: anything else was typed and not saved."""

    def _show_header(self) -> None:
        r, locale = self.record, self.desk.locale
        self.title.setText(f"{isolate_ltr(r.serial)}  ·  {r.product.title}")
        if r.customer_id is None:
            self.owner.setText(self.tr("No owner on record"))
        else:
            mobile = isolate_ltr(locale.phone(r.customer_mobile)) if r.customer_mobile else ""
            self.owner.setText(self.tr("Owner: {owner}").format(owner=f"{r.customer_name}  {mobile}".strip()))
        coverage = r.coverage
        if coverage.kind is CoverageKind.NONE and r.purchase_date is None:
            self.banner.setStyleSheet(UNKNOWN_COVERAGE_STYLE)
            self.banner.setText(self.tr("Coverage unknown: the purchase date is not on record "
                                        "(without it no warranty is recorded)"))
        else:
            self.banner.setStyleSheet(coverage_style(coverage.kind))
            self.banner.setText(coverage.in_full(QCoreApplication.translate, locale.date))
        self.setWindowTitle(self.tr("Unit — {serial}").format(serial=isolate_ltr(r.serial)))

    def _show_warranty_actions(self) -> None:
        self.void_button.setVisible(self.desk.may(Action.VOID_WARRANTY))
        self.void_button.setEnabled(running_warranty(self.record) is not None)
        self.extend_button.setVisible(self.desk.may(Action.EXTEND_WARRANTY))
        self.sell_button.setVisible(self.desk.may(Action.SELL_WARRANTY))

    def void_warranty(self) -> VoidDialog | None:
        warranty = running_warranty(self.record)
        if warranty is None:
            return None
        dialog = VoidDialog(self.desk, warranty, self)
        dialog.accepted.connect(self._warranty_changed)
        dialog.open()
        return dialog

    def extend_warranty(self) -> ExtendDialog:
        dialog = ExtendDialog(self.desk, self.record, self)
        dialog.accepted.connect(self._warranty_changed)
        dialog.open()
        return dialog

    def sell_warranty(self) -> SellWarrantyDialog:
        dialog = SellWarrantyDialog(self.desk, self.record, self)
        dialog.accepted.connect(self._warranty_changed)
        dialog.open()
        return dialog

    def _warranty_changed(self) -> None:
        """The banner and the history as saved now; what was typed in the form stays."""
        self.record = get_unit(self.desk, self.asset_id)
        self._show_header()
        self._show_warranty_actions()
        self.refresh()

    def refresh(self) -> None:
        """Read the tickets and the history again."""
        self.tickets_model.set_rows(unit_tickets(self.desk, self.asset_id))
        self.history_model.set_rows(unit_history(self.desk, self.asset_id))
        for view in (self.tickets_view, self.history_view):
            view.resizeColumnsToContents()
            view.resizeRowsToContents()
        self._show_counts()

    def reload(self) -> None:
        """Everything as it is saved now; what was typed in the form is dropped."""
        self.record = get_unit(self.desk, self.asset_id)
        self._show_record()
        self.refresh()

    # -- writing ----------------------------------------------------------------------------

    def _form(self) -> tuple[str, int | None, str, str, str]:
        """What the form shows, as typed (a date may not read yet)."""
        chosen = self.product.chosen()
        return (self.serial.text(), chosen.id if chosen else None, self.purchase_date.text(), self.seller.text(),
                self.invoice_no.text())

    def _input(self) -> UnitInput:
        # A date typed but refused blocks the save with its reason beside it: the field's
        # last valid value is not what the clerk typed.
        if not self.purchase_date.commit():
            refused = self.purchase_date.error()
            assert refused is not None
            beside = ValidationError(refused.template, field="purchase_date", **refused.params)
            beside.context = refused.context  # the field's own words for it
            raise beside
        chosen = self.product.chosen()
        return UnitInput(serial=self.serial.text(), product_id=chosen.id if chosen else None,
                         purchase_date=self.purchase_date.value(), seller=self.seller.text(),
                         invoice_no=self.invoice_no.text())

    def save(self) -> bool:
        """Save the corrections; False when they could not be saved (the reason is on screen)."""
        self.errors.clear()
        try:
            saved = update_unit(self.desk, self.asset_id, self.record.version, self._input())
        except Conflict as error:
            if ask_reload(self, error):
                self.reload()
            return False
        except KhedmatError as error:
            self.errors.report(self, error, self._field_widgets())
            return False
        self.record = saved
        self._show_record()
        self.refresh()
        self.changed.emit(self.asset_id)
        return True

    def transfer(self) -> bool:
        """Ask for the new owner and transfer the unit; what is typed in the form stays."""
        dialog = TransferDialog(self.desk, self.record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.transferred is None:
            return False
        # Only the owner changed: the saved details the form is compared with are the same.
        self.record = dialog.transferred
        self._show_header()
        self.refresh()
        self.changed.emit(self.asset_id)
        return True

    def _product_chosen(self) -> None:
        """"New brand and model…" opens the products catalogue; the product added there is chosen."""
        if not self.product.typing_new():
            chosen = self.product.chosen()
            self._product_id = chosen.id if chosen else None
            return
        catalogue = ProductsDialog(self.desk, self)
        catalogue.exec()
        added = catalogue.last_saved
        self.product.blockSignals(True)
        self.product.load(list_products(self.desk), added.id if added else self._product_id)
        self.product.blockSignals(False)
        chosen = self.product.chosen()
        self._product_id = chosen.id if chosen else None

    def reject(self) -> None:
        if self._form() != self._shown and not confirm_discard(
                self, self.tr("Close without saving? Your changes to this unit will be lost.")):
            return
        super().reject()

    def _ticket_activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None:
            self.open_ticket.emit(row.id)

    # -- language ---------------------------------------------------------------------------

    def _show_counts(self) -> None:
        digits = self.desk.locale.digits
        self.tabs.setTabText(0, self.tr("Tickets ({count})").format(count=digits(self.tickets_model.rowCount())))
        self.tabs.setTabText(1, self.tr("History ({count})").format(count=digits(self.history_model.rowCount())))

    def retranslate(self) -> None:
        texts = {"serial": self.tr("Serial"), "product": self.tr("Product"),
                 "purchase_date": self.tr("Purchase date"), "seller": self.tr("Seller"),
                 "invoice_no": self.tr("Invoice number")}
        for field, text in texts.items():
            self.field_labels[field].setText(text)
        self.details.setTitle(self.tr("Details"))
        self.purchase_date.line.setPlaceholderText(self.tr("Unknown"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.transfer_button.setText(self.tr("Transfer to another owner…"))
        self.void_button.setText(self.tr("Void the warranty…"))
        self.extend_button.setText(self.tr("Extend the warranty…"))
        self.sell_button.setText(self.tr("Sell extended warranty…"))
        self.close_button.setText(self.tr("Close"))
        for model in (self.tickets_model, self.history_model):
            model.retranslate()
        self._show_counts()
        self._show_header()
