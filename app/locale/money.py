"""Money as people write it (rial, toman, riyal; any digits and separators) and as we show it."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.locale.text import normalize_search, strip_invisible, to_ascii_digits, to_native_digits

SUPPORTED_CURRENCIES = ("IRR", "SAR")
CURRENCY_NAMES = {"IRR": QT_TRANSLATE_NOOP("Currency", "the Iranian rial"),
                  "SAR": QT_TRANSLATE_NOOP("Currency", "the Saudi riyal")}


def currency_label(code: str) -> Label | str:
    """A currency as a message names it (never its ISO code: clerks read “Saudi riyal”)."""
    return Label("Currency", CURRENCY_NAMES[code]) if code in CURRENCY_NAMES else code
TOMAN = "toman"
_TOMAN_IN_RIAL = 10
# Decimal places of each currency's minor unit; the rial has none in practice.
_MINOR_DIGITS = {"IRR": 0, "SAR": 2}
# Currencies people call rial/riyal, so a bare ریال or ﷼ means the one the shop works in.
_RIALS = ("IRR", "SAR")

# What a written unit means, keyed by its search fold with everything but letters removed
# ('ر.س' -> 'رس'). RIAL is "the rial of the default currency": ریال in Tehran, ريال in Riyadh.
_RIAL = "rial"
_UNITS = {
    **dict.fromkeys(("ریال", "rial", "rials", "riyal", "riyals"), _RIAL),
    **dict.fromkeys(("ریالایرانی", "ریالایران", "irr"), "IRR"),
    **dict.fromkeys(("تومان", "تومن", "toman", "tomans", "irt"), TOMAN),
    **dict.fromkeys(("ریالسعودی", "رس", "sar", "sr", "saudiriyal"), "SAR"),
}
_FREE_WORDS = ("رایگان", "مجانی", "free")
# Words that multiply the number before them ('۱۲۰ هزار تومان', '2.5 million riyals'), keyed like
# _UNITS, as the power of ten they stand for. Arabic plurals come after 3 to 10 ('٣ ملايين').
_MULTIPLIERS = {
    **dict.fromkeys(("هزار", "الف", "الاف", "thousand", "k"), 3),
    **dict.fromkeys(("میلیون", "ملیون", "ملایین", "million"), 6),
    **dict.fromkeys(("میلیارد", "ملیارد", "ملیار", "ملیارات", "billion"), 9),
}
# Longest first: ملیار is the start of ملیارات.
_MULTIPLIER_WORDS = sorted(_MULTIPLIERS, key=len, reverse=True)
# A thousand trillion: far above any bill even in rials, and its hundredths still fit the
# 64-bit integer money is stored in (a typo of twenty digits, or one with 'billion', is refused).
_TOO_LARGE = Decimal(10) ** 15

_WORDS = {
    "fa": {"IRR": "ریال", TOMAN: "تومان", "SAR": "ریال سعودی"},
    "ar": {"IRR": "ريال إيراني", TOMAN: "تومان", "SAR": "ر.س"},
    "en": {"IRR": "IRR", TOMAN: "toman", "SAR": "SAR"},
}
_NATIVE_SEPARATORS = str.maketrans(",.", "٬٫")
_GROUPING_ONLY = str.maketrans({"٬": ",", "،": ",", " ": ","})

# Number and unit in either order; grouping may use ',', '٬', '،', '.' or spaces.
_AMOUNT = re.compile(r"(?P<before>[^\d]*?)(?P<number>\d(?:[\d,٬،.٫ ]*\d)?)(?P<after>[^\d]*)")


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


class InvalidMoney(ValidationError):
    pass


def _not_money(value: object) -> InvalidMoney:
    return InvalidMoney(QT_TRANSLATE_NOOP("Errors", "{value} is not an amount of money"), value=value)


def _negative(value: object) -> InvalidMoney:
    return InvalidMoney(
        QT_TRANSLATE_NOOP("Errors", "{value} is negative; an amount cannot be below zero"), value=value
    )


def _grouped(number: str, separator: str) -> str | None:
    """Digits of `number` when every group after the first has three digits, else None."""
    groups = number.split(separator)
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return "".join(groups)


def _read_number(number: str, value: object) -> str | None:
    """A plain decimal string ('2500000', '120.5') from a written number, None if unreadable.

    '٫' is always the decimal point; '٬', '،' and spaces always group. With both
    '.' and ',' the last one is the decimal point; several dots group (2.500.000); a single
    comma groups (250,000); a single dot is a decimal point, except that '2.500' could be
    either and is refused rather than guessed (`value`, as the user wrote it, names it).
    """
    number = number.translate(_GROUPING_ONLY)
    if "٫" in number:
        decimal = "٫"
    elif "." in number and "," in number:
        decimal = max(".", ",", key=number.rfind)
    elif number.count(".") == 1:
        decimal = "."
    else:
        decimal = ""
    if decimal:
        whole, _, fraction = number.rpartition(decimal)
        if not fraction.isdigit():
            return None
    else:
        whole, fraction = number, ""
    separators = set(whole) - set("0123456789")
    if len(separators) > 1:
        return None
    digits = _grouped(whole, separators.pop()) if separators else whole
    if digits is None or not digits.isdigit():
        return None
    if decimal == "." and not separators and len(whole) <= 3 and len(fraction) == 3 and whole != "0":
        raise InvalidMoney(
            QT_TRANSLATE_NOOP(
                "Errors", "{value} can be read two ways: write it without the dot, or with the decimals meant"
            ),
            value=value,
        )
    return f"{digits}.{fraction}" if decimal else digits


def _key(text: str) -> str:
    """A written unit or multiplier as _UNITS and _MULTIPLIERS key it: folded, letters only."""
    return "".join(ch for ch in normalize_search(text) if ch.isalpha())


def _unit(text: str, default_currency: str) -> tuple[str, int] | None:
    """(currency, factor to its base unit) of a written unit, or None if it is not one."""
    unit = _UNITS.get(_key(text))
    if unit is None:
        return None
    if unit == TOMAN:
        return "IRR", _TOMAN_IN_RIAL
    if unit == _RIAL:
        return (default_currency if default_currency in _RIALS else "IRR"), 1
    return unit, 1


def _is_free(text: str) -> bool:
    folded = normalize_search(text)
    return any(
        folded.startswith(word) and not folded[len(word) : len(word) + 1].isalpha() for word in _FREE_WORDS
    )


def _multiplied(key: str) -> tuple[int, str] | None:
    """(power of ten, the rest of the key) when `key` starts with a multiplier word."""
    for word in _MULTIPLIER_WORDS:
        if key.startswith(word):
            return _MULTIPLIERS[word], key[len(word):]
    return None


def _from_text(value: str, default_currency: str) -> tuple[Decimal, tuple[str, int] | None]:
    """(amount as written, its multiplier word applied; the written unit or None)."""
    text = strip_invisible(to_ascii_digits(unicodedata.normalize("NFKC", value))).strip()
    if not text:
        raise InvalidMoney(QT_TRANSLATE_NOOP("Errors", "The amount is empty"))
    if _is_free(text):
        return Decimal(0), None
    match = _AMOUNT.fullmatch(text)
    if not match:
        raise _not_money(value)
    before, after = match["before"].strip(), match["after"].strip()
    # RTL editors may store the minus after the digits; accountants write (2500).
    minus = ("-", "−")
    if before.endswith(minus) or after.startswith(minus) or (before[:1] == "(" and after[-1:] == ")"):
        raise _negative(value)
    # A multiplier comes right after the number, alone or before the unit: '120 هزار تومان',
    # '3 thousand', 'SAR 2 million'. What follows it is read as the unit.
    power = 0
    if after and _unit(after, default_currency) is None and (multiplied := _multiplied(_key(after))):
        power, after = multiplied
    if before and after:
        raise _not_money(value)
    unit = None
    if before or after:
        unit = _unit(before or after, default_currency)
        if unit is None:
            raise _not_money(value)
    number = _read_number(match["number"], value)
    if number is None:
        raise _not_money(value)
    return _exact(Decimal(number), 10**power), unit


def _exact(amount: Decimal, factor: int) -> Decimal:
    """amount × factor, never rounded (the default context keeps 28 digits)."""
    with localcontext() as context:
        context.prec = len(amount.as_tuple().digits) + len(str(factor))
        return amount * factor


def parse_money(
    value: str | int | float | Decimal, default_currency: str = "IRR", default_unit: str | None = None
) -> Money:
    """Money from what a clerk or a legacy sheet wrote.

    A bare number is in `default_currency`, or in tomans when `default_unit` is 'toman'.
    """
    if default_currency not in SUPPORTED_CURRENCIES:
        raise ValueError(f"unsupported currency {default_currency!r}")
    if default_unit not in (None, TOMAN):
        raise ValueError(f"unsupported default unit {default_unit!r}")
    if isinstance(value, str):
        amount, unit = _from_text(value, default_currency)
    elif isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise _not_money(value)
    else:
        try:
            # str() of a float is its shortest exact spelling: 0.1 stays 0.1, not 0.1000000000000000055.
            amount, unit = Decimal(str(value) if isinstance(value, float) else value), None
        except InvalidOperation:
            raise _not_money(value) from None
        if not amount.is_finite():
            raise _not_money(value)
    if unit is None:
        unit = ("IRR", _TOMAN_IN_RIAL) if default_unit == TOMAN else (default_currency, 1)
    currency, factor = unit
    amount = _exact(amount, factor)
    if amount < 0:
        raise _negative(value)
    if amount >= _TOO_LARGE:
        raise InvalidMoney(QT_TRANSLATE_NOOP("Errors", "{value} is too large for an amount of money"), value=value)
    minor = _MINOR_DIGITS[currency]
    if amount == amount.to_integral_value():
        minor = 0
    elif -amount.normalize().as_tuple().exponent > minor:
        raise InvalidMoney(
            QT_TRANSLATE_NOOP("Errors", "{value} has more decimals than {currency} allows"),
            value=value,
            currency=currency_label(currency),
        )
    # One spelling per amount: 2500000.0 is stored as 2500000 and 120.5 riyal as 120.50.
    return Money(amount.quantize(Decimal(1).scaleb(-minor)), currency)


def format_money(
    amount: Decimal, currency: str, lang: str, unit: str | None = None, native_digits: bool = True
) -> str:
    """'۲٬۵۰۰٬۰۰۰ ریال', '۲۵۰٬۰۰۰ تومان', '١٢٠ ر.س', '120.50 SAR'.

    Decimals are shown only when the amount has a fraction, and then never fewer than the
    currency uses nor fewer than the amount has: a displayed amount is never rounded.
    """
    shown, word = money_figure(amount, currency, lang, unit)
    places = 0
    if shown != shown.to_integral_value():
        places = max(_MINOR_DIGITS[currency], -shown.normalize().as_tuple().exponent)
    return f"{'-' if shown < 0 else ''}{grouped(abs(shown), places, lang, native_digits)} {word}"


def grouped(value: Decimal, places: int, lang: str, native_digits: bool = True) -> str:
    """`value` (not negative) grouped by thousands with `places` decimals: '۲٬۵۰۰٫۵', '2,500.5'."""
    text = f"{value:,.{places}f}"
    if native_digits and lang in ("fa", "ar"):
        # Persian and Arabic group with '٬' and mark decimals with '٫' beside their own digits.
        text = to_native_digits(text.translate(_NATIVE_SEPARATORS), lang)
    return text


def money_figure(amount: Decimal, currency: str, lang: str, unit: str | None = None) -> tuple[Decimal, str]:
    """The amount in the unit it is shown in (tomans when `unit` is 'toman') and the word
    for that unit in `lang`: what `format_money` writes, as a number and its unit."""
    if currency not in SUPPORTED_CURRENCIES:
        raise ValueError(f"unsupported currency {currency!r}")
    if unit not in (None, TOMAN) or (unit == TOMAN and currency != "IRR"):
        raise ValueError(f"unit {unit!r} does not apply to {currency}")
    shown = Decimal(amount) / _TOMAN_IN_RIAL if unit == TOMAN else Decimal(amount)
    return shown, _WORDS.get(lang, _WORDS["en"])[unit or currency]


def minor_digits(currency: str) -> int:
    """Decimal places of the currency's smaller unit (2 for the riyal's halalas, 0 for the rial)."""
    return _MINOR_DIGITS[currency]


# How an amount written in words is said: each unit as (one, many) in each language — Persian
# and Arabic keep the unit's name unchanged after a number (as receipts write it).
_UNIT_WORDS = {
    "fa": {"IRR": ("ریال", "ریال"), TOMAN: ("تومان", "تومان"), "SAR": ("ریال سعودی", "ریال سعودی"),
           "halala": ("هلله", "هلله")},
    "ar": {"IRR": ("ريال إيراني", "ريال إيراني"), TOMAN: ("تومان", "تومان"),
           "SAR": ("ريال سعودي", "ريال سعودي"), "halala": ("هللة", "هللة")},
    "en": {"IRR": ("rial", "rials"), TOMAN: ("toman", "tomans"), "SAR": ("Saudi riyal", "Saudi riyals"),
           "halala": ("halala", "halalas")},
}
# The coin below each unit and how many of it make one: a riyal is 100 halalas, a toman 10 rials.
_SMALLER_UNIT = {"SAR": ("halala", 100), TOMAN: ("IRR", _TOMAN_IN_RIAL)}
_AND = {"fa": " و ", "ar": " و", "en": " and "}


def _number_in_words(number: int, lang: str) -> str:
    from num2words import num2words  # imported here: only receipts need it

    words = num2words(number, lang=lang)
    # num2words writes Arabic's "and" apart ("مائة و عشرون"); Arabic joins it to the next word.
    return words.replace(" و ", " و") if lang == "ar" else words


def amount_in_words(amount: Decimal, currency: str, lang: str, unit: str | None = None) -> str:
    """The amount said in words with its unit, as a receipt writes it beside the figure:
    'دو میلیون و پانصد هزار ریال', 'مائة وعشرون ريال سعودي وخمسون هللة', 'two hundred fifty
    thousand tomans'. `unit` is as for `format_money` ('toman' for Iranian amounts in toman).

    What is left under a whole unit is said in the coin below it (halalas; the rials of a
    toman); no coin is smaller than a rial or a halala, so a fraction of one is said as the
    nearest whole one (the figure beside the words stays exact)."""
    if currency not in SUPPORTED_CURRENCIES:
        raise ValueError(f"unsupported currency {currency!r}")
    if unit not in (None, TOMAN) or (unit == TOMAN and currency != "IRR"):
        raise ValueError(f"unit {unit!r} does not apply to {currency}")
    if amount < 0:
        raise ValueError("an amount in words cannot be negative")
    lang = lang if lang in _UNIT_WORDS else "en"
    names = _UNIT_WORDS[lang]
    major = unit or currency
    coin, per_major = _SMALLER_UNIT.get(major, (major, 1))
    # the amount is stored in the currency's own unit (rials, riyals): count it in coins
    coins_per_stored = per_major if unit is None else 1
    coins = int((Decimal(amount) * coins_per_stored).quantize(Decimal(1), ROUND_HALF_UP))
    whole, rest = divmod(coins, per_major)

    def said(count: int, name: str) -> str:
        one, many = names[name]
        return f"{_number_in_words(count, lang)} {one if count == 1 else many}"

    if not rest:
        return said(whole, major)
    if not whole:
        return said(rest, coin)
    return f"{said(whole, major)}{_AND[lang]}{said(rest, coin)}"
