"""The Today list: each kind of promise shows on the day it falls due, and leaves when kept."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.domain.kinds import Channel, EventKind, FollowUpOutcome
from app.domain.workflow import TicketStatus as S
from app.errors import ValidationError
from app.i18n import Catalogue
from app.services.complaints import ComplaintInput, close_complaint, open_complaint
from app.services.contracts import ContractInput, cancel_contract, create_contract, renew_contract, sign_contract
from app.services.customers import CustomerInput, create_customer
from app.services.desk import period_end
from app.services.followups import AttemptInput, record_attempt
from app.services.periodic import open_service_ticket
from app.services.tickets import TicketInput, get_ticket, log_contact, move_ticket, open_ticket
from app.services.today import TodayKind, today_rows
from app.services.today_messages import message_text, write_sms_workbook
from app.services.units import extend_warranty
from tests.conftest import TODAY, make_desk
from tests.services.helpers import customer, unit
from tests.services.test_periodic import serviced_unit


def kinds(desk, **kw):
    return [(row.kind, row.overdue) for row in today_rows(desk, **kw)]


def test_a_warranty_ending_within_thirty_days_is_on_today_until_an_extension_follows_it(desk):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2023, 7, 1), months=24)  # ends 1404/04/10 (2025-07-01)
    (row,) = today_rows(desk)
    assert (row.kind, row.asset_id, row.serial, row.mobile) == (TodayKind.WARRANTY_ENDING, device.id,
                                                                 "SN-1001", "+989121234567")
    assert row.day == date(2025, 7, 1)
    extend_warranty(desk, device.id, 12, "فروش تمدید")
    assert today_rows(desk) == []


def test_a_warranty_ending_in_five_weeks_is_not_yet_on_today(desk):
    unit(desk, customer(desk), purchased=date(2023, 7, 25), months=24)
    assert today_rows(desk) == []


def test_a_contract_ending_soon_shows_until_it_is_renewed_or_cancelled(desk):
    owner = customer(desk)
    device = unit(desk, owner)
    old = create_contract(desk, ContractInput(owner.id, date(2024, 7, 1), date(2025, 6, 30), [device.id],
                                              Decimal(1000)))
    assert [(r.kind, r.contract_number) for r in today_rows(desk)] == [(TodayKind.CONTRACT_ENDING, old.number)]
    renewal = renew_contract(desk, old.id)
    assert renewal.draft and len(today_rows(desk)) == 1, "a renewal not yet signed still needs the call"
    sign_contract(desk, renewal.id, renewal.version)
    assert today_rows(desk) == []


def test_a_cancelled_contract_is_no_call_to_make(desk):
    owner = customer(desk)
    device = unit(desk, owner)
    old = create_contract(desk, ContractInput(owner.id, date(2024, 7, 1), date(2025, 6, 30), [device.id]))
    cancel_contract(desk, old.id, old.version, TODAY, "مشتری انصراف داد")
    assert today_rows(desk) == []


def delivered(desk, owner, device=None):
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device and device.id, fault="صدا می‌دهد"))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return ticket


def test_the_call_after_delivery_is_due_on_its_day_overdue_after_it_and_gone_once_made(store):
    desk = make_desk(store)
    owner = customer(desk)
    ticket = delivered(desk, owner)
    assert today_rows(desk) == []
    desk.today = lambda: TODAY + timedelta(days=3)
    (row,) = today_rows(desk)
    assert (row.kind, row.overdue, row.ticket_number) == (TodayKind.FOLLOW_UP, False, ticket.number)
    desk.today = lambda: TODAY + timedelta(days=4)
    assert kinds(desk) == [(TodayKind.FOLLOW_UP, True)]
    record_attempt(desk, row.record_id, 1, AttemptInput(FollowUpOutcome.REACHED, csat=5))
    assert today_rows(desk) == []


def test_a_job_past_its_promised_date_shows_until_it_is_ready(store):
    desk = make_desk(store)
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="روشن نمی‌شود",
                                           promised_date=TODAY + timedelta(days=2)))
    desk.today = lambda: TODAY + timedelta(days=2)
    assert today_rows(desk) == []
    desk.today = lambda: TODAY + timedelta(days=3)
    (row,) = today_rows(desk)
    assert (row.kind, row.overdue, row.ticket_id) == (TodayKind.PAST_PROMISE, True, ticket.id)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.IN_REPAIR)
    move_ticket(desk, ticket.id, ticket.version, S.READY)
    assert today_rows(desk) == []


def test_a_late_job_comes_before_a_sale_and_a_logged_call_shows_on_the_row(store):
    desk = make_desk(store)
    owner = customer(desk)
    unit(desk, owner, purchased=date(2023, 7, 10), months=24)
    late = customer(desk, "مریم احمدی", "09351112233")
    open_ticket(desk, TicketInput(customer_id=late.id, fault="روشن نمی‌شود", promised_date=TODAY))
    desk.today = lambda: TODAY + timedelta(days=1)
    assert kinds(desk) == [(TodayKind.PAST_PROMISE, True), (TodayKind.WARRANTY_ENDING, False)]
    assert kinds(desk, kinds=frozenset({TodayKind.WARRANTY_ENDING})) == [(TodayKind.WARRANTY_ENDING, False)]
    log_contact(desk, owner.id, EventKind.CALL, "پیشنهاد تمدید داده شد")
    assert next(r for r in today_rows(desk) if r.customer_id == owner.id).last_call is not None


def test_the_message_is_in_the_language_asked_with_dates_in_the_desks_calendar(desk):
    unit(desk, customer(desk), purchased=date(2023, 7, 1), months=24)
    (row,) = today_rows(desk)
    persian = message_text(row, "fa", desk.locale, "")
    assert "۱۴۰۴/۰۴/۱۰" in persian and "SN-1001" in persian and "گارانتی" in persian
    assert "مرکز خدمات ما" in persian or "خدمات" in persian
    arabic = message_text(row, "ar", desk.locale, "شركة النور")
    assert "شركة النور" in arabic and "الضمان" in arabic and "١٤٠٤/٠٤/١٠" in arabic


def test_the_sms_workbook_has_mobile_name_and_message_and_counts_rows_without_a_mobile(desk, tmp_path):
    unit(desk, customer(desk), purchased=date(2023, 7, 1), months=24)
    nobody = customer(desk, "بی‌شماره", "")
    unit(desk, nobody, serial="SN-2002", purchased=date(2023, 7, 2), months=24)
    out = tmp_path / "sms.xlsx"
    result = write_sms_workbook(desk, today_rows(desk), out, Catalogue.load("fa").translate)
    assert (result.written, result.without_mobile) == (1, 1)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("موبایل", "نام", "متن پیامک")
    assert rows[1][:2] == ("+989121234567", "علی رضایی") and "SN-1001" in rows[1][2]
    assert sheet.sheet_view.rightToLeft


def test_the_sms_workbook_is_not_written_over_the_database(desk, db_path):
    before = db_path.read_bytes()
    with pytest.raises(ValidationError):
        write_sms_workbook(desk, [], db_path, Catalogue.load("fa").translate)
    assert db_path.read_bytes() == before


def test_a_periodic_service_due_within_the_days_ahead_is_on_today_and_its_ticket_takes_it_off(desk):
    owner = customer(desk)
    soon = serviced_unit(desk, owner, period_end(TODAY + timedelta(days=5), -6, desk), serial="AC-2")
    serviced_unit(desk, owner, period_end(TODAY + timedelta(days=10), -6, desk), serial="AC-3")
    (row,) = today_rows(desk)
    assert (row.kind, row.asset_id, row.day, row.overdue) == (TodayKind.SERVICE_DUE, soon.id,
                                                              TODAY + timedelta(days=5), False)
    desk.today = lambda: TODAY + timedelta(days=6)
    assert [(r.serial, r.overdue) for r in today_rows(desk)] == [("AC-2", True), ("AC-3", False)]
    ticket = open_service_ticket(desk, row.record_id, "سرویس دوره‌ای")
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    assert [r.serial for r in today_rows(desk) if r.kind is TodayKind.SERVICE_DUE] == ["AC-3"]


def test_a_contract_job_nobody_looked_at_within_its_response_time_is_on_today(desk):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 10))  # out of warranty: the contract pays
    create_contract(desk, ContractInput(owner.id, date(2025, 1, 1), date(2025, 12, 31), [device.id],
                                        response_hours=4))
    job = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device.id, fault="کار نمی‌کند"))
    opened = get_ticket(desk, job.id).opened_at
    assert today_rows(desk, now=opened + timedelta(hours=3)) == []
    (row,) = today_rows(desk, now=opened + timedelta(hours=5))
    assert (row.kind, row.ticket_id, row.overdue) == (TodayKind.PAST_RESPONSE, job.id, True)
    move_ticket(desk, job.id, job.version, S.DIAGNOSING)
    assert today_rows(desk, now=opened + timedelta(hours=5)) == []


def test_an_open_complaint_is_on_today_until_it_is_closed(desk):
    owner = customer(desk)
    filed = open_complaint(desk, ComplaintInput(owner.id, Channel.PHONE, "تأخیر", "دیر آماده شد"))
    (row,) = today_rows(desk)
    assert (row.kind, row.record_id, row.subject) == (TodayKind.COMPLAINT, filed.id, "تأخیر")
    assert "شکایت" in message_text(row, "fa", desk.locale, "")
    close_complaint(desk, filed.id, filed.version, "کمبود قطعه", "سفارش زودتر")
    assert today_rows(desk) == []


def test_each_message_is_in_its_customers_language_when_known(desk, tmp_path):
    speaks_arabic = create_customer(desk, CustomerInput(name="سلمان العتيبي", mobile="+966 50 123 4567",
                                                        language="ar"))
    unit(desk, speaks_arabic, purchased=date(2023, 7, 1), months=24)
    unit(desk, customer(desk), serial="SN-2002", purchased=date(2023, 7, 2), months=24)
    out = tmp_path / "sms.xlsx"
    write_sms_workbook(desk, today_rows(desk), out, Catalogue.load("fa").translate)
    messages = {row[0]: row[2] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
    assert "الضمان" in messages["+966501234567"] and "١٤٠٤/٠٤/١٠" in messages["+966501234567"]
    assert "گارانتی" in messages["+989121234567"], "not known: the desk's language"


def test_a_long_kind_lists_its_longest_waiting_and_counts_them_all(desk, monkeypatch):
    import app.services.today as today

    owner = customer(desk)
    bought = [date(2023, 7, 10), date(2023, 6, 20), date(2023, 7, 1)]  # 24 months: ending 25, 5 and 16 days ahead
    for n, day in enumerate(bought):
        unit(desk, owner, serial=f"SN-20{n}", purchased=day, months=24)
    found = today.today_list(desk, limit=2)
    assert [r.serial for r in found.rows] == ["SN-201", "SN-202"], "the soonest ending first"
    assert found.totals[TodayKind.WARRANTY_ENDING] == 3 and found.cut
    assert len(today_rows(desk)) == 3, "the export reads every row"
    monkeypatch.setattr(today, "COUNTED_UP_TO", 1)
    assert today.today_list(desk, limit=1).totals[TodayKind.WARRANTY_ENDING] == 2, "counted only past the cap"
    assert not today.today_list(desk).cut
