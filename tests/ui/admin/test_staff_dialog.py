"""Staff and accounts on screen, the administrator's: add a clerk and a technician without
sign-in, give a new password, disable."""
from __future__ import annotations

import pytest

from app.domain.kinds import Role
from app.services.accounts import SignInRefused, sign_in
from app.ui.admin.staff_dialog import StaffDialog
from tests.ui.conftest import type_text


def test_the_administrator_adds_gives_a_password_and_disables(open_dialog, desk, monkeypatch):
    dialog = open_dialog("fa", lambda: StaffDialog(desk))
    assert dialog.windowTitle() == "کارکنان و حساب‌ها"
    type_text(dialog.username, "sara")
    type_text(dialog.full_name, "سارا رضایی")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK))
    type_text(dialog.password, "short")
    assert dialog.add() is None and "۸" in dialog.errors.text("password")
    dialog.password.clear()
    type_text(dialog.password, "qahve-ba-shir-2")
    assert dialog.add().username == "sara"
    type_text(dialog.username, "hasan")
    type_text(dialog.full_name, "حسن تعمیرکار")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TECHNICIAN))
    assert dialog.add() is not None
    rows = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount()) for c in (0, 2, 3)]
    assert rows == ["admin", "مدیر سیستم", "بدون ورود", "hasan", "تکنسین", "بدون ورود", "sara", "کارمند پذیرش", "ورود دارد"]
    dialog.view.setCurrentIndex(dialog.view.model().index(2, 0))
    prompt = dialog.change_password()
    type_text(prompt.password, "chay-e-lahijan-4")
    type_text(prompt.repeated, "chay-e-lahijan-4")
    assert prompt.check()
    assert sign_in(desk.store, "sara", "chay-e-lahijan-4").role is Role.CLERK
    monkeypatch.setattr("app.ui.admin.staff_dialog.confirm", lambda *args: True)
    assert dialog.disable()
    with pytest.raises(SignInRefused):
        sign_in(desk.store, "sara", "chay-e-lahijan-4")


def test_escape_with_an_account_half_typed_asks_first(open_dialog, desk, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_next_box

    dialog = open_dialog("ar", lambda: StaffDialog(desk))
    type_text(dialog.username, "sara")
    seen: list[str] = []
    answer_next_box(seen, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert seen == ["إغلاق دون إضافة الحساب الذي بدأته؟"] and dialog.isVisible()
