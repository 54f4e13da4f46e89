"""GUI benchmark: the main window on 100,000 tickets, with the real widgets offscreen.

    uv run python -m bench.bench_gui [--runs N] [--keys N] [--seed S] [--profile] [--small | --ten-years]

1. launch: the program itself, `python -m app --db <copy> --lang fa`, in a fresh interpreter per
   run, timed from just before it is spawned to the moments it writes to KHEDMAT_START_TIMES
   (app.start_times): the window's frame painted (menus, tabs, the search box), app.cli
   imported, the main window in the frame's place, and the tickets' first page in it (the
   program then quits); beside a bare PySide6 window (QApplication + an empty QMainWindow shown,
   in a fresh interpreter of its own), the floor, timed the same way in the same run. The
   desk's day is the real one here (the other lines use the day the data was made);
2. a filter keystroke in the tickets tab: setText + apply_filter (first page and the COUNT for
   the status bar) + processEvents;
3. scrolling the unfiltered tickets list to its end: each scrollToBottom + processEvents step
   (Qt calls fetchMore) is one stretch during which the UI does nothing else;
4. resident memory with the window shown, and after scrolling to the end.

The database is bench_store's cached 1,000,000-asset / 100,000-ticket file, used through a copy
(opening the app writes to it). Figures are printed, never asserted: PASS/MISS compare with the
budgets and the exit code is 0 either way.
"""
from __future__ import annotations

import time

_T_MODULE = time.time()  # the child's first moment in Python code of its own (after runpy)

import argparse  # noqa: E402 - only the standard library before the children's first mark
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULT_MARK = "BENCH_GUI_RESULT "
PYCACHE = ROOT / "bench" / ".cache" / "pycache"
LANG = "fa"

PAINTED_BUDGET_MS = 500.0
FIRST_PAGE_BUDGET_MS = 800.0
KEYSTROKE_BUDGET_MS = 30.0
KEYSTROKE_MAX_BUDGET_MS = 60.0
TEN_YEARS_KEYSTROKE_MAX_BUDGET_MS = 100.0
SCROLL_STEP_BUDGET_MS = 100.0
RSS_BUDGET_MB = 350.0

LIST_NAMES = ("tickets", "customers", "warranties", "contracts", "followups")


# =========================================================================== the child side
# Everything below up to "the parent side" runs in the spawned interpreter.

