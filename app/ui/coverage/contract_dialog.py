"""One maintenance contract on one screen: its terms and covered units, its status, the
visits it paid for; and for a manager the way to save it (as a draft or signed), sign it,
renew it, cancel it and record a visit made without a job."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.contracts import ContractStatus, contract_status_label
from app.domain.permissions import Action
from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.contracts import (
    ContractInput,
    ContractRecord,
    VisitRecord,
    contract_visits,
    create_contract,
    get_contract,
    renew_contract,
    renewal_terms,
    sign_contract,
    update_contract,
)
from app.services.customers import CustomerRecord, find_customers, get_customer
from app.services.desk import Desk
from app.services.units import AssetRecord, assets_of
from app.ui.admin.audit_dialog import AuditButton
from app.ui.coverage.contract_forms import CancelContractDialog, VisitDialog
from app.ui.messages import FieldErrors, ask_reload, confirm, confirm_discard, show_error
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.translator import person, shown
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.number_spin import NumberSpin

STATUS_STYLES: dict[ContractStatus, str] = {
    ContractStatus.DRAFT: "background: #fff1d6; color: #7a4b00;",
    ContractStatus.UPCOMING: "background: #e3f2fd; color: #0d47a1;",
    ContractStatus.ACTIVE: "background: #d4edda; color: #155724;",
    ContractStatus.EXPIRED: "background: #ececec; color: #444444;",
    ContractStatus.CANCELLED: "background: #f8d7da; color: #721c24;",
}
BADGE = "border-radius: 4px; padding: 2px 8px; font-weight: bold;"

NO_START = QT_TRANSLATE_NOOP("Errors", "Enter the contract's first day.")
NO_END = QT_TRANSLATE_NOOP("Errors", "Enter the contract's last day.")
NO_PRICE = QT_TRANSLATE_NOOP("Errors", "Enter the contract's price (0 if it is free).")
NO_VISITS = QT_TRANSLATE_NOOP("Errors", "Enter how many visits the contract includes, or tick “No limit”.")
NO_PARTS = QT_TRANSLATE_NOOP("Errors", "Say whether the price includes the parts.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose the customer first.")


class CustomerPicker(Retranslating, QWidget):
    """The customer of a new contract, found by name, mobile or serial; none is chosen until
    the manager picks one."""

    chosen = Signal(object)
    """The CustomerRecord picked (None when the choice is cleared)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QComboBox(self)
        self.results.setMinimumContentsLength(24)
        self.found: list[CustomerRecord] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.find)
        self.results.activated.connect(self._picked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.results, 1)
        self.retranslate()

    def find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.found = find_customers(self.desk, text, limit=30) if text else []
        self.results.clear()
        for c in self.found:
            self.results.addItem(f"{c.name} — {isolate_ltr(self.desk.locale.phone(c.mobile))}" if c.mobile else c.name)
        self.results.setCurrentIndex(-1)
        self.chosen.emit(None)

    def _picked(self, index: int) -> None:
        self.chosen.emit(self.found[index] if 0 <= index < len(self.found) else None)

    def current(self) -> CustomerRecord | None:
        index = self.results.currentIndex()
        return self.found[index] if 0 <= index < len(self.found) else None

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name, mobile or serial…"))
        self.results.setPlaceholderText(self.tr("Choose the customer"))


