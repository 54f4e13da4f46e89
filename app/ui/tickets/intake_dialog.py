"""The intake dialog: the reception clerk finds or adds the customer and the unit, sees the
coverage at once, and opens the ticket without leaving the keyboard."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.coverage import Coverage, WarrantySpan, decide_coverage
from app.domain.defects import EarlierRepair
from app.domain.kinds import Channel, Priority, TicketKind, label
from app.domain.workflow import TicketStatus
from app.errors import DuplicateError, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.money import InvalidMoney
from app.locale.text import isolate_ltr, normalize_serial, split_typed
from app.services.customers import (
    CustomerInput,
    CustomerRecord,
    create_customer,
    exact_mobile_match,
    find_customers,
    get_customer,
)
from app.services.desk import Desk
from app.services.resolutions import replaced_by, warranty_repairs
from app.services.tickets import TicketInput, TicketRecord, open_ticket, open_tickets_on_unit, ticket_fault
from app.services.unit_edit import transfer_unit
from app.services.units import (
    AssetInput,
    AssetRecord,
    assets_of,
    create_product,
    find_asset,
    list_products,
    register_asset,
    warranty_end,
)
from app.ui.marks import UNKNOWN_COVERAGE_STYLE, coverage_style
from app.ui.messages import FieldErrors, ask_yes_no, confirm_discard, show_error
from app.ui.printing import Document, preview_document, print_document
from app.ui.retranslating import Retranslating
from app.ui.tickets.found_unit import FoundUnit, isolate
from app.ui.tickets.repeated_defect import RepeatedDefectNotice, ReplacedNotice
from app.ui.translator import shown
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.unit_registration import UnitRegistration

SEARCH_DELAY_MS = 200
MATCHES_SHOWN = 8
MATCHES_TALL = 5
PROMISE_DAYS = 3
PLACEHOLDER_GREY = QColor("#a0a0a0")

def _is_enter(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class _Field(QWidget):
    """An input with its error note under it, so a refused value is explained where it was typed."""

    def __init__(self, widget: QWidget, error: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        # Without this the form hands the row spare height and the input floats in it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class IntakeDialog(Retranslating, QDialog):
    """One counter visit: customer, unit, coverage, ticket.

    Whatever a save creates before a later step fails (customer, product, unit) is kept and
    shown as chosen, so the retry reuses it instead of creating it twice.
    """

    ticket_opened = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ticket: TicketRecord | None = None
        self.errors = FieldErrors()
        self._customer: CustomerRecord | None = None
        self._adding_customer = False
        self._asset: AssetRecord | None = None
        self._looked_up: str | None = None
        """The serial key of the last lookup; None while what is typed has not been looked up."""
        self._open_on_unit: list[tuple[str, TicketStatus]] = []
        """The looked-up unit's tickets not yet done."""
        self._warranty_repairs: list[EarlierRepair] = []
        self._replaced_by: tuple[str, str] | None = None
        self._locked = False

        self._build_customer()
        self._build_unit()
        self._build_job()
        self._build_buttons()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.customer_group)
        left.addWidget(self.unit_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.job_group)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.result)
        layout.addLayout(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        ctrl = Qt.KeyboardModifier.ControlModifier
        for sequence in (QKeySequence(QKeySequence.StandardKey.Save),
                         QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_Return)),
                         QKeySequence(QKeyCombination(ctrl | Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Enter))):
            QShortcut(sequence, self, self.save)
        self._add_customer_keys = QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_N))
        # The Alt shortcut of the button's English text is lost in translation; this one is not.
        QShortcut(self._add_customer_keys, self, self._add_customer)
        self._set_tab_order()
        self._load_products()
        self.clear()
        self.retranslate()
        self.resize(1040, 660)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -------------------------------------------------------------------------

    def _field(self, widget: QWidget, field: str) -> _Field:
        return _Field(widget, self.errors.label_for(field), self)

    def _build_customer(self) -> None:
        self.customer_group = QGroupBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._search_edited)
        self.add_customer_button = QPushButton(self)
        self.add_customer_button.clicked.connect(self._add_customer)
        # Reached with Ctrl+N, so Enter and Tab from the search box go straight on.
        self.add_customer_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.matches = QListWidget(self)
        # The search box keeps the keyboard (Down/Enter pick); the list is for the mouse.
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.itemClicked.connect(self._pick_item)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosen_customer")
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("QLabel { background: #f3f6fa; border: 1px solid #c5d0dc;"
                                  " border-radius: 4px; padding: 6px; font-weight: bold; }")

        self.new_customer = QGroupBox(self)
        self.new_name = QLineEdit(self)
        self.new_mobile = QLineEdit(self)
        # Groups of digits separated by spaces would be reordered in a right-to-left line.
        self.new_mobile.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.new_mobile.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.new_city = QLineEdit(self)
        new_form = QFormLayout(self.new_customer)
        self.new_name_label, self.new_mobile_label, self.new_city_label = QLabel(self), QLabel(self), QLabel(self)
        new_form.addRow(self.new_name_label, self._field(self.new_name, "name"))
        new_form.addRow(self.new_mobile_label, self._field(self.new_mobile, "mobile"))
        new_form.addRow(self.new_city_label, self.new_city)
        for text_label, edit in ((self.new_name_label, self.new_name), (self.new_mobile_label, self.new_mobile),
                                 (self.new_city_label, self.new_city)):
            text_label.setBuddy(edit)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_customer_button)
        layout = QVBoxLayout(self.customer_group)
        layout.addLayout(search_row)
        layout.addWidget(self.errors.label_for("customer", self))
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        layout.addWidget(self.new_customer)

    def _build_unit(self) -> None:
        self.unit_group = QGroupBox(self)
        self.serial = QLineEdit(self)
        self.serial.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.serial.setClearButtonEnabled(True)
        self.serial.editingFinished.connect(self._serial_entered)
        self.serial.installEventFilter(self)
        self.serial.textChanged.connect(self._serial_edited)
        self.found = FoundUnit(self.desk.locale.ident, self.desk.locale.date, self._person_text, self)
        self.found.transfer_requested.connect(self.transfer_unit)
        self.unit_info, self.owner_warning = self.found.unit_info, self.found.owner_warning
        self.in_workshop = self.found.in_workshop
        self.repeated_defect = RepeatedDefectNotice(self.desk.locale, self)
        self.replaced = ReplacedNotice(self.desk.locale, self)
        self.customer_units = QListWidget(self)
        self.customer_units.setObjectName("customer_units")
        self.customer_units.itemActivated.connect(self._pick_unit)
        self.customer_units.itemClicked.connect(self._pick_unit)
        self.banner = QLabel(self)
        self.banner.setObjectName("coverage_banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.register = UnitRegistration(self.desk.locale, self._field, self)
        self.register.changed.connect(self._render_banner)
        r = self.register
        self.product, self.brand, self.model, self.purchase_date = r.product, r.brand, r.model, r.purchase_date
        self.seller, self.invoice_no, self.warranty_months = r.seller, r.invoice_no, r.warranty_months

        self.serial_label = QLabel(self)
        self.serial_label.setBuddy(self.serial)
        serial_row = QFormLayout()
        serial_row.addRow(self.serial_label, self._field(self.serial, "serial"))
        layout = QVBoxLayout(self.unit_group)
        layout.addLayout(serial_row)
        layout.addWidget(self.customer_units)
        layout.addWidget(self.banner)
        layout.addWidget(self.found)
        layout.addWidget(self.replaced)
        layout.addWidget(self.repeated_defect)
        layout.addWidget(self.register)

    def _build_job(self) -> None:
        self.job_group = QGroupBox(self)
        self.channel = QComboBox(self)
        self.kind = QComboBox(self)
        self.priority = QComboBox(self)
        for combo, values in ((self.channel, Channel), (self.kind, TicketKind), (self.priority, Priority)):
            for value in values:
                combo.addItem("", value.value)
        # QPlainTextEdit lays Persian lines out flush left even in a right-to-left window;
        # QTextEdit aligns each paragraph by its own direction.
        self.fault = QTextEdit(self)
        self.fault.setAcceptRichText(False)
        hint = self.fault.palette()
        # Qt's default hint grey is close to typed text: a clerk took the hint for a fault typed.
        hint.setColor(QPalette.ColorRole.PlaceholderText, PLACEHOLDER_GREY)
        self.fault.setPalette(hint)
        self.fault.setTabChangesFocus(True)
        self.fault.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.fault.textChanged.connect(self._render_repeated_defect)
        self.accessories = QLineEdit(self)
        self.condition = QLineEdit(self)
        self.promised_date = DateEdit(self.desk.locale, self)
        self.estimate = MoneyEdit(self.desk.locale, self)
        self.job_labels = [QLabel(self) for _ in range(8)]
        form = QFormLayout(self.job_group)
        rows: list[tuple[QWidget, QWidget]] = [
            (self.channel, self.channel), (self.kind, self.kind), (self.priority, self.priority),
            (self.fault, self._field(self.fault, "fault")), (self.accessories, self.accessories),
            (self.condition, self.condition),
            (self.promised_date, self._field(self.promised_date, "promised_date")),
            (self.estimate, self._field(self.estimate, "estimate")),
        ]
        for text_label, (edit, shown_widget) in zip(self.job_labels, rows, strict=True):
            text_label.setBuddy(edit)
            form.addRow(text_label, shown_widget)

    def _build_buttons(self) -> None:
        self.result = QLabel(self)
        self.result.setObjectName("ticket_number")
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.result.setFont(font)
        self.result.setStyleSheet("QLabel { color: #1b5e20; background: #e4f4e2; border: 1px solid #81c784;"
                                  " border-radius: 4px; padding: 8px; }")
        self.print_button = QPushButton(self)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_job_card)
        self.preview_button = QPushButton(self)
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview_job_card)
        self.new_ticket_button = QPushButton(self)
        self.new_ticket_button.clicked.connect(self.new_ticket)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        for button in (self.print_button, self.preview_button, self.new_ticket_button, self.close_button,
                       self.save_button):
            # Enter moves between inputs; a button is pressed only when it has the focus.
            button.setAutoDefault(False)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.preview_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.new_ticket_button)
        self.buttons.addWidget(self.close_button)
        self.buttons.addWidget(self.save_button)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search, self.new_name, self.new_mobile, self.new_city,
            self.serial, *self.register.inputs(), self.channel, self.kind, self.priority, self.fault, self.accessories,
            self.condition, self.promised_date, self.estimate, self.save_button, self.new_ticket_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the customer ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event)  # type: ignore[arg-type]
        serial = getattr(self, "serial", None)  # filtered events arrive while the dialog is built
        if watched is serial and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            # Look the serial up before Tab moves on: a new unit's fields appear and come next.
            self._serial_entered()
            if self._registering():
                self.register.inputs()[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key not in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not _is_enter(event):
            return False
        if self._search_timer.isActive():
            self._search()
        count = self.matches.count() if self.matches.isVisible() else 0
        if key == Qt.Key.Key_Down and count:
            self.matches.setCurrentRow(min(self.matches.currentRow() + 1, count - 1))
            return True
        if key == Qt.Key.Key_Up and count:
            self.matches.setCurrentRow(max(self.matches.currentRow() - 1, 0))
            return True
        if _is_enter(event) and count:
            self._pick_item(self.matches.currentItem() or self.matches.item(0))
            return True
        if _is_enter(event) and self._adding_customer:
            empty = [edit for edit in (self.new_name, self.new_mobile) if not edit.text().strip()]
            (empty[0] if empty else self.new_city).setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _search_edited(self) -> None:
        self._customer = None
        self._search_timer.start()
        self._render_customer()

    def _search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        try:
            found = find_customers(self.desk, text, limit=MATCHES_SHOWN) if text.strip() else []
        except KhedmatError as error:
            show_error(self, error)
            return
        self._show_matches(found)
        exact = exact_mobile_match(self.desk, text, found)
        if exact is not None:
            self.pick_customer(exact)
            return
        if text.strip() and not found:
            self._adding_customer = True
        elif not self._new_customer_typed():
            self._adding_customer = False
        self._prefill_new_customer()
        self._render_customer()

    def _show_matches(self, found: list[CustomerRecord]) -> None:
        self.matches.clear()
        for record in found:
            item = QListWidgetItem(self._customer_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.matches.addItem(item)
        if found:
            rows = min(len(found), MATCHES_TALL)
            self.matches.setFixedHeight(self.matches.sizeHintForRow(0) * rows + 2 * self.matches.frameWidth())

    def _new_customer_typed(self) -> bool:
        return any(edit.isModified() for edit in (self.new_name, self.new_mobile, self.new_city))

    def _prefill_new_customer(self) -> None:
        name, mobile = split_typed(self.search.text())
        # isModified: what the clerk typed in the group wins over what the search box suggests.
        if not self.new_name.isModified():
            self.new_name.setText(name)
        if not self.new_mobile.isModified():
            self.new_mobile.setText(mobile)

    def _add_customer(self) -> None:
        self._search_timer.stop()
        self._customer = None
        self._adding_customer = True
        self._prefill_new_customer()
        self._render_customer()
        self.new_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.pick_customer(item.data(Qt.ItemDataRole.UserRole))
        self.serial.setFocus(Qt.FocusReason.TabFocusReason)

    def pick_customer(self, record: CustomerRecord) -> None:
        self._customer = record
        self._adding_customer = False
        self.matches.clear()
        self.errors.clear()
        self._render_customer()

    def _customer_text(self, record: CustomerRecord) -> str:
        return self._person_text(record.name, record.mobile, record.city)

    def _person_text(self, name: str, mobile: str | None, city: str = "") -> str:
        # A dash between parts: a middle dot reads as the Persian and Arabic zero beside digits.
        # Each part isolated: neighbouring Persian name and city would otherwise merge into one
        # right-to-left run and swap places around the phone number in a left-to-right label.
        parts = [isolate(name), isolate_ltr(self.desk.locale.phone(mobile)), isolate(city)]
        return "  —  ".join(part for part in parts if part)

    def _render_customer(self) -> None:
        picked = self._customer is not None
        self.matches.setVisible(not picked and self.matches.count() > 0)
        self.new_customer.setVisible(not picked and self._adding_customer)
        self.chosen.setVisible(picked)
        if self._customer is not None:
            self.chosen.setText(self.tr("Customer: {customer}").format(customer=self._customer_text(self._customer)))
        self._render_unit()

    # -- the unit -------------------------------------------------------------------------

    def _serial_edited(self) -> None:
        if normalize_serial(self.serial.text()) != self._looked_up:
            self._asset = None
            self._looked_up = None
            self._render_unit()

    def _serial_entered(self) -> None:
        try:
            self.look_up_serial()
        except KhedmatError as error:
            show_error(self, error)

    def look_up_serial(self) -> None:
        key = normalize_serial(self.serial.text())
        if key == self._looked_up:
            return
        self._looked_up = key
        self._asset = find_asset(self.desk, key) if key else None
        asset = self._asset
        self._open_on_unit = open_tickets_on_unit(self.desk, asset.id) if asset is not None else []
        self._warranty_repairs = warranty_repairs(self.desk, asset.id) if asset is not None else []
        self._replaced_by = replaced_by(self.desk, asset.id) if asset is not None else None
        if (asset is not None and asset.customer_id is not None and self._customer is None
                and not self._adding_customer and not self.search.text().strip()):
            # The clerk began with the unit: its owner is most likely the one at the counter.
            self.pick_customer(get_customer(self.desk, asset.customer_id))
        self._render_unit()

    def _registering(self) -> bool:
        return bool(self._looked_up) and self._asset is None

    def _load_products(self, select_id: int | None = None) -> None:
        self.register.load_products(list_products(self.desk), select_id)

    def _render_unit(self) -> None:
        self.register.setVisible(self._registering())
        self.found.show_unit(self._asset, self._customer, self._adding_customer, self._open_on_unit)
        self._render_customer_units()
        self._render_banner()
        self._render_repeated_defect()

    def _render_repeated_defect(self) -> None:
        self.repeated_defect.show_repairs(self._warranty_repairs if self._asset is not None else [],
                                          self.fault.toPlainText())
        self.replaced.show_replacement(self._replaced_by if self._asset is not None else None)

    def _render_customer_units(self) -> None:
        units = assets_of(self.desk, self._customer.id) if self._customer is not None else []
        self.customer_units.clear()
        for unit in units:
            item = QListWidgetItem(f"{unit.product.title} — {isolate_ltr(unit.serial)}")
            item.setData(Qt.ItemDataRole.UserRole, unit.serial)
            self.customer_units.addItem(item)
        self.customer_units.setVisible(bool(units) and self._asset is None and not self._registering())
        if units:
            rows = min(len(units), MATCHES_TALL)
            self.customer_units.setFixedHeight(
                self.customer_units.sizeHintForRow(0) * rows + 2 * self.customer_units.frameWidth())

    def _pick_unit(self, item: QListWidgetItem) -> None:
        self.serial.setText(item.data(Qt.ItemDataRole.UserRole))
        self.look_up_serial()
        self.fault.setFocus(Qt.FocusReason.OtherFocusReason)

    def transfer_unit(self) -> bool:
        """The unit found is the counter customer's now: transfer it, in the unit's history."""
        asset, customer = self._asset, self._customer
        if asset is None or customer is None or not self._confirm(
                self.tr("Transfer unit {serial} from {owner} to {customer}? The unit's history records it.")
                .format(serial=isolate_ltr(asset.serial), owner=isolate(asset.customer_name),
                        customer=isolate(customer.name))):
            return False
        try:
            transfer_unit(self.desk, asset.id, asset.version, customer.id,
                          self.tr("Brought in by the new owner at intake"))
        except KhedmatError as error:
            show_error(self, error)
            return False
        self._looked_up = None
        self.look_up_serial()
        return True

    def _confirm(self, question: str) -> bool:
        """A yes-or-no question (tests answer it themselves)."""
        return ask_yes_no(self, question)

    def _planned_coverage(self) -> Coverage | None:
        """What the coverage will be once the unit is registered as typed; None while it is
        unknown (a warranty, but no purchase date given)."""
        start, months = self.purchase_date.value(), self.register.months()
        if months is None:
            return None
        if not months:
            return decide_coverage([], [], self.desk.today())
        if start is None:
            return None
        return decide_coverage([WarrantySpan(0, start, warranty_end(start, months, self.desk))], [], self.desk.today())

    def coverage(self) -> Coverage | None:
        """The decision the banner shows: the unit's own, or the one its registration will
        give; None when there is no unit, or its coverage is unknown yet."""
        if self._asset is not None:
            return self._asset.coverage
        if self._registering():
            return self._planned_coverage()
        return None

    def _render_banner(self) -> None:
        decision = self.coverage()
        unknown = decision is None and self._registering()
        self.banner.setVisible(decision is not None or unknown)
        # The clerk reads the colour before the words.
        if unknown and self.register.months() is None:
            self.banner.setStyleSheet(UNKNOWN_COVERAGE_STYLE)
            self.banner.setText(self.tr("Coverage unknown: no warranty rule for this product; type the "
                                        "warranty months"))
        elif unknown:
            self.banner.setStyleSheet(UNKNOWN_COVERAGE_STYLE)
            self.banner.setText(self.tr("Coverage unknown: give the purchase date "
                                        "(without it no warranty is recorded)"))
        elif decision is not None:
            self.banner.setStyleSheet(coverage_style(decision.kind))
            self.banner.setText(decision.in_full(QCoreApplication.translate, self.desk.locale.date))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._locked:
            return
        self.errors.clear()
        try:
            self._check_dates()
            ticket_fault(self.fault.toPlainText())  # before a customer or a unit is made for it
            estimate = self._estimate()
            self._look_up_before_save()
            if self.found.owned_elsewhere() and self._customer is not None and not self.transfer_unit():
                return
            customer = self._ensure_customer()
            asset = self._ensure_asset(customer)
            ticket = open_ticket(self.desk, TicketInput(
                customer_id=customer.id, asset_id=asset.id if asset else None,
                channel=Channel(self.channel.currentData()), kind=TicketKind(self.kind.currentData()),
                fault=self.fault.toPlainText(), accessories=self.accessories.text(),
                condition=self.condition.text(), priority=Priority(self.priority.currentData()),
                promised_date=self.promised_date.value(), estimate=estimate,
            ))
        except ValidationError as error:
            self._show_invalid(error)
        except KhedmatError as error:
            show_error(self, error)
        else:
            self._opened(ticket)

    def _check_dates(self) -> None:
        """A date typed but refused (1405/12/31) blocks the save with its reason beside it:
        the field's last valid value is not what the clerk typed."""
        fields = [("promised_date", self.promised_date)]
        if self._registering():
            fields.insert(0, ("purchase_date", self.purchase_date))
        for name, edit in fields:
            refused = None if edit.commit() else edit.error()
            if refused is not None:
                beside = ValidationError(refused.template, field=name, **refused.params)
                beside.context = refused.context  # the field's own words for it
                raise beside

    def _estimate(self) -> Decimal | None:
        try:
            return self.estimate.amount()
        except InvalidMoney as error:
            # Money parsing knows nothing of forms; this amount is the estimate.
            raise ValidationError(error.template, field="estimate", **error.params) from error

    def _ensure_customer(self) -> CustomerRecord:
        if self._customer is not None:
            return self._customer
        if not self._adding_customer:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Pick a customer, or add a new one."),
                                  field="customer")
        data = CustomerInput(name=self.new_name.text(), mobile=self.new_mobile.text(), city=self.new_city.text())
        try:
            record = create_customer(self.desk, data)
        except DuplicateError:
            # Offer the customer who already has this mobile, to pick instead.
            self._show_matches(find_customers(self.desk, data.mobile, limit=MATCHES_SHOWN))
            self._render_customer()
            raise
        self.pick_customer(record)
        return record

    def _look_up_before_save(self) -> None:
        """A serial saved straight after typing it is looked up first; if it is unknown, the
        clerk sees the registration form before anything is registered with its defaults."""
        if normalize_serial(self.serial.text()) == self._looked_up:
            return
        self.look_up_serial()
        if self._registering():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This unit is not registered yet: check its details, then save again."),
                field="serial")

    def _ensure_asset(self, customer: CustomerRecord) -> AssetRecord | None:
        if not self._registering():
            return self._asset
        try:
            self._asset = register_asset(self.desk, AssetInput(
                serial=self.serial.text(), product_id=self._ensure_product(), customer_id=customer.id,
                purchase_date=self.purchase_date.value(), seller=self.seller.text(),
                invoice_no=self.invoice_no.text(), warranty_months=self.register.months(),
            ))
        except ValidationError as error:
            if error.field == "serial":
                # Registered by someone else meanwhile: the next save looks it up again.
                self._looked_up = None
            raise
        self._render_unit()
        return self._asset

    def _ensure_product(self) -> int:
        record = self.product.chosen()
        if record is None and not self.product.typing_new():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose the unit's product, or “New brand and model…” to type it."), field="product")
        if record is None:
            record = create_product(self.desk, self.brand.text(), self.model.text(),
                                    warranty_months=self.register.months())
            months = self.warranty_months.value()
            self._load_products(record.id)
            self.warranty_months.setValue(months)
        return record.id

    def _show_invalid(self, error: ValidationError) -> None:
        self.errors.report(self, error, {
            "customer": self.search, "name": self.new_name, "mobile": self.new_mobile, "serial": self.serial,
            "product": self.product, "fault": self.fault,
            "model": self.model, "purchase_date": self.purchase_date, "warranty_months": self.warranty_months,
            "promised_date": self.promised_date, "estimate": self.estimate,
        })

    def _opened(self, ticket: TicketRecord) -> None:
        self.ticket = ticket
        self._lock(True)
        self._render_result()
        self.ticket_opened.emit(ticket.id)
        self.new_ticket_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_job_card(self) -> None:
        if self.ticket is not None:
            print_document(self, self.desk, Document.JOB_CARD, self.ticket.number)

    def preview_job_card(self) -> None:
        if self.ticket is not None:
            preview_document(self, self.desk, Document.JOB_CARD, self.ticket.number)

    def _lock(self, locked: bool) -> None:
        self._locked = locked
        for group in (self.customer_group, self.unit_group, self.job_group):
            group.setEnabled(not locked)
        self.save_button.setVisible(not locked)
        self.new_ticket_button.setVisible(locked)
        self.print_button.setEnabled(locked)
        self.preview_button.setEnabled(locked)
        self.result.setVisible(locked)

    def _render_result(self) -> None:
        if self.ticket is not None:
            number = self.desk.locale.ident(self.ticket.number)
            self.result.setText(self.tr("Ticket {number} is open").format(number=number))

    # -- starting over and closing --------------------------------------------------------

    def clear(self) -> None:
        """Empty every input for the next customer at the counter."""
        for edit in (self.search, self.new_name, self.new_mobile, self.new_city, self.serial, self.accessories,
                     self.condition, self.estimate):
            edit.setText("")  # unlike clear(), also forgets that the clerk edited it
        self.fault.clear()
        self._search_timer.stop()
        self.ticket = None
        self._customer = None
        self._adding_customer = False
        self._asset = None
        self._looked_up = None
        self.errors.clear()
        self.matches.clear()
        today = self.desk.today()
        self.register.clear(today)
        self.promised_date.set_today(today)
        self.promised_date.set_value(today + timedelta(days=PROMISE_DAYS))
        for combo, default in ((self.channel, Channel.WALK_IN), (self.kind, TicketKind.REPAIR),
                               (self.priority, Priority.NORMAL)):
            combo.setCurrentIndex(combo.findData(default.value))
        self._lock(False)
        self._render_customer()

    def start_with(self, customer: CustomerRecord, serial: str = "", kind: TicketKind | None = None) -> None:
        """A ticket begun from a record (a Today row): its customer chosen, its unit looked up
        and the job's kind set, the fault left for the clerk to write."""
        self.pick_customer(customer)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if serial:
            self.serial.setText(serial)
            self.look_up_serial()
        self.fault.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_ticket(self) -> None:
        self._load_products()
        self.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed_something(self) -> bool:
        texts = [self.search, self.new_name, self.new_mobile, self.new_city, self.serial, self.brand, self.model,
                 self.seller, self.invoice_no, self.accessories, self.condition, self.estimate]
        return any(edit.text().strip() for edit in texts) or bool(self.fault.toPlainText().strip())

    def reject(self) -> None:
        if not self._locked and self._typed_something() and not confirm_discard(
                self, self.tr("Close without saving? What you typed for this ticket will be lost.")):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_enter(event):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New ticket"))
        self.customer_group.setTitle(self.tr("Customer"))
        self.search.setPlaceholderText(self.tr("Mobile or name"))
        self.add_customer_button.setText(self.tr("&New customer"))
        self.add_customer_button.setToolTip(self.tr("Add a customer who is not in the list ({keys})").format(
            keys=_keys_text(self._add_customer_keys)))
        self.new_customer.setTitle(self.tr("New customer"))
        self.new_name_label.setText(self.tr("Name:"))
        self.new_mobile_label.setText(self.tr("Mobile:"))
        self.new_city_label.setText(self.tr("City:"))

        self.unit_group.setTitle(self.tr("Unit"))
        self.serial_label.setText(self.tr("&Serial:"))
        self.serial.setPlaceholderText(self.tr("Serial number on the unit"))

        self.job_group.setTitle(self.tr("Ticket"))
        for text_label, text in zip(self.job_labels, (
                self.tr("Channel:"), self.tr("Kind:"), self.tr("Priority:"), self.tr("&Fault:"),
                self.tr("Accessories received:"), self.tr("Physical condition:"), self.tr("Promised date:"),
                self.tr("Estimate:")), strict=True):
            text_label.setText(text)
        for combo, kinds in ((self.channel, Channel), (self.kind, TicketKind), (self.priority, Priority)):
            _label_items(combo, kinds)
        self.fault.setPlaceholderText(self.tr("What the customer says is wrong"))

        self.print_button.setText(self.tr("&Print job card"))
        self.print_button.setToolTip(self.tr("Print the job card of the ticket just opened."))
        self.preview_button.setText(self.tr("Pre&view job card"))
        self.preview_button.setToolTip(self.tr("See the job card of the ticket just opened as it will be printed."))
        self.new_ticket_button.setText(self.tr("New &ticket"))
        self.close_button.setText(self.tr("Close"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the ticket ({keys})").format(
            keys=" / ".join(_keys_text(QKeySequence(keys)) for keys in ("Ctrl+S", "Ctrl+Return"))))
        self._render_customer()
        self._render_result()


def _keys_text(keys: QKeySequence) -> str:
    return isolate_ltr(keys.toString(QKeySequence.SequenceFormat.NativeText))


def _label_items(combo: QComboBox, kinds: type[StrEnum]) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, shown(label(kinds(combo.itemData(index)))))
