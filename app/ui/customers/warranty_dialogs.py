"""A manager voids a unit's warranty (a reason from the usual ones or their own, a note, from
which day) or extends it (how many months, and why); each goes in the unit's history."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from app.domain.permissions import Action
from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.company import company_settings
from app.services.desk import Desk
from app.services.unit_edit import get_unit
from app.services.units import AssetRecord, WarrantyRecord, extend_warranty, void_warranty
from app.ui.messages import FieldErrors, confirm_discard, tell
from app.ui.retranslating import Retranslating
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.number_spin import NumberSpin
from app.ui.widgets.short_form import lay_out_short_form

VOID_REASONS = (
    QT_TRANSLATE_NOOP("WarrantyDialogs", "Tampered with (seal broken)"),
    QT_TRANSLATE_NOOP("WarrantyDialogs", "Physical damage"),
    QT_TRANSLATE_NOOP("WarrantyDialogs", "Repaired elsewhere without authorisation"),
    QT_TRANSLATE_NOOP("WarrantyDialogs", "Periodic service missed"),
)
"""The usual reasons, offered in the manager's language until the company lists its own
(Settings → Documents and periods); any other can be typed."""


def running_warranty(unit: AssetRecord) -> WarrantyRecord | None:
    """The warranty a void applies to: the last one not void yet."""
    live = [w for w in unit.warranties if w.voided_on is None]
    return max(live, key=lambda w: (w.end_date, w.id), default=None)


class VoidDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, warranty: WarrantyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.warranty = desk, warranty
        self.reasons = company_settings(desk).reasons_to_void()
        """The manager's own list from the settings, else the built-in reasons."""
        self.errors = FieldErrors()
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.note = QLineEdit(self)
        self.note.setMaxLength(300)
        self.since = DateEdit(desk.locale, self)
        self.since.set_value(desk.today())
        self.labels = lay_out_short_form(self, self.errors, (("reason", self.reason), ("note", self.note), ("since", self.since)))
        self.retranslate()
        self.reason.setCurrentIndex(-1)  # no reason is picked for the manager
        self.reason.setEditText("")

    def save(self) -> bool:
        self.errors.clear()
        reason = " — ".join(part for part in (self.reason.currentText().strip(), self.note.text().strip()) if part)
        self.since.commit()
        refused = self.since.error()
        try:
            if refused is not None:  # an impossible day typed: never voided from another one
                raise refused
            void_warranty(self.desk, self.warranty.id, self.warranty.version, reason, on=self.since.value())
        except KhedmatError as error:
            self.errors.report(self, error, {"reason": self.reason})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if (self.reason.currentText().strip() or self.note.text().strip()) and not confirm_discard(
                self, self.tr("Close without voiding the warranty?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Void the warranty"))
        for caption, text in zip(self.labels, (self.tr("Reason:"), self.tr("Note:"), self.tr("Void since:")),
                                 strict=True):
            caption.setText(text)
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems(self.reasons or [QCoreApplication.translate("WarrantyDialogs", reason)
                                              for reason in VOID_REASONS])
        self.reason.setEditText(typed)


class ExtendDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, unit: AssetRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.unit = desk, unit
        self.errors = FieldErrors()
        self.months = NumberSpin(desk.locale, self)
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.labels = lay_out_short_form(self, self.errors, (("months", self.months), ("reason", self.reason)))
        self.retranslate()

    def save(self) -> bool:
        self.errors.clear()
        self.months.interpretText()
        try:
            extend_warranty(self.desk, self.unit.id, self.months.value(), self.reason.text())
        except KhedmatError as error:
            self.errors.report(self, error, {"reason": self.reason, "months": self.months})
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if self.reason.text().strip() and not confirm_discard(self, self.tr("Close without extending the warranty?")):
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Extend the warranty"))
        self.labels[0].setText(self.tr("Months:"))
        self.labels[1].setText(self.tr("Why (sold, goodwill…):"))


class WarrantyActions(QObject):
    """Void… and Extend… for the warranty a list has selected (`current()`: its unit's id and
    its own), a manager's; `changed` once one is saved."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget, current: Callable[[], tuple[int, int] | None]) -> None:
        super().__init__(parent)
        self.desk, self.widget, self.current = desk, parent, current
        self.void_action, self.extend_action = QAction(parent), QAction(parent)
        self.void_action.triggered.connect(self.void)
        self.extend_action.triggered.connect(self.extend)
        self.void_action.setVisible(desk.may(Action.VOID_WARRANTY))
        self.extend_action.setVisible(desk.may(Action.EXTEND_WARRANTY))
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.void_action, self.extend_action]

    def _chosen(self) -> tuple[AssetRecord, WarrantyRecord] | None:
        chosen = self.current()
        if chosen is None:
            return None
        unit = get_unit(self.desk, chosen[0])
        warranty = next((w for w in unit.warranties if w.id == chosen[1]), None)
        return (unit, warranty) if warranty is not None else None

    def void(self) -> VoidDialog | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        if chosen[1].voided_on is not None:
            tell(self.widget, self.tr("This warranty is void already."))
            return None
        dialog = VoidDialog(self.desk, chosen[1], self.widget)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def extend(self) -> ExtendDialog | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        dialog = ExtendDialog(self.desk, chosen[0], self.widget)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.void_action.setText(self.tr("Void the warranty…"))
        self.extend_action.setText(self.tr("Extend the warranty…"))
