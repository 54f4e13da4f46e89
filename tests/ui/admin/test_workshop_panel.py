"""The workshop's hours and holidays in the Settings dialog, as a manager sets them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtTest import QTest

from app.domain.kinds import Role
from app.services.company import company_settings, save_company_settings
from app.services.desk import Actor, Desk
from app.ui.admin.settings_dialog import SettingsDialog


@pytest.fixture
def open_settings(open_dialog) -> Callable[[Desk], SettingsDialog]:
    def opener(desk: Desk) -> SettingsDialog:
        return open_dialog(desk.locale.lang, lambda: SettingsDialog(desk))

    return opener


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, role.value, role), desk.locale, desk.today)


def shown_days(panel) -> list[str]:
    return [panel.holidays.item(i).text() for i in range(panel.holidays.count())]


def test_a_manager_adds_holidays_in_the_jalali_calendar_and_removes_one(open_settings, desk, qtbot):
    manager = as_role(desk, Role.MANAGER)
    dialog = open_settings(manager)
    panel = dialog.workshop_panel
    dialog.tabs.setCurrentWidget(panel)
    assert dialog.tabs.tabText(4) == QCoreApplication.translate("SettingsDialog", "Workshop hours")
    assert (panel.opens.time(), panel.closes.time()) == (QTime(9, 0), QTime(18, 0))
    for typed in ("1404/01/02", "1404/01/01", "1404/01/13", "1404/01/01"):  # Nowruz twice: listed once
        panel.day.line.setText(typed)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert shown_days(panel) == ["۱۴۰۴/۰۱/۰۱", "۱۴۰۴/۰۱/۰۲", "۱۴۰۴/۰۱/۱۳"]
    assert panel.day.value() is None  # ready for the next day, none made up
    panel.holidays.setCurrentRow(1)
    dialog.activateWindow()
    panel.holidays.setFocus()
    qtbot.waitUntil(panel.holidays.hasFocus)
    QTest.keyClick(panel.holidays, Qt.Key.Key_Delete)
    assert shown_days(panel) == ["۱۴۰۴/۰۱/۰۱", "۱۴۰۴/۰۱/۱۳"]
    panel.opens.setTime(QTime(8, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    saved = company_settings(desk)
    assert (saved.workshop_hours_start, saved.workshop_hours_end) == (510, 1080)
    assert saved.workshop_holidays == "2025-03-21\n2025-04-02"
    again = open_settings(manager).workshop_panel
    assert shown_days(again) == ["۱۴۰۴/۰۱/۰۱", "۱۴۰۴/۰۱/۱۳"] and again.opens.time() == QTime(8, 30)


def test_nothing_is_added_without_a_day(open_settings, desk, qtbot):
    panel = open_settings(as_role(desk, Role.MANAGER)).workshop_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.day.line.setText("1404/13/40")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.holidays.count() == 0 and panel.day.has_error()


def test_a_workshop_closing_before_it_opens_is_refused_beside_the_field(open_settings, desk, qtbot):
    before = company_settings(desk)
    dialog = open_settings(as_role(desk, Role.MANAGER))
    panel = dialog.workshop_panel
    dialog.tabs.setCurrentWidget(dialog.company_tab)
    panel.opens.setTime(QTime(18, 0))
    panel.closes.setTime(QTime(9, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.tabs.currentWidget() is panel
    assert dialog.errors.text("workshop_hours_end").strip("\u200f") == QCoreApplication.translate(
        "Errors", "The workshop must close after it opens.")
    assert company_settings(desk) == before


def test_a_clerk_sees_the_workshop_hours_but_cannot_change_them(open_settings, desk):
    manager = as_role(desk, Role.MANAGER)
    saved = company_settings(manager)
    save_company_settings(manager, replace(saved, workshop_holidays="2025-03-21"), saved.version_token)
    panel = open_settings(as_role(desk, Role.CLERK)).workshop_panel
    assert shown_days(panel) == ["۱۴۰۴/۰۱/۰۱"]
    assert not any(w.isEnabled() for w in (panel.opens, panel.closes, panel.add_button, panel.remove_button))
    assert date(2025, 3, 21).isoformat() in company_settings(desk).workshop_holidays
