"""Digits and Persian/Arabic text folding: the one place these rules live."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_ASCII_DIGITS = "0123456789"

_TO_ASCII = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, _ASCII_DIGITS * 2)
_NATIVE = {
    "fa": str.maketrans(_ASCII_DIGITS, _PERSIAN_DIGITS),
    "ar": str.maketrans(_ASCII_DIGITS, _ARABIC_DIGITS),
}


# Harakat, Quranic marks, superscript alef and tatweel decorate a word without changing it.
_DECORATION = [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]

# Legacy sheets mix Arabic and Persian keyboards: the same name arrives as علي, علی or عليّ,
# so every variant of a letter folds onto the one a Persian keyboard types.
_SEARCH_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        # Heh as Urdu, Kurdish and some Gulf keyboards type it (do-chashmi, goal, ae).
        "ھ": "ه",
        "ہ": "ه",
        "ە": "ه",
    }
    | dict.fromkeys(_DECORATION)
)


def to_ascii_digits(s: str) -> str:
    return s.translate(_TO_ASCII)


def to_native_digits(s: str, lang: str) -> str:
    """Digits of `lang` ('fa' Persian, 'ar' Arabic-Indic); other languages keep `s` as is."""
    table = _NATIVE.get(lang)
    return to_ascii_digits(s).translate(table) if table else s


def strip_invisible(s: str) -> str:
    """Drop format characters (ZWNJ, ZWJ, bidi marks and isolates, BOM, soft hyphen).

    They are invisible, so two strings that look the same to the clerk must not differ by them;
    RTL editors and web pages insert bidi marks around numbers without the user knowing.
    """
    if s.isascii():  # no format character is ASCII
        return s
    return s.translate(_invisible())


@cache
def _invisible() -> dict[int, None]:
    """Every format character (category Cf) of this Python's Unicode, for str.translate."""
    planes = (*range(0x20000), *range(0xE0000, 0xE1000))  # no Cf lies outside these
    return dict.fromkeys(c for c in planes if unicodedata.category(chr(c)) == "Cf")


def tidy(s: str | None) -> str:
    """The original of typed text as stored: outer whitespace gone, inner runs made one space."""
    return " ".join(s.split()) if s else ""


def normalize_search(s: str | None) -> str:
    """The one search fold, for stored search columns and queries alike.

    Language-independent on purpose: the stored column must not depend on a UI setting.
    """
    if not s:
        return ""
    # NFKC undoes presentation forms (pasted from PDFs) and odd spaces; casefolding can
    # leave text that NFKC would change again, hence the second pass.
    if s.isascii():  # NFKC keeps ASCII as it is, and casefolding ASCII is lowering it
        return tidy(s.lower())
    s = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())
    s = strip_invisible(to_ascii_digits(s)).translate(_SEARCH_FOLD)
    return tidy(s)


def normalize_serial(s: str | None) -> str:
    """Unique key of a serial: 'sn 12-ab.34' and 'SN12AB34' are the same unit."""
    if not s:
        return ""
    if s.isascii():  # NFKC and the digit fold keep ASCII as it is; its letters and digits are [A-Z0-9]
        return _NOT_ASCII_ALNUM.sub("", s.upper())
    s = to_ascii_digits(unicodedata.normalize("NFKC", s)).upper()
    return "".join(ch for ch in s if ch.isalnum())


_SEPARATORS = re.compile(r"(\W+)")
_NOT_ASCII_ALNUM = re.compile(r"[^A-Z0-9]+")


def isolate_ltr(s: str) -> str:
    """Keep an identifier (phone number, ticket number) in its written order inside
    right-to-left text.

    A left-to-right isolate alone is not enough for Arabic-Indic digits: the bidi algorithm
    treats them as right-to-left when it places the spaces or dashes between groups, so
    `٠٥٩ ٠٧٠ ٥٧٤٣` would show its groups reversed. Left-to-right marks around each separator
    pin the groups in order.
    """
    if not s:
        return s
    return "\u2066" + _SEPARATORS.sub("\u200e\\1\u200e", s) + "\u2069"


def starts_left_to_right(s: str) -> bool:
    """True when the first strongly directed character of `s` (or a digit before any) is
    left-to-right: a paragraph of it would be laid out left to right."""
    for ch in s:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return False
        if kind in ("L", "EN", "AN"):
            return True
    return False


_PHONE_CHARACTERS = frozenset("0123456789+-()")


def split_typed(text: str) -> tuple[str, str]:
    """(name, mobile) of what was typed in the search box: words of digits are the mobile,
    the other words the name, so a clerk who typed either need not type it twice."""
    name: list[str] = []
    mobile: list[str] = []
    for word in text.split():
        ascii_word = to_ascii_digits(word)
        is_phone = any(ch.isdigit() for ch in ascii_word) and set(ascii_word) <= _PHONE_CHARACTERS
        (mobile if is_phone else name).append(word)
    return " ".join(name), "".join(mobile)


_PERSIAN_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})


def in_desk_letters(s: str, lang: str) -> str:
    """Text as a desk of `lang` stores it. On a Persian desk the Arabic ي, ى and ك an Arabic
    keyboard layout types are written as the Persian ی and ک they stand for (they print and
    sort wrongly otherwise); an Arabic desk keeps what was typed."""
    if lang != "fa" or ("\u064a" not in s and "\u0643" not in s and "\u0649" not in s):
        return s  # most text holds none: no new string (the import reads a million cells)
    return s.translate(_PERSIAN_LETTERS)


def name_fold(s: str | None) -> str:
    """The fold of the stored search columns of names (customers, parts, products) and of the
    queries run against them: `normalize_search` with the spaces gone too, so a word written
    with a space, a ZWNJ or nothing between its parts (می کنند, می‌کنند, میکنند; علی رضا,
    علیرضا) is one word. The import's headers and values keep `normalize_search`: their
    words are matched whole."""
    return normalize_search(s).replace(" ", "")
