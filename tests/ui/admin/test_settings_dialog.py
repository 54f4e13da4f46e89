"""Settings: this computer's language, calendar, digits and currency; the company's details."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from app import config
from app.domain.kinds import Role
from app.locale.calendars import Calendar, add_months
from app.locale.display import Locale
from app.services.company import company_settings, save_company_settings
from app.services.desk import Actor, Desk, open_desk
from app.services.units import AssetInput, create_product, register_asset
from app.ui.admin.settings_dialog import SettingsDialog
from app.ui.tickets.intake_dialog import IntakeDialog
from tests.ui.conftest import answer_next_box, type_text


@pytest.fixture
def open_settings(open_dialog) -> Callable[[Desk], SettingsDialog]:
    def opener(desk: Desk) -> SettingsDialog:
        return open_dialog(desk.locale.lang, lambda: SettingsDialog(desk))

    return opener


def tr(text: str, context: str = "SettingsDialog") -> str:
    """The text in the installed language (the catalogue may not have it yet: then English)."""
    return QCoreApplication.translate(context, text)


def week(start: str, *weekend: str) -> str:
    days = weekend[0] if len(weekend) == 1 else tr("{first} and {second}").format(first=weekend[0],
                                                                                 second=weekend[1])
    return tr("The week starts on {day}; the weekend is {days}.").format(day=start, days=days)


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, role.value, role), desk.locale, desk.today)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def choices(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def answer_box(seen: list[str]) -> None:
    """Press OK on the next message box, keeping its text."""
    answer_next_box(seen, lambda box: box.button(QMessageBox.StandardButton.Ok).click())


def tiny_png(path) -> str:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path), "PNG")
    return str(path)


def test_arabic_hijri_and_latin_digits_are_saved_for_the_next_start(open_settings, desk, qtbot):
    dialog = open_settings(desk)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (dialog.language.currentData(), dialog.calendar.currentData(), dialog.digits.currentData()) == (
        "fa", "jalali", True)
    choose(dialog.language, "ar")
    choose(dialog.calendar, "hijri")
    choose(dialog.digits, False)
    seen: list[str] = []
    answer_box(seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert seen == [tr("Khedmat will use the new language, calendar, digits and currency the next time it starts.")]
    saved = config.machine_settings()
    assert saved["lang"] == "ar" and config.language() == "ar"
    chosen = Locale.from_settings("ar", saved)
    assert chosen == Locale(lang="ar", calendar=Calendar.HIJRI, region="SA", native_digits=False)
    # The session keeps its own locale until the next start.
    assert desk.locale == Locale.for_language("fa")


def test_a_choice_differing_from_the_language_default_is_kept(open_settings, desk):
    dialog = open_settings(desk)
    choose(dialog.calendar, "gregorian")
    choose(dialog.money_unit, "toman")
    dialog._tell_next_start = lambda: None
    assert dialog.save()
    assert config.machine_settings() == {"lang": "fa", "calendar": "gregorian", "native_digits": None,
                                         "region": None, "money_unit": "toman"}
    chosen = Locale.from_settings("fa", config.machine_settings())
    assert (chosen.calendar, chosen.native_digits, chosen.money_unit) == (Calendar.GREGORIAN, True, "toman")
    # Opening the dialog again shows what is saved, though it waits for the next start.
    again = open_settings(desk)
    assert (again.calendar.currentData(), again.money_unit.currentData()) == ("gregorian", "toman")


def test_nothing_changed_says_nothing_about_the_next_start(open_settings, desk):
    dialog = open_settings(desk)
    told = []
    dialog._tell_next_start = lambda: told.append(True)
    assert dialog.save()
    assert told == []
    assert Locale.from_settings("fa", config.machine_settings()) == desk.locale


def test_the_calendars_follow_the_language(open_settings, desk):
    dialog = open_settings(desk)
    assert choices(dialog.calendar) == ["jalali", "gregorian"]
    assert dialog.digits.isEnabled()
    choose(dialog.language, "ar")
    assert choices(dialog.calendar) == ["hijri", "gregorian"]
    assert dialog.calendar.currentData() == "hijri" and dialog.region.currentData() == "SA"
    choose(dialog.language, "en")
    assert choices(dialog.calendar) == ["gregorian", "jalali", "hijri"]
    assert dialog.calendar.currentData() == "gregorian"
    assert not dialog.digits.isEnabled() and dialog.digits.currentData() is False
    assert dialog.calendar.itemText(0) == tr("Gregorian")


def test_the_week_follows_the_region(open_settings, desk):
    dialog = open_settings(desk)
    assert dialog.region.currentData() == "IR"
    assert dialog.week.text() == week("شنبه", "جمعه")
    choose(dialog.region, "SA")
    assert dialog.week.text() == week("یکشنبه", "جمعه", "شنبه")
    assert not dialog.money_unit.isEnabled()
    assert dialog.example.text().endswith("۲۵۰ ریال سعودی")


def test_the_week_in_arabic(open_settings, desk_ar):
    dialog = open_settings(desk_ar)
    assert dialog.week.text() == week("الأحد", "الجمعة", "السبت")
    choose(dialog.region, "IR")
    assert dialog.week.text() == week("السبت", "الجمعة")
    choose(dialog.money_unit, "toman")
    assert dialog.example.text().endswith("٢٥٠٬٠٠٠ تومان")


def test_a_manager_saves_the_company_name_and_logo(open_settings, desk, qtbot, tmp_path):
    manager = as_role(desk, Role.MANAGER)
    dialog = open_settings(manager)
    assert dialog.read_only_note.isHidden()
    dialog.tabs.setCurrentWidget(dialog.company_tab)
    assert dialog.logo_preview.text() == tr("No logo")
    type_text(dialog.name, "خدمات فنی البرز")
    dialog.set_logo(tiny_png(tmp_path / "logo.png"))
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    saved = company_settings(desk)
    assert (saved.name, saved.logo_path) == ("خدمات فنی البرز", str(tmp_path / "logo.png"))
    assert config.machine_settings()["lang"] == "fa"


def test_a_logo_that_is_no_image_is_refused_beside_it(open_settings, desk, tmp_path):
    dialog = open_settings(desk)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    dialog.set_logo(str(fake))
    assert dialog.logo_preview.text() == tr("Cannot show this file")
    assert dialog.save() is False
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.company_tab
    assert dialog.errors.text("logo") == tr("The logo must be a PNG or JPEG image.", "Errors")
    assert company_settings(desk).logo_path == ""
    assert config.machine_settings() == {}


def test_a_stale_company_save_offers_the_other_version(open_settings, desk):
    dialog = open_settings(desk)
    theirs = company_settings(desk)
    save_company_settings(desk, replace(theirs, name="شرکت دیگر"), theirs.version_token)
    dialog.name.setText("شرکت من")
    dialog._ask_reload = lambda error: True
    assert dialog.save() is False
    assert dialog.name.text() == "شرکت دیگر"
    dialog.name.setText("شرکت من")
    dialog._tell_next_start = lambda: None
    assert dialog.save() is True
    assert company_settings(desk).name == "شرکت من"


def test_a_clerk_sees_the_company_read_only(open_settings, desk):
    before = company_settings(desk)
    save_company_settings(desk, replace(before, name="خدمات فنی البرز"), before.version_token)
    dialog = open_settings(as_role(desk, Role.CLERK))
    dialog.tabs.setCurrentWidget(dialog.company_tab)
    assert dialog.read_only_note.isVisible()
    assert dialog.read_only_note.text() == tr("Only a manager can change the company details.")
    assert dialog.name.text() == "خدمات فنی البرز" and dialog.name.isReadOnly()
    assert dialog.address.isReadOnly() and dialog.terms.isReadOnly() and dialog.phone.isReadOnly()
    assert not dialog.choose_logo_button.isEnabled()
    # This computer's choices stay the clerk's to make.
    assert dialog.language.isEnabled()
    dialog.name.setText("تغییر")
    choose(dialog.digits, False)
    dialog._tell_next_start = lambda: None
    assert dialog.save() is True
    assert company_settings(desk).name == "خدمات فنی البرز"
    assert config.machine_settings()["native_digits"] is False


def test_the_tools_menu_opens_the_settings(open_window, qtbot):
    window, _desk = open_window("ar")
    assert window.settings_action in window.tools_menu.actions()
    assert window.settings_action.text() == tr("&Settings…", "MainWindow")
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == tr("Settings")
    dialog.reject()


def test_a_manager_chooses_how_documents_are_printed(open_settings, desk, qtbot):
    manager = as_role(desk, Role.MANAGER)
    dialog = open_settings(manager)
    dialog.tabs.setCurrentWidget(dialog.documents_tab)
    assert dialog.tabs.tabText(2) == tr("Documents")
    assert (dialog.page_size.currentData(), dialog.workshop_copy.currentData(), dialog.repair_warranty.value()) == (
        "A5", "next_page", 90)
    assert choices(dialog.page_size) == ["A5", "A4"]
    assert choices(dialog.workshop_copy) == ["none", "same_page", "next_page"]
    assert dialog.workshop_copy.currentText() == tr("On the next page")
    choose(dialog.page_size, "A4")
    choose(dialog.workshop_copy, "same_page")
    dialog.repair_warranty.setValue(30)
    assert dialog.repair_warranty.text().endswith(tr(" days"))
    assert dialog.repair_warranty.text().startswith("۳۰"), "the days in the user's digits"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    saved = company_settings(desk)
    assert (saved.page_size, saved.workshop_copy, saved.repair_warranty_days) == ("A4", "same_page", 30)


def test_no_warranty_on_the_repair_reads_as_such(open_settings, desk):
    dialog = open_settings(desk)
    dialog.repair_warranty.setValue(0)
    assert dialog.repair_warranty.text() == tr("No warranty")
    dialog._tell_next_start = lambda: None
    assert dialog.save() is True
    assert company_settings(desk).repair_warranty_days == 0


def test_a_clerk_cannot_change_the_document_choices(open_settings, desk):
    dialog = open_settings(as_role(desk, Role.CLERK))
    dialog.tabs.setCurrentWidget(dialog.documents_tab)
    assert dialog.documents_read_only_note.isVisible()
    assert not any(w.isEnabled() for w in (dialog.page_size, dialog.workshop_copy, dialog.repair_warranty,
                                           dialog.period_calendar))


def test_a_manager_chooses_the_calendar_periods_are_counted_in(open_settings, open_dialog, desk_ar, qtbot):
    dialog = open_settings(desk_ar)
    dialog.tabs.setCurrentWidget(dialog.documents_tab)
    assert dialog.documents_labels[3].text() == tr("Warranty and contract periods counted in")
    assert dialog.documents_labels[3].buddy() is dialog.period_calendar and dialog.period_calendar.isEnabled()
    assert choices(dialog.period_calendar) == ["region", "jalali", "gregorian", "hijri"]
    assert dialog.period_calendar.currentText() == tr(
        "The region's legal calendar (Jalali months in Iran, Gregorian in Saudi Arabia)")
    assert dialog.period_calendar.itemText(3) == tr("Hijri (Umm al-Qura)")
    assert desk_ar.period_calendar is Calendar.GREGORIAN
    choose(dialog.period_calendar, "hijri")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert company_settings(desk_ar).period_calendar == "hijri"
    assert desk_ar.period_calendar is Calendar.HIJRI, "this desk counts the new way at once"
    assert open_desk(desk_ar.store, desk_ar.locale).period_calendar is Calendar.HIJRI
    again = open_settings(desk_ar)
    assert again.period_calendar.currentData() == "hijri"

    # The intake's preview and the registration give the unit the same end.
    bought = date(2025, 1, 10)
    intake = open_dialog("ar", lambda: IntakeDialog(desk_ar))
    intake.purchase_date.set_value(bought)
    intake.warranty_months.setValue(12)
    preview = intake._planned_coverage().until
    product = create_product(desk_ar, "Gree", "GWH-18", warranty_months=12)
    registered = register_asset(desk_ar, AssetInput(serial="AC-9001", product_id=product.id, customer_id=None,
                                                    purchase_date=bought))
    assert preview == registered.warranties[0].end_date == add_months(bought, 12, Calendar.HIJRI)
    assert preview != add_months(bought, 12, Calendar.GREGORIAN)


def test_an_arabic_session_on_a_persian_computer_shows_its_own_choices(open_settings, desk_ar):
    """Trap 7: opened on the Arabic desk, the settings showed Persian, Jalali and rial (this
    computer's saved choices) and saving would have switched the computer back."""
    config.save_machine_setting("lang", "fa")
    config.save_machine_setting("calendar", "jalali")
    config.save_machine_setting("region", "IR")
    dialog = open_settings(desk_ar)
    assert dialog.language.currentData() == "ar"
    assert dialog.calendar.currentData() == desk_ar.locale.calendar.value
    assert dialog.region.currentData() == "SA"
    assert dialog.chosen_locale() == desk_ar.locale


def test_a_manager_sets_how_many_days_ahead_periodic_services_are_reminded(open_settings, desk, qtbot):
    dialog = open_settings(as_role(desk, Role.MANAGER))
    dialog.tabs.setCurrentWidget(dialog.documents_tab)
    assert dialog.remind_days.value() == 7 and dialog.remind_days.isEnabled()
    assert dialog.remind_days_label.text() == tr("Remind of periodic services")
    assert (dialog.remind_days.minimum(), dialog.remind_days.maximum()) == (0, 60)
    dialog.remind_days.setValue(14)
    assert dialog.remind_days.text().startswith("۱۴")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert company_settings(desk).remind_days_ahead == 14
    assert not open_settings(as_role(desk, Role.CLERK)).remind_days.isEnabled()
