import pytest

from app.errors import ValidationError
from app.locale.phone import (
    InvalidPhone,
    format_phone,
    normalize_mobile,
    normalize_phone,
    phone_search_key,
)

IRAN = "+989121234567"
SAUDI = "+966501234567"


@pytest.mark.parametrize(
    "typed",
    [
        "09121234567",
        "0912 123 4567",
        "0912-123-4567",
        "0912.123.4567",
        "(0912) 123 4567",
        "+98 912 123 4567",
        "+98 (0) 912 123 4567",
        "+989121234567",
        "0098 912 123 4567",
        "989121234567",
        "9121234567",  # lost its leading zero in Excel
        9121234567,
        9121234567.0,
        "۰۹۱۲۱۲۳۴۵۶۷",
        "۰۹۱۲ ۱۲۳ ۴۵۶۷",
        "٠٩١٢١٢٣٤٥٦٧",
        "+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷",
        "\u200e0912\u00a0123\u00a04567\u200f",
    ],
)
def test_iranian_mobile_in_every_spelling(typed):
    assert normalize_mobile(typed) == IRAN


@pytest.mark.parametrize(
    "typed",
    [
        "0501234567",
        "050 123 4567",
        "+966 50 123 4567",
        "+966501234567",
        "00966501234567",
        "00966 50 123 4567",
        "966501234567",
        "501234567",  # lost its leading zero
        501234567,
        501234567.0,
        "٠٥٠١٢٣٤٥٦٧",
        "۰۵۰۱۲۳۴۵۶۷",
    ],
)
@pytest.mark.parametrize("region", ["IR", "SA"])
def test_saudi_mobile_in_every_spelling(typed, region):
    assert normalize_mobile(typed, region) == SAUDI


def test_iranian_mobile_read_from_a_saudi_desk():
    assert normalize_mobile("0912 123 4567", "SA") == IRAN


def test_written_country_code_accepts_a_foreign_mobile():
    assert normalize_mobile("+90 532 123 45 67") == "+905321234567"


@pytest.mark.parametrize(
    "typed",
    [
        "0912123",  # too short
        "091212345678",  # too long
        "021 1234 5678",  # Tehran landline
        "011 123 4567",  # Riyadh landline
        "0912abc4567",
        "call 09121234567",
        "1-800-FLOWERS",
        "",
        "   ",
        "-",
        9121234567.5,
        "+98 21 1234 5678",
    ],
)
def test_not_a_mobile_is_refused(typed):
    with pytest.raises(InvalidPhone):
        normalize_mobile(typed)


def test_refusal_is_a_validation_error_that_names_the_value():
    with pytest.raises(ValidationError) as caught:
        normalize_mobile("021 1234 5678")
    assert "021 1234 5678" in caught.value.message()
    assert "{value}" in caught.value.template


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("021 1234 5678", "IR", "+982112345678"),
        ("۰۲۱-۱۲۳۴۵۶۷۸", "IR", "+982112345678"),
        (2112345678, "IR", "+982112345678"),
        ("011 123 4567", "SA", "+966111234567"),
        ("+966 11 123 4567", "IR", "+966111234567"),
        ("0912 123 4567", "IR", IRAN),
    ],
)
def test_any_valid_phone_including_landlines(typed, region, expected):
    assert normalize_phone(typed, region) == expected


@pytest.mark.parametrize("typed", ["12345", "phone", "+98 21 12"])
def test_not_a_phone_is_refused(typed):
    with pytest.raises(InvalidPhone):
        normalize_phone(typed)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("0912 123 4567", "9121234567"),
        ("+98 912 123 4567", "9121234567"),
        ("00989121234567", "9121234567"),
        ("۰۹۱۲۱۲۳۴۵۶۷", "9121234567"),
        ("0912 12", "91212"),
        ("۰۹۱۲ ۱۲", "91212"),
        ("4567", "4567"),
        ("123 45", "12345"),
        ("+966 50 123", "50123"),
        ("050 123", "50123"),
        (IRAN, "9121234567"),
        (SAUDI, "501234567"),
        ("0", ""),
    ],
)
def test_search_key(typed, key):
    assert phone_search_key(typed) == key


@pytest.mark.parametrize("fragment", ["0912", "0912 123", "۱۲۳ ۴۵۶۷", "+98 912", "4567", "21234"])
def test_typed_fragment_finds_stored_number(fragment):
    assert phone_search_key(fragment) in phone_search_key(normalize_mobile("0912-123-4567"))


def test_fragment_of_another_number_does_not_match():
    assert phone_search_key("0935") not in phone_search_key(IRAN)


@pytest.mark.parametrize(
    ("e164", "lang", "shown"),
    [
        (IRAN, "en", "0912 123 4567"),
        (IRAN, "fa", "۰۹۱۲ ۱۲۳ ۴۵۶۷"),
        (SAUDI, "en", "050 123 4567"),
        (SAUDI, "ar", "٠٥٠ ١٢٣ ٤٥٦٧"),
        ("+982112345678", "fa", "۰۲۱ ۱۲۳۴ ۵۶۷۸"),
        ("+905321234567", "en", "+90 532 123 45 67"),
    ],
)
def test_format_phone(e164, lang, shown):
    assert format_phone(e164, lang) == shown


def test_phone_is_never_grouped_in_thousands():
    assert "," not in format_phone(IRAN, "en") and "٬" not in format_phone(IRAN, "fa")
