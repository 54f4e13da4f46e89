"""The date edit and its calendar: Jalali, Umm al-Qura and Gregorian, typed or picked,
with the region's week and weekend, on real widgets in a right-to-left window."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.locale.calendars import Calendar, days_in_month, from_calendar, parse_date, to_calendar
from app.locale.display import Locale
from app.locale.text import to_ascii_digits
from app.ui.filter_bars import TicketFilterBar
from app.ui.tickets.intake_dialog import IntakeDialog
from app.ui.widgets.calendar_popup import WEEKEND_COLOR, CalendarPopup
from app.ui.widgets.date_edit import DateEdit
from tests.conftest import TODAY
from tests.ui.conftest import type_text

# Offscreen, a popup window cannot raise itself or grab the keyboard; Qt says so once per popup.
pytestmark = [pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")]

FA, AR, EN = Locale.for_language("fa"), Locale.for_language("ar"), Locale.for_language("en")


@pytest.fixture
def make_edit(qtbot, speak) -> Callable[..., DateEdit]:
    """A date edit in a form of the locale's language and direction, shown and focused."""
    forms: list[QWidget] = []  # qtbot holds widgets weakly

    def maker(locale: Locale, value: date = TODAY) -> DateEdit:
        speak(locale.lang)
        form = QWidget()
        layout = QFormLayout(form)
        edit = DateEdit(locale, form)
        edit.set_today(TODAY)
        edit.set_value(value)
        layout.addRow(QLabel("date", form), edit)
        # A second input, so that leaving the date field is possible.
        layout.addRow(QLabel("next", form), QLineEdit(form))
        qtbot.addWidget(form)
        forms.append(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        edit.setFocus()
        return edit

    return maker


def open_popup(qtbot, edit: DateEdit) -> CalendarPopup:
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup()
    assert popup.isVisible()
    return popup


def retype(qtbot, edit: DateEdit, text: str) -> None:
    """Replace the field's text as the clerk does (any script) and press Enter."""
    edit.line.setFocus()
    edit.line.selectAll()
    type_text(edit.line, text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)


def red_pixels(image, rect) -> int:
    """Pixels of the weekend red (give or take antialiasing) inside `rect` of `image`."""
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = QColor(image.pixel(x, y))
            if c.red() > 150 and c.green() < 110 and c.blue() < 110:
                count += 1
    return count


# -- the week and the weekend -------------------------------------------------------------


def test_the_persian_month_starts_on_saturday_and_only_friday_is_red(make_edit, qtbot):
    edit = make_edit(FA, date(2025, 6, 18))  # 1404/03/28
    popup = open_popup(qtbot, edit)
    grid = popup.grid
    assert grid.cells[0].date.weekday() == 5  # Saturday in the first column
    assert grid.isRightToLeft() and popup.isRightToLeft()
    for cell in grid.month_days():
        assert cell.weekend == (cell.date.weekday() == 4), cell
        if not cell.selected:  # the selected day is white on blue
            assert (cell.color == WEEKEND_COLOR) == cell.weekend, cell
    # Painted as well: the Friday digits are red, the Saturday ones are not (Qt's default is the reverse).
    image = grid.grab().toImage()
    friday, saturday = date(2025, 6, 20), date(2025, 6, 21)
    assert red_pixels(image, grid.cell_rect(friday)) > 10
    assert red_pixels(image, grid.cell_rect(saturday)) == 0
    assert red_pixels(image, grid.header_rect(6)) > 5 and red_pixels(image, grid.header_rect(0)) == 0
    # The first day of the week is on the right of a right-to-left month.
    assert grid.cell_rect(saturday).x() > grid.cell_rect(friday).x()


def test_the_saudi_month_starts_on_sunday_with_friday_and_saturday_red(make_edit, qtbot):
    edit = make_edit(AR, date(2024, 8, 2))
    popup = open_popup(qtbot, edit)
    grid = popup.grid
    assert grid.cells[0].date.weekday() == 6  # Sunday in the first column
    for cell in grid.month_days():
        assert cell.weekend == (cell.date.weekday() in (4, 5)), cell
        if not cell.selected:
            assert (cell.color == WEEKEND_COLOR) == cell.weekend, cell
    image = grid.grab().toImage()
    assert red_pixels(image, grid.cell_rect(date(2024, 8, 3))) > 10  # Saturday
    assert red_pixels(image, grid.cell_rect(date(2024, 8, 4))) == 0  # Sunday
    assert [red_pixels(image, grid.header_rect(c)) > 5 for c in range(7)] == [False] * 5 + [True, True]


# -- the months of each calendar ----------------------------------------------------------


def test_esfand_has_thirty_days_in_the_leap_year_1403_and_twenty_nine_in_1402(make_edit, qtbot):
    edit = make_edit(FA, date(2025, 3, 1))
    popup = open_popup(qtbot, edit)
    assert popup.title.text() == "اسفند ۱۴۰۳"
    days = popup.grid.month_days()
    assert len(days) == 30
    assert (days[-1].text, days[-1].date) == ("۳۰", date(2025, 3, 20))
    qtbot.keyClick(popup.grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)  # a year back
    assert popup.title.text() == "اسفند ۱۴۰۲"
    days = popup.grid.month_days()
    assert len(days) == 29
    assert (days[-1].text, days[-1].date) == ("۲۹", date(2024, 3, 19))


def test_the_hijri_month_is_umm_al_qura_not_qts_islamic_civil(make_edit, qtbot):
    edit = make_edit(AR, date(2024, 8, 2))
    assert edit.text() == "١٤٤٦/٠١/٢٧"  # Qt's IslamicCivil says 1446/01/26
    popup = open_popup(qtbot, edit)
    assert popup.title.text() == "محرم ١٤٤٦"
    selected = [cell for cell in popup.grid.cells if cell.selected]
    assert [(c.date, c.text) for c in selected] == [(date(2024, 8, 2), "٢٧")]
    assert popup.grid.month_days()[0].date == date(2024, 7, 7)
    assert len(popup.grid.month_days()) == days_in_month(1446, 1, Calendar.HIJRI)


# -- typing -------------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "typed", "expected", "shown"), [
    (FA, "۱۴۰۳/۰۲/۰۵", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "1403/2/5", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "1403-02-05", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "۱۴۰۳/۱۲/۳۰", date(2025, 3, 20), "۱۴۰۳/۱۲/۳۰"),
    (AR, "١٤٤٦/٠١/٢٧", date(2024, 8, 2), "١٤٤٦/٠١/٢٧"),
    (AR, "١٤٠٣-٠٢-٠٥", from_calendar(1403, 2, 5, Calendar.HIJRI), "١٤٠٣/٠٢/٠٥"),
    (AR, "1446-1-27", date(2024, 8, 2), "١٤٤٦/٠١/٢٧"),
    (EN, "2024-02-29", date(2024, 2, 29), "2024/02/29"),
], ids=["fa-persian", "fa-short", "fa-dashes", "fa-esfand-30", "ar-arabic-indic", "ar-indic-dashes",
        "ar-latin-dashes", "en-leap-day"])
