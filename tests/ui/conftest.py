"""GUI fixtures: the real main window on a real database, in Persian or Arabic."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.i18n import Catalogue
from app.locale.display import Locale
from app.services.demo import fill_demo
from app.services.desk import Desk
from app.ui import messages
from app.ui.app import prepare_application
from app.ui.main_window import MainWindow
from tests.conftest import make_desk


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Persian included (QTest.keyClicks aborts on non-ASCII characters)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Install a language's catalogue (and its direction) for the test; uninstall after."""
    installed = []

    def install(lang: str) -> None:
        installed.append(prepare_application(Catalogue.load(lang)))
        messages.use_locale(Locale.for_language(lang))

    yield install
    messages.use_locale(None)
    for app, languages in installed:
        languages.uninstall()
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QApplication.processEvents()


@pytest.fixture
def open_dialog(qtbot, speak) -> Callable[..., QDialog]:
    """Show a dialog as the application would, in its desk's language, and wait until it is on screen."""
    def opener(lang: str, make: Callable[[], QDialog]) -> QDialog:
        speak(lang)
        dialog = make()
        # done() skips the "close without saving?" question that close() asks of an edited form.
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


@pytest.fixture
def open_window(qtbot, store, speak) -> Callable[..., tuple[MainWindow, Desk]]:
    def opener(lang: str = "fa", customers: int = 0, tickets: int | None = None,
               tab: str = "tickets") -> tuple[MainWindow, Desk]:
        """The main window on `tab` (its attribute name): most tests are about a list, and
        the window opens on Today as a clerk's day begins."""
        desk = make_desk(store, lang)
        if customers:
            fill_demo(desk, customers=customers, tickets=tickets)
        speak(lang)
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        window.tabs.setCurrentWidget(getattr(window, tab))
        return window, desk

    return opener


def double_click(view, index) -> None:
    """A real double-click on a list row, as the platform delivers it (QTest.mouseDClick's
    events do not make a double-click on the offscreen platform)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    place = QPointF(view.visualRect(index).center())
    viewport = view.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                 QEvent.Type.MouseButtonRelease):
        held = Qt.MouseButton.NoButton if kind is QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
        QApplication.sendEvent(viewport, QMouseEvent(kind, place, viewport.mapToGlobal(place),
                                                     Qt.MouseButton.LeftButton, held, Qt.KeyboardModifier.NoModifier))


def answer_next_box(seen: list[str], press: Callable[[QMessageBox], None]) -> None:
    """When the next message box opens, keep its text and answer it with `press`."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        press(box)

    QTimer.singleShot(0, answer)
