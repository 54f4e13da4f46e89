"""Signing in before the window: a wrong password is said beside the form and cleared; the
user name is remembered, never the password."""
from __future__ import annotations

from app.i18n import Catalogue
from app.services.accounts import set_password
from app.ui.admin.sign_in import LAST_USER, SignInDialog
from app.ui.ui_state import ui_settings
from tests.ui.conftest import type_text


def test_a_wrong_password_is_said_and_the_right_one_signs_in(open_dialog, desk):
    set_password(desk, "admin", "zard-e-zafaran-7")
    dialog = open_dialog("fa", lambda: SignInDialog(desk.store, Catalogue.load("fa")))
    assert dialog.windowTitle() == "ورود به خدمت"
    type_text(dialog.username, "admin")
    type_text(dialog.password, "wrong-password")
    assert dialog.try_sign_in() is False
    assert dialog.error.text() == "نام کاربری یا رمز عبور نادرست است." and dialog.password.text() == ""
    type_text(dialog.password, "zard-e-zafaran-7")
    assert dialog.try_sign_in() is True and dialog.actor.username == "admin"
    assert ui_settings().value(LAST_USER) == "admin"
    assert "zard" not in str([ui_settings().value(k) for k in ui_settings().allKeys()])
    again = open_dialog("ar", lambda: SignInDialog(desk.store, Catalogue.load("ar")))
    assert again.username.text() == "admin" and again.focusWidget() is again.password, "the password is next"
