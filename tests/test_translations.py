"""A Persian or Arabic clerk never meets an English string, or a message missing its values."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "translations"))
import update  # noqa: E402

LANGS = ("fa", "ar")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name", ""), m.findtext("source", ""), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a message with a count (`tr(text, "", n)`)."""
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(ctx, src) for ctx, src, tr in messages(path)
            if tr is None or tr.get("type") == "unfinished" or not all(text.strip() for text in forms(tr))]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_translated(lang: str, tmp_path: Path) -> None:
    copy = tmp_path / f"khedmat_{lang}.ts"
    shutil.copy(ROOT / "translations" / f"khedmat_{lang}.ts", copy)
    update.lupdate([copy])
    assert unfinished(copy) == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = [(ctx, src, text) for ctx, src, tr in messages(ROOT / "translations" / f"khedmat_{lang}.ts")
             for text in forms(tr) if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text))]
    assert wrong == []


def test_the_check_notices_an_untranslated_string(tmp_path: Path) -> None:
    source = tmp_path / "app.py"
    source.write_text('QT_TRANSLATE_NOOP("Errors", "A string nobody translated")\n', encoding="utf-8")
    ts = tmp_path / "x_fa.ts"
    shutil.copy(ROOT / "translations" / "khedmat_fa.ts", ts)
    subprocess.run([shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate"),
                    str(source), "-ts", str(ts)], check=True, capture_output=True)
    assert ("Errors", "A string nobody translated") in unfinished(ts)


@pytest.mark.parametrize(("n", "expected"), [(0, "٠ عميل"), (1, "عميل واحد"), (2, "عميلان"), (7, "٧ عملاء"),
                                             (11, "١١ عميلًا"), (99, "٩٩ عميلًا"), (100, "١٠٠ عميل"),
                                             (103, "١٠٣ عملاء")])
def test_an_arabic_count_takes_its_plural_form(n, expected):
    from app.i18n import Catalogue
    from app.locale.display import Locale

    text = Catalogue.load("ar").translate("Cli", "%n customers", None, n)
    assert Locale.for_language("ar").digits(text) == expected


def test_the_window_counts_rows_in_arabic_plural_forms(qtbot):
    from PySide6.QtCore import QCoreApplication

    from app.i18n import Catalogue
    from app.ui.app import prepare_application

    app, languages = prepare_application(Catalogue.load("ar"))
    try:
        assert QCoreApplication.translate("MainWindow", "%n row(s)", "", 90) == "90 صفًا"
        assert QCoreApplication.translate("MainWindow", "%n row(s)", "", 2) == "صفان"
    finally:
        languages.uninstall()


@pytest.mark.parametrize("lang", LANGS)
def test_file_extensions_in_right_to_left_text_keep_their_dot_in_front(lang):
    """Trap 7: “.xlsx” inside Persian or Arabic text showed as “xlsx.”; an isolate keeps it."""
    loose = [(ctx, src) for ctx, src, tr in messages(ROOT / "translations" / f"khedmat_{lang}.ts") if tr is not None
             and re.search(r"(?<![\u2066*\w])\.(xlsx|xls|ods|pdf|csv)\b", "".join(t for t in tr.itertext()))]
    assert loose == []


def test_a_message_names_a_currency_not_its_code():
    from app.errors import KhedmatError
    from app.i18n import Catalogue
    from app.locale.money import parse_money

    with pytest.raises(KhedmatError) as refused:
        parse_money("12.3456", "SAR")
    assert "الريال السعودي" in refused.value.message(Catalogue.load("ar").translate)
    assert "SAR" not in refused.value.message(Catalogue.load("ar").translate)
