"""The shared legacy sample, bad files, and the `khedmat import` command."""
from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.domain.tickets import Ticket, TicketLine
from app.domain.units import Asset
from app.domain.workflow import TicketStatus
from app.importing import Outcome, import_workbook, plan_import
from app.importing.headers import Field, field_of, find_header
from app.importing.read import ImportFailure
from app.locale.calendars import Calendar, from_calendar
from tests.importing.conftest import CONVERTED, FIXTURES, ROWS_AR, ROWS_FA, write_book


@pytest.mark.parametrize("name", ["legacy_sample_fa.xlsx", "legacy_sample_fa.xls"])
def test_shared_sample_imports_every_data_row(desk, name):
    report = import_workbook(desk, FIXTURES / name)
    assert report.rows_read == 44
    assert (report.count(Outcome.IMPORTED), report.count(Outcome.SKIPPED), report.count(Outcome.REJECTED)) == (40, 4, 0)
    assert report.created["tickets"] == 40
    skipped = [r.message(lambda c, t: t) for r in report.results if r.outcome is Outcome.SKIPPED]
    assert skipped == ["not data: title above the header row", "not data: header row", "not data: blank row",
                       "not data: total row"]


def test_the_xls_copy_of_an_imported_xlsx_adds_nothing(desk):
    import_workbook(desk, FIXTURES / "legacy_sample_fa.xlsx")
    again = import_workbook(desk, FIXTURES / "legacy_sample_fa.xls")
    assert sum(again.created.values()) == 0 and again.count(Outcome.MERGED) == 40
    with desk.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 40


@pytest.mark.parametrize(("heading", "expected"), [
    ("شماره تماس", Field.MOBILE), ("نام مشتري", Field.NAME), ("رقم الجوال", Field.MOBILE),
    ("تاريخ الشراء", Field.PURCHASE_DATE), ("تاریخ مراجعه", Field.RECEIVED_DATE), ("S/N", Field.SERIAL),
    ("Serial No.", Field.SERIAL), ("مبلغ دریافتی (ریال)", Field.PAID), ("المبلغ المستلم", Field.PAID),
    ("هزینه تعمیر", Field.AMOUNT), ("ردیف", None), ("تاریخ", Field.DATE),
    # what a heading is about decides, not its longest word
    ("جوال العميل", Field.MOBILE), ("هاتف العميل", Field.PHONE), ("همراه مشتری", Field.MOBILE),
    ("تلفن مشتری", Field.PHONE), ("نام تعمیرکار", Field.TECHNICIAN), ("اسم الفني", Field.TECHNICIAN),
    ("نام فروشگاه", Field.SELLER), ("لوازم همراه", Field.ACCESSORIES), ("تلفن همراه", Field.MOBILE),
    # snake_case and words joined by a ZWNJ or nothing
    ("customer_mobile", Field.MOBILE), ("serial_number", Field.SERIAL), ("purchase_date", Field.PURCHASE_DATE),
    ("نام‌مشتری", Field.NAME), ("ناممشتری", Field.NAME), ("opened_at", Field.RECEIVED_DATE),
    ("delivered_at", Field.DELIVERED_DATE), ("warranty_end", Field.WARRANTY_END),
    # the fields a customer, a unit and a job have
    ("شهر", Field.CITY), ("آدرس", Field.ADDRESS), ("العنوان", Field.ADDRESS), ("تلفن ثابت", Field.PHONE),
    ("ایمیل", Field.EMAIL), ("کد ملی", Field.NATIONAL_ID), ("رقم الهوية", Field.NATIONAL_ID),
    ("نام شرکت", Field.COMPANY), ("فروشنده", Field.SELLER), ("شماره فاکتور", Field.INVOICE_NO),
    ("گروه کالا", Field.CATEGORY), ("تاریخ تحویل", Field.DELIVERED_DATE), ("تاريخ التسليم", Field.DELIVERED_DATE),
    ("تاریخ پایان گارانتی", Field.WARRANTY_END), ("الحالة الخارجية", Field.CONDITION), ("الحالة", Field.STATUS),
    ("اولویت", Field.PRIORITY), ("نوع خدمت", Field.KIND), ("technician", Field.TECHNICIAN), ("paid", Field.PAID),
    ("hotel", None),
])
def test_headings_map_by_what_they_are_about(heading, expected):
    assert field_of(heading) == expected


