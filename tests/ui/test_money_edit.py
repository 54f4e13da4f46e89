"""An amount typed in Latin digits or in words reads, once the clerk leaves the field, as the
amount Khedmat took it for, in the user's digits and money."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.locale.display import Locale
from app.ui.widgets.money_edit import MoneyEdit
from tests.ui.conftest import type_text


@pytest.fixture
def form(qtbot):
    windows = []

    def make(lang: str) -> tuple[MoneyEdit, QLineEdit]:
        window = QWidget()
        windows.append(window)  # a window nobody holds is deleted
        qtbot.addWidget(window)
        money, after = MoneyEdit(Locale.for_language(lang), window), QLineEdit(window)
        layout = QVBoxLayout(window)
        layout.addWidget(money)
        layout.addWidget(after)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        money.setFocus()
        qtbot.waitUntil(money.hasFocus)
        return money, after

    return make


@pytest.mark.parametrize(("lang", "typed", "shown"), [
    ("fa", "2500000", "۲٬۵۰۰٬۰۰۰ ریال"),
    ("fa", "250 هزار تومان", "۲٬۵۰۰٬۰۰۰ ریال"),
    ("ar", "2500", "٢٬٥٠٠ ر.س"),
])
def test_a_typed_amount_reads_as_money_in_the_users_digits_on_leaving_the_field(form, qtbot, lang, typed, shown):
    money, after = form(lang)
    type_text(money, typed)
    QTest.keyClick(money, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert money.text() == shown
    assert money.isModified(), "still the clerk's edit, for a form that keeps edits on reload"


def test_what_is_not_money_stays_as_typed_for_its_message(form, qtbot):
    money, after = form("fa")
    type_text(money, "دو و نیم")
    QTest.keyClick(money, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert money.text() == "دو و نیم"
