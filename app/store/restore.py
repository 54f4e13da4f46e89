"""Checking a database file, and putting a backup back in place of the database.

A restore never copies a file over the database: SQLite would replay a `-wal` left beside it
onto the copy, corrupting it or silently undoing the restore. The backup is written through
SQLite's online backup API into the database itself, which takes whatever `-wal` the file
has as part of the database it overwrites.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.errors import DatabaseDamaged, DatabaseTooNew, NotFound, StoreError, ValidationError, system_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backup import COMPANIONS, backup_sqlite, read_only, timestamped_backup_path
from app.store.migrations import known_revisions


def check_database(path: Path) -> str:
    """The schema revision of `path` if it is a sound Khedmat database this program can open:
    `PRAGMA integrity_check` finds nothing and its revision is one of our migrations'.
    Raises NotFound, DatabaseDamaged or DatabaseTooNew otherwise."""
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(path))
    damaged = DatabaseDamaged(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a Khedmat database or it is damaged."), path=str(path))
    try:
        conn = read_only(path)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise damaged from error
    if problems != ["ok"] or revision is None:
        raise damaged
    if revision[0] not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP("Errors", "{where} was made by a newer version of Khedmat. "
                                        "Install the newer version to open it."),
            where=str(path))
    return revision[0]


def is_sound(path: Path) -> bool:
    try:
        check_database(path)
    except StoreError:
        return False
    return True


def restore_sqlite(backup: Path, database: Path, folder: Path) -> Path | None:
    """Put `backup` in place of `database`, after checking it (see `check_database`).

    The database as it was is kept in `folder` first: a sound one as a backup named
    `before-restore`, a damaged one (with its journal files) moved there as `damaged`.
    Returns where it was kept, or None when there was no database.
    """
    if backup.resolve() in {database.resolve(), *(database.resolve().with_name(database.name + s)
                                                  for s in COMPANIONS)}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is the database itself: choose a backup "
                                                          "to restore."), path=str(backup))
    check_database(backup)
    kept = None
    if database.exists():
        if is_sound(database):
            kept = backup_sqlite(database, timestamped_backup_path(database, "before-restore", folder))
        else:
            kept = _move_aside(database, timestamped_backup_path(database, "damaged", folder))
    database.parent.mkdir(parents=True, exist_ok=True)
    try:
        src, dst = read_only(backup), sqlite3.connect(database)
        try:
            src.backup(dst)
            # the WAL now holds the restored pages; fold them into the file and empty it
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as error:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The restore of {path} failed: {reason}"),
                         path=str(backup), reason=system_reason(error)) from error
    return kept


def _move_aside(database: Path, target: Path) -> Path:
    """Move a damaged database and its journal files to `target` (a backup API copy could
    not read it): nothing of it is lost, and nothing of it is replayed onto the restore."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *COMPANIONS):
        source = database.with_name(database.name + suffix)
        if source.exists():
            shutil.move(source, target.with_name(target.name + suffix))  # the folder may be on another disk
    return target
