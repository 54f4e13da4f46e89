"""Every cell lands where a clerk would look for it: the customer's, the unit's and the job's
own fields, not their notes; nothing is made up (no date, no status, no customer)."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.kinds import Priority, Role, TicketKind
from app.domain.people import Customer, User
from app.domain.tickets import Payment, Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Product
from app.domain.workflow import TicketStatus
from app.errors import PermissionDenied
from app.i18n import Catalogue
from app.importing import Outcome, import_workbook, plan_import, summary_lines
from app.importing.headers import Field
from app.locale.calendars import Calendar, from_calendar
from app.services.desk import Actor
from app.services.tickets import TicketInput, open_ticket
from tests.importing.conftest import write_book


def by_row(report):
    return {r.row: r for r in report.results}


def said(result) -> str:
    return result.message(lambda c, t: t)


# A Persian shop's log with every column a clerk keeps: city, address, landline, seller,
# invoice, the technician and the day the unit went back, what was charged and what was paid.
HEADER_FA = ["ردیف", "شماره پذیرش", "تاریخ پذیرش", "نام مشتری", "همراه مشتری", "تلفن مشتری", "شهر", "آدرس",
             "ایمیل", "کد ملی", "نام شرکت", "برند", "مدل", "گروه کالا", "سریال", "فروشنده", "شماره فاکتور",
             "تاریخ خرید", "گارانتی", "ایراد", "لوازم همراه", "ظاهر دستگاه", "نام تعمیرکار", "وضعیت",
             "تاریخ تحویل", "هزینه تعمیر", "مبلغ دریافتی"]
ROWS_FA = [
    ["دفتر پذیرش تعمیرات — ۱۴۰۴"],
    HEADER_FA,
    [1, "P-101", "1404/02/01", "علی کریمی", "09121234567", "031-3141-3600", "اصفهان", "خیابان چهارباغ، پلاک ۱۲",
     "ali@example.com", "1234567890", "", "اسنوا", "یخچال ساید", "لوازم خانگی", "SN-1", "فروشگاه نور",
     "F-778", "1403/06/10", "18 ماه", "برفک نمی‌زند", "کابل برق", "خط روی در", "حسن رضایی", "تحویل شده",
     "1404/02/10", "۱۲۰ هزار تومان", "۱۲۰ هزار تومان"],
    [2, "P-102", "1404/03/01", "سارا رضایی", "09351234567", "", "تهران", "", "", "", "شرکت آوا", "ال جی",
     "لباسشویی", "", "SN-2", "", "", "1404/01/15", "24", "صدا می‌دهد", "", "", "حسن رضايي", "در حال تعمیر",
     "", "", ""],
    [None, "جمع کل: ۲ مشتری"],
]


@pytest.fixture
def log_fa(tmp_path):
    return write_book(tmp_path / "log_fa.xlsx", {"پذیرش": ROWS_FA})


def test_every_column_of_a_persian_log_fills_its_own_field(desk, log_fa):
    report = import_workbook(desk, log_fa)
    assert [r.outcome for r in report.results] == [Outcome.SKIPPED, Outcome.SKIPPED, Outcome.IMPORTED,
                                                   Outcome.IMPORTED, Outcome.SKIPPED]
    assert "total row" in said(report.results[-1])  # "جمع کل: ۲ مشتری" in the name column is no customer
    with desk.store.read() as s:
        ali = s.scalars(select(Customer).where(Customer.mobile == "+989121234567")).one()
        assert (ali.city, ali.address, ali.phone, ali.email, ali.national_id) == (
            "اصفهان", "خیابان چهارباغ، پلاک ۱۲", "+983131413600", "ali@example.com", "1234567890")
        assert ali.notes == ""  # nothing was put in the notes that has a field
        sara = s.scalars(select(Customer).where(Customer.mobile == "+989351234567")).one()
        assert (sara.company, sara.city) == ("شرکت آوا", "تهران")
        unit = s.scalars(select(Asset).where(Asset.serial_norm == "SN1")).one()
        product = s.get(Product, unit.product_id)
        assert (product.brand, product.model, product.category) == ("اسنوا", "یخچال ساید", "لوازم خانگی")
        assert (unit.seller, unit.invoice_no, unit.notes) == ("فروشگاه نور", "F-778", "")
        assert unit.purchase_date == from_calendar(1403, 6, 10, Calendar.JALALI)
        job = s.scalars(select(Ticket).where(Ticket.number == "P-101")).one()
        local = desk.locale.timezone
        assert job.opened_at.astimezone(local).date() == from_calendar(1404, 2, 1, Calendar.JALALI)
        assert job.delivered_at.astimezone(local).date() == from_calendar(1404, 2, 10, Calendar.JALALI)
        assert (job.status, job.accessories, job.condition) == (TicketStatus.DELIVERED, "کابل برق", "خط روی در")
        technician = s.get(User, job.assignee_id)
        assert technician.full_name == "حسن رضایی" and technician.role == Role.TECHNICIAN
        other = s.scalars(select(Ticket).where(Ticket.number == "P-102")).one()
        assert other.assignee_id == job.assignee_id  # رضايي with an Arabic ي is the same technician
        assert other.status == TicketStatus.IN_REPAIR  # received two weeks ago: real work, kept open
        assert s.scalars(select(TicketLine.unit_price).where(TicketLine.ticket_id == job.id)).one() == Decimal(
            "1200000")
        payment = s.scalars(select(Payment).where(Payment.ticket_id == job.id)).one()
        assert payment.amount == Decimal("1200000") and payment.method is None  # the sheet does not say how
        history = s.scalars(select(TicketEvent.text).where(TicketEvent.ticket_id == job.id)).one()
        assert "شهر" not in history and "تعمیرکار" not in history
    assert report.created["staff"] == 1


# A Saudi shop's log: the only date column is headed just "التاريخ", the mobile is the
# customer's (جوال العميل), the technician is named (اسم الفني), money received in words.
ROWS_AR = [
    ["سجل الصيانة — فرع الرياض"],
    ["رقم الطلب", "التاريخ", "اسم العميل", "جوال العميل", "هاتف العميل", "المدينة", "العنوان", "الجهاز",
     "الماركة", "الرقم التسلسلي", "العطل", "اسم الفني", "الحالة", "تاريخ التسليم", "المبلغ", "المبلغ المدفوع"],
    ["R-1", "10/05/2025", "محمد العتيبي", "0501234567", "0114567890", "الرياض", "حي النخيل، شارع ١٢", "ثلاجة",
     "سامسونج", "AR-100", "لا تبرد", "خالد الفني", "تم التسليم", "20/05/2025", "١٢٠ ألف ريال", "150"],
    ["R-2", "٠١/٠٦/٢٠٢٥", "نورة القحطاني", "0551234567", "", "جدة", "", "غسالة", "إل جي", "AR-200", "تسريب",
     "خالد الفني", "قيد الإصلاح", "", "", ""],
    ["", "", "المجموع: ٢", "", "", "", "", "", "", "", "", "", "", "", "", ""],
]


def test_a_saudi_log_fills_the_fields_and_its_only_date_is_the_date_received(desk_ar, tmp_path):
    path = write_book(tmp_path / "log_ar.xlsx", {"الصيانة": ROWS_AR})
    plan = plan_import(path)
    fields = plan.sheets[0].header.fields
    assert fields[Field.RECEIVED_DATE] == 1 and fields[Field.MOBILE] == 3 and fields[Field.PHONE] == 4
    assert fields[Field.TECHNICIAN] == 11 and fields[Field.NAME] == 2
    report = import_workbook(desk_ar, plan)
    assert [r.outcome for r in report.results] == [Outcome.SKIPPED, Outcome.SKIPPED, Outcome.IMPORTED,
                                                   Outcome.IMPORTED, Outcome.SKIPPED]
    with desk_ar.store.read() as s:
        first = s.scalars(select(Ticket).where(Ticket.number == "R-1")).one()
        local = desk_ar.locale.timezone
        assert first.opened_at.astimezone(local).date() == date(2025, 5, 10)  # never the day of the import
        assert first.delivered_at.astimezone(local).date() == date(2025, 5, 20)
        customer = s.get(Customer, first.customer_id)
        assert (customer.name, customer.mobile, customer.phone, customer.city, customer.address) == (
            "محمد العتيبي", "+966501234567", "+966114567890", "الرياض", "حي النخيل، شارع ١٢")
        assert s.get(User, first.assignee_id).full_name == "خالد الفني"
        charged = s.scalars(select(TicketLine.unit_price).where(TicketLine.ticket_id == first.id)).one()
        paid = s.scalars(select(Payment.amount).where(Payment.ticket_id == first.id)).one()
        assert (charged, paid) == (Decimal("120000.00"), Decimal("150.00"))


def test_a_job_without_a_date_is_rejected_never_dated_today(desk, tmp_path):
    path = write_book(tmp_path / "nodate.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial", "Fault", "Status"],
        ["Reza Amini", "09121111111", "SN-1", "no power", "delivered"],
    ]})
    report = import_workbook(desk, path)
    row = by_row(report)[2]
    assert row.outcome is Outcome.REJECTED and row.column.startswith("D (") and "no date received" in said(row)
    with desk.store.read() as s:
        assert s.scalars(select(Ticket)).first() is None


def test_total_and_count_rows_carrying_text_are_not_customers(desk, tmp_path):
    path = write_book(tmp_path / "totals.xlsx", {"Sheet1": [
        ["نام مشتری", "موبایل", "شهر"],
        ["جمعه کریمی", "09121111111", "قم"],  # a name that starts like a total word is a name
        ["جمع کل: ۳۰۰ مشتری", None, None],
        ["تعداد: ۱", None, None],
        ["Subtotal 12", None, None],
    ]})
    report = import_workbook(desk, path)
    assert [r.outcome for r in report.results] == [Outcome.SKIPPED, Outcome.IMPORTED, Outcome.SKIPPED,
                                                   Outcome.SKIPPED, Outcome.SKIPPED]
    assert report.created["customers"] == 1


def test_old_open_jobs_are_closed_as_imported_unless_the_plan_keeps_them(desk, tmp_path):
    rows = [["Name", "Mobile", "Fault", "Status", "Date received"],
            ["Old Job", "09121111111", "noisy", "در حال تعمیر", "1401/05/01"],  # three years before today
            ["New Job", "09122222222", "noisy", "در حال تعمیر", "1404/03/01"],  # three weeks before today
            ["Old Done", "09123333333", "noisy", "تحویل شده", "1401/05/01"]]
    path = write_book(tmp_path / "old.xlsx", {"Sheet1": rows})
    report = import_workbook(desk, path, dry_run=True)
    assert report.closed_old == 1
    plan = plan_import(path)
    assert plan.close_open_older_than == 6
    report = import_workbook(desk, plan)
    with desk.store.read() as s:
        statuses = dict(s.execute(select(Customer.name, Ticket.status).join(Ticket)).all())
        closing = s.execute(select(TicketEvent.from_status, TicketEvent.text)
                            .where(TicketEvent.to_status == TicketStatus.CLOSED)).one()
    assert statuses == {"Old Job": TicketStatus.CLOSED, "New Job": TicketStatus.IN_REPAIR,
                        "Old Done": TicketStatus.DELIVERED}
    assert closing.from_status == TicketStatus.IN_REPAIR and "Closed (imported)" in closing.text
    assert any("closed as imported" in line for line in summary_lines(report, Catalogue().translate, desk.locale))


def test_the_plan_can_keep_old_open_jobs_open(desk, tmp_path):
    path = write_book(tmp_path / "old.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Fault", "Status", "Date received"],
        ["Old Job", "09121111111", "noisy", "منتظر قطعه", "1401/05/01"]]})
    plan = plan_import(path)
    plan.close_open_older_than = None
    assert import_workbook(desk, plan).closed_old == 0
    with desk.store.read() as s:
        assert s.scalars(select(Ticket.status)).one() == TicketStatus.WAITING_PARTS


def test_legacy_numbers_of_our_shape_never_collide_with_new_tickets(desk, tmp_path):
    path = write_book(tmp_path / "numbers.xlsx", {"Sheet1": [
        ["Ticket number", "Name", "Mobile", "Fault", "Date received"],
        ["1404-0007", "Reza Amini", "09121111111", "noisy", "1404/02/01"],
        [None, "Sara Nouri", "09122222222", "leaks", "1404/02/02"],  # a job without a number gets ours
    ]})
    import_workbook(desk, path)
    with desk.store.read() as s:
        numbers = set(s.scalars(select(Ticket.number)))
        customer_id = s.scalars(select(Customer.id)).first()
    assert "1404-0007" in numbers and "1404-0008" in numbers
    later = open_ticket(desk, TicketInput(customer_id=customer_id, fault="again"))
    assert later.number == "1404-0009"


def test_a_real_import_is_a_managers_action_a_dry_run_is_anyones(desk, log_fa):
    clerk = replace(desk, actor=Actor(desk.actor.id, "clerk", Role.CLERK))
    assert import_workbook(clerk, log_fa, dry_run=True).count(Outcome.IMPORTED) == 2
    with pytest.raises(PermissionDenied):
        import_workbook(clerk, log_fa)


def test_a_name_longer_than_its_field_rejects_only_its_row(desk, tmp_path):
    path = write_book(tmp_path / "long.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial"],
        ["ن" * 201, "09121111111", "L-1"],
        ["Reza Amini", "09122222222", "L-2"],
        ["Sara Nouri", "09123333333", "S" * 101],  # a serial holds 100
    ]})
    report = import_workbook(desk, path)
    rows = by_row(report)
    assert rows[2].outcome is Outcome.REJECTED and "201 characters" in said(rows[2]) and "200" in said(rows[2])
    assert rows[3].outcome is Outcome.IMPORTED
    assert rows[4].outcome is Outcome.REJECTED and rows[4].column.startswith("C (")


def test_a_date_an_arabic_desk_cannot_show_rejects_its_row_only(desk_ar, tmp_path):
    path = write_book(tmp_path / "old.xlsx", {"Sheet1": [
        ["الاسم", "الجوال", "الرقم التسلسلي", "تاريخ الشراء"],
        ["محمد", "0501111111", "A-1", "01/01/1920"],
        ["نورة", "0502222222", "A-2", "01/01/2020"],
    ]})
    report = import_workbook(desk_ar, path)
    rows = by_row(report)
    assert rows[2].outcome is Outcome.REJECTED and rows[2].column.startswith("D (")
    assert rows[3].outcome is Outcome.IMPORTED


def test_a_later_row_fills_what_the_customer_lacks_and_says_what_it_did_not_overwrite(desk, tmp_path):
    path = write_book(tmp_path / "again.xlsx", {"Sheet1": [
        ["Name", "Mobile", "City", "Email"],
        ["Reza Amini", "09121111111", "", "reza@example.com"],
        ["Reza Amini", "09121111111", "Shiraz", "other@example.com"],
    ]})
    report = import_workbook(desk, path)
    second = by_row(report)[3]
    assert "reza@example.com" in said(second) and "other@example.com" in said(second)
    with desk.store.read() as s:
        reza = s.execute(select(Customer.city, Customer.email, Customer.version)).one()
    assert tuple(reza) == ("Shiraz", "reza@example.com", 1)


def test_an_existing_customer_gets_the_details_it_lacks_as_a_new_version(desk, tmp_path):
    from app.services.customers import CustomerInput, create_customer

    create_customer(desk, CustomerInput(name="Reza Amini", mobile="09121111111", city="Shiraz"))
    path = write_book(tmp_path / "again.xlsx", {"Sheet1": [
        ["Name", "Mobile", "City", "Address"],
        ["Reza Amini", "09121111111", "Tabriz", "12 Azadi St"],
    ]})
    report = import_workbook(desk, path)
    assert "Shiraz" in said(report.results[1]) and "Tabriz" in said(report.results[1])
    with desk.store.read() as s:
        reza = s.execute(select(Customer.city, Customer.address, Customer.version)).one()
    assert tuple(reza) == ("Shiraz", "12 Azadi St", 2)


def test_kind_priority_and_the_canonical_words_of_our_export_are_read(desk, tmp_path):
    path = write_book(tmp_path / "kinds.xlsx", {"Sheet1": [
        ["name", "customer_mobile", "opened_at", "status", "kind", "priority", "fault"],
        ["Reza Amini", "+989121111111", "1404/03/20 14:30", "awaiting_approval", "installation", "urgent", "x"],
    ]})
    report = import_workbook(desk, path)
    assert report.count(Outcome.IMPORTED) == 1, said(report.results[1])
    with desk.store.read() as s:
        ticket = s.execute(select(Ticket.status, Ticket.kind, Ticket.priority, Ticket.opened_at)).one()
    assert tuple(ticket[:3]) == (TicketStatus.AWAITING_APPROVAL, TicketKind.INSTALLATION, Priority.URGENT)
    opened = datetime.combine(from_calendar(1404, 3, 20, Calendar.JALALI), datetime.min.time())
    assert ticket.opened_at == opened.replace(hour=14, minute=30, tzinfo=desk.locale.timezone).astimezone(UTC)


def test_numbers_are_read_in_the_desks_region_and_a_landline_needs_its_area_code(desk, tmp_path):
    path = write_book(tmp_path / "phones.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Phone"],
        ["Reza Amini", "09121111111", "31413600"],  # an Isfahan landline without its area code
        ["Sara Nouri", "0501234567", None],  # a Saudi mobile without +966 on a Persian desk
        ["Nima Rad", "09122222222", "+97144445555"],  # a foreign number written as one
    ]})
    rows = by_row(import_workbook(desk, path))
    assert rows[2].outcome is Outcome.REJECTED and rows[2].column.startswith("C (")
    assert rows[3].outcome is Outcome.REJECTED and rows[3].column.startswith("B (")
    assert rows[4].outcome is Outcome.IMPORTED
    with desk.store.read() as s:
        assert s.scalars(select(Customer.phone)).one() == "+97144445555"


def test_an_error_cell_rejects_its_row_a_hidden_sheet_is_said_and_a_merged_name_reaches_every_row(desk, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(["Name", "Mobile", "Serial", "Date received", "Fault"])
    sheet.append(["Reza Amini", "09121111111", "M-1", "1404/02/01", "noisy"])
    sheet.append([None, "09121111111", "M-2", "1404/02/02", "leaks"])  # the name is merged over rows 2–3
    sheet.merge_cells("A2:A3")
    sheet.append(["Sara Nouri", "09122222222", "M-3", "1404/02/03", None])
    sheet["E4"].value, sheet["E4"].data_type = "#REF!", "e"  # the fault cell holds an error
    hidden = book.create_sheet("Old")
    hidden.sheet_state = "hidden"
    hidden.append(["Name", "Mobile"])
    hidden.append(["Nima Rad", "09123333333"])
    path = tmp_path / "marked.xlsx"
    book.save(path)
    plan = plan_import(path)
    assert [s.hidden for s in plan.sheets] == [False, True]
    report = import_workbook(desk, plan)
    rows = by_row(report)
    assert rows[3].outcome is Outcome.IMPORTED and "Reza Amini" in said(rows[3])
    assert rows[4].outcome is Outcome.REJECTED and rows[4].column.startswith("E (") and "#REF!" in said(rows[4])
    lines = summary_lines(report, Catalogue().translate, desk.locale)
    assert any("Old is hidden" in line for line in lines)
    with desk.store.read() as s:
        assert sorted(s.scalars(select(Customer.name))) == ["Nima Rad", "Reza Amini"]


def test_a_refused_number_is_quoted_as_the_clerk_sees_it(desk_ar, tmp_path):
    path = write_book(tmp_path / "float.xlsx", {"Sheet1": [
        ["الاسم", "الجوال"],
        ["رضا", 9122302750.0],  # an Iranian mobile stored as a number, on a Saudi desk
    ]})
    row = by_row(import_workbook(desk_ar, path))[2]
    assert row.outcome is Outcome.REJECTED and "9122302750 " in said(row) and ".0" not in said(row)


def test_a_coverage_column_is_compared_with_what_khedmat_works_out_and_a_different_word_kept(desk, tmp_path):
    from app.services.contracts import ContractInput, create_contract
    from tests.services.helpers import customer, unit

    owner = customer(desk, "Reza Amini", "09121111111")
    known = unit(desk, owner, serial="SN-D", purchased=date(2019, 1, 1), months=12)
    create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 1),
                                        end_date=date(2025, 12, 31), asset_ids=[known.id]))
    path = write_book(tmp_path / "coverage.xlsx", {"Sheet1": [
        ["نام", "همراه", "سریال", "تاریخ خرید", "گارانتی", "پوشش"],
        ["سارا رضایی", "09351234567", "SN-A", "1400/01/01", "12 ماه", "تحت گارانتی"],
        ["سارا رضایی", "09351234567", "SN-B", "1404/01/01", "12 ماه", "گارانتی"],
        ["سارا رضایی", "09351234567", "SN-C", "1404/01/01", "12 ماه", "طلایی"],
        ["Reza Amini", "09121111111", "SN-D", "", "", "آزاد"],
    ]})
    rows = by_row(import_workbook(desk, path))
    assert "the sheet says the unit's coverage is “Warranty”, but by its warranty and contracts in Khedmat " \
           "it is “Expired” today" in said(rows[2])
    assert "coverage" not in said(rows[3]) and "coverage" not in said(rows[4])
    assert "coverage is “None”" in said(rows[5]) and "“Contract” today" in said(rows[5])
    assert "not stored, as nothing new was made of the row: پوشش: آزاد" in said(rows[5])
    with desk.store.read() as s:
        notes = dict(s.execute(select(Asset.serial, Asset.notes)).all())
    assert notes == {"SN-A": "پوشش: تحت گارانتی", "SN-B": "", "SN-C": "پوشش: طلایی", "SN-D": ""}
