"""The corrections a clerk makes to a customer as a whole: merge with another customer,
archive or restore, delete one entered by mistake. One set of actions, used by the customer
window and by the customers list; each asks before anything that cannot be undone."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.permissions import Action
from app.errors import KhedmatError
from app.services.archive import (
    HasDependents,
    archive_customer,
    archive_unit,
    delete_customer,
    delete_unit,
    unarchive_customer,
    unarchive_unit,
)
from app.services.customers import CustomerRecord, get_customer
from app.services.desk import Desk
from app.services.units import AssetRecord
from app.ui import messages
from app.ui.customers.merge_dialog import MergeDialog


class CustomerCorrections(QObject):
    """`current()` gives the customer the actions apply to (None: no customer chosen)."""

    changed = Signal(int)
    """The customer was merged into, archived or restored (their id)."""
    removed = Signal(int)
    """The customer was deleted (their id)."""

    def __init__(self, desk: Desk, parent: QWidget, current: Callable[[], int | None]) -> None:
        super().__init__(parent)
        self.desk, self.widget, self.current = desk, parent, current
        self.merge_action = QAction(parent)
        self.archive_action = QAction(parent)
        self.restore_action = QAction(parent)
        self.delete_action = QAction(parent)
        self.merge_action.triggered.connect(self.merge)
        self.archive_action.triggered.connect(self.archive)
        self.restore_action.triggered.connect(self.restore)
        self.delete_action.triggered.connect(self.delete)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.merge_action, self.archive_action, self.restore_action, self.delete_action]

    def update_actions(self, archived: bool | None) -> None:
        """Archive or restore, whichever applies (`archived`); None: no customer, nothing to do."""
        may_remove, may_merge = self.desk.may(Action.DELETE_OR_ARCHIVE), self.desk.may(Action.MERGE_CUSTOMERS)
        for action in (self.archive_action, self.restore_action, self.delete_action):
            action.setEnabled(archived is not None and may_remove)
        self.archive_action.setVisible(not archived)
        self.restore_action.setVisible(bool(archived))
        self.merge_action.setEnabled(archived is False and may_merge)

    def _record(self) -> CustomerRecord | None:
        customer_id = self.current()
        if customer_id is None:
            return None
        try:
            return get_customer(self.desk, customer_id)
        except KhedmatError as error:
            self._show_error(error)
            return None

    # -- the questions (tests answer them) ------------------------------------------------------

    def _confirm(self, question: str, action: str) -> bool:
        return messages.confirm(self.widget, question, action)

    def _run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _show_error(self, error: KhedmatError) -> None:
        messages.show_error(self.widget, error)

    # -- the corrections -------------------------------------------------------------------------

    def merge(self) -> CustomerRecord | None:
        """Pick the other customer and merge them into this one; the kept customer as saved."""
        record = self._record()
        if record is None:
            return None
        dialog = MergeDialog(self.desk, record.id, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not self._run_dialog(dialog) or dialog.merged is None:
            return None
        self.changed.emit(record.id)
        return dialog.merged

    def archive(self) -> bool:
        record = self._record()
        if record is None:
            return False
        question = self.tr("Archive {name}? They leave the lists and the search; their units, tickets and "
                           "history are kept, and they can be restored from the archive.").format(name=record.name)
        if not self._confirm(question, self.tr("Archive")):
            return False
        return self._apply(lambda: archive_customer(self.desk, record.id, record.version), record.id)

    def restore(self) -> bool:
        record = self._record()
        if record is None:
            return False
        return self._apply(lambda: unarchive_customer(self.desk, record.id, record.version), record.id)

    def delete(self) -> bool:
        """Delete the customer after asking; where records depend on them, offer to archive instead."""
        record = self._record()
        if record is None:
            return False
        question = self.tr("Delete {name}? Only a customer entered by mistake, with nothing of theirs "
                           "recorded, can be deleted. The history keeps an entry of it.").format(name=record.name)
        if not self._confirm(question, self.tr("Delete")):
            return False
        try:
            delete_customer(self.desk, record.id, record.version)
        except HasDependents as refused:
            if record.archived_at is not None:
                self._show_error(refused)
            elif self._confirm(messages.error_text(refused), self.tr("Archive")):
                return self._apply(lambda: archive_customer(self.desk, record.id, record.version), record.id)
            return False
        except KhedmatError as error:
            self._show_error(error)
            return False
        self.removed.emit(record.id)
        return True

    def _apply(self, change: Callable[[], object], customer_id: int) -> bool:
        try:
            change()
        except KhedmatError as error:
            self._show_error(error)
            return False
        self.changed.emit(customer_id)
        return True

    def retranslate(self) -> None:
        self.merge_action.setText(self.tr("&Merge with another customer…"))
        self.archive_action.setText(self.tr("&Archive"))
        self.restore_action.setText(self.tr("&Restore from archive"))
        self.delete_action.setText(self.tr("&Delete…"))


class UnitCorrections(QObject):
    """Archive, restore or delete the unit `current()` gives (a row of the customer's units)."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget, current: Callable[[], AssetRecord | None]) -> None:
        super().__init__(parent)
        self.desk, self.widget, self.current = desk, parent, current
        self.archive_action = QAction(parent)
        self.restore_action = QAction(parent)
        self.delete_action = QAction(parent)
        self.archive_action.triggered.connect(self.archive)
        self.restore_action.triggered.connect(self.restore)
        self.delete_action.triggered.connect(self.delete)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.archive_action, self.restore_action, self.delete_action]

    def update_actions(self) -> None:
        unit = self.current()
        for action in self.actions:
            action.setEnabled(unit is not None and self.desk.may(Action.DELETE_OR_ARCHIVE))
        self.archive_action.setVisible(unit is None or unit.archived_at is None)
        self.restore_action.setVisible(unit is not None and unit.archived_at is not None)

    def _confirm(self, question: str, action: str) -> bool:
        return messages.confirm(self.widget, question, action)

    def archive(self) -> bool:
        unit = self.current()
        if unit is None:
            return False
        return self._apply(lambda: archive_unit(self.desk, unit.id, unit.version))

    def restore(self) -> bool:
        unit = self.current()
        if unit is None:
            return False
        return self._apply(lambda: unarchive_unit(self.desk, unit.id, unit.version))

    def delete(self) -> bool:
        """Delete the unit after asking; where a ticket or contract refers to it, offer to archive it."""
        unit = self.current()
        if unit is None:
            return False
        question = self.tr("Delete the unit {serial}? Only a unit registered by mistake, with no ticket or "
                           "contract, can be deleted. The history keeps an entry of it.").format(serial=unit.serial)
        if not self._confirm(question, self.tr("Delete")):
            return False
        try:
            delete_unit(self.desk, unit.id, unit.version)
        except HasDependents as refused:
            if unit.archived_at is not None:
                messages.show_error(self.widget, refused)
            elif self._confirm(messages.error_text(refused), self.tr("Archive")):
                return self._apply(lambda: archive_unit(self.desk, unit.id, unit.version))
            return False
        except KhedmatError as error:
            messages.show_error(self.widget, error)
            return False
        self.changed.emit()
        return True

    def _apply(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except KhedmatError as error:
            messages.show_error(self.widget, error)
            return False
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.archive_action.setText(self.tr("Archive the unit"))
        self.restore_action.setText(self.tr("Restore the unit from archive"))
        self.delete_action.setText(self.tr("Delete the unit…"))
