"""`khedmat backup OUT`, `khedmat restore IN`, and a damaged database met at start."""
from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from app import config
from app.cli import main
from app.services.backups import backup_now
from app.store import open_store
from tests.test_cli import run


def customer_names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        conn.close()


def rename_everyone(db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE customers SET name = 'changed after the backup'")
    conn.close()


@pytest.fixture
def small_db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "x.db"
    code, _, _ = run(capsys, "--db", str(db), "--lang", "en", "demo", "--customers", "5")
    assert code == 0
    return db


def test_backup_then_restore_puts_the_copy_back_and_keeps_the_database_as_it_was(small_db, tmp_path, capsys):
    before = customer_names(small_db)
    out = tmp_path / "copies" / "monday.db"
    code, printed, _ = run(capsys, "--db", str(small_db), "--lang", "en", "backup", str(out))
    assert code == 0 and printed.strip() == f"Backup written to {out} and checked."
    rename_everyone(small_db)

    code, printed, err = run(capsys, "--db", str(small_db), "--lang", "en", "restore", str(out))

    assert (code, err) == (0, "")
    assert customer_names(small_db) == before
    (kept,) = (tmp_path / "backups").glob("x-before-restore-*.db")
    assert f"The database as it was is kept at {kept}." in printed
    assert set(customer_names(kept)) == {"changed after the backup"}


def test_backup_onto_the_open_database_is_refused(small_db, capsys):
    before = small_db.read_bytes()
    for target in (small_db, small_db.with_name("x.db-wal")):
        code, out, err = run(capsys, "--db", str(small_db), "--lang", "en", "backup", str(target))
        assert code == 2 and out == "" and "is the open database" in err
    assert small_db.read_bytes() == before


def test_restore_of_a_damaged_file_is_refused_and_changes_nothing(small_db, tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(small_db.read_bytes()[:8192])  # cut short
    names = customer_names(small_db)
    code, out, err = run(capsys, "--db", str(small_db), "--lang", "en", "restore", str(bad))
    assert code == 2 and out == ""
    assert err.strip() == f"{bad} is not a Khedmat database or it is damaged."
    assert customer_names(small_db) == names and not (tmp_path / "backups").exists()


def test_a_server_database_takes_no_backup_file(tmp_path, capsys):
    code, _, err = run(capsys, "--db", "postgresql+psycopg://nobody@localhost/khedmat", "--lang", "en",
                       "backup", str(tmp_path / "out.db"))
    assert code == 2 and "The database is on a server" in err and "pg_dump" in err
    assert not (tmp_path / "out.db").exists()


def test_the_backup_folder_from_the_settings_is_used(small_db, tmp_path, capsys):
    folder = tmp_path / "other disk"
    config.save_machine_setting(config.BACKUP_FOLDER_SETTING, str(folder))
    out = tmp_path / "copy.db"
    run(capsys, "--db", str(small_db), "backup", str(out))
    code, _, _ = run(capsys, "--db", str(small_db), "restore", str(out))
    assert code == 0
    assert [p.name.startswith("x-before-restore-") for p in folder.iterdir()] == [True]
    assert not (tmp_path / "backups").exists()


def test_a_damaged_database_at_start_names_the_latest_good_backup_and_the_command(small_db, tmp_path, capsys):
    store = open_store(f"sqlite:///{small_db}")
    good = backup_now(store, "import")
    store.close()
    names = customer_names(small_db)
    small_db.with_name("x.db-wal").unlink(missing_ok=True)
    with small_db.open("r+b") as f:
        f.write(b"not a database at all")

    code, out, err = run(capsys, "--db", str(small_db), "--lang", "en", "lookup", "X")

    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == f"{small_db} is not a Khedmat database or it is damaged. Restore it from a backup."
    assert lines[1] == f"The latest good backup is {good}. To put it back, run:"
    command = shlex.split(lines[2])
    assert command == ["khedmat", "--db", str(small_db), "restore", str(good)]
    assert main(command[1:]) == 0
    assert customer_names(small_db) == names
