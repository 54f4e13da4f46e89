"""One window per desk: a second start (the shortcut clicked again while the window hides
behind another) brings the running window forward instead of opening a second one.

The running window listens on a local socket (a named pipe on Windows) named after the
user, the data folder and the database, so another user of the same PC, another data
folder (each test has its own) or another database opens its own window.
"""
from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from app.config import data_dir

log = logging.getLogger("khedmat.ui")

FOCUS = b"focus\n"
WAIT_MS = 1000
"""How long a second start waits for the running window to answer: a window busy for longer
(a long import) is taken for gone, and the second start opens a window of its own."""


def instance_name(database_url: str) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = os.environ.get("USERNAME", "")
    key = "\0".join((user, str(data_dir().resolve()), database_url))
    # a short name: on Unix it becomes a socket file's path, at most 107 bytes
    return f"khedmat-{hashlib.sha256(key.encode()).hexdigest()[:24]}"


def focus_running_window(database_url: str) -> bool:
    """Whether a window already open on this desk was asked to come forward (so this start
    has nothing more to do)."""
    QApplication.instance() or QApplication(sys.argv[:1])
    socket = QLocalSocket()
    socket.connectToServer(instance_name(database_url))
    if not socket.waitForConnected(WAIT_MS):
        return False
    if os.name == "nt":
        # Windows lets only the program in front give the focus away: this one, just started
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    socket.write(FOCUS)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


def bring_forward(window: QWidget) -> None:
    """The window (or the dialog it has open) in front, unminimised."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    front = QApplication.activeModalWidget() or window
    front.raise_()
    front.activateWindow()


class InstanceServer(QObject):
    """Listens for later starts while `window` is open."""

    def __init__(self, window: QWidget, database_url: str) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        name = instance_name(database_url)
        if not self.server.listen(name):
            # a socket file left by a window that did not close (Unix); no one answered on it,
            # or this start would have focused that window
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.warning("a second start cannot find this window: %s", self.server.errorString())

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if FOCUS.strip() in bytes(socket.readAll().data()):
            log.info("another start of Khedmat: the window brought forward")
            bring_forward(self.window)

    def close(self) -> None:
        self.server.close()