def test_header_is_found_below_titles_and_blanks():
    header = find_header([["گزارش"], [], [None, "نام", "موبایل", "یادداشت"]])
    assert header.row == 2 and header.fields == {Field.NAME: 1, Field.MOBILE: 2}
    assert header.extra == {3: "یادداشت"}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_then_real_then_again(tmp_path, capsys):
    db = tmp_path / "k.db"
    sample = tmp_path / "sample.xlsx"
    shutil.copy(FIXTURES / "legacy_sample_fa.xlsx", sample)
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "--create", "import", str(sample), "--dry-run")
    assert code == 0 and "Imported: 40." in out and "Dry run" in out
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(sample), "--errors",
                       str(tmp_path / "e.xlsx"))
    assert code == 0 and "New records: 40 customers, 40 units, 40 tickets." in out and "backup" in out
    assert (tmp_path / "e.xlsx").exists()
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(sample))
    assert code == 0 and "New records: 0 customers, 0 units, 0 tickets." in out and "Merged into existing records: 40." in out


@pytest.mark.parametrize("kind", ["not_a_workbook", "empty", "no_header", "missing", "protected"])
def test_bad_files_exit_2_and_leave_the_database_alone(tmp_path, capsys, kind):
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--lang", "en", "--create", "lookup", "X")[0] == 1  # creates the database
    path = tmp_path / "in.xlsx"
    if kind == "not_a_workbook":
        path.write_text("name,mobile\nAli,0912\n")
    elif kind == "empty":
        write_book(path, {"Sheet": []})
    elif kind == "no_header":
        write_book(path, {"Sheet": [["a", "b"], [1, 2]]})
    elif kind == "protected":
        shutil.copy(FIXTURES / "protected.xlsx", path)
    before = db.read_bytes()
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(path))
    assert code == 2 and out == "" and err.strip()
    assert db.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_failure_messages_are_catalogue_entries(tmp_path):
    path = tmp_path / "x.ods"
    path.write_bytes(b"\x00garbage")
    with pytest.raises(ImportFailure) as caught:
        import_workbook(None, path)  # type: ignore[arg-type]  # refused before the desk is used
    assert caught.value.context == "Import" and "not a spreadsheet" in caught.value.message()


def outcomes(report):
    return [(r.row, r.outcome, r.column) for r in report.results]


@pytest.mark.parametrize("kind", CONVERTED)
def test_libreoffice_copies_import_like_the_workbook_they_were_made_from(desk, tmp_path, kind):
    """The .xls and .ods files LibreOffice wrote from ROWS_FA: every row ends the same way."""
    original = import_workbook(desk, write_book(tmp_path / "fa.xlsx", {"پذیرش ۱۴۰۲": ROWS_FA}), dry_run=True)
    converted = import_workbook(desk, FIXTURES / f"legacy_fa.{kind}")
    assert outcomes(converted) == outcomes(original)
    assert converted.created == original.created == {"customers": 2, "units": 3, "tickets": 3}


@pytest.mark.parametrize("kind", ("xlsx", *CONVERTED))
def test_arabic_log_in_every_format(desk_ar, tmp_path, kind):
    path = write_book(tmp_path / "ar.xlsx", {"الصيانة": ROWS_AR}) if kind == "xlsx" else FIXTURES / f"legacy_ar.{kind}"
    desk = desk_ar
    report = import_workbook(desk, path)
    assert [r.outcome for r in report.results] == [Outcome.SKIPPED, Outcome.SKIPPED, Outcome.IMPORTED,
                                                   Outcome.IMPORTED, Outcome.IMPORTED, Outcome.SKIPPED]
    assert report.created == {"customers": 2, "units": 3, "tickets": 3}  # one mobile written two ways
    with desk.store.read() as s:
        purchases = sorted(s.scalars(select(Asset.purchase_date)))
        prices = sorted(s.scalars(select(TicketLine.unit_price)))
        tickets = sorted((t.opened_at.date(), t.status) for t in s.scalars(select(Ticket)))
    # a year 1300–1499 is Hijri on an Arabic desk; other text dates are day first
    assert purchases == [date(2023, 5, 1), from_calendar(1445, 1, 10, Calendar.HIJRI), date(2024, 2, 1)]
    assert prices == [Decimal("120.00"), Decimal("150.00")]
    # jobs open in a sheet of 2024 are not in the workshop today: closed as imported
    assert tickets == [(date(2024, 3, 15), TicketStatus.CLOSED), (date(2024, 3, 16), TicketStatus.CLOSED),
                       (date(2024, 3, 17), TicketStatus.CLOSED)]
    assert report.closed_old == 2


def test_a_password_protected_file_is_named_as_such(tmp_path):
    with pytest.raises(ImportFailure) as caught:
        plan_import(FIXTURES / "protected.xlsx")
    assert "protected by a password" in caught.value.message()


