"""The satisfaction call after delivery, recorded from the follow-ups queue."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.domain.kinds import FollowUpOutcome
from app.domain.workflow import TicketStatus as S
from app.services.customers import CustomerInput, create_customer
from app.services.followups import followups_of_ticket
from app.services.tickets import TicketInput, move_ticket, open_ticket
from app.ui.today.followup_dialog import FollowUpDialog
from tests.conftest import TODAY


def delivered(desk):
    # with its country code: the same windows are opened on Persian and on Saudi desks
    owner = create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="+98 935 111 2233"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return ticket


def test_recording_the_call_takes_it_off_the_queue(open_window, qtbot):
    window, desk = open_window("fa")
    ticket = delivered(desk)
    desk.today = lambda: TODAY + timedelta(days=3)
    window.tabs.setCurrentWidget(window.followups)
    assert window.followups.total == 1
    window.open_row(window.followups.model.index(0, 0).data(window.followups.model.RowRole))
    dialog = window.findChild(FollowUpDialog)
    assert dialog is not None and "سارا رحیمی" in dialog.who.text()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.REACHED.value))
    dialog.csat.setValue(5)
    dialog.nps.setValue(9)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    (call,) = followups_of_ticket(desk, ticket.id)
    assert (call.csat, call.nps, call.done_at is not None) == (5, 9, True)
    assert window.followups.total == 0


def test_a_score_out_of_range_is_shown_beside_it(open_window):
    window, desk = open_window("ar")
    delivered(desk)
    desk.today = lambda: TODAY + timedelta(days=3)
    window.tabs.setCurrentWidget(window.followups)
    row = window.followups.model.index(0, 0).data(window.followups.model.RowRole)
    dialog = FollowUpDialog(desk, row, window)
    dialog.show()
    dialog.csat.setValue(0)
    dialog.save()
    assert dialog.errors.text("csat") == "الرضا درجة من ١ إلى ٥."
    assert followups_of_ticket(desk, row.ticket_id)[0].done_at is None


def test_scores_are_typed_in_either_script_and_shown_in_the_clerks_digits(open_window):
    from app.ui.widgets.number_spin import NumberSpin
    from tests.ui.conftest import type_text

    window, desk = open_window("fa")
    spin = NumberSpin(desk.locale, window)
    spin.setRange(0, 10)
    spin.show()
    for typed in ("۷", "٧", "7"):
        spin.lineEdit().clear()
        type_text(spin.lineEdit(), typed)
        spin.interpretText()
        assert spin.value() == 7, typed
    assert spin.text() == "۷"
