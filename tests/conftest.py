"""Shared fixtures: a fresh SQLite file per test, a desk acting as the administrator.

Qt runs offscreen; tests that need the GUI use pytest-qt's `qtbot` with the `window` fixture
from tests/ui/conftest.py.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.locale.display import Locale  # noqa: E402
from app.services.desk import Desk, open_desk  # noqa: E402
from app.store import Store, open_store  # noqa: E402

TODAY = date(2025, 6, 15)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data folder, log or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KHEDMAT_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("KHEDMAT_DATABASE_URL", raising=False)
    monkeypatch.delenv("KHEDMAT_LANG", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "khedmat.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database built by the migrations; each test starts from a copy (much faster)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def store(db_path: Path, migrated_template: Path) -> Store:
    shutil.copyfile(migrated_template, db_path)
    store = open_store(f"sqlite:///{db_path}")
    yield store
    store.close()


def make_desk(store: Store, lang: str = "fa", today: date = TODAY) -> Desk:
    desk = open_desk(store, Locale.for_language(lang))
    desk.today = lambda: today
    return desk


@pytest.fixture
def desk(store: Store) -> Desk:
    """Persian desk (Jalali calendar, Iranian numbers) whose today is 2025-06-15."""
    return make_desk(store, "fa")


@pytest.fixture
def desk_ar(store: Store) -> Desk:
    """Arabic desk (Umm al-Qura calendar, Saudi numbers) whose today is 2025-06-15."""
    return make_desk(store, "ar")


@contextmanager
def write_lock_held(db: Path) -> Iterator[sqlite3.Connection]:
    """Another connection in a write transaction on `db` (BEGIN IMMEDIATE, a row written,
    not committed), as a running import holds it."""
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE customers SET notes = notes || ' ' WHERE id = 1")
        yield other
        assert other.in_transaction, "the lock was held all along"
    finally:
        other.execute("ROLLBACK")
        other.close()