def test_a_typed_date_in_any_script_is_read_in_the_desks_calendar(make_edit, qtbot, locale, typed, expected,
                                                                   shown):
    edit = make_edit(locale, TODAY)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        retype(qtbot, edit, typed)
    assert changed.args == [expected]
    assert edit.value() == expected
    assert edit.text() == shown and not edit.has_error()


def paste(qtbot, edit: DateEdit, text: str) -> None:
    """Replace the field's text as a paste does (invisible marks included) and press Enter."""
    edit.line.setFocus()
    edit.line.selectAll()
    edit.line.insert(text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)


# The field reads dates with the import's reader (calendars.parse_date): what a clerk copies
# from a sheet, a message or a web page is taken, in the calendar it names.
@pytest.mark.parametrize(("locale", "written", "expected", "shown"), [
    (FA, "2024-04-24", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),  # a Gregorian date on a Jalali desk
    (FA, "24/04/2024", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "1403/02/05 10:30", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),  # the time is not the field's
    (FA, "‏۱۴۰۳/۰۲/۰۵‎ ۱۰:۳۰", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "⁧۱۴۰۳/۰۲/۰۵⁩", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "14030205", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "۵ اردیبهشت ۱۴۰۳", date(2024, 4, 24), "۱۴۰۳/۰۲/۰۵"),
    (FA, "٥ رمضان ١٤٤٥", date(2024, 3, 15), "۱۴۰۲/۱۲/۲۵"),  # a Hijri month's name on a Persian desk
    (FA, "1445/09/05هـ", date(2024, 3, 15), "۱۴۰۲/۱۲/۲۵"),
    (AR, "٥ رمضان ١٤٤٥", date(2024, 3, 15), "١٤٤٥/٠٩/٠٥"),
    (AR, "2024-03-15T08:00", date(2024, 3, 15), "١٤٤٥/٠٩/٠٥"),
    (AR, "١٤٤٥؍٠٩؍٠٥", date(2024, 3, 15), "١٤٤٥/٠٩/٠٥"),
    (AR, "12 May 2024", date(2024, 5, 12), "١٤٤٥/١١/٠٤"),
    (EN, "1403/02/05", date(2024, 4, 24), "2024/04/24"),  # a Gregorian desk's own years are Jalali
    (Locale(lang="ar", calendar=Calendar.GREGORIAN, region="SA"), "1445/09/05", date(2024, 3, 15),
     "٢٠٢٤/٠٣/١٥"),
], ids=["fa-gregorian", "fa-day-first", "fa-with-time", "fa-marks-and-time", "fa-isolates", "fa-compact",
        "fa-month-name", "fa-hijri-name", "fa-hijri-mark", "ar-month-name", "ar-iso-time", "ar-date-separator",
        "ar-english-month", "en-jalali-year", "ar-gregorian-desk"])
