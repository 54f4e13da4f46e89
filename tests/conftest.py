"""Shared fixtures: a fresh SQLite file per test, a desk acting as the administrator.

Qt runs offscreen; tests that need the GUI use pytest-qt's `qtbot` with the `window` fixture
from tests/ui/conftest.py.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):
    # PySide6 6.12.0 on Python 3.11 drops one reference to None on every Qt call that returns
    # None (measured: 1000 QWidget.setVisible calls take None's count from 5170 to 4171); a
    # long enough test session then aborts at exit with "none_dealloc: deallocating None".
    # Python 3.12 makes None immortal. References held by a list that is never freed keep the
    # count above zero for a test session.
    _NONE_GUARD = [None] * 2_000_000
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_NONE_GUARD))

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
