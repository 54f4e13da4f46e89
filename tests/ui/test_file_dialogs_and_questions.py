"""Qt's own dialogs speak the clerk's language, start where the clerk last worked, and the
questions and notices carry the app's own button texts."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from app.store.engine import sqlite_path
from app.ui import messages
from app.ui.file_dialogs import ask_save_file, file_dialog
from app.ui.printing import Document
from app.ui.tickets.ticket_dialog import TicketDialog
from app.ui.ui_state import FilePurpose, start_folder
from tests.ui.test_printing import a_ticket

SAVE_CANCEL = {"fa": {"ذخیره", "انصراف"}, "ar": {"حفظ", "إلغاء"}}
LABELS = {"fa": ("جستجو در:", "پرونده\u200cهایی از نوع:"), "ar": ("البحث في:", "الملفّات من النّوع:")}


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's home, with a Documents folder in it."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    return folder


def when_shown(kind, act) -> None:
    """Run `act` on the next modal dialog of `kind` once it is on screen."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_qt_file_dialog_speaks_the_clerks_language_and_starts_in_documents(qtbot, speak, documents, lang):
    speak(lang)
    dialog = file_dialog(None, FilePurpose.PDF, "PDF", "PDF (*.pdf)", save_as="card.pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert set(LABELS[lang]) <= texts, texts
    assert not {"&Look in:", "Files of &type:"} & texts
    buttons = {button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()}
    assert buttons == SAVE_CANCEL[lang], "the app's words, without a mnemonic"
    assert Path(dialog.directory().absolutePath()) == documents
    if lang == "ar":
        dialog.grab().save("/tmp/firstrun-filedialog-ar.png")


def test_a_file_dialog_starts_in_the_folder_last_used_for_its_purpose(qtbot, speak, documents, tmp_path):
    speak("fa")
    chosen_folder = tmp_path / "cards"
    chosen_folder.mkdir()

    def save_there(dialog: QFileDialog) -> None:
        assert Path(dialog.directory().absolutePath()) == documents
        dialog.selectFile(str(chosen_folder / "jobcard-1.pdf"))
        dialog.accept()

    when_shown(QFileDialog, save_there)
    assert ask_save_file(None, FilePurpose.PDF, "PDF", "jobcard-1.pdf", "PDF (*.pdf)") == chosen_folder / "jobcard-1.pdf"
    assert start_folder(FilePurpose.PDF) == chosen_folder
    assert start_folder(FilePurpose.IMPORT) == documents, "each purpose remembers its own folder"
    again = file_dialog(None, FilePurpose.PDF, "PDF", "PDF (*.pdf)", save_as="jobcard-2.pdf")
    qtbot.addWidget(again)
    assert Path(again.directory().absolutePath()) == chosen_folder


@pytest.mark.parametrize(("lang", "yes", "no"), [("fa", "بله", "خیر"), ("ar", "نعم", "لا")])
def test_a_yes_no_question_has_the_apps_own_buttons_without_mnemonics(qtbot, speak, lang, yes, no):
    speak(lang)
    seen = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.button(QMessageBox.StandardButton.Yes).text(), box.button(QMessageBox.StandardButton.No).text(),
                     box.defaultButton().text()))
        box.grab().save(f"/tmp/firstrun-yes-no-{lang}.png")
        box.button(QMessageBox.StandardButton.No).click()

    when_shown(QMessageBox, answer)
    parent = QLabel()
    qtbot.addWidget(parent)
    assert messages.ask_yes_no(parent, "این ردیف حذف شود؟" if lang == "fa" else "هل تحذف هذا السطر؟") is False
    assert seen == [(yes, no, yes)]


def test_the_discard_question_and_an_error_keep_the_apps_words(qtbot, speak):
    speak("ar")
    seen = []

    def answer(box: QMessageBox) -> None:
        seen.append(sorted(button.text() for button in box.buttons()))
        box.reject()

    parent = QLabel()
    qtbot.addWidget(parent)
    when_shown(QMessageBox, answer)
    assert messages.confirm_discard(parent, "إغلاق دون حفظ؟") is False
    when_shown(QMessageBox, answer)
    messages.tell(parent, "تم.")
    assert seen == [sorted(["إغلاق دون حفظ", "متابعة التعديل"]), ["حسنًا"]]
    assert not any(text in {"ارفض", "ألغِ"} for texts in seen for text in texts)


@pytest.fixture
def ticket_window(qtbot, open_dialog, desk):
    ticket = a_ticket(desk)
    return open_dialog("fa", lambda: TicketDialog(desk, ticket.id))


def test_a_saved_pdf_is_confirmed_with_its_path_and_a_way_to_its_folder(ticket_window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(messages, "open_folder", opened.append)
    ticket_window._ask_pdf_path = lambda parent, suggested: tmp_path / "out" / "card"
    (tmp_path / "out").mkdir()
    card = ticket_window.save_pdf(Document.JOB_CARD)
    assert card == tmp_path / "out" / "card.pdf" and card.exists()
    [box] = [b for b in ticket_window.findChildren(QMessageBox) if b.isVisible()]
    assert str(card) in box.text() and box.text().startswith("فایل PDF در")
    [folder] = [b for b in box.buttons() if b.text() == "باز کردن پوشه"]
    folder.click()
    assert opened == [card]


def test_saving_a_pdf_over_the_database_is_refused(ticket_window, desk):
    database = sqlite_path(desk.store.url)
    before = database.read_bytes()
    ticket_window._ask_pdf_path = lambda parent, suggested: database
    seen = []
    when_shown(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    assert ticket_window.save_pdf(Document.JOB_CARD) is None
    assert "پایگاه دادهٔ همین میز خدمت است" in seen[0]
    assert database.read_bytes() == before
    assert not database.with_name(database.name + ".pdf").exists()
