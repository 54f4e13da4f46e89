"""Intake says when the same fault is back on a unit after two warranty repairs."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from app.domain.workflow import TicketStatus
from app.services.desk import Desk
from app.services.payments import PaymentInput
from app.services.tickets import TicketInput, move_ticket, open_ticket
from app.ui.tickets.intake_dialog import IntakeDialog
from tests.conftest import make_desk
from tests.services.helpers import customer, unit
from tests.ui.tickets.test_intake_dialog import describe_fault, type_serial

CLAIM = "استبدال الجهاز أو استرداد المبلغ"
"""The Saudi rule in the Arabic notice; the Persian one (Iran) never says the customer has a right to it."""
SAME_FA, SAME_AR = "همان عیب", "العطل نفسه"


@pytest.fixture
def open_intake(qtbot, speak) -> Callable[[Desk], IntakeDialog]:
    def opener(desk: Desk) -> IntakeDialog:
        speak(desk.locale.lang)
        dialog = IntakeDialog(desk)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        return dialog

    return opener


def repaired_twice(desk, faults=("صفحه نمایش خاموش می‌شود", "صفحه خاموش است")):
    owner = customer(desk, mobile="0501234567" if desk.locale.region == "SA" else "09121234567")
    owned = unit(desk, owner)
    numbers = []
    for fault in faults:
        ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault=fault))
        for status in (TicketStatus.IN_REPAIR, TicketStatus.READY):
            ticket = move_ticket(desk, ticket.id, ticket.version, status)
        move_ticket(desk, ticket.id, ticket.version, TicketStatus.DELIVERED, payment=PaymentInput(Decimal(0), None))
        numbers.append(ticket.number)
    return owned, numbers


def test_intake_lists_the_warranty_repairs_then_says_the_fault_is_back(qtbot, desk, open_intake):
    owned, numbers = repaired_twice(desk)
    dialog = open_intake(desk)
    type_serial(qtbot, dialog, owned.serial)
    notice = dialog.repeated_defect
    assert notice.isVisible()
    assert "2 warranty repairs" not in notice.text() and "۲" in notice.text()  # the clerk's digits
    assert all(desk.locale.ident(number) in notice.text() for number in numbers)
    assert SAME_FA not in notice.text()  # nothing typed yet: only counted
    describe_fault(dialog, "برد سوخته")
    assert notice.isVisible() and SAME_FA not in notice.text()
    dialog.fault.clear()
    describe_fault(dialog, "باز هم صفحه خاموش شد")
    assert SAME_FA in notice.text()
    assert "تعویض" not in notice.text() and "استرداد" not in notice.text()  # Iran: no legal right is claimed


def test_in_saudi_arabia_the_notice_says_the_customer_may_ask_for_a_replacement(qtbot, store, open_intake):
    desk = make_desk(store, "ar")
    owned, _numbers = repaired_twice(desk, ("الشاشة لا تعمل", "شاشة مطفأة"))
    dialog = open_intake(desk)
    type_serial(qtbot, dialog, owned.serial)
    describe_fault(dialog, "الشاشة لا تعمل مرة أخرى")
    assert SAME_AR in dialog.repeated_defect.text()
    assert CLAIM in dialog.repeated_defect.text()


def test_one_warranty_repair_shows_no_notice(qtbot, desk, open_intake):
    owned, _numbers = repaired_twice(desk, ("صفحه خاموش",))
    dialog = open_intake(desk)
    type_serial(qtbot, dialog, owned.serial)
    describe_fault(dialog, "صفحه خاموش")
    assert not dialog.repeated_defect.isVisible()


def test_a_replaced_unit_says_which_unit_replaced_it(qtbot, desk, open_intake):
    from app.domain.resolutions import ReplacementWarranty
    from app.services.resolutions import replace_unit

    owner = customer(desk)
    owned = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    replace_unit(desk, ticket.id, ticket.version, "SN-7007", ReplacementWarranty.INHERIT)
    dialog = open_intake(desk)
    type_serial(qtbot, dialog, owned.serial)
    assert dialog.replaced.isVisible()
    assert "SN" in dialog.replaced.text() and "7007" in dialog.replaced.text()
    assert desk.locale.ident(ticket.number) in dialog.replaced.text()
    dialog.serial.clear()
    type_serial(qtbot, dialog, "SN-7007")
    assert not dialog.replaced.isVisible()
