"""Signing in before the window opens, on a database whose accounts have passwords. The last
user name is remembered on this PC, never the password."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP, Catalogue
from app.services.accounts import sign_in
from app.services.desk import Actor
from app.store import Store
from app.ui.fonts import load_app_font
from app.ui.ui_state import ui_settings

LAST_USER = "sign_in/last_user"


class SignInDialog(QDialog):
    """Worded from the catalogue itself: it opens before the window installs its translators."""

    def __init__(self, store: Store, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.catalogue = store, catalogue
        self.actor: Actor | None = None
        words = self._words
        self.setWindowTitle(words(QT_TRANSLATE_NOOP("SignIn", "Sign in to Khedmat")))
        self.username = QLineEdit(self)
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # user names are Latin
        self.username.setText(str(ui_settings().value(LAST_USER, "") or ""))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(words(QT_TRANSLATE_NOOP("SignIn", "User name:")), self.username)
        form.addRow(words(QT_TRANSLATE_NOOP("SignIn", "Password:")), self.password)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(words(QT_TRANSLATE_NOOP("SignIn", "Sign in")),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(words(QT_TRANSLATE_NOOP("SignIn", "Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        (self.password if self.username.text() else self.username).setFocus()

    def _words(self, text: str) -> str:
        return self.catalogue.translate("SignIn", text)

    def try_sign_in(self) -> bool:
        try:
            self.actor = sign_in(self.store, self.username.text(), self.password.text())
        except KhedmatError as error:
            self.error.setText(error.message(self.catalogue.translate))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return False
        ui_settings().setValue(LAST_USER, self.actor.username)
        self.accept()
        return True


def ask_to_sign_in(store: Store, catalogue: Catalogue) -> Actor | None:
    """The account the clerk signed in with; None when they closed the question."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(load_app_font())
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if catalogue.rtl else Qt.LayoutDirection.LeftToRight)
    dialog = SignInDialog(store, catalogue)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
