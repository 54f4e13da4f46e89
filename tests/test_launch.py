"""`khedmat` starting the desk: the window's frame before the records are imported, then the
desk in its place; a command goes straight to the command line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.launch import desk_start
from app.start_times import START_TIMES_ENV

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("argv", "lang"), [
    ([], "fa"),
    (["gui"], "fa"),
    (["--lang", "ar"], "ar"),
    (["--lang=ar", "gui", "--db", "shop.db"], "ar"),
    (["--db", "shop.db", "--create", "--demo-if-empty", "--user", "sara"], "fa"),
])
def test_the_desk_language_is_read_from_a_plain_start(argv, lang):
    assert desk_start(argv).lang == lang


def test_the_database_is_the_one_app_cli_opens(tmp_path):
    assert desk_start(["--db", str(tmp_path / "shop.db")]).database_url == f"sqlite:///{tmp_path / 'shop.db'}"
    assert desk_start([]).database_url.endswith("/khedmat.db")


def test_the_saved_or_environment_language_is_the_desks_when_none_is_asked(monkeypatch):
    monkeypatch.setenv("KHEDMAT_LANG", "ar")
    assert desk_start([]).lang == "ar"
    assert desk_start(["--lang", "fa"]).lang == "fa"


@pytest.mark.parametrize("argv", [
    ["export", "tickets", "out.csv"],
    ["--lang", "ar", "demo"],
    ["--help"],
    ["gui", "--help"],
    ["--lang", "xx"],  # the parser says what is wrong, not a frame
    ["--db"],
    ["--db", "--lang"],
    ["gui", "gui"],
    ["--verbose"],
])
def test_a_command_help_or_anything_unusual_starts_no_frame(argv):
    assert desk_start(argv) is None


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_frame_is_painted_without_importing_the_records_or_the_services():
    found = _python("import sys, app.launch, app.ui.app, app.ui.desk_frame; "
                    "import app.ui.single_instance; print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'openpyxl', "
                    "'reportlab', 'phonenumbers'}), sorted(m for m in sys.modules if m.startswith(("
                    "'app.services', 'app.domain', 'app.store', 'app.cli'))))", dict(os.environ))
    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == ["[]", "[]"]


def test_a_timed_start_paints_the_frame_then_fills_the_desk_and_quits(tmp_path):
    times = tmp_path / "start.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               KHEDMAT_LOG_DIR=str(tmp_path / "logs"), **{START_TIMES_ENV: str(times)})
    env.pop("KHEDMAT_DATABASE_URL", None)
    started = subprocess.run([sys.executable, "-m", "app", "--lang", "ar", "--demo-if-empty"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    marks = [json.loads(line) for line in times.read_text(encoding="utf-8").splitlines()]
    assert [m["mark"] for m in marks] == ["painted", "imported", "window", "first_page"]
    assert [m["at"] for m in marks] == sorted(m["at"] for m in marks)
    assert (tmp_path / "data" / "Khedmat" / "khedmat.db").exists()
