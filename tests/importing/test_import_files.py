"""The shared legacy sample, bad files, and the `khedmat import` command."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain.tickets import Ticket
from app.importing import Outcome, import_workbook
from app.importing.headers import Field, field_of, find_header
from app.importing.read import ImportFailure
from tests.importing.conftest import FIXTURES, write_book


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
    ("Serial No.", Field.SERIAL), ("مبلغ دریافتی (ریال)", Field.AMOUNT), ("ردیف", None), ("تاریخ", None),
])
def test_headings_map_by_synonym(heading, expected):
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
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(sample), "--dry-run")
    assert code == 0 and "Imported: 40." in out and "Dry run" in out
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(sample), "--errors",
                       str(tmp_path / "e.xlsx"))
    assert code == 0 and "New records: 40 customers, 40 units, 40 tickets." in out and "backup" in out
    assert (tmp_path / "e.xlsx").exists()
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import", str(sample))
    assert code == 0 and "New records: 0 customers, 0 units, 0 tickets." in out and "Merged into existing records: 40." in out


@pytest.mark.parametrize("kind", ["not_a_workbook", "empty", "no_header", "missing"])
def test_bad_files_exit_2_and_leave_the_database_alone(tmp_path, capsys, kind):
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--lang", "en", "lookup", "X")[0] == 1  # creates the database
    path = tmp_path / "in.xlsx"
    if kind == "not_a_workbook":
        path.write_text("name,mobile\nAli,0912\n")
    elif kind == "empty":
        write_book(path, {"Sheet": []})
    elif kind == "no_header":
        write_book(path, {"Sheet": [["a", "b"], [1, 2]]})
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
