"""The filters above each list: what a clerk narrows a list by, besides typing."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.kinds import Priority, Role, TicketKind, label
from app.domain.workflow import OPEN_STATUSES, TicketStatus, status_label
from app.services.audit_trail import ACTION_LABELS, AUDIT_CONTEXT, NO_ONE, RECORD_LABELS, audit_users
from app.services.desk import Desk
from app.services.listing import FollowUpState, Period
from app.services.staff import list_staff
from app.ui.retranslating import Retranslating
from app.ui.translator import shown
from app.ui.widgets.date_edit import DateEdit

OPEN = "open"


class FilterBar(Retranslating, QWidget):
    """Emits `changed` whenever a filter changes; `filters()` gives them for ListKind.page,
    `describe()` in words for a print-out."""

    changed = Signal()

    def filters(self) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self) -> list[str]:
        """Each filter that narrows the list, in the reader's language (none: every row)."""
        raise NotImplementedError

    def _date_range(self, desk: Desk) -> None:
        """A from–to pair of days behind a checkbox (off: every day), the last 30 days at first;
        `dated()` gives the pair when it is on."""
        self.use_dates = QCheckBox(self)
        self.date_from, self.date_to = DateEdit(desk.locale, self), DateEdit(desk.locale, self)
        self.date_from.set_value(desk.today() - timedelta(days=30))
        self.date_to.set_value(desk.today())
        self.to_label = QLabel(self)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.use_dates.isChecked():
            self.changed.emit()

    def dated(self) -> tuple[date | None, date | None]:
        on = self.use_dates.isChecked()
        return (self.date_from.value(), self.date_to.value()) if on else (None, None)

    def _in_rows(self, *rows: tuple[QWidget, ...]) -> None:
        """The bar's widgets on rows of their own: on one, the filter box beside the bar was
        squeezed to a few letters."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)


class TicketFilterBar(FilterBar):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = desk.locale
        self.status = QComboBox(self)
        self.technician = QComboBox(self)
        self.technicians = list_staff(desk, Role.TECHNICIAN)
        self._date_range(desk)
        self.overdue = QCheckBox(self)
        self.mine = QCheckBox(self)
        self.kind, self.priority, self.coverage = QComboBox(self), QComboBox(self), QComboBox(self)
        self._in_rows((self.status, self.technician, self.kind, self.priority, self.coverage),
                      (self.use_dates, self.date_from, self.to_label, self.date_to, self.overdue, self.mine))
        self.retranslate()
        for combo in (self.status, self.technician, self.kind, self.priority, self.coverage):
            combo.currentIndexChanged.connect(self.changed)
        self.mine.toggled.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        status = self.status.currentData()
        opened_from, opened_to = self.dated()
        return {
            "status": sorted(OPEN_STATUSES) if status == OPEN else ([status] if status else None),
            "assignee": self.technician.currentData(),
            "opened_from": opened_from,
            "opened_to": opened_to,
            "overdue": True if self.overdue.isChecked() else None,
            "kind": self.kind.currentData(),
            "priority": self.priority.currentData(),
            "coverage": self.coverage.currentData(),
            "mine": True if self.mine.isChecked() else None,
        }

    def describe(self) -> list[str]:
        words = []
        if self.status.currentData() is not None:
            words.append(self.tr("Status: {status}").format(status=self.status.currentText()))
        if self.technician.currentData() is not None:
            words.append(self.tr("Technician: {name}").format(name=self.technician.currentText()))
        if self.use_dates.isChecked():
            words.append(self.tr("Opened from {start} to {end}").format(
                start=self.locale.date(self.date_from.value()), end=self.locale.date(self.date_to.value())))
        if self.overdue.isChecked():
            words.append(self.overdue.text())
        return words

    def retranslate(self) -> None:
        _refill(self.status, [(self.tr("All statuses"), None), (self.tr("Open jobs"), OPEN)]
                + [(shown(status_label(s)), s.value) for s in TicketStatus])
        _refill(self.technician, [(self.tr("All technicians"), None)]
                + [(t.full_name, t.id) for t in self.technicians])
        self.use_dates.setText(self.tr("Opened from"))
        self.to_label.setText(self.tr("to"))
        self.overdue.setText(self.tr("Overdue only"))
        self.mine.setText(self.tr("My jobs"))
        self.mine.setToolTip(self.tr("Only the jobs assigned to me"))
        _refill(self.kind, [(self.tr("All kinds"), None)] + [(shown(label(k)), k.value) for k in TicketKind])
        _refill(self.priority, [(self.tr("All priorities"), None)]
                + [(shown(label(p)), p.value) for p in Priority])
        _refill(self.coverage, [(self.tr("All coverage"), None), (self.tr("Under warranty"), "warranty"),
                                (self.tr("Under contract"), "contract"), (self.tr("Paid by the customer"), "paid")])


class PeriodFilterBar(FilterBar):
    """Warranties or contracts: running, running out within 30 days, ended, void."""

    def __init__(self, with_void: bool, default: Period | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_void = with_void
        self.period = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period)
        layout.addStretch(1)
        self.retranslate()
        self.period.setCurrentIndex(max(self.period.findData(default.value if default else None), 0))
        self.period.currentIndexChanged.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        return {"period": self.period.currentData()}

    def describe(self) -> list[str]:
        return [self.period.currentText()] if self.period.currentData() is not None else []

    def retranslate(self) -> None:
        choices = [(self.tr("All"), None), (self.tr("Active"), Period.ACTIVE.value),
                   (self.tr("Running out within 30 days"), Period.EXPIRING.value),
                   (self.tr("Ended"), Period.EXPIRED.value)]
        if self.with_void:
            choices.append((self.tr("Void"), Period.VOID.value))
        _refill(self.period, choices)


class CustomerFilterBar(FilterBar):
    """Active customers, or archived ones too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_archived = QCheckBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_archived)
        layout.addStretch(1)
        self.retranslate()
        self.show_archived.toggled.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        return {"archived": self.show_archived.isChecked()}

    def retranslate(self) -> None:
        self.show_archived.setText(self.tr("Show archived"))


