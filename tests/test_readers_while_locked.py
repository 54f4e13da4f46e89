"""Read-only work answers while another clerk or an import holds the write lock (SQLite, WAL):
readers in WAL mode never wait for a writer, so nothing read-only may begin a write."""
from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import write_lock_held


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("busy") / "k.db"
    assert main(["--db", str(db), "--lang", "en", "demo", "--customers", "30"]) == 0
    return db


def timed(*args: str) -> tuple[int, float]:
    start = time.perf_counter()
    code = main(list(args))
    return code, time.perf_counter() - start


def test_lookup_export_and_jobcard_answer_while_a_writer_holds_the_lock(demo_db, tmp_path, capsys):
    exported = tmp_path / "t.csv"
    with write_lock_held(demo_db):
        code, export_s = timed("--db", str(demo_db), "--lang", "en", "export", "tickets", str(exported))
        assert code == 0, capsys.readouterr().err
        with exported.open(encoding="utf-8-sig", newline="") as f:
            first = next(csv.DictReader(f))
        code, lookup_s = timed("--db", str(demo_db), "--lang", "en", "lookup", first["serial"])
        assert code == 0, capsys.readouterr().err
        code, jobcard_s = timed("--db", str(demo_db), "--lang", "en", "jobcard", first["number"],
                                str(tmp_path / "card.pdf"))
        assert code == 0, capsys.readouterr().err
    assert (tmp_path / "card.pdf").stat().st_size > 0
    # Each waited for nothing: well under the 10 s busy timeout a write would wait.
    assert max(export_s, lookup_s, jobcard_s) < 3, (export_s, lookup_s, jobcard_s)
