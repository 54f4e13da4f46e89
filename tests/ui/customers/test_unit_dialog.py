"""The unit window: corrections typed in Persian and Arabic, errors beside their fields, the
unsaved-close question, and a transfer to another owner; opened from the customer window and
from the warranties list."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.coverage import CoverageKind
from app.locale.calendars import Calendar, add_months
from app.locale.text import strip_invisible
from app.services.customers import get_customer
from app.services.tickets import TicketInput, open_ticket
from app.services.unit_edit import get_unit
from app.services.units import find_asset
from app.ui.customers.transfer_dialog import TransferDialog
from app.ui.customers.unit_dialog import UnitDialog
from tests.services.helpers import customer, unit
from tests.ui.conftest import type_text
from tests.ui.customers.test_customer_dialog import answer_next_question, replace_text

PERSIAN = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")


def open_unit(open_dialog, desk, asset_id: int) -> UnitDialog:
    return open_dialog(desk.locale.lang, lambda: UnitDialog(desk, asset_id))


def press_save(qtbot, dialog) -> None:
    """Ctrl+S as the clerk presses it: the window must be the active one for its shortcut."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    focused = QApplication.focusWidget() or dialog.serial
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def history_texts(dialog: UnitDialog) -> list[str]:
    model = dialog.history_model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_a_serial_typo_is_fixed_from_the_customer_window_with_ctrl_s(open_window, qtbot):
    window, desk = open_window("fa")
    owner = customer(desk)
    record = unit(desk, owner, serial="SN-1O01")
    shown = window.open_customer(owner.id)
    qtbot.waitExposed(shown)
    shown.tabs.setCurrentWidget(shown.units_view)
    shown.units_view.setFocus()
    shown.units_view.setCurrentIndex(shown.units_view.model().index(0, 0))
    qtbot.keyClick(shown.units_view, Qt.Key.Key_Return)
    dialog = window._open_records[("unit", record.id)]
    assert isinstance(dialog, UnitDialog) and dialog.isVisible()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle().startswith("دستگاه")

    replace_text(qtbot, dialog.serial, "SN-1001")
    press_save(qtbot, dialog)
    assert find_asset(desk, "sn1001").id == record.id and find_asset(desk, "SN-1O01") is None
    [entry] = history_texts(dialog)
    assert "سریال" in entry and "SN-1O01" in entry and "SN-1001" in entry
    # The customer window shows the corrected unit and the entry in its history.
    assert strip_invisible(shown.units_model.index(0, 0).data()) == "SN-1001"
    assert any("SN-1001" in (shown.history_model.index(r, 4).data() or "")
               for r in range(shown.history_model.rowCount()))


def test_the_warranties_tab_opens_one_window_per_unit_in_arabic(open_window, qtbot):
    window, desk = open_window("ar")
    record = unit(desk, customer(desk, "سارة العتيبي", "0501234567"), purchased=date(2025, 1, 10))
    window.tabs.setCurrentWidget(window.warranties)
    tab = window.warranties
    qtbot.waitUntil(lambda: tab.total == 1)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = window._open_records[("unit", record.id)]
    assert window.open_unit(record.id) is dialog, "a second open raises the first"
    assert [d for d in window.findChildren(UnitDialog) if d.isVisible()] == [dialog]
    assert set(dialog.banner.text()) & ARABIC_INDIC and "الضمان" in dialog.banner.text()
    assert set(dialog.purchase_date.text()) <= ARABIC_INDIC | {"/"}

    dialog.seller.setFocus()
    type_text(dialog.seller, "متجر النور")
    dialog.purchase_date.line.clear()
    dialog.purchase_date.line.setFocus()
    type_text(dialog.purchase_date.line, "١٤٤٥/٠٧/١٩")  # 2024-01-31
    press_save(qtbot, dialog)
    saved = get_unit(desk, record.id)
    assert (saved.seller, saved.purchase_date) == ("متجر النور", date(2024, 1, 31))
    assert saved.warranties[0].end_date == add_months(date(2024, 1, 31), 24, Calendar.GREGORIAN)
    assert len(history_texts(dialog)) == 1 and "البائع" in history_texts(dialog)[0]


def test_a_taken_serial_and_a_future_date_are_shown_beside_their_fields(open_dialog, qtbot, desk):
    owner = customer(desk)
    unit(desk, owner, serial="SN-2002")
    record = unit(desk, owner, serial="SN-1001")
    dialog = open_unit(open_dialog, desk, record.id)
    replace_text(qtbot, dialog.serial, "sn 2002")
    press_save(qtbot, dialog)
    assert "SN-2002" in dialog.errors.text("serial")
    assert dialog.serial.hasFocus()
    replace_text(qtbot, dialog.serial, "SN-1001")
    dialog.purchase_date.line.clear()
    dialog.purchase_date.line.setFocus()
    type_text(dialog.purchase_date.line, "۱۴۰۵/۰۱/۰۱")
    press_save(qtbot, dialog)
    assert dialog.errors.text("purchase_date") and not dialog.errors.text("serial")
    assert get_unit(desk, record.id).version == record.version, "nothing was saved"


