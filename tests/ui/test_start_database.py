"""Starting the window on a database file that is not there: the clerk is asked first."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.cli import EXIT_REFUSED, main
from tests.ui.conftest import answer_next_box


def answer_no(seen: list[str]) -> None:
    answer_next_box(seen, lambda box: box.button(QMessageBox.StandardButton.No).click())


def test_a_missing_database_is_not_made_when_the_clerk_says_no(qapp, tmp_path):
    typo = tmp_path / "khedmta.db"
    seen: list[str] = []
    answer_no(seen)
    assert main(["--db", str(typo), "--lang", "en", "gui"]) == EXIT_REFUSED
    assert str(typo) in seen[0] and "Make a new, empty database there?" in seen[0]
    assert not typo.exists() and list(tmp_path.iterdir()) == []


WINDOW_CLOSED_WHEN_UP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from app.cli import main
from app.ui.main_window import MainWindow

shown = []

def close_once_up():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)  # the first-run questions, answered by closing them
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and not shown:
        shown.append(time.monotonic())
        print("window:", windows[0].windowTitle())
    if not shown or time.monotonic() - shown[0] < 1.5:
        QTimer.singleShot(50, close_once_up)
        return
    windows[0].close()
    QApplication.quit()

QTimer.singleShot(0, close_once_up)
sys.exit(main(sys.argv[1:]))
"""


def test_the_readmes_first_command_opens_the_window_on_demo_data(tmp_path):
    """`khedmat --demo-if-empty`, in a process of its own as the clerk starts it: demo data on
    an empty database, then the window, which stays up until it is closed."""
    import os
    import subprocess
    import sys

    from app.locale.display import Locale
    from app.services.desk import open_desk
    from app.services.listing import CUSTOMERS
    from app.store import open_store

    database = tmp_path / "k.db"
    done = subprocess.run([sys.executable, "-c", WINDOW_CLOSED_WHEN_UP, "--db", str(database), "--create",
                           "--lang", "fa", "--demo-if-empty"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "window:" in done.stdout
    store = open_store(f"sqlite:///{database}")
    try:
        assert CUSTOMERS.count(open_desk(store, Locale.for_language("fa"))) == 300
    finally:
        store.close()


SIGNED_IN_WHEN_ASKED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.cli import main
from app.ui.admin.sign_in import SignInDialog
from app.ui.main_window import MainWindow

def step():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SignInDialog) and widget.isVisible():
            widget.username.setText("admin")
            widget.password.setText(sys.argv[1])
            if not widget.try_sign_in():
                print("asked:", widget.error.text())
                widget.reject()  # the clerk gives up: nothing opens
        if isinstance(widget, MainWindow) and widget.isVisible():
            print("window as:", widget.desk.actor.username)
            widget.close()
            QApplication.quit()
            return
    QTimer.singleShot(50, step)

QTimer.singleShot(0, step)
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("password", "signed_in"), [("zard-e-zafaran-7", True), ("not-the-one-9", False)])
def test_the_window_asks_who_signs_in_once_a_password_is_set(tmp_path, password, signed_in):
    import os
    import subprocess
    import sys

    database = tmp_path / "shop.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KHEDMAT_NEW_PASSWORD": "zard-e-zafaran-7"}
    subprocess.run([sys.executable, "-m", "app", "--db", str(database), "--create", "user", "passwd", "admin"],
                   check=True, env=env, capture_output=True, timeout=60)
    done = subprocess.run([sys.executable, "-c", SIGNED_IN_WHEN_ASKED, password, "--db", str(database),
                           "--lang", "en"], capture_output=True, text=True, env=env, timeout=60)
    assert ("window as: admin" in done.stdout) is signed_in
    assert done.returncode == (0 if signed_in else 1), done.stderr
    if not signed_in:
        assert "asked: The user name or the password is wrong." in done.stdout
