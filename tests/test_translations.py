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


def _texts(tr: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms (a `%n` message's)."""
    forms = tr.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [tr.text or ""]


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(ctx, src) for ctx, src, tr in messages(path)
            if tr is None or tr.get("type") == "unfinished" or not all(t.strip() for t in _texts(tr))]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_translated(lang: str, tmp_path: Path) -> None:
    copy = tmp_path / f"khedmat_{lang}.ts"
    shutil.copy(ROOT / "translations" / f"khedmat_{lang}.ts", copy)
    update.lupdate([copy])
    assert unfinished(copy) == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = [(ctx, src, tr.text) for ctx, src, tr in messages(ROOT / "translations" / f"khedmat_{lang}.ts")
             if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))]
    assert wrong == []


def test_the_check_notices_an_untranslated_string(tmp_path: Path) -> None:
    source = tmp_path / "app.py"
    source.write_text('QT_TRANSLATE_NOOP("Errors", "A string nobody translated")\n', encoding="utf-8")
    ts = tmp_path / "x_fa.ts"
    shutil.copy(ROOT / "translations" / "khedmat_fa.ts", ts)
    subprocess.run([shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate"),
                    str(source), "-ts", str(ts)], check=True, capture_output=True)
    assert ("Errors", "A string nobody translated") in unfinished(ts)
