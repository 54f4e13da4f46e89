"""The workshop's hours and holidays: what the monthly report's workshop clock counts as
working time (app.reports.clock). One panel of the Settings dialog; saved with the rest of
the company's details."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.company import CompanySettings
from app.services.desk import Desk
from app.ui.messages import FieldErrors
from app.ui.retranslating import Retranslating
from app.ui.widgets.date_edit import DateEdit

FIELDS = ("workshop_hours_start", "workshop_hours_end", "workshop_holidays")
"""The CompanySettings this panel edits (a save error naming one opens this panel)."""
_DIGITS = {"fa": QLocale(QLocale.Language.Persian, QLocale.Country.Iran),
           "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia)}


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _time(minutes: int) -> QTime:
    return QTime(minutes // 60, minutes % 60)


class WorkshopPanel(Retranslating, QWidget):
    """Opening and closing time as two time fields; the holidays as a list the manager adds
    days to (typed or picked in their own calendar) and removes them from."""

    def __init__(self, desk: Desk, errors: FieldErrors, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.opens, self.closes = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 09:00 reads hours first
            if desk.locale.native_digits and desk.locale.lang in _DIGITS:
                edit.setLocale(_DIGITS[desk.locale.lang])
        self.holidays = QListWidget(self)
        self.holidays.setObjectName("holidays")
        self.holidays.setMinimumHeight(self.holidays.fontMetrics().lineSpacing() * 6)
        self.day = DateEdit(desk.locale, self, optional=True)
        self.day.set_today(desk.today())
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_holiday)
        self.remove_button.clicked.connect(self.remove_holiday)
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.holidays)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_shortcut.activated.connect(self.remove_holiday)
        self.holidays.currentRowChanged.connect(self._show_buttons)

        adding = QHBoxLayout()
        adding.addWidget(self.day, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        days = QWidget(self)
        column = QVBoxLayout(days)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.holidays, 1)
        column.addLayout(adding)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        column.addWidget(self.hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = []
        for widget, field in ((self.opens, "workshop_hours_start"), (self.closes, "workshop_hours_end"),
                              (days, "workshop_holidays")):
            label = QLabel(self)
            label.setBuddy(widget)
            form.addRow(label, errors.beside(field, widget, self))
            self.labels.append(label)
        self.labels[2].setBuddy(self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form, 1)
        for widget in (self.opens, self.closes, self.day, self.add_button, self.holidays):
            widget.setEnabled(editable)
        self.editable = editable
        self.retranslate()
        self._show_buttons()

    @property
    def inputs(self) -> dict[str, QWidget]:
        """Where the cursor goes for an error naming each field."""
        return {"workshop_hours_start": self.opens, "workshop_hours_end": self.closes,
                "workshop_holidays": self.day}

    def show_settings(self, settings: CompanySettings) -> None:
        self.opens.setTime(_time(settings.workshop_hours_start))
        self.closes.setTime(_time(settings.workshop_hours_end))
        self.holidays.clear()
        # a saved line that is no date stays as written: saving then says which, nothing is dropped
        for line in settings.workshop_holidays.splitlines():
            if line.strip():
                self._insert(line.strip())
        self._show_buttons()

    def values(self) -> dict[str, object]:
        """The panel's fields as CompanySettings values."""
        lines = [self.holidays.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.holidays.count())]
        return {"workshop_hours_start": _minutes(self.opens.time()), "workshop_hours_end": _minutes(self.closes.time()),
                "workshop_holidays": "\n".join(lines)}

    def add_holiday(self) -> None:
        """Add the day in the date field to the list (once), and keep the field for the next."""
        if not self.day.commit() or self.day.value() is None:
            self.day.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._insert(self.day.value().isoformat())
        self.day.set_value(None)
        self._show_buttons()

    def remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if row >= 0:
            self.holidays.takeItem(row)
        self._show_buttons()

    def _insert(self, iso: str) -> None:
        texts = [self.holidays.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.holidays.count())]
        if iso in texts:
            self.holidays.setCurrentRow(texts.index(iso))
            return
        row = sum(text < iso for text in texts)  # kept in date order, as saved
        try:
            shown = self.desk.locale.date(date.fromisoformat(iso))
        except ValueError:
            shown = iso
        item = QListWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, iso)
        self.holidays.insertItem(row, item)
        self.holidays.setCurrentRow(row)

    def _show_buttons(self) -> None:
        self.remove_button.setEnabled(self.editable and self.holidays.currentRow() >= 0)

    def retranslate(self) -> None:
        self.note.setText(self.tr("The monthly report counts workshop time in these hours of the working days "
                                  "only: not on the weekend, not on the holidays listed here, and not while a "
                                  "job waits for the customer's approval or for parts."))
        for label, text in zip(self.labels, (self.tr("Opens at"), self.tr("Closes at"), self.tr("Holidays")),
                               strict=True):
            label.setText(text)
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Type or pick a day, then Add. Days the workshop is closed besides the "
                                  "weekend: Nowruz, Eid, national holidays."))
