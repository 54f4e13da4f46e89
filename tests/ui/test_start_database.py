"""Starting the window on a database file that is not there: the clerk is asked first."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli import EXIT_REFUSED, main


def answer_no(seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)


def test_a_missing_database_is_not_made_when_the_clerk_says_no(qapp, tmp_path):
    typo = tmp_path / "khedmta.db"
    seen: list[str] = []
    answer_no(seen)
    assert main(["--db", str(typo), "--lang", "en", "gui"]) == EXIT_REFUSED
    assert str(typo) in seen[0] and "Make a new, empty database there?" in seen[0]
    assert not typo.exists() and list(tmp_path.iterdir()) == []
