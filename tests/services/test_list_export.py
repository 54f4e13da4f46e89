"""The workbook a clerk exports from a list: for people, in their language and calendar."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.workflow import TicketStatus
from app.errors import ValidationError
from app.i18n import Catalogue
from app.services import listing
from app.services.demo import fill_demo
from app.services.desk import Desk
from app.services.list_columns import TICKET_COLUMNS
from app.services.list_export import ExportCancelled, write_list_workbook
from app.services.listing import ListQuery
from app.services.tickets import TicketInput, open_ticket
from app.store.engine import sqlite_path
from tests.services.helpers import customer, unit


def known_ticket(desk: Desk, estimate: str, mobile: str = "09121234567") -> str:
    """A ticket promised for 2025-06-15 (1404/03/25 Jalali, 1446/12/19 Umm al-Qura)."""
    owner = customer(desk, mobile=mobile)
    return open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit(desk, owner).id, fault="آبگیری نمی‌کند",
                                         promised_date=date(2025, 6, 15), estimate=Decimal(estimate))).number


def export_tickets(desk: Desk, out: Path, query: ListQuery = ListQuery(), **kwargs) -> int:  # noqa: B008
    catalogue = Catalogue.load(desk.locale.lang)
    return write_list_workbook(desk, listing.TICKETS, TICKET_COLUMNS, query, out, catalogue,
                               catalogue("MainWindow", "Tickets"), **kwargs)


def test_a_persian_list_is_a_right_to_left_sheet_with_persian_headings_jalali_dates_and_rial_amounts(desk, tmp_path):
    number = known_ticket(desk, "2500000")
    out = tmp_path / "tickets.xlsx"
    assert export_tickets(desk, out) == 1
    sheet = load_workbook(out).active
    assert sheet.title == "پذیرش‌ها"
    assert sheet.sheet_view.rightToLeft is True
    headings = [c.value for c in sheet[1]]
    assert headings[:3] == ["شماره", "تاریخ پذیرش", "وضعیت"]
    assert headings[-3:] == ["برآورد هزینه", "اولویت", "نوع"]
    row = {h: c for h, c in zip(headings, sheet[2], strict=True)}
    assert row["شماره"].value == "".join("۰۱۲۳۴۵۶۷۸۹"[int(d)] if d.isdigit() else d for d in number)
    assert row["شماره"].data_type == "s", "a ticket number stays text"
    assert row["وضعیت"].value == "پذیرش شده"
    assert row["موعد تحویل"].value == "۱۴۰۴/۰۳/۲۵"
    assert row["برآورد هزینه"].value == 2500000
    assert row["برآورد هزینه"].number_format == '#,##0 "ریال"'
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M2"
    widths = {letter: d.width for letter, d in sheet.column_dimensions.items()}
    assert widths["H"] > widths["A"], "the fault column is wider than the number"
    assert all(6 <= w <= 60 for w in widths.values())


def test_an_arabic_list_has_arabic_headings_umm_al_qura_dates_and_riyals_with_halalas(desk_ar, tmp_path):
    known_ticket(desk_ar, "150.50", mobile="0501234567")
    out = tmp_path / "tickets.xlsx"
    export_tickets(desk_ar, out)
    sheet = load_workbook(out).active
    assert sheet.sheet_view.rightToLeft is True
    headings = [c.value for c in sheet[1]]
    assert headings[:3] == ["الرقم", "تاريخ الاستلام", "الحالة"]
    row = {h: c for h, c in zip(headings, sheet[2], strict=True)}
    assert row["موعد التسليم"].value == "١٤٤٦/١٢/١٩"
    assert row["التكلفة التقديرية"].value == pytest.approx(150.5)
    assert row["التكلفة التقديرية"].number_format == '#,##0.00 "ر.س"'


def test_the_export_holds_exactly_the_filtered_rows_in_the_list_order_beyond_a_page(desk, tmp_path):
    fill_demo(desk, customers=120, tickets=700)
    query = ListQuery(filters={"status": [TicketStatus.CLOSED.value, TicketStatus.DELIVERED.value]})
    expected = listing.TICKETS.page(desk, limit=10_000, filters=query.filters)
    assert len(expected) > 200, "more rows than one page of the list"
    out = tmp_path / "closed.xlsx"
    assert export_tickets(desk, out, query) == len(expected)
    sheet = load_workbook(out, read_only=True).active
    numbers = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert numbers == [desk.locale.digits(t.number) for t in expected]


def test_the_database_itself_is_refused_and_left_alone(desk, tmp_path):
    database = sqlite_path(desk.store.url)
    before = database.read_bytes()
    for chosen in (database, database.with_name(database.name + "-wal")):
        with pytest.raises(ValidationError, match="database"):
            export_tickets(desk, chosen)
    assert database.read_bytes() == before


def test_a_cancelled_export_leaves_no_file_and_keeps_an_earlier_one(desk, tmp_path, monkeypatch):
    fill_demo(desk, customers=40, tickets=300)
    monkeypatch.setattr("app.services.list_export.PROGRESS_EVERY", 10)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "tickets.xlsx"
    with pytest.raises(ExportCancelled):
        export_tickets(desk, out, progress=lambda written: written < 50)
    assert list(folder.iterdir()) == []
    out.write_bytes(b"the clerk's earlier file")
    with pytest.raises(ExportCancelled):
        export_tickets(desk, out, progress=lambda written: False)
    assert out.read_bytes() == b"the clerk's earlier file"
    assert list(folder.iterdir()) == [out]
