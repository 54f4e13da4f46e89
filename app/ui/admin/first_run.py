"""The first start on a new shop's database: the shop's name, address and phone (every job
card and receipt is headed with them), and how to begin: demo data to try the desk, a
legacy workbook to import, or nothing.

When it is asked is decided by app.services.first_run (a database with no records whose
company name was never saved). Each of the three ways of beginning saves the shop's details
first, so once answered it is never asked again; Esc or "Decide later" saves nothing and
leaves the question for the next start, since a clerk who closes it has answered nothing.
"""
from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.errors import KhedmatError
from app.services.accounts import check_password, set_first_password
from app.services.company import save_shop_details
from app.services.demo import DEMO_STEPS, fill_demo
from app.services.desk import Desk
from app.services.first_run import needs_first_run
from app.ui.messages import FieldErrors, show_error
from app.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DEMO_CUSTOMERS = 300
"""As many demo customers as `khedmat demo` makes by default."""


class Beginning(StrEnum):
    DEMO = "demo"
    IMPORT = "import"
    EMPTY = "empty"


class FirstRunDialog(Retranslating, QDialog):
    """The shop's details and three ways to begin. Enter in a field starts empty (the choice
    that adds nothing); Tab goes name → address → phone → the three choices."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.beginning: Beginning | None = None
        """How the clerk chose to begin, once the details are saved."""
        self.errors = FieldErrors()

        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.heading.setFont(bold)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 14)
        self.phone = QLineEdit(self)
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers are written left to right
        toward_form = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.phone.setAlignment(toward_form | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        # The administrator's password, chosen now: from the next start the desk asks who signs in.
        self.asks_password = not desk.store.signing_in()
        self.password, self.repeated = QLineEdit(self), QLineEdit(self)
        for edit in (self.password, self.repeated):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = []
        rows = [(self.name, "name"), (self.address, "address"), (self.phone, "phone")]
        if self.asks_password:
            rows += [(self.password, "password"), (self.repeated, "repeated")]
        else:
            self.password.hide()
            self.repeated.hide()
        for widget, field in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            form.addRow(label, self.errors.beside(field, widget, self))
            self.labels.append(label)

        self.begin_label = QLabel(self)
        self.choices = {beginning: QCommandLinkButton(self) for beginning in Beginning}
        for beginning, button in self.choices.items():
            button.setObjectName(f"begin_{beginning.value}")
            button.clicked.connect(lambda _=False, chosen=beginning: self.begin(chosen))
        self.choices[Beginning.EMPTY].setDefault(True)
        self.later = QPushButton(self)
        self.later.setAutoDefault(False)
        self.later.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.begin_label)
        for button in self.choices.values():
            layout.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.later)
        layout.addLayout(bottom)
        last_field = self.repeated if self.asks_password else self.phone
        for before, after in ((self.name, self.address), (self.address, self.phone),
                              (self.phone, self.password), (self.password, self.repeated),
                              (last_field, self.choices[Beginning.DEMO]),
                              (self.choices[Beginning.DEMO], self.choices[Beginning.IMPORT]),
                              (self.choices[Beginning.IMPORT], self.choices[Beginning.EMPTY]),
                              (self.choices[Beginning.EMPTY], self.later)):
            QWidget.setTabOrder(before, after)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.retranslate()
        self.resize(560, self.sizeHint().height())
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def begin(self, beginning: Beginning) -> bool:
        """Save the shop's details and close, to begin as chosen; False (the reason beside its
        field) when they cannot be saved."""
        self.errors.clear()
        try:
            save_shop_details(self.desk, self.name.text(), self.address.toPlainText(), self.phone.text())
            if self.asks_password:  # the details saved stay saved while the password is put right
                check_password(self.password.text(), self.repeated.text())
                set_first_password(self.desk.store, self.password.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"name": self.name, "address": self.address, "phone": self.phone,
                                             "password": self.password, "repeated": self.repeated})
            return False
        self.beginning = beginning
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Khedmat"))
        self.heading.setText(self.tr("Welcome to Khedmat"))
        self.intro.setText(self.tr("The name, address and phone of your shop or company head every job card and "
                                   "receipt. You can change them later under Tools › Settings."))
        texts = [self.tr("Shop or company name"), self.tr("Address"), self.tr("Phone")]
        if self.asks_password:
            texts += [self.tr("Administrator's password"), self.tr("The password again")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.password.setPlaceholderText(self.tr("At least 8 characters; asked at every start"))
        self.name.setPlaceholderText(self.tr("Required"))
        self.begin_label.setText(self.tr("How would you like to begin?"))
        texts = {Beginning.DEMO: (self.tr("Load demo data"), self.tr(
                     "Sample customers, units and tickets to try the desk with. Keep the shop's real records in "
                     "a database of their own.")),
                 Beginning.IMPORT: (self.tr("Import a workbook…"), self.tr(
                     "Bring in the customers, units and jobs of an old Excel log.")),
                 Beginning.EMPTY: (self.tr("Start empty"), self.tr(
                     "Register the first customer when the first unit comes in."))}
        for beginning, (text, description) in texts.items():
            self.choices[beginning].setText(text)
            self.choices[beginning].setDescription(description)
        self.later.setText(self.tr("Decide later"))


def load_demo(window: MainWindow) -> bool:
    """Fill the empty database with demo data under a progress dialog, then show it; False
    (with the reason shown) when it could not be done."""
    desk = window.desk
    progress = QProgressDialog(QCoreApplication.translate("FirstRun", "Loading demo data…"), "", 0, DEMO_STEPS, window)
    progress.setWindowTitle(QCoreApplication.translate("FirstRun", "Load demo data"))
    progress.setCancelButton(None)  # one transaction of a few seconds: nothing to stop halfway
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setValue(0)
    try:
        summary = fill_demo(desk, customers=DEMO_CUSTOMERS, progress=progress.setValue)
    except KhedmatError as error:
        show_error(window, error)
        return False
    finally:
        progress.close()
        progress.deleteLater()
    window.refresh()
    count = summary.customers
    window.statusBar().showMessage(
        QCoreApplication.translate("FirstRun", "Demo data loaded: %n customers, with their units and tickets.", "", count).replace(
            str(count), desk.locale.digits(count)), 10000)
    return True


def begin(window: MainWindow, beginning: Beginning | None) -> None:
    """Do what the clerk chose in the first-run dialog."""
    if beginning is Beginning.DEMO:
        load_demo(window)
    elif beginning is Beginning.IMPORT:
        window.import_legacy()


def offer_first_run(window: MainWindow) -> FirstRunDialog | None:
    """On a new shop's database, ask for its details and how to begin, over the main window;
    None when there is nothing to ask (or this desk may not save the shop's details)."""
    desk = window.desk
    if not desk.may(Action.COMPANY_SETTINGS) or not needs_first_run(desk):
        return None
    dialog = FirstRunDialog(desk, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: begin(window, dialog.beginning))
    dialog.open()
    return dialog
