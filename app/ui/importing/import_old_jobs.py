"""The import plan's question about old open jobs: a job a sheet still calls "in repair" but
that was received years ago is not in the workshop today."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.importing import ImportPlan
from app.importing.plan import OLD_OPEN_MONTHS
from app.locale.display import Locale
from app.ui.retranslating import Retranslating
from app.ui.widgets.number_spin import NumberSpin


class OldJobsChoice(Retranslating, QGroupBox):
    """Close legacy jobs still open and older than N months (the default), or keep them open."""

    changed = Signal()

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.close_old = QRadioButton(self)
        self.keep_open = QRadioButton(self)
        self.buttons = QButtonGroup(self)
        self.buttons.addButton(self.close_old)
        self.buttons.addButton(self.keep_open)
        self.months = NumberSpin(locale, self)
        self.months.setRange(1, 120)
        self.months.setValue(OLD_OPEN_MONTHS)
        self.months_label = QLabel(self)
        self.months_label.setBuddy(self.months)
        row = QHBoxLayout()
        row.addWidget(self.close_old)
        row.addWidget(self.months)
        row.addWidget(self.months_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.keep_open)
        self.close_old.setChecked(True)
        self.buttons.buttonToggled.connect(self._chosen)
        self.months.valueChanged.connect(self._chosen)
        self.retranslate()

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        months = plan.close_open_older_than
        self.blockSignals(True)
        self.months.setValue(months or OLD_OPEN_MONTHS)
        (self.close_old if months is not None else self.keep_open).setChecked(True)
        self.months.setEnabled(months is not None)
        self.blockSignals(False)

    def _chosen(self, *_: object) -> None:
        closing = self.close_old.isChecked()
        self.months.setEnabled(closing)
        if self.plan is None:
            return
        self.plan.close_open_older_than = self.months.value() if closing else None
        self.changed.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Jobs still open in the sheets"))
        self.close_old.setText(self.tr("&Close as imported (their sheet status kept in their history) when received "
                                       "more than"))
        self.months_label.setText(self.tr("months before today"))
        self.keep_open.setText(self.tr("&Keep every job open, however old"))
