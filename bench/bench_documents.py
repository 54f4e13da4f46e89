"""Documents benchmark: a job card rendered warm (fonts registered, after one warm-up), and a
delivery receipt, from demo tickets.

    uv run python -m bench.bench_documents [--repeat N] [--seed S] [--profile]

Each line times the whole call the CLI and the GUI make (`write_job_card` / `write_receipt`:
the ticket and the settings read through the services, the pages drawn, the PDF written and
renamed into place), on a fresh demo database in a temporary folder. Each timed call renders
another ticket, as a clerk prints a new card each time; one line repeats a single ticket.

The baseline, timed in the same run, is reportlab alone writing the very strings the default
job card draws (already in visual order, so with no shaping, bidi or wrapping), at the same
places on the same number of pages, with the same embedded font: a floor for writing that
text, without the QR code, the lines and the boxes. ratio = line median / baseline median.
Figures are printed, never asserted: PASS/MISS compares the median with the budget and the
exit code is 0 either way.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

from bench._common import Timing, fmt_ms, print_machine, summarize

JOB_CARD_BUDGET_MS = 150.0
CUSTOMERS = 200
TEXT_METHODS = ("drawString", "drawRightString", "drawCentredString")


@dataclass(frozen=True)
class Line:
    label: str
    timing: Timing
    budget_ms: float | None

    @property
    def verdict(self) -> str:
        if self.budget_ms is None:
            return ""
        return "PASS" if self.timing.median_ms <= self.budget_ms else "MISS"


def demo_desk(folder: Path, lang: str):  # -> (Store, Desk, ticket numbers)
    """A demo database of CUSTOMERS customers in `lang`, opened as the CLI opens it."""
    from app.locale.display import Locale
    from app.services.demo import fill_demo
    from app.services.desk import open_desk
    from app.store import open_store

    path = folder / f"demo-{lang}.db"
    store = open_store(f"sqlite:///{path}")
    desk = open_desk(store, Locale.for_language(lang))
    fill_demo(desk, customers=CUSTOMERS, seed=1)
    raw = sqlite3.connect(path)
    try:
        numbers = [row[0] for row in raw.execute("SELECT number FROM tickets ORDER BY id")]
    finally:
        raw.close()
    return store, desk, numbers


def set_documents(desk, **choices: Any) -> None:
    from app.services.company import company_settings, save_company_settings

    current = company_settings(desk)
    save_company_settings(desk, replace(current, **choices), current.version_token)


def time_calls(fn: Callable[[str], Any], inputs: list[str]) -> Timing:
    """One untimed warm-up call, then one timed call per input."""
    fn(inputs[0])
    samples = []
    for value in inputs:
        t0 = time.perf_counter_ns()
        fn(value)
        samples.append(time.perf_counter_ns() - t0)
    return summarize(samples)


# --------------------------------------------------------------------------- the baseline

def recorded_text(render: Callable[[], Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """Every text call (and page break) reportlab's canvas receives while `render` runs."""
    from reportlab.pdfgen.canvas import Canvas

    calls: list[tuple[str, tuple[Any, ...]]] = []
    with ExitStack() as stack:
        for name in (*TEXT_METHODS, "setFont", "showPage"):
            real = getattr(Canvas, name)

            def record(canvas: Canvas, *args: Any, _name: str = name, _real: Any = real, **kw: Any) -> Any:
                calls.append((_name, args))
                return _real(canvas, *args, **kw)

            stack.enter_context(mock.patch.object(Canvas, name, record))
        render()
    return calls


def plain_reportlab(calls: list[tuple[str, tuple[Any, ...]]], out: Path, pagesize: tuple[float, float]) -> None:
    """Replay the recorded text calls on a fresh canvas and write the file."""
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import register_fonts

    regular, _ = register_fonts()
    canvas = Canvas(str(out), pagesize=pagesize, pageCompression=1, initialFontName=regular)
    for name, args in calls:
        getattr(canvas, name)(*args)
    canvas.save()


# --------------------------------------------------------------------------- report

