"""The main window: the clerk's lists, the global search, and the way into every record."""
from __future__ import annotations

import html
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStyle,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app import config
from app.domain.kinds import EventKind
from app.domain.permissions import Action
from app.errors import KhedmatError, NotFound
from app.i18n import LANGUAGE_NAMES
from app.services import listing
from app.services.customers import get_customer
from app.services.desk import Desk
from app.services.list_columns import (
    CONTRACT_COLUMNS,
    CUSTOMER_COLUMNS,
    FOLLOWUP_COLUMNS,
    TICKET_COLUMNS,
    WARRANTY_COLUMNS,
)
from app.services.listing import ContractRow, CustomerRow, FollowUpRow, Period, TicketRow, WarrantyRow
from app.services.tickets import find_ticket, log_contact
from app.services.today import TodayKind, TodayRow
from app.ui import messages
from app.ui.coverage.contract_actions import ContractActions
from app.ui.customers.corrections import CustomerCorrections
from app.ui.customers.warranty_dialogs import WarrantyActions
from app.ui.desk_frame import (
    GEOMETRY_KEY,
    MENU_TITLES,
    NEW_TICKET,
    SEARCH_HINT,
    TAB_TITLES,
    WINDOW_SIZE,
    WINDOW_TITLE,
    DeskFrame,
)
from app.ui.filter_bars import CustomerFilterBar, FollowUpFilterBar, PeriodFilterBar, TicketFilterBar
from app.ui.list_export import ListExport
from app.ui.list_printing import ListPrinting
from app.ui.list_tab import ListTab
from app.ui.marks import LEGEND_CONTEXT, LEGENDS, customer_mark, followup_mark, period_mark, ticket_mark
from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating
from app.ui.today.today_tab import TodayTab
from app.ui.ui_state import ui_settings

if TYPE_CHECKING:
    from app.ui.admin.audit_dialog import AuditDialog
    from app.ui.admin.parts_dialog import PartsDialog
    from app.ui.admin.products_dialog import ProductsDialog
    from app.ui.admin.settings_dialog import SettingsDialog
    from app.ui.admin.staff_dialog import StaffDialog
    from app.ui.coverage.contract_dialog import ContractDialog
    from app.ui.coverage.periodic_dialog import PeriodicServiceDialog
    from app.ui.coverage.returns_dialog import ReturnsDialog
    from app.ui.customers.customer_dialog import CustomerDialog
    from app.ui.customers.unit_dialog import UnitDialog
    from app.ui.importing.import_wizard import ImportWizard
    from app.ui.reports.reports_dialog import ReportsDialog
    from app.ui.tickets.intake_dialog import IntakeDialog
    from app.ui.tickets.ticket_dialog import TicketDialog
    from app.ui.today.complaint_dialog import ComplaintDialog
    from app.ui.today.complaints_dialog import ComplaintsDialog
    from app.ui.today.schedule_dialog import RescheduleDialog

# The windows a menu or a row opens are imported when first opened (app.ui.desk_frame: the desk
# starts without them), by the methods that open them.

Dialog = TypeVar("Dialog", bound=QDialog)


