"""What the benchmarks share: the cached demo database, timing statistics, machine facts.

Benchmarks print figures; they are not tests and never fail on a slow result.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"

# The schema is made by these files: a cached database made by other contents is rebuilt even
# when the Alembic revision is the same (a migration edited in place before its first release).
SCHEMA_SOURCES = ("app/store/migrations/versions",)
# The data is made by these: when they change the cached file still opens, so it is reused
# with a warning (pass --rebuild to refresh it).
DATA_SOURCES = ("app/services/demo.py", "app/services/demo_words.py", "app/services/search_text.py",
                "app/locale/text.py", "app/locale/phone.py")


def fingerprint(sources: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for source in sources:
        path = ROOT / source
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- the database

@dataclass(frozen=True)
class DemoSize:
    customers: int
    assets: int
    tickets: int
    seed: int = 1
    lang: str = "fa"
    history_days: int = 548
    """The days before the build the tickets are opened over (app.services.demo HISTORY_DAYS)."""


@dataclass(frozen=True)
class CachedDb:
    path: Path
    revision: str
    today: date
    """The desk's 'today' when the data was made (coverage is decided on this day)."""
    build_seconds: float | None
    """How long fill_demo (with the schema migrations) took when the file was made."""
    built_now: bool
    reason: str
    """Why it was (re)built, or why the cached file was reused."""
    warning: str = ""


def _meta_path(db: Path) -> Path:
    return db.with_suffix(".json")


def stored_revision(db: Path) -> str | None:
    """The Alembic revision recorded in an SQLite file, read without migrating it."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None
    finally:
        conn.close()


def _remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def ensure_demo_db(name: str, size: DemoSize, *, rebuild: bool = False,
                   log: Callable[[str], None] = print) -> CachedDb:
    """bench/.cache/<name>.db filled by app.services.demo.fill_demo, built once and reused.

    Rebuilt when asked, when missing, when its Alembic revision is not the code's head, when it
    was made with other sizes, or when the migration files changed since (a migration edited in
    place keeps its revision). Built under a temporary name and renamed at the end, so an
    interrupted build never leaves a half-filled file that a later run would trust.
    """
    from app.store.migrations import head_revision

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    db = CACHE_DIR / f"{name}.db"
    meta_file = _meta_path(db)
    head = head_revision()
    schema, data = fingerprint(SCHEMA_SOURCES), fingerprint(DATA_SOURCES)
    meta: dict[str, Any] = {}
    if meta_file.exists():
        try:
            meta = json.loads(meta_file.read_text())
        except ValueError:
            meta = {}

    if rebuild:
        reason = "--rebuild asked for"
    elif not db.exists():
        reason = "no cached database"
    elif (rev := stored_revision(db)) != head:
        reason = f"cached revision {rev} is not head {head}"
    # files made before the span was a size were made over the default one
    elif {"history_days": DemoSize.history_days, **meta.get("size", {})} != size.__dict__:
        reason = f"cached database was made with {meta.get('size', 'unknown sizes')}"
    elif meta.get("schema") != schema:
        reason = f"the migration files changed since the cached database was made (revision {head})"
    else:
        today = date.fromisoformat(meta["today"])
        warning = ("" if meta.get("data") == data else
                   "the demo generator or the search folds changed since this file was made; "
                   "figures describe the old data (--rebuild to refresh)")
        return CachedDb(db, head, today, meta.get("build_seconds"), False,
                        f"reused {db.relative_to(ROOT)} (revision {head}, built {meta.get('built_at')})",
                        warning)

    log(f"building {db.relative_to(ROOT)}: {reason}; "
        f"{size.customers:,} customers, {size.assets:,} assets, {size.tickets:,} tickets ...")
    tmp = db.with_name(db.name + ".building")
    _remove_db(tmp)
    seconds, today = _build(tmp, size)
    _remove_db(db)
    os.replace(tmp, db)
    meta = {"size": size.__dict__, "today": today.isoformat(), "build_seconds": seconds,
            "revision": head, "schema": schema, "data": data, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    meta_file.write_text(json.dumps(meta, indent=2) + "\n")
    return CachedDb(db, head, today, seconds, True, reason)


def _build(path: Path, size: DemoSize) -> tuple[float, date]:
    from app.locale.display import Locale
    from app.services.demo import fill_demo
    from app.services.desk import open_desk
    from app.store import open_store

    today = date.today()
    started = time.perf_counter()
    store = open_store(f"sqlite:///{path}")
    try:
        desk = open_desk(store, Locale.for_language(size.lang))
        desk.today = lambda: today
        fill_demo(desk, customers=size.customers, assets=size.assets, tickets=size.tickets,
                  seed=size.seed, history_days=size.history_days)
        seconds = time.perf_counter() - started
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return seconds, today


def open_desk_on(db: CachedDb, lang: str = "fa"):  # -> (Store, Desk)
    """The app's own store and desk on the cached file, as the GUI and the CLI open it."""
    from app.locale.display import Locale
    from app.services.desk import open_desk
    from app.store import open_store

    store = open_store(f"sqlite:///{db.path}")
    desk = open_desk(store, Locale.for_language(lang))
    desk.today = lambda: db.today
    return store, desk


def open_raw(db: CachedDb) -> sqlite3.Connection:
    """The same file through the stdlib sqlite3 module, read-only, with no ORM in between."""
    return sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, check_same_thread=False)


# --------------------------------------------------------------------------- timing

@dataclass(frozen=True)
class Timing:
    n: int
    median_ms: float
    p95_ms: float


def summarize(samples_ns: list[int]) -> Timing:
    ms = sorted(s / 1e6 for s in samples_ns)
    p95 = ms[max(0, math.ceil(0.95 * len(ms)) - 1)]  # nearest rank
    return Timing(len(ms), statistics.median(ms), p95)


def timed(fn: Callable[[], Any]) -> tuple[int, Any]:
    t0 = time.perf_counter_ns()
    result = fn()
    return time.perf_counter_ns() - t0, result


# --------------------------------------------------------------------------- machine facts

def machine_facts() -> list[tuple[str, str]]:
    import sqlalchemy

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    facts = [
        ("python", f"{platform.python_version()} ({platform.python_implementation()}, {sys.platform})"),
        ("sqlite", f"{sqlite3.sqlite_version} (stdlib sqlite3 module)"),
        ("sqlalchemy", sqlalchemy.__version__),
        ("cpu", f"{os.cpu_count()} logical CPUs{', ' + cpu if cpu else ''}"),
        ("os", platform.platform()),
    ]
    try:
        import psutil

        facts.append(("memory", f"{psutil.virtual_memory().total / 2**30:.1f} GiB"))
    except ImportError:
        pass
    return facts


def print_machine(*extra: tuple[str, str]) -> None:
    """The machine's facts (and `extra` ones) as every benchmark's output begins."""
    print("machine")
    for key, value in [*machine_facts(), *extra]:
        print(f"  {key:<11} {value}")
    print()


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"
