from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.coverage import CoverageKind
from app.locale.text import isolate_ltr, to_ascii_digits
from app.services.customers import CustomerInput, create_customer, find_customers
from app.services.desk import Desk
from app.services.history import tickets_of
from app.services.tickets import get_ticket
from app.services.units import (
    AssetInput,
    assets_of,
    create_product,
    find_asset,
    list_products,
    register_asset,
    void_warranty,
    warranty_end,
)
from app.ui.marks import COVERAGE_COLOURS
from app.ui.messages import RLM
from app.ui.tickets.intake_dialog import IntakeDialog
from tests.conftest import TODAY
from tests.services.helpers import keep_legacy_name
from tests.ui.conftest import type_text


@pytest.fixture
def open_intake(qtbot, speak) -> Callable[[Desk], IntakeDialog]:
    def opener(desk: Desk) -> IntakeDialog:
        speak(desk.locale.lang)
        dialog = IntakeDialog(desk)
        # done() skips the "discard what you typed?" question that close() would ask.
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        return dialog

    return opener


def search_for(qtbot, dialog: IntakeDialog, text: str) -> None:
    """Type in the customer box as a clerk does and wait for the pause-then-search."""
    dialog.search.setFocus()
    type_text(dialog.search, text)
    qtbot.waitUntil(lambda: not dialog._search_timer.isActive())


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_serial(qtbot, dialog: IntakeDialog, serial: str) -> None:
    dialog.serial.setFocus()
    qtbot.keyClicks(dialog.serial, serial)
    enter(qtbot, dialog.serial)


def choose_product(qtbot, dialog: IntakeDialog, typed: str) -> None:
    """Pick the unit's product from the list by typing its start, as a clerk does."""
    dialog.product.setFocus()
    qtbot.keyClicks(dialog.product, typed)


def describe_fault(dialog: IntakeDialog, text: str = "روشن نمی‌شود") -> None:
    dialog.fault.setFocus()
    type_text(dialog.fault, text)


def save_with_keyboard(qtbot, dialog: IntakeDialog, keys: Qt.Key = Qt.Key.Key_S) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, keys, Qt.KeyboardModifier.ControlModifier)


def test_a_new_customer_and_a_new_unit_open_a_ticket_from_the_keyboard(open_intake, desk, qtbot):
    product = create_product(desk, "Snowa", "SWM-8420", warranty_months=18)
    dialog = open_intake(desk)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.focusWidget() is dialog.search

    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹")
    assert dialog.new_customer.isVisible()
    assert dialog.new_mobile.text() == "۰۹۱۲۳۴۵۶۷۸۹"
    enter(qtbot, dialog.search)
    assert dialog.focusWidget() is dialog.new_name
    type_text(dialog.new_name, "رضا احمدی")
    enter(qtbot, dialog.new_name)
    assert dialog.focusWidget() is dialog.new_mobile

    type_serial(qtbot, dialog, "sn-5501")
    assert dialog.register.isVisible()
    assert dialog.focusWidget() is dialog.product
    assert dialog.product.currentText() == "محصول را انتخاب کنید…", "no product is chosen for the clerk"
    assert dialog.purchase_date.value() is None and dialog.purchase_date.text() == ""
    assert dialog.banner.text().startswith("پوشش نامعلوم")
    qtbot.keyClicks(dialog.product, "Snowa")
    assert dialog.product.currentData() == product
    assert dialog.warranty_months.value() == 18
    bought = TODAY - timedelta(days=60)
    dialog.purchase_date.setFocus()
    type_text(dialog.purchase_date.line, desk.locale.date(bought))
    enter(qtbot, dialog.purchase_date.line)
    until = warranty_end(bought, 18, desk)
    assert dialog.banner.text().splitlines()[0] == f"در گارانتی تا {desk.locale.date(until)}"

    dialog.fault.setFocus()
    type_text(dialog.fault, "روشن نمی‌شود")
    with qtbot.waitSignal(dialog.ticket_opened) as opened:
        save_with_keyboard(qtbot, dialog)

    [customer] = find_customers(desk, "09123456789")
    assert customer.name == "رضا احمدی"
    unit = find_asset(desk, "SN5501")
    assert unit is not None and unit.customer_id == customer.id and unit.product.id == product.id
    ticket = get_ticket(desk, opened.args[0])
    assert ticket == dialog.ticket
    assert (ticket.customer_id, ticket.asset_id, ticket.fault) == (customer.id, unit.id, "روشن نمی‌شود")
    assert (ticket.coverage, ticket.coverage_until) == (CoverageKind.WARRANTY, until)
    assert ticket.promised_date == TODAY + timedelta(days=3)
    assert isolate_ltr(desk.locale.digits(ticket.number)) in dialog.result.text()
    assert not dialog.job_group.isEnabled() and not dialog.save_button.isVisible()
    assert dialog.new_ticket_button.isVisible() and dialog.close_button.isVisible()
    assert dialog.print_button.isEnabled() and dialog.print_button.toolTip(), "the job card can be printed now"


