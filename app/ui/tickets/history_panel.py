"""A ticket's history: its events and payments, newest first, and one-click logging of a
call, a message, a visit or a note."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.kinds import Approval, EventKind, PaymentMethod, label
from app.domain.workflow import status_label
from app.locale.display import Locale
from app.services.changes import change_lines, describe_change
from app.services.tickets import EventRecord, TicketRecord
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import cell, push_button, table_widget
from app.ui.tickets.resolution_panel import entry_text as resolution_entry_text
from app.ui.translator import person, shown

CONTACTS = (EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.NOTE)
"""What a clerk logs in one click."""


class TicketHistory(Retranslating, QGroupBox):
    log_requested = Signal(object)
    """Emitted with the EventKind of a contact button the clerk pressed."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.people: dict[int, str] = {}
        self.contact_buttons: dict[EventKind, QPushButton] = {}
        contact_row = QHBoxLayout()
        for kind in CONTACTS:
            button = push_button(self)
            button.setObjectName(f"log_{kind.value}")
            button.clicked.connect(lambda _checked=False, k=kind: self.log_requested.emit(k))
            self.contact_buttons[kind] = button
            contact_row.addWidget(button)
        contact_row.addStretch(1)
        self.timeline = table_widget(self, 4)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.timeline.setWordWrap(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        history_layout = QVBoxLayout(self)
        history_layout.addLayout(contact_row)
        history_layout.addWidget(self.timeline)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("History"))
        for kind, button in self.contact_buttons.items():
            button.setText(shown(label(kind)))
            button.setToolTip(self.tr("Log it in the history of this ticket and its customer"))
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"),
                                                 self.tr("By")])

    def show_record(self, record: TicketRecord, people: dict[int, str]) -> None:
        """The ticket's events and payments, newest first (a payment of unknown date, from
        an old sheet, last)."""
        self.people = people
        r, locale = record, self.locale
        rows: list[tuple[tuple[datetime, int], list[QTableWidgetItem]]] = []
        for event in r.events:
            what, text = self._describe(event)
            rows.append(((event.at, event.id), [cell(self.locale.moment(event.at), event.id), cell(what), cell(text),
                                                cell(self._who(event.user_id))]))
        for payment in r.payments:
            method = shown(label(PaymentMethod(payment.method))) if payment.method else self.tr("method unknown")
            text = f"{locale.money(payment.amount, r.currency)} — {method}"
            when = self.locale.moment(payment.paid_at) if payment.paid_at else "—"
            rows.append(((payment.paid_at or datetime.min.replace(tzinfo=UTC), payment.id),
                         [cell(when), cell(self.tr("Payment")), cell(text), cell(self._who(payment.user_id))]))
        rows.sort(key=lambda row: row[0], reverse=True)
        self.timeline.setRowCount(len(rows))
        for row, (_key, cells) in enumerate(rows):
            cells[2].setToolTip(cells[2].text())
            for column, item in enumerate(cells):
                self.timeline.setItem(row, column, item)

    def _who(self, user_id: int | None) -> str:
        return person(self.people.get(user_id, "")) if user_id is not None else ""


    def _describe(self, event: EventRecord) -> tuple[str, str]:
        """What happened, and its words, in the interface language."""
        kind = EventKind(event.kind)
        if kind is EventKind.STATUS:
            target = shown(status_label(event.to_status)) if event.to_status else ""
            if event.from_status:
                what = self.tr("{source} → {target}").format(source=shown(status_label(event.from_status)),
                                                              target=target)
            else:
                what = target
            return what, event.text
        if kind is EventKind.CHANGE:
            return shown(label(kind)), "; ".join(describe_change(c, QCoreApplication.translate, self.locale)
                                                  for c in change_lines(event.text))
        if kind is EventKind.RESOLUTION:
            return shown(label(kind)), resolution_entry_text(event.text, self.locale)
        if kind is EventKind.APPROVAL and event.text in {a.value for a in Approval}:
            return shown(label(kind)), shown(label(Approval(event.text)))
        return shown(label(kind)), event.text