class TermsPanel(Retranslating, QGroupBox):
    """The contract's terms as a form: dates, price, visits, parts, response time, terms, units."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        locale = desk.locale
        self.errors = FieldErrors()
        self.customer_picker = CustomerPicker(desk, self)
        self.customer_label = QLabel(self)
        self.start = DateEdit(locale, self, optional=True)
        self.end = DateEdit(locale, self, optional=True)
        self.price = MoneyEdit(locale, self)
        self.visits = NumberSpin(locale, self)
        self.visits.setRange(0, 999)
        self.visits.setSpecialValueText("—")  # 0: not given yet
        self.unlimited = QCheckBox(self)
        self.unlimited.toggled.connect(lambda on: self.visits.setEnabled(not on))
        visits_row = QWidget(self)
        row = QHBoxLayout(visits_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.visits)
        row.addWidget(self.unlimited)
        row.addStretch(1)
        self.parts = QComboBox(self)
        self.parts.addItem("", True)
        self.parts.addItem("", False)
        self.parts.setCurrentIndex(-1)
        self.response = NumberSpin(locale, self)
        self.response.setRange(0, 720)
        self.terms = QPlainTextEdit(self)
        self.terms.setTabChangesFocus(True)
        self.terms.setMaximumHeight(self.terms.fontMetrics().lineSpacing() * 4 + 12)
        self.units = QListWidget(self)
        self.units.setMinimumHeight(self.units.fontMetrics().lineSpacing() * 4 + 12)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        customer_box = QWidget(self)
        stack = QVBoxLayout(customer_box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.customer_picker)
        stack.addWidget(self.customer_label)
        for field, widget in (("customer", customer_box), ("start_date", self.start), ("end_date", self.end),
                              ("price", self.price), ("visits_included", visits_row),
                              ("parts_included", self.parts), ("response_hours", self.response),
                              ("terms", self.terms), ("assets", self.units)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[field] = caption
            self.form.addRow(caption, self.errors.beside(field, widget, self))
        self.inputs: dict[str, QWidget] = {
            "customer": self.customer_picker.search, "start_date": self.start.line, "end_date": self.end.line,
            "price": self.price, "visits_included": self.visits, "parts_included": self.parts,
            "response_hours": self.response, "terms": self.terms, "assets": self.units}
        self.retranslate()

    def show_units(self, units: list[AssetRecord], checked: tuple[int, ...] = ()) -> None:
        self.units.clear()
        for unit in units:
            item = QListWidgetItem(f"{isolate_ltr(unit.serial)} — {unit.product.title}", self.units)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.id in checked else Qt.CheckState.Unchecked)

    def checked_units(self) -> list[int]:
        return [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                if self.units.item(i).checkState() is Qt.CheckState.Checked]

    def fill(self, record: ContractRecord) -> None:
        self.start.set_value(record.start_date)
        self.end.set_value(record.end_date)
        self.price.set_amount(record.price)
        self.unlimited.setChecked(record.visits_included is None)
        self.visits.setValue(record.visits_included or 0)
        self.parts.setCurrentIndex(self.parts.findData(record.parts_included))
        self.response.setValue(record.response_hours or 0)
        self.terms.setPlainText(record.terms)

    def snapshot(self) -> tuple[object, ...]:
        """What the form holds, to tell whether the manager changed anything."""
        return (self.start.text(), self.end.text(), self.price.text(), self.visits.value(),
                self.unlimited.isChecked(), self.parts.currentIndex(), self.response.value(),
                self.terms.toPlainText(), tuple(self.checked_units()))

    def read(self, customer_id: int | None, draft: bool) -> ContractInput:
        """The form as a contract's terms; a ValidationError names what is missing."""
        if customer_id is None:
            raise ValidationError(NO_CUSTOMER, field="customer")
        for edit in (self.start, self.end):
            edit.commit()
            if edit.error() is not None:
                raise edit.error()
        if self.start.value() is None:
            raise ValidationError(NO_START, field="start_date")
        if self.end.value() is None:
            raise ValidationError(NO_END, field="end_date")
        price = self.price.amount()
        if price is None:
            raise ValidationError(NO_PRICE, field="price")
        self.visits.interpretText()
        if not self.unlimited.isChecked() and self.visits.value() == 0:
            raise ValidationError(NO_VISITS, field="visits_included")
        if self.parts.currentIndex() < 0:
            raise ValidationError(NO_PARTS, field="parts_included")
        self.response.interpretText()
        return ContractInput(
            customer_id=customer_id, start_date=self.start.value(), end_date=self.end.value(),
            asset_ids=self.checked_units(), price=price,
            visits_included=None if self.unlimited.isChecked() else self.visits.value(),
            response_hours=self.response.value() or None, terms=self.terms.toPlainText(),
            parts_included=bool(self.parts.currentData()), draft=draft)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.start, self.end, self.price, self.visits, self.unlimited, self.parts, self.response,
                       self.units):
            widget.setEnabled(editable)
        self.visits.setEnabled(editable and not self.unlimited.isChecked())
        self.terms.setReadOnly(not editable)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Terms"))
        for field, text in (("customer", self.tr("Customer:")), ("start_date", self.tr("First day:")),
                            ("end_date", self.tr("Last day:")), ("price", self.tr("Price:")),
                            ("visits_included", self.tr("Visits included:")),
                            ("parts_included", self.tr("Parts:")),
                            ("response_hours", self.tr("Response within (hours):")),
                            ("terms", self.tr("Terms:")), ("assets", self.tr("Covered units:"))):
            self.captions[field].setText(text)
        self.unlimited.setText(self.tr("No limit"))
        self.parts.setItemText(0, self.tr("Included in the price"))
        self.parts.setItemText(1, self.tr("Paid by the customer"))
        self.parts.setPlaceholderText(self.tr("Choose…"))
        self.response.setSpecialValueText(self.tr("No promise"))


