"""Import benchmark: a 100,000-row legacy sheet, end to end, against reading it and inserting it raw.

    uv run python -m bench.bench_import [--rows N] [--runs R] [--rebuild] [--profile]

The workbook is a hand-kept Persian repair log as migrations meet it (title above the
header, names with Arabic ي/ك, mobiles as text, as numbers and in Persian digits, Jalali
dates, toman and rial amounts, status words, the same customer on several rows, a few bad
rows); it is generated once with openpyxl and cached in bench/.cache.

Each run is a fresh child process on a fresh database, so peak RSS is the run's own:
- baseline: python-calamine reads the sheet, then the stdlib sqlite3 module inserts every
  row's cells into one table with a single `executemany` (one transaction);
- records: python-calamine reads the sheet, then the stdlib sqlite3 module inserts the
  records an import makes of it (customers, units, warranties, tickets, their events and
  lines, taken from an untimed import) into a new migrated database, one `executemany`
  per table, foreign keys on, one transaction: the cost of the schema itself;
- import: `app.importing.import_workbook` on a new migrated database (backup, header
  detection, parsing through the locale rules, customers/units/tickets, search text).
The ratios are import / baseline and import / records, medians of the runs; budget ≤ 2×
against the records floor, peak RSS ≤ 400 MB. Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import inspect
import json
import pstats
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import CACHE_DIR, print_machine

RATIO_BUDGET = 2.0
"""Import / records: the import may cost at most twice what writing its own records raw costs."""
RSS_BUDGET_MB = 400
HEADER = ["ردیف", "شماره قبض", "نام مشتري", "شماره همراه", "مدل", "برند", "سريال", "تاریخ خرید", "گارانتی",
          "تاریخ پذیرش", "ایراد", "وضعیت", "هزینه", "توضیحات"]
FIRST = ["علی", "علي", "محمد", "زهرا", "فاطمه", "رضا", "مریم", "مريم", "حسین", "سارا", "نرگس", "کاظم", "كاظم"]
LAST = ["کریمی", "كريمي", "رضایی", "احمدی", "حسینی", "محمدی", "یزدانی", "کاظمی", "نوری", "صادقی", "تهرانی"]
MODELS = [("یخچال ساید", "اسنوا"), ("لباسشویی", "ال جی"), ("ماشین ظرفشویی", "بوش"), ("کولر گازی", "گری"),
          ("تلویزیون", "سامسونگ"), ("اتو", "فیلیپس"), ("جاروبرقی", "پارس خزر")]
FAULTS = ["برفک نمی‌زند", "صدا می‌دهد", "نشتی آب", "روشن نمی‌شود", "تصویر ندارد", "داغ نمی‌شود", "آب را تخلیه نمی‌کند"]
STATUSES = ["تحویل شده", "در حال تعمیر", "منتظر قطعه", "تعمیر شده", "پذیرش", "لغو شده"]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _mobile(rng: random.Random, number: int) -> object:
    digits = f"0912{number:07d}"
    style = rng.random()
    if style < 0.4:
        return digits
    if style < 0.6:
        return float(digits)  # a number cell: the leading zero is lost
    if style < 0.8:
        return digits.translate(PERSIAN)
    return f"+98 {digits[1:4]} {digits[4:7]} {digits[7:]}"


def _jalali(rng: random.Random, year_from: int, year_to: int) -> str:
    text = f"{rng.randint(year_from, year_to)}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}"
    return text.translate(PERSIAN) if rng.random() < 0.3 else text


def _amount(rng: random.Random) -> object:
    toman = rng.randrange(50, 5000) * 1000
    style = rng.random()
    if style < 0.4:
        return toman * 10
    if style < 0.7:
        return f"{toman:,} تومان"
    return f"{toman * 10:,}".translate(PERSIAN).replace(",", "٬")


def write_workbook(path: Path, rows: int, seed: int = 5) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("پذیرش")
    sheet.append(["دفتر پذیرش — شعبه مرکزی"])
    sheet.append([])
    sheet.append(HEADER)
    customers = max(1, rows * 2 // 5)
    for i in range(1, rows + 1):
        if rng.random() < 0.002:
            sheet.append([])
            continue
        who = rng.randrange(customers)
        model, brand = MODELS[who % len(MODELS)]
        unit = who if rng.random() < 0.7 else customers + i  # most customers bring back the same unit
        bad = rng.random() < 0.005
        sheet.append([
            i, str(100000 + i) if rng.random() < 0.5 else None, f"{FIRST[who % 13]} {LAST[who % 11]} {who}",
            "12345" if bad else _mobile(rng, who), model, brand, f"SN{unit:08d}", _jalali(rng, 1395, 1401),
            rng.choice(["18 ماه", "12", "۲۴ ماه", "سنة"]), _jalali(rng, 1401, 1403), rng.choice(FAULTS),
            rng.choice(STATUSES), _amount(rng) if rng.random() < 0.8 else None,
            "قفسه " + str(rng.randint(1, 9)) if rng.random() < 0.2 else None,
        ])
    sheet.append([None, "جمع کل"])
    book.save(path)


def _generator_fingerprint() -> str:
    """What the workbook is made by: the generator's code and words, not the rest of this file."""
    parts = [inspect.getsource(f) for f in (write_workbook, _mobile, _jalali, _amount)]
    parts.append(repr((HEADER, FIRST, LAST, MODELS, FAULTS, STATUSES)))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def ensure_workbook(rows: int, rebuild: bool) -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"legacy-{rows}-{_generator_fingerprint()}.xlsx"
    if rebuild or not path.exists():
        started = time.perf_counter()
        temp = path.with_suffix(".building.xlsx")
        write_workbook(temp, rows)
        temp.replace(path)
        print(f"workbook written in {time.perf_counter() - started:.1f} s: {path}")
    return path


