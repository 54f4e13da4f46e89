"""Store benchmark: coverage lookup by serial at 1M assets; ticket, customer and unit search
(through the trigram indexes) at 100k tickets, 300k customers, 1M units; writing a ticket.

    uv run python -m bench.bench_store [--rebuild] [--repeat N] [--seed S] [--explain] [--profile]
                                       [--small | --ten-years]
                                       [--postgres]

Each figure is timed twice in the same run: through the service the GUI and the CLI call
(SQLAlchemy session, ORM, coverage decision) and as plain SQL through the stdlib sqlite3
module on the same file; the ratio is service / raw. Figures are printed, never asserted:
PASS/MISS words compare the median to the budget and the exit code is 0 either way.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench._common import (
    CachedDb,
    DemoSize,
    Timing,
    ensure_demo_db,
    fmt_ms,
    open_desk_on,
    open_raw,
    print_machine,
    summarize,
)

SIZE = DemoSize(customers=300_000, assets=1_000_000, tickets=100_000, seed=1, lang="fa")
DB_NAME = "store-1m"
SMALL_SIZE = DemoSize(customers=3_000, assets=10_000, tickets=1_000, seed=1, lang="fa")
SMALL_DB_NAME = "store-small"
TEN_YEARS_SIZE = DemoSize(customers=300_000, assets=1_000_000, tickets=1_000_000, seed=1, lang="fa",
                          history_days=3650)
"""A large importer's service network after ten years: a million tickets."""
TEN_YEARS_DB_NAME = "store-10y"
WARMUP = 20

COVERAGE_BUDGET_MS = 5.0
COVERAGE_BUDGET_RATIO = 3.0
SEARCH_BUDGET_MS = 5.0
TEN_YEARS_SEARCH_BUDGET_MS = 15.0
"""The search's median budget at 1,000,000 tickets (the p95 and ratio budgets are the same)."""
SEARCH_BUDGET_P95_MS = 15.0
SEARCH_BUDGET_RATIO = 0.2
"""The indexed search at least 5 times quicker than the raw LIKE scan."""
WRITE_BUDGET_MS = 20.0
UNIT_SCANS = 5
"""Raw scans timed per units line: each walks a million warranties with their joins (seconds)."""
PAGE = 200


# --------------------------------------------------------------------------- inputs

def _sample_ids(rng: random.Random, top: int, n: int) -> list[int]:
    return [rng.randint(1, top) for _ in range(n)]


def _column_by_id(raw: sqlite3.Connection, sql: str, ids: list[int]) -> list[Any]:
    return [raw.execute(sql, (i,)).fetchone()[0] for i in ids]