def test_the_field_takes_what_the_import_takes(make_edit, qtbot, locale, written, expected, shown):
    edit = make_edit(locale, TODAY)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        paste(qtbot, edit, written)
    assert changed.args == [expected]
    assert edit.text() == shown and not edit.has_error()


@pytest.mark.parametrize(("locale", "written", "says"), [
    (FA, "45047", "45047"),  # an Excel day number only in the import
    (FA, "1403/02/05 25:00", "25:00"),
    (FA, "5 اردیبهشت 1445 هـ", "1445"),
    (AR, "1445/09/05 م", "1445"),
])
def test_the_field_refuses_what_the_reader_refuses(make_edit, qtbot, locale, written, says):
    edit = make_edit(locale, TODAY)
    with qtbot.assertNotEmitted(edit.dateChanged):
        paste(qtbot, edit, written)
    assert edit.has_error() and edit.value() == TODAY
    assert says in to_ascii_digits(edit.error_text())


def test_a_gregorian_date_before_the_umm_al_qura_table_is_refused_on_an_arabic_desk(make_edit, qtbot):
    # 1600 is a Gregorian year: outside the field, and outside the Hijri calendar that shows it.
    edit = make_edit(AR, TODAY)
    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, "1600/01/01")
    assert edit.has_error() and edit.value() == TODAY
    assert "١٦٠٠/٠١/٠١" in edit.error_text() and "١٣٤٣/٠٦/٠٦" in edit.error_text()  # the earliest day


def test_leaving_the_field_reads_the_typed_date(make_edit, qtbot):
    edit = make_edit(FA, TODAY)
    edit.line.selectAll()
    type_text(edit.line, "۱۴۰۴/۰۱/۰۱")
    with qtbot.waitSignal(edit.dateChanged):
        edit.focusNextChild()
    assert edit.value() == date(2025, 3, 21)


