"""A clerk's day through the real main window: intake by keyboard, the job moved to
delivery, the follow-up call in the queue, and a stale save noticed."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.workflow import TicketStatus as S
from app.services.customers import CustomerInput, update_customer
from app.services.tickets import get_ticket
from app.services.units import create_product
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.tickets.intake_dialog import IntakeDialog
from app.ui.tickets.payment_dialog import PaymentDialog
from app.ui.tickets.ticket_dialog import TicketDialog
from tests.conftest import TODAY
from tests.ui.conftest import type_text

MAIN_LINE = [S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.DELIVERED]


def test_intake_to_delivery_to_follow_up_and_a_stale_save(open_window, qtbot):
    window, desk = open_window("fa")
    create_product(desk, "Snowa", "SWM-8420", warranty_months=18)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.findChild(IntakeDialog)
    assert intake is not None
    qtbot.waitActive(intake)
    type_text(intake.search, "۰۹۱۲۳۴۵۶۷۸۹")
    qtbot.waitUntil(intake.new_customer.isVisible)
    type_text(intake.new_name, "رضا احمدی")
    intake.serial.setFocus()
    qtbot.keyClicks(intake.serial, "SN-5501")
    qtbot.keyClick(intake.serial, Qt.Key.Key_Return)
    qtbot.keyClicks(intake.product, "Snowa")
    intake.purchase_date.set_value(TODAY - timedelta(days=30))
    intake.fault.setFocus()
    type_text(intake.fault, "آبگیری نمی‌کند")
    with qtbot.waitSignal(intake.ticket_opened) as opened:
        qtbot.keyClick(intake.fault, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ticket_id = opened.args[0]
    intake.done(QDialog.DialogCode.Accepted)

    assert window.tickets.total == 1, "the list was refreshed after the intake"
    window.tickets.view.setFocus()
    window.tickets.view.setCurrentIndex(window.tickets.model.index(0, 0))
    qtbot.keyClick(window.tickets.view, Qt.Key.Key_Return)
    dialog = window.findChild(TicketDialog)
    assert dialog is not None and dialog.record.id == ticket_id

    def deliver_only(prompt: QDialog) -> bool:
        assert isinstance(prompt, PaymentDialog), "only the delivery asks anything"
        assert prompt.left_owed.text() == "چیزی برای پرداخت نیست."
        qtbot.mouseClick(prompt.ok, Qt.MouseButton.LeftButton)
        return prompt.result() == QDialog.DialogCode.Accepted

    dialog._run_prompt = deliver_only
    for target in MAIN_LINE:
        if target is S.WAITING_PARTS:
            dialog.approval_by.setText("خود مشتری")
            qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.move_buttons[target], Qt.MouseButton.LeftButton)
        assert dialog.record.status is target
    assert get_ticket(desk, ticket_id).status is S.DELIVERED
    dialog.close()

    desk.today = lambda: TODAY + timedelta(days=3)
    window.tabs.setCurrentWidget(window.followups)
    assert window.followups.total == 1
    assert window.followups.model.index(0, 1).data() == "رضا احمدی"

    customer = window.open_customer(get_ticket(desk, ticket_id).customer_id)
    assert isinstance(customer, CustomerDialog)
    asked = []
    customer._ask_reload = lambda error: asked.append(error) or True
    behind = customer.record
    update_customer(desk, behind.id, behind.version, CustomerInput(name="رضا احمدی‌نژاد", mobile="09123456789"))
    customer.name.setText("رضا احمدی (VIP)")
    assert not customer.save()
    assert asked, "the stale save was noticed"
    assert customer.name.text() == "رضا احمدی‌نژاد", "reloading shows the other clerk's change"