def test_typing_persian_letters_finds_a_customer_stored_with_arabic_letters(open_intake, desk, qtbot):
    stored = create_customer(desk, CustomerInput(name="علي كاظمي", mobile="09125550000"))
    keep_legacy_name(desk, stored.id, "علي كاظمي")
    create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="09351112233"))
    dialog = open_intake(desk)

    search_for(qtbot, dialog, "کاظمی")
    assert dialog.matches.count() == 1 and not dialog.new_customer.isVisible()
    assert "علي كاظمي" in dialog.matches.item(0).text()
    assert "۰۹۱۲" in dialog.matches.item(0).text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    enter(qtbot, dialog.search)
    assert dialog.chosen.isVisible() and "علي كاظمي" in dialog.chosen.text()
    assert dialog.focusWidget() is dialog.serial

    dialog.fault.setFocus()
    type_text(dialog.fault, "صدا می‌دهد")
    save_with_keyboard(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.ticket is not None
    assert (dialog.ticket.customer_id, dialog.ticket.asset_id) == (stored.id, None)
    assert dialog.ticket.fault == "صدا می‌دهد"


def test_ctrl_n_adds_a_customer_whose_name_matches_others(open_intake, desk, qtbot):
    create_customer(desk, CustomerInput(name="علی رضایی", mobile="09125550000"))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "علی")
    assert dialog.matches.count() == 1 and not dialog.new_customer.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.new_customer.isVisible() and dialog.new_name.text() == "علی"
    assert dialog.focusWidget() is dialog.new_name


def test_the_ticket_fields_start_from_a_walk_in_repair_promised_in_three_days(open_intake, desk):
    dialog = open_intake(desk)
    assert (dialog.channel.currentText(), dialog.kind.currentText(), dialog.priority.currentText()) == (
        "مراجعه حضوری", "تعمیر", "عادی")
    assert dialog.promised_date.value() == TODAY + timedelta(days=3)
    # Year first, as the clerk writes it, even inside the right-to-left form.
    assert to_ascii_digits(dialog.promised_date.text()) == "1404/03/28"


def test_a_unit_under_warranty_shows_its_end_in_jalali_with_persian_digits(open_intake, desk, qtbot):
    owner = create_customer(desk, CustomerInput(name="مریم نوری", mobile="09121110000"))
    product = create_product(desk, "LG", "WM-1450", warranty_months=24)
    register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    dialog = open_intake(desk)

    type_serial(qtbot, dialog, "lg778")
    assert dialog.banner.isVisible() and not dialog.register.isVisible()
    assert dialog.focusWidget() is dialog.channel
    assert dialog.banner.text().splitlines()[0] == "در گارانتی تا ۱۴۰۵/۰۶/۱۱"
    assert COVERAGE_COLOURS[CoverageKind.WARRANTY][0].name() in dialog.banner.styleSheet()
    assert "LG WM-1450" in dialog.unit_info.text()
    # The clerk began with the unit, so its owner is taken as the customer at the counter.
    assert "مریم نوری" in dialog.chosen.text() and not dialog.owner_warning.isVisible()