class VisitsPanel(Retranslating, QGroupBox):
    """How many visits the contract has used and has left, and each recorded visit."""

    open_ticket = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        locale = desk.locale
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model: RecordTableModel[VisitRecord] = RecordTableModel([
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Day"), lambda v: locale.date(v.visited_on),
                         key=lambda v: v.visited_on.toordinal()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"), lambda v: locale.ident(v.ticket_number),
                         key=lambda v: v.ticket_number),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda v: person(v.technician)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda v: v.notes),
        ], parent=self)
        self.view = record_view(self, self.model, stretch=3)
        self.view.activated.connect(self._activated)
        self.record_button = QPushButton(self)
        self.record_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout.addLayout(buttons)
        self.record: ContractRecord | None = None
        self.retranslate()

    def show_visits(self, record: ContractRecord | None) -> None:
        self.record = record
        self.model.set_rows(contract_visits(self.desk, record.id) if record is not None else [])
        self.view.resizeColumnsToContents()
        self._show_summary()

    def _show_summary(self) -> None:
        r = self.record
        if r is None:
            self.summary.setText(self.tr("No visit yet: the contract is not saved."))
            return
        if r.visits_included is None:
            text = self.tr("Visits used: {used} (no limit)").format(used=r.visits_used)
        else:
            text = self.tr("Visits used: {used} of {included}; left: {left}").format(
                used=r.visits_used, included=r.visits_included, left=r.visits_left or 0)
            if r.visits_left == 0:
                text += " — " + self.tr("used up: new jobs are paid by the customer")
        earlier = r.visits_used - self.model.rowCount()
        if earlier > 0:
            text += "\n" + self.tr("%n visit(s) used before Khedmat recorded visits.", "", earlier)
        self.summary.setText(self.desk.locale.digits(text))

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None and row.ticket_id is not None:
            self.open_ticket.emit(row.ticket_id)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Visits"))
        self.record_button.setText(self.tr("Record a visit…"))
        self.record_button.setToolTip(self.tr("An on-site visit the contract paid for, made without a ticket."))
        self.model.retranslate()
        self._show_summary()