# --------------------------------------------------------------------------- the runs (each a child)

def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _baseline(workbook: Path, db: Path) -> dict[str, float]:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(workbook))
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    width = max(len(r) for r in rows)
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE legacy ({', '.join(f'c{i}' for i in range(width))})")
    with conn:
        conn.executemany(f"INSERT INTO legacy VALUES ({', '.join('?' * width)})",
                         (r + [None] * (width - len(r)) for r in rows))
    conn.close()
    return {"seconds": time.perf_counter() - started, "rows": len(rows)}


TABLES = ("users", "customers", "products", "assets", "warranties", "tickets", "ticket_events", "ticket_lines",
          "payments", "counters")


def _records(workbook: Path, db: Path) -> dict[str, float]:
    from python_calamine import CalamineWorkbook

    from app.locale.display import Locale
    from app.services.desk import open_desk
    from app.store.engine import open_store

    _import(workbook, db.with_name("made.db"), profile=False)
    made = sqlite3.connect(db.with_name("made.db"))
    # every record but the administrator, whom the new database has already
    records = {t: made.execute(f"SELECT * FROM {t}" + (" WHERE username != 'admin'" if t == "users" else ""))  # noqa: S608
               .fetchall() for t in TABLES}
    made.close()
    store = open_store(f"sqlite:///{db}")
    open_desk(store, Locale.for_language("fa"))  # the schema, and the administrator the events name
    store.close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("DELETE FROM counters")
    started = time.perf_counter()
    CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    conn.execute("BEGIN IMMEDIATE")
    for table, rows in records.items():
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)  # noqa: S608
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return {"seconds": seconds, "rows": sum(len(r) for r in records.values())}


def _import(workbook: Path, db: Path, profile: bool) -> dict[str, float]:
    from app.importing import Outcome, import_workbook
    from app.locale.display import Locale
    from app.services.desk import open_desk
    from app.store.engine import open_store

    store = open_store(f"sqlite:///{db}")
    desk = open_desk(store, Locale.for_language("fa"))
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = import_workbook(desk, workbook)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    store.close()
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    counts = {o.value: report.count(o) for o in Outcome}
    return {"seconds": seconds, "rows": report.rows_read, **counts, **dict(report.created)}


def _child(mode: str, workbook: Path, profile: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "k.db"
        if mode == "baseline":
            figures = _baseline(workbook, db)
        elif mode == "records":
            figures = _records(workbook, db)
        else:
            figures = _import(workbook, db, profile)
    figures["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(figures))


def _run_child(mode: str, workbook: Path, profile: bool = False) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.bench_import", "--child", mode, str(workbook)]
                          + (["--profile"] if profile else []), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    if profile:
        print(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_import", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="write the cached workbook again")
    parser.add_argument("--profile", action="store_true", help="print cProfile figures of one import")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "WORKBOOK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]), args.profile)
        return 0
    print_machine()
    workbook = ensure_workbook(args.rows, args.rebuild)
    baseline, records, imported = [], [], []
    for run in range(1, args.runs + 1):  # interleaved, so a slow spell of the machine hits all
        baseline.append(_run_child("baseline", workbook))
        records.append(_run_child("records", workbook))
        imported.append(_run_child("import", workbook))
        print(f"run {run}: baseline {baseline[-1]['seconds']:.2f} s, records {records[-1]['seconds']:.2f} s "
              f"({records[-1]['rows']:.0f} rows), import {imported[-1]['seconds']:.2f} s")
    last = imported[-1]
    print(f"rows read {last['rows']:.0f}: imported {last['imported']:.0f}, merged {last['merged']:.0f}, "
          f"skipped {last['skipped']:.0f}, rejected {last['rejected']:.0f}; new customers "
          f"{last.get('customers', 0):.0f}, units {last.get('units', 0):.0f}, tickets {last.get('tickets', 0):.0f}")
    base = statistics.median(r["seconds"] for r in baseline)
    raw = statistics.median(r["seconds"] for r in records)
    full = statistics.median(r["seconds"] for r in imported)
    ratio = full / base
    print(f"baseline (calamine read + sqlite3 executemany): median {base:.2f} s, "
          f"peak RSS {max(r['peak_rss_mb'] for r in baseline):.0f} MB")
    print(f"records (read + the import's records, raw):     median {raw:.2f} s")
    print(f"import (import_workbook, end to end):           median {full:.2f} s, "
          f"peak RSS {max(r['peak_rss_mb'] for r in imported):.0f} MB")
    peak = max(r["peak_rss_mb"] for r in imported)
    print(f"ratio import / baseline: {ratio:.2f}x")
    print(f"ratio import / records:  {full / raw:.2f}x (budget <= {RATIO_BUDGET:.0f}x) "
          f"{'PASS' if full / raw <= RATIO_BUDGET else 'MISS'}; peak RSS {peak:.0f} MB (budget <= {RSS_BUDGET_MB} MB) "
          f"{'PASS' if peak <= RSS_BUDGET_MB else 'MISS'}")
    if args.profile:
        _run_child("import", workbook, profile=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
