"""A month of the clerk's calendar to pick a day from: Jalali, Umm al-Qura Hijri or Gregorian.

Our own widget rather than QCalendarWidget: Qt paints Saturday and Sunday as the weekend
whatever the region, and its IslamicCivil calendar is a day off Umm al-Qura on some dates.
Every date here goes through app.locale.calendars; the week and the weekend come from the
Locale (Iran: Saturday first, Friday off; Saudi Arabia: Sunday first, Friday and Saturday off).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.errors import KhedmatError
from app.locale.calendars import add_months, days_in_month, from_calendar, month_name, to_calendar
from app.locale.display import Locale
from app.ui.retranslating import Retranslating

# Weekday names in Python's order (Monday 0 … Sunday 6): (short for the column, full for its tooltip).
WEEKDAY_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "fa": (("د", "دوشنبه"), ("س", "سه‌شنبه"), ("چ", "چهارشنبه"), ("پ", "پنجشنبه"), ("ج", "جمعه"),
           ("ش", "شنبه"), ("ی", "یکشنبه")),
    "ar": (("اثنين", "الاثنين"), ("ثلاثاء", "الثلاثاء"), ("أربعاء", "الأربعاء"), ("خميس", "الخميس"),
           ("جمعة", "الجمعة"), ("سبت", "السبت"), ("أحد", "الأحد")),
    "en": (("Mo", "Monday"), ("Tu", "Tuesday"), ("We", "Wednesday"), ("Th", "Thursday"), ("Fr", "Friday"),
           ("Sa", "Saturday"), ("Su", "Sunday")),
}

WEEKEND_COLOR = QColor("#c62828")
OUTSIDE_COLOR = QColor("#9e9e9e")
OUTSIDE_WEEKEND_COLOR = QColor("#e09a9a")
DISABLED_COLOR = QColor("#cfcfcf")
ACCENT = QColor("#1976d2")
CURSOR_FILL = QColor("#dbe9f8")
HOVER_FILL = QColor("#eef4fb")
SELECTED_TEXT = QColor("#ffffff")

ROWS = 6

# Inside the years every calendar here can convert (the Umm al-Qura table runs from
# 1343 to 1500 AH, 1924-08-01 to 2077-11-16), so no date shown or picked is one we cannot name.
EARLIEST = date(1925, 1, 1)
LATEST = date(2076, 12, 31)
WHEEL_STEP = 120
"""One notch of a mouse wheel; touchpads send smaller steps that add up to it."""


def weekday_name(weekday: int, lang: str, full: bool = False) -> str:
    """Name of a Python weekday (Monday 0) in `lang` (English for languages without a table)."""
    return WEEKDAY_NAMES.get(lang, WEEKDAY_NAMES["en"])[weekday][1 if full else 0]


def chevron_icon(left: bool, color: QColor, disabled: QColor, size: int = 16) -> QIcon:
    """An arrow head pointing left or right, drawn (a text ‹ › would be mirrored in RTL)."""
    icon = QIcon()
    for mode, pen_color in ((QIcon.Mode.Normal, color), (QIcon.Mode.Disabled, disabled)):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(pen_color, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        tip, back = (size * 0.34, size * 0.64) if left else (size * 0.66, size * 0.36)
        painter.drawPolyline([QPointF(back, size * 0.2), QPointF(tip, size * 0.5), QPointF(back, size * 0.8)])
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


@dataclass(frozen=True)
class DayCell:
    """One square of the month grid, as painted."""

    date: date
    text: str
    in_month: bool
    weekend: bool
    today: bool
    selected: bool
    cursor: bool
    enabled: bool

    @property
    def color(self) -> QColor:
        """The colour of the day number."""
        if not self.enabled:
            return DISABLED_COLOR
        if self.selected:
            return SELECTED_TEXT
        if not self.in_month:
            return OUTSIDE_WEEKEND_COLOR if self.weekend else OUTSIDE_COLOR
        return WEEKEND_COLOR if self.weekend else QColor()  # invalid: the palette's text colour


class DayGrid(QWidget):
    """Weekday headers over six weeks; the first column is the locale's first day of the week,
    on the right in a right-to-left layout."""

    picked = Signal(object)
    """A day chosen with the mouse or Enter (a `date`)."""
    cursor_moved = Signal(object)

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setObjectName("day_grid")
        today = date.today()
        self.today = today
        self.minimum = EARLIEST
        self.maximum = LATEST
        self.selected: date | None = None
        self.cursor = min(max(today, EARLIEST), LATEST)
        self._wheel = 0
        self.year, self.month = to_calendar(self.cursor, locale.calendar)[:2]
        self._hover: date | None = None
        self.cells: list[DayCell] = []
        self._index: dict[date, int] = {}
        self._rebuild()

    # -- state ----------------------------------------------------------------------------

    def set_locale(self, locale: Locale) -> None:
        self.locale = locale
        self.show_date(self.cursor)

    def set_range(self, minimum: date, maximum: date) -> None:
        self.minimum, self.maximum = max(minimum, EARLIEST), min(maximum, LATEST)
        self.show_date(self.cursor)

    def set_today(self, today: date) -> None:
        self.today = today
        self._rebuild()

    def set_selected(self, selected: date | None) -> None:
        self.selected = selected
        self._rebuild()

    def show_date(self, d: date) -> None:
        """Show the month of `d` with the keyboard cursor on it."""
        self.cursor = min(max(d, self.minimum), self.maximum)
        self.year, self.month = to_calendar(self.cursor, self.locale.calendar)[:2]
        self._rebuild()
        self.cursor_moved.emit(self.cursor)

    def first_day(self) -> date:
        return from_calendar(self.year, self.month, 1, self.locale.calendar)

    def last_day(self) -> date:
        cal = self.locale.calendar
        return from_calendar(self.year, self.month, days_in_month(self.year, self.month, cal), cal)

    def month_days(self) -> list[DayCell]:
        """The days of the shown month, first to last."""
        return [cell for cell in self.cells if cell.in_month]

    def cell(self, d: date) -> DayCell | None:
        index = self._index.get(d)
        return None if index is None else self.cells[index]

    def column(self, d: date) -> int:
        """Column of `d` counted from the start of the week (0 = the locale's first day)."""
        return (d.weekday() - self.locale.week_start) % 7

    def _rebuild(self) -> None:
        first, last = self.first_day(), self.last_day()
        start = first - timedelta(days=self.column(first))
        cells = []
        for i in range(ROWS * 7):
            d = start + timedelta(days=i)
            try:
                day = to_calendar(d, self.locale.calendar)[2]
            except KhedmatError:  # past the end of the Hijri table
                day = None
            cells.append(DayCell(
                date=d, text=self.locale.digits(day) if day else "", in_month=first <= d <= last,
                weekend=d.weekday() in self.locale.weekend, today=d == self.today, selected=d == self.selected,
                cursor=d == self.cursor, enabled=day is not None and self.minimum <= d <= self.maximum))
        self.cells = cells
        self._index = {cell.date: i for i, cell in enumerate(cells)}
        self.update()

    # -- geometry -------------------------------------------------------------------------

    def _cell_size(self) -> QSize:
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(weekday_name(i, self.locale.lang)) for i in range(7))
        widest = max(widest, metrics.horizontalAdvance(self.locale.digits(30)))
        side = max(widest + 12, metrics.height() + 12, 34)
        return QSize(side, metrics.height() + 12)

    def _header_height(self) -> int:
        return QFontMetrics(self._header_font()).height() + 10

    def _header_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        cell = self._cell_size()
        return QSize(cell.width() * 7, self._header_height() + cell.height() * ROWS)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def _x(self, column: int, width: int) -> int:
        x = column * width
        return self.width() - x - width if self.isRightToLeft() else x

    def cell_rect(self, d: date, size: QSize | None = None) -> QRect | None:
        """Where `d` is painted, if it is in the grid."""
        index = self._index.get(d)
        if index is None:
            return None
        size = size or self._cell_size()
        row, column = divmod(index, 7)
        return QRect(self._x(column, size.width()), self._header_height() + row * size.height(),
                     size.width(), size.height())

    def header_rect(self, column: int) -> QRect:
        size = self._cell_size()
        return QRect(self._x(column, size.width()), 0, size.width(), self._header_height())

    def date_at(self, pos: QPoint) -> date | None:
        size = self._cell_size()
        for cell in self.cells:
            rect = self.cell_rect(cell.date, size)
            if rect is not None and rect.contains(pos):
                return cell.date
        return None

    def header_tooltip(self, column: int) -> str:
        return weekday_name((self.locale.week_start + column) % 7, self.locale.lang, full=True)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().text().color()
        painter.setFont(self._header_font())
        for column in range(7):
            weekday = (self.locale.week_start + column) % 7
            painter.setPen(WEEKEND_COLOR if weekday in self.locale.weekend else text_color)
            painter.drawText(self.header_rect(column), Qt.AlignmentFlag.AlignCenter,
                             weekday_name(weekday, self.locale.lang))
        line_y = self._header_height() - 3
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(4, line_y, self.width() - 4, line_y)

        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        size = self._cell_size()
        for cell in self.cells:
            rect = self.cell_rect(cell.date, size)
            if rect is None:
                continue
            box = QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5)
            if cell.selected and cell.enabled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawRoundedRect(box, 5, 5)
            elif cell.cursor and self.hasFocus() or cell.date == self._hover and cell.enabled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(CURSOR_FILL if cell.cursor else HOVER_FILL)
                painter.drawRoundedRect(box, 5, 5)
            if cell.today:
                painter.setPen(QPen(ACCENT if not cell.selected else SELECTED_TEXT, 1.6))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box, 5, 5)
            color = cell.color
            painter.setPen(color if color.isValid() else text_color)
            painter.setFont(bold if cell.today or cell.selected else base)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, cell.text)
        painter.end()

    # -- mouse and keyboard ---------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hover = self.date_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.update()
        column = self._column_at(event.position().toPoint())
        self.setToolTip(self.header_tooltip(column) if column is not None else "")
        super().mouseMoveEvent(event)

    def _column_at(self, pos: QPoint) -> int | None:
        for column in range(7):
            if self.header_rect(column).contains(pos):
                return column
        return None

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            d = self.date_at(event.position().toPoint())
            cell = self.cell(d) if d else None
            if cell is not None and cell.enabled:
                self.picked.emit(cell.date)
                return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            up = self._wheel > 0
            self._wheel -= WHEEL_STEP if up else -WHEEL_STEP
            self.move_months(-1 if up else 1)
        event.accept()

    def move_months(self, months: int) -> None:
        """Show another month, keeping the cursor on the same day of it where it exists."""
        try:
            target = add_months(self.cursor, months, self.locale.calendar)
        except KhedmatError:
            return
        self.show_date(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        # Arrows move the way they point: in a right-to-left week, Left is the next day.
        forward = -1 if self.isRightToLeft() else 1
        days = {Qt.Key.Key_Left: -forward, Qt.Key.Key_Right: forward, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in days:
            self.show_date(self._step(days[Qt.Key(key)]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = 12 if shift else 1
            self.move_months(-months if key == Qt.Key.Key_PageUp else months)
        elif key == Qt.Key.Key_Home:
            self.show_date(self.first_day())
        elif key == Qt.Key.Key_End:
            self.show_date(self.last_day())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            cell = self.cell(self.cursor)
            if cell is not None and cell.enabled:
                self.picked.emit(self.cursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, days: int) -> date:
        try:
            return self.cursor + timedelta(days=days)
        except OverflowError:
            return self.cursor

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusOutEvent(event)


class CalendarPopup(Retranslating, QFrame):
    """The month under a date edit: title, previous/next month, the day grid, and Today."""

    picked = Signal(object)
    """The day the clerk chose (a `date`); the popup has closed."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.locale = locale
        self.grid = DayGrid(locale, self)
        self.grid.picked.connect(self._picked)
        self.grid.cursor_moved.connect(self._render_title)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previous_month")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("next_month")
        for button in (self.previous_button, self.next_button):
            button.setAutoRaise(True)
            button.setIconSize(QSize(16, 16))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
        self.previous_button.clicked.connect(lambda: self.grid.move_months(-1))
        self.next_button.clicked.connect(lambda: self.grid.move_months(1))
        self.title = QLabel(self)
        self.title.setObjectName("month_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.today_button = QToolButton(self)
        self.today_button.setObjectName("today_button")
        self.today_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_button.clicked.connect(self._pick_today)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.previous_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.next_button)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.today_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.grid)
        layout.addLayout(footer)
        self.setFocusProxy(self.grid)
        self.retranslate()
        self._render_title()

    # -- state ----------------------------------------------------------------------------

    def set_locale(self, locale: Locale) -> None:
        self.locale = locale
        self.grid.set_locale(locale)
        self._render_title()

    def set_range(self, minimum: date, maximum: date) -> None:
        self.grid.set_range(minimum, maximum)
        self._render_title()

    def set_today(self, today: date) -> None:
        self.grid.set_today(today)
        self.today_button.setToolTip(self.locale.date(today))
        self._render_title()

    def show_date(self, d: date, selected: date | None = None) -> None:
        """Show the month of `d` with `selected` highlighted (and the keyboard cursor on `d`)."""
        self.grid.set_selected(selected)
        self.grid.show_date(d)

    def shown_month(self) -> tuple[int, int]:
        """(year, month) in the locale's calendar."""
        return self.grid.year, self.grid.month

    def open_below(self, anchor: QWidget) -> None:
        """Show under `anchor` (above it when the screen has no room below), inside the screen."""
        self.setLayoutDirection(anchor.layoutDirection())
        self._arrange_arrows()
        self.adjustSize()
        size = self.sizeHint()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        x = below.x() + anchor.width() - size.width() if self.isRightToLeft() else below.x()
        y = below.y()
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:
            if y + size.height() > screen.bottom():
                y = anchor.mapToGlobal(QPoint(0, 0)).y() - size.height()
            x = max(screen.left(), min(x, screen.right() - size.width()))
            y = max(screen.top(), y)
        self.move(x, y)
        self.show()
        self.grid.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- events ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        # A click outside closes the popup and reaches what was clicked, except the date edit
        # that opened it: its button would open the popup again at once.
        anchor = self.parentWidget()
        if anchor is not None:
            inside = anchor.rect().contains(anchor.mapFromGlobal(event.globalPosition().toPoint()))
            self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay, inside)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4) or (alt and event.key() == Qt.Key.Key_Up):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._arrange_arrows()
        super().changeEvent(event)

    def _arrange_arrows(self) -> None:
        # Previous points back toward where the line starts: right in Persian and Arabic.
        rtl = self.isRightToLeft()
        colors = (self.palette().buttonText().color(), DISABLED_COLOR)
        self.previous_button.setIcon(chevron_icon(not rtl, *colors))
        self.next_button.setIcon(chevron_icon(rtl, *colors))
        self.previous_button.setProperty("points", "right" if rtl else "left")
        self.next_button.setProperty("points", "left" if rtl else "right")

    def _picked(self, d: date) -> None:
        self.close()
        self.picked.emit(d)

    def _pick_today(self) -> None:
        if self.grid.minimum <= self.grid.today <= self.grid.maximum:
            self._picked(self.grid.today)

    def _render_title(self, *_: object) -> None:
        year, month = self.shown_month()
        self.title.setText(f"{month_name(month, self.locale.calendar, self.locale.lang)} "
                           f"{self.locale.digits(year)}")
        self.previous_button.setEnabled(self.grid.first_day() > self.grid.minimum)
        self.next_button.setEnabled(self.grid.last_day() < self.grid.maximum)
        today = self.grid.today
        self.today_button.setEnabled(self.grid.minimum <= today <= self.grid.maximum)

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.locale.date(self.grid.today))
        self.grid.setAccessibleName(self.tr("Days of the month"))
