"""The one-folder bundle a clerk installs, built and run as a clerk's PC runs it: its own
executable, a fresh data folder, no Python and no pyside6-lrelease on the PATH.

    uv run pytest -m bundle

builds dist/khedmat with packaging/build.py once per session (about 2-3 minutes), or takes the
bundle already in KHEDMAT_BUNDLE_DIR.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from app.i18n import Catalogue

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "KHEDMAT_BUNDLE_DIR"
DEMO_CUSTOMERS = 25


@pytest.fixture(scope="session")
def bundle() -> Path:
    given = os.environ.get(BUNDLE_ENV)
    if given:
        return Path(given)
    uv = shutil.which("uv")
    build = [uv, "run", "--locked", "--group", "packaging", "python"] if uv else [sys.executable]
    subprocess.run([*build, str(ROOT / "packaging" / "build.py"), "--no-installer"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return ROOT / "dist" / "khedmat"


@pytest.fixture(scope="module")
def clerk_pc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a PC the bundle was copied to: its own data folder, offscreen Qt."""
    home = tmp_path_factory.mktemp("clerk")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KHEDMAT_", "PYTHON", "VIRTUAL_ENV", "UV_", "XDG_"))}
    return env | {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen",
                  "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir())}


def run(bundle: Path, env: dict[str, str], *args: str, cwd: Path, extra: dict[str, str] | None = None,
        program: str = "khedmat-cli") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(bundle / program), *args], cwd=cwd, env=env | (extra or {}), capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def data_folder(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "Khedmat"


def test_the_bundle_is_one_folder_with_its_catalogues_and_migrations(bundle):
    inside = bundle / "_internal"
    assert (bundle / "khedmat").is_file() or (bundle / "khedmat.exe").is_file()
    assert {p.name for p in (inside / "translations").iterdir()} >= {"khedmat_fa.qm", "khedmat_ar.qm",
                                                                    "khedmat_fa.ts", "khedmat_ar.ts"}
    qt_words = {p.name for p in (inside / "PySide6").rglob("qtbase_*.qm")}
    assert qt_words == {"qtbase_fa.qm", "qtbase_ar.qm"}, "Qt's own words in the desk's languages only"
    migrations = {p.name for p in (inside / "app" / "store" / "migrations" / "versions").glob("*.py")}
    assert migrations == {p.name for p in (ROOT / "app" / "store" / "migrations" / "versions").glob("*.py")}
    unused = [m for m in ("QtQml", "QtQuick", "QtSql", "QtOpenGLWidgets") if list(inside.rglob(f"{m}.*"))]
    assert not unused, f"Qt modules Khedmat does not use: {unused}"


@pytest.fixture(scope="module")
def worked(bundle, clerk_pc, tmp_path_factory) -> dict[str, object]:
    """A day's commands through the bundle: demo data, exports, a job card, an import."""
    work = tmp_path_factory.mktemp("work")
    done = {"demo": run(bundle, clerk_pc, "demo", "--customers", str(DEMO_CUSTOMERS), cwd=work).stdout}
    run(bundle, clerk_pc, "export", "tickets", "tickets.xlsx", cwd=work)
    run(bundle, clerk_pc, "export", "customers", "customers.xlsx", cwd=work)
    run(bundle, clerk_pc, "export", "customers", "customers.csv", cwd=work)
    tickets = list(openpyxl.load_workbook(work / "tickets.xlsx", read_only=True).active.values)
    done["tickets"] = tickets
    done["number"] = tickets[1][0]
    done["jobcard"] = run(bundle, clerk_pc, "jobcard", tickets[1][0], "card.pdf", cwd=work).stdout
    done["import"] = run(bundle, clerk_pc, "--db", "other.db", "--create", "import", "customers.xlsx",
                         "--errors", "rejected.xlsx", cwd=work).stdout
    run(bundle, clerk_pc, "--db", "other.db", "export", "customers", "back.csv", cwd=work)
    done["work"] = work
    return done


def test_demo_fills_the_database_in_the_data_folder_and_logs_there(worked, clerk_pc):
    folder = data_folder(clerk_pc)
    assert (folder / "khedmat.db").is_file()
    assert "۲۵ مشتری" in worked["demo"], worked["demo"]
    log = (folder / "logs" / "khedmat.log").read_text(encoding="utf-8")
    assert "upgraded from None to" in log, "the migrations ran from the bundle"
    assert "Traceback" not in log


def test_export_writes_the_canonical_workbook(worked):
    header, *rows = worked["tickets"]
    assert header[:2] == ("number", "opened_at") and {"serial", "status", "total", "delivered_at"} <= set(header)
    assert len(rows) > DEMO_CUSTOMERS, "the demo's tickets, every one"


def test_jobcard_writes_a_pdf_with_the_ticket_and_the_embedded_font(worked):
    card = worked["work"] / "card.pdf"
    text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(card), "-"], capture_output=True,
                                                        text=True, check=True).stdout)
    persian = worked["number"].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert persian in text or worked["number"] in text
    assert "کارت تعمیر" in text
    fonts = subprocess.run(["pdffonts", str(card)], capture_output=True, text=True, check=True).stdout
    assert "Vazirmatn" in fonts


def test_an_export_imports_back_unchanged_through_the_bundle(worked):
    assert "۰ ردیف ردشده" in worked["import"], worked["import"]
    work = worked["work"]

    def rows(name: str) -> list[dict[str, str]]:
        with open(work / name, encoding="utf-8-sig", newline="") as f:
            return sorted(csv.DictReader(f), key=lambda r: r["mobile"])

    assert rows("back.csv") == rows("customers.csv")
    assert len(rows("back.csv")) == DEMO_CUSTOMERS


def test_the_window_opens_in_persian_shows_a_pdf_page_and_closes(bundle, clerk_pc, worked):
    work = worked["work"]
    report = work / "smoke.json"
    done = run(bundle, clerk_pc, cwd=work, program="khedmat",
               extra={"KHEDMAT_SMOKE_REPORT": str(report), "KHEDMAT_SMOKE_PDF": str(work / "card.pdf")})
    seen = json.loads(report.read_text(encoding="utf-8"))
    fa = Catalogue.load("fa")
    assert seen["exposed"] and seen["right_to_left"]
    assert seen["title"] == fa.translate("MainWindow", "Khedmat — service desk"), "our .qm, shipped precompiled"
    assert seen["qt_word"] != "Detail View", "Qt's own Persian catalogue"
    assert seen["font"] == "Vazirmatn"
    assert seen["pdf_page"]["width"] > 0 and seen["pdf_page"]["dark_samples"] > 50, "pdfium drew the job card"
    assert "Traceback" not in done.stderr
    assert not (data_folder(clerk_pc) / "cache").exists(), "no catalogue compiled at the first start"
    assert list((data_folder(clerk_pc) / "backups").glob("khedmat-daily-*.db")), "the day's backup, in the data folder"
    assert not [p for p in bundle.rglob("*") if p.suffix in (".db", ".log")], "nothing written into the program"
