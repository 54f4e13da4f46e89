from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.kinds import Priority, TicketKind
from app.i18n import Catalogue
from app.services.customers import CustomerInput, create_customer
from app.services.demo import fill_demo
from app.services.tickets import TicketInput, assign_ticket, open_ticket
from app.ui.app import StartingFrame, run_gui
from app.ui.desk_frame import DeskFrame
from app.ui.main_window import MainWindow
from app.ui.models.paged_table import PagedTableModel
from app.ui.tickets.ticket_dialog import TicketDialog
from app.ui.translator import LanguageManager
from tests.conftest import make_desk
from tests.services.helpers import keep_legacy_name
from tests.ui.conftest import double_click, type_text


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_persian_window_is_right_to_left_and_speaks_persian(open_window):
    window, _ = open_window("fa", customers=20)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tab_titles(window) == ["امروز", "پذیرش‌ها", "مشتریان", "گارانتی‌ها", "قراردادها", "پیگیری‌ها"]
    header = window.tickets.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "شماره"
    status = window.tickets.model.index(0, 2).data()
    assert status and not status.isascii()


def test_arabic_window_speaks_arabic_with_arabic_digits(open_window):
    window, _ = open_window("ar", customers=20)
    assert tab_titles(window) == ["اليوم", "طلبات الصيانة", "العملاء", "الضمانات", "عقود الصيانة", "المتابعات"]
    opened = window.tickets.model.index(0, 1).data()
    assert opened and all(not ch.isascii() or ch == "/" for ch in opened)
    assert "٠" <= window.count_label.text()[0] <= "٩"


def test_the_tickets_list_loads_a_page_at_a_time(open_window, qtbot):
    window, desk = open_window("fa", customers=200, tickets=450)
    model = window.tickets.model
    assert model.rowCount() == PagedTableModel.PAGE
    assert window.tickets.total == 450
    window.tickets.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PagedTableModel.PAGE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450


def test_filter_typed_in_persian_finds_a_name_stored_with_arabic_letters(open_window, qtbot):
    window, desk = open_window("fa")
    arabic = create_customer(desk, CustomerInput(name="علي كاظمي", mobile="09125550000"))
    keep_legacy_name(desk, arabic.id, "علي كاظمي")
    other = create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="09351112233"))
    open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=arabic.id))
    open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=other.id))
    window.refresh()
    assert window.tickets.model.rowCount() == 2
    type_text(window.tickets.filter, "کاظمی")
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 1)
    assert window.tickets.model.index(0, 3).data() == "علي كاظمي"
    window.tickets.filter.clear()
    type_text(window.tickets.filter, "ناموجود")
    qtbot.waitUntil(lambda: window.tickets.empty.isVisible())
    assert window.tickets.empty.text() == "موردی یافت نشد."


def test_switching_the_language_while_running_retranslates_the_window(open_window):


    window, _ = open_window("fa")
    languages = LanguageManager(QApplication.instance())
    languages.install(Catalogue.load("ar"))
    QApplication.processEvents()
    try:
        assert tab_titles(window)[:2] == ["اليوم", "طلبات الصيانة"]
        assert window.today.call_button.text().startswith("تسجيل اتصال")
        assert window.tickets.filter.placeholderText().startswith("ابحث")
    finally:
        languages.uninstall()


def test_global_search_opens_a_ticket_by_its_number_and_filters_lists_otherwise(open_window, qtbot):
    window, desk = open_window("fa")
    owner = create_customer(desk, CustomerInput(name="مریم کریمی", mobile="09125550000"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    window.refresh()
    window.find_action.trigger()
    qtbot.waitUntil(window.search.hasFocus)
    type_text(window.search, ticket.number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    dialog = window.findChild(TicketDialog)
    assert dialog is not None and dialog.record.id == ticket.id
    dialog.close()
    window.search.clear()
    window.tabs.setCurrentWidget(window.contracts)
    type_text(window.search, "كريمي")
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.tickets
    assert window.customers.total == 1 and window.tickets.total == 1
    customers_tab = window.tabs.indexOf(window.customers)
    assert not window.tabs.tabIcon(customers_tab).isNull(), "a filtered list says so on its tab"
    assert window.tabs.tabToolTip(customers_tab) == "فیلتر با «كريمي»"
    window.search.clear()  # the clerk is done with the search: no list stays filtered by it
    assert window.customers.filter.text() == "" and window.tickets.filter.text() == ""
    assert window.tabs.tabIcon(customers_tab).isNull()


def test_clicking_a_header_sorts_in_the_database(open_window):
    window, desk = open_window("fa")
    for name, mobile in (("بهرام", "09121111111"), ("آرش", "09122222222"), ("کاوه", "09123333333")):
        open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=create_customer(desk, CustomerInput(name=name, mobile=mobile)).id))
    window.refresh()
    header = window.tickets.view.horizontalHeader()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    model = window.tickets.model
    assert [model.index(r, 3).data() for r in range(3)] == ["آرش", "بهرام", "کاوه"]
    header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 3).data() for r in range(3)] == ["کاوه", "بهرام", "آرش"]


