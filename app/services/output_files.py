"""Files Khedmat writes for the user (exports, documents, import reports, mappings): where
they may go, and how they are written so that a killed program leaves nothing behind.

`output_path` is the one rule every output goes through, from the command line and from
the window's save dialogs alike: nothing is written over the open database (or its
journal files) nor over a file the same command reads, and the file gets its extension.

`written_whole` writes beside the target under a name of ours and renames at the end. The
temporary file holds customer data, so its name is first listed in this process's journal
in the data folder; `remove_leftovers`, called when the program starts, deletes the files
listed by journals whose process is gone (killed mid-export), and nothing else.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from app import config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.engine import database_files

log = logging.getLogger("khedmat.files")

TEMP_MARK = ".khedmat-part-"
_TEMP_NAME = re.compile(r"\..*\.khedmat-part-[0-9a-f]{16}\.part", re.DOTALL)
"""What `written_whole` names its files: `.<target>.khedmat-part-<16 hex>.part`."""
JOURNALS = "pending"
"""The data folder's sub-folder of journals, one per running process."""


def _key(path: Path) -> str:
    # normcase folds case on Windows, whose file names are case-insensitive; resolve
    # follows symbolic links, so a link to the database is the database
    return os.path.normcase(str(path.expanduser().resolve()))


def same_file(a: Path, b: Path) -> bool:
    """Whether `a` and `b` name one file: the same resolved path, or (both existing) the
    same file on disk (a hard link, a case-insensitive disk)."""
    if _key(a) == _key(b):
        return True
    with suppress(OSError):
        return os.path.samefile(a, b)
    return False


def output_path(out: Path, suffix: str | None = None, *, database: str | None = None,
                inputs: Iterable[Path | None] = ()) -> Path:
    """The file to write for `out`, or ValidationError when it may not be written.

    Refused: the database at the URL `database` and its journal files, any of `inputs`
    (what the same command reads or writes elsewhere), a folder. `suffix` ('.pdf') is
    added when `out` does not end with it; the name is checked as given and as completed,
    so that picking the database is refused rather than turned into a file beside it.
    """
    out = Path(out).expanduser()
    protected = [p for p in inputs if p is not None]
    candidates = [out]
    if suffix is not None and out.suffix.lower() != suffix:
        candidates.append(out.with_name(out.name + suffix))
    for candidate in candidates:
        if database is not None and any(same_file(candidate, f) for f in database_files(database)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{path} is the desk's database; writing there would destroy it. "
                                            "Choose another name for the file."),
                field="out", path=str(candidate))
        if any(same_file(candidate, p) for p in protected):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{path} is read or written by this same command; writing there "
                                            "would destroy it. Choose another name for the file."),
                field="out", path=str(candidate))
        if candidate.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder. Give the name of the file to write."),
                field="out", path=str(candidate))
    return candidates[-1]


# -- temporary files --------------------------------------------------------------------------

class _Journal:
    """This process's list of the temporary files it made, locked while the process lives
    (the lock is how `remove_leftovers` tells a running process from a dead one)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{os.getpid()}-{secrets.token_hex(4)}.journal"
        self.file: IO[str] = self.path.open("a", encoding="utf-8")
        _lock(self.file)
        atexit.register(self.close)

    def close(self) -> None:
        """At a clean exit: every file listed was renamed or deleted, so the list goes too."""
        self.file.close()
        with suppress(OSError):
            self.path.unlink()

    def add(self, path: Path) -> None:
        self.file.write(f"{path}\n")
        self.file.flush()
        os.fsync(self.file.fileno())


if os.name == "nt":
    import msvcrt

    def _lock(file: IO[str]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(file: IO[str]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


_journals: dict[Path, _Journal] = {}
"""The journal of this process per data folder, opened when its first temporary file is made
(a file can be written from any layer, and a process has one journal for its whole life)."""


def _journal() -> _Journal:
    folder = config.data_dir() / JOURNALS
    journal = _journals.get(folder)
    if journal is None:
        journal = _journals[folder] = _Journal(folder)
    return journal


def new_temp_file(out: Path) -> Path:
    """An empty file of ours beside `out`, listed in the journal before it exists."""
    temp = out.with_name(f".{out.name}{TEMP_MARK}{secrets.token_hex(8)}.part")
    _journal().add(temp.absolute())
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return temp


@contextmanager
def written_whole(out: Path) -> Iterator[Path]:
    """A temporary file to write `out` into; renamed over `out` when the block ends without
    an error, deleted otherwise (a file already at `out` is kept as it was). OSError is
    the caller's to word."""
    temp = new_temp_file(out)
    try:
        yield temp
        os.replace(temp, out)
    finally:
        with suppress(OSError):  # the folder itself may be what cannot be written
            temp.unlink(missing_ok=True)


def remove_leftovers() -> int:
    """Delete the temporary files left by Khedmat processes that were killed while writing
    them; returns how many. Only files listed in a dead process's journal and named as ours
    are deleted; a running Khedmat's journal (locked) is left alone."""
    folder = config.data_dir() / JOURNALS
    ours = {j.path for j in _journals.values()}
    removed = 0
    for path in sorted(folder.glob("*.journal")) if folder.is_dir() else ():
        if path in ours:
            continue
        try:
            with path.open("r+", encoding="utf-8") as file:
                _lock(file)
                listed = file.read().splitlines()
                for name in listed:
                    temp = Path(name)
                    if _TEMP_NAME.fullmatch(temp.name) and temp.is_file() and not temp.is_symlink():
                        temp.unlink()
                        removed += 1
            path.unlink()
        except OSError:  # locked by a running process, or not ours to delete
            continue
    if removed:
        log.info("removed %d temporary files left by an interrupted export", removed)
    return removed
