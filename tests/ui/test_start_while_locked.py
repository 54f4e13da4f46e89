"""The window starts while an import holds the write lock: starting only reads."""
from __future__ import annotations

import time

from app.locale.display import Locale
from app.services.backups import start_of_day_backup
from app.services.demo import fill_demo
from app.services.desk import open_desk
from app.store import open_store
from app.ui.admin.first_run import offer_first_run
from app.ui.main_window import MainWindow
from tests.conftest import make_desk, write_lock_held


def test_the_window_opens_with_its_lists_while_a_writer_holds_the_lock(qtbot, store, db_path, speak):
    fill_demo(make_desk(store), customers=20)
    speak("fa")
    with write_lock_held(db_path):
        start = time.perf_counter()
        again = open_store(f"sqlite:///{db_path}")  # what `khedmat` does at start, step by step
        try:
            start_of_day_backup(again)
            window = MainWindow(open_desk(again, Locale.for_language("fa")))
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            assert offer_first_run(window) is None
            took = time.perf_counter() - start
        finally:
            again.close()
    assert took < 3, took