def test_a_saved_mapping_is_reused_and_can_be_edited(tmp_path, capsys):
    """Detect, save the mapping, point the mobile at the right column in it, import with it."""
    db, book, saved = tmp_path / "k.db", tmp_path / "log.xlsx", tmp_path / "map.json"
    write_book(book, {"Log": [["Customer", "Tel (old)", "S/N", "Remarks"], ["Ali", "123", "X-1", "09351234567"]]})
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "--create", "import", str(book), "--dry-run",
                       "--save-map", str(saved))
    assert code == 0 and "Rejected: 1." in out
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["sheets"]["Log"] == {"header_row": 1, "columns": {"name": "A", "phone": "B", "serial": "C"}}
    mapping["sheets"]["Log"]["columns"] = {"name": "A", "mobile": "D", "serial": "C"}
    saved.write_text(json.dumps(mapping), encoding="utf-8")
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(book), "--map", str(saved))
    assert code == 0 and "New records: 1 customers, 1 units, 0 tickets." in out
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "lookup", "X-1")
    assert "Ali" in out and "935" in out


@pytest.mark.parametrize(("content", "says"), [
    ("not json", "cannot be read"), ('{"version": 9, "sheets": {}}', "not a Khedmat mapping file"),
    ('{"version": 1, "sheets": {"Log": {"header_row": 1, "columns": {"name": "7"}}}}', "does not fit"),
    ('{"version": 1, "sheets": {"Log": {"header_row": 40}}}', "does not fit"),
])
def test_a_bad_mapping_file_exits_2(tmp_path, capsys, content, says):
    book, saved = tmp_path / "log.xlsx", tmp_path / "map.json"
    write_book(book, {"Log": [["Name", "Mobile"], ["Ali", "09121234567"]]})
    saved.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "k.db"), "--lang", "en", "--create", "import", str(book),
                         "--map", str(saved))
    assert code == 2 and says in err


def test_the_plan_follows_the_users_choices():
    path = FIXTURES / "legacy_fa.ods"
    plan = plan_import(path)
    sheet = plan.sheets[0]
    assert sheet.header.row == 2 and sheet.header.fields[Field.MOBILE] == 2
    assert sheet.header.extra[12] == "توضیحات انبار"  # an unknown column is kept, not dropped
    sheet.set_field(12, Field.FAULT)  # the clerk says that column holds the fault
    assert sheet.header.fields[Field.FAULT] == 12 and 9 not in sheet.header.fields.values()
    assert sheet.header.extra[9] == "ایراد"  # the column it replaced is kept as an extra
    sheet.set_header_row(None)
    assert not plan.importable
    sheet.set_header_row(2)
    assert plan.mapping()["sheets"]["پذیرش ۱۴۰۲"]["columns"]["mobile"] == "C"


def test_the_log_accounts_for_every_row_and_an_unwritable_path_exits_2(tmp_path, capsys):
    sample, log = tmp_path / "sample.xlsx", tmp_path / "out" / "log.xlsx"
    shutil.copy(FIXTURES / "legacy_sample_fa.xlsx", sample)
    code, out, _ = run(capsys, "--db", str(tmp_path / "k.db"), "--lang", "en", "--create", "import", str(sample),
                       "--dry-run", "--log", str(log))
    assert code == 0
    rows = list(load_workbook(log).active.iter_rows(values_only=True))
    assert rows[0] == ("Sheet", "Row", "Outcome", "Column", "What")
    assert len(rows) - 1 == 44 and [r[1] for r in rows[1:]] == list(range(1, 45))
    outcomes = [r[2] for r in rows[1:]]
    assert outcomes.count("Skipped (not data)") == 4 and outcomes.count("Imported") == 40
    assert rows[1][4] == "not data: title above the header row"
    assert all("new customer" in r[4] and "new ticket" in r[4] for r in rows[1:] if r[2] == "Imported")
    blocked = tmp_path / "file"
    blocked.write_text("")
    code, out, err = run(capsys, "--db", str(tmp_path / "k.db"), "--lang", "en", "--create", "import", str(sample),
                         "--dry-run", "--errors", str(blocked / "e.xlsx"))
    assert code == 2 and "Cannot write the file" in err


def test_imported_units_of_a_product_with_periodic_service_get_their_due_dates(desk, tmp_path):
    from app.services.periodic import services_due
    from app.services.products import ProductInput, add_product

    add_product(desk, ProductInput("Gree", "Lomo-24", "کولر گازی", 18, 6))
    book = write_book(tmp_path / "units.xlsx", {"دستگاه‌ها": [
        ["سریال", "برند", "مدل", "نام مشتری", "موبایل", "تاریخ خرید"],
        ["AC-7001", "Gree", "Lomo-24", "رضا محمدی", "09121234567", "1403/09/01"],
        ["AC-7002", "Gree", "Lomo-24", "رضا محمدی", "09121234567", ""],
    ]})
    import_workbook(desk, book)
    due = {row.serial: row.next_due for row in services_due(desk, desk.today(), ahead_days=60)}
    assert due == {"AC-7001": from_calendar(1404, 3, 1, Calendar.JALALI)}, "no purchase date: due date unknown"