def test_a_unit_of_another_customer_is_flagged(open_intake, desk, qtbot):
    owner = create_customer(desk, CustomerInput(name="مریم نوری", mobile="09121110000"))
    create_customer(desk, CustomerInput(name="حسن رضایی", mobile="09361110000"))
    product = create_product(desk, "LG", "WM-1450")
    register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    dialog = open_intake(desk)

    search_for(qtbot, dialog, "حسن")
    enter(qtbot, dialog.search)
    type_serial(qtbot, dialog, "LG-778")
    assert dialog.owner_warning.isVisible() and "مریم نوری" in dialog.owner_warning.text()
    assert dialog.found.transfer.isVisible() and dialog.found.transfer.text() == "انتقال به این مشتری…"


def test_saving_with_a_unit_of_another_customer_offers_the_transfer_or_stops(open_intake, desk, qtbot):
    owner = create_customer(desk, CustomerInput(name="مریم نوری", mobile="09121110000"))
    buyer = create_customer(desk, CustomerInput(name="حسن رضایی", mobile="09361110000"))
    product = create_product(desk, "LG", "WM-1450")
    register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "حسن")
    enter(qtbot, dialog.search)
    type_serial(qtbot, dialog, "LG-778")
    dialog.fault.setFocus()
    type_text(dialog.fault, "آبگیری نمی‌کند")
    questions: list[str] = []
    dialog._confirm = lambda question: questions.append(question) or False
    dialog.save()
    assert tickets_of(desk, buyer.id) == [] and tickets_of(desk, owner.id) == [], "cancelled: no ticket"
    assert "مریم نوری" in questions[0] and "حسن رضایی" in questions[0] and "LG" in questions[0]
    dialog._confirm = lambda question: True
    with qtbot.waitSignal(dialog.ticket_opened):
        dialog.save()
    assert find_asset(desk, "LG-778").customer_id == buyer.id
    assert len(tickets_of(desk, buyer.id)) == 1
    assert not dialog.owner_warning.isVisible()


def test_a_known_customers_units_are_offered_to_pick(open_intake, desk, qtbot):
    owner = create_customer(desk, CustomerInput(name="مریم نوری", mobile="09121110000"))
    product = create_product(desk, "LG", "WM-1450")
    register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    register_asset(desk, AssetInput("LG-900", product.id, owner.id, purchase_date=date(2025, 2, 1)))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۱۱۱۰۰۰۰")
    assert "مریم نوری" in dialog.chosen.text(), "the exact mobile is picked"
    units = dialog.customer_units
    assert units.isVisible() and units.count() == 2
    [second] = [units.item(i) for i in range(units.count()) if units.item(i).data(Qt.ItemDataRole.UserRole) == "LG-900"]
    assert "LG WM-1450" in second.text()
    qtbot.mouseClick(units.viewport(), Qt.MouseButton.LeftButton, pos=units.visualItemRect(second).center())
    assert dialog.serial.text() == "LG-900" and "LG WM-1450" in dialog.unit_info.text()
    assert not units.isVisible() and dialog.focusWidget() is dialog.fault


def test_a_voided_warranty_shows_the_reason(open_intake, desk, qtbot):
    owner = create_customer(desk, CustomerInput(name="مریم نوری", mobile="09121110000"))
    product = create_product(desk, "LG", "WM-1450", warranty_months=24)
    unit = register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    warranty = unit.warranties[0]
    void_warranty(desk, warranty.id, warranty.version, "باز شده توسط تعمیرکار غیرمجاز")
    dialog = open_intake(desk)

    type_serial(qtbot, dialog, "LG-778")
    assert dialog.banner.text() == "گارانتی باطل شده: باز شده توسط تعمیرکار غیرمجاز"
    assert COVERAGE_COLOURS[CoverageKind.VOID][0].name() in dialog.banner.styleSheet()


