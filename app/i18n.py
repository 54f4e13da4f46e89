"""The one catalogue of user-visible strings, read from the Qt .ts sources.

Qt widgets reach it through a QTranslator (app/ui/translator.py); the CLI, services and
documents reach it through `Catalogue.translate`. Strings are marked where they are
defined with `QT_TRANSLATE_NOOP(context, text)` or looked up with
`translate(context, text)` so that `pyside6-lupdate` extracts them from plain Python.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.locale.display import Locale

LANGUAGES = ("fa", "ar", "en")
LANGUAGE_NAMES = {"fa": "فارسی", "ar": "العربية", "en": "English"}
"""Each language named in itself, as a language menu shows it."""
RTL_LANGUAGES = frozenset({"fa", "ar"})
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for extraction under `context`; translation happens where it is shown."""
    return text


class Ident(str):
    """A number of ours (a ticket's) carried as data in a message, shown through Locale.ident
    where the message is shown."""

    __slots__ = ()


class Label(NamedTuple):
    """A catalogue entry carried as data (a status name, a kind), translated where shown."""

    context: str
    text: str


class Money(NamedTuple):
    """An amount carried as data in a message, shown through Locale.money where shown."""

    amount: Decimal
    currency: str | None = None


def fill(template: str, params: dict[str, Any], tr: Callable[[str, str], str],
         locale: Locale | None = None) -> str:
    """`template` (already translated) with `params` shown in the user's language: labels
    translated and, with a `locale`, numbers in the user's digits, amounts as money and our
    numbers kept in their written order."""
    values: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Label):
            value = tr(*value)
        elif isinstance(value, Money):
            value = locale.money(value.amount, value.currency) if locale else str(value.amount)
        elif locale is None:
            pass
        elif isinstance(value, Ident):
            value = locale.ident(value)
        elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            value = locale.digits(value)
        values[key] = value
    return template.format(**values)


def ts_path(lang: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"khedmat_{lang}.ts"


@dataclass
class Catalogue:
    """Finished translations of one language: (context, source) -> text."""

    lang: str = "en"
    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str, directory: Path = TRANSLATIONS_DIR) -> Catalogue:
        path = ts_path(lang, directory)
        if lang == "en" or not path.exists():
            return cls(lang)
        entries: dict[tuple[str, str], str] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = translation.text or ""
                if text:
                    entries[(name, message.findtext("source", ""))] = text
        return cls(lang, entries)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES

    def translate(self, context: str, text: str) -> str:
        return self.entries.get((context, text), text)

    def __call__(self, context: str, text: str) -> str:
        return self.translate(context, text)

    def label(self, entry: Label) -> str:
        return self.translate(entry.context, entry.text)
