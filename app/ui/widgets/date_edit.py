"""A date input in the clerk's calendar; the value is always a Gregorian `datetime.date`.

The clerk types the date as it is written on forms (`1403/2/5`, `۱۴۰۳/۰۲/۰۵`, `1403-02-05`),
or as the import reads it (calendars.parse_date: `2024-04-24` on a Jalali desk, `5 اردیبهشت
1403`, a pasted `1403/02/05 10:30`), or picks it from a month of the same calendar (Alt+Down,
F4 or the button); it is shown year first in every language. Jalali, Umm al-Qura Hijri and Gregorian all go through
app.locale.calendars; no Qt calendar system is involved (Qt's IslamicCivil is not Umm al-Qura).
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import InvalidDate, own_calendar, parse_date
from app.locale.display import Locale
from app.ui.retranslating import Retranslating
from app.ui.widgets.calendar_popup import EARLIEST, LATEST, CalendarPopup

INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; border-radius: 3px; padding: 1px 2px; background: #fff5f5; }"


def calendar_icon(color: QColor, size: int = 16) -> QIcon:
    """A small wall calendar: the button that opens the month."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 4), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, size - 3, 3.5), color)
    for x in (4.5, 7.5, 10.5):
        for y in (8.5, 11.5):
            painter.fillRect(QRectF(x, y, 1.8, 1.8), color)
    painter.end()
    return QIcon(pixmap)


class OutOfRange(KhedmatError):
    """A typed date the field does not take here (a purchase after today)."""

    context = "DateEdit"