def serial_inputs(raw: sqlite3.Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Serials of random units, typed the ways a clerk types them; other units for each way,
    so that no line finds its units' pages already read by an earlier line."""
    from app.locale.text import to_native_digits

    top = raw.execute("SELECT max(id) FROM assets").fetchone()[0]

    def serials() -> list[str]:
        return _column_by_id(raw, "SELECT serial FROM assets WHERE id = ?", _sample_ids(rng, top, n))

    def dashed(s: str) -> str:
        at = rng.randint(1, len(s) - 1)
        return f"{s[:at]}-{s[at:]}"

    return {
        "serial as stored": serials(),
        "serial lower-case": [s.lower() for s in serials()],
        "serial, Persian digits": [to_native_digits(s, "fa") for s in serials()],
        "serial, dash inserted": [dashed(s) for s in serials()],
        # First touch: the service and the raw SQL each get units nobody has read in this run.
        "first touch: service": serials(),
        "first touch: raw": serials(),
        "warm-up": serials()[:WARMUP],
    }


def _random_tickets(raw: sqlite3.Connection, rng: random.Random, n: int) -> list[tuple]:
    """(customer name, customer mobile_key, asset serial) of n random tickets."""
    top = raw.execute("SELECT max(id) FROM tickets").fetchone()[0]
    sql = ("SELECT c.name, c.mobile_key, a.serial FROM tickets t JOIN customers c ON c.id = t.customer_id "
           "LEFT JOIN assets a ON a.id = t.asset_id WHERE t.id = ?")
    return [raw.execute(sql, (i,)).fetchone() for i in _sample_ids(rng, top, n)]


def name_fragments(raw: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """Parts of names stored with Persian ی/ک, typed with the Arabic keyboard's ي/ك (the
    search fold must find them either way)."""
    names: list[str] = []
    while len(names) < n:
        found = 0
        for name, _, _ in _random_tickets(raw, rng, 4 * n):
            words = [w for w in name.split() if "ی" in w or "ک" in w]
            if not words:
                continue
            found += 1
            word = rng.choice(words).replace("ی", "ي").replace("ک", "ك")
            if len(word) >= 5 and rng.random() < 0.5:
                word = word[1:]  # a part of the word, not only whole words
            names.append(word)
            if len(names) == n:
                break
        if not found:
            raise SystemExit("no customer name with ی or ک in the database: nothing to type for the name lines")
    return names


def fragment_inputs(raw: sqlite3.Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    from app.locale.text import normalize_search, to_native_digits

    names = name_fragments(raw, rng, n)

    # A 4-6 digit piece of a customer's mobile, typed in ASCII or Persian digits.
    mobiles = []
    for i, (_, key, _) in enumerate(_random_tickets(raw, rng, n)):
        length = rng.randint(4, 6)
        at = rng.randint(0, len(key) - length)
        piece = key[at:at + length]
        mobiles.append(to_native_digits(piece, "fa") if i % 2 else piece)

    # Rare: a whole serial or a whole mobile (national digits) of one ticket's unit/customer.
    rare = []
    for i, (_, key, serial) in enumerate(_random_tickets(raw, rng, n)):
        rare.append(serial if i % 2 == 0 and serial else key)

    # Nothing: strings that occur in no ticket's search text (checked).
    letters = "ژپچگظطضصثقغ"
    nothing: list[str] = []
    pool: list[str] = []
    while len(pool) < 20:
        candidate = ("".join(rng.choice(letters) for _ in range(4)) if len(pool) % 2 == 0
                     else "qx" + "".join(rng.choice("zjvw") for _ in range(3)))
        pattern = f"%{normalize_search(candidate)}%"
        if raw.execute("SELECT 1 FROM tickets WHERE search_norm LIKE ? LIMIT 1", (pattern,)).fetchone() is None:
            pool.append(candidate)
    nothing = [pool[i % len(pool)] for i in range(n)]

    return {
        "name part, ي/ك typed for ی/ک": names,
        "mobile piece, 4-6 digits": mobiles,
        "rare: whole serial or mobile": rare,
        "no match": nothing,
    }


def unit_inputs(raw: sqlite3.Connection, rng: random.Random, n: int,
                fragments: dict[str, list[str]]) -> dict[str, list[str]]:
    """What a clerk types in the units list: a 4-6 character piece of a unit's serial (as stored
    or lower-case), and the name parts, mobile pieces and nothing of the ticket search."""
    top = raw.execute("SELECT max(id) FROM assets").fetchone()[0]
    pieces = []
    for i, serial in enumerate(_column_by_id(raw, "SELECT serial FROM assets WHERE id = ?", _sample_ids(rng, top, n))):
        length = rng.randint(4, min(6, len(serial)))
        at = rng.randint(0, len(serial) - length)
        piece = serial[at:at + length]
        pieces.append(piece.lower() if i % 2 else piece)
    return {"serial piece, 4-6 characters": pieces,
            **{k: v for k, v in fragments.items() if k != "rare: whole serial or mobile"}}


# --------------------------------------------------------------------------- the two ways

COVERAGE_ASSET_SQL = """
SELECT a.id, a.version, a.serial, a.customer_id, a.purchase_date, a.seller, a.invoice_no,
       p.id, p.brand, p.model, p.category, p.default_warranty_months, p.maintenance_interval_months,
       c.name, c.mobile
FROM assets a JOIN products p ON p.id = a.product_id LEFT JOIN customers c ON c.id = a.customer_id
WHERE a.serial_norm = ?"""
COVERAGE_WARRANTIES_SQL = """
SELECT id, version, kind, start_date, end_date, terms, voided_on, void_reason
FROM warranties WHERE asset_id = ? ORDER BY start_date"""
COVERAGE_CONTRACTS_SQL = """
SELECT k.id, k.number, k.start_date, k.end_date, k.cancelled_on, k.visits_included, k.visits_used
FROM contract_assets ca JOIN contracts k ON k.id = ca.contract_id WHERE ca.asset_id = ?"""

SEARCH_SQL = """
SELECT t.id, t.number, t.opened_at, t.status, c.name, c.mobile, a.serial, p.brand, p.model,
       t.fault, t.coverage, t.promised_date
FROM tickets t JOIN customers c ON c.id = t.customer_id
LEFT JOIN assets a ON a.id = t.asset_id LEFT JOIN products p ON p.id = a.product_id
WHERE t.search_norm LIKE ? ESCAPE '\\'
ORDER BY t.opened_at DESC, t.id DESC LIMIT ?"""


def service_coverage(desk) -> Callable[[str], Any]:
    from app.services.units import lookup_coverage

    def run(serial: str) -> int:
        return lookup_coverage(desk, serial).id
    return run


def raw_coverage(raw: sqlite3.Connection) -> Callable[[str], Any]:
    from app.locale.text import normalize_serial

    def run(serial: str) -> int:
        asset = raw.execute(COVERAGE_ASSET_SQL, (normalize_serial(serial),)).fetchone()
        raw.execute(COVERAGE_WARRANTIES_SQL, (asset[0],)).fetchall()
        raw.execute(COVERAGE_CONTRACTS_SQL, (asset[0],)).fetchall()
        return asset[0]
    return run


def service_search(desk) -> Callable[[str], Any]:
    from app.services.listing import TICKETS

    def run(fragment: str) -> list[int]:
        return [r.id for r in TICKETS.page(desk, fragment, 0, PAGE)]
    return run


def raw_search(raw: sqlite3.Connection) -> Callable[[str], Any]:
    from app.locale.text import normalize_search
    from app.services.common import like_pattern

    def run(fragment: str) -> list[int]:
        rows = raw.execute(SEARCH_SQL, (like_pattern(normalize_search(fragment)), PAGE)).fetchall()
        return [r[0] for r in rows]
    return run


def _likes(fragment: str, columns: list[tuple[str, tuple[str, ...]]]) -> tuple[str, list[str]]:
    """The service's OR of LIKEs for what was typed, as SQL text: each column with the readings of
    the fragment it is searched by (app.services.common.search_terms)."""
    from app.services.common import search_terms

    terms = search_terms(fragment)
    parts, params = [], []
    for column, keys in columns:
        for pattern in terms.patterns(*keys):
            parts.append(f"{column} LIKE ? ESCAPE '\\'")
            params.append(pattern)
    return " OR ".join(parts) or "0", params


TICKET_SCAN_SQL = SEARCH_SQL.replace("WHERE t.search_norm LIKE ? ESCAPE '\\'", "WHERE {likes}")

CUSTOMER_SCAN_SQL = """
SELECT id, name, mobile, phone, city, vip, archived_at IS NOT NULL FROM customers
WHERE ({likes}) AND archived_at IS NULL ORDER BY name_norm, id LIMIT ?"""

UNIT_SCAN_SQL = """
SELECT w.id, a.serial, p.brand, p.model, a.customer_id, c.name, w.kind, w.start_date, w.end_date, w.voided_on,
       w.asset_id
FROM warranties w JOIN assets a ON a.id = w.asset_id JOIN products p ON p.id = a.product_id
LEFT JOIN customers c ON c.id = a.customer_id
WHERE ({likes}) AND w.asset_id NOT IN (SELECT id FROM assets WHERE archived_at IS NOT NULL)
ORDER BY w.end_date, w.id LIMIT ?"""

SCANS = {
    "tickets": (TICKET_SCAN_SQL, [("t.search_norm", ("fold", "digits", "serial"))]),
    "customers": (CUSTOMER_SCAN_SQL, [("name_norm", ("fold",)), ("mobile_key", ("digits",)),
                                      ("phone_key", ("digits",))]),
    "units": (UNIT_SCAN_SQL, [("a.serial_norm", ("serial",)), ("c.name_norm", ("fold",)),
                              ("c.mobile_key", ("digits",))]),
}
"""Each list's own search as a plain LIKE scan (no index), the way the service read it before
the trigram indexes: the rows the indexed search must return."""


def raw_scan(raw: sqlite3.Connection, which: str) -> Callable[[str], Any]:
    sql, columns = SCANS[which]

    def run(fragment: str) -> list[int]:
        likes, params = _likes(fragment, columns)
        return [r[0] for r in raw.execute(sql.format(likes=likes), (*params, PAGE)).fetchall()]
    return run


def service_list(desk, kind) -> Callable[[str], Any]:
    def run(fragment: str) -> list[int]:
        return [r.id for r in kind.page(desk, fragment, 0, PAGE)]
    return run


def service_search_sql(desk, fragment: str) -> tuple[str, list[Any]]:
    """The SQL text and parameters the service sends for a fragment (for --explain and the
    'service SQL, raw' diagnostic)."""
    from app.services.listing import TICKETS

    with desk.store.read() as session:
        statement = TICKETS.statement(desk, fragment, session).order_by(*TICKETS.order(desk)).offset(0).limit(PAGE)
    compiled = statement.compile(dialect=desk.store.engine.dialect, compile_kwargs={"render_postcompile": True})
    return str(compiled), [compiled.params[k] for k in compiled.positiontup]


# --------------------------------------------------------------------------- measuring

@dataclass
class Line:
    group: str
    label: str
    service: Timing
    raw: Timing
    hits: float
    mismatches: int
    budget_ms: float
    budget_ratio: float | None = None
    service_ns: list[int] = field(default_factory=list, repr=False)
    raw_ns: list[int] = field(default_factory=list, repr=False)
    budget_p95_ms: float | None = None
    scanned: float | None = None
    """Mean rows the plain LIKE scan of the same search returned, on the inputs compared."""
    differing: int = 0
    """Inputs for which the service returned other rows (or another order) than that scan."""
    compared: int = 0
    found_compared: float | None = None
    """Mean rows the service returned on the inputs compared."""

    @property
    def ratio(self) -> float:
        return self.service.median_ms / self.raw.median_ms

    @property
    def verdict(self) -> str:
        ok = self.service.median_ms <= self.budget_ms
        if self.budget_p95_ms is not None:
            ok = ok and self.service.p95_ms <= self.budget_p95_ms
        if self.budget_ratio is not None:
            ok = ok and self.ratio <= self.budget_ratio
        return "PASS" if ok else "MISS"

    @property
    def budget(self) -> str:
        text = f"<= {self.budget_ms:g} ms"
        if self.budget_p95_ms is not None:
            text += f", p95 <= {self.budget_p95_ms:g}"
        return text + (f" & <= {self.budget_ratio:g}x raw" if self.budget_ratio is not None else "")

    @property
    def rows(self) -> str:
        if self.scanned is None:
            return f"{self.hits:.0f}"
        found = self.hits if self.found_compared is None else self.found_compared
        return f"{found:.0f}/{self.scanned:.0f}" + ("" if not self.differing else f" ({self.differing}!)")


def measure(group: str, label: str, inputs: list[str], service: Callable[[str], Any],
            raw: Callable[[str], Any], budget_ms: float, budget_ratio: float | None,
            hits: Callable[[Any], int], *, warmup: list[str] | None = None, pretouch: bool = False,
            raw_inputs: list[str] | None = None, scan: Callable[[str], Any] | None = None,
            raw_limit: int | None = None, budget_p95_ms: float | None = None) -> Line:
    """Warm both ways up, then time them one input after the other, alternating which goes
    first. With `pretouch`, each input is first run untimed both ways, so both time a unit
    whose pages are already in their connection's cache (the CPU cost of the lookup); without
    it, whichever goes first reads the pages. With `raw_inputs`, the raw SQL gets other inputs
    than the service (so that both read pages nobody has read yet); results are not compared.
    With `scan`, each input's service result is compared with what `scan` returns (untimed);
    without it, with the raw SQL's. `raw_limit`: the raw SQL is timed on that many inputs only
    (the service on all of them)."""
    for value in warmup if warmup is not None else inputs[:WARMUP]:
        service(value)
        if raw_limit is None:
            raw(value)
    s_ns, r_ns, found, mismatches, scanned, compared, found_compared = [], [], 0, 0, 0, 0, 0
    clock = time.perf_counter_ns
    for i, value in enumerate(inputs):
        raw_value = value if raw_inputs is None else raw_inputs[i]
        timed_raw = raw_limit is None or i < raw_limit
        if pretouch:
            service(value)
            raw(raw_value)
        if not timed_raw:
            t0 = clock(); s_res = service(value); s_ns.append(clock() - t0); r_res = None
        elif i % 2:
            t0 = clock(); r_res = raw(raw_value); t1 = clock(); s_res = service(value); t2 = clock()
            r_ns.append(t1 - t0); s_ns.append(t2 - t1)
        else:
            t0 = clock(); s_res = service(value); t1 = clock(); r_res = raw(raw_value); t2 = clock()
            s_ns.append(t1 - t0); r_ns.append(t2 - t1)
        if raw_inputs is None and (scan is not None or timed_raw):
            expected = scan(value) if scan is not None else r_res
            mismatches += s_res != expected
            scanned += hits(expected)
            found_compared += hits(s_res)
            compared += 1
        found += hits(s_res)
    line = Line(group, label, summarize(s_ns), summarize(r_ns), found / len(inputs), mismatches,
                budget_ms, budget_ratio, budget_p95_ms=budget_p95_ms,
                scanned=scanned / compared if compared else None,
                differing=mismatches, compared=compared)
    line.service_ns, line.raw_ns = s_ns, r_ns
    line.found_compared = found_compared / compared if compared else None
    return line


def combined(group: str, label: str, lines: list[Line]) -> Line:
    first = lines[0]
    compared = sum(l.compared for l in lines)
    scanned = (sum((l.scanned or 0) * l.compared for l in lines) / compared
               if compared and any(l.scanned is not None for l in lines) else None)
    return Line(group, label, summarize([s for line in lines for s in line.service_ns]),
                summarize([r for line in lines for r in line.raw_ns]),
                sum(l.hits * l.service.n for l in lines) / sum(l.service.n for l in lines),
                sum(l.mismatches for l in lines), first.budget_ms, first.budget_ratio,
                budget_p95_ms=first.budget_p95_ms, scanned=scanned,
                differing=sum(l.differing for l in lines), compared=compared,
                found_compared=(sum((l.found_compared or 0) * l.compared for l in lines) / compared
                                if compared else None))


# --------------------------------------------------------------------------- output

def print_table(lines: list[Line]) -> None:
    header = ("benchmark", "n", "median ms", "p95 ms", "raw med ms", "raw p95 ms", "ratio",
              "rows", "budget", "verdict")
    rows = []
    group = None
    for line in lines:
        if line.group != group:
            group = line.group
            rows.append((group,))
        rows.append((
            "  " + line.label, str(line.service.n), fmt_ms(line.service.median_ms),
            fmt_ms(line.service.p95_ms), fmt_ms(line.raw.median_ms), fmt_ms(line.raw.p95_ms),
            f"{line.ratio:.2f}x", line.rows, line.budget, line.verdict,
        ))
    widths = [max(len(r[i]) for r in [header, *rows] if len(r) > i) for i in range(len(header))]
    right = {1, 2, 3, 4, 5, 6, 7}

    def fmt(r: tuple[str, ...]) -> str:
        if len(r) == 1:
            return r[0]
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r))

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def explain(raw: sqlite3.Connection, desk, fragment: str, serial: str) -> None:
    from sqlalchemy import event

    from app.locale.text import normalize_search
    from app.services.common import like_pattern
    from app.services.units import lookup_coverage

    sent: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        sent.append((statement, parameters))

    event.listen(desk.store.engine, "before_cursor_execute", record)
    try:
        lookup_coverage(desk, serial)
    finally:
        event.remove(desk.store.engine, "before_cursor_execute", record)
    print(f"\nstatements lookup_coverage sends for {serial!r} ({len(sent)}), with SQLite's plans:")
    for statement, parameters in sent:
        one_line = " ".join(statement.split())
        print(f"  {one_line[:150]}{' ...' if len(one_line) > 150 else ''}  {tuple(parameters or ())}")
        if one_line.upper().startswith("SELECT"):
            for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters):
                print("      plan:", row[3])

    print("EXPLAIN QUERY PLAN, coverage (raw asset query):")
    for row in raw.execute("EXPLAIN QUERY PLAN " + COVERAGE_ASSET_SQL, ("X",)):
        print("   ", row[3])
    print("EXPLAIN QUERY PLAN, ticket search (raw, one LIKE):")
    for row in raw.execute("EXPLAIN QUERY PLAN " + SEARCH_SQL, (like_pattern(normalize_search(fragment)), PAGE)):
        print("   ", row[3])
    sql, params = service_search_sql(desk, fragment)
    print(f"ticket search as the service sends it, for {fragment!r}:")
    print("   ", " ".join(sql.split()))
    print("    params:", params)
    for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
        print("   ", row[3])