def print_table(lines: list[Line], baseline: Timing) -> None:
    header = ("line", "n", "median ms", "p95 ms", "ratio", "budget", "verdict")
    rows = [(line.label, str(line.timing.n), fmt_ms(line.timing.median_ms), fmt_ms(line.timing.p95_ms),
             f"{line.timing.median_ms / baseline.median_ms:.1f}x",
             f"<= {line.budget_ms:.0f} ms" if line.budget_ms else "", line.verdict) for line in lines]
    rows.append(("baseline: reportlab, the same strings unshaped", str(baseline.n), fmt_ms(baseline.median_ms),
                 fmt_ms(baseline.p95_ms), "1.0x", "", ""))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    right = {1, 2, 3, 4}

    def fmt(r: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r))

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def profile(fn: Callable[[str], Any], inputs: list[str], top: int = 30) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for value in inputs:
        fn(value)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"\ncProfile of {len(inputs)} default job cards (sorted by cumulative time):")
    print("\n".join(out.getvalue().splitlines()[:top + 12]))


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_documents", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40, metavar="N", help="timed calls per line (default 40)")
    parser.add_argument("--seed", type=int, default=7, help="seed for picking tickets (default 7)")
    parser.add_argument("--profile", action="store_true", help="also print cProfile figures of the job card")
    args = parser.parse_args(argv)
    n = max(args.repeat, 1)

    from reportlab.lib.pagesizes import A5

    from app.documents.common import TicketDocument
    from app.documents.fonts import register_fonts
    from app.documents.job_card import write_job_card
    from app.documents.receipt import write_receipt
    from app.i18n import Catalogue

    print_machine()

    with tempfile.TemporaryDirectory(prefix="khedmat-bench-documents-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        fa_store, fa, fa_numbers = demo_desk(folder, "fa")
        ar_store, ar, ar_numbers = demo_desk(folder, "ar")
        print(f"databases: two demo databases (fa, ar) of {CUSTOMERS} customers, {len(fa_numbers)} tickets each, "
              f"made in {time.perf_counter() - started:.1f} s in a temporary folder")
        t0 = time.perf_counter()
        register_fonts()
        print(f"fonts: Vazirmatn registered in {(time.perf_counter() - t0) * 1000:.0f} ms (before any timing)")
        print(f"timing: per line one untimed warm-up call, then {n} timed calls, each on another ticket "
              f"(seed {args.seed}) unless said\n")
        try:
            rng = random.Random(args.seed)
            fa_tickets = [rng.choice(fa_numbers) for _ in range(n)]
            ar_tickets = [rng.choice(ar_numbers) for _ in range(n)]
            fa_tr, ar_tr = Catalogue.load("fa").translate, Catalogue.load("ar").translate
            out = folder / "out.pdf"

            def card(number: str) -> Path:
                return write_job_card(fa, number, out, fa_tr)

            lines: list[Line] = []
            set_documents(fa, page_size="A5", workshop_copy="next_page")
            lines.append(Line("job card, fa, A5, workshop copy on page 2 (default)",
                              time_calls(card, fa_tickets), JOB_CARD_BUDGET_MS))
            lines.append(Line("job card, fa, the same ticket again", time_calls(card, fa_tickets[:1] * n),
                              JOB_CARD_BUDGET_MS))
            calls = recorded_text(lambda: card(fa_tickets[0]))
            baseline = time_calls(lambda _n: plain_reportlab(calls, folder / "plain.pdf", A5), fa_tickets)
            lines.append(Line("  of which: ticket and settings read (TicketDocument.load)",
                              time_calls(lambda number: TicketDocument.load(fa, number, fa_tr), fa_tickets), None))
            set_documents(fa, workshop_copy="none")
            lines.append(Line("job card, fa, A5, no workshop copy", time_calls(card, fa_tickets), JOB_CARD_BUDGET_MS))
            set_documents(fa, page_size="A4", workshop_copy="same_page")
            lines.append(Line("job card, fa, A4, both copies on one page", time_calls(card, fa_tickets),
                              JOB_CARD_BUDGET_MS))
            set_documents(fa, page_size="A5", workshop_copy="next_page")
            lines.append(Line("job card, ar, A5, workshop copy on page 2",
                              time_calls(lambda number: write_job_card(ar, number, out, ar_tr), ar_tickets),
                              JOB_CARD_BUDGET_MS))
            lines.append(Line("delivery receipt, fa, A5",
                              time_calls(lambda number: write_receipt(fa, number, out, fa_tr), fa_tickets), None))
            print_table(lines, baseline)
            strings = sum(1 for name, _ in calls if name in TEXT_METHODS)
            pages = sum(1 for name, _ in calls if name == "showPage")
            print(f"\nbaseline: the {strings} strings of one default job card on {pages} pages, replayed with "
                  f"reportlab's own text calls and saved.\nratio = line median / baseline median; verdicts are "
                  f"information (exit code 0 either way).")
            if args.profile:
                profile(card, fa_tickets)
        finally:
            fa_store.close()
            ar_store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
