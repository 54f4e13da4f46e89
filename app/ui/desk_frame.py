"""The main window's frame — its title, menus, tabs and search box — painted the moment the
desk starts, before the records and the services are imported (most of a second here): the
clerk sees the desk at once, may type in its search box, and the main window takes its place
with the first pages filled. Only Qt and the light modules here."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTabWidget, QToolBar, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.ui_state import ui_settings

WINDOW_CONTEXT = "MainWindow"
"""The main window's translation context: the frame shows the main window's own words."""
WINDOW_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Khedmat — service desk")
TAB_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "Tickets"),
              QT_TRANSLATE_NOOP("MainWindow", "Customers"), QT_TRANSLATE_NOOP("MainWindow", "Warranties"),
              QT_TRANSLATE_NOOP("MainWindow", "Contracts"), QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"))
"""Today, then the lists in the main window's order."""
MENU_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&View"),
               QT_TRANSLATE_NOOP("MainWindow", "&Customer"), QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
               QT_TRANSLATE_NOOP("MainWindow", "&Language"))
"""The menu bar's menus in the main window's order."""
NEW_TICKET = QT_TRANSLATE_NOOP("MainWindow", "&New ticket…")
SEARCH_HINT = QT_TRANSLATE_NOOP("MainWindow", "Search everything: ticket number, mobile, name or serial (Ctrl+F)")
GEOMETRY_KEY = "main/geometry"
"""Where the main window's size and place are remembered (app.ui.ui_state)."""
WINDOW_SIZE = (1280, 760)
"""The main window's size before it has one remembered."""


def _words(text: str) -> str:
    return QCoreApplication.translate(WINDOW_CONTEXT, text)


class DeskFrame(QMainWindow):
    """What the main window looks like before anything is read, at its remembered place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_words(WINDOW_TITLE))
        for title in MENU_TITLES:
            self.menuBar().addMenu(_words(title)).setEnabled(False)
        toolbar = QToolBar(self)
        toolbar.setMovable(False)
        toolbar.addAction(_words(NEW_TICKET)).setEnabled(False)
        toolbar.addSeparator()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.setPlaceholderText(_words(SEARCH_HINT))
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.tabs = QTabWidget(self)
        for title in TAB_TITLES:
            self.tabs.addTab(QWidget(self.tabs), _words(title))
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.closed_by_user = False
        """The clerk closed the frame before the desk was ready: the desk then does not open."""
        self.resize(*WINDOW_SIZE)
        geometry = ui_settings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closed_by_user = True
        super().closeEvent(event)