def test_a_delivered_job_puts_a_call_in_the_follow_ups_queue(open_window):
    from datetime import timedelta

    from app.domain.workflow import TicketStatus as S
    from app.services.tickets import move_ticket
    from tests.conftest import TODAY

    window, desk = open_window("fa")
    owner = create_customer(desk, CustomerInput(name="رضا", mobile="09121234567"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, promised_date=TODAY))
    desk.today = lambda: TODAY + timedelta(days=2)
    window.refresh()
    assert window.tickets.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None, "overdue is marked"
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    desk.today = lambda: TODAY + timedelta(days=5)
    window.refresh()
    assert not window.followups.model.started, "a list nobody opened reads nothing"
    window.tabs.setCurrentWidget(window.followups)
    assert window.followups.total == 1
    assert window.followups.model.index(0, 1).data() == "رضا"


def test_the_window_remembers_its_size(open_window, qtbot):
    window, _ = open_window("fa")
    window.resize(700, 500)
    size = window.size()
    window.close()
    again, _ = open_window("fa")
    assert again.size() == size


def test_scrolling_pages_by_keyset_shows_every_ticket_once_in_order(open_window, qtbot):
    window, desk = open_window("fa", customers=200, tickets=450)
    model = window.tickets.model
    while model.canFetchMore():
        model.fetchMore()
    rows = [model.index(r, 0).data(PagedTableModel.RowRole) for r in range(model.rowCount())]
    assert len({r.id for r in rows}) == 450
    assert [(r.opened_at, r.id) for r in rows] == sorted(((r.opened_at, r.id) for r in rows), reverse=True)


def test_a_double_clicked_row_opens_one_window_and_opening_it_again_raises_that_window(open_window, qtbot):
    window, _ = open_window("fa", customers=20)
    view = window.tickets.view
    first = view.model().index(0, 0)
    double_click(view, first)
    opened = [d for d in window.findChildren(TicketDialog) if d.isVisible()]
    assert len(opened) == 1  # before, the double-click and the activation opened it twice
    row = first.data(PagedTableModel.RowRole)
    assert window.open_ticket(row.id) is opened[0]
    assert len([d for d in window.findChildren(TicketDialog) if d.isVisible()]) == 1
    opened[0].close()
    QApplication.processEvents()
    again = window.open_ticket(row.id)
    assert again is not opened[0] and again.isVisible()  # closed windows are forgotten
    customer = window.open_customer(row.customer_id)
    assert window.open_customer(row.customer_id) is customer


def test_down_and_enter_from_the_filter_box_reach_the_rows(open_window, qtbot):
    """Trap 8: Down and Enter in a list's filter box went nowhere."""
    window, desk = open_window("fa")
    kazemi = create_customer(desk, CustomerInput(name="علی کاظمی", mobile="09125550000"))
    other = create_customer(desk, CustomerInput(name="سارا کاظمی", mobile="09351112233"))
    mine = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=kazemi.id))
    open_ticket(desk, TicketInput(fault="صدا می‌دهد", customer_id=other.id))
    window.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.tickets
    tab.filter.setFocus()
    type_text(tab.filter, "کاظمی")
    qtbot.keyClick(tab.filter, Qt.Key.Key_Down)  # before the pause: the filter is applied first
    assert tab.total == 2 and tab.view.hasFocus() and tab.view.currentIndex().row() == 0

    tab.filter.setFocus()
    tab.filter.clear()
    type_text(tab.filter, "علی")
    with qtbot.waitSignal(tab.activated) as opened:
        qtbot.keyClick(tab.filter, Qt.Key.Key_Return)
    assert opened.args[0].number == mine.number, "the only row found is opened"
    assert [d for d in window.findChildren(TicketDialog) if d.isVisible()]


def test_the_tickets_list_filters_by_kind_priority_coverage_and_my_jobs(open_window, qtbot):
    window, desk = open_window("fa")
    owner = create_customer(desk, CustomerInput(name="سارا رحیمی", mobile="09351112233"))
    urgent = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, priority=Priority.URGENT))
    complaint = open_ticket(desk, TicketInput(fault="دیر تحویل شد", customer_id=owner.id, kind=TicketKind.COMPLAINT))
    assign_ticket(desk, complaint.id, complaint.version, desk.actor.id)
    window.refresh()
    bar = window.tickets.bar
    assert window.tickets.model.rowCount() == 2
    bar.priority.setCurrentIndex(bar.priority.findData("urgent"))
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 1)
    assert window.tickets.model.index(0, 0).data() == desk.locale.ident(urgent.number)
    headers = [window.tickets.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.tickets.model.columnCount())]
    assert window.tickets.model.index(0, headers.index("اولویت")).data() == "فوری"
    bar.priority.setCurrentIndex(0)
    bar.mine.setChecked(True)
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 1)
    assert window.tickets.model.index(0, headers.index("نوع")).data() == "شکایت"
    assert bar.mine.text() == "کارهای من" and bar.coverage.itemText(3) == "به هزینهٔ مشتری"
    bar.coverage.setCurrentIndex(bar.coverage.findData("warranty"))
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 0)