class Probes:
    """Timers around the list service and the model's fetchMore (microseconds of overhead).

    Installed on the classes before the window is made, so the window's own calls (and Qt's
    virtual calls of fetchMore) go through them."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.fetches: list[dict[str, Any]] = []
        self._last_page_ms = 0.0

    def install(self) -> None:
        from PySide6.QtCore import QModelIndex

        from app.services import listing
        from app.services.listing import ListKind
        from app.ui.models.paged_table import PagedTableModel

        names = {id(getattr(listing, n.upper())): n for n in LIST_NAMES}
        probes = self
        page, count, fetch_more = ListKind.page, ListKind.count, PagedTableModel.fetchMore

        def timed_page(self: Any, desk: Any, text: str = "", offset: int = 0, limit: int = 200,
                       **kw: Any) -> Any:
            t0 = time.perf_counter()
            rows = page(self, desk, text, offset, limit, **kw)
            ms = (time.perf_counter() - t0) * 1000
            probes._last_page_ms = ms
            probes.events.append({"list": names.get(id(self), "?"), "what": "page", "offset": offset,
                                  "text": text, "ms": ms, "rows": len(rows)})
            return rows

        def timed_count(self: Any, desk: Any, text: str = "", **kw: Any) -> int:
            t0 = time.perf_counter()
            n = count(self, desk, text, **kw)
            probes.events.append({"list": names.get(id(self), "?"), "what": "count", "text": text,
                                  "ms": (time.perf_counter() - t0) * 1000, "rows": n})
            return n

        def timed_fetch_more(self: Any, parent: Any = QModelIndex()) -> None:  # noqa: B008, N802
            before = len(self._rows)
            probes._last_page_ms = 0.0
            t0 = time.perf_counter()
            fetch_more(self, parent)
            ms = (time.perf_counter() - t0) * 1000
            probes.fetches.append({"list": names.get(id(self.source), "?"), "offset": before,
                                   "added": len(self._rows) - before, "ms": ms, "sql_ms": probes._last_page_ms})

        ListKind.page = timed_page  # type: ignore[method-assign]
        ListKind.count = timed_count  # type: ignore[method-assign]
        PagedTableModel.fetchMore = timed_fetch_more  # type: ignore[method-assign]


def _open_window(db_path: str, today_iso: str, lang: str, probes: Probes) -> dict[str, Any]:
    """The path `khedmat gui` takes (app.cli main → _run → run_gui), with a time mark per step."""
    marks: dict[str, float] = {"module": _T_MODULE}

    def mark(name: str) -> None:
        marks[name] = time.time()

    mark("main")
    import app.cli  # noqa: F401 - what the `khedmat` entry point imports first

    mark("import_app")
    from datetime import date

    from app.i18n import Catalogue
    from app.locale.display import Locale
    from app.logs import setup_logging
    from app.services.desk import open_desk
    from app.store import open_store

    setup_logging()
    catalogue = Catalogue.load(lang)
    locale = Locale.for_language(lang)
    store = open_store(f"sqlite:///{db_path}")
    desk = open_desk(store, locale)
    today = date.fromisoformat(today_iso)
    desk.today = lambda: today  # the day the demo data was made, as bench_store decides coverage
    mark("store")
    from PySide6.QtCore import qInstallMessageHandler

    from app.ui.app import _qt_message, prepare_application, settle_after_start
    from app.ui.main_window import MainWindow

    mark("import_ui")
    probes.install()
    qInstallMessageHandler(_qt_message)
    qapp, languages = prepare_application(catalogue)
    mark("qapp")
    window = MainWindow(desk, fill_later=True)  # as app.ui.app run_gui makes it
    mark("window")
    window.show()
    deadline = time.time() + 30
    while window.tickets.model.rowCount() == 0:
        qapp.processEvents()
        handle = window.windowHandle()
        if "painted" not in marks and window.isVisible() and handle is not None and handle.isExposed():
            mark("painted")
        if time.time() > deadline:
            raise RuntimeError("the main window was not exposed with rows within 30 s")
    marks.setdefault("painted", marks["window"])
    mark("shown")
    settle_after_start()
    return {"marks": marks, "app": qapp, "languages": languages, "window": window, "store": store}


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _emit(result: dict[str, Any]) -> None:
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def child_bare() -> None:
    """The floor: the least a PySide6 program does before its window is on the screen."""
    mark = time.time()
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication([])
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    deadline = time.time() + 30
    while not (window.windowHandle() is not None and window.windowHandle().isExposed()):
        qapp.processEvents()
        if time.time() > deadline:
            raise RuntimeError("the bare window was not exposed within 30 s")
    _emit({"marks": {"module": _T_MODULE, "main": mark, "painted": time.time()}})
    os._exit(0)


def child_session(args: argparse.Namespace) -> None:
    import cProfile
    import gc

    probes = Probes()
    opened = _open_window(args.child_session, args.today, args.lang, probes)
    qapp, window = opened["app"], opened["window"]
    inputs: dict[str, list[str]] = json.loads(Path(args.inputs).read_text(encoding="utf-8"))
    profile_dir = Path(args.profile_dir) if args.profile_dir else None
    tab = window.tickets
    model = tab.model
    result: dict[str, Any] = {"marks": opened["marks"], "rss_shown_mb": _rss_mb(),
                              "first_rows": model.rowCount()}

    # ---- 2. filter keystrokes
    parts: dict[str, float] = {}

    def timing(name: str, fn: Any) -> Any:
        def run(*a: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                parts[name] = (time.perf_counter() - t0) * 1000
        return run

    # apply_filter calls self.model.set_filter / self.model.total: instance attributes win.
    model.set_filter = timing("page", model.set_filter)
    model.total = timing("count", model.total)

    def keystroke(text: str) -> dict[str, Any]:
        parts.clear()
        first_event = len(probes.events)
        t0 = time.perf_counter()
        tab.filter.setText(text)
        tab.apply_filter()
        qapp.processEvents()
        ms = (time.perf_counter() - t0) * 1000
        sql = {e["what"]: e["ms"] for e in probes.events[first_event:] if e["list"] == "tickets"}
        return {"text": text, "ms": ms, "page_ms": parts.get("page", 0.0), "count_ms": parts.get("count", 0.0),
                "page_sql_ms": sql.get("page", 0.0), "count_sql_ms": sql.get("count", 0.0),
                "rows": model.rowCount(), "total": tab.total}

    for text in inputs["warm-up"]:
        keystroke(text)
    keys: dict[str, list[dict[str, Any]]] = {}
    for kind, texts in inputs.items():
        if kind in ("warm-up", "filter cleared (empty box)"):
            continue
        keys[kind] = [keystroke(t) for t in texts]
    cleared = []
    for text in inputs["filter cleared (empty box)"]:
        keystroke(text)  # something typed first (untimed) ...
        cleared.append(keystroke(""))  # ... then the box cleared
    keys["filter cleared (empty box)"] = cleared
    result["keys"] = keys
    if profile_dir is not None:
        for name, text in (("key-cleared", ""), ("key-nomatch", inputs["no match"][0])):
            keystroke(inputs["name part, ي/ك typed for ی/ک"][0])
            profiler = cProfile.Profile()
            profiler.enable()
            keystroke(text)
            profiler.disable()
            profiler.dump_stats(profile_dir / f"{name}.prof")
    result["rss_after_keys_mb"] = _rss_mb()

    # ---- 3. scrolling the unfiltered list to its end
    keystroke("")
    view = tab.view
    fetch_start = len(probes.fetches)
    steps: list[float] = []
    stalled = 0
    cap = 100_000
    t_all = time.perf_counter()
    while model.canFetchMore() and len(steps) < cap:
        before = model.rowCount()
        t0 = time.perf_counter()
        view.scrollToBottom()
        qapp.processEvents()
        steps.append((time.perf_counter() - t0) * 1000)
        stalled = stalled + 1 if model.rowCount() == before else 0
        if stalled >= 20:
            break
    total_s = time.perf_counter() - t_all
    if profile_dir is not None:
        # Not during the timed scroll: what fetchMore does for the last pages (the page read at
        # its offset, then the display strings), replayed under the profiler.
        profiler = cProfile.Profile()
        profiler.enable()
        last = max(0, model.rowCount() - model.PAGE)
        for offset in range(last, max(-1, last - 5 * model.PAGE), -model.PAGE):
            page = model.source.page(model.desk, model.filter_text, offset, model.PAGE, filters=model.filters,
                                     sort=model.sort_key, descending=model.descending)
            [tuple(column.text(row) for column in model.columns) for row in page]
        profiler.disable()
        profiler.dump_stats(profile_dir / "scroll-last-pages.prof")
    fetches = [f for f in probes.fetches[fetch_start:] if f["list"] == "tickets"]
    result["scroll"] = {"steps": steps, "total_s": total_s, "rows": model.rowCount(),
                        "can_fetch_more": model.canFetchMore(), "stalled": stalled >= 20,
                        "fetches": fetches, "total": tab.total}
    result["rss_after_scroll_mb"] = _rss_mb()
    gc.collect()
    result["rss_after_scroll_gc_mb"] = _rss_mb()
    result["peak_rss_mb"] = _peak_rss_mb()
    _emit(result)
    opened["store"].close()
    os._exit(0)


# =========================================================================== the parent side

def _stats(values: list[float]) -> dict[str, float]:
    import math

    ordered = sorted(values)
    if not ordered:
        return {"n": 0, "median": float("nan"), "p95": float("nan"), "max": float("nan")}
    return {"n": len(ordered), "median": statistics.median(ordered),
            "p95": ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)], "max": ordered[-1]}


def _ms(value: float) -> str:
    if value != value:  # NaN
        return "-"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows] if len(r) > i) for i in range(len(header))]

    def fmt(r: tuple[str, ...]) -> str:
        if len(r) == 1:
            return r[0]
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i])
                         for i, c in enumerate(r)).rstrip()

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def working_copy(source: Path, name: str) -> tuple[Path, str]:
    """bench/.cache/<name>.db: a copy of the cached database that the app may write to,
    reused while it is newer than the source."""
    target = source.with_name(f"{name}.db")
    if target.exists() and target.stat().st_mtime > source.stat().st_mtime:
        return target, f"reused {target.relative_to(ROOT)} (newer than {source.name})"
    partial = source.with_name(f"{name}.db.copying")
    started = time.perf_counter()
    shutil.copyfile(source, partial)  # a new mtime: newer than the source
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
        p.unlink(missing_ok=True)
    os.replace(partial, target)
    return target, f"copied {source.name} to {target.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s"


def _child_env(scratch: Path, *, bytecode: bool = True) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if bytecode:
        # An installed app starts from compiled bytecode. Kept under bench/.cache (never beside
        # the sources), and written even when the shell sets PYTHONDONTWRITEBYTECODE.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    # A data folder of its own: no saved window layout or language of this PC's user, and the
    # app's log file goes there.
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env.pop("KHEDMAT_LOG_DIR", None)
    env.pop("KHEDMAT_LANG", None)
    return env


def _spawn(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[float, dict[str, Any], str]:
    spawned = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return spawned, json.loads(line[len(RESULT_MARK):]), proc.stderr
    raise RuntimeError(f"child failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


def _launch(db: Path, env: dict[str, str], scratch: Path, python_flags: tuple[str, ...] = ()
            ) -> tuple[float, dict[str, Any], str]:
    """One start of the program, to its first page of tickets: when it was spawned, the moments
    it wrote (by mark), its peak memory then, and what it wrote to stderr."""
    from app.start_times import START_TIMES_ENV

    times = scratch / "start-times.jsonl"
    times.unlink(missing_ok=True)
    cmd = [sys.executable, *python_flags, "-m", "app", "--db", str(db), "--lang", LANG]
    spawned = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=dict(env, **{START_TIMES_ENV: str(times)}), capture_output=True,
                          text=True, timeout=300)
    if proc.returncode != 0 or not times.exists():
        raise RuntimeError(f"the program failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n"
                           f"{proc.stderr[-3000:]}")
    lines = [json.loads(line) for line in times.read_text(encoding="utf-8").splitlines()]
    marks = {line["mark"]: line["at"] for line in lines}
    return spawned, {"marks": marks, "rss_mb": lines[-1].get("peak_rss_mb", 0.0)}, proc.stderr


def _child_cmd(mode: str, db: Path, today: str, *extra: str, python_flags: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, *python_flags, "-m", "bench.bench_gui", mode, str(db), "--today", today,
            "--lang", LANG, *extra]


# --------------------------------------------------------------------------- inputs

def keystroke_inputs(raw: Any, rng: Any, n: int) -> dict[str, list[str]]:
    """What a clerk types in the tickets filter, drawn from the data."""
    from app.locale.text import normalize_search, to_native_digits
    from bench.bench_store import _random_tickets, name_fragments

    names = name_fragments(raw, rng, n)
    mobiles, serials = [], []
    for i, (_, key, serial) in enumerate(_random_tickets(raw, rng, 3 * n)):
        if len(mobiles) < n and key:
            length = rng.randint(3, 6)
            at = rng.randint(0, len(key) - length)
            piece = key[at:at + length]
            mobiles.append(to_native_digits(piece, "fa") if i % 2 else piece)
        if len(serials) < n and serial and len(serial) >= 6:
            length = rng.randint(4, 6)
            at = rng.randint(0, len(serial) - length)
            piece = serial[at:at + length]
            serials.append(piece.lower() if i % 2 else piece)
    letters = "ژپچگظطضصثقغ"
    pool: list[str] = []
    while len(pool) < 10:
        candidate = ("".join(rng.choice(letters) for _ in range(4)) if len(pool) % 2 == 0
                     else "qx" + "".join(rng.choice("zjvw") for _ in range(3)))
        pattern = f"%{normalize_search(candidate)}%"
        if raw.execute("SELECT 1 FROM tickets WHERE search_norm LIKE ? LIMIT 1", (pattern,)).fetchone() is None:
            pool.append(candidate)
    typed = []
    for word in names[: max(2, n // 5)]:
        typed += [word[:i] for i in range(1, len(word) + 1)]
    return {
        "warm-up": [names[0], mobiles[0], serials[0], pool[0], ""],
        "name part, ي/ك typed for ی/ک": names,
        "mobile piece, 3-6 digits": mobiles[:n],
        "serial piece, 4-6 chars": serials[:n],
        "no match": [pool[i % len(pool)] for i in range(n)],
        "typing a name, char by char": typed,
        "filter cleared (empty box)": names[: max(3, n // 2)],
    }


# --------------------------------------------------------------------------- profiles

def _print_profile(path: Path, title: str, top: int = 25) -> None:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    text = out.getvalue().replace(str(ROOT) + "/", "").replace(sys.prefix + "/lib/python3.11/site-packages/", "")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    total = next((line.strip() for line in lines if "function calls" in line), "")
    print(f"\ncProfile, {title} — {total} (sorted by cumulative time)")
    for line in lines[start:start + top + 1]:
        print("  " + line[:160])


def _print_importtime(stderr: str) -> None:
    entries = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line[len("import time:"):].split("|")
        self_us, cum_us, name = int(fields[0]), int(fields[1]), fields[2][1:]
        depth = (len(name) - len(name.lstrip(" "))) // 2
        entries.append((name.strip(), self_us, cum_us, depth))
    by_package: dict[str, int] = {}
    for name, self_us, _, _ in entries:
        by_package[name.split(".")[0]] = by_package.get(name.split(".")[0], 0) + self_us
    total = sum(by_package.values())
    print(f"\nimports (python -X importtime of the launch; it inflates times) — {total / 1000:.0f} ms in all;"
          " self time by top-level package:")
    for package, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:14]:
        print(f"  {package:<24} {us / 1000:7.0f} ms")
    print("  the app's own modules that pull in the heavy ones (cumulative, as first imported):")
    for name, _, cum_us, depth in entries:
        if name.startswith("app.") and cum_us >= 40_000:
            print(f"    {'  ' * min(depth, 4)}{name:<36} {cum_us / 1000:7.0f} ms")


IMPORT_STEPS = (
    ("SQLAlchemy (sqlalchemy.orm)", "import sqlalchemy.orm"),
    ("the domain models (app.domain.*)", "import app.domain.tickets, app.domain.contracts, app.domain.followups, "
                                         "app.domain.parts, app.domain.people, app.domain.units"),
    ("the list and desk services", "import app.services.listing, app.services.desk, app.services.units, "
                                   "app.services.tickets"),
    ("alembic (app.store.migrations; mako, pygments)", "import alembic.script, alembic.runtime.migration, "
                                                       "alembic.command"),
    ("openpyxl (app.services.export; PIL)", "import openpyxl"),
    ("the rest of app.cli", "import app.cli"),
    ("PySide6.QtWidgets", "import PySide6.QtWidgets"),
    ("the rest of app.ui.app (windows, dialogs)", "import app.ui.app"),
)


def _import_costs(env: dict[str, str], runs: int = 3) -> None:
    """What each part of the launch's imports adds, in the order given, in fresh interpreters."""
    code = ("import time, json\nout = []\n" + "".join(
        f"t = time.perf_counter(); {stmt}; out.append((time.perf_counter() - t) * 1000)\n"
        for _, stmt in IMPORT_STEPS) + f"print({RESULT_MARK!r} + json.dumps(out))\n")
    samples = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
        line = next(ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_MARK))
        samples.append(json.loads(line[len(RESULT_MARK):]))
    print(f"\nimport costs, each step added to the ones before it (fresh interpreters, cached bytecode, "
          f"median of {runs}):")
    for i, (label, _) in enumerate(IMPORT_STEPS):
        print(f"  {label:<50} {statistics.median(s[i] for s in samples):6.0f} ms")
    print(f"  {'in all':<50} {statistics.median(sum(s) for s in samples):6.0f} ms")


