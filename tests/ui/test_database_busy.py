"""The window's answer to a save that waited for an import: the clerk reads why, in their
language, and chooses to wait again or not."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseLocked
from app.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import ask_to_wait

BUSY = DatabaseLocked(QT_TRANSLATE_NOOP("Errors", "An import of {file} by {user} is writing to the database. It "
                                                  "keeps the database until it ends, so that it is all or nothing. "
                                                  "Nothing of yours is saved yet: try again when the import has "
                                                  "ended."), file="old.xlsx", user="admin", where="k.db")


def answer(parent: QWidget, button: int, seen: list[str]) -> None:
    def click() -> None:
        box = parent.findChild(QMessageBox, "database_busy")
        seen.extend([box.text(), *(b.text() for b in box.buttons())])
        box.buttons()[button].click()

    QTimer.singleShot(50, click)


@pytest.mark.parametrize(("button", "waits"), [(0, True), (1, False)])
def test_the_clerk_chooses_to_wait_again_or_not(qtbot, speak, button, waits):
    speak("fa")
    form = QWidget()
    qtbot.addWidget(form)
    seen: list[str] = []
    answer(form, button, seen)
    assert ask_to_wait(BUSY, form) is waits
    assert "old.xlsx" in seen[0] and "admin" in seen[0]
    assert not any("&" in text for text in seen), "no mnemonic on a right-to-left desk"