def test_an_unknown_purchase_date_is_saved_and_says_coverage_is_unknown(open_dialog, qtbot, desk):
    record = unit(desk, customer(desk))
    dialog = open_unit(open_dialog, desk, record.id)
    assert "گارانتی" in dialog.banner.text() and set(dialog.banner.text()) & PERSIAN
    dialog.purchase_date.line.clear()
    press_save(qtbot, dialog)
    saved = get_unit(desk, record.id)
    assert saved.purchase_date is None and saved.coverage.kind is CoverageKind.NONE
    assert "نامعلوم" in dialog.banner.text()


def test_closing_with_unsaved_edits_asks(open_dialog, qtbot, desk):
    record = unit(desk, customer(desk))
    dialog = open_unit(open_dialog, desk, record.id)
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "nothing typed: it closes at once"

    dialog = open_unit(open_dialog, desk, record.id)
    dialog.seller.setFocus()
    type_text(dialog.seller, "فروشگاه امید")
    answer_next_question(dialog, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.seller, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.seller.text() == "فروشگاه امید"
    assert answer_next_question.asked[0] == "بدون ذخیره بسته شود؟ تغییرهایتان در این دستگاه از دست می‌رود."
    answer_next_question(dialog, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.seller, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert get_unit(desk, record.id).seller == ""


def in_transfer(dialog: UnitDialog, act) -> None:
    """Run `act` on the transfer window once it is open (it is modal)."""
    def step() -> None:
        shown = [d for d in dialog.findChildren(TransferDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, step)
            return
        act(shown[0])

    QTimer.singleShot(0, step)


def test_a_transfer_finds_the_new_owner_by_persian_digits_and_says_why(open_dialog, qtbot, desk):
    old, new = customer(desk), customer(desk, "رضا احمدی", "09351234567")
    record = unit(desk, old)
    open_ticket(desk, TicketInput(customer_id=old.id, asset_id=record.id, fault="روشن نمی‌شود"))
    dialog = open_unit(open_dialog, desk, record.id)
    seen = {}

    def act(transfer: TransferDialog) -> None:
        type_text(transfer.search, "۰۹۳۵۱۲۳۴۵۶۷")
        transfer.find()
        seen["chosen"] = transfer.chosen()
        type_text(transfer.reason, "فروخته شد")
        qtbot.mouseClick(transfer.transfer_button, Qt.MouseButton.LeftButton)

    in_transfer(dialog, act)
    qtbot.mouseClick(dialog.transfer_button, Qt.MouseButton.LeftButton)
    assert seen["chosen"].id == new.id
    moved = get_unit(desk, record.id)
    assert moved.customer_id == new.id
    assert "رضا احمدی" in dialog.owner.text()
    [entry] = history_texts(dialog)
    assert "مالک" in entry and "علی رضایی" in entry and "رضا احمدی" in entry and "فروخته شد" in entry
    assert dialog.tickets_model.index(0, 3).data() == "علی رضایی", "the ticket stays with who brought it"
    assert get_customer(desk, old.id).name == "علی رضایی"


def test_a_transfer_to_the_same_owner_is_refused_beside_the_owner(open_dialog, qtbot, desk_ar):
    owner = customer(desk_ar, "سارة العتيبي", "0501234567")
    record = unit(desk_ar, owner)
    dialog = open_unit(open_dialog, desk_ar, record.id)
    seen = {}

    def act(transfer: TransferDialog) -> None:
        type_text(transfer.search, "٠٥٠١٢٣٤٥٦٧")
        transfer.find()
        qtbot.mouseClick(transfer.transfer_button, Qt.MouseButton.LeftButton)
        seen["error"] = transfer.errors.text("owner")
        seen["open"] = transfer.isVisible()
        transfer.reject()

    in_transfer(dialog, act)
    qtbot.mouseClick(dialog.transfer_button, Qt.MouseButton.LeftButton)
    assert seen["open"] and "سارة العتيبي" in seen["error"]
    assert get_unit(desk_ar, record.id).version == record.version
    QApplication.processEvents()


def test_a_product_missing_from_the_list_is_added_from_the_unit_window(open_dialog, qtbot, desk):
    from app.ui.admin.products_dialog import ProductsDialog

    record = unit(desk, customer(desk))
    dialog = open_unit(open_dialog, desk, record.id)

    def add() -> None:
        shown = [d for d in dialog.findChildren(ProductsDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, add)
            return
        catalogue = shown[0]
        catalogue.brand.setText("LG")
        catalogue.model_edit.setText("F4V5")
        catalogue.save()
        catalogue.reject()

    QTimer.singleShot(0, add)
    dialog.product.setCurrentIndex(dialog.product.count() - 1)  # "New brand and model…"
    assert dialog.product.chosen().title == "LG F4V5"
    press_save(qtbot, dialog)
    assert get_unit(desk, record.id).product.title == "LG F4V5"
