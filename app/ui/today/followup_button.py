"""One button for the ticket, customer and unit windows: file a complaint, or schedule a call,
for the customer the window shows (and its ticket or unit)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.ui.retranslating import Retranslating
from app.ui.today.complaint_dialog import ComplaintDialog
from app.ui.today.schedule_dialog import ScheduleCallDialog


@dataclass(frozen=True)
class Subject:
    """What the window shows: the customer (None: a unit nobody owns), and its ticket or unit."""

    customer_id: int | None
    customer_name: str
    ticket_id: int | None = None
    ticket_number: str = ""
    asset_id: int | None = None
    serial: str = ""


class FollowUpButton(Retranslating, QPushButton):
    complaint_saved = Signal(int)
    call_scheduled = Signal(int)

    def __init__(self, desk: Desk, subject: Callable[[], Subject], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.subject = desk, subject
        self.setAutoDefault(False)
        self.complaint_action = QAction(self)
        self.complaint_action.triggered.connect(self.new_complaint)
        self.call_action = QAction(self)
        self.call_action.triggered.connect(self.schedule_call)
        self.setMenu(QMenu(self))
        self.menu().addActions([self.complaint_action, self.call_action])
        self.menu().aboutToShow.connect(self._update)
        self.retranslate()

    def _update(self) -> None:
        owned = self.subject().customer_id is not None
        self.complaint_action.setEnabled(owned)
        self.call_action.setEnabled(owned)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def new_complaint(self) -> ComplaintDialog | None:
        s = self.subject()
        if s.customer_id is None:
            return None
        dialog = ComplaintDialog(self.desk, s.customer_id, ticket_id=s.ticket_id, asset_id=s.asset_id,
                                 parent=self.window())
        dialog.saved.connect(self.complaint_saved)
        return self._show(dialog)

    def schedule_call(self) -> ScheduleCallDialog | None:
        s = self.subject()
        if s.customer_id is None:
            return None
        about = s.customer_name
        if s.ticket_number:
            about = self.tr("{name} — ticket {ticket}").format(name=s.customer_name,
                                                              ticket=self.desk.locale.ident(s.ticket_number))
        elif s.serial:
            about = self.tr("{name} — unit {serial}").format(name=s.customer_name, serial=isolate_ltr(s.serial))
        dialog = ScheduleCallDialog(self.desk, s.customer_id, about, s.ticket_id, parent=self.window())
        dialog.saved.connect(self.call_scheduled)
        return self._show(dialog)

    def retranslate(self) -> None:
        self.setText(self.tr("Complaint or call"))
        self.complaint_action.setText(self.tr("Complaint…"))
        self.call_action.setText(self.tr("Schedule a call…"))
