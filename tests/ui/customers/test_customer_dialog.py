from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.kinds import Channel, EventKind
from app.domain.workflow import TicketStatus
from app.errors import Conflict
from app.i18n import Catalogue
from app.locale.text import strip_invisible
from app.services.customers import CustomerInput, find_customers, get_customer, update_customer
from app.services.desk import Desk
from app.services.tickets import TicketInput, TicketRecord, log_contact, move_ticket, open_ticket
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.messages import RLM
from app.ui.models.record_table import RecordTableModel
from app.ui.translator import LanguageManager
from tests.services.helpers import customer, unit
from tests.ui.conftest import type_text

ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
PERSIAN = set("۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def open_customer(open_dialog) -> Callable[..., CustomerDialog]:
    def opener(desk: Desk, customer_id: int) -> CustomerDialog:
        return open_dialog(desk.locale.lang, lambda: CustomerDialog(desk, customer_id))

    return opener


def busy_customer(desk: Desk, mobile: str = "09121234567") -> tuple[int, TicketRecord, TicketRecord]:
    """A customer with a unit under warranty, one without, two tickets, a call and an SMS."""
    owner = customer(desk, mobile=mobile)
    covered = unit(desk, owner, "SN-1001")
    unit(desk, owner, "SN-2002", months=0)
    first = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=covered.id, fault="آب را تخلیه نمی‌کند"))
    first = move_ticket(desk, first.id, first.version, TicketStatus.DIAGNOSING)
    second = open_ticket(desk, TicketInput(customer_id=owner.id, channel=Channel.PHONE, fault="صدای زیاد"))
    log_contact(desk, owner.id, EventKind.CALL, "برای برآورد هزینه تماس گرفته شد")
    log_contact(desk, owner.id, EventKind.SMS, "پیامک آماده بودن", ticket_id=first.id)
    return owner.id, first, second


