"""`khedmat report monthly`: the month in the chosen calendar, the format from OUT's suffix,
and a bad month or suffix refused in the user's language with nothing written."""
from __future__ import annotations

import shutil

import openpyxl
import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from tests.reports.report_words import drawn_lines, mehr_1403


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_month_in_the_desks_calendar_as_pdf(desk, db_path, tmp_path, capsys):
    mehr_1403(desk)
    pdf = tmp_path / "mehr.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "fa", "report", "monthly", "--month", "۱۴۰۳-۰۷",
                         str(pdf))
    assert (code, err) == (EXIT_OK, "") and str(pdf) in out
    lines = drawn_lines(pdf)
    assert any("مهر ۱۴۰۳" in line for line in lines)
    assert any("۱۴۰۳/۰۷/۰۱ – ۱۴۰۳/۰۷/۳۰" in line for line in lines)


def test_the_same_month_as_a_workbook_in_another_calendar(desk, db_path, tmp_path, capsys):
    mehr_1403(desk)
    book = tmp_path / "october.xlsx"
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "en", "report", "monthly", "--month", "2024-10",
                       "--calendar", "gregorian", str(book))
    assert (code, err) == (EXIT_OK, "")
    about = openpyxl.load_workbook(book).worksheets[0]
    values = {row[0]: row[1] for row in about.iter_rows(values_only=True) if row[0]}
    assert values["Month"] == "October 2024" and values["Calendar"] == "Gregorian"
    assert values["First day"].date().isoformat() == "2024-10-01"


@pytest.mark.parametrize("month", ["1403-13", "abc", "1403"])
def test_a_bad_month_is_refused_and_nothing_is_written(desk, db_path, tmp_path, capsys, month):
    pdf = tmp_path / "r.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "report", "monthly", "--month", month, str(pdf))
    assert code == EXIT_BAD_INPUT and out == ""
    assert f"{month} is not a month; write it as year-month, for example 1403-07." in err
    assert not pdf.exists()


def test_another_suffix_is_refused_in_the_users_language(desk, db_path, tmp_path, capsys):
    out_file = tmp_path / "r.docx"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "report", "monthly", "--month", "1403-07",
                         str(out_file))
    assert code == EXIT_BAD_INPUT and out == "" and "is neither a .pdf nor an .xlsx file" in err
    assert not out_file.exists()


def test_a_persian_clerk_reads_the_refusal_in_persian(desk, db_path, tmp_path, capsys):
    pdf = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "fa", "report", "monthly", "--month", "۱۴۰۳-۱۳",
                       str(pdf))
    assert code == EXIT_BAD_INPUT and "ماه نیست" in err and not pdf.exists()
