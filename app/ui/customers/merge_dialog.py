"""Merge with another customer: pick them by name or mobile, see both side by side with what
moves and which of their details are kept only in the history, then confirm."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, KhedmatError
from app.locale.text import isolate_ltr
from app.services.changes import describe_change
from app.services.customers import CustomerRecord, find_customers, get_customer
from app.services.desk import Desk
from app.services.merge import MergePlan, merge_customers, plan_merge
from app.ui import messages
from app.ui.retranslating import Retranslating

MATCHES_SHOWN = 20
SEARCH_DELAY_MS = 200
DETAILS = ("name", "mobile", "phone", "email", "city", "address", "national_id", "company")
PHONES = ("mobile", "phone")
KEPT_COLOUR = QColor("#7a4a00")
"""A detail of the other customer that is kept only in the history."""
KEPT_STYLE = f"color: {KEPT_COLOUR.name()};"


class MergeDialog(Retranslating, QDialog):
    """`merged` holds the kept customer as saved once the merge is done (accepted)."""

    def __init__(self, desk: Desk, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.keep_id = desk, keep_id
        self.keep: CustomerRecord = get_customer(desk, keep_id)
        self.plan: MergePlan | None = None
        self.merged: CustomerRecord | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.compare = QTableWidget(len(DETAILS) + 5, 2, self)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setWordWrap(True)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.kept_label = QLabel(self)
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet(KEPT_STYLE)
        self.merge_button = QPushButton(self)
        self.merge_button.setAutoDefault(False)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._take_first)
        self.matches.currentItemChanged.connect(self._picked)
        self.matches.itemActivated.connect(lambda _item: self.merge_button.setFocus())

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.compare, 1)
        layout.addWidget(self.kept_label)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_plan()
        self.search.setFocus()
        self.resize(760, 720)

    # -- picking the other customer --------------------------------------------------------

    def find(self) -> None:
        """The customers matching what was typed (name, mobile in any digits, a serial)."""
        self._timer.stop()
        text = self.search.text()
        found = [c for c in find_customers(self.desk, text, limit=MATCHES_SHOWN) if c.id != self.keep_id] \
            if text.strip() else []
        self.matches.blockSignals(True)
        self.matches.clear()
        for record in found:
            parts = [record.name, isolate_ltr(self.desk.locale.phone(record.mobile)), record.city]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        self.matches.blockSignals(False)
        self.plan = None
        self._show_plan()

    def _take_first(self) -> None:
        if self._timer.isActive():
            self.find()
        if self.matches.count():
            self.matches.setCurrentRow(0)
            self.matches.setFocus()

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.plan = None
        if item is not None:
            try:
                self.plan = plan_merge(self.desk, self.keep_id, item.data(Qt.ItemDataRole.UserRole))
            except KhedmatError as error:
                messages.show_error(self, error)
        self._show_plan()

    # -- showing what will happen ----------------------------------------------------------

    def _value(self, record: CustomerRecord, field: str) -> str:
        value = getattr(record, field) or ""
        return isolate_ltr(self.desk.locale.phone(value)) if field in PHONES and value else value

    def _show_plan(self) -> None:
        plan, digits = self.plan, self.desk.locale.digits
        other = plan.other if plan is not None else None
        kept_fields = {c.field for c in plan.details.kept} if plan is not None else set()
        for row, field in enumerate(DETAILS):
            self._cell(row, 0, self._value(self.keep, field))
            self._cell(row, 1, self._value(other, field) if other is not None else "", field in kept_fields)
        for offset, name in enumerate(("units", "tickets", "contracts", "followups", "entries")):
            row = len(DETAILS) + offset
            self._cell(row, 0, digits(getattr(plan.staying, name)) if plan is not None else "")
            self._cell(row, 1, self._moves_text(getattr(plan.moving, name)) if plan is not None else "")
        self.compare.resizeRowsToContents()
        tr, locale = QCoreApplication.translate, self.desk.locale
        if plan is not None and plan.details.kept:
            lines = "\n".join("• " + describe_change(c, tr, locale) for c in plan.details.kept)
            self.kept_label.setText(self.tr("These details of the other customer differ and are not taken; "
                                            "the merge's history entry keeps them:") + "\n" + lines)
        else:
            self.kept_label.setText("")
        self.kept_label.setVisible(bool(self.kept_label.text()))
        self.merge_button.setEnabled(plan is not None)

    def _moves_text(self, count: int) -> str:
        return self.tr("{count} will move here").format(count=self.desk.locale.digits(count)) if count else \
            self.desk.locale.digits(0)

    def _cell(self, row: int, column: int, text: str, kept_only_in_history: bool = False) -> None:
        item = QTableWidgetItem(text)
        if kept_only_in_history:
            item.setForeground(QBrush(KEPT_COLOUR))
            item.setToolTip(self.tr("Differs: kept in the history, not taken"))
        self.compare.setItem(row, column, item)

    # -- merging ---------------------------------------------------------------------------

    def _confirm(self, question: str) -> bool:
        return messages.confirm(self, question, self.tr("Merge"))

    def merge(self) -> bool:
        """Ask once more, then merge; True when the merge was done (the dialog is accepted)."""
        plan = self.plan
        if plan is None:
            return False
        question = self.tr("Merge {other} into {keep}? Their units, tickets and history move to {keep}, "
                           "and {other} is removed. This cannot be undone.").format(
            other=plan.other.name, keep=plan.keep.name)
        if not self._confirm(question):
            return False
        try:
            self.merged = merge_customers(self.desk, plan.keep.id, plan.keep.version, plan.other.id,
                                          plan.other.version)
        except Conflict as error:
            messages.show_error(self, error)
            self.keep = get_customer(self.desk, self.keep_id)
            self._picked(self.matches.currentItem())
            return False
        except KhedmatError as error:
            messages.show_error(self, error)
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge with another customer — {name}").format(name=self.keep.name))
        self.intro.setText(self.tr("Find the customer who is the same person as {name}. Everything of theirs "
                                   "moves to {name}; details {name} lacks are taken from them.")
                           .format(name=self.keep.name))
        self.search_label.setText(self.tr("&Other customer (name, mobile or serial):"))
        self.search.setPlaceholderText(self.tr("Type a name or a mobile…"))
        self.compare.setHorizontalHeaderLabels([self.tr("Kept: {name}").format(name=self.keep.name),
                                                self.tr("Merged into it")])
        texts = {"name": self.tr("Name"), "mobile": self.tr("Mobile"), "phone": self.tr("Phone"),
                 "email": self.tr("Email"), "city": self.tr("City"), "address": self.tr("Address"),
                 "national_id": self.tr("National ID"), "company": self.tr("Company name")}
        rows = [texts[f] for f in DETAILS] + [self.tr("Units"), self.tr("Tickets"), self.tr("Contracts"),
                                              self.tr("Follow-ups"), self.tr("History entries")]
        self.compare.setVerticalHeaderLabels(rows)
        self.merge_button.setText(self.tr("&Merge…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_plan()
