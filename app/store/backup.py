"""Consistent copies of the embedded database, taken while it is in use, and how they are named.

A backup's name is `<database stem>-<reason>-<YYYYmmdd-HHMMSS-mmm><suffix>` in local time (the
clerk's day, which decides the daily backup and the rotation), unique to the millisecond.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.errors import DatabaseDamaged, NotFound, StoreError, system_reason
from app.i18n import QT_TRANSLATE_NOOP
from app.store.errors import translate_db_error

STAMP = "%Y%m%d-%H%M%S"
REASONS = ("daily", "import", "merge", "before-restore", "damaged")
"""Why a backup is taken (besides `before-upgrade-<revision>`); only these are named in the
pattern, so the backups of `khedmat-old.db` in the same folder are never taken for khedmat.db's."""
_TAIL = re.compile(rf"-(?P<reason>{'|'.join(REASONS)}|before-upgrade-[0-9a-z_]+)-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<ms>\d{{3}}))?")
"""A backup's name after the database's stem; the milliseconds are missing from the names
given by versions before them, which are still recognised (and rotated)."""
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    reason: str
    taken: datetime


def backup_folder(database: Path, chosen: Path | None) -> Path:
    """Where the backups of `database` go: the folder chosen in the settings, else a
    `backups` folder beside it (for the embedded database, in the user's data folder)."""
    return chosen or database.parent / "backups"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither change `path` nor create it when it is missing."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup (safe while clerks work)."""
    if not source.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src, dst = read_only(source), sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        _one_file(partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, sqlite3.DatabaseError) and isinstance(
                damaged := translate_db_error(error, str(source)), DatabaseDamaged):
            raise damaged from error  # the database itself, not the copy, is at fault
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {target} failed: {reason}"),
            target=str(target),
            reason=system_reason(error),
        ) from error
    return target


def _one_file(path: Path) -> None:
    """Take a copy out of WAL mode (the copied header keeps the database's): a backup is one
    self-contained file, and reading it, read-only, leaves no -wal or -shm beside it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def timestamped_backup_path(source: Path, reason: str, folder: Path, now: datetime | None = None) -> Path:
    """A new backup's path in `folder`: no file has it yet (a backup taken in the same
    millisecond as another is named a millisecond later)."""
    now = now or datetime.now()
    while True:
        path = folder / f"{source.stem}-{reason}-{now.strftime(STAMP)}-{now.microsecond // 1000:03d}{source.suffix}"
        if not path.exists():
            return path
        now += timedelta(milliseconds=1)


def list_backups(database: Path, folder: Path) -> list[BackupFile]:
    """The backups of `database` in `folder`, newest first. Other files are not ours to count."""
    if not folder.is_dir():
        return []
    found = []
    prefix, suffix = database.stem, database.suffix
    for path in folder.iterdir():
        name = path.name
        if not (name.startswith(prefix) and name.endswith(suffix)) or not path.is_file():
            continue
        match = _TAIL.fullmatch(name[len(prefix):len(name) - len(suffix)])
        if match is None:
            continue
        taken = datetime.strptime(match["stamp"], STAMP) + timedelta(milliseconds=int(match["ms"] or 0))
        found.append(BackupFile(path, match["reason"], taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def remove_with_companions(path: Path) -> None:
    """Delete a database file and the journal files SQLite may have left beside it."""
    for companion in (path, *(path.with_name(path.name + s) for s in COMPANIONS)):
        companion.unlink(missing_ok=True)
