"""Starting the GUI: the application object, font, language and layout direction; the window's
frame painted first (app.ui.desk_frame), then the main window in its place.

Light on purpose: the frame is painted before the records, the services and the windows are
imported, so those are imported where the desk is opened (run_gui), not at the top."""
from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app import start_times
from app.i18n import QT_TRANSLATE_NOOP, Catalogue
from app.ui.desk_frame import DeskFrame
from app.ui.fonts import load_app_font
from app.ui.translator import LanguageManager

if TYPE_CHECKING:
    from app.services.desk import Desk

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
    from app.ui.messages import ask_yes_no

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


class StartingFrame:
    """The frame painted at the start, with the application and translators it was painted in."""

    def __init__(self, app: QApplication, languages: LanguageManager | None, frame: DeskFrame) -> None:
        self.app, self.languages, self.frame = app, languages, frame

    @classmethod
    def paint(cls, lang: str) -> StartingFrame:
        qInstallMessageHandler(_qt_message)
        app, languages = prepare_application(Catalogue(lang))
        frame = DeskFrame()
        frame.show()
        # painted now, not when the event loop first runs: opening the desk holds the loop a while
        app.processEvents()
        start_times.mark("painted")
        return cls(app, languages, frame)

    def still_wanted(self) -> bool:
        """Whether the clerk left the frame open while the desk was being opened."""
        self.app.processEvents()
        return not self.frame.closed_by_user


def _timed_start_done(app: QApplication) -> None:
    start_times.mark("first_page")
    QTimer.singleShot(0, app.quit)


def run_gui(desk: Desk, catalogue: Catalogue, starting: StartingFrame | None = None) -> int:
    from app.ui.admin.first_run import offer_first_run
    from app.ui.main_window import MainWindow
    from app.ui.messages import ask_to_wait

    if starting is None:
        qInstallMessageHandler(_qt_message)
        app, languages = prepare_application(catalogue)
    elif not starting.still_wanted():
        return 0
    else:
        app = starting.app
    desk.store.on_busy = ask_to_wait  # a save that waited for an import asks to wait again
    window = MainWindow(desk, fill_later=True)
    from app.ui import smoke
    from app.ui.crash_dialog import install_crash_reporter
    from app.ui.single_instance import InstanceServer

    install_crash_reporter(window)
    InstanceServer(window, desk.store.url)  # a second start brings this window forward
    if starting is None:
        window.show()
    else:
        window.take_place_of(starting.frame)
    smoke.arm(window)
    start_times.mark("window")
    if start_times.timing_start():
        window.first_pages_filled.connect(lambda: _timed_start_done(app))
    # once the window is up, so the clerk sees the desk behind the first-run questions
    QTimer.singleShot(0, lambda: offer_first_run(window))
    QTimer.singleShot(SETTLE_AFTER_MS, settle_after_start)
    log.info("main window shown (%s)", catalogue.lang)
    return app.exec()
