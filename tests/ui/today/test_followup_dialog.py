"""The satisfaction call after delivery, recorded from the follow-ups queue."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.domain.kinds import FollowUpOutcome
from app.domain.workflow import TicketStatus as S
from app.services.customers import CustomerInput, create_customer
from app.services.followups import attempts_of, followups_of_ticket
from app.services.tickets import TicketInput, get_ticket, move_ticket, open_ticket
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
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.REACHED.value))
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


def queued(window, desk):
    desk.today = lambda: TODAY + timedelta(days=3)
    window.tabs.setCurrentWidget(window.followups)
    window.followups.apply_filter()
    return window.followups.model.index(0, 0).data(window.followups.model.RowRole)


def test_nothing_is_recorded_until_the_clerk_says_what_came_of_the_call(open_window):
    window, desk = open_window("fa")
    ticket = delivered(desk)
    dialog = FollowUpDialog(desk, queued(window, desk), window)
    dialog.show()
    assert dialog.outcome.currentData() is None
    dialog.save()
    assert dialog.errors.text("outcome") != ""
    assert attempts_of(desk, followups_of_ticket(desk, ticket.id)[0].id) == []


def test_not_answered_the_call_back_day_offered_is_tomorrow_and_it_becomes_due(open_window, qtbot):
    window, desk = open_window("fa")
    ticket = delivered(desk)
    dialog = FollowUpDialog(desk, queued(window, desk), window)
    dialog.show()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.NO_ANSWER.value))
    assert dialog.call_back.isVisible() and not dialog.csat.isVisible()
    assert dialog.call_back.value() == TODAY + timedelta(days=4)  # the day after the desk's today
    assert "۱" in dialog.tries_left.text() and "۳" in dialog.tries_left.text()
    dialog.call_back.set_value(TODAY + timedelta(days=6))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    (call,) = followups_of_ticket(desk, ticket.id)
    assert (call.due_date, call.done_at) == (TODAY + timedelta(days=6), None)
    window.followups.apply_filter()
    assert window.followups.total == 0  # not due again before that day
    again = FollowUpDialog(desk, _row_of(window, desk, TODAY + timedelta(days=6)), window)
    assert again.attempts_model.rowCount() == 1
    assert "۱" in again.attempts_box.title()


def _row_of(window, desk, on):
    desk.today = lambda: on
    window.followups.apply_filter()
    return window.followups.model.index(0, 0).data(window.followups.model.RowRole)


def test_the_last_try_asks_no_day_and_closes_the_call_as_not_reached(open_window):
    window, desk = open_window("ar")
    ticket = delivered(desk)
    for _ in range(3):
        dialog = FollowUpDialog(desk, queued(window, desk), window)
        dialog.show()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.NO_ANSWER.value))
        dialog.call_back.set_value(TODAY + timedelta(days=3))
        last = len(dialog.attempts) == 2
        assert dialog.call_back.isVisible() is not last
        dialog.save()
    (call,) = followups_of_ticket(desk, ticket.id)
    assert (call.outcome, call.done_at is not None) == (FollowUpOutcome.NOT_REACHED.value, True)


def test_a_problem_that_persists_reopens_the_ticket_from_the_dialog(open_window, qtbot):
    window, desk = open_window("fa")
    ticket = delivered(desk)
    dialog = FollowUpDialog(desk, queued(window, desk), window)
    dialog.show()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FollowUpOutcome.REACHED.value))
    assert dialog.problem_persists.isVisible() and dialog.problem_persists.isEnabled()
    dialog.csat.setValue(2)
    dialog.problem_persists.setChecked(True)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    reopened = get_ticket(desk, ticket.id)
    assert (reopened.status, reopened.is_rework) == (S.REOPENED, True)
    (call,) = followups_of_ticket(desk, ticket.id)
    assert (call.csat, call.problem_persists) == (2, True)
