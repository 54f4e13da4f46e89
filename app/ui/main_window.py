"""The main window: Tickets, Customers, Warranties and Contracts, read from the services."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.services import listing
from app.services.desk import Desk
from app.ui.columns import contract_columns, customer_columns, ticket_columns, warranty_columns
from app.ui.list_tab import ListTab
from app.ui.models.paged_table import PagedTableModel
from app.ui.retranslating import Retranslating


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        locale = desk.locale
        self.tabs = QTabWidget(self)
        self.tickets = ListTab(PagedTableModel(desk, listing.TICKETS, ticket_columns(locale)), self)
        self.customers = ListTab(PagedTableModel(desk, listing.CUSTOMERS, customer_columns(locale)), self)
        self.warranties = ListTab(PagedTableModel(desk, listing.WARRANTIES, warranty_columns(locale)), self)
        self.contracts = ListTab(PagedTableModel(desk, listing.CONTRACTS, contract_columns(locale)), self)
        self.lists = [self.tickets, self.customers, self.warranties, self.contracts]
        for tab in self.lists:
            self.tabs.addTab(tab, "")
            tab.count_changed.connect(self._show_count)
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.tabs.currentChanged.connect(self._show_count)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.retranslate()
        self.resize(1200, 720)
        for tab in self.lists:
            tab.apply_filter()
        self.tabs.setCurrentIndex(0)

    def current_list(self) -> ListTab:
        return self.lists[self.tabs.currentIndex()]

    def refresh(self) -> None:
        for tab in self.lists:
            tab.apply_filter()

    def _show_count(self) -> None:
        total = self.current_list().total
        self.count_label.setText(self.tr("{count} rows").format(count=self.desk.locale.digits(total)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Khedmat — service desk"))
        for index, title in enumerate(
            (self.tr("Tickets"), self.tr("Customers"), self.tr("Warranties"), self.tr("Contracts"))
        ):
            self.tabs.setTabText(index, title)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
