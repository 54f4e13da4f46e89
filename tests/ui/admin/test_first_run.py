"""The first start on a new database asks for the shop's details and how to begin."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.company import company_settings
from app.services.demo import is_empty
from app.services.tickets import TicketInput, open_ticket
from app.ui.admin.first_run import Beginning, FirstRunDialog, offer_first_run
from app.ui.importing.import_wizard import ImportWizard
from app.ui.printing import Document, write_document
from tests.documents.test_documents import words
from tests.services.helpers import customer, unit
from tests.ui.conftest import type_text

SHOP = {"fa": ("تعمیرگاه کیان", "تهران، خیابان ولیعصر، پلاک ۱۲", "021-88776655"),
        "ar": ("مركز الريان للصيانة", "الرياض، حي العليا، شارع التخصصي", "011-4567890")}


PASSWORD = "zard-e-zafaran-7"


def fill(dialog: FirstRunDialog, lang: str) -> None:
    name, address, phone = SHOP[lang]
    for widget, text in ((dialog.name, name), (dialog.address, address), (dialog.phone, phone),
                         (dialog.password, PASSWORD), (dialog.repeated, PASSWORD)):
        widget.setFocus()
        type_text(widget, text)


def shown(window) -> FirstRunDialog:
    dialog = offer_first_run(window)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_empty_database_is_asked_once_and_start_empty_keeps_it_empty_with_the_shop_details(open_window, qtbot):
    window, desk = open_window("fa")
    dialog = shown(window)
    assert dialog.windowTitle() == "به خدمت خوش آمدید"
    assert dialog.choices[Beginning.EMPTY].text() == "شروع با پایگاه دادهٔ خالی"
    assert dialog.focusWidget() is dialog.name
    fill(dialog, "fa")
    QTest.keyClick(dialog.repeated, Qt.Key.Key_Return)  # Enter: the default choice, start empty
    assert not dialog.isVisible() and dialog.beginning is Beginning.EMPTY
    saved = company_settings(desk)
    assert (saved.name, saved.address, saved.phone) == SHOP["fa"]
    assert is_empty(desk)
    assert offer_first_run(window) is None, "answered: not asked again"


def test_tab_goes_from_the_details_to_the_three_choices(open_window):
    window, _ = open_window("fa")
    dialog = shown(window)
    order = [dialog.focusWidget()]
    for _ in range(8):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.name, dialog.address, dialog.phone, dialog.password, dialog.repeated,
                     dialog.choices[Beginning.DEMO],
                     dialog.choices[Beginning.IMPORT], dialog.choices[Beginning.EMPTY], dialog.later]


def test_a_database_with_records_is_not_taken_for_a_new_one(open_window):
    window, _ = open_window("fa", customers=5)
    assert offer_first_run(window) is None


def test_the_name_is_required_and_said_beside_it(open_window):
    window, desk = open_window("fa")
    dialog = shown(window)
    type_text(dialog.phone, "021-88776655")
    dialog.choices[Beginning.EMPTY].click()
    assert dialog.isVisible()
    assert dialog.errors.text("name") == "نام فروشگاه یا شرکت را وارد کنید: بالای هر کارت تعمیر و رسید تحویل چاپ می‌شود."
    assert dialog.focusWidget() is dialog.name
    assert company_settings(desk).phone == "", "nothing saved"


def test_escape_decides_later_and_the_next_start_asks_again(open_window):
    window, desk = open_window("ar")
    dialog = shown(window)
    assert dialog.windowTitle() == "مرحبًا بك في خدمة"
    fill(dialog, "ar")
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.beginning is None
    assert company_settings(desk).name == ""
    assert shown(window) is not None


def test_load_demo_data_fills_the_customers_in_the_clerks_language(open_window):
    window, desk = open_window("ar")
    dialog = shown(window)
    fill(dialog, "ar")
    dialog.choices[Beginning.DEMO].click()
    assert not is_empty(desk)
    window.tabs.setCurrentWidget(window.customers)
    assert window.customers.total == 300
    assert "٣٠٠" in window.statusBar().currentMessage()
    first = window.customers.model.index(0, 0).data()
    assert any("\u0600" <= ch <= "\u06ff" for ch in first), "Arabic demo names"
    assert company_settings(desk).name == SHOP["ar"][0]


def test_import_a_workbook_opens_the_wizard(open_window, qtbot):
    window, desk = open_window("fa")
    dialog = shown(window)
    fill(dialog, "fa")
    dialog.choices[Beginning.IMPORT].click()
    [wizard] = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert wizard.windowTitle() == "ورود کاربرگ قدیمی"
    assert company_settings(desk).name == SHOP["fa"][0]
    wizard.done(0)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_the_shop_details_then_head_the_job_card(open_window, lang, tmp_path):
    window, desk = open_window(lang)
    dialog = shown(window)
    fill(dialog, lang)
    dialog.choices[Beginning.EMPTY].click()
    owner = customer(desk, mobile="0501234567" if lang == "ar" else "09121234567")
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit(desk, owner).id, fault="صدا"))
    card = write_document(desk, Document.JOB_CARD, ticket.number, tmp_path / "card.pdf")
    text = words(subprocess.run(["pdftotext", "-enc", "UTF-8", str(card), "-"], check=True, capture_output=True,
                                text=True).stdout)
    name, address, phone = SHOP[lang]
    assert words(name) in text and words(address.split("،")[0]) in text and phone in text


def test_the_administrators_password_is_chosen_typed_twice_and_asked_from_then_on(open_window):
    from app.services.accounts import sign_in

    window, desk = open_window("ar")
    dialog = shown(window)
    fill(dialog, "ar")
    dialog.repeated.clear()
    type_text(dialog.repeated, "zard-e-zafaran-8")
    dialog.choices[Beginning.EMPTY].click()
    assert dialog.isVisible() and dialog.errors.text("repeated") == "كلمتا المرور مختلفتان."
    assert not desk.store.signing_in()
    dialog.repeated.clear()
    type_text(dialog.repeated, PASSWORD)
    dialog.choices[Beginning.EMPTY].click()
    assert not dialog.isVisible() and desk.store.signing_in()
    assert sign_in(desk.store, "admin", PASSWORD).username == "admin"
