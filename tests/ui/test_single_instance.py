"""A second start of the desk brings the open window forward instead of opening another."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt

from app.ui.single_instance import InstanceServer, focus_running_window, instance_name

ROOT = Path(__file__).resolve().parents[2]


def minimised(window) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowMinimized)


@pytest.fixture
def listening(open_window):
    window, desk = open_window("fa")
    server = InstanceServer(window, desk.store.url)
    yield window, desk
    server.close()


def test_a_second_start_brings_the_minimised_window_back(qtbot, listening):
    window, desk = listening
    window.showMinimized()
    qtbot.waitUntil(lambda: minimised(window))
    assert focus_running_window(desk.store.url)
    qtbot.waitUntil(lambda: not minimised(window))
    assert window.isVisible()


def test_another_database_or_data_folder_starts_its_own_window(listening, tmp_path, monkeypatch):
    _window, desk = listening
    assert not focus_running_window(f"sqlite:///{tmp_path / 'other.db'}")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-data"))
    assert instance_name(desk.store.url) != instance_name(f"sqlite:///{tmp_path / 'other.db'}")
    assert not focus_running_window(desk.store.url)


def test_khedmat_started_again_on_the_same_database_exits_and_the_window_comes_forward(qtbot, listening):
    window, desk = listening
    window.showMinimized()
    database = desk.store.url.removeprefix("sqlite:///")
    second = subprocess.Popen([sys.executable, "-m", "app", "--db", database, "gui"], cwd=ROOT,
                              env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, second.stderr.read().decode()
    qtbot.waitUntil(lambda: not minimised(window))


@pytest.mark.skipif(os.name == "nt", reason="a named pipe leaves nothing behind")
def test_a_socket_left_by_a_window_that_did_not_close_is_taken_over(open_window, tmp_path):
    window, desk = open_window("fa")
    left = Path(QDir.tempPath()) / instance_name(desk.store.url)
    left.write_text("")
    server = InstanceServer(window, desk.store.url)
    try:
        assert server.server.isListening()
        assert focus_running_window(desk.store.url)
    finally:
        server.close()
        left.unlink(missing_ok=True)
