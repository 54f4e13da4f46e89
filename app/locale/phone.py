"""Phone numbers as people type them, stored as E.164 and searched by digits."""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberDesc, PhoneNumberFormat, PhoneNumberType

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.locale.text import strip_invisible, to_ascii_digits, to_native_digits

SUPPORTED_REGIONS = ("IR", "SA", "AE", "IQ", "KW", "QA", "BH", "OM")
# The desk's country as a refusal names it ("… is not a valid mobile number in Iran").
COUNTRIES_CONTEXT = "Countries"
COUNTRY_NAMES = {
    "IR": QT_TRANSLATE_NOOP("Countries", "Iran"),
    "SA": QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"),
    "AE": QT_TRANSLATE_NOOP("Countries", "the UAE"),
    "IQ": QT_TRANSLATE_NOOP("Countries", "Iraq"),
    "KW": QT_TRANSLATE_NOOP("Countries", "Kuwait"),
    "QA": QT_TRANSLATE_NOOP("Countries", "Qatar"),
    "BH": QT_TRANSLATE_NOOP("Countries", "Bahrain"),
    "OM": QT_TRANSLATE_NOOP("Countries", "Oman"),
}

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
# Letters are refused: phonenumbers would read them as a keypad (1-800-FLOWERS), which in a
# customer sheet means a typo or a note in the phone column, not a number.
_PHONE_TEXT = re.compile(r"\(?\+?[\d\s\-.()/]*")
_NOT_DIGITS = re.compile(r"[^0-9]+")


class InvalidPhone(ValidationError):
    pass


def _clean(text: str) -> str:
    if text.isascii():  # NFKC keeps ASCII as it is, and it has no other digits nor invisible marks
        return text.strip()
    return strip_invisible(to_ascii_digits(unicodedata.normalize("NFKC", text))).strip()


def _digits(clean: str) -> tuple[bool, str]:
    """(whether an international prefix '+' or '00' was written, the digits after it)."""
    digits = _NOT_DIGITS.sub("", clean)
    if clean.lstrip("( ").startswith("+"):
        return True, digits
    if digits.startswith("00"):
        return True, digits[2:]
    return False, digits


def _dialable(value: str | int | float) -> str:
    """'+' and digits when an international prefix was written, otherwise the digits alone."""
    if isinstance(value, float):
        # Excel stores 09121234567 as the number 9121234567.0; anything with a fraction is not
        # a phone number.
        if not value.is_integer():
            raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "{value} is not a phone number"), value=value)
        value = int(value)
    value = str(value)
    if value.isascii() and value.isdigit() and not value.startswith("00"):
        return value  # already dialable, as most cells of a sheet's mobile column are
    clean = _clean(value)
    if not clean:
        raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "The phone number is empty"))
    international, digits = _digits(clean)
    if not digits or not _PHONE_TEXT.fullmatch(clean):
        raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "{value} is not a phone number"), value=value)
    return "+" + digits if international else digits


def _fits(number: phonenumbers.PhoneNumber, mobile_only: bool) -> bool:
    kind = phonenumbers.number_type(number)
    return kind in _MOBILE_TYPES if mobile_only else kind is not PhoneNumberType.UNKNOWN


class _Desc:
    """One kind of number of a region's metadata, matched as phonenumbers matches it: the
    national number has one of the kind's lengths (any, when it lists none) and fits its
    pattern whole; a kind without a pattern matches nothing."""

    __slots__ = ("lengths", "pattern")

    def __init__(self, desc: PhoneNumberDesc | None) -> None:
        pattern = desc.national_number_pattern if desc is not None else None
        self.pattern = re.compile(pattern) if pattern else None
        self.lengths = frozenset(desc.possible_length) if desc is not None else frozenset()

    def matches(self, national: str) -> bool:
        return self.pattern is not None and (not self.lengths or len(national) in self.lengths) \
            and self.pattern.fullmatch(national) is not None


_BEFORE_MOBILE = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
"""The kinds phonenumbers.number_type tries, in its order, before fixed line and mobile."""