def test_the_status_bar_says_what_each_lists_row_colours_mean(open_window):
    window, _desk = open_window("fa")
    assert "دیرکرد: موعد تحویل گذشته است" in window.legend.text()
    window.tabs.setCurrentWidget(window.warranties)
    assert "پایان تا ۳۰ روز دیگر" in window.legend.text() and "باطل" in window.legend.text()
    assert "#fde2e1" not in window.legend.text(), "each list its own colours"


def test_column_widths_saved_for_another_set_of_columns_are_not_applied(open_window, qtbot):
    from PySide6.QtCore import QByteArray

    from app.ui.ui_state import ui_settings

    window, _desk = open_window("fa")
    header = window.tickets.view.horizontalHeader()
    header.resizeSection(0, 333)
    window.close()  # saves the widths, keyed by the tickets list's columns
    settings = ui_settings()
    keys = [k for k in settings.allKeys() if k.startswith("main/columns-2/0/")]
    assert len(keys) == 1
    older = QByteArray(settings.value(keys[0]))
    settings.remove(keys[0])
    settings.setValue("main/columns-2/0/00000000", older)  # as a version with other columns saved them
    again, _ = open_window("fa")
    assert again.tickets.view.horizontalHeader().sectionSize(0) != 333
    assert again.tickets.fit_columns, "the list fits its columns to what it shows instead"


@pytest.mark.parametrize("tab", ["customers", "warranties", "contracts", "followups"])
def test_the_widest_column_takes_the_spare_width_not_an_empty_last_one(open_window, qtbot, tab):
    window, _desk = open_window("ar", customers=40)
    window.resize(1400, 700)
    window.tabs.setCurrentWidget(getattr(window, tab))
    view = getattr(window, tab).view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() >= view.viewport().width() - 1)
    last = header.count() - 1
    assert header.sectionSize(last) < view.viewport().width() / 4, "the last column keeps its own width"
    widest = max(range(header.count()), key=header.sectionSize)
    before = header.sectionSize(widest)
    window.resize(1700, 700)
    qtbot.waitUntil(lambda: header.sectionSize(widest) > before)
    assert header.length() == view.viewport().width(), "no gap after the last column, no scrolling"
    window.resize(900, 700)
    qtbot.waitUntil(lambda: header.sectionSize(widest) < before)
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) // 2 for c in range(header.count()))


def test_at_the_start_the_window_paints_before_it_reads_its_first_pages(qtbot, store, speak):
    desk = make_desk(store, "fa")
    fill_demo(desk, customers=30, tickets=40)
    speak("fa")
    window = MainWindow(desk, fill_later=True)
    qtbot.addWidget(window)
    assert window.tickets.model.rowCount() == 0 and not window.today.model.rowCount()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 40)
    assert window.tickets.total == 40
    assert window.today.model.rowCount() > 0


def test_the_main_window_takes_the_start_frames_place_with_what_the_clerk_typed(qtbot, store, speak):
    desk = make_desk(store, "fa")
    fill_demo(desk, customers=30, tickets=40)
    speak("fa")
    frame = DeskFrame()
    qtbot.addWidget(frame)
    frame.setGeometry(60, 40, 1100, 700)
    frame.show()
    qtbot.waitExposed(frame)
    frame.activateWindow()
    qtbot.waitActive(frame)
    assert [frame.tabs.tabText(i) for i in range(frame.tabs.count())] == [
        "امروز", "پذیرش‌ها", "مشتریان", "گارانتی‌ها", "قراردادها", "پیگیری‌ها"]
    frame.tabs.setCurrentIndex(1)
    frame.search.setFocus()
    QTest.keyClicks(frame.search, "0912")
    window = MainWindow(desk, fill_later=True)
    qtbot.addWidget(window)
    assert tab_titles(window) == [frame.tabs.tabText(i) for i in range(frame.tabs.count())]
    window.take_place_of(frame)
    assert window.isVisible() and not frame.isVisible()
    assert window.geometry().size() == frame.geometry().size()
    assert window.search.text() == "0912"
    assert window.tabs.currentWidget() is window.tickets
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 40)


def test_a_start_frame_closed_before_the_desk_was_ready_opens_no_desk(qtbot, store, speak):
    desk = make_desk(store, "fa")
    speak("fa")
    frame = DeskFrame()
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    frame.close()
    assert run_gui(desk, Catalogue.load("fa"), StartingFrame(QApplication.instance(), None, frame)) == 0
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