@pytest.mark.parametrize(("typed", "message"), [
    ("1402/13/40", "1402/13/40: ماه ۱۳ وجود ندارد"),
    ("۱۴۰۲/۱۲/۳۰", "۱۴۰۲/۱۲/۳۰: روز ۳۰ در ماه ۱۲ سال ۱۴۰۲ وجود ندارد"),  # 1402 is not a leap year
    ("۱۴۰۳/۰۲", "۱۴۰۳/۰۲ تاریخ نیست؛ آن را به شکل yyyy/mm/dd بنویسید"),
])
def test_an_impossible_date_is_refused_in_red_and_the_value_kept(make_edit, qtbot, typed, message):
    edit = make_edit(FA, TODAY)
    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, typed)
    assert edit.value() == TODAY
    assert edit.has_error()
    assert to_ascii_digits(edit.error_text()) == to_ascii_digits(message)
    assert edit.line.toolTip() == edit.error_text()
    assert "#c62828" in edit.line.styleSheet() and edit.line.property("invalid")
    # The clerk stays in the field to correct it; Escape puts the last good date back.
    assert edit.line.hasFocus()
    qtbot.keyClick(edit.line, Qt.Key.Key_Escape)
    assert edit.text() == "۱۴۰۴/۰۳/۲۵" and not edit.has_error()
    assert edit.line.styleSheet() == ""


def test_a_good_date_after_a_refused_one_clears_the_red(make_edit, qtbot):
    edit = make_edit(FA, TODAY)
    retype(qtbot, edit, "1402/13/40")
    assert edit.has_error()
    with qtbot.waitSignal(edit.dateChanged):
        retype(qtbot, edit, "1404/03/20")
    assert edit.value() == date(2025, 6, 10) and not edit.has_error()


# -- round trips --------------------------------------------------------------------------


def month_ends(cal: Calendar) -> list[date]:
    """The last day of every month of two years of `cal` (one of them leap), and a first day."""
    year = {Calendar.JALALI: 1402, Calendar.HIJRI: 1445, Calendar.GREGORIAN: 2023}[cal]
    ends = [from_calendar(y, m, days_in_month(y, m, cal), cal) for y in (year, year + 1) for m in range(1, 13)]
    return [*ends, from_calendar(year, 1, 1, cal)]


@pytest.mark.parametrize("locale", [FA, AR, EN], ids=["jalali", "hijri", "gregorian"])
def test_every_month_end_round_trips_through_the_text(make_edit, qtbot, locale):
    edit = make_edit(locale, TODAY)
    other = DateEdit(locale, edit.parentWidget())
    for d in month_ends(locale.calendar):
        edit.set_value(d)
        assert parse_date(edit.text(), locale.calendar) == d
        retype(qtbot, other, edit.text())
        assert other.value() == d, edit.text()
    leap_day = {Calendar.JALALI: (date(2025, 3, 20), "۱۴۰۳/۱۲/۳۰"),  # Esfand 30 of the leap year 1403
                Calendar.GREGORIAN: (date(2024, 2, 29), "2024/02/29"),
                Calendar.HIJRI: (date(2024, 7, 6), "١٤٤٥/١٢/٣٠")}[locale.calendar]
    assert leap_day[0] in month_ends(locale.calendar)
    edit.set_value(leap_day[0])
    assert edit.text() == leap_day[1]


@pytest.mark.parametrize("locale", [FA, AR, EN], ids=["jalali", "hijri", "gregorian"])
def test_the_last_day_of_a_month_is_picked_from_the_calendar(make_edit, qtbot, locale):
    start = date(2025, 3, 1)
    edit = make_edit(locale, start)
    y, m, _ = to_calendar(start, locale.calendar)
    last = from_calendar(y, m, days_in_month(y, m, locale.calendar), locale.calendar)
    popup = open_popup(qtbot, edit)
    qtbot.keyClick(popup.grid, Qt.Key.Key_End)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        qtbot.keyClick(popup.grid, Qt.Key.Key_Return)
    assert changed.args == [last] and edit.value() == last
    assert not popup.isVisible()
    assert to_calendar(edit.value(), locale.calendar) == (y, m, days_in_month(y, m, locale.calendar))


# -- keyboard and mouse in the calendar ---------------------------------------------------


