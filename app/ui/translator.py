"""Qt's side of the catalogue: our .ts sources compiled to .qm, and Qt's own translations
(qtbase_fa.qm, qtbase_ar.qm: the words of Qt's file dialogs, print dialogs and standard
buttons), each through a translator of its own.

The .qm files are compiled from translations/*.ts on first use (pyside6-lrelease, shipped
with PySide6) into the data folder's cache and reused while the source is unchanged; a
packaged build ships them precompiled beside the .ts files. (A Python QTranslator subclass
would avoid the compile, but PySide6 6.12 hands its `disambiguation` argument over as a
`None` it does not own, and every tr() call then wears Python's reference count of None
down until the interpreter aborts.)
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.config import data_dir
from app.i18n import QT_TRANSLATE_NOOP, Catalogue, Label, ts_path

QT_CATALOGUE_WORDS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                      QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
                      QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
                      QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
                      QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
                      QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"))
"""Words of Qt's own dialogs given in our catalogue, which is installed after Qt's and so
consulted first. The qtbase_fa.qm and qtbase_ar.qm shipped with PySide6 miss the file
dialog's "&Look in:" and "Files of &type:" (Qt 6 gave them a mnemonic; the catalogues still
carry "Look in:"), so the dialog was half English; and their Arabic Save and Cancel are
commands ("احفظ", "ألغِ") with a mnemonic, where our buttons say "حفظ", "إلغاء"."""


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return shutil.which("pyside6-lrelease") or (str(beside) if beside.exists() else None)


def compiled_catalogue(lang: str) -> Path | None:
    """The .qm of `lang`, compiled now if the cache has none for this exact source."""
    source = ts_path(lang)
    if not source.exists():
        return None
    shipped = source.with_suffix(".qm")
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
    cached = data_dir() / "cache" / f"khedmat_{lang}-{digest}.qm"
    if cached.exists():
        return cached
    tool = _lrelease()
    if tool is None:
        return shipped if shipped.exists() else None
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".partial")
    subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], check=True, capture_output=True)
    partial.replace(cached)
    return cached


def qt_catalogue(lang: str) -> Path | None:
    """Qt's own catalogue for `lang` (qtbase_<lang>.qm): where this Qt says its translations
    are, else in the PySide6 package (a bundled build can move Qt's folders), else beside ours."""
    import PySide6

    name = f"qtbase_{lang}.qm"
    package = Path(PySide6.__file__).parent
    # the Linux wheel keeps Qt's folders under Qt/, the Windows wheel beside the package's modules
    for folder in (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                   package / "Qt" / "translations", package / "translations", ts_path(lang).parent):
        if (folder / name).is_file():
            return folder / name
    return None


class LanguageManager:
    """Owns the installed translators of the running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def install(self, catalogue: Catalogue) -> None:
        self.uninstall()
        if catalogue.lang == "en":
            return
        ours, qt_own = QTranslator(), QTranslator()
        qt_file = qt_catalogue(catalogue.lang)
        if qt_file is not None and qt_own.load(str(qt_file)):
            self._installed.append(qt_own)
        compiled = compiled_catalogue(catalogue.lang)
        if compiled is not None and ours.load(str(compiled)):
            self._installed.append(ours)  # installed last, so consulted first (QT_CATALOGUE_WORDS)
        for translator in self._installed:
            self.app.installTranslator(translator)

    def uninstall(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []


def shown(label: Label) -> str:
    """A domain label (status, kind, coverage) in the interface language."""
    return QCoreApplication.translate(label.context, label.text)


def person(name: str) -> str:
    """A user's name as shown: the first account's stored English name in the user's language."""
    # imported here: this module is part of the window's frame, painted before the records are imported
    from app.domain.kinds import Role, label
    from app.services.desk import SYSTEM_FULL_NAME

    return shown(label(Role.ADMIN)) if name == SYSTEM_FULL_NAME else name
