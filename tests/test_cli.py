"""The command line as a clerk or a script uses it: the design's CLI contract."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "x.db"
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "demo", "--customers", "200")
    assert code == 0 and "200 customers" in out
    return db


def first_row(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return next(csv.DictReader(f))


def test_demo_export_then_lookup_prints_the_coverage_in_words(demo_db, tmp_path, capsys):
    out_file = tmp_path / "t.csv"
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "en", "export", "tickets", str(out_file))
    assert code == 0 and "rows written" in out
    serial = first_row(out_file)["serial"]
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "en", "lookup", serial)
    assert code == 0
    assert serial in out
    assert any(words in out for words in ("Under warranty until", "Under contract", "expired on",
                                          "Warranty void", "No warranty"))


def test_lookup_speaks_persian_with_jalali_dates_and_persian_digits(demo_db, tmp_path, capsys):
    export_file = tmp_path / "a.csv"
    run(capsys, "--db", str(demo_db), "export", "assets", str(export_file))
    serial = first_row(export_file)["serial"]
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "fa", "lookup", "--date", "2025-06-15", serial)
    assert code == 0
    coverage_line = out.splitlines()[1]
    assert any(w in coverage_line for w in ("گارانتی", "قرارداد"))
    assert not any(ch.isascii() and ch.isdigit() for ch in coverage_line)


def test_lookup_of_an_unknown_serial_says_so_and_fails(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "en", "lookup", "NO-SUCH-1")
    assert code == 1
    assert "No unit with serial NO-SUCH-1" in err and out == ""


def test_lookup_in_arabic(demo_db, capsys):
    code, _, err = run(capsys, "--db", str(demo_db), "--lang", "ar", "lookup", "NO-SUCH-1")
    assert code == 1 and "لا يوجد جهاز" in err


def test_demo_twice_is_refused(demo_db, capsys):
    code, _, err = run(capsys, "--db", str(demo_db), "--lang", "en", "demo")
    assert code == 2 and "already holds records" in err


def test_db_pointing_at_a_non_database_file_is_refused_untouched(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    before = notes.read_bytes()
    code, _, err = run(capsys, "--db", str(notes), "--lang", "en", "lookup", "X")
    assert code == 2 and "not a Khedmat database" in err
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_db_upgrade_on_a_current_database(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "en", "db", "upgrade")
    assert code == 0 and "up to date" in out


def test_database_url_from_the_environment(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.db"
    monkeypatch.setenv("KHEDMAT_DATABASE_URL", f"sqlite:///{db}")
    code, _, _ = run(capsys, "--lang", "en", "demo", "--customers", "5")
    assert code == 0 and db.exists()


def test_db_upgrade_refuses_another_programs_database(tmp_path, capsys):
    other = tmp_path / "accounts.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    before = other.read_bytes()
    code, _, err = run(capsys, "--db", str(other), "--lang", "en", "db", "upgrade")
    assert code == 2 and "not a Khedmat database" in err
    assert other.read_bytes() == before


@pytest.mark.parametrize("args", [
    ("--db", "{db}", "demo", "--lang", "en", "--customers", "5"),
    ("demo", "--customers", "5", "--lang", "en", "--db", "{db}"),
    ("--lang", "fa", "demo", "--db", "{db}", "--lang", "en", "--customers", "5"),
])
def test_the_global_options_are_taken_before_or_after_the_command(tmp_path, capsys, args):
    """`khedmat --db x.db demo --lang ar`, as a clerk types it, failed: the options had to
    come before the command. After it, they win over those given before."""
    db = tmp_path / "x.db"
    code, out, err = run(capsys, *(a.format(db=db) for a in args))
    assert code == 0, err
    assert "5 customers" in out and db.exists()
    code, out, err = run(capsys, "lookup", "NO-SUCH", "--db", str(db), "--lang", "en")
    assert code == 1 and "No unit with serial NO-SUCH" in out + err


def test_export_help_says_it_is_the_machine_format_and_points_people_to_the_window(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "canonical machine format" in text
    assert "ISO dates" in text
    assert "importing back" in text
    assert "Export to Excel" in text