def profile(label: str, fn: Callable[[str], Any], inputs: list[str], top: int = 25) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for value in inputs:
        fn(value)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"\ncProfile of {len(inputs)} calls, {label} (sorted by cumulative time):")
    print("\n".join(out.getvalue().splitlines()[:top + 12]))
    total = stats.total_tt
    in_sqlite = calls = 0
    for (_, _, name), (_, ncalls, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "sqlite3.Cursor" in name or "sqlite3.Connection" in name:
            in_sqlite += tottime
            calls += ncalls if "execute" in name else 0
    print(f"  summary: {total / len(inputs) * 1000:.3f} ms per call under the profiler, of which "
          f"{in_sqlite / total:.0%} inside sqlite3 (execute/fetch/commit/rollback); "
          f"{calls / len(inputs):.1f} sqlite3 execute calls per call")


# --------------------------------------------------------------------------- writing

def print_writes(raw: sqlite3.Connection, db: CachedDb, n: int) -> None:
    """Opening a ticket, moving it and adding a line through the services, on a copy of the
    database (the cached file stays as it was built), with the trigram indexes' triggers and
    then, on the same copy, without them: what keeping the indexes costs a write."""
    from decimal import Decimal

    from app.domain.kinds import LineKind
    from app.domain.workflow import TicketStatus
    from app.services.tickets import LineInput, TicketInput, add_line, move_ticket, open_ticket

    copy = CachedDb(db.path.with_name(db.path.stem + "-writes.db"), db.revision, db.today, None, False, "")
    for leftover in (copy.path, Path(f"{copy.path}-wal"), Path(f"{copy.path}-shm")):
        leftover.unlink(missing_ok=True)
    target = sqlite3.connect(copy.path)
    raw.backup(target)
    target.close()
    count = min(n, 100)
    owners = raw.execute("SELECT customer_id, id FROM assets WHERE customer_id IS NOT NULL ORDER BY id DESC "
                         "LIMIT ?", (2 * (count + WARMUP),)).fetchall()
    store, desk = open_desk_on(copy)
    print(f"\nwriting a ticket through the services ({count} tickets each way, on a copy of the database):")
    try:
        for label in ("with the index triggers", "without them"):
            steps: dict[str, list[int]] = {"open_ticket": [], "move_ticket": [], "add_line": []}
            for i in range(count + WARMUP):
                customer_id, asset_id = owners.pop()
                t0 = time.perf_counter_ns()
                ticket = open_ticket(desk, TicketInput(customer_id=customer_id, asset_id=asset_id, fault="bench"))
                t1 = time.perf_counter_ns()
                ticket = move_ticket(desk, ticket.id, ticket.version, TicketStatus.DIAGNOSING)
                t2 = time.perf_counter_ns()
                add_line(desk, ticket.id, ticket.version, LineInput(LineKind.LABOR, "bench", unit_price=Decimal(1)))
                t3 = time.perf_counter_ns()
                if i >= WARMUP:
                    for step, ns in zip(steps, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                        steps[step].append(ns)
            for step, ns in steps.items():
                t = summarize(ns)
                verdict = "PASS" if t.median_ms <= WRITE_BUDGET_MS else "MISS"
                print(f"  {label:<24} {step:<12} median {fmt_ms(t.median_ms):>7} ms  p95 {fmt_ms(t.p95_ms):>7}"
                      f"  budget <= {WRITE_BUDGET_MS:g} ms  {verdict}")
            with store.engine.begin() as conn:
                for (trigger,) in conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'").fetchall():
                    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    finally:
        store.close()
        for leftover in (copy.path, Path(f"{copy.path}-wal"), Path(f"{copy.path}-shm")):
            leftover.unlink(missing_ok=True)


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_store", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached 1M-asset database")
    parser.add_argument("--repeat", type=int, default=200, metavar="N",
                        help="timed calls per line of the table (default 200)")
    parser.add_argument("--seed", type=int, default=7, help="seed for picking inputs (default 7)")
    sizes = parser.add_mutually_exclusive_group()
    sizes.add_argument("--small", action="store_true",
                       help="use a small database (10k assets, 1k tickets) to try the benchmark quickly")
    sizes.add_argument("--ten-years", action="store_true",
                       help="use the ten-year database (1,000,000 tickets over 3,650 days, 1M units)")
    parser.add_argument("--explain", action="store_true",
                        help="also print the statements the service sends and SQLite's query plans")
    parser.add_argument("--profile", action="store_true",
                        help="also print cProfile figures for the service calls")
    parser.add_argument("--postgres", action="store_true",
                        help="instead, the search lines on PostgreSQL (a server started on loopback, "
                             "100,000 tickets, built once and cached in bench/.cache/pg-100k)")
    args = parser.parse_args(argv)
    n = max(args.repeat, 1)

    print_machine()
    if args.postgres:
        from bench.bench_store_pg import run_postgres

        return run_postgres(n, args.seed)

    size, name = ((SMALL_SIZE, SMALL_DB_NAME) if args.small else (TEN_YEARS_SIZE, TEN_YEARS_DB_NAME)
                  if args.ten_years else (SIZE, DB_NAME))
    search_budget_ms = TEN_YEARS_SEARCH_BUDGET_MS if args.ten_years else SEARCH_BUDGET_MS
    db: CachedDb = ensure_demo_db(name, size, rebuild=args.rebuild)
    if db.built_now:
        print(f"database: built in {db.build_seconds:.1f} s ({db.reason})")
    else:
        took = f"{db.build_seconds:.1f} s" if db.build_seconds is not None else "unknown"
        print(f"database: {db.reason}; its build took {took}")
    if db.warning:
        print(f"  WARNING: {db.warning}")
    print(f"  file {db.path} ({db.path.stat().st_size / 2**20:.0f} MiB), today = {db.today}")

    store, desk = open_desk_on(db)
    raw = open_raw(db)
    try:
        counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "assets", "warranties", "contract_assets", "tickets")}
        print("  rows " + ", ".join(f"{t} {c:,}" for t, c in counts.items()))
        print(f"  timing: {WARMUP} warm-up calls, then {n} timed calls per line, service and raw "
              f"alternating; inputs drawn with seed {args.seed}\n")

        rng = random.Random(args.seed)
        serials = serial_inputs(raw, rng, n)
        fragments = fragment_inputs(raw, rng, n)

        lines: list[Line] = []
        group = f"coverage lookup by serial ({counts['assets']:,} assets): lookup_coverage vs raw SQL"
        cov_service, cov_raw = service_coverage(desk), raw_coverage(raw)
        cov = [measure(group, label, serials[label], cov_service, cov_raw, COVERAGE_BUDGET_MS,
                       COVERAGE_BUDGET_RATIO, lambda r: 1, warmup=serials["warm-up"], pretouch=True)
               for label in ("serial as stored", "serial lower-case", "serial, Persian digits",
                             "serial, dash inserted")]
        cold = measure(group, "first touch of a unit, as stored", serials["first touch: service"],
                       cov_service, cov_raw, COVERAGE_BUDGET_MS, COVERAGE_BUDGET_RATIO, lambda r: 1,
                       warmup=[], raw_inputs=serials["first touch: raw"])
        lines += [*cov, combined(group, "all spellings", cov), cold]

        from app.services.listing import CUSTOMERS, WARRANTIES

        group = (f"ticket search ({counts['tickets']:,} tickets): TICKETS.page(.., 0, {PAGE}) vs raw SQL "
                 f"(one LIKE scan)")
        ticket_scan = raw_scan(raw, "tickets")
        srch = [measure(group, label, values, service_search(desk), raw_search(raw),
                        search_budget_ms, SEARCH_BUDGET_RATIO, len, scan=ticket_scan,
                        budget_p95_ms=SEARCH_BUDGET_P95_MS)
                for label, values in fragments.items()]
        lines += [*srch, combined(group, "all fragments", srch)]

        group = (f"customer search ({counts['customers']:,} customers): CUSTOMERS.page(.., 0, {PAGE}) "
                 f"vs raw SQL (the same LIKEs, scanned)")
        cust = [measure(group, label, values, service_list(desk, CUSTOMERS), raw_scan(raw, "customers"),
                        search_budget_ms, SEARCH_BUDGET_RATIO, len, budget_p95_ms=SEARCH_BUDGET_P95_MS)
                for label, values in fragments.items()]
        lines += [*cust, combined(group, "all fragments", cust)]

        units = unit_inputs(raw, rng, n, fragments)
        group = (f"unit search ({counts['warranties']:,} warranties of {counts['assets']:,} units): "
                 f"WARRANTIES.page(.., 0, {PAGE}) vs raw SQL (the same LIKEs, scanned; "
                 f"{UNIT_SCANS} inputs a line)")
        unit_lines = [measure(group, label, values, service_list(desk, WARRANTIES), raw_scan(raw, "units"),
                              search_budget_ms, SEARCH_BUDGET_RATIO, len, raw_limit=UNIT_SCANS,
                              budget_p95_ms=SEARCH_BUDGET_P95_MS)
                      for label, values in units.items()]
        lines += [*unit_lines, combined(group, "all fragments", unit_lines)]

        print_table(lines)
        for line in [*cov, *srch, *cust, *unit_lines]:
            if line.differing:
                print(f"note: {line.group.split(' (')[0]}, {line.label}: {line.differing} of {line.compared} "
                      f"inputs gave other rows through the service than through the plain LIKE scan")
        print("\nrows = mean rows returned (search: service/scan, the scan being the plain LIKE scan of the "
              "same search,\nnot timed for tickets; '(k!)' = k inputs with other rows); ratio = service "
              "median / raw median;\nverdicts are information (exit code 0 either way).\n"
              "coverage lines time a unit already read once by each connection (the CPU cost); "
              "'first touch' times units\nnot read before in this run (pages come from the OS "
              "cache). Search lines are timed without a pre-touch.")

        # Where the search time goes: the service's own SQL run raw (no ORM) per fragment kind.
        print("\nticket search, the service's SQL text executed raw (sqlite3, no ORM), median ms:")
        for label, values in fragments.items():
            compiled = [service_search_sql(desk, v) for v in values[: min(n, 50)]]
            for sql, params in compiled[:WARMUP]:
                raw.execute(sql, params).fetchall()
            ns = []
            for sql, params in compiled:
                t0 = time.perf_counter_ns()
                raw.execute(sql, params).fetchall()
                ns.append(time.perf_counter_ns() - t0)
            t = summarize(ns)
            print(f"  {label:<32} n={t.n:<4} median {fmt_ms(t.median_ms):>7}  p95 {fmt_ms(t.p95_ms):>7}")

        print_writes(raw, db, n)

        if args.explain:
            explain(raw, desk, fragments["no match"][0], serials["serial as stored"][0])
        if args.profile:
            profile("lookup_coverage", service_coverage(desk), serials["serial as stored"])
            profile("TICKETS.page, no match", service_search(desk), fragments["no match"][:50])
    finally:
        raw.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
