from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.i18n import Catalogue
from app.locale.text import strip_invisible
from app.services.desk import Desk
from app.services.parts import PartInput, list_parts, update_part
from app.ui.admin.parts_dialog import PartsDialog
from app.ui.models.record_table import RecordTableModel
from app.ui.translator import LanguageManager
from tests.services.helpers import part
from tests.ui.conftest import answer_next_box, type_text

STOCK = 3


@pytest.fixture
def open_parts(desk, open_dialog) -> Callable[..., PartsDialog]:
    def opener(on: Desk = desk) -> PartsDialog:
        return open_dialog(on.locale.lang, lambda: PartsDialog(on))

    return opener


def shown_rows(dialog: PartsDialog) -> list:
    return [dialog.proxy.index(row, 0).data(RecordTableModel.RowRole) for row in range(dialog.proxy.rowCount())]


def cell(dialog: PartsDialog, part_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.proxy.index(dialog.row_of(part_id), column).data(role)


def row_point(dialog: PartsDialog, part_id: int) -> QPoint:
    return dialog.view.visualRect(dialog.proxy.index(dialog.row_of(part_id), 1)).center()


def double_click(qtbot, widget, pos: QPoint) -> None:
    """What a real double-click sends: a click, then the double-click (QTest's alone is not seen)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def replace_text(qtbot, widget, text: str) -> None:
    widget.selectAll() if hasattr(widget, "selectAll") else widget.lineEdit().selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_a_part_typed_into_the_form_is_added_and_listed(open_parts, qtbot, desk):
    dialog = open_parts()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.keyClicks(dialog.code, "flt-081")
    type_text(dialog.name, "فیلتر آب")
    qtbot.keyClicks(dialog.price, "1500000")
    replace_text(qtbot, dialog.stock, "12")
    replace_text(qtbot, dialog.reorder_level, "4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [saved] = list_parts(desk)
    assert (saved.code, saved.name, saved.price, saved.stock, saved.reorder_level) == (
        "FLT-081", "فیلتر آب", Decimal(1500000), 12, 4)
    assert dialog.row_of(saved.id) is not None
    assert cell(dialog, saved.id, 1) == "فیلتر آب"
    assert cell(dialog, saved.id, 2) == "۱٬۵۰۰٬۰۰۰ ریال"
    assert cell(dialog, saved.id, 3) == "۱۲"
    assert strip_invisible(cell(dialog, saved.id, 0)) == "FLT-081"
    # The form now edits the part just added: a second save changes it, it adds nothing.
    assert dialog.editing is not None and dialog.editing.id == saved.id
    assert dialog.stock.text() == "۱۲"


def test_a_duplicate_code_is_refused_beside_the_code_field(open_parts, qtbot, desk):
    part(desk, code="PMP-020", name="پمپ تخلیه")
    dialog = open_parts()
    qtbot.keyClicks(dialog.code, "pmp-020")
    type_text(dialog.name, "پمپ دیگر")
    qtbot.keyClicks(dialog.price, "100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.text("code") == "کد قطعه PMP-020 پیش‌تر برای پمپ تخلیه به کار رفته است."
    beside = dialog.findChild(QLabel, "error_code")
    assert beside.isVisible() and beside.parent() is dialog.code.parent()
    assert dialog.errors.text("name") == ""
    assert [p.code for p in list_parts(desk)] == ["PMP-020"]
    assert dialog.proxy.rowCount() == 1
    assert dialog.focusWidget() is dialog.code


def test_a_missing_name_is_shown_beside_the_name_field(open_parts, qtbot, desk):
    dialog = open_parts()
    qtbot.keyClicks(dialog.code, "x-1")
    qtbot.keyClicks(dialog.price, "100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("name") == "نام قطعه لازم است."
    assert list_parts(desk) == []


def test_low_stock_is_marked_and_counted(open_parts, desk):
    plenty = part(desk, code="BLT-030", name="تسمه", stock=30)
    at_level = part(desk, code="PMP-020", name="پمپ تخلیه", stock=1)  # reorder level 1
    out = part(desk, code="MTR-010", name="موتور", stock=0)
    dialog = open_parts()

    assert "۲" in dialog.low_label.text()
    for low in (at_level, out):
        assert cell(dialog, low, 0, Qt.ItemDataRole.BackgroundRole) is not None
        assert cell(dialog, low, 3, Qt.ItemDataRole.FontRole).bold()
    assert cell(dialog, plenty, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(dialog, plenty, 3, Qt.ItemDataRole.FontRole) is None


def test_the_low_count_covers_the_whole_catalogue_while_filtering(open_parts, qtbot, desk):
    part(desk, code="PMP-020", name="پمپ تخلیه", stock=0)
    part(desk, code="MTR-010", name="موتور", stock=0)
    dialog = open_parts()
    type_text(dialog.filter, "موتور")
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1)
    assert shown_rows(dialog)[0].code == "MTR-010"
    assert "۲" in dialog.low_label.text()


def test_clicking_the_stock_header_sorts_numerically(open_parts, qtbot, desk):
    for code, stock in (("A-1", 9), ("B-2", 10), ("C-3", 100), ("D-4", 2)):
        part(desk, code=code, name=code, stock=stock)
    dialog = open_parts()
    header = dialog.view.horizontalHeader()

    def click_stock_header() -> None:
        x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    for _ in range(2):
        click_stock_header()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert header.sortIndicatorSection() == 3
        assert [p.stock for p in shown_rows(dialog)] == sorted([9, 10, 100, 2], reverse=descending)
        assert [dialog.proxy.index(r, 3).data() for r in range(4)] == [
            desk.locale.digits(p.stock) for p in shown_rows(dialog)]


def test_double_click_and_enter_put_a_row_in_the_form(open_parts, qtbot, desk):
    pump = part(desk, code="PMP-020", name="پمپ تخلیه", price="6500000")
    belt = part(desk, code="BLT-030", name="تسمه", price="900000")
    dialog = open_parts()
    double_click(qtbot, dialog.view.viewport(), row_point(dialog, pump))
    assert dialog.editing.id == pump
    assert (dialog.code.text(), dialog.name.text()) == ("PMP-020", "پمپ تخلیه")
    assert dialog.price.amount() == Decimal(6500000)

    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.proxy.index(dialog.row_of(belt), 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.editing.id == belt
    assert dialog.isVisible()  # Enter opened the row; it pressed no button
    assert [p.name for p in list_parts(desk)] == ["تسمه", "پمپ تخلیه"]


def test_a_stale_edit_offers_to_reload_the_saved_version(open_parts, qtbot, desk):
    pump = part(desk, code="PMP-020", name="پمپ تخلیه", stock=STOCK)
    dialog = open_parts()
    dialog.load(next(p for p in shown_rows(dialog) if p.id == pump))
    # Someone at the next desk renames the part meanwhile.
    mine = dialog.editing
    update_part(desk, pump, mine.version, PartInput(mine.code, "پمپ تخلیه اصلی", mine.price, mine.stock,
                                                    mine.reorder_level))
    replace_text(qtbot, dialog.reorder_level, "7")

    seen: list[str] = []
    answer_next_box(seen, lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
    assert dialog.save() is False

    assert seen and seen[0].startswith("کاربر دیگری پس از باز شدن این رکورد")
    assert dialog.name.text() == "پمپ تخلیه اصلی"
    assert dialog.stock.value() == STOCK
    [saved] = list_parts(desk)
    assert (saved.name, saved.stock) == ("پمپ تخلیه اصلی", STOCK)
    assert dialog.editing.version == saved.version
    assert cell(dialog, pump, 1) == "پمپ تخلیه اصلی"
    # Saving again now works on the fresh version.
    replace_text(qtbot, dialog.reorder_level, "7")
    assert dialog.save() is True
    assert list_parts(desk)[0].reorder_level == 7


def test_keeping_a_stale_edit_open_keeps_what_was_typed(open_parts, qtbot, desk):
    pump = part(desk, code="PMP-020", name="پمپ تخلیه", stock=STOCK)
    dialog = open_parts()
    dialog.load(shown_rows(dialog)[0])
    mine = dialog.editing
    update_part(desk, pump, mine.version, PartInput(mine.code, "پمپ تخلیه اصلی", mine.price, STOCK, 1))
    replace_text(qtbot, dialog.reorder_level, "7")
    dialog._ask_reload = lambda error: False
    assert dialog.save() is False
    assert dialog.reorder_level.value() == 7
    assert dialog.name.text() == "پمپ تخلیه"
    assert list_parts(desk)[0].reorder_level == 1


def test_escape_closes_and_ctrl_s_saves(open_parts, qtbot, desk):
    dialog = open_parts()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.code, "sns-040")
    type_text(dialog.name, "سنسور دما")
    qtbot.keyClicks(dialog.price, "1800000")
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [p.code for p in list_parts(desk)] == ["SNS-040"]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_switching_the_language_retranslates_the_dialog(open_parts, desk):
    part(desk, code="PMP-020", name="پمپ تخلیه")
    dialog = open_parts()
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "مبلغ"
    languages = LanguageManager(QApplication.instance())
    languages.install(Catalogue.load("ar"))
    QApplication.processEvents()
    try:
        assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "المبلغ"
    finally:
        languages.uninstall()


def test_the_arabic_desk_shows_the_catalogue_in_arabic_with_arabic_indic_digits(open_parts, desk_ar):
    pump = part(desk_ar, code="PMP-020", name="مضخة التصريف", price="120", stock=14)
    dialog = open_parts(desk_ar)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "المبلغ"
    assert cell(dialog, pump, 2) == "١٢٠ ر.س"
    assert cell(dialog, pump, 3) == "١٤"
    dialog.load(shown_rows(dialog)[0])
    assert dialog.stock.text() == "١٤"
    assert "٠" in dialog.low_label.text()


def test_closing_an_edited_part_asks_in_arabic_with_the_desks_own_words(open_parts, qtbot, desk_ar):
    """Trap 5 and 7: the parts form lost its edits on Esc; Qt's own buttons read "ارفض"/"ألغِ"."""
    from PySide6.QtWidgets import QMessageBox

    dialog = open_parts(desk_ar)
    dialog.code.setFocus()
    type_text(dialog.code, "P-1")
    asked = []

    def answer(button) -> None:
        [box] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        asked.append((box.text(), box.button(QMessageBox.StandardButton.Discard).text(),
                      box.button(QMessageBox.StandardButton.Cancel).text(), box.defaultButton().text()))
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.code.text() == "P-1"
    assert asked == [("الإغلاق دون حفظ؟ ستضيع تعديلاتك على هذه القطعة.", "إغلاق دون حفظ", "متابعة التعديل",
                      "متابعة التعديل")]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_parts_received_and_counted_again_move_the_stock_with_the_reason(open_parts, qtbot, desk):
    from app.services.stock import part_movements

    pump = part(desk, code="PMP-020", name="پمپ تخلیه", stock=STOCK)
    dialog = open_parts()
    dialog.load(shown_rows(dialog)[0])
    assert not dialog.stock.isEnabled(), "a saved part's stock is not typed over"
    assert dialog.receive_button.text() == "دریافت قطعه…" and dialog.receive_button.isVisible()
    prompt = dialog.change_stock(counting=False)
    qtbot.addWidget(prompt)
    replace_text(qtbot, prompt.quantity, "4")
    type_text(prompt.note, "فاکتور ۱۲۳")
    prompt.save()
    assert dialog.stock.value() == STOCK + 4 and cell(dialog, pump, 3) == dialog.desk.locale.digits(STOCK + 4)
    prompt = dialog.change_stock(counting=True)
    qtbot.addWidget(prompt)
    replace_text(qtbot, prompt.quantity, "2")
    prompt.save()
    assert prompt.isVisible() and prompt.findChild(QLabel, "error_reason").text(), "a count needs its reason"
    type_text(prompt.note, "شکسته")
    prompt.save()
    assert not prompt.isVisible() and dialog.stock.value() == 2
    assert [(m.quantity, m.reason) for m in part_movements(desk, pump)] == [
        (2 - STOCK - 4, "شکسته"), (4, "فاکتور ۱۲۳"), (STOCK, "")]
    movements = dialog.show_movements()
    qtbot.addWidget(movements)
    assert movements.model.rowCount() == 3 and movements.total.text() == "موجودی: ۲"


def test_a_clerk_reads_the_catalogue_but_changes_nothing(open_parts, desk):
    from app.domain.kinds import Role
    from app.services.desk import Actor, Desk

    part(desk, code="PMP-020", name="پمپ تخلیه", stock=STOCK)
    clerk = Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)
    dialog = open_parts(clerk)
    dialog.load(shown_rows(dialog)[0])
    assert dialog.price.isReadOnly() and not dialog.save_button.isEnabled()
    assert not dialog.receive_button.isVisible() and dialog.movements_button.isVisible()
