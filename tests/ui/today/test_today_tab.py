"""The Today tab: the window opens on it, each kind of row shows, and its actions work."""
from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.kinds import Channel, TicketKind
from app.domain.workflow import TicketStatus as S
from app.services.complaints import ComplaintInput, open_complaint
from app.services.desk import period_end
from app.services.history import customer_history
from app.services.tickets import TicketInput, move_ticket, open_ticket
from app.services.today import TodayKind
from app.ui.tickets.intake_dialog import IntakeDialog
from app.ui.tickets.ticket_dialog import TicketDialog
from app.ui.today.complaint_dialog import ComplaintDialog
from app.ui.today.followup_dialog import FollowUpDialog
from tests.conftest import TODAY
from tests.services.helpers import customer, unit
from tests.services.test_periodic import serviced_unit
from tests.ui.conftest import double_click


def answer_next_input(text: str) -> None:
    """When the next text question opens, type `text` and press OK."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def select(window, kind: TodayKind) -> None:
    tab = window.today
    for row in range(tab.model.rowCount()):
        if tab.model.row_at(row).kind is kind:
            tab.view.setCurrentIndex(tab.view.model().mapFromSource(tab.model.index(row, 0)))
            return
    raise AssertionError(f"no {kind} row")


def a_day_of_every_kind(desk):
    owner = customer(desk, mobile="+98 912 123 4567")  # with its country code: also on a Saudi desk
    device = unit(desk, owner, purchased=date(2023, 7, 1), months=24)
    late = customer(desk, "مریم احمدی", "+98 935 111 2233")
    late_job = open_ticket(desk, TicketInput(customer_id=late.id, fault="روشن نمی‌شود", promised_date=TODAY))
    done = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device.id, fault="صدا می‌دهد"))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        done = move_ticket(desk, done.id, done.version, status)
    desk.today = lambda: TODAY + timedelta(days=3)
    return owner, device, late_job


def test_the_window_opens_on_today_with_each_kind_of_row(open_window):
    window, desk = open_window("fa", tab="today")
    a_day_of_every_kind(desk)
    window.refresh()
    assert window.tabs.currentWidget() is window.today
    kinds = [window.today.model.row_at(r).kind for r in range(window.today.model.rowCount())]
    assert kinds == [TodayKind.PAST_PROMISE, TodayKind.FOLLOW_UP, TodayKind.WARRANTY_ENDING]
    assert window.today.model.index(0, 0).data() == "گذشته از موعد تحویل"
    assert window.today.model.index(0, 3).data().translate({0x2066: None, 0x2069: None, 0x200e: None}) == "۰۹۳۵ ۱۱۱ ۲۲۳۳"
    assert window.count_label.text() == "۳ ردیف"
    window.today.kind.setCurrentIndex(window.today.kind.findData(TodayKind.WARRANTY_ENDING.value))
    assert window.today.model.rowCount() == 1


def test_log_call_on_a_warranty_ending_row_records_the_call_and_shows_it(open_window):
    window, desk = open_window("fa", tab="today")
    owner, _device, _job = a_day_of_every_kind(desk)
    window.refresh()
    select(window, TodayKind.WARRANTY_ENDING)
    answer_next_input("تمدید پیشنهاد شد؛ فکر می‌کند")
    window.today.call_action.trigger()
    assert any("تمدید پیشنهاد شد" in entry.text for entry in customer_history(desk, owner.id))
    select(window, TodayKind.WARRANTY_ENDING)
    assert window.today.current_row().last_call is not None


def test_log_call_on_a_follow_up_opens_the_follow_up_form(open_window):
    window, desk = open_window("fa", tab="today")
    a_day_of_every_kind(desk)
    window.refresh()
    select(window, TodayKind.FOLLOW_UP)
    window.today.call_button.click()
    dialog = window.findChild(FollowUpDialog)
    assert dialog is not None and "علی رضایی" in dialog.who.text()


def test_open_ticket_opens_the_late_job_or_a_new_one_for_the_unit(open_window):
    window, desk = open_window("fa", tab="today")
    _owner, device, late_job = a_day_of_every_kind(desk)
    window.refresh()
    select(window, TodayKind.PAST_PROMISE)
    window.today.ticket_action.trigger()
    opened = window.findChild(TicketDialog)
    assert opened is not None and opened.record.id == late_job.id
    select(window, TodayKind.WARRANTY_ENDING)
    window.today.ticket_button.click()
    intake = window.findChild(IntakeDialog)
    assert intake is not None and intake.serial.text() == device.serial
    assert "علی رضایی" in intake.chosen.text()


def test_export_for_sms_writes_the_rows_shown(open_window, tmp_path):
    window, desk = open_window("ar", tab="today")
    a_day_of_every_kind(desk)
    window.refresh()
    window.today.kind.setCurrentIndex(window.today.kind.findData(TodayKind.WARRANTY_ENDING.value))
    out = tmp_path / "sms.xlsx"
    window.today.ask_path = lambda _name: out
    assert window.export_list() == out
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("الجوال", "الاسم", "نص الرسالة")
    assert len(rows) == 2 and "الضمان" in rows[1][2] and rows[1][0] == "+989121234567"


def test_a_long_kind_lists_its_first_rows_says_so_and_exports_them_all(open_window, tmp_path):
    window, desk = open_window("fa", tab="today")
    owner = customer(desk)
    for n, bought in enumerate((date(2023, 6, 20), date(2023, 7, 1), date(2023, 7, 10))):
        unit(desk, owner, serial=f"SN-30{n}", purchased=bought, months=24)
    window.today.per_kind = 2
    window.refresh()
    assert window.today.model.rowCount() == 2 and window.today.cut.isVisible()
    assert "۲" in window.today.cut.text()
    assert window.today.kind.itemText(window.today.kind.findData(TodayKind.WARRANTY_ENDING.value)).endswith("(۳)")
    out = tmp_path / "sms.xlsx"
    window.today.ask_path = lambda _name: out
    assert window.export_list() == out
    assert len(list(load_workbook(out).active.iter_rows(values_only=True))) == 4, "a heading and all three"


def test_nothing_due_says_so(open_window):
    window, _desk = open_window("fa", tab="today")
    assert window.today.empty.isVisible() and window.today.empty.text() == "امروز کاری در انتظار نیست."
    assert not window.today.call_button.isEnabled()
    assert not window.print_list_action.isEnabled()


def test_a_periodic_service_row_opens_its_ticket_in_one_action(open_window):
    window, desk = open_window("fa", tab="today")
    owner = customer(desk, mobile="+98 912 123 4567")
    device = serviced_unit(desk, owner, period_end(TODAY + timedelta(days=2), -6, desk), serial="AC-9")
    window.refresh()
    select(window, TodayKind.SERVICE_DUE)
    window.today.ticket_action.trigger()
    opened = window.findChild(TicketDialog)
    assert opened is not None and opened.record.asset_id == device.id
    assert opened.record.kind == TicketKind.PERIODIC_SERVICE.value


def test_a_complaint_row_opens_the_complaint_on_a_double_click(open_window):
    window, desk = open_window("fa", tab="today")
    owner = customer(desk, mobile="+98 912 123 4567")
    filed = open_complaint(desk, ComplaintInput(owner.id, Channel.PHONE, "تأخیر", "دیر آماده شد"))
    window.refresh()
    select(window, TodayKind.COMPLAINT)
    double_click(window.today.view, window.today.view.currentIndex())
    complaint = window.findChild(ComplaintDialog)
    assert complaint is not None and complaint.record.id == filed.id
