"""Merging, archiving and deleting customers from the customer window and the customers list."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.kinds import EventKind
from app.errors import NotFound
from app.locale.text import strip_invisible
from app.services.archive import archive_customer
from app.services.customers import CustomerInput, create_customer, get_customer
from app.services.desk import Desk
from app.services.tickets import TicketInput, log_contact, open_ticket
from app.services.units import assets_of
from app.ui import messages
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.customers.merge_dialog import MergeDialog
from tests.services.helpers import customer, keep_legacy_name, unit
from tests.ui.conftest import type_text


@pytest.fixture
def open_customer(open_dialog) -> Callable[..., CustomerDialog]:
    def opener(desk: Desk, customer_id: int) -> CustomerDialog:
        return open_dialog(desk.locale.lang, lambda: CustomerDialog(desk, customer_id))

    return opener


class Picker:
    """Stands in for `CustomerCorrections._run_dialog`: types into the merge dialog, picks the
    first match, answers the last question, and clicks Merge like a clerk."""

    def __init__(self, qtbot, typed: str, answer: bool = True) -> None:
        self.qtbot, self.typed, self.answer = qtbot, typed, answer
        self.questions: list[str] = []
        self.table: list[tuple[str, str, str]] = []
        self.kept_note = ""

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, MergeDialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        type_text(dialog.search, self.typed)
        self.qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.matches.count() >= 1 and dialog.merge_button.isEnabled()
        compare = dialog.compare
        self.table = [(compare.verticalHeaderItem(r).text(), compare.item(r, 0).text(), compare.item(r, 1).text())
                      for r in range(compare.rowCount())]
        self.kept_note = dialog.kept_label.text() if dialog.kept_label.isVisible() else ""
        dialog._confirm = lambda question: self.questions.append(question) or self.answer
        self.qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted


def twins(desk: Desk, keep_name: str, keep_mobile: str, other_name: str, other_mobile: str):
    keep = create_customer(desk, CustomerInput(name=keep_name, mobile=keep_mobile))
    other = create_customer(desk, CustomerInput(name=other_name, mobile=other_mobile, city="کرج"))
    keep_legacy_name(desk, other.id, other_name)  # as an import left it: the twin typed another way
    other = get_customer(desk, other.id)
    unit(desk, keep, "SN-KEEP")
    washer = unit(desk, other, "SN-1001")
    ticket = open_ticket(desk, TicketInput(customer_id=other.id, asset_id=washer.id, fault="صدا"))
    log_contact(desk, other.id, EventKind.CALL, "تماس گرفته شد")
    return keep, other, ticket


def test_merging_in_persian_moves_the_other_customers_units_and_history(open_customer, qtbot, desk):
    keep, other, ticket = twins(desk, "علی رضایی", "09121234567", "علي رضائي", "09351112233")
    dialog = open_customer(desk, keep.id)
    assert dialog.corrections_button.text() == "اصلاحات"
    assert [a.text() for a in dialog.corrections_button.menu().actions() if a.isVisible()] == [
        "ادغام با مشتری دیگر…", "بایگانی", "حذف…"]
    picker = dialog.corrections._run_dialog = Picker(qtbot, "۰۹۳۵۱۱")  # Persian digits, part of the mobile
    with qtbot.waitSignal(dialog.changed):
        dialog.corrections.merge_action.trigger()

    assert picker.questions == ["علي رضائي در علی رضایی ادغام شود؟ دستگاه‌ها، پذیرش‌ها و سابقه او به علی رضایی "
                                "منتقل می‌شود و علي رضائي حذف می‌شود. این کار برگشت‌پذیر نیست."]
    rows = {name: (mine, theirs) for name, mine, theirs in picker.table}
    assert rows["نام"] == ("علی رضایی", "علي رضائي")
    assert strip_invisible(rows["موبایل"][1]) == "۰۹۳۵ ۱۱۱ ۲۲۳۳"
    assert rows["دستگاه‌ها"] == ("۱", "۱ مورد به اینجا منتقل می‌شود")
    assert rows["شهر"] == ("", "کرج")
    assert "موبایل" in picker.kept_note

    with pytest.raises(NotFound):
        get_customer(desk, other.id)
    assert dialog.units_model.rowCount() == 2 and dialog.tickets_model.rowCount() == 1
    assert dialog.city.text() == "کرج", "the detail keep lacked, filled in"
    assert strip_invisible(dialog.phone.text()) == "۰۹۳۵ ۱۱۱ ۲۲۳۳", "the second mobile kept as the phone"
    newest = dialog.history_model
    assert newest.index(0, 1).data() == "اصلاح"
    text = newest.index(0, 4).data()
    assert text.startswith("مشتری ادغام‌شده: علي رضائي") and "دستگاه‌ها: ۱ ← ۲" in text.splitlines()
    assert any("سابقه" in line or "تماس گرفته شد" == line for line in
               [newest.index(r, 4).data() for r in range(newest.rowCount())])


def test_merging_in_arabic_with_arabic_indic_digits(open_customer, qtbot, desk_ar):
    keep, other, _ = twins(desk_ar, "عبدالله العنزي", "0501182013", "عبد الله العنزي", "0551234567")
    dialog = open_customer(desk_ar, keep.id)
    picker = dialog.corrections._run_dialog = Picker(qtbot, "٠٥٥١٢")
    dialog.corrections.merge_action.trigger()
    assert picker.questions and picker.questions[0].startswith("هل تريد دمج عبد الله العنزي في عبدالله العنزي؟")
    rows = {name: (mine, theirs) for name, mine, theirs in picker.table}
    assert rows["الأجهزة"] == ("١", "سينتقل ١ إلى هنا")
    assert dialog.units_model.rowCount() == 2
    assert "العميل المدمج: عبد الله العنزي" in dialog.history_model.index(0, 4).data()


def test_saying_no_to_the_merge_changes_nothing(open_customer, qtbot, desk):
    keep, other, _ = twins(desk, "علی رضایی", "09121234567", "علي رضائي", "09351112233")
    dialog = open_customer(desk, keep.id)
    dialog.corrections._run_dialog = Picker(qtbot, "رضائی", answer=False)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.corrections.merge_action.trigger()
    assert get_customer(desk, other.id).name == "علي رضائي"
    assert dialog.units_model.rowCount() == 1


def test_a_window_of_the_merged_away_customer_cannot_save_over_nothing(open_customer, qtbot, desk, monkeypatch):
    keep, other, _ = twins(desk, "علی رضایی", "09121234567", "علي رضائي", "09351112233")
    stale = open_customer(desk, other.id)
    dialog = open_customer(desk, keep.id)
    dialog.corrections._run_dialog = Picker(qtbot, "09351")
    dialog.corrections.merge_action.trigger()

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.template))
    type_text(stale.city, "قم")
    assert stale.save() is False
    assert shown == ["That record no longer exists."]
    assert get_customer(desk, keep.id).city == "کرج"


def test_deleting_asks_first_and_no_changes_nothing(open_customer, qtbot, desk):
    mistake = customer(desk, name="اشتباه تایپی", mobile="09120000001")
    dialog = open_customer(desk, mistake.id)
    questions: list[tuple[str, str]] = []
    dialog.corrections._confirm = lambda question, action: questions.append((question, action)) or False
    dialog.corrections.delete_action.trigger()
    assert questions[0][1] == "حذف" and "اشتباه تایپی" in questions[0][0]
    assert get_customer(desk, mistake.id).name == "اشتباه تایپی" and dialog.isVisible()

    dialog.corrections._confirm = lambda question, action: True
    with qtbot.waitSignal(dialog.finished):
        dialog.corrections.delete_action.trigger()
    with pytest.raises(NotFound):
        get_customer(desk, mistake.id)


def test_deleting_a_customer_with_records_offers_to_archive(open_customer, desk):
    owner = customer(desk)
    unit(desk, owner)
    dialog = open_customer(desk, owner.id)
    questions: list[tuple[str, str]] = []
    dialog.corrections._confirm = lambda question, action: questions.append((question, action)) or True
    dialog.corrections.delete_action.trigger()
    refusal, offer = questions[1]
    assert offer == "بایگانی" and "دستگاه: ۱" in refusal
    assert get_customer(desk, owner.id).archived_at is not None
    assert dialog.archived_badge.isVisible() and dialog.archived_badge.text() == "بایگانی‌شده"


def test_archive_and_restore_from_the_customer_window_in_arabic(open_customer, desk_ar):
    owner = customer(desk_ar, name="عبدالله العنزي", mobile="0501182013")
    dialog = open_customer(desk_ar, owner.id)
    corrections = dialog.corrections
    corrections._confirm = lambda question, action: action == "أرشفة"
    assert not dialog.archived_badge.isVisible()
    corrections.archive_action.trigger()
    assert get_customer(desk_ar, owner.id).archived_at is not None
    assert dialog.archived_badge.isVisible() and dialog.archived_badge.text() == "مؤرشف"
    assert corrections.restore_action.isVisible() and not corrections.archive_action.isVisible()
    assert not corrections.merge_action.isEnabled()
    assert dialog.history_model.index(0, 4).data().startswith("أُرشف: — ← ")

    corrections.restore_action.trigger()
    assert get_customer(desk_ar, owner.id).archived_at is None
    assert not dialog.archived_badge.isVisible()


def test_a_unit_with_a_ticket_is_archived_from_the_units_tab_and_stays_marked(open_customer, desk):
    owner = customer(desk)
    washer = unit(desk, owner)
    open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=washer.id, fault="صدا"))
    dialog = open_customer(desk, owner.id)
    dialog.units_view.setCurrentIndex(dialog.units_view.model().index(0, 0))
    answers = iter([True, True])
    dialog.unit_corrections._confirm = lambda question, action: next(answers)
    dialog.unit_corrections.delete_action.trigger()
    assert assets_of(desk, owner.id) == []
    assert dialog.units_model.index(0, 1).data() == "Samsung WW90T534 (بایگانی‌شده)"
    dialog.units_view.setCurrentIndex(dialog.units_view.model().index(0, 0))
    assert dialog.unit_corrections.restore_action.isVisible()
    dialog.unit_corrections.restore_action.trigger()
    assert [a.id for a in assets_of(desk, owner.id)] == [washer.id]


def test_the_customers_list_hides_archived_ones_until_asked(open_window, qtbot):
    window, desk = open_window("fa")
    owner = customer(desk)
    customer(desk, name="سارا رحیمی", mobile="09351112233")
    archive_customer(desk, owner.id, owner.version)
    window.tabs.setCurrentWidget(window.customers)
    window.customers.apply_filter()
    model = window.customers.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["سارا رحیمی"]

    bar = window.customers.bar
    assert bar.show_archived.text() == "نمایش بایگانی‌شده‌ها"
    qtbot.mouseClick(bar.show_archived, Qt.MouseButton.LeftButton)
    rows = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(model.rowCount())}
    assert rows == {"علی رضایی": "بایگانی‌شده", "سارا رحیمی": ""}
    archived_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "علی رضایی")
    assert model.index(archived_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    window.customers.view.setCurrentIndex(model.index(archived_row, 0))
    corrections = window.customer_corrections
    assert window.customer_menu.title() == "مشتری"
    assert corrections.restore_action.isVisible() and not corrections.archive_action.isVisible()
    corrections.restore_action.trigger()
    assert get_customer(desk, owner.id).archived_at is None
