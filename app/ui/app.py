"""Starting the GUI: the application object, font, language and layout direction."""
from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.i18n import QT_TRANSLATE_NOOP, Catalogue
from app.services.desk import Desk
from app.ui.admin.first_run import offer_first_run
from app.ui.fonts import load_app_font
from app.ui.main_window import MainWindow
from app.ui.messages import ask_to_wait, ask_yes_no
from app.ui.translator import LanguageManager

log = logging.getLogger("khedmat.ui")

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("khedmat.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def prepare_application(catalogue: Catalogue) -> tuple[QApplication, LanguageManager]:
    """The one QApplication, set up for the catalogue's language (font, direction, translators)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Khedmat")
    app.setFont(load_app_font())
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if catalogue.rtl else Qt.LayoutDirection.LeftToRight)
    languages = LanguageManager(app)
    languages.install(catalogue)
    return app, languages


def ask_to_create_database(catalogue: Catalogue, where: str) -> bool:
    """Before the window opens on a database file that does not exist: whether the clerk
    wants a new, empty one there (a mistyped path would otherwise start an empty desk)."""
    # the application's translators are installed once, by run_gui; this question is worded
    # from the catalogue itself
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(load_app_font())
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if catalogue.rtl else Qt.LayoutDirection.LeftToRight)
    words = catalogue.translate
    question = words("Start", QT_TRANSLATE_NOOP(
        "Start", "There is no database at {where}.\n\nMake a new, empty database there? If you meant an "
                 "existing one, choose No and check the path.")).format(where=f"\u2066{where}\u2069")
    return ask_yes_no(None, question, words("Start", QT_TRANSLATE_NOOP("Start", "Make a new database")),
                      words("Start", QT_TRANSLATE_NOOP("Start", "No")), default_yes=False,
                      title=words("Start", QT_TRANSLATE_NOOP("Start", "Khedmat")))


SETTLE_AFTER_MS = 1000
"""Long enough for the window to have painted its first page."""


def settle_after_start() -> None:
    """Everything made while starting (modules, Qt wrappers: 110,000 objects) lives as long as
    the program; taken out of the garbage collector's reach, the collections that run while a
    clerk scrolls 100,000 tickets stay short instead of pausing the list."""
    gc.collect()
    gc.freeze()


def run_gui(desk: Desk, catalogue: Catalogue) -> int:
    qInstallMessageHandler(_qt_message)
    app, languages = prepare_application(catalogue)
    desk.store.on_busy = ask_to_wait  # a save that waited for an import asks to wait again
    window = MainWindow(desk, fill_later=True)
    window.show()
    # once the window is up, so the clerk sees the desk behind the first-run questions
    QTimer.singleShot(0, lambda: offer_first_run(window))
    QTimer.singleShot(SETTLE_AFTER_MS, settle_after_start)
    log.info("main window shown (%s)", catalogue.lang)
    return app.exec()