def test_arrows_follow_the_arabic_right_to_left_week(make_edit, qtbot):
    edit = make_edit(AR, date(2024, 8, 2))  # a Friday
    popup = open_popup(qtbot, edit)
    grid = popup.grid
    assert grid.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # to the left is the next day in Arabic
    assert grid.cursor == date(2024, 8, 3)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.cursor == date(2024, 8, 10)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.cursor == date(2024, 8, 8)
    assert popup.title.text() == "صفر ١٤٤٦"  # Muharram 1446 had 29 days
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)  # the same day of the next month
    assert to_calendar(grid.cursor, Calendar.HIJRI) == (1446, 3, 4)
    assert popup.title.text() == "ربيع الأول ١٤٤٦"
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid.cursor == date(2024, 8, 8)
    with qtbot.waitSignal(edit.dateChanged):
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert edit.value() == date(2024, 8, 8) and edit.text() == "١٤٤٦/٠٢/٠٤"
    assert not popup.isVisible() and edit.line.hasFocus()


def test_arrows_follow_the_persian_week_and_escape_changes_nothing(make_edit, qtbot):
    edit = make_edit(FA, date(2025, 3, 20))  # 1403/12/30
    popup = open_popup(qtbot, edit)
    qtbot.keyClick(popup.grid, Qt.Key.Key_Right)  # to the right is the day before
    assert popup.grid.cursor == date(2025, 3, 19)
    qtbot.keyClick(popup.grid, Qt.Key.Key_Left)
    qtbot.keyClick(popup.grid, Qt.Key.Key_Left)  # into Farvardin 1404
    assert popup.title.text() == "فروردین ۱۴۰۴"
    with qtbot.assertNotEmitted(edit.dateChanged):
        qtbot.keyClick(popup.grid, Qt.Key.Key_Escape)
    assert not popup.isVisible() and edit.value() == date(2025, 3, 20)
    # F4 opens it again, on the value
    qtbot.keyClick(edit.line, Qt.Key.Key_F4)
    assert popup.isVisible() and popup.title.text() == "اسفند ۱۴۰۳"


def test_previous_points_toward_the_start_of_the_line(make_edit, qtbot):
    edit = make_edit(FA, date(2025, 6, 18))
    popup = open_popup(qtbot, edit)
    previous, following = popup.previous_button, popup.next_button
    assert previous.geometry().x() > following.geometry().x()  # right-hand side in Persian
    assert (previous.property("points"), following.property("points")) == ("right", "left")
    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert popup.title.text() == "اردیبهشت ۱۴۰۴"
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert popup.title.text() == "تیر ۱۴۰۴"


def test_a_day_is_picked_with_the_mouse_and_today_is_marked(make_edit, qtbot):
    edit = make_edit(FA, date(2025, 6, 18))
    popup = open_popup(qtbot, edit)
    assert [c.date for c in popup.grid.cells if c.today] == [TODAY]
    target = date(2025, 6, 11)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        qtbot.mouseClick(popup.grid, Qt.MouseButton.LeftButton, pos=popup.grid.cell_rect(target).center())
    assert changed.args == [target] and not popup.isVisible()


def test_the_calendar_button_opens_the_month_and_is_off_when_disabled(make_edit, qtbot):
    edit = make_edit(AR, TODAY)
    qtbot.mouseClick(edit.button, Qt.MouseButton.LeftButton)
    assert edit.popup().isVisible()
    edit.popup().close()
    edit.setEnabled(False)
    assert not edit.line.isEnabled() and not edit.button.isEnabled()
    edit.open_popup()
    assert not edit.popup().isVisible()


# -- minimum and maximum ------------------------------------------------------------------


