"""Complaints on screen: filed from the customer, ticket and unit windows, answered and closed,
listed by where they stand, and in the customer's history; calls scheduled and rescheduled."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.domain.kinds import Channel, ComplaintStatus, FollowUpKind, Role
from app.services.complaints import (
    BUILT_IN_CATEGORIES,
    ComplaintInput,
    complaints_of_customer,
    get_complaint,
    open_complaint,
)
from app.services.desk import Actor, Desk, vouch
from app.services.followups import followups_of_ticket, schedule_followup
from app.services.tickets import TicketInput, open_ticket
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.customers.unit_dialog import UnitDialog
from app.ui.tickets.ticket_dialog import TicketDialog
from app.ui.today.complaint_dialog import ComplaintDialog
from app.ui.today.complaints_dialog import ComplaintsDialog
from app.ui.today.schedule_dialog import RescheduleDialog, ScheduleCallDialog
from tests.conftest import TODAY
from tests.services.helpers import customer, unit
from tests.ui.conftest import answer_next_box, type_text


def filed(desk, owner, **changes):
    return open_complaint(desk, ComplaintInput(owner.id, Channel.PHONE, "زمان انتظار", "دو هفته منتظرم", **changes))


def test_a_new_complaint_starts_with_nothing_chosen_and_is_filed_from_the_ticket(open_dialog, desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="نشتی", customer_id=owner.id))
    window = open_dialog("fa", lambda: TicketDialog(desk, ticket.id))
    dialog = window.followup_button.new_complaint()
    assert isinstance(dialog, ComplaintDialog)
    assert (dialog.channel.currentData(), dialog.category.currentText(), dialog.owner.currentData()) == (
        None, "", None)
    assert dialog.ticket.currentData() == ticket.id
    assert [dialog.category.itemText(i) for i in range(dialog.category.count())] == [
        QCoreApplication.translate("Complaints", text) for text in BUILT_IN_CATEGORIES]  # in the reader's language
    dialog.save()
    assert dialog.errors.text("channel") != "" and complaints_of_customer(desk, owner.id) == []
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE.value))
    dialog.category.setCurrentIndex(1)
    type_text(dialog.description, "قول داده بودند دو روزه آماده شود")
    assert dialog.save()
    (complaint,) = complaints_of_customer(desk, owner.id)
    assert (complaint.ticket_id, complaint.category, complaint.description) == (
        ticket.id, dialog.category.itemText(1), "قول داده بودند دو روزه آماده شود")


def test_the_companys_categories_are_offered(open_dialog, desk):
    from dataclasses import replace

    from app.services.company import company_settings, save_company_settings

    settings = company_settings(desk)
    save_company_settings(desk, replace(settings, complaint_categories="تأخیر\nبرخورد"), settings.version_token)
    owner = customer(desk)
    dialog = open_dialog("fa", lambda: ComplaintDialog(desk, owner.id))
    assert [dialog.category.itemText(i) for i in range(dialog.category.count())] == ["تأخیر", "برخورد"]


def test_answered_then_closed_only_with_root_cause_and_action(open_dialog, desk):
    owner = customer(desk)
    complaint = filed(desk, owner)
    dialog = open_dialog("fa", lambda: ComplaintDialog(desk, owner.id, complaint.id))
    type_text(dialog.answer, "قطعه سفارش داده شد")
    assert dialog.record_answer()
    assert get_complaint(desk, complaint.id).status is ComplaintStatus.ANSWERED
    type_text(dialog.root_cause, "کمبود قطعه")
    seen: list[str] = []
    answer_next_box(seen, lambda box: box.buttons()[0].click())
    assert not dialog.close_it()
    assert dialog.errors.text("action_required") != ""
    type_text(dialog.action_required, "سفارش زودتر")
    answer_next_box(seen, lambda box: next(b for b in box.buttons()
                                           if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
    assert dialog.close_it()
    closed = get_complaint(desk, complaint.id)
    assert (closed.status, closed.root_cause, closed.action_required) == (
        ComplaintStatus.CLOSED, "کمبود قطعه", "سفارش زودتر")
    assert not dialog.description.isEnabled() and not dialog.close_complaint_button.isEnabled()


def test_a_clerk_may_not_close_or_reassign(open_dialog, desk):
    owner = customer(desk)
    complaint = filed(desk, owner)
    clerk = Desk(desk.store, vouch(Actor(desk.actor.id, "clerk", Role.CLERK)), desk.locale, desk.today)
    dialog = open_dialog("fa", lambda: ComplaintDialog(clerk, owner.id, complaint.id))
    assert dialog.answer_box.isVisible() and not dialog.closing_box.isVisible()
    assert not dialog.owner.isEnabled()


def test_the_list_shows_complaints_by_where_they_stand(open_dialog, desk):
    owner = customer(desk)
    first, second = filed(desk, owner), filed(desk, owner, asset_id=unit(desk, owner).id)
    from app.services.complaints import close_complaint

    close_complaint(desk, second.id, second.version, "علت", "اقدام")
    dialog = open_dialog("fa", lambda: ComplaintsDialog(desk))
    assert [r.id for r in dialog.model.rows] == [first.id]
    assert desk.locale.digits("1") in dialog.count.text()
    dialog.state.setCurrentIndex(dialog.state.findData(ComplaintStatus.CLOSED.value))
    assert [r.id for r in dialog.model.rows] == [second.id]
    opened = dialog.open_complaint(dialog.model.rows[0])
    assert opened.record.id == second.id


def test_the_complaint_is_in_the_customer_history_with_its_status(open_dialog, desk):
    owner = customer(desk)
    filed(desk, owner)
    window = open_dialog("fa", lambda: CustomerDialog(desk, owner.id))
    texts = [window.history_model.index(0, column).data() for column in range(window.history_model.columnCount())]
    assert any("زمان انتظار: دو هفته منتظرم" in (t or "") for t in texts)
    assert any(QCoreApplication.translate("Kinds", "Open") in (t or "") for t in texts)


def test_the_unit_window_files_a_complaint_about_the_unit(open_dialog, desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    window = open_dialog("fa", lambda: UnitDialog(desk, owned.id))
    dialog = window.followup_button.new_complaint()
    assert dialog.unit.currentData() == owned.id and dialog.ticket.currentData() is None


def test_a_training_call_is_scheduled_from_the_ticket_window(open_dialog, desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="نصب", customer_id=owner.id))
    window = open_dialog("fa", lambda: TicketDialog(desk, ticket.id))
    dialog = window.followup_button.schedule_call()
    assert isinstance(dialog, ScheduleCallDialog)
    assert dialog.kind.currentData() is None and dialog.due.value() is None
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.TRAINING.value))
    dialog.save()
    assert dialog.errors.text("due_date") != "" and followups_of_ticket(desk, ticket.id) == []
    dialog.due.set_value(TODAY + timedelta(days=2))
    type_text(dialog.note, "طرز کار")
    dialog.save()
    (call,) = followups_of_ticket(desk, ticket.id)
    assert (call.kind, call.due_date, call.note) == ("training", TODAY + timedelta(days=2), "طرز کار")


def test_an_open_call_is_rescheduled_from_the_follow_ups_list(open_window):
    window, desk = open_window("fa")
    owner = customer(desk)
    schedule_followup(desk, owner.id, FollowUpKind.OTHER, TODAY)
    window.tabs.setCurrentWidget(window.followups)
    window.followups.apply_filter()
    window.followups.view.setCurrentIndex(window.followups.model.index(0, 0))
    assert window.reschedule_action in window.followups.view.actions()
    dialog = window.reschedule_followup()
    assert isinstance(dialog, RescheduleDialog) and dialog.due.value() == TODAY
    dialog.due.set_value(TODAY - timedelta(days=1))
    dialog.save()
    assert dialog.errors.text("due_date") != ""
    dialog.due.set_value(TODAY + timedelta(days=9))
    dialog.save()
    assert window.followups.total == 0  # not due until then