def _explain(db_path: Path, today: str) -> None:
    """The list statements that the window's start and the scroll send, with SQLite's plans
    and their raw times (sqlite3, no ORM)."""
    import sqlite3
    from datetime import date

    from sqlalchemy import func, literal_column, select, tuple_

    from app.domain.kinds import Role
    from app.locale.display import Locale
    from app.services import listing
    from app.services.common import text_condition
    from app.services.desk import Actor, Desk
    from app.store.engine import Store, create_store_engine

    engine = create_store_engine(f"sqlite:///{db_path}")
    desk = Desk(Store(engine, f"sqlite:///{db_path}"), Actor(None, "bench", Role.ADMIN), Locale.for_language(LANG))
    day = date.fromisoformat(today)
    desk.today = lambda: day
    raw = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    print("\nSQLite's plans and raw times (sqlite3, literal values, no ORM) of the statements behind the slow steps:")
    cases = []
    for name in ("tickets", "warranties", "followups"):
        kind = getattr(listing, name.upper())
        statement = kind._filtered(desk, "", None)
        cases.append((f"{name}: first page (as the window's start sends it)",
                      statement.order_by(*kind.order(desk)).offset(0).limit(200)))
        cases.append((f"{name}: COUNT (as ListKind.count sends it)",
                      select(func.count()).select_from(statement.subquery())))
    tickets = listing.TICKETS
    total = raw.execute("SELECT count(*) FROM tickets").fetchone()[0]
    deep = max(0, total - 200)
    cases.append((f"tickets: the last page, OFFSET {deep:,} (fetchMore at the end of the scroll)",
                  tickets._filtered(desk, "", None).order_by(*tickets.order(desk)).offset(deep).limit(200)))
    opened, last_id = raw.execute("SELECT opened_at, id FROM tickets ORDER BY opened_at DESC, id DESC "
                                  "LIMIT 1 OFFSET ?", (deep - 1,)).fetchone() if deep else (None, None)
    if opened is not None:
        after = tuple_(listing.Ticket.opened_at, listing.Ticket.id) < tuple_(
            literal_column(f"'{opened}'"), literal_column(str(int(last_id))))
        cases.append(("tickets: the same page by keyset, WHERE (opened_at, id) < the last row shown",
                      tickets._filtered(desk, "", None).where(after).order_by(*tickets.order(desk)).limit(200)))
    cases.append(("tickets: COUNT without the joins (what the count needs)",
                  select(func.count()).select_from(listing.Ticket)))
    cases.append(("warranties: COUNT without the joins (what the count needs)",
                  select(func.count()).select_from(listing.Warranty)))
    cond = text_condition("qxzzz", (listing.Ticket.search_norm, ("fold", "digits", "serial")))
    cases.append(("tickets: COUNT of a fragment without the joins",
                  select(func.count()).select_from(listing.Ticket).where(cond)))
    cases.append(("tickets: COUNT of a fragment (as ListKind.count sends it)",
                  select(func.count()).select_from(tickets._filtered(desk, "qxzzz", None).subquery())))
    for label, statement in cases:
        sql = str(statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
        plan = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql)]
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            raw.execute(sql).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
        print(f"  {label}: median of 3 {_ms(statistics.median(times))} ms")
        for line in plan:
            print(f"      {line}")
    raw.close()
    engine.dispose()