class DateEdit(Retranslating, QWidget):
    """A year-first line of the date in the user's digits, with a calendar popup beside it.

    A typed date is read on Enter or when the field is left. A date that cannot be read, or
    lies outside the minimum and maximum, leaves a red border and the reason in the tooltip;
    the value stays the last valid one and `dateChanged` is not emitted.

    An `optional` field starts empty and may be emptied: its value is then None, never a day
    the clerk did not give (a purchase date nobody typed would grant a warranty).
    """

    dateChanged = Signal(object)  # noqa: N815 - the name Qt's date edits use
    """The new value (a `date`, or None when an optional field is emptied), whenever it
    changes: typed, picked or set."""

    def __init__(self, locale: Locale, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._locale = locale
        self._optional = optional
        # The years every calendar here can name (the Umm al-Qura table ends in 1500 AH).
        self._minimum, self._maximum = EARLIEST, LATEST
        self._today: date | None = None
        self._value: date | None = None if optional else min(max(self.today(), EARLIEST), LATEST)
        self._error: KhedmatError | None = None
        self._popup: CalendarPopup | None = None

        self.line = QLineEdit(self)
        self.line.setObjectName("date_text")
        # Dates read year first even in Persian and Arabic: ۱۴۰۳/۰۲/۰۵, never ۰۵/۰۲/۱۴۰۳.
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self.commit)
        # Wide enough for a whole date wherever the field sits (a crowded filter row clipped it).
        sample = locale.date(date(2000, 12, 28))
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(sample + "00") + 12)
        self.button = QToolButton(self)
        self.button.setObjectName("calendar_button")
        self.button.setIcon(calendar_icon(self.palette().buttonText().color()))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_popup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._align()
        self._show_value()
        self.retranslate()

    # -- the value ------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date; None only while an optional field is empty."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show `value` (kept within the minimum and maximum) and forget any refused typing;
        None empties an optional field."""
        if value is None:
            if not self._optional:
                raise ValueError("only an optional date field can be empty")
            self._set(None)
            return
        self._set(min(max(value, self._minimum), self._maximum))

    def text(self) -> str:
        """What the field shows: `۱۴۰۴/۰۳/۲۸` in the user's digits, year first."""
        return self.line.text()

    def minimum(self) -> date:
        return self._minimum

    def maximum(self) -> date:
        return self._maximum

    def set_minimum(self, minimum: date) -> None:
        """The earliest date accepted; a later maximum is moved up to it, and the value too."""
        self._minimum = max(minimum, EARLIEST)
        self._maximum = max(self._maximum, self._minimum)
        self._range_changed()

    def set_maximum(self, maximum: date) -> None:
        """The latest date accepted; an earlier minimum is moved down to it, and the value too."""
        self._maximum = min(maximum, LATEST)
        self._minimum = min(self._minimum, self._maximum)
        self._range_changed()

    def set_range(self, minimum: date, maximum: date) -> None:
        self.set_minimum(minimum)
        self.set_maximum(maximum)

    def today(self) -> date:
        """The day marked in the calendar: today where the user works, unless set."""
        return self._today or datetime.now(self._locale.timezone).date()

    def set_today(self, today: date) -> None:
        self._today = today
        if self._popup is not None:
            self._popup.set_today(today)

    def set_locale(self, locale: Locale) -> None:
        """Show the same date in another calendar or script (the user changed the settings)."""
        self._locale = locale
        if self._popup is not None:
            self._popup.set_locale(locale)
        self._show_value()
        self._show_error(self._error)

    def has_error(self) -> bool:
        """True while the field shows typing that was refused (the value is the previous one)."""
        return self._error is not None

    def error(self) -> KhedmatError | None:
        """Why the typed text was refused; None when it was not."""
        return self._error

    def error_text(self) -> str:
        """Why the typed text was refused, in the user's language; empty when it was not."""
        if self._error is None:
            return ""
        # The month and day numbers of the message come as ASCII: shown in the user's digits.
        return self._locale.digits(self._error.message(QCoreApplication.translate))

    def _set(self, value: date | None) -> None:
        changed = value != self._value
        self._value = value
        self._show_error(None)
        self._show_value()
        if changed:
            self.dateChanged.emit(value)

    def _shown_value(self) -> str:
        return "" if self._value is None else self._locale.date(self._value)

    def _show_value(self) -> None:
        self.line.setText(self._shown_value())
        self.line.setModified(False)

    def _range_changed(self) -> None:
        if self._popup is not None:
            self._popup.set_range(self._minimum, self._maximum)
        if self._value is not None and not self._minimum <= self._value <= self._maximum:
            self.set_value(self._value)

    # -- typing ---------------------------------------------------------------------------

    def commit(self) -> bool:
        """Read the typed text; False (and the reason shown) when it is refused."""
        text = self.line.text()
        if text == self._shown_value():
            self._show_error(None)
            return True
        if self._optional and not text.strip():
            self._set(None)
            return True
        try:
            # The one reader of written dates, as the import uses it: 2024-04-24 on a Jalali
            # desk, 5 اردیبهشت 1403, a pasted 1403/02/05 10:30 (the time is not the field's).
            typed = parse_date(text, own_calendar(self._locale.calendar, self._locale.lang))
        except KhedmatError as error:
            self._show_error(error)
            return False
        if typed < self._minimum:
            self._show_error(OutOfRange(
                QT_TRANSLATE_NOOP("DateEdit", "{date} is before {limit}, the earliest date allowed here"),
                date=self._shown(typed, text), limit=self._locale.date(self._minimum)))
            return False
        if typed > self._maximum:
            self._show_error(OutOfRange(
                QT_TRANSLATE_NOOP("DateEdit", "{date} is after {limit}, the latest date allowed here"),
                date=self._shown(typed, text), limit=self._locale.date(self._maximum)))
            return False
        self._set(typed)
        return True

    def _shown(self, typed: date, text: str) -> str:
        """`typed` in the desk's calendar, or as written where that calendar has no such day
        (1600/01/01 on an Umm al-Qura desk)."""
        try:
            return self._locale.date(typed)
        except InvalidDate:
            return text

    def _show_error(self, error: KhedmatError | None) -> None:
        self._error = error
        self.line.setProperty("invalid", error is not None)
        self.line.setStyleSheet(INVALID_STYLE if error is not None else "")
        self.line.setToolTip(self.error_text() if error is not None else self._hint())

    def _hint(self) -> str:
        example = self._locale.date(self._value or min(max(self.today(), self._minimum), self._maximum))
        return self.tr("Year/month/day, as {example}. Alt+Down opens the calendar.").format(example=example)

    def revert(self) -> None:
        """Put back the value's text after refused typing."""
        self._show_error(None)
        self._show_value()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            return self._line_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _line_key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_popup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A refused date keeps the Enter: the clerk stays in the field to correct it.
            return not self.commit()
        if key == Qt.Key.Key_Escape and (self.has_error() or self.line.isModified()):
            self.revert()
            return True
        return False

    # -- the calendar ---------------------------------------------------------------------

    def popup(self) -> CalendarPopup:
        """The calendar of this field (made on first use)."""
        if self._popup is None:
            self._popup = CalendarPopup(self._locale, self)
            self._popup.set_range(self._minimum, self._maximum)
            self._popup.set_today(self.today())
            self._popup.picked.connect(self._picked)
        return self._popup

    def open_popup(self) -> None:
        if not self.isEnabled():
            return
        if self.line.isModified() or self.has_error():
            self.commit()
        popup = self.popup()
        popup.set_today(self.today())
        shown = self._value or min(max(self.today(), self._minimum), self._maximum)
        popup.show_date(shown, selected=self._value)
        popup.open_below(self)

    def _picked(self, picked: date) -> None:
        self.set_value(picked)
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- language and direction -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        # The text reads left to right, but sits beside its label: on the right in a
        # right-to-left form, as the combo boxes around it do.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.line.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self._show_error(self._error)
