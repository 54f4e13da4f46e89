"""When backups are taken, which are kept, and where they go: on real SQLite files."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.errors import DatabaseDamaged
from app.services.backups import kept_backups, latest_good_backup, rotate, start_of_day_backup
from app.services.customers import CustomerInput, create_customer
from app.services.merge import merge_customers
from app.store.backup import BackupFile, list_backups

MORNING = datetime(2025, 6, 15, 8, 30)


def backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def taken(day: datetime, reason: str = "daily") -> BackupFile:
    return BackupFile(Path(f"k-{reason}-{day:%Y%m%d-%H%M%S}-000.db"), reason, day)


def test_rotation_keeps_every_backup_of_14_days_and_the_last_of_12_months():
    start = datetime(2023, 1, 1, 8)
    daily = [taken(start + timedelta(days=d)) for d in range(0, 900, 2)]  # every other day, 2.5 years
    newest_day = daily[-1].taken
    events = [taken(newest_day.replace(hour=h), "import") for h in (10, 11, 12)]
    kept = kept_backups(daily + events)
    recent = {b.path for b in daily[-14:]} | {b.path for b in events}
    assert recent <= kept  # 14 days with backups (28 calendar days here: closed days do not count)
    monthly = kept - recent
    assert len(monthly) == 12
    months = sorted({(b.taken.year, b.taken.month) for b in daily + events if b.path in monthly})
    assert len(months) == 12
    older = daily[:-14]
    for path in monthly:  # each the last of its month before the 14 days
        mine = next(b for b in older if b.path == path)
        same_month = [b for b in older if (b.taken.year, b.taken.month) == (mine.taken.year, mine.taken.month)]
        assert mine.taken == max(b.taken for b in same_month)
    assert len(kept) == 14 + 3 + 12


def test_rotate_deletes_only_this_databases_old_backups_with_their_journal_files(tmp_path):
    database = tmp_path / "khedmat.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    for month in range(1, 13):
        for day in (1, 20):
            (folder / f"khedmat-daily-2024{month:02d}{day:02d}-080000-000.db").write_bytes(b"x")
    (folder / "khedmat-daily-20240101-080000-000.db-wal").write_bytes(b"x")
    for day in range(1, 15):
        (folder / f"khedmat-daily-202501{day:02d}-080000-000.db").write_bytes(b"x")
    (folder / "khedmat-old-daily-20240101-080000-000.db").write_bytes(b"x")
    (folder / "my notes.txt").write_bytes(b"x")

    gone = rotate(database, folder)

    assert len(gone) == 12  # the first backup of each month of 2024
    left = backups(folder)
    assert "khedmat-daily-20240101-080000-000.db" not in left
    assert "khedmat-daily-20240101-080000-000.db-wal" not in left
    assert "khedmat-daily-20240120-080000-000.db" in left
    assert {"khedmat-old-daily-20240101-080000-000.db", "my notes.txt"} <= set(left)


def test_the_days_first_start_takes_a_checked_backup_and_later_starts_none(store, db_path, desk):
    folder = db_path.parent / "backups"
    first = start_of_day_backup(store, MORNING)
    assert first is not None and first.parent == folder and "-daily-20250615-083000-000" in first.name
    assert start_of_day_backup(store, MORNING + timedelta(hours=3)) is None
    tomorrow = start_of_day_backup(store, MORNING + timedelta(days=1))
    assert tomorrow is not None and len(backups(folder)) == 2
    assert latest_good_backup(store.url, None).path == tomorrow


def test_backups_go_to_the_folder_the_store_was_given(store, db_path, tmp_path):
    store.backup_dir = tmp_path / "other disk" / "khedmat backups"
    path = start_of_day_backup(store, MORNING)
    assert path is not None and path.parent == store.backup_dir
    assert not (db_path.parent / "backups").exists()


def test_a_damaged_database_gives_no_daily_backup_and_the_latest_good_one_is_offered(store, db_path, desk):
    good = start_of_day_backup(store, MORNING)
    create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    store.close()
    conn = sqlite3.connect(db_path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_path.open("r+b") as f:  # the file still opens, but its later pages are garbage
        f.seek(4096 * (pages // 2))
        f.write(b"\xee" * 4096 * 4)
    with pytest.raises(DatabaseDamaged):
        start_of_day_backup(store, MORNING + timedelta(days=1))
    assert [b.path for b in list_backups(db_path, db_path.parent / "backups")] == [good]
    assert latest_good_backup(store.url, None).path == good


def test_a_merge_is_backed_up_first(desk, db_path):
    keep = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    other = create_customer(desk, CustomerInput(name="Ali R.", mobile="09120000002"))
    merge_customers(desk, keep.id, keep.version, other.id, other.version)
    (backup,) = list_backups(db_path, db_path.parent / "backups")
    assert backup.reason == "merge"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT count(*) FROM customers").fetchone() == (2,)
    conn.close()
