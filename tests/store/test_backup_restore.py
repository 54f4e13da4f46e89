"""Backups and restore on real SQLite files: names, checks, and a restore that a leftover
`-wal` can neither corrupt nor undo."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.errors import DatabaseDamaged, DatabaseTooNew, ValidationError
from app.store.backup import backup_sqlite, list_backups, timestamped_backup_path
from app.store.migrations import SCHEMA_REVISION
from app.store.restore import check_database, restore_sqlite

NOON = datetime(2025, 6, 15, 12, 0, 0, 123_000)


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM probe ORDER BY rowid")]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def add_customer(path: Path, name: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("INSERT INTO probe (name) VALUES (?)", (name,))
    finally:
        conn.close()


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Path:
    """A Khedmat database in WAL mode, as the desk leaves it, with a table of rows to tell
    one state of it from another."""
    path = tmp_path / "khedmat.db"
    shutil.copyfile(migrated_template, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE probe (name TEXT)")
    conn.close()
    add_customer(path, "in the backup")
    return path


def leave_a_wal(path: Path, name: str) -> None:
    """Commit `name` into the WAL and leave that WAL beside the file, not checkpointed (as a
    killed desk leaves it): the WAL is copied aside while the writer is open and put back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO probe (name) VALUES (?)", (name,))
    wal = path.with_name(path.name + "-wal")
    shutil.copyfile(wal, path.with_name("aside-wal"))
    conn.close()  # the last connection checkpoints and deletes the WAL...
    shutil.copyfile(path.with_name("aside-wal"), wal)  # ...which is put back


def test_names_are_unique_to_the_millisecond_and_read_back(tmp_path):
    db = tmp_path / "khedmat.db"
    first = timestamped_backup_path(db, "import", tmp_path / "b", NOON)
    assert first.name == "khedmat-import-20250615-120000-123.db"
    first.parent.mkdir()
    first.write_bytes(b"")
    second = timestamped_backup_path(db, "import", tmp_path / "b", NOON)
    assert second.name == "khedmat-import-20250615-120000-124.db"
    (tmp_path / "b" / "khedmat-before-upgrade-0001-20240101-080000.db").write_bytes(b"")  # an older version's
    (tmp_path / "b" / "khedmat-old-import-20250615-120000-123.db").write_bytes(b"")  # another database's
    (tmp_path / "b" / "notes.txt").write_bytes(b"")
    assert [(b.reason, b.taken) for b in list_backups(db, tmp_path / "b")] == [
        ("import", NOON), ("before-upgrade-0001", datetime(2024, 1, 1, 8))]


def test_a_sound_backup_passes_the_check_with_its_revision(database, tmp_path):
    copy = backup_sqlite(database, tmp_path / "copy.db")
    assert check_database(copy) == SCHEMA_REVISION


def test_a_damaged_file_another_programs_database_and_a_newer_one_are_refused(database, tmp_path):
    damaged = backup_sqlite(database, tmp_path / "damaged.db")
    with damaged.open("r+b") as f:  # scribble over the pages after the first
        f.seek(4096)
        f.write(b"\xff" * 4096 * 3)
    with pytest.raises(DatabaseDamaged):
        check_database(damaged)

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.close()
    with pytest.raises(DatabaseDamaged):
        check_database(other)

    text = tmp_path / "text.db"
    text.write_text("name,mobile\n")
    with pytest.raises(DatabaseDamaged):
        check_database(text)

    newer = backup_sqlite(database, tmp_path / "newer.db")
    conn = sqlite3.connect(newer, isolation_level=None)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    with pytest.raises(DatabaseTooNew):
        check_database(newer)


def test_a_refused_restore_leaves_the_database_as_it_was(database, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = database.read_bytes()
    with pytest.raises(DatabaseDamaged):
        restore_sqlite(bad, database, tmp_path / "backups")
    assert database.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    with pytest.raises(ValidationError):
        restore_sqlite(database, database, tmp_path / "backups")


def test_a_copy_over_a_leftover_wal_undoes_the_restore(database, tmp_path):
    """What the restore must not do (the measured failure): copying the file over."""
    backup = backup_sqlite(database, tmp_path / "backup.db")
    leave_a_wal(database, "after the backup")
    shutil.copyfile(backup, database)
    assert names(database) != names(backup)


def test_restore_over_a_leftover_wal_gives_exactly_the_backup(database, tmp_path):
    backup = backup_sqlite(database, tmp_path / "backup.db")
    add_customer(database, "after the backup, checkpointed")
    leave_a_wal(database, "after the backup, in the WAL")
    assert database.with_name("khedmat.db-wal").stat().st_size > 0
    assert names(database)[-1] == "after the backup, in the WAL"  # the WAL is the database's own

    kept = restore_sqlite(backup, database, tmp_path / "backups")

    assert dump(database) == dump(backup)
    assert names(database) == ["in the backup"]
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    # the database as it was, WAL and all, is kept first
    assert kept is not None and kept.name.startswith("khedmat-before-restore-")
    assert names(kept) == ["in the backup", "after the backup, checkpointed", "after the backup, in the WAL"]


def test_a_damaged_database_is_moved_aside_with_its_wal_and_the_backup_takes_its_place(database, tmp_path):
    backup = backup_sqlite(database, tmp_path / "backup.db")
    leave_a_wal(database, "lost")
    with database.open("r+b") as f:
        f.write(b"garbage" * 20)

    kept = restore_sqlite(backup, database, tmp_path / "backups")

    assert kept is not None and kept.name.startswith("khedmat-damaged-")
    assert kept.read_bytes().startswith(b"garbage")
    assert kept.with_name(kept.name + "-wal").exists()
    assert dump(database) == dump(backup)

