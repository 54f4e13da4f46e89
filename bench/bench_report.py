"""Monthly report benchmark: the manager's report of one month on the 100,000-ticket demo
database, its figures alone, as PDF and as Excel, and the time of each section.

    uv run python -m bench.bench_report [--repeat N] [--month YYYY-MM] [--small | --ten-years] [--profile]

The database is bench_store's (bench/.cache/store-1m.db: 300,000 customers, 1,000,000 units,
100,000 tickets over the 18 months before it was made), built once and reused. The month
reported on is, unless --month names one, the Jalali month whose tickets with those of the
month before and the same month a year before are the most: every comparison has data.

Each line is timed warm (one untimed call first), `--repeat` times: `monthly_report` alone (the
KPIs of every section for three months, in one read transaction), then the whole PDF and the
whole workbook as the CLI makes them (the report read, then written beside the target and
renamed). Median and p95 (nearest rank). Each section's own time is taken from
`MonthlyReport.seconds` of the timed reads. Figures are printed, never asserted: PASS/MISS
compares the median with the budget and the exit code is 0 either way.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench._common import CachedDb, Timing, ensure_demo_db, fmt_ms, open_desk_on, open_raw, print_machine, summarize

KPIS_BUDGET_MS = 1000.0
PDF_BUDGET_MS = 3000.0
XLSX_BUDGET_MS = 3000.0
WARMUP = 1


def busiest_month(raw: sqlite3.Connection, desk: Any) -> tuple[int, int]:
    """The Jalali month (year, month) whose tickets, with the month before and the same month a
    year before, are the most of the months the data covers."""
    from app.locale.calendars import Calendar, to_calendar
    from app.reports.month import report_month

    zone = desk.locale.timezone
    first, last = raw.execute("SELECT min(opened_at), max(opened_at) FROM tickets").fetchone()

    def opened(month: Any) -> int:
        # opened_at is stored as naive UTC text, which sorts as the moments do
        starts, ends = (m.strftime("%Y-%m-%d %H:%M:%S") for m in (month.starts, month.ends))
        return raw.execute("SELECT count(*) FROM tickets WHERE opened_at >= ? AND opened_at < ?",
                           (starts, ends)).fetchone()[0]

    year, month, _ = to_calendar(date.fromisoformat(first[:10]), Calendar.JALALI)
    end = to_calendar(date.fromisoformat(last[:10]), Calendar.JALALI)[:2]
    best, best_count = (year, month), -1
    while (year, month) < end:  # the month of the last ticket is not over
        current = report_month(year, month, Calendar.JALALI, zone)
        count = opened(current) + opened(current.previous(zone)) + opened(current.a_year_before(zone))
        if count > best_count:
            best, best_count = (year, month), count
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return best


def repeat(fn: Callable[[], Any], n: int) -> tuple[Timing, list[Any]]:
    for _ in range(WARMUP):
        fn()
    samples, results = [], []
    for _ in range(n):
        started = time.perf_counter_ns()
        results.append(fn())
        samples.append(time.perf_counter_ns() - started)
    return summarize(samples), results


def verdict(timing: Timing, budget_ms: float | None) -> str:
    if budget_ms is None:
        return ""
    return f"{'PASS' if timing.median_ms <= budget_ms else 'MISS'} (≤ {budget_ms:.0f} ms)"


def main(argv: list[str] | None = None) -> int:
    from bench.bench_store import DB_NAME, SIZE, SMALL_DB_NAME, SMALL_SIZE, TEN_YEARS_DB_NAME, TEN_YEARS_SIZE

    parser = argparse.ArgumentParser(prog="python -m bench.bench_report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="timed calls per line (default 5)")
    parser.add_argument("--month", metavar="YYYY-MM", help="the Jalali month to report on (default: the busiest)")
    sizes = parser.add_mutually_exclusive_group()
    sizes.add_argument("--small", action="store_true",
                       help="use bench_store's small database (1,000 tickets) to try the benchmark quickly")
    sizes.add_argument("--ten-years", action="store_true",
                       help="use bench_store's ten-year database (1,000,000 tickets over 3,650 days)")
    parser.add_argument("--profile", action="store_true", help="also print cProfile figures of one PDF")
    args = parser.parse_args(argv)
    n = max(args.repeat, 1)

    import pypdfium2

    from app.i18n import Catalogue
    from app.locale.calendars import Calendar
    from app.reports.month import parse_month
    from app.reports.monthly import monthly_report
    from app.reports.pdf import write_report_pdf
    from app.reports.workbook import write_report_workbook

    print_machine()
    size, name = ((SMALL_SIZE, SMALL_DB_NAME) if args.small else (TEN_YEARS_SIZE, TEN_YEARS_DB_NAME)
                  if args.ten_years else (SIZE, DB_NAME))
    db: CachedDb = ensure_demo_db(name, size)
    print(f"database: {db.reason}")
    if db.warning:
        print(f"  WARNING: {db.warning}")
    store, desk = open_desk_on(db)
    raw = open_raw(db)
    translate = Catalogue.load("fa").translate
    try:
        tickets = raw.execute("SELECT count(*) FROM tickets").fetchone()[0]
        year, month = parse_month(args.month) if args.month else busiest_month(raw, desk)
        probe = monthly_report(desk, year, month, Calendar.JALALI)
        volume = probe.section("volume").figures[0].values if any(s.key == "volume" for s in probe.sections) else ()
        print(f"  file {db.path} ({db.path.stat().st_size / 2**20:.0f} MiB), {tickets:,} tickets, today = {db.today}")
        print(f"  month {year}-{month:02d} (Jalali), {probe.months.current.first_day} … "
              f"{probe.months.current.last_day}; jobs received this month, the month before, a year before: "
              f"{', '.join(map(str, volume))}")
        print(f"  sections: {', '.join(s.key for s in probe.sections)}")
        print(f"  timing: {WARMUP} warm-up call, then {n} timed calls per line\n")

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            kpis, reports = repeat(lambda: monthly_report(desk, year, month, Calendar.JALALI), n)
            report = reports[-1]
            pdf, _ = repeat(lambda: write_report_pdf(desk, monthly_report(desk, year, month, Calendar.JALALI),
                                                     out / "report.pdf", translate), n)
            xlsx, _ = repeat(lambda: write_report_workbook(
                desk, monthly_report(desk, year, month, Calendar.JALALI), out / "report.xlsx", translate), n)
            pdf_only, _ = repeat(lambda: write_report_pdf(desk, report, out / "only.pdf", translate), n)
            xlsx_only, _ = repeat(lambda: write_report_workbook(desk, report, out / "only.xlsx", translate), n)
            pages = len(pypdfium2.PdfDocument(str(out / "report.pdf")))
            lines = [
                ("KPIs alone: monthly_report (every section, three months)", kpis, KPIS_BUDGET_MS),
                ("whole PDF: read + written", pdf, PDF_BUDGET_MS),
                ("whole workbook: read + written", xlsx, XLSX_BUDGET_MS),
                ("  of which drawing the PDF", pdf_only, None),
                ("  of which writing the workbook", xlsx_only, None),
            ]
            width = max(len(label) for label, _, _ in lines)
            print(f"{'line':<{width}}  {'median ms':>10}  {'p95 ms':>10}  verdict")
            for label, timing, budget in lines:
                print(f"{label:<{width}}  {fmt_ms(timing.median_ms):>10}  {fmt_ms(timing.p95_ms):>10}  "
                      f"{verdict(timing, budget)}")
            print(f"\nthe PDF: {(out / 'report.pdf').stat().st_size / 1024:.0f} KiB, {pages} pages; "
                  f"the workbook: {(out / 'report.xlsx').stat().st_size / 1024:.0f} KiB")
            print("\neach section's read (from MonthlyReport.seconds of the timed reads), median ms:")
            for key in report.seconds:
                print(f"  {key:<{width - 2}}  {statistics.median(r.seconds[key] for r in reports) * 1000:>10.1f}")
            print("\nverdicts are information (exit code 0 either way).")
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                write_report_pdf(desk, monthly_report(desk, year, month, Calendar.JALALI), out / "p.pdf", translate)
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    finally:
        raw.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