def test_an_invalid_mobile_is_shown_beside_the_mobile_field_and_nothing_is_created(open_intake, desk, qtbot):
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۱۲۳۴۵")
    type_text(dialog.new_name, "رضا احمدی")
    dialog.fault.setFocus()
    type_text(dialog.fault, "روشن نمی‌شود")
    save_with_keyboard(qtbot, dialog)

    # A right-to-left mark: the message reads right to left though it starts with the typed value.
    assert dialog.errors.text("mobile") == RLM + "۱۲۳۴۵ شماره موبایل معتبری در ایران نیست؛ اگر خارجی است، آن را با کد کشور (+…) بنویسید"
    assert dialog.focusWidget() is dialog.new_mobile
    assert dialog.ticket is None and dialog.save_button.isVisible()
    assert find_customers(desk, "رضا") == []


def test_a_duplicate_mobile_is_refused_and_its_owner_offered(open_intake, desk, qtbot):
    existing = create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="09351112233"))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "مینا")
    type_text(dialog.new_name, "مینا")
    type_text(dialog.new_mobile, "۰۹۳۵۱۱۱۲۲۳۳")
    describe_fault(dialog)
    save_with_keyboard(qtbot, dialog)

    assert "سارا رحیمی" in dialog.errors.text("mobile")
    assert dialog.ticket is None
    assert dialog.matches.isVisible() and "سارا رحیمی" in dialog.matches.item(0).text()
    dialog.search.setFocus()
    enter(qtbot, dialog.search)
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is not None and dialog.ticket.customer_id == existing.id
    assert [c.id for c in find_customers(desk, "09351112233")] == [existing.id]
    assert find_customers(desk, "مینا") == []


def test_a_serial_saved_before_it_was_looked_up_is_not_registered_unseen(open_intake, desk, qtbot):
    create_product(desk, "Snowa", "SWM-8420")
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹ رضا احمدی")
    dialog.fault.setPlainText("روشن نمی‌شود")
    dialog.serial.setFocus()
    qtbot.keyClicks(dialog.serial, "SN-2")
    save_with_keyboard(qtbot, dialog)

    assert dialog.errors.text("serial") and dialog.register.isVisible() and dialog.banner.isVisible()
    assert dialog.ticket is None and find_asset(desk, "SN-2") is None
    assert find_customers(desk, "09123456789") == []


def test_a_retry_after_a_later_failure_reuses_the_customer_and_unit_it_created(open_intake, desk, qtbot):
    create_product(desk, "Snowa", "SWM-8420")
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹ رضا احمدی")
    assert (dialog.new_name.text(), dialog.new_mobile.text()) == ("رضا احمدی", "۰۹۱۲۳۴۵۶۷۸۹")
    type_serial(qtbot, dialog, "SN-1")
    choose_product(qtbot, dialog, "Snowa")
    dialog.promised_date.set_value(TODAY - timedelta(days=1))
    describe_fault(dialog)
    save_with_keyboard(qtbot, dialog)

    assert dialog.errors.text("promised_date") == "موعد تحویل در گذشته است."
    assert dialog.ticket is None
    [customer] = find_customers(desk, "09123456789")
    assert len(assets_of(desk, customer.id)) == 1
    assert dialog.chosen.isVisible() and not dialog.new_customer.isVisible()

    dialog.promised_date.set_value(TODAY + timedelta(days=1))
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is not None
    assert [c.id for c in find_customers(desk, "09123456789")] == [customer.id]
    assert [t.number for t in tickets_of(desk, customer.id)] == [dialog.ticket.number]
    assert [a.serial for a in assets_of(desk, customer.id)] == ["SN-1"]