# --------------------------------------------------------------------------- report

STEPS = (
    ("spawn", "painted", "python, PySide6, QApplication, the frame shown and painted"),
    ("painted", "imported", "import app.cli (SQLAlchemy, the records, the services)"),
    ("imported", "window", "the database opened, the desk, the main window made in the frame's place"),
    ("window", "first_page", "Today and the tickets' first page read and shown"),
)


def report_startup(runs: list[tuple[float, dict[str, Any]]], bare: list[tuple[float, dict[str, Any]]]
                   ) -> dict[str, Any]:
    floor = _stats([(r["marks"]["painted"] - spawned) * 1000 for spawned, r in bare])
    painted = _stats([(r["marks"]["painted"] - spawned) * 1000 for spawned, r in runs])
    t = _stats([(r["marks"]["first_page"] - spawned) * 1000 for spawned, r in runs])
    print(f"\n1. launch (`python -m app`; {len(runs)} fresh processes; median / max over the runs, ms; "
          f"ratio = median / the bare window's median)")
    rows: list[tuple[str, ...]] = [
        ("floor: spawn → a bare PySide6 window exposed", str(floor["n"]), _ms(floor["median"]), _ms(floor["max"]),
         "", "", ""),
        ("spawn → the window painted (lists empty)", str(painted["n"]), _ms(painted["median"]), _ms(painted["max"]),
         f"{painted['median'] / floor['median']:.1f}×", f"<= {PAINTED_BUDGET_MS:g}",
         "PASS" if painted["median"] <= PAINTED_BUDGET_MS else "MISS"),
        ("spawn → the tickets' first page in the window", str(t["n"]), _ms(t["median"]), _ms(t["max"]),
         f"{t['median'] / floor['median']:.1f}×", f"<= {FIRST_PAGE_BUDGET_MS:g}",
         "PASS" if t["median"] <= FIRST_PAGE_BUDGET_MS else "MISS"),
    ]
    for begin, end, label in STEPS:
        s = _stats([(r["marks"][end] - (spawned if begin == "spawn" else r["marks"][begin])) * 1000
                    for spawned, r in runs])
        rows.append(("  " + label, "", _ms(s["median"]), _ms(s["max"]), "", "", ""))
    _table(("figure", "runs", "median ms", "max ms", "ratio", "budget ms", "verdict"), rows, {1, 2, 3, 4})
    return {"median": t["median"], "max": t["max"], "painted": painted["median"], "floor": floor["median"],
            "rss": [r["rss_mb"] for _, r in runs]}