class MainWindow(Retranslating, QMainWindow):
    first_pages_filled = Signal()
    """Today and the tickets' first page are in the window."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, fill_later: bool = False) -> None:
        """`fill_later`: read Today and the tickets' first page only once the window has painted
        (the program's start: the clerk sees the desk at once); otherwise before it returns."""
        super().__init__(parent)
        self.desk = desk
        self._fill_pending = fill_later
        self._open_records: dict[tuple[str, int], QDialog] = {}
        """The ticket, customer and unit windows now open, by (kind, id)."""
        messages.use_locale(desk.locale)
        self.tabs = QTabWidget(self)
        self.tickets = ListTab(PagedTableModel(desk, listing.TICKETS, TICKET_COLUMNS, ticket_mark),
                               TicketFilterBar(desk), self)
        self.customers = ListTab(PagedTableModel(desk, listing.CUSTOMERS, CUSTOMER_COLUMNS, customer_mark),
                                 CustomerFilterBar(), self)
        self.warranties = ListTab(PagedTableModel(desk, listing.WARRANTIES, WARRANTY_COLUMNS, period_mark),
                                  PeriodFilterBar(with_void=True, default=Period.ACTIVE), self)
        self.contracts = ListTab(PagedTableModel(desk, listing.CONTRACTS, CONTRACT_COLUMNS, period_mark),
                                 PeriodFilterBar(with_void=False), self)
        self.followups = ListTab(PagedTableModel(desk, listing.FOLLOWUPS, FOLLOWUP_COLUMNS, followup_mark),
                                 FollowUpFilterBar(), self)
        self.lists = [self.tickets, self.customers, self.warranties, self.contracts, self.followups]
        self.today = TodayTab(desk, self)
        self.tabs.addTab(self.today, "")
        self.today.count_changed.connect(self._show_count)
        self.today.call_requested.connect(self.log_today_call)
        self.today.ticket_requested.connect(self.open_today_ticket)
        self.today.record_requested.connect(self.open_today_complaint)
        for tab in self.lists:
            self.tabs.addTab(tab, "")
            tab.count_changed.connect(self._show_count)
            tab.activated.connect(self.open_row)
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.statusBar().addPermanentWidget(self.legend)
        self.statusBar().addPermanentWidget(self.count_label)
        self.tabs.currentChanged.connect(self._tab_shown)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.returnPressed.connect(self.global_search)
        self.search.textChanged.connect(self._search_edited)
        self._searched_for = ""
        """The text the global search put in every list's filter, taken out again with it."""
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.list_export = ListExport(desk, self)
        self.list_printing = ListPrinting(desk, self)
        self._make_actions()
        for tab in self.lists:
            tab.add_list_action(self.export_list_action)
            tab.add_list_action(self.print_list_action, self.preview_list_action)
        self.toolbar.addAction(self.new_ticket_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search)

        self.retranslate()
        self.resize(*WINDOW_SIZE)
        self._restore_layout()
        self.tabs.setCurrentIndex(0)
        self._tab_shown()
        if not fill_later:
            self.fill_first_pages()

    def fill_first_pages(self) -> None:
        """Today, and the tickets: the list a clerk turns to next, and the one a scanned number searches."""
        self._fill_pending = False
        self.today.apply_filter()
        self.tickets.apply_filter()
        self.first_pages_filled.emit()

    def take_place_of(self, frame: DeskFrame) -> None:
        """Shown where the start's frame was, with what the clerk typed in its search box, the
        tab they chose and the focus where it was; the frame goes."""
        self.setGeometry(frame.geometry())
        if frame.isMaximized():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        typed = frame.search.text()
        if typed:
            self.search.setText(typed)
        self.tabs.setCurrentIndex(frame.tabs.currentIndex())
        self.show()
        if frame.search.hasFocus():
            self.search.setFocus()
            self.search.setCursorPosition(frame.search.cursorPosition())
        frame.hide()
        frame.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._fill_pending:
            self._fill_pending = False
            QTimer.singleShot(0, self.fill_first_pages)  # after this paint has reached the screen

    def _make_actions(self) -> None:
        def action(shortcut: QKeySequence | str | None, slot: object) -> QAction:
            made = QAction(self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_ticket_action = action("Ctrl+N", self.new_ticket)
        self.print_action = action(QKeySequence.StandardKey.Print, self.print_job_card)
        self.preview_action = action(None, self.preview_job_card)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.refresh_action = action("F5", self.refresh)
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.export_list_action = action("Ctrl+E", self.export_list)
        # Ctrl+P prints the selected ticket's job card; the whole list is its shifted kin
        self.print_list_action = action("Ctrl+Shift+P", self.print_list)
        self.preview_list_action = action(None, self.preview_list)
        self.import_action = action(None, self.import_legacy)
        self.parts_action = action(None, self.open_parts)
        self.products_action = action(None, self.open_products)
        self.staff_action = action(None, self.open_staff)
        self.staff_action.setVisible(self.desk.may(Action.USERS))
        self.audit_action = action(None, self.open_audit)
        self.audit_action.setVisible(self.desk.may(Action.READ_AUDIT))
        self.settings_action = action("Ctrl+,", self.open_settings)
        self.periodic_action = action("Ctrl+Shift+M", self.open_periodic_service)
        self.returns_action = action(None, self.open_returns)
        self.monthly_report_action = action("Ctrl+Shift+R", self.open_monthly_report)
        self.monthly_report_action.setVisible(self.desk.may(Action.MONTHLY_REPORT))
        # The selected customer's corrections, in the list's context menu and a menu of their own.
        self.customer_corrections = CustomerCorrections(self.desk, self, self._selected_customer_id)
        self.customer_corrections.changed.connect(lambda _id: self._after_change())
        self.customer_corrections.removed.connect(lambda _id: self._after_change())
        self.customers.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.customers.view.addActions(self.customer_corrections.actions)
        self.warranty_actions = WarrantyActions(self.desk, self, self._selected_warranty)
        self.warranty_actions.changed.connect(self.warranties.apply_filter)
        self.warranties.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.warranties.view.addActions(self.warranty_actions.actions)
        self.contract_actions = ContractActions(self.desk, self, self._selected_contract_id, self.open_contract,
                                                self.new_contract)
        self.contracts.add_list_action(self.contract_actions.new_action)
        self.contracts.view.addActions(self.contract_actions.row_actions)
        self.reschedule_action = action(None, self.reschedule_followup)
        self.followups.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.followups.view.addAction(self.reschedule_action)
        self.complaints_action = action("Ctrl+Shift+K", self.open_complaints)
        self.customers.view.selectionModel().currentChanged.connect(self._customer_selected)
        self.customers.count_changed.connect(self._customer_selected)
        self._customer_selected()
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_ticket_action, self.print_action, self.preview_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_list_action, self.print_list_action, self.preview_list_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions([self.find_action, self.refresh_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.complaints_action)
        self.customer_menu = self.menuBar().addMenu("")
        self.customer_menu.addActions(self.customer_corrections.actions)
        self.tools_menu = self.menuBar().addMenu("")
        self.tools_menu.addAction(self.periodic_action)
        self.tools_menu.addAction(self.parts_action)
        self.tools_menu.addAction(self.products_action)
        self.tools_menu.addAction(self.staff_action)
        self.tools_menu.addAction(self.audit_action)
        self.tools_menu.addAction(self.returns_action)
        self.tools_menu.addAction(self.monthly_report_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.settings_action)
        self.language_menu = self.menuBar().addMenu("")
        self.menus = (self.file_menu, self.view_menu, self.customer_menu, self.tools_menu, self.language_menu)
        group = QActionGroup(self)
        for lang, name in LANGUAGE_NAMES.items():
            choice = self.language_menu.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(lang == self.desk.locale.lang)
            choice.triggered.connect(lambda _=False, lang=lang: self.choose_language(lang))
            group.addAction(choice)

    def current_list(self) -> ListTab | None:
        """The list tab shown; None while Today is."""
        shown_tab = self.tabs.currentWidget()
        return shown_tab if isinstance(shown_tab, ListTab) else None

    def _tab_shown(self) -> None:
        """A list is read the first time it is shown; opening the window reads Today and the tickets."""
        tab = self.current_list()
        if tab is not None and not tab.model.started:
            tab.apply_filter()
        for printing in (self.print_list_action, self.preview_list_action):
            printing.setEnabled(tab is not None)
        self._show_count()

    def refresh(self) -> None:
        """Re-read the lists already shown; the others are read when they are opened."""
        self.today.apply_filter()
        for tab in self.lists:
            if tab.model.started:
                tab.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def global_search(self) -> None:
        """A scanned or typed ticket number opens the ticket; anything else filters every list
        and shows the first one with matches."""
        text = self.search.text().strip()
        if not text:
            return
        try:
            self.open_ticket(find_ticket(self.desk, text).id)
            return
        except NotFound:
            pass
        searched = self.lists[:4]
        self._searched_for = text
        for tab in searched:
            tab.filter.blockSignals(True)
            tab.filter.setText(text)
            tab.filter.blockSignals(False)
            tab.apply_filter()
        found = next((tab for tab in searched if tab.total), None)
        if found is None:
            self.statusBar().showMessage(self.tr("Nothing found for “{text}”.").format(text=text), 5000)
            return
        self.tabs.setCurrentWidget(found)
        found.view.setFocus()

    def open_row(self, row: object) -> None:
        from app.ui.today.followup_dialog import FollowUpDialog

        match row:
            case TicketRow():
                self.open_ticket(row.id)
            case CustomerRow():
                self.open_customer(row.id)
            case WarrantyRow():
                self.open_unit(row.asset_id)
            case ContractRow():
                self.open_contract(row.id)
            case FollowUpRow():
                dialog = FollowUpDialog(self.desk, row, self)
                dialog.saved.connect(lambda _id: self.followups.apply_filter())
                dialog.open()

    def log_today_call(self, row: TodayRow) -> QDialog | None:
        """A Today row's call: the follow-up form for a follow-up, else what was said, in
        the customer's history (the row then shows the call)."""
        from app.ui.today.followup_dialog import FollowUpDialog

        try:
            if row.kind is TodayKind.FOLLOW_UP:
                dialog = FollowUpDialog(self.desk, listing.followup_row(self.desk, row.record_id), self)
                dialog.saved.connect(lambda _id: self._after_change())
                dialog.open()
                return dialog
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Call to {name}").format(name=row.customer_name), self.tr("What was said?"))
            if not ok:
                return None
            log_contact(self.desk, row.customer_id, EventKind.CALL, text, row.ticket_id)
        except KhedmatError as error:
            messages.show_error(self, error)
            return None
        self.today.apply_filter()
        return None

    def open_today_ticket(self, row: TodayRow) -> QDialog | None:
        """A Today row's ticket: the job it is about; a periodic service's ticket, opened at
        once; else a new one for the row's customer and unit."""
        from app.ui.coverage.periodic_dialog import open_service_job

        if row.ticket_id is not None:
            return self.open_ticket(row.ticket_id)
        if row.kind is TodayKind.SERVICE_DUE and row.asset_id is not None:
            ticket = open_service_job(self, self.desk, row.record_id, row.asset_id, row.day)
            if ticket is None:
                return None
            self._after_change()
            return self.open_ticket(ticket.id)
        try:
            customer = get_customer(self.desk, row.customer_id)
        except KhedmatError as error:
            messages.show_error(self, error)
            return None
        dialog = self.new_ticket()
        dialog.start_with(customer, row.serial)
        return dialog

    def open_today_complaint(self, row: TodayRow) -> ComplaintDialog:
        from app.ui.today.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.desk, row.customer_id, row.record_id, parent=self)
        dialog.saved.connect(lambda _id: self.today.apply_filter())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_ticket(self, ticket_id: int) -> TicketDialog:
        """The ticket's window: one per ticket, so two clerks' edits never race in one PC."""
        from app.ui.tickets.ticket_dialog import TicketDialog

        open_already = self._open_records.get(("ticket", ticket_id))
        if open_already is not None:
            return self._raise(open_already)
        dialog = TicketDialog(self.desk, ticket_id, self)
        dialog.changed.connect(lambda _id: self._after_change())
        return self._show_record(("ticket", ticket_id), dialog)

    def open_customer(self, customer_id: int) -> CustomerDialog:
        """The customer's window: one per customer; opening it again brings it to the front."""
        from app.ui.customers.customer_dialog import CustomerDialog

        open_already = self._open_records.get(("customer", customer_id))
        if open_already is not None:
            return self._raise(open_already)
        dialog = CustomerDialog(self.desk, customer_id, self)
        dialog.open_ticket.connect(self.open_ticket)
        dialog.open_unit.connect(self.open_unit)
        dialog.open_contract.connect(self.open_contract)
        dialog.new_contract.connect(self.new_contract)
        dialog.changed.connect(lambda _id: self._after_change())
        return self._show_record(("customer", customer_id), dialog)

    def open_contract(self, contract_id: int) -> ContractDialog:
        """The contract's window: one per contract; opening it again brings it to the front."""
        open_already = self._open_records.get(("contract", contract_id))
        if open_already is not None:
            return self._raise(open_already)
        return self._show_record(("contract", contract_id), self._contract_window(contract_id))

    def new_contract(self, customer_id: int | None = None) -> ContractDialog:
        """A new contract's form, for `customer_id` or for the customer the manager finds in it."""
        dialog = self._contract_window(None, customer_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _contract_window(self, contract_id: int | None, customer_id: int | None = None) -> ContractDialog:
        from app.ui.coverage.contract_dialog import ContractDialog

        dialog = ContractDialog(self.desk, contract_id, customer_id, self)
        dialog.saved.connect(lambda _id: self._after_contract_change())
        dialog.open_contract.connect(self.open_contract)
        dialog.open_ticket.connect(self.open_ticket)
        return dialog

    def _after_contract_change(self) -> None:
        """A contract saved shows in the contracts list and in the customer windows open."""
        from app.ui.customers.customer_dialog import CustomerDialog

        if self.contracts.model.started:
            self.contracts.apply_filter()
        for (kind, _id), dialog in self._open_records.items():
            if kind == "customer" and isinstance(dialog, CustomerDialog):
                dialog.refresh()

    def open_unit(self, asset_id: int) -> UnitDialog:
        """The unit's window: one per unit; opening it again brings it to the front."""
        from app.ui.customers.unit_dialog import UnitDialog

        open_already = self._open_records.get(("unit", asset_id))
        if open_already is not None:
            return self._raise(open_already)
        dialog = UnitDialog(self.desk, asset_id, self)
        dialog.open_ticket.connect(self.open_ticket)
        dialog.changed.connect(lambda _id: self._after_unit_change())
        return self._show_record(("unit", asset_id), dialog)

    def _after_unit_change(self) -> None:
        """A corrected or transferred unit shows in the lists and in the customer windows open."""
        from app.ui.customers.customer_dialog import CustomerDialog

        self._after_change()
        if self.warranties.model.started:
            self.warranties.apply_filter()
        for (kind, _id), dialog in self._open_records.items():
            if kind == "customer" and isinstance(dialog, CustomerDialog):
                dialog.refresh()

    def _show_record(self, key: tuple[str, int], dialog: Dialog) -> Dialog:
        self._open_records[key] = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._open_records.pop(key, None))
        dialog.show()
        return dialog

    @staticmethod
    def _raise(dialog: Dialog) -> Dialog:
        dialog.showNormal()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def new_ticket(self) -> IntakeDialog:
        from app.ui.tickets.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.desk, self)
        dialog.ticket_opened.connect(lambda _id: self._after_change())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_periodic_service(self) -> PeriodicServiceDialog:
        """The due list; a ticket opened from it opens in its own window, as does a unit."""
        from app.ui.coverage.periodic_dialog import PeriodicServiceDialog

        dialog = PeriodicServiceDialog(self.desk, self)
        dialog.ticket_opened.connect(self.open_ticket)
        dialog.ticket_opened.connect(lambda _id: self._after_change())
        dialog.unit_chosen.connect(self.open_unit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_parts(self) -> PartsDialog:
        from app.ui.admin.parts_dialog import PartsDialog

        dialog = PartsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_returns(self) -> ReturnsDialog:
        from app.ui.coverage.returns_dialog import ReturnsDialog

        dialog = ReturnsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_products(self) -> ProductsDialog:
        from app.ui.admin.products_dialog import ProductsDialog

        dialog = ProductsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_staff(self) -> StaffDialog:
        from app.ui.admin.staff_dialog import StaffDialog

        dialog = StaffDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_audit(self) -> AuditDialog:
        from app.ui.admin.audit_dialog import AuditDialog

        dialog = AuditDialog(self.desk, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_legacy(self) -> ImportWizard:
        """The legacy import wizard; after a real import every list shown is read again."""
        from app.ui.importing.import_wizard import ImportWizard  # opened rarely: its imports wait until then

        wizard = ImportWizard(self.desk, self)
        wizard.imported.connect(self.refresh)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_monthly_report(self) -> ReportsDialog | None:
        """The manager's monthly report; the menu hides it from the rest of the staff."""
        if not self.desk.may(Action.MONTHLY_REPORT):
            return None
        from app.ui.reports.reports_dialog import ReportsDialog  # opened rarely: reportlab waits until then

        dialog = ReportsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_complaints(self) -> ComplaintsDialog:
        from app.ui.today.complaints_dialog import ComplaintsDialog

        dialog = ComplaintsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reschedule_followup(self) -> RescheduleDialog | None:
        """Another day for the open call selected in the follow-ups list."""
        from app.ui.today.schedule_dialog import RescheduleDialog

        row = self.followups.current_row()
        if not isinstance(row, FollowUpRow) or row.done:
            self.statusBar().showMessage(self.tr("Select a call still to make in the follow-ups list."), 5000)
            return None
        dialog = RescheduleDialog(self.desk, row.id, row.version, row.due_date, row.customer_name, self)
        dialog.saved.connect(lambda _id: self.followups.apply_filter())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        from app.ui.admin.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_list(self) -> Path | None:
        """The list shown, as it is filtered and sorted, to an Excel workbook; Today's rows
        as messages for an SMS tool."""
        if self.current_list() is None:
            return self.today.export_for_sms()
        tab = self._shown_list()
        return self.list_export.export(tab.model, self.tabs.tabText(self.tabs.currentIndex()), tab.total)

    def print_list(self) -> Path | None:
        """The list shown, as it is filtered and sorted, on the printer the clerk chooses."""
        if self.current_list() is None:
            return None
        tab = self._shown_list()
        return self.list_printing.print_list(tab.model, self.tabs.tabText(self.tabs.currentIndex()), tab.total,
                                             tab.filter_words())

    def preview_list(self) -> Path | None:
        """The list shown, as it is filtered and sorted, in the print preview."""
        if self.current_list() is None:
            return None
        tab = self._shown_list()
        return self.list_printing.preview_list(tab.model, self.tabs.tabText(self.tabs.currentIndex()), tab.total,
                                               tab.filter_words())

    def _shown_list(self) -> ListTab:
        """The list on screen, read first if it has not been (a shortcut pressed as it opens)."""
        tab = self.current_list()
        assert tab is not None, "Today has no list of its own to print"
        if not tab.model.started:
            tab.apply_filter()
        return tab

    def print_job_card(self) -> None:
        from app.ui.printing import Document, print_document

        number = self._selected_ticket_number()
        if number is not None:
            print_document(self, self.desk, Document.JOB_CARD, number)

    def preview_job_card(self) -> None:
        from app.ui.printing import Document, preview_document

        number = self._selected_ticket_number()
        if number is not None:
            preview_document(self, self.desk, Document.JOB_CARD, number)

    def _selected_ticket_number(self) -> str | None:
        """The number of the ticket selected in the list; None, with a word in the status bar, if none is."""
        row = self.tickets.current_row()
        if not isinstance(row, TicketRow):
            self.statusBar().showMessage(self.tr("Select a ticket in the list to print its job card."), 5000)
            return None
        return row.number

    def _selected_customer_id(self) -> int | None:
        row = self.customers.current_row()
        return row.id if isinstance(row, CustomerRow) else None

    def _selected_warranty(self) -> tuple[int, int] | None:
        row = self.warranties.current_row()
        return (row.asset_id, row.id) if isinstance(row, WarrantyRow) else None

    def _selected_contract_id(self) -> int | None:
        row = self.contracts.current_row()
        return row.id if isinstance(row, ContractRow) else None

    def _customer_selected(self) -> None:
        row = self.customers.current_row()
        self.customer_corrections.update_actions(row.archived if isinstance(row, CustomerRow) else None)

    def _after_change(self) -> None:
        self.today.apply_filter()
        for tab in (self.tickets, self.customers, self.followups):
            if tab.model.started:
                tab.apply_filter()

    def choose_language(self, lang: str) -> None:
        config.save_machine_setting("lang", lang)
        if lang != self.desk.locale.lang:
            messages.tell(self, self.tr("Khedmat will use the new language the next time it starts."),
                          title=self.tr("Language"))

    def _search_edited(self, text: str) -> None:
        """Clearing the global search clears what it put in the lists' filters: a list left
        filtered by a search the clerk has forgotten looks like a list with rows missing."""
        if text.strip() or not self._searched_for:
            return
        for tab in self.lists:
            if tab.filter.text() == self._searched_for:
                tab.filter.clear()
                tab.apply_filter()
        self._searched_for = ""

    def _show_count(self) -> None:
        tab = self.current_list()
        total = self.today.total if tab is None else tab.total
        self.count_label.setText(self.desk.locale.digits(self.tr("%n row(s)", "", total)))
        legends = [] if tab is None else LEGENDS[self.lists.index(tab)]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(
            f'<span style="background-color: {colour.name()};">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;'
            f'{html.escape(QCoreApplication.translate(LEGEND_CONTEXT, text))}'
            for colour, text in legends))
        # A list narrowed by typed text says so on its tab, seen from any other tab.
        funnel = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        for tab in self.lists:
            index = self.tabs.indexOf(tab)
            filtered = bool(tab.filter.text().strip())
            self.tabs.setTabIcon(index, funnel if filtered else QIcon())
            self.tabs.setTabToolTip(index, self.tr("Filtered by “{text}”").format(text=tab.filter.text().strip())
                                    if filtered else "")

    def _restore_layout(self) -> None:
        settings = ui_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for index, tab in enumerate(self.lists):
            state = settings.value(self._columns_key(index, tab))
            if isinstance(state, QByteArray) and tab.view.horizontalHeader().restoreState(state):
                tab.fit_columns = False
                tab.keep_width_filled()

    @staticmethod
    def _columns_key(index: int, tab: ListTab) -> str:
        """Where a list's column widths are kept, by the columns it has: widths saved for
        another set of columns (before an upgrade added one) would clip them. Widths saved
        while the last column stretched (the layout's first version) are not read."""
        names = "|".join(column.header for column in tab.model.columns)
        return f"main/columns-2/{index}/{zlib.crc32(names.encode()):08x}"

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings = ui_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        for index, tab in enumerate(self.lists):
            settings.setValue(self._columns_key(index, tab), tab.view.horizontalHeader().saveState())
        settings.sync()
        super().closeEvent(event)

    def retranslate(self) -> None:
        # the words the frame painted at the start showed (app.ui.desk_frame), in their places here
        self.setWindowTitle(self.tr(WINDOW_TITLE))
        for tab, title in zip([self.today, *self.lists], TAB_TITLES, strict=True):
            self.tabs.setTabText(self.tabs.indexOf(tab), self.tr(title))
        self.search.setPlaceholderText(self.tr(SEARCH_HINT))
        for menu, title in zip(self.menus, MENU_TITLES, strict=True):
            menu.setTitle(self.tr(title))
        self.customer_corrections.retranslate()
        self.warranty_actions.retranslate()
        self.contract_actions.retranslate()
        self.new_ticket_action.setText(self.tr(NEW_TICKET))
        self.print_action.setText(self.tr("&Print job card"))
        self.print_action.setToolTip(self.tr("Print the job card of the ticket selected in the list."))
        self.preview_action.setText(self.tr("Print pre&view of the job card"))
        self.preview_action.setToolTip(
            self.tr("See the job card of the ticket selected in the list as it will be printed."))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.find_action.setText(self.tr("&Find…"))
        self.export_list_action.setText(self.tr("&Export to Excel…"))
        self.export_list_action.setToolTip(
            self.tr("Save the list shown, with its filter and order, as an Excel workbook to read or print."))
        self.print_list_action.setText(self.tr("Print &list…"))
        self.print_list_action.setToolTip(
            self.tr("Print the list shown, with its filter and order, on A4 landscape pages."))
        self.preview_list_action.setText(self.tr("Print previe&w of the list…"))
        self.preview_list_action.setToolTip(
            self.tr("See the list shown, with its filter and order, as it will be printed."))
        self.import_action.setText(self.tr("&Import legacy workbook…"))
        self.parts_action.setText(self.tr("&Parts catalogue…"))
        self.products_action.setText(self.tr("Pro&ducts catalogue…"))
        self.audit_action.setText(self.tr("&Audit trail…"))
        self.staff_action.setText(self.tr("S&taff and accounts…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.periodic_action.setText(self.tr("Periodic ser&vice…"))
        self.complaints_action.setText(self.tr("Co&mplaints…"))
        self.reschedule_action.setText(self.tr("Reschedule…"))
        self.returns_action.setText(self.tr("&Returns to the manufacturer…"))
        self.monthly_report_action.setText(self.tr("&Monthly report…"))
        self.quit_action.setText(self.tr("&Quit"))
        self._show_count()
