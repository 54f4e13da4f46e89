"""bench_store's search lines on PostgreSQL: a real server on loopback (Debian's binaries, as the
tests start it), 100,000 tickets made by fill_demo, built once and cached in bench/.cache/pg-100k.

    uv run python -m bench.bench_store --postgres [--repeat N] [--seed S]

The service (TICKETS.page, CUSTOMERS.page: the LIKEs, which the planner may answer from the
pg_trgm GIN indexes of migration 0020) against the same statement with bitmap scans switched off
(`SET enable_bitmapscan = off`: PostgreSQL reads GIN indexes only through bitmap scans, so this is
the plain LIKE scan, the floor of the work without the indexes). Rows are compared input by input.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from bench._common import CACHE_DIR, SCHEMA_SOURCES, fingerprint

SIZE = {"customers": 30_000, "assets": 100_000, "tickets": 100_000, "seed": 1}
"""100,000 tickets, with fewer units than the SQLite database (fill_demo on a server is slower)."""
ROOT = CACHE_DIR / "pg-100k"
DATABASE = "khedmat_bench"


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(data: Path) -> Iterator[int]:
    """The server on `data` (made when missing), listening on a free loopback port."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL server binaries are not installed (Debian: apt install postgresql)")
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(data.parent, "postgres", "postgres")
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "khedmat", "-A", "trust",
                                        "-E", "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
    sockets = Path(tempfile.mkdtemp(prefix="khedmat-pg-bench-"))
    if os.geteuid() == 0:
        shutil.chown(sockets, "postgres", "postgres")
    port = _free_port()
    process = subprocess.Popen(_as_server_user([str(bin_dir / "postgres"), "-D", str(data), "-p", str(port),
                                                "-h", "127.0.0.1", "-k", str(sockets)]),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            if subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise SystemExit("PostgreSQL did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=60)
        shutil.rmtree(sockets, ignore_errors=True)


def _ensure_data(port: int) -> tuple[date, str]:
    """The cached database, made when missing or made by other migrations; its 'today' and why
    it was (re)built or reused."""
    import psycopg

    from app.locale.display import Locale
    from app.services.demo import fill_demo
    from app.services.desk import open_desk
    from app.store import open_store

    meta_file = ROOT / "meta.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    schema = fingerprint(SCHEMA_SOURCES)
    if meta.get("schema") == schema and meta.get("size") == SIZE:
        return date.fromisoformat(meta["today"]), (f"reused (built {meta['built_at']} in "
                                                   f"{meta['build_seconds']:.0f} s)")
    with psycopg.connect(f"postgresql://khedmat@127.0.0.1:{port}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    today = date.today()
    started = time.perf_counter()
    store = open_store(f"postgresql+psycopg://khedmat@127.0.0.1:{port}/{DATABASE}")
    try:
        desk = open_desk(store, Locale.for_language("fa"))
        desk.today = lambda: today
        fill_demo(desk, customers=SIZE["customers"], assets=SIZE["assets"], tickets=SIZE["tickets"],
                  seed=SIZE["seed"])
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        store.close()
    seconds = time.perf_counter() - started
    meta = {"size": SIZE, "today": today.isoformat(), "schema": schema, "build_seconds": seconds,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    meta_file.write_text(json.dumps(meta, indent=2) + "\n")
    return today, f"built in {seconds:.0f} s"


class _Qmark:
    """A psycopg connection answering bench_store's sqlite3-style (`?`) input queries."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple = ()) -> Any:
        return self.conn.execute(sql.replace("?", "%s"), params)


def run_postgres(n: int, seed: int) -> int:
    import psycopg

    from app.locale.display import Locale
    from app.services.desk import open_desk
    from app.services.listing import CUSTOMERS, TICKETS
    from app.store import open_store
    from bench.bench_store import (
        PAGE,
        SEARCH_BUDGET_MS,
        SEARCH_BUDGET_P95_MS,
        SEARCH_BUDGET_RATIO,
        combined,
        fragment_inputs,
        measure,
        print_table,
        service_list,
    )

    with server(ROOT / "data") as port:
        today, how = _ensure_data(port)
        url = f"postgresql+psycopg://khedmat@127.0.0.1:{port}/{DATABASE}"
        print(f"database: PostgreSQL on 127.0.0.1:{port}, {how}; today = {today}")
        store = open_store(url)
        desk = open_desk(store, Locale.for_language("fa"))
        desk.today = lambda: today
        raw = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)
        try:
            version = raw.execute("SHOW server_version").fetchone()[0]
            counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("customers", "assets", "tickets")}
            print(f"  server {version}; rows " + ", ".join(f"{t} {c:,}" for t, c in counts.items()))
            print(f"  timing: {n} timed calls per line; the raw SQL is the service's own statement with "
                  f"bitmap scans off (no trigram index)\n")
            fragments = fragment_inputs(_Qmark(raw), random.Random(seed), n)
            raw.execute("SET enable_bitmapscan = off")

            def scanned(kind: Any) -> Callable[[str], list[int]]:
                def run(fragment: str) -> list[int]:
                    with store.read() as session:
                        statement = kind.statement(desk, fragment, session).order_by(*kind.order(desk))
                        statement = kind._filtered(desk, statement, None).limit(PAGE)
                        compiled = statement.compile(dialect=store.engine.dialect,
                                                     compile_kwargs={"render_postcompile": True})
                    return [r[0] for r in raw.execute(str(compiled), compiled.params).fetchall()]
                return run

            lines = []
            for title, kind, table in (("ticket search", TICKETS, "tickets"), ("customer search", CUSTOMERS,
                                                                               "customers")):
                group = (f"{title} on PostgreSQL ({counts[table]:,} {table}): {table.upper()}.page(.., 0, {PAGE}) "
                         f"vs the same SQL without the index")
                found = [measure(group, label, values, service_list(desk, kind), scanned(kind), SEARCH_BUDGET_MS,
                                 SEARCH_BUDGET_RATIO, len, budget_p95_ms=SEARCH_BUDGET_P95_MS)
                         for label, values in fragments.items()]
                lines += [*found, combined(group, "all fragments", found)]
            print_table(lines)
            for line in lines:
                if line.differing:
                    print(f"note: {line.label}: {line.differing} inputs gave other rows with the index than without")
        finally:
            raw.close()
            store.close()
    return 0
