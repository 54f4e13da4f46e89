"""When the embedded database is backed up, which backups are kept, and restoring one.

Backups are taken at the start of each day (the first start of the desk that day) and before
every import, upgrade, customer merge and restore (demo data goes only into an empty database,
so it changes nothing to back up), into the store's backup folder (this PC's setting, else beside the database). A server's
database (PostgreSQL) takes no backup file: its own tools back it up, and each function here
says so by returning None.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from app import config
from app.domain.permissions import Action, allowed
from app.errors import DatabaseDamaged, KhedmatError, PermissionDenied, StoreError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Actor
from app.store import Store, open_store
from app.store.backup import (
    BackupFile,
    backup_folder,
    backup_sqlite,
    list_backups,
    remove_with_companions,
    timestamped_backup_path,
)
from app.store.engine import database_files, sqlite_path
from app.store.restore import check_database, is_sound, restore_sqlite

log = logging.getLogger("khedmat.backups")

DAILY_KEPT = 14
MONTHLY_KEPT = 12


def kept_backups(backups: Iterable[BackupFile]) -> set[Path]:
    """The rotation rule: which of one database's backups are kept.

    - Every backup of the 14 most recent days on which any was taken: the day's first one
      and one before each import, merge, upgrade and restore of that day, each of
      which undoes exactly that change. Days the desk was closed do not use up the 14.
    - Of the days before those, the newest backup of each of the 12 most recent months
      (Gregorian months of the local time in the name), the month as it ended.
    Everything else is deleted; a backup is never kept for its reason alone.
    """
    newest_first = sorted(backups, key=lambda b: b.taken, reverse=True)
    days = sorted({b.taken.date() for b in newest_first}, reverse=True)[:DAILY_KEPT]
    kept = {b.path for b in newest_first if b.taken.date() in days}
    months: set[tuple[int, int]] = set()
    for older in (b for b in newest_first if b.taken.date() not in days):
        month = (older.taken.year, older.taken.month)
        if month not in months and len(months) < MONTHLY_KEPT:
            months.add(month)
            kept.add(older.path)
    return kept


def rotate(database: Path, folder: Path) -> list[Path]:
    """Delete the backups of `database` in `folder` that `kept_backups` does not keep."""
    backups = list_backups(database, folder)
    kept = kept_backups(backups)
    gone = [b.path for b in backups if b.path not in kept]
    for path in gone:
        remove_with_companions(path)
    if gone:
        log.info("rotated %d old backups out of %s", len(gone), folder)
    return gone


def backup_now(store: Store, reason: str, now: datetime | None = None) -> Path | None:
    """A backup of the database for `reason` (see app.store.backup.REASONS), then the
    rotation. None for a server's database, or an SQLite file not made yet."""
    database, folder = sqlite_path(store.url), store.backup_folder
    if database is None or folder is None or not database.exists():
        return None
    path = backup_sqlite(database, timestamped_backup_path(database, reason, folder, now))
    log.info("backed up %s to %s (%s)", database, path, reason)
    rotate(database, folder)
    return path


def start_of_day_backup(store: Store, now: datetime | None = None) -> Path | None:
    """The day's first backup, unless one was taken today. The copy is checked with
    `PRAGMA integrity_check` (the copy, so no clerk waits): a damaged copy means a damaged
    database, and it is deleted, never to be offered as a good backup, and DatabaseDamaged
    raised. None when today already has a backup, and on a server."""
    database, folder = sqlite_path(store.url), store.backup_folder
    now = now or datetime.now()
    if database is None or folder is None or any(
            b.taken.date() == now.date() for b in list_backups(database, folder)):
        return None
    if not database.exists():
        return None
    path = backup_sqlite(database, timestamped_backup_path(database, "daily", folder, now))
    if not is_sound(path):  # before the rotation, which would make room for it
        remove_with_companions(path)
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{where} is not a Khedmat database or it is damaged. "
                                        "Restore it from a backup."),
            where=store.where)
    log.info("backed up %s to %s at the start of the day", database, path)
    rotate(database, folder)
    return path


def _database(url: str) -> Path:
    """The SQLite file behind `url`; a server's database has none to back up."""
    database = sqlite_path(url)
    if database is None:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The database is on a server: Khedmat takes no backup file "
                                                     "of it. Back it up and restore it with the server's own tools "
                                                     "(pg_dump, pg_restore)."))
    return database


def backup_to(url: str, out: Path) -> Path:
    """A checked copy of the database at `out` (`khedmat backup OUT`); not rotated."""
    database = _database(url)
    # A local guard until the general rule for output paths takes it over.
    if out.resolve() in database_files(url):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is the open database: choose another file "
                                                          "for the backup."), path=str(out))
    backup_sqlite(database, out)
    check_database(out)
    return out


def may_restore(url: str, actor: Actor | None) -> None:
    """Putting a backup in place of a database whose accounts have passwords is a manager's,
    signed in (`actor`). A database too damaged to read its accounts is not asked: its file is
    what is replaced, by whoever may change the file."""
    try:
        store = open_store(url, migrate=False, create=False)
    except KhedmatError:
        return
    try:
        if store.signing_in() and (actor is None or not allowed(actor.role, Action.RESTORE)):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Your account may not do this; ask a manager."))
    finally:
        store.close()


def restore_from(url: str, backup: Path, folder: Path | None, actor: Actor | None = None) -> Path | None:
    """Put `backup` in place of the database (app.store.restore.restore_sqlite); the database as
    it was is kept in the backup folder, whose old backups are then rotated. Returns where."""
    may_restore(url, actor)
    database = _database(url)
    folder = backup_folder(database, folder)
    kept = restore_sqlite(backup, database, folder)
    rotate(database, folder)
    return kept


def latest_good_backup(url: str, folder: Path | None) -> BackupFile | None:
    """The newest backup of the database that `check_database` accepts; None on a server."""
    database = sqlite_path(url)
    if database is None:
        return None
    return next((b for b in list_backups(database, backup_folder(database, folder)) if is_sound(b.path)), None)


def backup_folder_for(store: Store, chosen: Path | None) -> Path | None:
    """Where backups would go with `chosen` as the setting (None: the default); None on a server."""
    database = sqlite_path(store.url)
    return None if database is None else backup_folder(database, chosen)


def choose_backup_folder(store: Store, folder: Path | None) -> None:
    """Keep `folder` as this PC's backup folder (None: the default beside the database) and
    send this session's next backups there too."""
    config.save_machine_setting(config.BACKUP_FOLDER_SETTING, str(folder) if folder is not None else None)
    store.backup_dir = folder
