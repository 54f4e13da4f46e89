"""Who holds an embedded database's write lock, so a clerk whose save waits is told.

SQLite says only that the database is locked. A long writer (an import) names itself in a
small file beside the database while it holds the lock; a clerk's save that waited too long
reads it. The file says only what the lock is held for: the lock itself is SQLite's, so a
file a killed import left behind is read only while its process lives.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("khedmat.store")

SUFFIX = "-busy"


@dataclass(frozen=True)
class Holder:
    what: str
    """What holds the lock: "import"."""
    detail: str
    """Its object: the workbook's file name."""
    user: str


def marker(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


@contextmanager
def holding(database: Path, holder: Holder) -> Iterator[None]:
    """Name `holder` beside `database` while the block runs (its write lock already taken)."""
    path = marker(database)
    try:
        path.write_text(json.dumps({"what": holder.what, "detail": holder.detail, "user": holder.user,
                                    "pid": os.getpid(), "host": socket.gethostname()}), encoding="utf-8")
    except OSError as error:  # the save goes on; a waiting clerk is told less
        log.warning("cannot write %s: %s", path, error)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def holder(database: Path) -> Holder | None:
    """Who named itself as holding `database`'s lock, if that process still runs."""
    try:
        kept = json.loads(marker(database).read_text(encoding="utf-8"))
        pid, host = int(kept["pid"]), str(kept["host"])
        found = Holder(str(kept["what"]), str(kept["detail"]), str(kept["user"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if host == socket.gethostname() and _alive(pid) else None


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill there would end the process
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: still running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