def report_keys(keys: dict[str, list[dict[str, Any]]]) -> tuple[float, float]:
    print("\n2. filter keystroke in the tickets tab: setText + apply_filter (first page + COUNT) + "
          "processEvents, ms")
    rows = []
    everything = []
    for kind, samples in keys.items():
        total = _stats([s["ms"] for s in samples])
        everything += [s["ms"] for s in samples]
        page = _stats([s["page_ms"] for s in samples])
        page_sql = _stats([s["page_sql_ms"] for s in samples])
        count = _stats([s["count_ms"] for s in samples])
        rest = _stats([s["ms"] - s["page_ms"] - s["count_ms"] for s in samples])
        shown = statistics.mean(s["rows"] for s in samples)
        matched = statistics.mean(s["total"] for s in samples)
        rows.append(("  " + kind, str(total["n"]), _ms(total["median"]), _ms(total["p95"]), _ms(total["max"]),
                     _ms(page["median"]), _ms(page_sql["median"]), _ms(count["median"]), _ms(rest["median"]),
                     f"{shown:.0f}", f"{matched:,.0f}", f"<= {KEYSTROKE_BUDGET_MS:g}",
                     "PASS" if total["median"] <= KEYSTROKE_BUDGET_MS else "MISS"))
    s = _stats(everything)
    rows.append(("  all keystrokes", str(s["n"]), _ms(s["median"]), _ms(s["p95"]), _ms(s["max"]), "", "", "", "",
                 "", "", f"<= {KEYSTROKE_BUDGET_MS:g}", "PASS" if s["median"] <= KEYSTROKE_BUDGET_MS else "MISS"))
    _table(("input", "n", "median", "p95", "max", "page", "page SQL", "count", "other", "rows", "matches",
            "budget", "verdict"), rows, set(range(1, 11)))
    print("  page = model.set_filter (reset + fetchMore: SQL, row objects, display strings, insert); "
          "page SQL = TICKETS.page inside it;\n  count = model.total() (TICKETS.count); other = setText, "
          "signals and processEvents (layout, paint). medians per column.")
    return s["median"], s["max"]


