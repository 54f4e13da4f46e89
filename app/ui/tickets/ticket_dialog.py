"""The ticket view: one job's header, its moves, the estimate and the customer's answer,
parts and labour with their totals, and the history with one-click logging.

Every change goes through a service with the version this view last read; a change saved
by someone else in between is never overwritten: the clerk is offered a reload.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.coverage import CoverageKind, line_rule_label
from app.domain.kinds import Approval, Channel, EventKind, LineKind, Priority, Role, TicketKind, label
from app.domain.permissions import Action
from app.domain.workflow import DONE_STATUSES, TicketStatus, allowed_moves, status_label
from app.errors import Conflict, KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.line_coverage import override_line_coverage
from app.services.payments import PaymentInput
from app.services.resolutions import ticket_resolution, unit_replacement_terms
from app.services.staff import StaffRecord, list_staff
from app.services.ticket_corrections import (
    UNDONE_BY_MANAGERS,
    TicketEdit,
    last_undoable_move,
    undo_last_move,
    update_line,
    update_ticket,
)
from app.services.ticket_view import people_of_ticket
from app.services.tickets import (
    LineInput,
    TicketRecord,
    add_line,
    assign_ticket,
    get_ticket,
    log_contact,
    move_ticket,
    record_approval,
    record_payment,
    recorded_coverage,
    remove_line,
)
from app.services.units import assets_of
from app.ui import messages
from app.ui.admin.audit_dialog import AuditButton
from app.ui.marks import coverage_style
from app.ui.messages import FieldErrors
from app.ui.printing import Document, ask_pdf_path, preview_document, print_document, save_document
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import GREEN, GREY, RED, cell, push_button, quantity_text, table_widget
from app.ui.tickets.history_panel import TicketHistory
from app.ui.tickets.payment_dialog import PaymentDialog
from app.ui.tickets.prompts import LabourPrompt, LinePrompt, PartPicker, TextPrompt
from app.ui.tickets.refund_dialog import RefundDialog
from app.ui.tickets.replacement_dialog import ReplacementDialog
from app.ui.tickets.resolution_panel import ResolutionPanel
from app.ui.tickets.ticket_edit_dialog import TicketEditDialog
from app.ui.today.followup_button import FollowUpButton, Subject
from app.ui.translator import person, shown
from app.ui.widgets.money_edit import MoneyEdit

# The order move buttons appear in: the job's own order, then reopening, cancelling last.
_MOVE_ORDER = [s for s in TicketStatus if s is not TicketStatus.CANCELLED] + [TicketStatus.CANCELLED]


class TicketDialog(Retranslating, QDialog):
    """One ticket, read from the services and changed only through them."""

    changed = Signal(int)
    """Emitted with the ticket id after every change this view saved."""

    def __init__(self, desk: Desk, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.record: TicketRecord = get_ticket(desk, ticket_id)
        self.people: dict[int, str] = people_of_ticket(desk, ticket_id)
        self.technicians: list[StaffRecord] = list_staff(desk, Role.TECHNICIAN)
        self.errors = FieldErrors()
        self.move_buttons: dict[TicketStatus, QPushButton] = {}
        self._build()
        self.retranslate()
        self._fill_inputs(force=True)
        self.resize(1060, 780)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QGroupBox(self)
        grid = QGridLayout(self.header)
        self.header_labels: dict[str, QLabel] = {}
        self.number = self._value()
        self.status = self._value()
        bold = self.status.font()
        bold.setBold(True)
        self.status.setFont(bold)
        self.number.setFont(bold)
        self.rework = QLabel(self.header)
        self.rework.setStyleSheet(f"color: white; background: {RED}; padding: 1px 6px; border-radius: 3px;")
        self.customer = self._value()
        self.mobile = self._value()
        self.unit = self._value()
        self.coverage = self._value()
        self.coverage.setWordWrap(True)
        self.coverage.setContentsMargins(6, 2, 6, 2)
        self.fault = self._value()
        self.fault.setWordWrap(True)
        self.opened = self._value()
        self.promised = self._value()
        self.kind = self._value()
        self.priority = self._value()
        self.assignee = QComboBox(self.header)
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee.activated.connect(self._assign)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.rework)
        status_row.addStretch(1)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer)
        customer_row.addWidget(self.mobile)
        customer_row.addStretch(1)
        rows: list[tuple[str, QWidget | QHBoxLayout, str, QWidget | QHBoxLayout]] = [
            ("number", self.number, "status", status_row),
            ("customer", customer_row, "opened", self.opened),
            ("unit", self.unit, "promised", self.promised),
            ("coverage", self.coverage, "assignee", self.assignee),
            ("kind", self.kind, "priority", self.priority),
        ]
        for row, (left_key, left, right_key, right) in enumerate(rows):
            for column, key, value in ((0, left_key, left), (2, right_key, right)):
                caption = QLabel(self.header)
                self.header_labels[key] = caption
                grid.addWidget(caption, row, column)
                if isinstance(value, QHBoxLayout):
                    grid.addLayout(value, row, column + 1)
                else:
                    grid.addWidget(value, row, column + 1)
        self.header_labels["fault"] = QLabel(self.header)
        self.header_labels["fault"].setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fault.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.header_labels["fault"], len(rows), 0)
        grid.addWidget(self.fault, len(rows), 1, 1, 3)
        self.header_labels["assignee"].setBuddy(self.assignee)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.moves = QGroupBox(self)
        self.moves_row = QHBoxLayout(self.moves)
        self.no_moves = QLabel(self.moves)
        self.no_moves.setStyleSheet(f"color: {GREY};")
        self.undo_move = push_button(self.moves)
        self.undo_move.setObjectName("undo_move")
        self.undo_move.clicked.connect(self._undo_move)

        self.approval = QGroupBox(self)
        self.estimate = MoneyEdit(self.desk.locale, self.approval)
        self.approval_by = QLineEdit(self.approval)
        self.approval_via = QComboBox(self.approval)
        for channel in Channel:
            self.approval_via.addItem("", channel.value)
        self.approve = push_button(self.approval)
        self.decline = push_button(self.approval)
        self.approve.clicked.connect(lambda: self._answer(True))
        self.decline.clicked.connect(lambda: self._answer(False))
        self.approval_state = QLabel(self.approval)
        self.approval_state.setWordWrap(True)
        self.estimate_label, self.by_label, self.via_label = (QLabel(self.approval) for _ in range(3))
        self.estimate_label.setBuddy(self.estimate)
        self.by_label.setBuddy(self.approval_by)
        self.via_label.setBuddy(self.approval_via)
        form = QFormLayout()
        form.addRow(self.estimate_label, self.estimate)
        form.addRow("", self.errors.label_for("estimate", self.approval))
        form.addRow(self.by_label, self.approval_by)
        form.addRow(self.via_label, self.approval_via)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.approve)
        answer_row.addWidget(self.decline)
        answer_row.addStretch(1)
        approval_layout = QVBoxLayout(self.approval)
        approval_layout.addLayout(form)
        approval_layout.addLayout(answer_row)
        approval_layout.addWidget(self.approval_state)
        approval_layout.addStretch(1)

        self.lines_box = QGroupBox(self)
        self.lines = table_widget(self.lines_box, 6)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.lines.itemSelectionChanged.connect(self._update_enabled)
        self.lines.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.lines.customContextMenuRequested.connect(self._line_menu)
        self.total_cost, self.total_covered, self.total_due = QLabel(self), QLabel(self), QLabel(self)
        self.total_paid, self.total_owed = QLabel(self), QLabel(self)
        self.total_due.setFont(bold)
        self.total_owed.setFont(bold)
        self.pay = push_button(self.lines_box)
        self.pay.setObjectName("pay")
        self.pay.clicked.connect(self._take_payment)
        self.add_part = push_button(self.lines_box)
        self.add_labour = push_button(self.lines_box)
        self.remove = push_button(self.lines_box)
        self.edit_line = push_button(self.lines_box)
        self.edit_line.clicked.connect(self._edit_line)
        self.lines.doubleClicked.connect(self._edit_line)
        self.add_part.clicked.connect(self._add_part)
        self.add_labour.clicked.connect(self._add_labour)
        self.remove.clicked.connect(self._remove_line)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines, self._remove_line,
                  context=Qt.ShortcutContext.WidgetShortcut)
        totals_row = QHBoxLayout()
        for widget in (self.total_cost, self.total_covered, self.total_due, self.total_paid, self.total_owed):
            totals_row.addWidget(widget)
            totals_row.addSpacing(24)
        totals_row.addStretch(1)
        totals_row.addWidget(self.pay)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_part)
        line_buttons.addWidget(self.add_labour)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.edit_line)
        line_buttons.addWidget(self.remove)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines)
        for field in ("part", "quantity", "unit_price"):
            lines_layout.addWidget(self.errors.label_for(field, self.lines_box))
        lines_layout.addLayout(totals_row)
        lines_layout.addLayout(line_buttons)

        self.resolution = ResolutionPanel(self.desk, self)
        self.resolution.replace_requested.connect(self._replace)
        self.resolution.refund_requested.connect(self._refund)
        self.history = TicketHistory(self.desk.locale, self)
        self.history.log_requested.connect(self._log)
        self.contact_buttons, self.timeline = self.history.contact_buttons, self.history.timeline

        self.reload_button = push_button(self)
        self.reload_button.clicked.connect(self.reload)
        self.correct_button = push_button(self)
        self.correct_button.clicked.connect(self._correct)
        QShortcut(QKeySequence("Ctrl+E"), self, self._correct)
        self.close_button = push_button(self)
        self.close_button.clicked.connect(self.reject)
        # One button per document, each with a menu: print, preview, save as PDF. Ctrl+P
        # prints the job card without opening the menu (the same action, so no ambiguity).
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_job_card)
        self.addAction(self.print_action)
        self.document_buttons: dict[Document, QPushButton] = {}
        self.document_actions: dict[tuple[Document, str], QAction] = {}
        for kind in Document:
            button = push_button(self)
            menu = QMenu(button)
            for what, handler in (("print", self.print_pdf), ("preview", self.preview_pdf), ("save", self.save_pdf)):
                if (kind, what) == (Document.JOB_CARD, "print"):
                    action = self.print_action
                else:
                    action = QAction(menu)
                    action.triggered.connect(lambda _checked=False, k=kind, h=handler: h(k))
                menu.addAction(action)
                self.document_actions[(kind, what)] = action
            button.setMenu(menu)
            self.document_buttons[kind] = button
        self.reload_action = QAction(self)
        # F5 everywhere (the platform's Refresh keys already hold it once: no duplicate, or the
        # shortcut becomes ambiguous and does nothing).
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
        f5 = QKeySequence(Qt.Key.Key_F5)
        self.reload_action.setShortcuts(keys if f5 in keys else [f5, *keys])
        self.reload_action.triggered.connect(self.reload)
        self.addAction(self.reload_action)

        top = QHBoxLayout()
        top.addWidget(self.header, 3)
        beside = QVBoxLayout()
        beside.addWidget(self.approval, 1)
        beside.addWidget(self.resolution)
        top.addLayout(beside, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.lines_box)
        splitter.addWidget(self.history)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.correct_button)
        for button in self.document_buttons.values():
            bottom.addWidget(button)
        bottom.addWidget(AuditButton(self.desk, lambda: ("tickets", self.record.id),
                                     lambda: self.desk.locale.ident(self.record.number), self))
        self.followup_button = FollowUpButton(self.desk, lambda: Subject(
            self.record.customer_id, self.record.customer_name, self.record.id, self.record.number,
            self.record.asset_id), self)
        self.followup_button.call_scheduled.connect(lambda _id: self.changed.emit(self.record.id))
        bottom.addWidget(self.followup_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.moves)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def print_job_card(self) -> Path | None:
        return self.print_pdf(Document.JOB_CARD)

    def print_pdf(self, kind: Document) -> Path | None:
        return print_document(self, self.desk, kind, self.record.number)

    def preview_pdf(self, kind: Document) -> Path | None:
        return preview_document(self, self.desk, kind, self.record.number)

    def save_pdf(self, kind: Document) -> Path | None:
        return save_document(self, self.desk, kind, self.record.number, self._ask_pdf_path)

    def _ask_pdf_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save a PDF (a file dialog; tests answer it themselves)."""
        return ask_pdf_path(parent, suggested)

    def _value(self) -> QLabel:
        value = QLabel(self.header)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    # --- showing ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = {
            "number": self.tr("Number:"), "status": self.tr("Status:"), "customer": self.tr("Customer:"),
            "opened": self.tr("Opened:"), "unit": self.tr("Unit:"), "promised": self.tr("Promised:"),
            "coverage": self.tr("Coverage:"), "assignee": self.tr("&Technician:"), "fault": self.tr("Fault:"),
            "kind": self.tr("Kind of job:"), "priority": self.tr("Priority:"),
        }
        for key, text in captions.items():
            self.header_labels[key].setText(text)
        self.rework.setText(self.tr("Rework"))
        self.rework.setToolTip(self.tr("Reopened after delivery: counts as a repeat repair."))
        self.moves.setTitle(self.tr("Move to"))
        self.no_moves.setText(self.tr("This ticket is finished; it cannot move any more."))
        self.approval.setTitle(self.tr("Estimate and approval"))
        self.estimate_label.setText(self.tr("&Estimate:"))
        self.by_label.setText(self.tr("Answered &by:"))
        self.via_label.setText(self.tr("&How:"))
        self.approval_by.setPlaceholderText(self.tr("Who gave the answer"))
        for index in range(self.approval_via.count()):
            self.approval_via.setItemText(index, shown(label(Channel(self.approval_via.itemData(index)))))
        self.approve.setText(self.tr("Customer &approved"))
        self.decline.setText(self.tr("Customer &declined"))
        self.lines_box.setTitle(self.tr("Parts and labour"))
        self.lines.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Description"), self.tr("Quantity"),
                                              self.tr("Unit price"), self.tr("Amount"), self.tr("Covered by")])
        self.add_part.setText(self.tr("Add &part…"))
        self.add_labour.setText(self.tr("Add &labour…"))
        self.remove.setText(self.tr("&Remove line"))
        self.edit_line.setText(self.tr("Correct li&ne…"))
        self.undo_move.setText(self.tr("&Undo last move…"))
        self.correct_button.setText(self.tr("Correct details… (Ctrl+E)"))
        self.pay.setText(self.tr("Take pa&yment…"))
        self.reload_button.setText(self.tr("Reload (F5)"))
        self.document_buttons[Document.JOB_CARD].setText(self.tr("Job card"))
        self.document_buttons[Document.RECEIPT].setText(self.tr("Delivery receipt"))
        for kind in Document:
            self.document_actions[(kind, "print")].setText(self.tr("Print…"))
            self.document_actions[(kind, "preview")].setText(self.tr("Print preview…"))
            self.document_actions[(kind, "save")].setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    def _show(self) -> None:
        """Show `record` (everything but what the clerk is typing)."""
        r, locale = self.record, self.desk.locale
        number = locale.ident(r.number)
        self.setWindowTitle(self.tr("Ticket {number}").format(number=number))
        self.number.setText(number)
        self.status.setText(shown(status_label(r.status)))
        self.rework.setVisible(r.is_rework)
        self.customer.setText(r.customer_name)
        self.mobile.setText(isolate_ltr(locale.phone(r.customer_mobile)))
        unit = " — ".join(part for part in (r.product, isolate_ltr(r.serial) if r.serial else "") if part)
        self.unit.setText(unit or self.tr("No unit"))
        self._show_coverage()
        self.fault.setText(r.fault or "—")
        self.opened.setText(self.tr("{date} ({channel})").format(date=locale.date(r.opened_at),
                                                                 channel=shown(label(Channel(r.channel)))))
        self.kind.setText(shown(label(TicketKind(r.kind))))
        self.priority.setText(shown(label(Priority(r.priority))))
        urgent = r.priority in (Priority.HIGH.value, Priority.URGENT.value)
        self.priority.setStyleSheet(f"color: {RED}; font-weight: bold;" if urgent else "")
        self.promised.setText(locale.date(r.promised_date) if r.promised_date else "—")
        self._show_assignee()
        self._show_moves()
        self._show_approval()
        self._show_lines()
        self.resolution.show_record(r)
        self.history.show_record(self.record, self.people)
        self._update_enabled()
        self._set_tab_order()

    def _show_coverage(self) -> None:
        r = self.record
        decision = recorded_coverage(r)
        if decision.kind is CoverageKind.EXPIRED and not decision.ended_what:
            text = self.tr("Coverage expired on {date}").format(date=self.desk.locale.date(decision.ended_on))
        else:
            text = decision.in_full(QCoreApplication.translate, self.desk.locale.date)
        # A contract with no visits left is shown, but coloured as not paying.
        shown_kind = (CoverageKind.EXPIRED if decision.kind is CoverageKind.CONTRACT and r.contract_id is None
                      else decision.kind)
        style = "covered" if shown_kind in (CoverageKind.WARRANTY, CoverageKind.CONTRACT) else shown_kind.value
        self.coverage.setText(text)
        self.coverage.setStyleSheet(coverage_style(shown_kind))
        self.coverage.setProperty("coverage_style", style)

    def _show_assignee(self) -> None:
        combo = self.assignee
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Nobody yet"), None)
        for technician in self.technicians:
            combo.addItem(technician.full_name, technician.id)
        current = self.record.assignee_id
        if current is not None and combo.findData(current) < 0:
            combo.addItem(person(self.people.get(current, "?")), current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _show_moves(self) -> None:
        for button in self.move_buttons.values():
            self.moves_row.removeWidget(button)
            button.hide()  # deleteLater alone would leave it painted until the event loop runs
            button.deleteLater()
        self.move_buttons = {}
        self.moves_row.removeWidget(self.no_moves)
        while self.moves_row.count():
            self.moves_row.takeAt(0)
        allowed = allowed_moves(self.record.status)
        for target in _MOVE_ORDER:
            if target not in allowed:
                continue
            if target is TicketStatus.CANCELLED:
                self.moves_row.addStretch(1)
            button = push_button(self.moves)
            button.setObjectName(f"move_{target.value}")
            button.setText(shown(status_label(target)))
            if target is TicketStatus.CANCELLED:
                button.setStyleSheet(f"color: {RED};")
            button.clicked.connect(lambda _checked=False, t=target: self._move(t))
            self.moves_row.addWidget(button)
            button.show()  # at once, not when the layout gets round to it
            self.move_buttons[target] = button
        self.no_moves.setVisible(not allowed)
        if not allowed:
            self.moves_row.addWidget(self.no_moves)
        if TicketStatus.CANCELLED not in allowed:
            self.moves_row.addStretch(1)
        self.moves_row.addWidget(self.undo_move)
        last = last_undoable_move(self.record.events)
        self.undo_move.setVisible(last is not None and self.desk.may(Action.UNDO_MOVE) and (
            TicketStatus(last.to_status) not in UNDONE_BY_MANAGERS or self.desk.may(Action.UNDO_DELIVERY)))

    def _show_approval(self) -> None:
        r, locale = self.record, self.desk.locale
        if r.above_estimate and r.status not in DONE_STATUSES:
            self.approval_state.setText(self._above_estimate_text())
            self.approval_state.setStyleSheet(f"color: {RED}; font-weight: bold;")
            return
        if r.approval is None:
            self.approval_state.setText(self.tr("The customer has not answered the estimate yet."))
            self.approval_state.setStyleSheet(f"color: {GREY};")
            return
        via = shown(label(Channel(self.record.approval_via))) if self.record.approval_via else "—"
        approved = r.approval == Approval.APPROVED.value
        template = (self.tr("Approved by {by} on {date} ({via}).") if approved
                    else self.tr("Declined by {by} on {date} ({via})."))
        self.approval_state.setText(template.format(by=r.approval_by or "—", date=locale.date(r.approval_at),
                                                    via=via))
        self.approval_state.setStyleSheet(f"color: {GREEN if approved else RED}; font-weight: bold;")

    def _fill_inputs(self, force: bool) -> None:
        """Put the record's estimate and answer in the inputs, unless the clerk is editing them."""
        r = self.record
        if force or not self.estimate.isModified():
            self.estimate.set_amount(r.estimate)
            self.estimate.setModified(False)
        if force or not self.approval_by.isModified():
            self.approval_by.setText(r.approval_by or r.customer_name)
            self.approval_by.setModified(False)
        if force and self.record.approval_via is not None:
            self.approval_via.setCurrentIndex(self.approval_via.findData(self.record.approval_via))
        elif force:
            self.approval_via.setCurrentIndex(self.approval_via.findData(Channel.PHONE.value))

    def _show_lines(self) -> None:
        r, locale = self.record, self.desk.locale
        self.lines.setRowCount(len(r.lines))
        for row, line in enumerate(r.lines):
            cells = [
                cell(shown(label(LineKind(line.kind))), line.id),
                cell(line.description),
                cell(locale.digits(quantity_text(line.quantity))),
                cell(locale.money(line.unit_price, r.currency)),
                cell(locale.money(line.amount, r.currency)),
                cell(shown(line_rule_label(line.coverage_rule))),
            ]
            cells[5].setToolTip(line.override_reason)
            if line.covered:
                cells[5].setForeground(QColor(GREEN))
            for column, item in enumerate(cells):
                self.lines.setItem(row, column, item)
        totals = r.totals
        self.total_cost.setText(self.tr("Cost: {amount}").format(amount=locale.money(totals.cost, r.currency)))
        self.total_covered.setText(
            self.tr("Covered: {amount}").format(amount=locale.money(totals.covered, r.currency)))
        self.total_due.setText(self.tr("Due: {amount}").format(amount=locale.money(totals.due, r.currency)))
        self.total_paid.setText(self.tr("Paid: {amount}").format(amount=locale.money(r.paid, r.currency)))
        owed = max(r.owed, Decimal(0))
        self.total_owed.setText(self.tr("Owed: {amount}").format(amount=locale.money(owed, r.currency)))
        self.total_owed.setStyleSheet(f"color: {RED};" if owed > 0 else "")
        self.total_owed.setVisible(owed > 0 or r.paid > 0)
        self.total_paid.setVisible(r.paid > 0)

    def _update_enabled(self) -> None:
        finished = self.record.status in DONE_STATUSES
        reason = QCoreApplication.translate(
            "Errors", QT_TRANSLATE_NOOP("Errors", "Ticket {number} is finished; reopen it to change it.")
        ).format(number=self.desk.locale.ident(self.record.number)) if finished else ""
        for widget in (self.add_part, self.add_labour, self.approve, self.decline, self.estimate,
                       self.approval_by, self.approval_via):
            widget.setEnabled(not finished)
            widget.setToolTip(reason)
        self.remove.setEnabled(not finished and self._selected_line() is not None)
        self.remove.setToolTip(reason)
        self.edit_line.setEnabled(not finished and self._selected_line() is not None)
        self.edit_line.setToolTip(reason)
        self.correct_button.setEnabled(not finished)
        self.correct_button.setToolTip(reason)
        self.pay.setVisible(self.record.owed > 0 and self.record.status is not TicketStatus.CANCELLED)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.assignee, *self.move_buttons.values(), self.estimate, self.approval_by,
                                self.approval_via, self.approve, self.decline, self.lines, self.pay,
                                self.add_part, self.add_labour, self.edit_line, self.remove, *self.contact_buttons.values(), self.timeline,
                                self.reload_button, self.correct_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- changing --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ticket again; what the clerk was typing is replaced by what is saved."""
        self._refresh(force=True)

    def _refresh(self, force: bool) -> None:
        self.errors.clear()
        try:
            self.record = get_ticket(self.desk, self.record.id)
            self.people = people_of_ticket(self.desk, self.record.id)
            self.technicians = list_staff(self.desk, Role.TECHNICIAN)
        except KhedmatError as error:
            self._show_error(error)
            return
        self._show()
        self._fill_inputs(force)

    def _change(self, call: Callable[[int], TicketRecord], force_inputs: bool = False,
                form: FieldErrors | None = None) -> bool:
        """Run one service call with the version this view shows; its answer replaces `record`.
        A refusal that names a field of `form` (a prompt's) is shown there instead."""
        self.errors.clear()
        try:
            record = call(self.record.version)
            people = people_of_ticket(self.desk, record.id)
        except Conflict as error:
            if self._ask_reload(error):
                self.reload()
            else:
                self._show()
            return False
        except ValidationError as error:
            if form is not None and form.show(error):
                return False
            if not self.errors.show(error):
                self._show_error(error)
            self._show()
            return False
        except KhedmatError as error:
            self._show_error(error)
            self._show()
            return False
        self.record, self.people = record, people
        self._show()
        self._fill_inputs(force_inputs)
        self.changed.emit(record.id)
        return True

    def _move(self, target: TicketStatus) -> None:
        note = ""
        if target is TicketStatus.DELIVERED:
            self._deliver()
            return
        if target is TicketStatus.CANCELLED:
            answer = self._ask_text(self.tr("Cancel the ticket"), self.tr("Why is the ticket cancelled?"), True)
            if not answer:
                return
            note = answer
        elif target is TicketStatus.REOPENED:
            answer = self._ask_text(self.tr("Reopen the ticket"),
                                    self.tr("What is wrong again? The ticket will count as a repeat repair."),
                                    True)
            if not answer:
                return
            note = answer
        self._change(lambda version: move_ticket(self.desk, self.record.id, version, target, note))

    def _deliver(self) -> None:
        """Confirm the hand-back with what is due, and take the payment with it."""
        if self.record.above_estimate and not self._approve_new_amount():
            return
        ticket_id = self.record.id

        def deliver(payment: PaymentInput, form: FieldErrors) -> bool:
            return self._change(lambda version: move_ticket(self.desk, ticket_id, version, TicketStatus.DELIVERED,
                                                            payment=payment), form=form)

        self._run_prompt(PaymentDialog(self.desk, self.record, True, deliver, self))

    def _take_payment(self) -> None:
        ticket_id = self.record.id

        def pay(payment: PaymentInput, form: FieldErrors) -> bool:
            return self._change(lambda version: record_payment(self.desk, ticket_id, version, payment), form=form)

        self._run_prompt(PaymentDialog(self.desk, self.record, False, pay, self))

    def _above_estimate_text(self) -> str:
        r, locale = self.record, self.desk.locale
        return self.tr("The customer now pays {due}, more than the {estimate} they approved. Ask them to "
                       "approve the new amount.").format(due=locale.money(r.totals.due, r.currency),
                                                          estimate=locale.money(r.estimate, r.currency))

    def _approve_new_amount(self) -> bool:
        """Ask whether the customer approved what the job now costs them; record it if so."""
        if not self._confirm(self._above_estimate_text() + "\n\n" + self.tr("Has the customer approved it?")):
            return False
        due = self.record.totals.due
        via = Channel(self.approval_via.currentData())
        by = self.approval_by.text()
        return self._change(lambda version: record_approval(self.desk, self.record.id, version, True, by, via,
                                                            due), force_inputs=True)

    def _assign(self, index: int) -> None:
        assignee = self.assignee.itemData(index)
        if assignee == self.record.assignee_id:
            return
        self._change(lambda version: assign_ticket(self.desk, self.record.id, version, assignee))

    def _answer(self, approved: bool) -> None:
        self.errors.clear()
        try:
            estimate = self.estimate.amount()
        except ValidationError as error:
            error.field = "estimate"
            self.errors.show(error)
            return
        via = Channel(self.approval_via.currentData())
        by = self.approval_by.text()
        self._change(lambda version: record_approval(self.desk, self.record.id, version, approved, by, via,
                                                     estimate), force_inputs=True)

    def _add_part(self) -> None:
        picker = PartPicker(self.desk, self)
        if not self._run_prompt(picker):
            return
        choice = picker.choice()
        if choice is None:
            return
        part_id, quantity = choice
        self._add_line(LineInput(kind=LineKind.PART, part_id=part_id, quantity=quantity))

    def _add_labour(self) -> None:
        prompt = LabourPrompt(self.desk, self)
        if not self._run_prompt(prompt):
            return
        try:
            price = prompt.amount()
        except ValidationError as error:
            error.field = "unit_price"
            self.errors.show(error)
            return
        self._add_line(LineInput(kind=LineKind.LABOR, description=prompt.description.text(), unit_price=price))

    def _add_line(self, line: LineInput) -> None:
        """Add the line; when it takes the job above the estimate the customer approved, ask for
        their approval of the new amount at once (delivery waits for it)."""
        was_above = self.record.above_estimate
        if self._change(lambda version: add_line(self.desk, self.record.id, version, line)) and (
                self.record.above_estimate and not was_above):
            self._approve_new_amount()

    def _replace(self) -> None:
        """Replace… the faulty unit (its warranty chosen by the clerk) or a part fitted."""
        r = self.record
        try:
            terms = unit_replacement_terms(self.desk, r.id) if r.asset_id is not None else None
        except ValidationError:  # replaced already: only a part can be now
            terms = None
        self._run_prompt(ReplacementDialog(self.desk, r, terms, ticket_resolution(self.desk, r.id),
                                           self._selected_line(), self._submit, self))

    def _refund(self) -> None:
        self._run_prompt(RefundDialog(self.desk, self.record, self._submit, self))

    def _submit(self, call: Callable[[int], TicketRecord], form: FieldErrors) -> bool:
        return self._change(call, form=form)

    def _correct(self) -> None:
        """Correct what intake recorded (a wrong unit, priority, fault…)."""
        if self.record.status in DONE_STATUSES:
            return
        ticket_id = self.record.id

        def save(edit: TicketEdit, form: FieldErrors) -> bool:
            return self._change(lambda version: update_ticket(self.desk, ticket_id, version, edit), form=form)

        units = assets_of(self.desk, self.record.customer_id)
        self._run_prompt(TicketEditDialog(self.desk, self.record, self.technicians, units, save, self))

    def _edit_line(self) -> None:
        line_id = self._selected_line()
        if line_id is None or self.record.status in DONE_STATUSES:
            return
        line = next(line for line in self.record.lines if line.id == line_id)
        prompt = LinePrompt(self.desk, line, self.record.currency, self)
        if not self._run_prompt(prompt):
            return
        quantity, price, reason = prompt.values()
        was_above = self.record.above_estimate
        if self._change(lambda version: update_line(self.desk, self.record.id, version, line_id, quantity, price,
                                                    reason)) and self.record.above_estimate and not was_above:
            self._approve_new_amount()

    def _undo_move(self) -> None:
        last = last_undoable_move(self.record.events)
        if last is None:
            return
        question = self.tr("Undo the move {source} → {target}? Why?").format(
            source=shown(status_label(last.from_status)), target=shown(status_label(last.to_status)))
        reason = self._ask_text(self.tr("Undo last move"), question, True)
        if not reason:
            return
        self._change(lambda version: undo_last_move(self.desk, self.record.id, version, reason))

    def _selected_line(self) -> int | None:
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            return None
        return self.lines.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _line_menu(self, at: QPoint) -> None:
        actions = self.line_actions()
        if actions:
            menu = QMenu(self.lines)
            menu.addActions(actions)
            menu.exec(self.lines.viewport().mapToGlobal(at))

    def line_actions(self) -> list[QAction]:
        """The chosen line's menu: a manager covers a charged line, or charges a covered one."""
        line_id = self._selected_line()
        if line_id is None or self.record.status in DONE_STATUSES or not self.desk.may(Action.OVERRIDE_COVERAGE):
            return []
        line = next(line for line in self.record.lines if line.id == line_id)
        action = QAction(self.tr("Charge this line…") if line.covered else self.tr("Cover this line…"), self.lines)
        action.triggered.connect(lambda: self._override_line(line_id, not line.covered))
        return [action]

    def _override_line(self, line_id: int, covered: bool) -> None:
        line = next(line for line in self.record.lines if line.id == line_id)
        question = (self.tr("Cover “{line}” against its rule? Why?") if covered
                    else self.tr("Charge “{line}” against its rule? Why?")).format(line=line.description)
        reason = self._ask_text(self.tr("Coverage of a line"), question, True)
        if reason:
            self._change(lambda version: override_line_coverage(self.desk, self.record.id, version, line_id,
                                                                covered, reason))

    def _remove_line(self) -> None:
        line_id = self._selected_line()
        if line_id is None or self.record.status in DONE_STATUSES:
            return
        line = next(line for line in self.record.lines if line.id == line_id)
        if not self._confirm(self.tr("Remove “{line}” from the ticket?").format(line=line.description)):
            return
        self._change(lambda version: remove_line(self.desk, self.record.id, version, line_id))

    def _log(self, kind: EventKind) -> None:
        prompts = {
            EventKind.CALL: self.tr("What was said on the call?"),
            EventKind.SMS: self.tr("What did the message say?"),
            EventKind.VISIT: self.tr("What happened on the visit?"),
            EventKind.NOTE: self.tr("Note:"),
        }
        text = self._ask_text(shown(label(kind)), prompts[kind], kind is EventKind.NOTE)
        if text is None or (kind is EventKind.NOTE and not text):
            return
        try:
            log_contact(self.desk, self.record.customer_id, kind, text, self.record.id)
        except KhedmatError as error:
            self._show_error(error)
            return
        self._refresh(force=False)
        self.changed.emit(self.record.id)

    # --- prompts (tests drive these) -------------------------------------------------------

    def _run_prompt(self, dialog: QDialog) -> bool:
        """Show a small dialog of this view and wait for it; True when it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_text(self, title: str, prompt: str, required: bool) -> str | None:
        """A short text from the clerk; None when they cancelled."""
        dialog = TextPrompt(title, prompt, required, self)
        if not self._run_prompt(dialog):
            return None
        return dialog.text()

    def _confirm(self, question: str) -> bool:
        return messages.ask_yes_no(self, question)

    def _ask_reload(self, error: Conflict) -> bool:
        return messages.ask_reload(self, error)

    def _show_error(self, error: KhedmatError) -> None:
        messages.show_error(self, error)

