"""A damaged database at start: the desk offers the latest good backup and restores it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import app.ui.app
from app.cli import main
from app.locale.display import Locale
from app.services.backups import backup_now
from app.store import open_store
from app.store.backup import list_backups


def damaged_with_a_backup(tmp_path: Path, capsys) -> tuple[Path, Path]:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "--lang", "en", "demo", "--customers", "5"]) == 0
    capsys.readouterr()
    store = open_store(f"sqlite:///{db}")
    good = backup_now(store, "import")
    store.close()
    with db.open("r+b") as f:
        f.write(b"not a database at all")
    return db, good


@pytest.mark.parametrize("answer", ["restore", "quit"])
def test_the_desk_asks_and_restores_the_latest_good_backup(tmp_path, capsys, monkeypatch, qapp, answer):
    db, good = damaged_with_a_backup(tmp_path, capsys)
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        if len(asked) > 1:  # what came of it
            box.buttons()[0].click()
        else:
            (box.defaultButton() if answer == "restore" else box.escapeButton()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    started: list[bool] = []
    monkeypatch.setattr(app.ui.app, "run_gui", lambda desk, catalogue, starting=None: started.append(True) or 0)

    code = main(["--db", str(db), "--lang", "fa", "gui"])

    taken = list_backups(db, tmp_path / "backups")[0].taken
    assert str(good) in asked[0] and Locale.for_language("fa").date(taken) in asked[0]  # in the desk's calendar
    if answer == "restore":
        assert code == 0 and started == [True] and len(asked) == 2
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (5,)
        conn.close()
        assert list((tmp_path / "backups").glob("x-damaged-*.db"))
    else:
        assert code == 2 and started == [] and db.read_bytes().startswith(b"not a database")