def test_the_arabic_desk_registers_a_new_product_and_shows_the_hijri_end(open_intake, desk_ar, qtbot):
    dialog = open_intake(desk_ar)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    search_for(qtbot, dialog, "٠٥٠١٢٣٤٥٦٧")
    type_text(dialog.new_name, "خالد العتيبي")
    type_serial(qtbot, dialog, "AC-9001")
    assert dialog.product.currentText() == "علامة تجارية وموديل جديدان…" and dialog.model.isVisible()
    type_text(dialog.brand, "Gree")
    qtbot.keyClicks(dialog.model, "GWH-18")
    dialog.warranty_months.setValue(12)
    assert dialog.banner.text().startswith("التغطية غير معروفة"), "bought when? nobody said: not today"
    dialog.purchase_date.setFocus()
    type_text(dialog.purchase_date.line, desk_ar.locale.date(TODAY))
    enter(qtbot, dialog.purchase_date.line)
    until = warranty_end(TODAY, 12, desk_ar)
    assert dialog.banner.text().splitlines()[0] == f"ضمن الضمان حتى {desk_ar.locale.date(until)}"
    assert "١٤٤٧" in dialog.banner.text()
    dialog.fault.setFocus()
    type_text(dialog.fault, "لا يبرد")
    save_with_keyboard(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.ticket is not None
    assert [p.title for p in list_products(desk_ar)] == ["Gree GWH-18"]
    [customer] = find_customers(desk_ar, "0501234567")
    assert customer.mobile == "+966501234567"
    assert (dialog.ticket.customer_id, dialog.ticket.coverage) == (customer.id, CoverageKind.WARRANTY)
    assert isolate_ltr(desk_ar.locale.digits(dialog.ticket.number)) in dialog.result.text()


def test_new_ticket_clears_the_dialog_for_the_next_customer(open_intake, desk, qtbot):
    create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="09351112233"))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "سارا")
    enter(qtbot, dialog.search)
    describe_fault(dialog)
    save_with_keyboard(qtbot, dialog)
    assert dialog.focusWidget() is dialog.new_ticket_button

    enter(qtbot, dialog.new_ticket_button)
    assert dialog.ticket is None and dialog.search.text() == "" and not dialog.chosen.isVisible()
    assert dialog.customer_group.isEnabled() and dialog.save_button.isVisible()
    assert not dialog.result.isVisible() and dialog.focusWidget() is dialog.search