def test_minimum_and_maximum_bound_typing_picking_and_setting(make_edit, qtbot):
    edit = make_edit(FA, TODAY)
    edit.set_minimum(TODAY - timedelta(days=10))
    edit.set_maximum(TODAY)
    edit.set_value(TODAY + timedelta(days=5))
    assert edit.value() == TODAY
    edit.set_value(date(2000, 1, 1))
    assert edit.value() == TODAY - timedelta(days=10)
    edit.set_value(TODAY)

    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, "۱۴۰۴/۰۳/۲۶")  # tomorrow
    assert edit.value() == TODAY and edit.has_error()
    # The typed date and the limit, in Persian digits (the wording is the catalogue's).
    assert "۱۴۰۴/۰۳/۲۶" in edit.error_text() and "۱۴۰۴/۰۳/۲۵" in edit.error_text()
    qtbot.keyClick(edit.line, Qt.Key.Key_Escape)

    popup = open_popup(qtbot, edit)
    grid = popup.grid
    # Both limits fall inside Khordad 1404: no other month to go to.
    assert not popup.next_button.isEnabled() and not popup.previous_button.isEnabled()
    assert not grid.cell(TODAY + timedelta(days=1)).enabled and grid.cell(TODAY).enabled
    assert not grid.cell(TODAY - timedelta(days=11)).enabled
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # a week on is past the maximum: the cursor stays inside
    assert grid.cursor == TODAY
    with qtbot.assertNotEmitted(edit.dateChanged):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(TODAY + timedelta(days=2)).center())
    assert popup.isVisible()
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)  # a month back is before the minimum
    assert grid.cursor == TODAY - timedelta(days=10)


def test_a_maximum_below_the_value_moves_the_value_and_says_so(make_edit, qtbot):
    edit = make_edit(AR, TODAY)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        edit.set_maximum(TODAY - timedelta(days=3))
    assert changed.args == [TODAY - timedelta(days=3)]


# -- the users of the date edit -----------------------------------------------------------


def test_the_ticket_filter_reads_a_typed_jalali_date(qtbot, speak, desk):
    speak("fa")
    bar = TicketFilterBar(desk)  # held here: qtbot keeps only a weak reference
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.date_from.isEnabled()
    bar.use_dates.setChecked(True)
    assert bar.date_from.isEnabled()
    with qtbot.waitSignal(bar.changed):
        retype(qtbot, bar.date_from, "۱۴۰۴/۰۱/۰۱")
    assert bar.filters()["opened_from"] == date(2025, 3, 21)
    assert bar.filters()["opened_to"] == TODAY


def test_the_intake_form_refuses_a_purchase_date_after_today(qtbot, speak, desk_ar):
    speak("ar")
    dialog = IntakeDialog(desk_ar)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    assert dialog.purchase_date.maximum() == TODAY
    assert dialog.promised_date.text() == "١٤٤٦/١٢/٢٢"  # 2025-06-18 in Umm al-Qura
    dialog.purchase_date.line.setFocus()
    dialog.purchase_date.line.selectAll()
    type_text(dialog.purchase_date.line, "١٤٤٦/١٢/٢٠")
    qtbot.keyClick(dialog.purchase_date.line, Qt.Key.Key_Return)
    assert dialog.purchase_date.has_error() and dialog.purchase_date.value() is None  # nothing was given; not today
    retype(qtbot, dialog.purchase_date, "1446/12/10")
    assert dialog.purchase_date.value() == date(2025, 6, 6)



def test_the_calendar_stops_at_the_end_of_the_umm_al_qura_table(make_edit, qtbot):
    edit = make_edit(AR, date(2076, 12, 20))
    popup = open_popup(qtbot, edit)
    for _ in range(3):
        qtbot.keyClick(popup.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(popup.grid, Qt.Key.Key_Down)
    assert popup.grid.cursor <= date(2076, 12, 31) and not popup.next_button.isEnabled()
    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, "1500/03/01")  # after the last day of the field, 1500/02/05
    assert edit.has_error() and "١٥٠٠/٠٣/٠١" in edit.error_text() and "١٥٠٠/٠٢/٠٥" in edit.error_text()
    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, "1342/01/01")  # before the Umm al-Qura table
    assert edit.has_error() and "١٣٤٣" in edit.error_text()


def test_another_calendar_chosen_in_the_settings_shows_the_same_day(make_edit, qtbot):
    edit = make_edit(FA, TODAY)
    with qtbot.assertNotEmitted(edit.dateChanged):
        edit.set_locale(Locale(lang="fa", calendar=Calendar.GREGORIAN))
    assert edit.text() == "۲۰۲۵/۰۶/۱۵" and edit.value() == TODAY
    popup = open_popup(qtbot, edit)
    assert popup.title.text() == "ژوئن ۲۰۲۵"
    retype(qtbot, edit, "2025-02-28")
    assert edit.value() == date(2025, 2, 28)
