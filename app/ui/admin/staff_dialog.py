"""Staff and accounts, for the administrator: clerks, technicians (who may have no sign-in) and
managers; add one, give one a new password, disable one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import Role, label
from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.accounts import (
    AccountRecord,
    add_account,
    check_password,
    disable_account,
    list_accounts,
    set_password,
)
from app.services.desk import Desk
from app.ui.messages import FieldErrors, confirm, confirm_discard, show_error
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.translator import person, shown

ROLES = (Role.CLERK, Role.TECHNICIAN, Role.MANAGER)
"""What an account can be given; the administrator is the one the database began with."""


DISABLED = QT_TRANSLATE_NOOP("StaffDialog", "Disabled")
SIGNS_IN = QT_TRANSLATE_NOOP("StaffDialog", "Signs in")
NO_SIGN_IN = QT_TRANSLATE_NOOP("StaffDialog", "No sign-in")


def _state(account: AccountRecord) -> str:
    text = DISABLED if not account.active else SIGNS_IN if account.signs_in else NO_SIGN_IN
    return QCoreApplication.translate("StaffDialog", text)


def account_columns() -> list[RecordColumn[AccountRecord]]:
    return [
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "User name"), lambda a: a.username),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda a: person(a.full_name)),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Role"), lambda a: shown(label(a.role))),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Sign-in"), _state),
    ]


class PasswordPrompt(Retranslating, QDialog):
    """A new password, typed twice."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.errors = FieldErrors()
        self.password, self.repeated = QLineEdit(self), QLineEdit(self)
        for edit in (self.password, self.repeated):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password_label, self.repeated_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.password_label, self.errors.beside("password", self.password, self))
        form.addRow(self.repeated_label, self.errors.beside("repeated", self.repeated, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def check(self) -> bool:
        self.errors.clear()
        try:
            check_password(self.password.text(), self.repeated.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"password": self.password, "repeated": self.repeated})
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New password for {user}").format(user=self.username))
        self.password_label.setText(self.tr("New password:"))
        self.repeated_label.setText(self.tr("Again:"))


class StaffDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.errors = FieldErrors()
        self.model: RecordTableModel[AccountRecord] = RecordTableModel(account_columns(), parent=self)
        self.view = record_view(self, self.model, stretch=1)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.password_button, self.disable_button = QPushButton(self), QPushButton(self)
        self.password_button.clicked.connect(self.change_password)
        self.disable_button.clicked.connect(self.disable)

        self.form_box = QGroupBox(self)
        self.username, self.full_name, self.password = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.role = QComboBox(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.field_labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self.form_box)
        for caption, field, widget in zip(self.field_labels, ("username", "full_name", "role", "password"),
                                          (self.username, self.full_name, self.role, self.password), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.beside(field, widget, self.form_box))
        form.addRow("", self.add_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.password_button)
        actions.addWidget(self.disable_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.form_box)
        layout.addWidget(close)
        self.resize(760, 560)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the accounts again, the one selected staying selected."""
        chosen = self.selected()
        self.model.set_rows(list_accounts(self.desk))
        shown_rows = self.view.model()
        for row in range(shown_rows.rowCount()):
            index = shown_rows.index(row, 0)
            if chosen is not None and index.data(RecordTableModel.RowRole).id == chosen.id:
                self.view.setCurrentIndex(index)
        self._update_buttons()

    def selected(self) -> AccountRecord | None:
        index = self.view.currentIndex()
        return index.data(RecordTableModel.RowRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        account = self.selected()
        self.password_button.setEnabled(account is not None and account.active)
        self.disable_button.setEnabled(account is not None and account.active and account.id != self.desk.actor.id)

    def add(self) -> AccountRecord | None:
        self.errors.clear()
        try:
            made = add_account(self.desk, self.username.text(), self.full_name.text(), self.role.currentData(),
                               self.password.text() or None)
        except KhedmatError as error:
            self.errors.report(self, error, {"username": self.username, "full_name": self.full_name,
                                             "password": self.password})
            return None
        for edit in (self.username, self.full_name, self.password):
            edit.clear()
        self.reload()
        return made

    def change_password(self) -> PasswordPrompt | None:
        account = self.selected()
        if account is None:
            return None
        prompt = PasswordPrompt(account.username, self)
        prompt.accepted.connect(lambda: self._set_password(account, prompt.password.text()))
        prompt.open()
        return prompt

    def _set_password(self, account: AccountRecord, password: str) -> None:
        try:
            set_password(self.desk, account.username, password)
        except KhedmatError as error:
            show_error(self, error)
        self.reload()

    def disable(self) -> bool:
        account = self.selected()
        if account is None or not confirm(self, self.tr("Disable {user}? They will no longer sign in; their name "
                                                        "stays on the records they made.").format(
                                                            user=account.full_name), self.tr("Disable")):
            return False
        try:
            disable_account(self.desk, account.username)
        except KhedmatError as error:
            show_error(self, error)
            return False
        self.reload()
        return True

    def reject(self) -> None:
        typed = any(edit.text() for edit in (self.username, self.full_name, self.password))
        if typed and not confirm_discard(self, self.tr("Close without adding the account you began?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff and accounts"))
        self.password_button.setText(self.tr("New password…"))
        self.disable_button.setText(self.tr("Disable…"))
        self.form_box.setTitle(self.tr("New account"))
        for caption, text in zip(self.field_labels, (self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                                     self.tr("Password")), strict=True):
            caption.setText(text)
        self.password.setPlaceholderText(self.tr("Empty: on the staff without signing in (a technician)"))
        self.add_button.setText(self.tr("Add"))
        current = self.role.currentIndex()
        self.role.clear()
        for role in ROLES:
            self.role.addItem(shown(label(role)), role)
        self.role.setCurrentIndex(max(current, 0))
