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
from functools import cache
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


@cache
def catalogue_for(lang: str) -> Catalogue:
    """The finished translations of `lang`, read once: for text a service writes in a language
    other than the one a screen shows (a message to a customer, a reason kept on a record)."""
    return Catalogue.load(lang)


def ts_path(lang: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"khedmat_{lang}.ts"


def plural_form(lang: str, n: int) -> int:
    """Which of a language's plural forms a count takes, in the order Qt Linguist keeps them:
    Persian has one; Arabic six (zero, one, two, few 3–10, many 11–99, other), by n % 100."""
    if lang == "ar":
        rest = n % 100
        return 0 if n == 0 else 1 if n == 1 else 2 if n == 2 else 3 if 3 <= rest <= 10 else 4 if rest >= 11 else 5
    if lang == "fa":
        return 0
    return 0 if n == 1 else 1


@dataclass
class Catalogue:
    """Finished translations of one language: (context, source) -> text, and the plural forms
    of a message with a count: (context, source) -> forms."""

    lang: str = "en"
    entries: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str, directory: Path = TRANSLATIONS_DIR) -> Catalogue:
        path = ts_path(lang, directory)
        if lang == "en" or not path.exists():
            return cls(lang)
        entries: dict[tuple[str, str], str] = {}
        plurals: dict[tuple[str, str], list[str]] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                key = (name, message.findtext("source", ""))
                forms = [form.text or "" for form in translation.findall("numerusform")]
                if forms and all(forms):
                    plurals[key] = forms
                elif translation.text:
                    entries[key] = translation.text
        return cls(lang, entries, plurals)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in this language; with a count `n`, the plural form it takes, its `%n` the
        count (in ASCII digits: the caller shows them in the user's)."""
        if n < 0:
            return self.entries.get((context, text), text)
        forms = self.plurals.get((context, text))
        chosen = forms[min(plural_form(self.lang, n), len(forms) - 1)] if forms else text
        return chosen.replace("%n", str(n))

    def __call__(self, context: str, text: str) -> str:
        return self.translate(context, text)

    def label(self, entry: Label) -> str:
        return self.translate(entry.context, entry.text)