def answer_next_question(dialog: IntakeDialog, button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        [box] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_escape_closes_at_once_when_nothing_was_typed(open_intake, desk, qtbot):
    dialog = open_intake(desk)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_asks_before_losing_what_was_typed(open_intake, desk, qtbot):
    dialog = open_intake(desk)
    type_text(dialog.search, "رضا")
    answer_next_question(dialog, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.search.text() == "رضا"
    answer_next_question(dialog, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_impossible_purchase_date_blocks_the_save_beside_its_field(open_intake, desk, qtbot):
    """Trap 1: 1405/12/31 was refused in red, yet Ctrl+S registered the unit bought today."""
    create_product(desk, "Snowa", "SWM-8420", warranty_months=18)
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹ رضا احمدی")
    type_serial(qtbot, dialog, "SN-77")
    choose_product(qtbot, dialog, "Snowa")
    dialog.purchase_date.setFocus()
    type_text(dialog.purchase_date.line, "۱۴۰۵/۱۲/۳۱")  # Esfand 1405 has 29 days
    dialog.fault.setFocus()
    type_text(dialog.fault, "روشن نمی‌شود")
    save_with_keyboard(qtbot, dialog)

    assert dialog.ticket is None and find_asset(desk, "SN77") is None
    assert dialog.errors.text("purchase_date"), "the reason stands beside the field"
    assert dialog.focusWidget() is dialog.purchase_date.line
    assert not dialog.banner.text().startswith("در گارانتی")

    dialog.purchase_date.line.selectAll()
    type_text(dialog.purchase_date.line, "۱۴۰۳/۱۲/۲۹")
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is not None
    assert find_asset(desk, "SN77").purchase_date == date(2025, 3, 19)


def test_a_new_unit_has_no_product_and_no_purchase_date_until_the_clerk_gives_them(open_intake, desk, qtbot):
    """Trap 1: a new serial started with today's date and the first product, so one Ctrl+S
    registered a fresh warranty nobody asked for."""
    create_product(desk, "Snowa", "SWM-8420", warranty_months=18)
    create_product(desk, "LG", "F4V5", warranty_months=24)
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹ رضا احمدی")
    type_serial(qtbot, dialog, "SN-78")
    assert dialog.product.currentIndex() == 0 and dialog.product.currentText() == "محصول را انتخاب کنید…"
    assert dialog.banner.text() == "پوشش نامعلوم: تاریخ خرید را وارد کنید (بدون آن گارانتی ثبت نمی‌شود)"
    dialog.fault.setFocus()
    type_text(dialog.fault, "صدا می‌دهد")
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is None and find_asset(desk, "SN78") is None
    assert "محصول دستگاه را انتخاب کنید" in dialog.errors.text("product")

    choose_product(qtbot, dialog, "LG")
    assert dialog.warranty_months.value() == 24
    assert dialog.banner.text().startswith("پوشش نامعلوم"), "still no purchase date"
    save_with_keyboard(qtbot, dialog)
    unit = find_asset(desk, "SN78")
    assert unit is not None and unit.purchase_date is None and not unit.warranties
    assert dialog.ticket is not None and dialog.ticket.coverage is CoverageKind.NONE


def test_an_empty_fault_is_refused_beside_it_before_anything_is_made(open_intake, desk, qtbot):
    """Trap 3: a ticket opened with no fault at all."""
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۳۴۵۶۷۸۹ رضا احمدی")
    dialog.fault.setFocus()
    type_text(dialog.fault, "   ")
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is None
    assert dialog.errors.text("fault") == "ایرادی را که مشتری می‌گوید بنویسید."
    assert dialog.focusWidget() is dialog.fault
    assert find_customers(desk, "09123456789") == [], "no customer made for a ticket that was not opened"
    placeholder = dialog.fault.palette().color(dialog.fault.palette().ColorRole.PlaceholderText)
    typed = dialog.fault.palette().color(dialog.fault.palette().ColorRole.Text)
    assert placeholder.lightness() - typed.lightness() >= 120, "the hint does not read as typed text"

    type_text(dialog.fault, "صدا می‌دهد")
    save_with_keyboard(qtbot, dialog)
    assert dialog.ticket is not None and dialog.ticket.fault == "صدا می‌دهد"


def test_an_exact_mobile_picks_the_customer_and_a_unit_in_the_workshop_is_said(open_intake, desk, qtbot):
    """Trap 6: a mobile typed in full was not chosen (Save then said "choose a customer"), and
    a unit already in the workshop got a second open ticket without a word."""
    from app.services.tickets import TicketInput, open_ticket

    owner = create_customer(desk, CustomerInput(name="رضا احمدی", mobile="09121234567"))
    create_customer(desk, CustomerInput(name="رضا احمدیان", mobile="09121234568"))
    product = create_product(desk, "Snowa", "SWM-8420")
    unit = register_asset(desk, AssetInput("LG-778", product.id, owner.id, purchase_date=date(2024, 9, 1)))
    busy = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit.id, fault="نشتی آب"))
    dialog = open_intake(desk)
    search_for(qtbot, dialog, "۰۹۱۲۱۲۳۴۵۶۷")
    assert dialog.chosen.isVisible() and "رضا احمدی" in dialog.chosen.text()
    dialog.search.clear()
    search_for(qtbot, dialog, "0912123456")  # a part only: the clerk still chooses
    assert not dialog.chosen.isVisible() and dialog.matches.count() == 2
    dialog.search.clear()
    search_for(qtbot, dialog, "989121234567")
    assert dialog.chosen.isVisible()

    type_serial(qtbot, dialog, "lg778")
    assert dialog.in_workshop.isVisible()
    assert dialog.in_workshop.text() == (f"این دستگاه هم‌اکنون در تعمیرگاه است: {desk.locale.ident(busy.number)} "
                                         "(پذیرش شده). پذیرش دیگری فقط برای ایرادی تازه باز کنید.")
    type_serial(qtbot, dialog, "NEW-1")
    assert not dialog.in_workshop.isVisible()


def test_tab_after_a_new_serial_goes_to_the_new_units_fields(open_intake, desk, qtbot):
    create_product(desk, "Snowa", "SWM-8420")
    dialog = open_intake(desk)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.serial.setFocus()
    qtbot.keyClicks(dialog.serial, "NEW-9001")
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Tab)
    assert dialog.register.isVisible()
    assert dialog.focusWidget() is dialog.product or dialog.product.isAncestorOf(dialog.focusWidget())