@cache
def _mobile_rule(country: int) -> tuple[_Desc, tuple[_Desc, ...], _Desc] | None:
    """(the country's numbers, the kinds that come before a mobile, its mobiles) from
    phonenumbers' metadata; None when the country code is shared by several regions (+1,
    +7, +44: which region's rules apply depends on the number) or has no metadata."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country, ())
    if len(regions) != 1:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country, regions[0])
    if metadata is None:
        return None
    before = (_Desc(getattr(metadata, kind)) for kind in _BEFORE_MOBILE)
    kinds = tuple(kind for kind in before if kind.pattern is not None)
    return _Desc(metadata.general_desc), kinds, _Desc(metadata.mobile)


def _is_mobile(country: int, national: str) -> bool | None:
    """Whether phonenumbers.number_type calls +`country` `national` a mobile (MOBILE or
    FIXED_LINE_OR_MOBILE), decided from its metadata without building the number; None when
    only number_type can tell (see _mobile_rule). `national` has no leading zero.

    number_type answers UNKNOWN for a number outside the country's numbers, one of the kinds
    in _BEFORE_MOBILE when it fits one, and a mobile type exactly when it then fits the
    mobile pattern (a fixed-line number that also fits it is FIXED_LINE_OR_MOBILE; with the
    same pattern for both, fitting one is fitting the other).
    """
    rule = _mobile_rule(country)
    if rule is None:
        return None
    numbers, before, mobiles = rule
    return mobiles.matches(national) and numbers.matches(national) and not any(
        kind.matches(national) for kind in before)


def _quick(dialable: str, region: str, mobile_only: bool) -> str | None:
    """The number when it is written the plain way: '+', country code and national number, the
    national number with or without the region's trunk prefix, or the region's own country code
    and the national number without '+'. phonenumbers.parse is general and slow (a legacy
    import reads a mobile on every row), and a number it would read differently is not valid
    here, so the caller falls back to it."""
    if dialable.startswith("+"):
        national = _strip_country_code(dialable[1:])
        code = dialable[1:len(dialable) - len(national)]
        if not code:
            return None
        country = int(code)
    else:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is None:
            return None
        country = metadata.country_code
        prefix = metadata.national_prefix or ""
        national = dialable[len(prefix):] if prefix and dialable.startswith(prefix) else dialable
        found = _number(country, national, mobile_only)
        # Copied from a WhatsApp or SMS export: the desk's own country code without its '+'
        # (989121234567 in Tehran). Only the desk's code: another country's needs its '+'.
        if found is None and dialable.startswith(str(country)):
            found = _number(country, dialable[len(str(country)):], mobile_only)
        return found
    return _number(country, national, mobile_only)


def _number(country: int, national: str, mobile_only: bool) -> str | None:
    if not national or national.startswith("0"):
        return None
    fits = _is_mobile(country, national) if mobile_only else None
    if fits is None:
        fits = _fits(phonenumbers.PhoneNumber(country_code=country, national_number=int(national)), mobile_only)
    return f"+{country}{national}" if fits else None


@lru_cache(maxsize=16384)  # one customer's number arrives spelled several ways, the same when dialable
def _read(dialable: str, region: str, mobile_only: bool) -> str | None:
    """E.164 of the dialable number, None when it is not a valid one (a mobile, with
    `mobile_only`) for the desk in `region`."""
    quick = _quick(dialable, region, mobile_only)
    if quick is not None:
        return quick
    # A written international prefix names the country, so a foreign customer's number is
    # accepted. Without one the number is read in the desk's region only: an Isfahan landline
    # without its area code (31413600) is also a valid Qatari number, and a mistyped Iranian
    # mobile a Saudi one, and neither is what the clerk meant.
    international = dialable.startswith("+")
    try:
        number = phonenumbers.parse(dialable, None if international else region)
    except phonenumbers.NumberParseException:
        return None
    if _fits(number, mobile_only) and (
        international or number.country_code == phonenumbers.country_code_for_region(region)
    ):
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None


def _parse(value: str | int | float, region: str, mobile_only: bool) -> str:
    dialable = _dialable(value)
    found = _read(dialable, region.upper(), mobile_only)
    if found is not None:
        return found
    if dialable.startswith("+"):
        if mobile_only:
            raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "{value} is not a valid mobile number"), value=value)
        raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "{value} is not a valid phone number"), value=value)
    country = _country(region.upper())
    if mobile_only:
        raise InvalidPhone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{value} is not a valid mobile number in {country}; "
                "write it with its country code (+…) if it is foreign",
            ),
            value=value,
            country=country,
        )
    raise InvalidPhone(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value} is not a valid phone number in {country}; "
            "write it with its country code (+…) if it is foreign",
        ),
        value=value,
        country=country,
    )


def _country(region: str) -> Label | str:
    """The desk's country as a refusal names it: translated where shown, the code if unknown."""
    name = COUNTRY_NAMES.get(region)
    return Label(COUNTRIES_CONTEXT, name) if name else region


def normalize_mobile(value: str | int | float, region: str = "IR") -> str:
    """E.164 of a mobile number typed in any spelling a clerk or a legacy sheet uses."""
    return _parse(value, region, mobile_only=True)


def normalize_phone(value: str | int | float, region: str = "IR") -> str:
    """E.164 of any valid number, landlines included."""
    return _parse(value, region, mobile_only=False)


def _strip_country_code(digits: str) -> str:
    # Country codes form a prefix code (no code starts another), so the first match is the code.
    for length in (1, 2, 3):
        if int(digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return digits[length:]
    return digits


@cache
def _desk_country_codes() -> tuple[str, ...]:
    return tuple(str(phonenumbers.country_code_for_region(region)) for region in SUPPORTED_REGIONS)


def without_country_code(key: str) -> str:
    """A phone search key that starts with a desk country's code written without its '+'
    (989121234567, 966512345678: pasted from WhatsApp), as the national digits; '' when it
    does not. Ten digits or fewer are a national number already."""
    if len(key) < 11:
        return ""
    for code in _desk_country_codes():
        if key.startswith(code) and len(key) - len(code) >= 9:
            return key[len(code):]
    return ""


def phone_search_key(text: str) -> str:
    """Digits of the national number, for substring search.

    Built from the stored E.164 number and from what the clerk types, so '0912 12',
    '+98 912 12' and '۹۱۲۱۲' all find +989121234567.
    """
    if not text:
        return ""
    international, digits = _digits(_clean(text))
    if international:
        digits = _strip_country_code(digits)
    return digits.removeprefix("0")


def format_phone(e164: str, lang: str) -> str:
    """National format for numbers of the regions we serve, international for the rest.

    Never raises: a stored value that does not parse is shown as it is.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return to_native_digits(e164, lang)
    national = phonenumbers.region_code_for_number(number) in SUPPORTED_REGIONS
    style = PhoneNumberFormat.NATIONAL if national else PhoneNumberFormat.INTERNATIONAL
    return to_native_digits(phonenumbers.format_number(number, style), lang)
