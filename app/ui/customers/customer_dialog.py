"""One customer on one screen: details, units with their coverage, tickets, the one history,
and a click to record each call, SMS, visit, email or note."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.contracts import contract_status_label
from app.domain.coverage import CoverageKind
from app.domain.kinds import Approval, ComplaintStatus, EventKind, label
from app.domain.permissions import Action
from app.domain.workflow import status_label
from app.errors import Conflict, KhedmatError
from app.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.contracts import ContractRecord, contracts_of
from app.services.customers import CustomerInput, CustomerRecord, get_customer, update_customer
from app.services.desk import Desk
from app.services.history import HistoryEntry, customer_history, tickets_of
from app.services.listing import TicketRow
from app.services.staff import StaffRecord, list_staff
from app.services.tickets import log_contact
from app.services.units import AssetRecord, assets_of
from app.ui.admin.audit_dialog import AuditButton
from app.ui.customers.corrections import CustomerCorrections, UnitCorrections
from app.ui.history_text import entry_text
from app.ui.marks import ARCHIVED_STYLE, COVERAGE_COLOURS, ENDED
from app.ui.messages import FieldErrors, ask_reload, confirm_discard, show_error
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.today.followup_button import FollowUpButton, Subject
from app.ui.translator import person as person_name
from app.ui.translator import shown

COVERAGE_ORDER = list(CoverageKind)
CONTACT_KINDS = (EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.EMAIL, EventKind.NOTE)
VIP_STYLE = "background: #b8860b; color: white; border-radius: 4px; padding: 1px 8px; font-weight: bold;"


class CustomerDialog(Retranslating, QDialog):
    open_ticket = Signal(int)
    """The ticket the clerk double-clicked (its id)."""
    open_unit = Signal(int)
    """The unit the clerk double-clicked (its id)."""
    changed = Signal(int)
    """The customer's details were saved (the customer's id)."""
    open_contract = Signal(int)
    """The contract the clerk double-clicked (its id)."""
    new_contract = Signal(int)
    """A manager asked for a new contract for this customer (the customer's id)."""

    def __init__(self, desk: Desk, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id = customer_id
        self.record: CustomerRecord = get_customer(desk, customer_id)
        self._move_template = "{source} → {target}"
        self.staff: list[StaffRecord] = list_staff(desk)

        # Header: who this is, at a glance.
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.vip_badge = QLabel(self)
        self.vip_badge.setStyleSheet(VIP_STYLE)
        self.archived_badge = QLabel(self)
        self.archived_badge.setStyleSheet(ARCHIVED_STYLE)
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_caption = QLabel(self)
        self.contact_buttons: dict[EventKind, QPushButton] = {}
        for kind in CONTACT_KINDS:
            button = QPushButton(self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.log(k))
            self.contact_buttons[kind] = button

        # Details.
        self.details = QGroupBox(self)
        self.errors = FieldErrors()
        self.name = QLineEdit(self.details)
        self.mobile = QLineEdit(self.details)
        self.phone = QLineEdit(self.details)
        self.email = QLineEdit(self.details)
        self.city = QLineEdit(self.details)
        self.address = QLineEdit(self.details)
        self.national_id = QLineEdit(self.details)
        self.company = QLineEdit(self.details)
        self.is_company = QCheckBox(self.details)
        self.vip = QCheckBox(self.details)
        self.representative = QComboBox(self.details)
        self.language = QComboBox(self.details)
        self.notes = QPlainTextEdit(self.details)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)  # grows with the dialog
        # Numbers and addresses of mail are written left to right even in a right-to-left form.
        toward_form = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for edit in (self.mobile, self.phone, self.email, self.national_id):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setAlignment(toward_form | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        for field, widget in (("name", self.name), ("mobile", self.mobile), ("phone", self.phone),
                              ("email", self.email), ("city", self.city), ("address", self.address),
                              ("national_id", self.national_id), ("company", self.company)):
            self._add_row(field, widget)
        flags = QWidget(self.details)
        flags_row = QHBoxLayout(flags)
        flags_row.setContentsMargins(0, 0, 0, 0)
        flags_row.addWidget(self.is_company)
        flags_row.addWidget(self.vip)
        flags_row.addStretch(1)
        self.form.addRow("", flags)
        self._add_row("representative", self.representative)
        self._add_row("language", self.language)
        self._add_row("notes", self.notes)
        self.save_button = QPushButton(self.details)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        self.form.addRow(save_row)

        # Tabs: units, tickets, history.
        self.units_model: RecordTableModel[AssetRecord] = RecordTableModel(self._unit_columns(), parent=self)
        self.tickets_model: RecordTableModel[TicketRow] = RecordTableModel(self._ticket_columns(), parent=self)
        self.history_model: RecordTableModel[HistoryEntry] = RecordTableModel(self._history_columns(), parent=self)
        self.tabs = QTabWidget(self)
        self.units_view = record_view(self.tabs, self.units_model, stretch=3)
        self.tickets_view = record_view(self.tabs, self.tickets_model, stretch=5)
        self.history_view = record_view(self.tabs, self.history_model, stretch=4, sortable=False)
        self.history_view.setWordWrap(True)
        for view in (self.units_view, self.tickets_view, self.history_view):
            self.tabs.addTab(view, "")
        self.contracts_model: RecordTableModel[ContractRecord] = RecordTableModel(self._contract_columns(),
                                                                                  parent=self)
        self.contracts_page = QWidget(self.tabs)
        self.contracts_view = record_view(self.contracts_page, self.contracts_model, stretch=3)
        self.contracts_view.activated.connect(self._contract_activated)
        self.new_contract_button = QPushButton(self.contracts_page)
        self.new_contract_button.setAutoDefault(False)
        self.new_contract_button.setVisible(desk.may(Action.CONTRACTS))
        self.new_contract_button.clicked.connect(lambda: self.new_contract.emit(self.customer_id))
        contracts_column = QVBoxLayout(self.contracts_page)
        contracts_column.addWidget(self.contracts_view, 1)
        contracts_buttons = QHBoxLayout()
        contracts_buttons.addStretch(1)
        contracts_buttons.addWidget(self.new_contract_button)
        contracts_column.addLayout(contracts_buttons)
        self.tabs.addTab(self.contracts_page, "")
        self.tickets_view.activated.connect(self._ticket_activated)
        self.units_view.activated.connect(self._unit_activated)
        self.unit_corrections = UnitCorrections(desk, self.units_view, self._current_unit)
        self.units_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.units_view.addActions(self.unit_corrections.actions)
        self.units_view.selectionModel().currentChanged.connect(lambda *_: self.unit_corrections.update_actions())
        self.unit_corrections.changed.connect(self._corrected)

        # Merge, archive, delete: behind one button, each asks before it acts.
        self.corrections = CustomerCorrections(desk, self, lambda: self.customer_id)
        self.corrections.changed.connect(self._corrected)
        self.corrections.removed.connect(self._removed)
        self.corrections_button = QPushButton(self)
        self.corrections_button.setAutoDefault(False)
        self.corrections_button.setMenu(QMenu(self.corrections_button))
        self.corrections_button.menu().addActions(self.corrections.actions)

        self.audit_button = AuditButton(desk, lambda: ("customers", self.customer_id),
                                        lambda: self.record.name, self)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        header = QHBoxLayout()
        title = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.vip_badge)
        name_row.addWidget(self.archived_badge)
        name_row.addStretch(1)
        title.addLayout(name_row)
        title.addWidget(self.subtitle)
        header.addLayout(title, 1)
        contacts = QHBoxLayout()
        contacts.addWidget(self.contact_caption)
        for button in self.contact_buttons.values():
            contacts.addWidget(button)
        header.addLayout(contacts)
        body = QHBoxLayout()
        body.addWidget(self.details, 2)
        body.addWidget(self.tabs, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.corrections_button)
        bottom.addWidget(self.audit_button)
        self.followup_button = FollowUpButton(desk, lambda: Subject(self.customer_id, self.record.name), self)
        self.followup_button.complaint_saved.connect(lambda _id: self.refresh_history())
        self.followup_button.call_scheduled.connect(lambda _id: self.changed.emit(self.customer_id))
        bottom.addWidget(self.followup_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        chain = [self.name, self.mobile, self.phone, self.email, self.city, self.address, self.national_id,
                 self.company, self.is_company, self.vip,
                 self.representative, self.notes, self.save_button, self.tabs, self.units_view, self.tickets_view,
                 self.history_view, *self.contact_buttons.values(), self.corrections_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._fill_representatives()
        self.retranslate()
        self._show_record()
        self.refresh()
        self.name.setFocus()
        self.resize(1180, 660)

    def _add_row(self, field: str, widget: QWidget) -> None:
        box = self.errors.beside(field, widget, self.details)
        label = QLabel(self.details)
        label.setBuddy(widget)
        self.field_labels[field] = label
        self.form.addRow(label, box)

    # -- columns ----------------------------------------------------------------------------

    def _unit_columns(self) -> list[RecordColumn[AssetRecord]]:
        locale = self.desk.locale

        def coverage(a: AssetRecord) -> str:
            return a.coverage.describe(QCoreApplication.translate, locale.date)

        def archived(a: AssetRecord) -> str | None:
            return ENDED.darker(170).name() if a.archived_at is not None else None

        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda a: isolate_ltr(a.serial),
                         key=lambda a: a.serial, color=archived),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Unit"), self.unit_text, color=archived),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Purchased"), lambda a: locale.date(a.purchase_date),
                         key=lambda a: a.purchase_date.toordinal() if a.purchase_date else 0),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Coverage"), coverage,
                         key=lambda a: COVERAGE_ORDER.index(a.coverage.kind),
                         color=lambda a: COVERAGE_COLOURS[a.coverage.kind][1].name()),
        ]

    def _ticket_columns(self) -> list[RecordColumn[TicketRow]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda t: locale.ident(t.number),
                         key=lambda t: t.number),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda t: locale.date(t.opened_at),
                         key=lambda t: t.opened_at.timestamp()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda t: shown(status_label(t.status))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda t: t.product),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda t: isolate_ltr(t.serial),
                         key=lambda t: t.serial),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Fault"), lambda t: t.fault),
        ]

    def _contract_columns(self) -> list[RecordColumn[ContractRecord]]:
        locale = self.desk.locale

        def visits(c: ContractRecord) -> str:
            used = locale.digits(c.visits_used)
            return used if c.visits_included is None else f"{used}/{locale.digits(c.visits_included)}"

        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda c: locale.ident(c.number),
                         key=lambda c: c.number),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Start"), lambda c: locale.date(c.start_date),
                         key=lambda c: c.start_date.toordinal()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "End"), lambda c: locale.date(c.end_date),
                         key=lambda c: c.end_date.toordinal()),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: shown(contract_status_label(c.status))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Visits used"), visits, key=lambda c: c.visits_used),
        ]

    def _history_columns(self) -> list[RecordColumn[HistoryEntry]]:
        locale = self.desk.locale
        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: locale.moment(e.at)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: shown(label(EventKind(e.kind)))),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"),
                         lambda e: locale.ident(e.ticket_number or "")),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Status"), self.move_text),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Text"), lambda e: self.event_text(e)),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: person_name(e.user_name)),
        ]


    def move_text(self, entry: HistoryEntry) -> str:
        if entry.to_status is None:
            return ""
        target = shown(status_label(entry.to_status))
        if entry.from_status is None:
            return target
        return self._move_template.format(source=shown(status_label(entry.from_status)), target=target)

    def unit_text(self, unit: AssetRecord) -> str:
        if unit.archived_at is None:
            return unit.product.title
        return self.tr("{unit} (archived)").format(unit=unit.product.title)

    def event_text(self, entry: HistoryEntry) -> str:
        if entry.kind == EventKind.APPROVAL and entry.text in tuple(Approval):
            return shown(label(Approval(entry.text)))
        if entry.complaint_status is not None:
            return self.tr("{status}: {complaint}").format(
                status=shown(label(ComplaintStatus(entry.complaint_status))), complaint=entry.text)
        return entry_text(entry.kind, entry.text, self.desk.locale)

    # -- reading ----------------------------------------------------------------------------

    def _fill_representatives(self) -> None:
        self.representative.clear()
        self.representative.addItem("", None)
        for person in self.staff:
            self.representative.addItem(person_name(person.full_name), person.id)
        wanted = self.record.representative_id
        if wanted is not None and self.representative.findData(wanted) < 0:
            self.representative.addItem(self.desk.locale.digits(f"#{wanted}"), wanted)

    def _show_record(self) -> None:
        """Put the saved details in the form and the header."""
        r, locale = self.record, self.desk.locale
        self.errors.clear()
        self.name.setText(r.name)
        # Isolated, or Arabic-Indic groups show reversed (٢٠١٣ ١١٨ ٠٥٠); reading a number
        # ignores the invisible marks.
        self.mobile.setText(isolate_ltr(locale.phone(r.mobile)))
        self.phone.setText(isolate_ltr(locale.phone(r.phone)))
        self.email.setText(r.email)
        self.city.setText(r.city)
        self.address.setText(r.address)
        self.national_id.setText(isolate_ltr(locale.digits(r.national_id)) if r.national_id else "")
        self.company.setText(r.company)
        self.is_company.setChecked(r.is_company)
        self.vip.setChecked(r.vip)
        if r.representative_id is not None and self.representative.findData(r.representative_id) < 0:
            self._fill_representatives()
        index = self.representative.findData(r.representative_id) if r.representative_id is not None else 0
        self.representative.setCurrentIndex(max(index, 0))
        self.notes.setPlainText(r.notes)
        self.language.setCurrentIndex(max(self.language.findData(r.language or ""), 0))
        self._show_header()
        self._shown = self._input()
        """The form as the saved record fills it: anything else was typed and not saved."""

    def reject(self) -> None:
        if self._input() != self._shown and not confirm_discard(
                self, self.tr("Close without saving? Your changes to this customer will be lost.")):
            return
        super().reject()

    def _show_header(self) -> None:
        r, locale = self.record, self.desk.locale
        self.name_label.setText(r.name)
        self.vip_badge.setVisible(r.vip)
        self.archived_badge.setVisible(r.archived_at is not None)
        self.corrections.update_actions(r.archived_at is not None)
        parts = [isolate_ltr(locale.phone(r.mobile)) if r.mobile else "", r.city]
        representative = next((person_name(p.full_name) for p in self.staff if p.id == r.representative_id), "")
        if representative:
            parts.append(self.tr("Representative: {name}").format(name=representative))
        self.subtitle.setText("  —  ".join(p for p in parts if p))
        self.setWindowTitle(self.tr("Customer — {name}").format(name=r.name))

    def refresh(self) -> None:
        """Read the units, tickets and history again."""
        # Archived units too, marked: this is where they are restored from.
        self.units_model.set_rows(assets_of(self.desk, self.customer_id, include_archived=True))
        self.unit_corrections.update_actions()
        self.tickets_model.set_rows(tickets_of(self.desk, self.customer_id))
        self.contracts_model.set_rows(contracts_of(self.desk, self.customer_id))
        self.contracts_view.resizeColumnsToContents()
        self.refresh_history()
        for view in (self.units_view, self.tickets_view):
            view.resizeColumnsToContents()
        self._show_counts()

    def refresh_history(self) -> None:
        self.history_model.set_rows(customer_history(self.desk, self.customer_id))
        self.history_view.resizeColumnsToContents()
        self.history_view.resizeRowsToContents()  # a correction's entry holds a line per field
        self._show_counts()

    def reload(self) -> None:
        """Everything as it is saved now; what was typed in the form is dropped."""
        self.record = get_customer(self.desk, self.customer_id)
        self._show_record()
        self.refresh()

    # -- writing ----------------------------------------------------------------------------

    def _input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(), mobile=self.mobile.text(), phone=self.phone.text(), email=self.email.text(),
            city=self.city.text(), address=self.address.text(), national_id=self.national_id.text(),
            company=self.company.text(), is_company=self.is_company.isChecked(),
            vip=self.vip.isChecked(), representative_id=self.representative.currentData(),
            notes=self.notes.toPlainText(), language=self.language.currentData() or None,
        )

    def save(self) -> bool:
        """Save the details; False when they could not be saved (the reason is on screen)."""
        self.errors.clear()
        try:
            saved = update_customer(self.desk, self.customer_id, self.record.version, self._input())
        except Conflict as error:
            if self._ask_reload(error):
                self.reload()
            return False
        except KhedmatError as error:
            self.errors.report(self, error, self._field_widgets())
            return False
        self.record = saved
        self._show_record()
        self.refresh()
        self.changed.emit(self.customer_id)
        return True

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "mobile": self.mobile, "phone": self.phone, "email": self.email,
                "city": self.city, "address": self.address, "national_id": self.national_id, "company": self.company,
                "representative": self.representative,
                "notes": self.notes}

    def _ask_reload(self, error: Conflict) -> bool:
        """Whether the clerk wants the version someone else saved (a message box asks)."""
        return ask_reload(self, error)

    def _ask_text(self, kind: EventKind) -> str | None:
        """What the clerk has to say about the contact; None when they cancel."""
        text, ok = QInputDialog.getMultiLineText(self, shown(label(kind)), self.tr("What was said or done?"))
        return text if ok else None

    def log(self, kind: EventKind) -> bool:
        """Record a call, SMS, visit, email or note in the customer's history."""
        text = self._ask_text(kind)
        if text is None:
            return False
        try:
            log_contact(self.desk, self.customer_id, kind, text)
        except KhedmatError as error:
            show_error(self, error)
            return False
        self.refresh_history()
        self.tabs.setCurrentWidget(self.history_view)
        return True

    def _current_unit(self) -> AssetRecord | None:
        index = self.units_view.currentIndex()
        return index.data(RecordTableModel.RowRole) if index.isValid() else None

    def _corrected(self) -> None:
        """A merge, an archiving or a unit's correction was saved: show the customer as saved now
        (what was typed in the form and not saved is dropped, as a reload does)."""
        self.reload()
        self.changed.emit(self.customer_id)

    def _removed(self) -> None:
        self.changed.emit(self.customer_id)
        self.done(QDialog.DialogCode.Rejected)  # nothing left to edit, nothing to ask about

    def _ticket_activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None:
            self.open_ticket.emit(row.id)

    def _contract_activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None:
            self.open_contract.emit(row.id)

    def _unit_activated(self, index: QModelIndex) -> None:
        row = index.data(RecordTableModel.RowRole)
        if row is not None:
            self.open_unit.emit(row.id)

    # -- language ---------------------------------------------------------------------------

    def _show_counts(self) -> None:
        digits = self.desk.locale.digits
        self.tabs.setTabText(0, self.tr("Units ({count})").format(count=digits(self.units_model.rowCount())))
        self.tabs.setTabText(1, self.tr("Tickets ({count})").format(count=digits(self.tickets_model.rowCount())))
        self.tabs.setTabText(2, self.tr("History ({count})").format(count=digits(self.history_model.rowCount())))
        self.tabs.setTabText(3, self.tr("Contracts ({count})").format(count=digits(self.contracts_model.rowCount())))

    def retranslate(self) -> None:
        texts = {"name": self.tr("Name"), "mobile": self.tr("Mobile"), "phone": self.tr("Phone"),
                 "email": self.tr("Email"), "city": self.tr("City"), "address": self.tr("Address"),
                 "national_id": self.tr("National ID"), "company": self.tr("Company name"),
                 "representative": self.tr("Representative"), "notes": self.tr("Notes"),
                 "language": self.tr("Messages in")}
        chosen = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Not known (the desk's language)"), "")
        for lang, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(self.language.findData(chosen or ""), 0))
        self.language.blockSignals(False)
        for field, text in texts.items():
            self.field_labels[field].setText(text)
        self.details.setTitle(self.tr("Details"))
        self.is_company.setText(self.tr("Company"))
        self.vip.setText(self.tr("VIP customer"))
        self.vip_badge.setText(self.tr("VIP"))
        self.archived_badge.setText(self.tr("Archived"))
        self.corrections_button.setText(self.tr("Corrections"))
        self.corrections.retranslate()
        self.unit_corrections.retranslate()
        self.representative.setItemText(0, self.tr("No representative"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.close_button.setText(self.tr("Close"))
        self.contact_caption.setText(self.tr("Record:"))
        for kind, button in self.contact_buttons.items():
            button.setText(shown(label(kind)))
        self._move_template = self.tr("{source} → {target}")
        self.new_contract_button.setText(self.tr("New contract…"))
        for model in (self.units_model, self.tickets_model, self.history_model, self.contracts_model):
            model.retranslate()
        self._show_counts()
        self._show_header()
