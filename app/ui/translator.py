"""Qt's side of the catalogue: our strings from app.i18n, Qt's own from the wheel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.i18n import Catalogue, Label


class CatalogueTranslator(QTranslator):
    """Answers Qt's tr() lookups from the same catalogue the CLI and documents use."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString) tells Qt to ask the next translator, then to use the source.
        return self.catalogue.entries.get((str(context), source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.catalogue.entries

    def language(self) -> str:
        return self.catalogue.lang


class LanguageManager:
    """Owns the installed translators of the running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def install(self, catalogue: Catalogue) -> None:
        self.uninstall()
        self._installed = [CatalogueTranslator(catalogue)]
        qt_own = QTranslator()
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if catalogue.lang != "en" and qt_own.load(f"qtbase_{catalogue.lang}", str(qt_dir)):
            self._installed.append(qt_own)
        for translator in self._installed:
            self.app.installTranslator(translator)

    def uninstall(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []


def shown(label: Label) -> str:
    """A domain label (status, kind, coverage) in the interface language."""
    return QCoreApplication.translate(label.context, label.text)
