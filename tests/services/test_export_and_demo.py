from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from app.domain.workflow import TicketStatus
from app.errors import KhedmatError, ValidationError
from app.services.demo import fill_demo
from app.services.export import FIELDS, export
from app.services.listing import CUSTOMERS, TICKETS
from app.services.units import lookup_coverage
from tests.services.helpers import customer


@pytest.fixture
def demo(desk):
    fill_demo(desk, customers=120, seed=7)
    return desk


def test_demo_refuses_a_database_that_holds_records(desk):
    customer(desk)
    with pytest.raises(KhedmatError):
        fill_demo(desk, customers=10)
    assert CUSTOMERS.count(desk) == 1


def test_demo_has_tickets_in_every_status_and_persian_names(demo):
    statuses = Counter(row.status for row in TICKETS.page(demo, "", 0, 10_000))
    assert set(statuses) == set(TicketStatus)
    names = [row.name for row in CUSTOMERS.page(demo, "", 0, 50)]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in names)
    assert not any("ي" in name or "ك" in name for name in names), "a Persian desk stores Persian letters"


def test_a_demo_job_awaiting_approval_has_no_answer_and_an_answer_is_dated_when_it_came(demo):
    from sqlalchemy import select

    from app.domain.tickets import Ticket, TicketEvent

    with demo.store.read() as session:
        tickets = session.execute(select(Ticket.id, Ticket.status, Ticket.approval, Ticket.approval_at,
                                         Ticket.approval_by).where(Ticket.estimate.is_not(None))).all()
        asked = dict(session.execute(select(TicketEvent.ticket_id, TicketEvent.at).where(
            TicketEvent.to_status == TicketStatus.AWAITING_APPROVAL.value)).all())
    waiting = [t for t in tickets if t.status == TicketStatus.AWAITING_APPROVAL.value]
    assert waiting and all(t.approval is None and t.approval_at is None for t in waiting)
    answered = [t for t in tickets if t.approval is not None]
    assert answered and all(t.approval_at > asked[t.id] and t.approval_by == "" for t in answered)


def test_a_demo_job_handed_back_was_paid_what_it_charged_and_nothing_was_paid_for_covered_work(demo):
    from app.services.tickets import get_ticket

    delivered = [get_ticket(demo, row.id) for row in TICKETS.page(demo, "", 0, 10_000)
                 if row.status in (TicketStatus.DELIVERED, TicketStatus.CLOSED)]
    charged = [t for t in delivered if t.totals.due > 0]
    assert charged and all(t.paid == t.totals.due and t.owed == 0 for t in charged)
    assert all(t.paid == 0 for t in delivered if t.totals.due == 0)
    assert all(p.paid_at is not None for t in charged for p in t.payments)


def test_arabic_demo_speaks_arabic_with_saudi_mobiles(desk_ar):
    fill_demo(desk_ar, customers=30)
    rows = CUSTOMERS.page(desk_ar, "", 0, 30)
    assert all(row.mobile.startswith("+9665") for row in rows)
    assert not any(ch in row.name for row in rows for ch in "پچژگ")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_canonical_header_and_every_row(demo, tmp_path, suffix):
    out = tmp_path / f"tickets{suffix}"
    count = export(demo, "tickets", out)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    else:
        rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert tuple(rows[0]) == FIELDS["tickets"]
    assert len(rows) - 1 == count == TICKETS.count(demo)
    assert {"number", "opened_at", "customer_mobile", "serial", "status", "total", "currency"} <= set(rows[0])


def test_a_serial_from_the_export_can_be_looked_up(demo, tmp_path):
    out = tmp_path / "assets.csv"
    export(demo, "assets", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        first = next(csv.DictReader(f))
    record = lookup_coverage(demo, first["serial"])
    assert record.coverage.kind.value == first["coverage"]


def test_export_to_an_unwritable_place_says_so_and_leaves_nothing(demo, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as caught:
        export(demo, "customers", out / "missing-folder" / "c.csv")
    assert "missing-folder" in caught.value.message()
    with pytest.raises(ValidationError):
        export(demo, "customers", out / "c.pdf")
    assert list(out.iterdir()) == []


def test_every_entity_exports(demo, tmp_path: Path):
    for entity in FIELDS:
        assert export(demo, entity, tmp_path / f"{entity}.xlsx") >= 1


def test_export_dates_follow_the_users_calendar(demo, desk_ar, tmp_path):
    from app.locale.calendars import Calendar, parse_date

    out = tmp_path / "tickets.csv"
    export(demo, "tickets", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        first = next(csv.DictReader(f))
    day, clock = first["opened_at"].split(" ")
    opened = parse_date(day, Calendar.JALALI)
    assert opened.year >= 2024 and len(clock) == 5
    export(desk_ar, "tickets", tmp_path / "ar.csv")
    with (tmp_path / "ar.csv").open(encoding="utf-8-sig", newline="") as f:
        hijri_day = next(csv.DictReader(f))["opened_at"].split(" ")[0]
    # the same moment, on Riyadh's clock (Tehran's is half an hour ahead: the day may differ)
    from datetime import datetime, time

    hour, minute = map(int, clock.split(":"))
    moment = datetime.combine(opened, time(hour, minute), tzinfo=demo.locale.timezone)
    assert parse_date(hijri_day, Calendar.HIJRI) == moment.astimezone(desk_ar.locale.timezone).date()