class StateFilterBar(FilterBar):
    """One choice of the states a list is filtered by (`retranslate` words and fills them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.retranslate()
        self.state.currentIndexChanged.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        return {"state": self.state.currentData()}

    def describe(self) -> list[str]:
        return [self.state.currentText()] if self.state.currentData() is not None else []


class FollowUpFilterBar(StateFilterBar):

    def retranslate(self) -> None:
        _refill(self.state, [(self.tr("Due now"), FollowUpState.DUE.value),
                             (self.tr("All still to call"), FollowUpState.OPEN.value),
                             (self.tr("Done"), FollowUpState.DONE.value), (self.tr("All"), None)])


class AuditFilterBar(FilterBar):
    """The audit trail: by kind of record, action, account and days; with `record` (its table
    and id), the trail of that one record."""

    def __init__(self, desk: Desk, record: tuple[str, int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale, self.record = desk.locale, record
        self.users = audit_users(desk)
        self.record_type, self.action, self.user = QComboBox(self), QComboBox(self), QComboBox(self)
        self.record_type.setVisible(record is None)
        self._date_range(desk)
        self._in_rows((self.record_type, self.action, self.user),
                      (self.use_dates, self.date_from, self.to_label, self.date_to))
        self.retranslate()
        for combo in (self.record_type, self.action, self.user):
            combo.currentIndexChanged.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        start, end = self.dated()
        return {"record_type": self.record_type.currentData(), "record": self.record,
                "action": self.action.currentData(), "user": self.user.currentData(), "from": start, "to": end}

    def describe(self) -> list[str]:
        words = [combo.currentText() for combo in (self.record_type, self.action, self.user)
                 if combo.currentData() is not None]
        if self.use_dates.isChecked():
            words.append(self.tr("From {start} to {end}").format(
                start=self.locale.date(self.date_from.value()), end=self.locale.date(self.date_to.value())))
        return words

    def retranslate(self) -> None:
        tr = QCoreApplication.translate
        _refill(self.record_type, [(self.tr("All records"), None)] + sorted(
            ((tr(AUDIT_CONTEXT, text), kind) for kind, text in RECORD_LABELS.items())))
        _refill(self.action, [(self.tr("All actions"), None)]
                + [(tr(AUDIT_CONTEXT, text), action) for action, text in ACTION_LABELS.items()])
        _refill(self.user, [(self.tr("Everyone"), None)] + [(name or tr(*NO_ONE), name) for name in self.users])
        self.use_dates.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))


def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a combo's texts (a language change) keeping the chosen entry and staying quiet."""
    current = combo.currentIndex()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(current, 0))
    combo.blockSignals(False)
