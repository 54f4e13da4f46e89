"""Tools → Periodic service: the units due (or overdue) for their periodic service, a
ticket for one in one action, a due date moved with the reason, the list to Excel."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KhedmatError
from app.services.desk import Desk
from app.services.periodic import (
    PLAN_COLUMNS,
    PLANS,
    PlanRow,
    PlanState,
    move_due_date,
    open_service_ticket,
    sync_product_plans,
)
from app.services.tickets import TicketRecord, open_tickets_on_unit
from app.ui.filter_bars import StateFilterBar
from app.ui.list_export import ListExport
from app.ui.list_tab import ListTab
from app.ui.marks import OVERDUE
from app.ui.messages import FieldErrors, ask_yes_no, button_text, confirm_discard, show_error
from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating
from app.ui.widgets.date_edit import DateEdit


def open_service_job(parent: QWidget, desk: Desk, plan_id: int, asset_id: int, due: date | None) -> TicketRecord | None:
    """Open the periodic-service ticket of a plan in one action (from the due list, from
    Today), asking first when the unit already has a job not yet done; None when the clerk
    said no or it could not be opened (the clerk was told why)."""
    try:
        waiting = open_tickets_on_unit(desk, asset_id)
        if waiting and not ask_yes_no(parent, QCoreApplication.translate(
                "PeriodicServiceDialog", "This unit already has a ticket not yet done ({numbers}). "
                "Open another one?").format(numbers=", ".join(desk.locale.ident(number) for number, _ in waiting)),
                default_yes=False):
            return None
        fault = (QCoreApplication.translate("PeriodicServiceDialog", "Periodic service") if due is None else
                 QCoreApplication.translate("PeriodicServiceDialog", "Periodic service due on {date}").format(
                     date=desk.locale.date(due)))
        return open_service_ticket(desk, plan_id, fault)
    except KhedmatError as error:
        show_error(parent, error)
        return None


def plan_mark(row: PlanRow) -> Any:
    return OVERDUE if row.overdue else None


class PlanFilterBar(StateFilterBar):
    """Due now (within the reminder's days, and overdue), overdue only, unknown, or every plan."""

    def retranslate(self) -> None:
        current = self.state.currentIndex()
        self.state.blockSignals(True)
        self.state.clear()
        for text, state in ((self.tr("Due now"), PlanState.DUE), (self.tr("Overdue"), PlanState.OVERDUE),
                            (self.tr("Due date unknown"), PlanState.UNKNOWN), (self.tr("All"), PlanState.ALL)):
            self.state.addItem(text, state.value)
        self.state.setCurrentIndex(max(current, 0))
        self.state.blockSignals(False)


class MoveDueDialog(Retranslating, QDialog):
    """A new due date for one unit's periodic service, and why (both required)."""

    def __init__(self, desk: Desk, row: PlanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.row = desk, row
        self.saved: PlanRow | None = None
        self.errors = FieldErrors()
        self.unit = QLabel(self)
        self.new_date = DateEdit(desk.locale, self, optional=True)
        self.new_date.set_value(row.next_due)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        form = QFormLayout()
        self.captions = []
        for field, widget in (("new_date", self.new_date), ("reason", self.reason)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self))
            self.captions.append(caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.reason.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        self.new_date.commit()
        try:
            refused = self.new_date.error()
            if refused is not None:  # an impossible day typed: never moved to another one
                raise refused
            self.saved = move_due_date(self.desk, self.row.id, self.row.version, self.new_date.value(),
                                       self.reason.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"reason": self.reason, "new_date": self.new_date})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if self.reason.text().strip() and not confirm_discard(self, self.tr("Close without moving the due date?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move the due date"))
        self.unit.setText(self.tr("{product}, serial {serial}").format(product=self.row.product,
                                                                       serial=self.row.serial))
        self.captions[0].setText(self.tr("New due date:"))
        self.captions[1].setText(self.tr("Why:"))


class PeriodicServiceDialog(Retranslating, QDialog):
    """The due list. `ticket_opened` carries the id of a periodic-service ticket it opened,
    `unit_chosen` the unit of a row opened (double click, Enter)."""

    ticket_opened = Signal(int)
    unit_chosen = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_ticket: TicketRecord | None = None
        try:
            sync_product_plans(desk)  # units registered before plans were kept, products given an interval since
        except KhedmatError as error:
            show_error(self, error)
        self.model = PagedTableModel(desk, PLANS, PLAN_COLUMNS, plan_mark)
        self.tab = ListTab(self.model, PlanFilterBar(), self)
        self.tab.activated.connect(self._row_opened)
        self.export_action = self._action("Ctrl+E", self.export)
        self.ticket_action = self._action("Ctrl+T", self.open_ticket)
        self.move_action = self._action("Ctrl+D", self.move_due)
        self.tab.add_list_action(self.export_action)
        self.tab.view.addActions([self.ticket_action, self.move_action])
        self.ticket_button, self.move_button = QPushButton(self), QPushButton(self)
        self.ticket_button.clicked.connect(self.ticket_action.trigger)
        self.move_button.clicked.connect(self.move_action.trigger)
        self.count = QLabel(self)
        self.tab.count_changed.connect(self._show_count)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.ticket_button)
        row.addWidget(self.move_button)
        row.addStretch(1)
        row.addWidget(self.count)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab)
        layout.addLayout(row)
        self.list_export = ListExport(desk, self)
        self.resize(1100, 600)
        self.retranslate()
        self.tab.apply_filter()
        self.tab.view.setFocus()

    def _action(self, shortcut: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def current(self) -> PlanRow | None:
        row = self.tab.current_row()
        return row if isinstance(row, PlanRow) else None

    def open_ticket(self) -> TicketRecord | None:
        """A periodic-service ticket on the chosen unit, for its owner, at once: the fault
        says which service it is; the ticket's window opens for the rest."""
        row = self.current()
        if row is None:
            return None
        ticket = open_service_job(self, self.desk, row.id, row.asset_id, row.next_due)
        if ticket is None:
            return None
        self.last_ticket = ticket
        self.ticket_opened.emit(ticket.id)
        self.tab.apply_filter()
        return ticket

    def move_due(self) -> MoveDueDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = MoveDueDialog(self.desk, row, self)
        dialog.accepted.connect(self.tab.apply_filter)
        dialog.open()
        return dialog

    def export(self) -> None:
        self.list_export.export(self.model, self.windowTitle(), self.tab.total)

    def _row_opened(self, row: object) -> None:
        if isinstance(row, PlanRow):
            self.unit_chosen.emit(row.asset_id)

    def _show_count(self) -> None:
        total = self.tab.total
        self.count.setText(self.tr("%n units", "", total).replace(str(total), self.desk.locale.digits(total)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Periodic service"))
        self.ticket_action.setText(self.tr("Open periodic-service &ticket"))
        self.ticket_action.setToolTip(self.tr("Open a periodic-service ticket on the selected unit, for its owner."))
        self.move_action.setText(self.tr("&Move due date…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        for button, action in ((self.ticket_button, self.ticket_action), (self.move_button, self.move_action)):
            button.setText(button_text(action.text()))
            button.setToolTip(action.toolTip())
        self.close_button.setText(button_text(QCoreApplication.translate("Messages", "Close")))
        self.tab.filter.setPlaceholderText(self.tr("Filter by serial, name, mobile or contract…"))
        self._show_count()