def report_scroll(scroll: dict[str, Any]) -> float:
    steps = scroll["steps"]
    s = _stats(steps)
    fetches = scroll["fetches"]
    print("\n3. scrolling the unfiltered tickets list to its end (scrollToBottom + processEvents per step), ms")
    rows = [("  UI blocked per step", str(s["n"]), _ms(s["median"]), _ms(s["p95"]), _ms(s["max"]),
             f"<= {SCROLL_STEP_BUDGET_MS:g} (max)", "PASS" if s["max"] <= SCROLL_STEP_BUDGET_MS else "MISS")]
    over = sum(1 for v in steps if v > SCROLL_STEP_BUDGET_MS)
    if fetches:
        f = _stats([x["ms"] for x in fetches])
        q = _stats([x["sql_ms"] for x in fetches])
        rows.append(("  fetchMore (Qt's calls)", str(f["n"]), _ms(f["median"]), _ms(f["p95"]), _ms(f["max"]), "", ""))
        rows.append(("    of which TICKETS.page (SQL + rows)", str(q["n"]), _ms(q["median"]), _ms(q["p95"]),
                     _ms(q["max"]), "", ""))
        tenth = max(1, len(fetches) // 10)
        for label, part in (("first tenth of the list", fetches[:tenth]), ("last tenth of the list", fetches[-tenth:])):
            f = _stats([x["ms"] for x in part])
            q = _stats([x["sql_ms"] for x in part])
            rows.append((f"    fetchMore, {label} (offset {part[0]['offset']:,}–{part[-1]['offset']:,})",
                         str(f["n"]), _ms(f["median"]), _ms(f["p95"]), _ms(f["max"]), "", ""))
            rows.append(("      of which TICKETS.page", str(q["n"]), _ms(q["median"]), _ms(q["p95"]), _ms(q["max"]),
                         "", ""))
    _table(("figure", "n", "median", "p95", "max", "budget", "verdict"), rows, {1, 2, 3, 4})
    worst = max(fetches, key=lambda x: x["ms"]) if fetches else None
    print(f"  steps {len(steps)}, {over} over {SCROLL_STEP_BUDGET_MS:g} ms; total {scroll['total_s']:.1f} s; "
          f"rows loaded {scroll['rows']:,} of {scroll['total']:,}; canFetchMore at the end: "
          f"{scroll['can_fetch_more']}{' (STALLED: rows stopped growing)' if scroll['stalled'] else ''}")
    if worst:
        print(f"  worst single fetchMore: {worst['ms']:.0f} ms at offset {worst['offset']:,} "
              f"({worst['sql_ms']:.0f} ms of it in TICKETS.page)")
    return s["max"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_gui", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, metavar="N", help="launches to time (default 5)")
    parser.add_argument("--keys", type=int, default=20, metavar="N",
                        help="typed fragments per kind of input (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="seed for picking the typed fragments (default 7)")
    parser.add_argument("--profile", action="store_true",
                        help="also profile a launch (cProfile, -X importtime), two keystrokes and the last "
                             "scroll steps, and print SQLite's plans of the slow statements")
    sizes = parser.add_mutually_exclusive_group()
    sizes.add_argument("--small", action="store_true", help="use bench_store's small database (1k tickets)")
    sizes.add_argument("--ten-years", action="store_true",
                       help="use bench_store's ten-year database (1,000,000 tickets over 3,650 days)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild bench_store's cached database first")
    # The children (internal):
    parser.add_argument("--child-session", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--today", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default=LANG, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    parser.add_argument("--profile-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_session:
        child_session(args)
        return 0
    if args.child_bare:
        child_bare()
        return 0
    return parent(args)


def parent(args: argparse.Namespace) -> int:
    import random

    import PySide6
    from PySide6.QtCore import qVersion

    from bench._common import ensure_demo_db, open_raw, print_machine
    from bench.bench_store import DB_NAME, SIZE, SMALL_DB_NAME, SMALL_SIZE, TEN_YEARS_DB_NAME, TEN_YEARS_SIZE

    print_machine(("qt", f"Qt {qVersion()}, PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen"))

    size, name = ((SMALL_SIZE, SMALL_DB_NAME) if args.small else (TEN_YEARS_SIZE, TEN_YEARS_DB_NAME)
                  if args.ten_years else (SIZE, DB_NAME))
    db = ensure_demo_db(name, size, rebuild=args.rebuild)
    took = f"{db.build_seconds:.1f} s" if db.build_seconds is not None else "unknown"
    print(f"database: {'built now' if db.built_now else db.reason}; its build took {took}")
    if db.warning:
        print(f"  WARNING: {db.warning}")
    copy, how = working_copy(db.path, "gui-small" if args.small else "gui-10y" if args.ten_years else "gui-100k")
    print(f"  working copy: {how} ({copy.stat().st_size / 2**20:.0f} MiB); today = {db.today}")
    raw = open_raw(db)
    try:
        counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "assets", "warranties", "contracts", "tickets", "followups")}
        inputs = keystroke_inputs(raw, random.Random(args.seed), max(args.keys, 3))
    finally:
        raw.close()
    print("  rows " + ", ".join(f"{t} {c:,}" for t, c in counts.items()))
    print(f"  each child: {sys.executable} -m bench.bench_gui, QT_QPA_PLATFORM=offscreen, a data folder of "
          f"its own (XDG_DATA_HOME), language {LANG},\n  bytecode cached in "
          f"{PYCACHE.relative_to(ROOT)} (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE dropped)")

    today = db.today.isoformat()
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as scratch_name:
        scratch = Path(scratch_name)
        env = _child_env(scratch)
        # ---- 1. launches
        _launch(copy, env, scratch)  # one untimed: OS caches, .pyc files, the day's first backup
        bare_cmd = [sys.executable, "-m", "bench.bench_gui", "--child-bare"]
        _spawn(bare_cmd, env, 300)
        runs, bare = [], []
        for _ in range(max(args.runs, 1)):  # the app and the floor alternate: the same machine load for both
            spawned, result, _ = _launch(copy, env, scratch)
            runs.append((spawned, result))
            bare.append(_spawn(bare_cmd, env, 300)[:2])
        # One launch that compiles every module from source, as this machine's shell does when
        # it sets PYTHONDONTWRITEBYTECODE and no __pycache__ exists (information only).
        no_pyc = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(scratch / "empty-pycache"))
        spawned, result, _ = _launch(copy, no_pyc, scratch)
        uncompiled = (spawned, result)
        # ---- 2–4. one session
        inputs_file = scratch / "inputs.json"
        inputs_file.write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
        extra = ["--inputs", str(inputs_file)]
        profile_dir = scratch / "profiles"
        if args.profile:
            profile_dir.mkdir()
            extra += ["--profile-dir", str(profile_dir)]
        _, session, _ = _spawn(_child_cmd("--child-session", copy, today, *extra), env, 3600)

        start = report_startup(runs, bare)
        spawned, result = uncompiled
        print(f"  information: one launch without cached bytecode (every module compiled from source): "
              f"{(result['marks']['first_page'] - spawned) * 1000:.0f} ms to the first page, of which import "
              f"app.cli {(result['marks']['imported'] - result['marks']['painted']) * 1000:.0f} ms")
        key_median, key_max = report_keys(session["keys"])
        key_max_budget = TEN_YEARS_KEYSTROKE_MAX_BUDGET_MS if args.ten_years else KEYSTROKE_MAX_BUDGET_MS
        scroll_max = report_scroll(session["scroll"])

        rss = _stats(start["rss"])
        print("\n4. resident memory, MB (the launches: their peak, ru_maxrss; the session: psutil RSS)")
        rows = [
            ("  peak at the first page (the launches)", str(rss["n"]), f"{rss['median']:.0f}", f"{rss['max']:.0f}",
             f"<= {RSS_BUDGET_MB:g}", "PASS" if rss["median"] <= RSS_BUDGET_MB else "MISS"),
            ("  window shown, first page (the session)", "1", f"{session['rss_shown_mb']:.0f}", "", "", ""),
            ("  after the keystrokes", "1", f"{session['rss_after_keys_mb']:.0f}", "", "", ""),
            (f"  after scrolling to the end ({session['scroll']['rows']:,} rows)", "1",
             f"{session['rss_after_scroll_mb']:.0f}", "", "(information)", ""),
            ("  same, after gc.collect()", "1", f"{session['rss_after_scroll_gc_mb']:.0f}", "", "", ""),
            ("  peak (ru_maxrss) of the session", "1", f"{session['peak_rss_mb']:.0f}", "", "", ""),
        ]
        _table(("figure", "n", "median", "max", "budget", "verdict"), rows, {1, 2, 3})

        print("\nsummary")
        summary = [
            ("1a. launch to the window painted", f"median {_ms(start['painted'])} ms "
             f"({start['painted'] / start['floor']:.1f}× a bare window's {_ms(start['floor'])} ms)",
             f"<= {PAINTED_BUDGET_MS:g} ms", "PASS" if start["painted"] <= PAINTED_BUDGET_MS else "MISS"),
            ("1b. launch to the first page of tickets", f"median {_ms(start['median'])} ms "
             f"({start['median'] / start['floor']:.1f}×), max {_ms(start['max'])} ms",
             f"<= {FIRST_PAGE_BUDGET_MS:g} ms", "PASS" if start["median"] <= FIRST_PAGE_BUDGET_MS else "MISS"),
            ("2. filter keystroke answered", f"median {_ms(key_median)} ms, max {_ms(key_max)} ms",
             f"<= {KEYSTROKE_BUDGET_MS:g} ms, max <= {key_max_budget:g} ms",
             "PASS" if key_median <= KEYSTROKE_BUDGET_MS and key_max <= key_max_budget else "MISS"),
            ("3. scroll to the end, longest UI block", f"max {_ms(scroll_max)} ms",
             f"<= {SCROLL_STEP_BUDGET_MS:g} ms", "PASS" if scroll_max <= SCROLL_STEP_BUDGET_MS else "MISS"),
            ("4. RSS, tickets tab open", f"median {rss['median']:.0f} MB (after scrolling to the end "
             f"{session['rss_after_scroll_mb']:.0f} MB)", f"<= {RSS_BUDGET_MB:g} MB",
             "PASS" if rss["median"] <= RSS_BUDGET_MB else "MISS"),
        ]
        _table(("budget", "measured", "budget", "verdict"), summary, set())
        print("\nverdicts are information (exit code 0 either way): 1, 2 and 4 compare the median, 3 the "
              "longest step.")

        if args.profile:
            prof = scratch / "startup.prof"
            _launch(copy, env, scratch, ("-m", "cProfile", "-o", str(prof)))
            _, _, stderr = _launch(copy, env, scratch, ("-X", "importtime"))
            _print_importtime(stderr)
            _import_costs(env)
            _print_profile(prof, "one launch (python -m cProfile -m app) to the first page of tickets", 40)
            for name, title in (("key-cleared", "keystroke: filter cleared"),
                                ("key-nomatch", "keystroke: a fragment matching nothing"),
                                ("scroll-last-pages", "fetchMore's work for the last 5 pages, replayed (TICKETS.page + display strings)")):
                path = profile_dir / f"{name}.prof"
                if path.exists():
                    _print_profile(path, title, 22)
            _explain(copy, today)
    return 0


if __name__ == "__main__":
    sys.exit(main())