def column(model: RecordTableModel, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def double_click(qtbot, widget, pos: QPoint) -> None:
    """What a real double-click sends: a click, then the double-click (QTest's alone is not seen)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def replace_text(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_text(edit, text)


def test_units_tickets_and_one_history_across_tickets_and_channels(open_customer, desk):
    customer_id, first, second = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.name.text() == "علی رضایی"
    assert strip_invisible(dialog.mobile.text()) == "۰۹۱۲ ۱۲۳ ۴۵۶۷"

    units = dialog.units_model
    assert [strip_invisible(s) for s in column(units, 0)] == ["SN-1001", "SN-2002"]
    covered = units.row_at(0)
    assert column(units, 3) == [f"در گارانتی تا {desk.locale.date(covered.coverage.until)}", "بدون گارانتی و قرارداد"]
    assert units.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) != units.index(1, 3).data(
        Qt.ItemDataRole.ForegroundRole)

    tickets = dialog.tickets_model
    assert [strip_invisible(n) for n in column(tickets, 0)] == [
        desk.locale.digits(second.number), desk.locale.digits(first.number)]
    assert column(tickets, 2) == ["پذیرش شده", "در حال عیب‌یابی"]
    assert column(tickets, 5) == ["صدای زیاد", "آب را تخلیه نمی‌کند"]

    history = dialog.history_model
    kinds = column(history, 1)
    assert kinds.count("تغییر وضعیت") == 3 and "تماس" in kinds and "پیامک" in kinds
    numbers = {strip_invisible(n) for n in column(history, 2)}
    assert numbers == {"", desk.locale.digits(first.number), desk.locale.digits(second.number)}
    moves = column(history, 3)
    assert any("پذیرش شده" in m and "در حال عیب‌یابی" in m for m in moves)
    assert "برای برآورد هزینه تماس گرفته شد" in column(history, 4)
    assert all(set(when) <= PERSIAN | set("/: ") for when in column(history, 0))
    assert set(column(history, 5)) == {"مدیر سیستم"}


def test_editing_the_name_saves_it_and_search_finds_the_new_name(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    replace_text(qtbot, dialog.name, "علی کاظمی")
    with qtbot.waitSignal(dialog.changed) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [customer_id]
    assert get_customer(desk, customer_id).name == "علی کاظمی"
    assert [c.id for c in find_customers(desk, "کاظمی")] == [customer_id]
    assert dialog.name_label.text() == "علی کاظمی"
    # The dialog holds the new version: a second save is not a conflict.
    dialog._ask_reload = lambda error: pytest.fail("no conflict expected")
    replace_text(qtbot, dialog.city, "Tehran")
    assert dialog.save() is True
    assert get_customer(desk, customer_id).city == "Tehran"


def test_details_saved_with_ctrl_s_keep_flags_and_representative(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.vip_badge.isVisible()
    dialog.vip.setChecked(True)
    dialog.representative.setCurrentIndex(dialog.representative.findData(desk.actor.id))
    assert dialog.language.currentText() == "نامعلوم (زبان میز پذیرش)" and get_customer(desk, customer_id).language is None
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = get_customer(desk, customer_id)
    assert record.vip and record.representative_id == desk.actor.id and record.language == "ar"
    assert dialog.vip_badge.isVisible()
    assert "مدیر سیستم" in dialog.subtitle.text()


def test_an_invalid_mobile_is_shown_beside_the_mobile_field(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    replace_text(qtbot, dialog.mobile, "12345")
    replace_text(qtbot, dialog.name, "نام تازه")
    assert dialog.save() is False
    # A right-to-left mark: the message reads right to left though it starts with the typed value.
    assert dialog.errors.text("mobile") == RLM + "12345 شماره موبایل معتبری در ایران نیست؛ اگر خارجی است، آن را با کد کشور (+…) بنویسید"
    beside = dialog.findChild(QLabel, "error_mobile")
    assert beside.isVisible() and beside.parent() is dialog.mobile.parent()
    assert dialog.focusWidget() is dialog.mobile
    assert get_customer(desk, customer_id).name == "علی رضایی"


def test_a_mobile_of_another_customer_is_shown_beside_the_mobile_field(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    customer(desk, name="سارا رحیمی", mobile="09351112233")
    dialog = open_customer(desk, customer_id)
    replace_text(qtbot, dialog.mobile, "09351112233")
    assert dialog.save() is False
    assert dialog.errors.text("mobile") == "موبایل 09351112233 پیش‌تر برای سارا رحیمی ثبت شده است."


def test_a_bad_landline_is_shown_beside_the_phone_field(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    replace_text(qtbot, dialog.phone, "12")
    assert dialog.save() is False
    # A right-to-left mark: the message reads right to left though it starts with the typed value.
    assert dialog.errors.text("phone") == RLM + "12 شماره تلفن معتبری در ایران نیست؛ اگر خارجی است، آن را با کد کشور (+…) بنویسید"
    assert dialog.errors.text("mobile") == ""


def test_a_stale_save_offers_to_reload(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    before = get_customer(desk, customer_id)
    theirs = CustomerInput(name="علی رضایی مقدم", mobile=before.mobile, city="اصفهان")
    update_customer(desk, customer_id, before.version, theirs)
    replace_text(qtbot, dialog.city, "Shiraz")

    asked: list[Conflict] = []
    dialog._ask_reload = lambda error: asked.append(error) or True
    with qtbot.assertNotEmitted(dialog.changed):
        assert dialog.save() is False
    assert len(asked) == 1 and isinstance(asked[0], Conflict)
    assert (dialog.name.text(), dialog.city.text()) == ("علی رضایی مقدم", "اصفهان")
    assert dialog.name_label.text() == "علی رضایی مقدم"
    assert get_customer(desk, customer_id).city == "اصفهان"


def test_keeping_a_stale_form_open_keeps_what_was_typed(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    before = get_customer(desk, customer_id)
    update_customer(desk, customer_id, before.version, CustomerInput(name="دیگری", mobile=before.mobile))
    replace_text(qtbot, dialog.city, "Shiraz")
    dialog._ask_reload = lambda error: False
    assert dialog.save() is False
    assert dialog.city.text() == "Shiraz"
    assert get_customer(desk, customer_id).city == ""


def test_logging_a_call_adds_it_to_the_history(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    count = dialog.history_model.rowCount()
    asked: list[EventKind] = []
    dialog._ask_text = lambda kind: asked.append(kind) or "گفت فردا دستگاه را می‌آورد"
    qtbot.mouseClick(dialog.contact_buttons[EventKind.CALL], Qt.MouseButton.LeftButton)

    assert asked == [EventKind.CALL]
    assert dialog.history_model.rowCount() == count + 1
    newest = dialog.history_model
    assert (newest.index(0, 1).data(), newest.index(0, 4).data()) == ("تماس", "گفت فردا دستگاه را می‌آورد")
    assert dialog.tabs.currentWidget() is dialog.history_view

    dialog._ask_text = lambda kind: None  # the clerk cancels
    qtbot.mouseClick(dialog.contact_buttons[EventKind.VISIT], Qt.MouseButton.LeftButton)
    assert dialog.history_model.rowCount() == count + 1


def test_each_contact_button_names_its_kind(open_customer, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    texts = [dialog.contact_buttons[k].text() for k in
             (EventKind.CALL, EventKind.SMS, EventKind.VISIT, EventKind.EMAIL, EventKind.NOTE)]
    assert texts == ["تماس", "پیامک", "بازدید", "ایمیل", "یادداشت"]


def test_double_clicking_a_ticket_asks_to_open_it(open_customer, qtbot, desk):
    customer_id, first, second = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    dialog.tabs.setCurrentWidget(dialog.tickets_view)
    view = dialog.tickets_view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data(RecordTableModel.RowRole).id == first.id)
    with qtbot.waitSignal(dialog.open_ticket) as opened:
        double_click(qtbot, view.viewport(), view.visualRect(view.model().index(row, 2)).center())
    assert opened.args == [first.id]


def test_escape_closes(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_arabic_desk_speaks_arabic_with_arabic_indic_digits(open_customer, desk_ar):
    desk = desk_ar
    owner = customer(desk, name="عبدالله العنزي", mobile="0501182013")
    covered = unit(desk, owner, "SN-1001")
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=covered.id, fault="لا يعمل"))
    log_contact(desk, owner.id, EventKind.CALL, "")
    dialog = open_customer(desk, owner.id)

    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.tickets_model.headerData(0, Qt.Orientation.Horizontal) == "الرقم"
    assert dialog.tickets_model.index(0, 2).data() == "مستلم"
    number = strip_invisible(dialog.tickets_model.index(0, 0).data())
    assert number == desk.locale.digits(ticket.number) and set(number) <= ARABIC_INDIC | {"-"}
    opened = dialog.tickets_model.index(0, 1).data()
    assert opened and set(opened) <= ARABIC_INDIC | {"/"}
    assert strip_invisible(dialog.mobile.text()) == "٠٥٠ ١١٨ ٢٠١٣"
    assert dialog.units_model.index(0, 3).data().startswith("ضمن الضمان حتى ")
    assert set(dialog.units_model.index(0, 2).data()) <= ARABIC_INDIC | {"/"}
    assert dialog.contact_buttons[EventKind.CALL].text() == "اتصال"
    assert "اتصال" in column(dialog.history_model, 1)
    assert all(set(when) <= ARABIC_INDIC | set("/: ") for when in column(dialog.history_model, 0))


def test_an_unchanged_arabic_mobile_saves_back_to_the_same_number(open_customer, desk_ar):
    owner = customer(desk_ar, name="عبدالله العنزي", mobile="0501182013")
    dialog = open_customer(desk_ar, owner.id)
    assert dialog.save() is True
    after = get_customer(desk_ar, owner.id)
    assert replace(after, version=owner.version) == owner


def test_switching_the_language_retranslates_the_dialog(open_customer, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    assert dialog.tickets_model.index(0, 2).data() == "پذیرش شده"
    languages = LanguageManager(QApplication.instance())
    languages.install(Catalogue.load("ar"))
    QApplication.processEvents()
    try:
        assert dialog.contact_buttons[EventKind.CALL].text() == "اتصال"
        assert dialog.tickets_model.headerData(0, Qt.Orientation.Horizontal) == "الرقم"
        assert dialog.tickets_model.index(0, 2).data() == "مستلم"
        assert "تغيير الحالة" in column(dialog.history_model, 1)
    finally:
        languages.uninstall()


def test_national_id_and_company_name_are_edited_in_the_form(open_customer, qtbot, desk):
    customer_id, *_ = busy_customer(desk)
    dialog = open_customer(desk, customer_id)
    replace_text(qtbot, dialog.national_id, "۱۲۳۴۵۶۷۸۹۰")
    replace_text(qtbot, dialog.company, "شرکت آوا")
    assert dialog.save() is True
    record = get_customer(desk, customer_id)
    assert (record.national_id, record.company) == ("1234567890", "شرکت آوا")
    assert strip_invisible(dialog.national_id.text()) == "۱۲۳۴۵۶۷۸۹۰"  # shown again in the clerk's digits


def answer_next_question(parent, button) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        [box] = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        answer_next_question.asked = box.text(), box.button(QMessageBox.StandardButton.Discard).text()
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_closing_an_edited_customer_asks_before_the_edits_are_lost(open_customer, desk, qtbot):
    """Trap 5: Esc threw the typed changes away without a word."""
    from PySide6.QtWidgets import QMessageBox

    owner = customer(desk, name="رضا احمدی")
    dialog = open_customer(desk, owner.id)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "nothing typed: it closes at once"

    dialog = open_customer(desk, owner.id)
    dialog.city.setFocus()
    type_text(dialog.city, "اصفهان")
    answer_next_question(dialog, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.city.text() == "اصفهان"
    assert answer_next_question.asked == ("بدون ذخیره بسته شود؟ تغییرهایتان در این مشتری از دست می‌رود.",
                                          "بستن بدون ذخیره")
    answer_next_question(dialog, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert get_customer(desk, owner.id).city == ""

    dialog = open_customer(desk, owner.id)
    type_text(dialog.city, "شیراز")
    dialog.save()
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "saved: nothing to lose"
