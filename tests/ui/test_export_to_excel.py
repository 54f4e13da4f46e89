"""Export to Excel… from the lists of the main window: what the list shows, for people."""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QToolButton

from app.locale.text import strip_invisible
from app.services import list_export
from app.store.engine import sqlite_path
from tests.ui.conftest import answer_next_box


def answer_boxes(seen: list[str]) -> None:
    """Close the next message box, keeping its text."""
    answer_next_box(seen, lambda box: box.reject())


def save_to(window, path: Path) -> list[Path]:
    """The clerk picks `path` in the save dialog; the suggested paths are kept."""
    suggested: list[Path] = []

    def ask(offered: Path) -> Path:
        suggested.append(offered)
        return path

    window.list_export.ask_path = ask
    return suggested


def test_every_list_tab_has_the_export_button_and_the_file_menu_has_it_with_its_shortcut(open_window):
    window, _ = open_window("fa")
    for tab in window.lists:
        [button] = [b for b in tab.findChildren(QToolButton) if b.defaultAction() is window.export_list_action]
        assert button.text() == "خروجی اکسل"  # a tool button drops the menu's ellipsis
        assert window.export_list_action in tab.view.actions()
    assert window.export_list_action in window.file_menu.actions()
    assert window.export_list_action.shortcut().toString() == "Ctrl+E"
    shortcuts = [a.shortcut() for a in window.findChildren(type(window.export_list_action)) if not a.shortcut().isEmpty()]
    assert shortcuts.count(window.export_list_action.shortcut()) == 1


def test_the_filtered_tickets_list_is_exported_whole_in_its_order_not_only_the_loaded_page(open_window, tmp_path):
    window, desk = open_window("fa", customers=150, tickets=800)
    tab = window.tickets
    tab.bar.status.setCurrentIndex(tab.bar.status.findData("closed"))
    tab.view.horizontalHeader().setSortIndicator(0, tab.view.horizontalHeader().sortIndicatorOrder())
    loaded = tab.model.rowCount()
    assert tab.total > loaded, "the list has rows beyond the page it loaded"
    out = tmp_path / "open.xlsx"
    suggested = save_to(window, out)
    seen: list[str] = []
    answer_boxes(seen)
    assert window.export_list() == out
    name = suggested[0].name
    assert name.startswith("پذیرش‌ها 1404-03-25") and name.endswith(".xlsx")
    sheet = load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    shown = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert [r[0] for r in rows[1:]] == [strip_invisible(number) for number in shown]
    assert len(rows) - 1 == tab.total
    assert {r[2] for r in rows[1:]} == {"بسته شده"}
    assert seen and desk.locale.digits(tab.total) in seen[0] and str(out) in seen[0]


def test_the_arabic_window_exports_a_right_to_left_sheet_in_arabic(open_window, tmp_path):
    window, _ = open_window("ar", customers=20)
    window.tabs.setCurrentWidget(window.contracts)
    out = tmp_path / "contracts"
    save_to(window, out)
    answer_boxes([])
    written = window.export_list()
    assert written == tmp_path / "contracts.xlsx", "the .xlsx the clerk did not type is added"
    sheet = load_workbook(written).active
    assert sheet.sheet_view.rightToLeft
    assert sheet.title == "عقود الصيانة"
    assert sheet["A1"].value == "الرقم"


def test_choosing_the_database_file_is_refused_with_a_clear_message(open_window):
    window, desk = open_window("fa", customers=5)
    database = sqlite_path(desk.store.url)
    before = database.stat().st_size
    save_to(window, database)
    seen: list[str] = []
    answer_boxes(seen)
    assert window.export_list() is None
    assert "پایگاه داده" in seen[0]
    assert database.stat().st_size == before
    assert not database.with_name(database.name + ".xlsx").exists()


def test_cancel_in_the_progress_window_leaves_no_file(open_window, tmp_path, monkeypatch):
    window, _ = open_window("fa", customers=100, tickets=600)
    monkeypatch.setattr(list_export, "PROGRESS_EVERY", 20)
    folder = tmp_path / "out"
    folder.mkdir()
    save_to(window, folder / "tickets.xlsx")
    pressed = []

    def press_cancel() -> None:
        [progress] = [w for w in window.findChildren(QProgressDialog) if not w.wasCanceled()] or [None]
        if progress is None:
            QTimer.singleShot(5, press_cancel)
            return
        pressed.append(progress.labelText())
        progress.cancel()

    QTimer.singleShot(0, press_cancel)
    assert window.export_list() is None
    assert pressed and "۶۰۰" in pressed[0]
    assert list(folder.iterdir()) == []