class ContractDialog(Retranslating, QDialog):
    """A contract's window, or a new contract's form (`contract_id` None) for `customer_id`
    (None: the manager finds the customer in the form)."""

    saved = Signal(int)
    """The contract was saved, signed, renewed or cancelled, or a visit recorded (its id)."""
    open_contract = Signal(int)
    """Another contract to show: the renewal just made (its id)."""
    open_ticket = Signal(int)

    def __init__(self, desk: Desk, contract_id: int | None = None, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.record: ContractRecord | None = get_contract(desk, contract_id) if contract_id is not None else None
        self.customer: CustomerRecord | None = None
        wanted = self.record.customer_id if self.record is not None else customer_id
        if wanted is not None:
            self.customer = get_customer(desk, wanted)
        manager = desk.may(Action.CONTRACTS)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status_badge = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.terms = TermsPanel(desk, self)
        self.terms.customer_picker.chosen.connect(self._customer_chosen)
        self.visits = VisitsPanel(desk, self)
        self.visits.record_button.clicked.connect(self.record_visit)
        self.visits.open_ticket.connect(self.open_ticket)

        self.save_draft_button = QPushButton(self)
        self.save_draft_button.clicked.connect(lambda: self.save(draft=True))
        self.save_signed_button = QPushButton(self)
        self.save_signed_button.clicked.connect(lambda: self.save(draft=False))
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save())
        self.sign_button = QPushButton(self)
        self.sign_button.clicked.connect(self.sign)
        self.renew_button = QPushButton(self)
        self.renew_button.clicked.connect(self.renew)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_contract)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.manager_buttons = [self.save_draft_button, self.save_signed_button, self.save_button, self.sign_button,
                                self.renew_button, self.cancel_button]
        for button in [*self.manager_buttons, self.close_button]:
            button.setAutoDefault(False)
        self.audit_button = AuditButton(desk, lambda: ("contracts", self.record.id if self.record else 0),
                                        lambda: self.record.number if self.record else "", self)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self._save_shortcut)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.terms, 3)
        body.addWidget(self.visits, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.audit_button)
        bottom.addStretch(1)
        for button in [*self.manager_buttons, self.close_button]:
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self._manager = manager
        self._show()
        self.retranslate()
        self.resize(1100, 640)

    # -- showing -----------------------------------------------------------------------------

    def _show(self) -> None:
        r = self.record
        picking = r is None and self.customer is None
        self.terms.customer_picker.setVisible(picking)
        self.terms.customer_label.setVisible(not picking)
        self._show_units()
        if r is not None:
            self.terms.fill(r)
        status = r.status if r is not None else None
        editable = self._manager and status is not ContractStatus.CANCELLED
        self.terms.set_editable(editable)
        self.save_draft_button.setVisible(self._manager and r is None)
        self.save_signed_button.setVisible(self._manager and r is None)
        self.save_button.setVisible(editable and r is not None)
        self.sign_button.setVisible(self._manager and status is ContractStatus.DRAFT)
        self.renew_button.setVisible(self._manager and status in (ContractStatus.ACTIVE, ContractStatus.EXPIRED))
        self.cancel_button.setVisible(self._manager and r is not None and status is not ContractStatus.CANCELLED)
        self.audit_button.setVisible(r is not None and self.desk.may(Action.READ_AUDIT))
        self.visits.record_button.setVisible(self._manager and status in (ContractStatus.ACTIVE,
                                                                          ContractStatus.EXPIRED))
        self.visits.show_visits(r)
        self._show_header()
        self._shown = self.terms.snapshot()

    def _show_units(self) -> None:
        if self.customer is None:
            self.terms.show_units([])
            return
        checked = self.record.asset_ids if self.record is not None else ()
        units = [u for u in assets_of(self.desk, self.customer.id, include_archived=True)
                 if u.archived_at is None or u.id in checked]
        self.terms.show_units(units, checked)

    def _show_header(self) -> None:
        r, locale = self.record, self.desk.locale
        if self.customer is not None:
            mobile = isolate_ltr(locale.phone(self.customer.mobile)) if self.customer.mobile else ""
            self.terms.customer_label.setText(" — ".join(p for p in (self.customer.name, mobile) if p))
        if r is None:
            self.title.setText(self.tr("New maintenance contract"))
            self.setWindowTitle(self.tr("New maintenance contract"))
            self.status_badge.hide()
            self.note.setText(self.tr("Save it as a draft while the customer has not signed: a draft covers "
                                      "nothing. Saved and signed, it covers the chosen units from its first day."))
            return
        self.title.setText(self.tr("Contract {number}").format(number=locale.ident(r.number)))
        self.setWindowTitle(self.tr("Contract {number} — {name}").format(number=locale.ident(r.number),
                                                                         name=r.customer_name))
        self.status_badge.show()
        self.status_badge.setText(shown(contract_status_label(r.status)))
        self.status_badge.setStyleSheet(STATUS_STYLES[r.status] + BADGE)
        notes = []
        if r.status is ContractStatus.DRAFT:
            notes.append(self.tr("A draft covers nothing: sign it once the customer has signed."))
        if r.cancelled_on is not None:
            notes.append(self.tr("Cancelled from {date}: {reason}").format(date=locale.date(r.cancelled_on),
                                                                          reason=r.cancel_reason))
        if r.renewal_of_id is not None:
            try:
                notes.append(self.tr("Renews contract {number}.").format(
                    number=locale.ident(get_contract(self.desk, r.renewal_of_id).number)))
            except KhedmatError:
                pass
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def _customer_chosen(self, customer: CustomerRecord | None) -> None:
        self.customer = customer
        self._show_units()

    # -- writing ----------------------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.record is not None and self.save_button.isVisible():
            self.save()

    def save(self, draft: bool | None = None) -> bool:
        """Save the form: a new contract as a draft or signed (`draft`), an existing one's terms."""
        self.terms.errors.clear()
        try:
            if self.record is None:
                data = self.terms.read(self.customer.id if self.customer else None, bool(draft))
                saved = create_contract(self.desk, data)
            else:
                data = self.terms.read(self.record.customer_id, self.record.draft)
                saved = update_contract(self.desk, self.record.id, self.record.version, data)
        except Conflict as error:
            if ask_reload(self, error):
                self.reload()
            return False
        except KhedmatError as error:
            self.terms.errors.report(self, error, self.terms.inputs)
            return False
        self._saved(saved)
        return True

    def _saved(self, record: ContractRecord) -> None:
        self.record = record
        self._show()
        self.saved.emit(record.id)

    def reload(self) -> None:
        if self.record is not None:
            self.record = get_contract(self.desk, self.record.id)
        self._show()

    def _changed(self) -> bool:
        return self.terms.snapshot() != self._shown

    def _unsaved_first(self) -> bool:
        """Whether to go on with an action on the saved contract while the form holds changes."""
        return not self._changed() or confirm_discard(self, self.tr("Your changes to the terms are not saved. "
                                                                    "Drop them and go on?"))

    def sign(self) -> bool:
        if self.record is None or not self._unsaved_first():
            return False
        question = self.tr("Sign contract {number}? From {date} it covers its units.").format(
            number=self.desk.locale.ident(self.record.number), date=self.desk.locale.date(self.record.start_date))
        if not confirm(self, question, self.tr("Sign the contract")):
            return False
        return self._act(lambda r: sign_contract(self.desk, r.id, r.version))

    def renew(self) -> ContractRecord | None:
        """The next contract, on the same terms, as a draft (asked first); its window opens."""
        if self.record is None or not self._unsaved_first():
            return None
        start, end = renewal_terms(self.desk, self.record)
        locale = self.desk.locale
        question = self.tr("Renew contract {number} from {start} to {end}, with the same units, price, visits "
                           "and terms? The renewal is saved as a draft: it covers nothing until you sign it.").format(
            number=locale.ident(self.record.number), start=locale.date(start), end=locale.date(end))
        if not confirm(self, question, self.tr("Renew as a draft")):
            return None
        try:
            renewal = renew_contract(self.desk, self.record.id)
        except KhedmatError as error:
            show_error(self, error)
            return None
        self.saved.emit(renewal.id)
        self.open_contract.emit(renewal.id)
        return renewal

    def cancel_contract(self) -> CancelContractDialog | None:
        if self.record is None or not self._unsaved_first():
            return None
        dialog = CancelContractDialog(self.desk, self.record, self)
        dialog.accepted.connect(lambda: self._saved(get_contract(self.desk, self.record.id)))
        dialog.open()
        return dialog

    def record_visit(self) -> VisitDialog | None:
        if self.record is None or not self._unsaved_first():
            return None
        dialog = VisitDialog(self.desk, self.record, self)
        dialog.accepted.connect(lambda: self._saved(get_contract(self.desk, self.record.id)))
        dialog.open()
        return dialog

    def _act(self, action: object) -> bool:
        try:
            saved = action(self.record)  # type: ignore[operator]
        except Conflict as error:
            if ask_reload(self, error):
                self.reload()
            return False
        except KhedmatError as error:
            show_error(self, error)
            return False
        self._saved(saved)
        return True

    def reject(self) -> None:
        if self._changed() and not confirm_discard(self, self.tr("Close without saving the contract?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.save_draft_button.setText(self.tr("Save as draft"))
        self.save_signed_button.setText(self.tr("Save and sign"))
        self.save_button.setText(self.tr("Save"))
        self.sign_button.setText(self.tr("Sign…"))
        self.renew_button.setText(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("The next contract from the day after this one ends, on the same "
                                             "terms, saved as a draft."))
        self.cancel_button.setText(self.tr("Cancel the contract…"))
        self.close_button.setText(self.tr("Close"))
        self._show_header()

