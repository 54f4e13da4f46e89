"""Numbers typed and shown in the clerk's digits."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QSpinBox, QWidget

from app.locale.display import Locale
from app.locale.text import to_ascii_digits

_QT_LOCALES = {"fa": (QLocale.Language.Persian, QLocale.Country.Iran),
               "ar": (QLocale.Language.Arabic, QLocale.Country.SaudiArabia)}


def qt_locale(locale: Locale) -> QLocale:
    """Qt's locale that writes numbers in the user's digits: Persian ۰–۹, Arabic-Indic ٠–٩."""
    if locale.native_digits and locale.lang in _QT_LOCALES:
        return QLocale(*_QT_LOCALES[locale.lang])
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class NumberSpin(QSpinBox):
    """Shows the user's digits and reads any: Qt's Persian locale refuses Arabic-Indic digits
    and its Arabic locale Persian ones, yet clerks type both (keyboard layouts differ)."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(qt_locale(locale))

    def validate(self, text: str, pos: int) -> object:
        # Judge the ASCII reading, but leave what was typed on screen.
        result = super().validate(to_ascii_digits(text), pos)
        state = result[0] if isinstance(result, tuple) else result
        return state, text, pos

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(to_ascii_digits(text))

    def fixup(self, text: str) -> str:
        return super().fixup(to_ascii_digits(text))

