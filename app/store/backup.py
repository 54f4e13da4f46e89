"""Consistent copies of the embedded database, taken while it is in use."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.domain.base import utcnow
from app.errors import StoreError
from app.i18n import QT_TRANSLATE_NOOP


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup (safe while clerks work)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        dst.close()
        src.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {target} failed: {reason}"),
            target=str(target),
            reason=str(error),
        ) from error
    return target


def timestamped_backup_path(source: Path, reason: str, now: datetime | None = None) -> Path:
    stamp = (now or utcnow()).strftime("%Y%m%d-%H%M%S")
    return source.parent / "backups" / f"{source.stem}-{reason}-{stamp}{source.suffix}"
