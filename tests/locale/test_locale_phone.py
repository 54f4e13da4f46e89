import random

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from app.errors import ValidationError
from app.locale.phone import (
    SUPPORTED_REGIONS,
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
        "966 50 123 4567",
        966501234567,
        966501234567.0,
        "٩٦٦٥٠١٢٣٤٥٦٧",
        "501234567",  # lost its leading zero
        501234567,
        501234567.0,
        "٠٥٠١٢٣٤٥٦٧",
        "۰۵۰۱۲۳۴۵۶۷",
    ],
)
def test_saudi_mobile_in_every_spelling_on_a_saudi_desk(typed):
    assert normalize_mobile(typed, "SA") == SAUDI


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("+966 50 123 4567", "IR", SAUDI),
        ("+966501234567", "IR", SAUDI),
        ("00966501234567", "IR", SAUDI),
        ("00966 50 123 4567", "IR", SAUDI),
        ("+98 912 123 4567", "SA", IRAN),
        ("0098 912 123 4567", "SA", IRAN),
        ("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷", "SA", IRAN),
        ("+90 532 123 45 67", "IR", "+905321234567"),
        ("+971 50 123 4567", "SA", "+971501234567"),
    ],
)
def test_written_country_code_accepts_a_foreign_mobile(typed, region, expected):
    assert normalize_mobile(typed, region) == expected


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("989121234567", "IR", IRAN),
        ("98 912 123 4567", "IR", IRAN),
        (989121234567, "IR", IRAN),
        (989121234567.0, "IR", IRAN),
        ("۹۸۹۱۲۱۲۳۴۵۶۷", "IR", IRAN),
        ("966512345678", "SA", "+966512345678"),
        ("٩٦٦٥١٢٣٤٥٦٧٨", "SA", "+966512345678"),
    ],
)
def test_desk_country_code_without_plus_as_copied_from_whatsapp(typed, region, expected):
    assert normalize_mobile(typed, region) == expected
    assert normalize_phone(typed, region) == expected


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("966501234567", "IR"),  # another country's code needs its '+'
        ("966512345678", "IR"),
        (966501234567, "IR"),
        ("989121234567", "SA"),
        ("905321234567", "IR"),
        ("971501234567", "SA"),
    ],
)
def test_other_country_code_without_plus_is_refused(typed, region):
    with pytest.raises(InvalidPhone, match="country code"):
        normalize_mobile(typed, region)


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("0501234567", "IR"),  # a Saudi mobile, or a mistyped Iranian one: not guessed
        ("050 123 4567", "IR"),
        ("501234567", "IR"),
        ("٠٥٠١٢٣٤٥٦٧", "IR"),
        ("0912 123 4567", "SA"),
        ("09121234567", "SA"),
    ],
)
def test_mobile_of_another_region_without_country_code_is_not_guessed(typed, region):
    with pytest.raises(InvalidPhone, match="country code"):
        normalize_mobile(typed, region)


def test_the_same_digits_are_read_in_the_desk_region():
    assert normalize_mobile("0501234567", "SA") == SAUDI
    assert normalize_mobile("0501234567", "AE") == "+971501234567"


@pytest.mark.parametrize(
    "typed",
    [
        "31413600",  # Isfahan landline without its area code: valid in Qatar and the UAE
        "3141 3600",
        "۳۱۴۱۳۶۰۰",
        31413600,
        "44556677",
        "55123456",  # a Qatari mobile without +974
    ],
)
def test_number_valid_only_in_another_region_is_refused_on_an_iranian_desk(typed):
    with pytest.raises(InvalidPhone):
        normalize_phone(typed, "IR")
    with pytest.raises(InvalidPhone):
        normalize_mobile(typed, "IR")


def test_landline_with_its_area_code_is_read():
    assert normalize_phone("031 3141 3600", "IR") == "+983131413600"
    assert normalize_phone("+974 3141 3600", "IR") == "+97431413600"


@pytest.mark.parametrize(
    ("typed", "region", "country", "function"),
    [
        ("31413600", "IR", "Iran", normalize_phone),
        ("0501234567", "IR", "Iran", normalize_mobile),
        ("0912 123 4567", "SA", "Saudi Arabia", normalize_mobile),
        ("0912 123 4567", "AE", "the UAE", normalize_mobile),
    ],
)
def test_refusal_names_the_desk_country_and_asks_for_the_country_code(typed, region, country, function):
    with pytest.raises(InvalidPhone) as caught:
        function(typed, region)
    error = caught.value
    kind = "mobile" if function is normalize_mobile else "phone"
    assert error.message() == (
        f"{typed} is not a valid {kind} number in {country}; "
        "write it with its country code (+…) if it is foreign"
    )
    assert "{country}" in error.template and "{value}" in error.template


def test_country_in_a_refusal_is_translated_where_shown():
    with pytest.raises(InvalidPhone) as caught:
        normalize_mobile("0501234567", "IR")
    catalogue = {
        ("Errors", caught.value.template): "{value} در {country} شماره همراه معتبری نیست",
        ("Countries", "Iran"): "ایران",
    }
    shown = caught.value.message(lambda context, text: catalogue.get((context, text), text))
    assert shown == "0501234567 در ایران شماره همراه معتبری نیست"


def test_refusal_of_a_number_with_its_country_code_does_not_ask_for_one():
    with pytest.raises(InvalidPhone) as caught:
        normalize_mobile("+98 21 1234 5678", "IR")
    assert caught.value.message() == "+98 21 1234 5678 is not a valid mobile number"


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


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("09121234567", "IR", IRAN),
        ("9121234567", "IR", IRAN),
        ("+98 912 123 4567", "IR", IRAN),
        ("989121234567", "IR", IRAN),
        ("0501234567", "SA", SAUDI),
        ("966501234567", "SA", SAUDI),
        ("+966501234567", "IR", SAUDI),
    ],
)
def test_plain_spellings_take_the_fast_path(typed, region, expected, monkeypatch):
    import phonenumbers

    from app.locale import phone

    def slow(*args, **kwargs):
        raise AssertionError("phonenumbers.parse called for a plain spelling")

    monkeypatch.setattr(phonenumbers, "parse", slow)
    phone._read.cache_clear()
    try:
        assert normalize_mobile(typed, region) == expected
    finally:
        phone._read.cache_clear()


# The mobile check from the metadata answers as phonenumbers.number_type does, for every
# region we serve and some others (one region per country code; +1 and +44 are shared).
_COMPARED = (*SUPPORTED_REGIONS, "TR", "DE", "EG", "PK", "IN", "AF", "JO", "LB", "SY", "YE", "US", "GB", "RU")


def _sample_nationals(region, rng):
    """National numbers (no trunk prefix) of every length the region uses and one either side,
    starting with every two-digit prefix, plus the example number of each kind."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    lengths = set(metadata.general_desc.possible_length)
    lengths |= {n + 1 for n in lengths} | {n - 1 for n in lengths if n > 2}
    for length in sorted(lengths):
        for prefix in range(10, 100):
            for _ in range(3):
                rest = "".join(rng.choice("0123456789") for _ in range(max(0, length - 2)))
                yield (str(prefix) + rest)[:length]
    for kind in PhoneNumberType.values():
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            yield str(example.national_number)


@pytest.mark.parametrize("region", _COMPARED)
def test_mobile_check_agrees_with_phonenumbers(region):
    from app.locale.phone import _is_mobile

    rng = random.Random(region)
    country = phonenumbers.country_code_for_region(region)
    compared = mobiles = 0
    for national in _sample_nationals(region, rng):
        expected = phonenumbers.number_type(phonenumbers.PhoneNumber(country_code=country,
                                                                     national_number=int(national))) in (
            PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        quick = _is_mobile(country, national)
        if quick is None:  # a shared country code: phonenumbers decides
            assert len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[country]) > 1
            continue
        assert quick == expected, (region, national)
        compared += 1
        mobiles += expected
    if len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[country]) == 1:
        assert compared > 500 and mobiles > 0  # the sample holds mobiles and others


@pytest.mark.parametrize("region", SUPPORTED_REGIONS)
def test_normalize_mobile_agrees_with_phonenumbers(region):
    """What normalize_mobile accepts for a desk is what phonenumbers reads as a mobile of the
    desk's country, in the spellings a sheet uses."""
    rng = random.Random(region + "-spellings")
    country = phonenumbers.country_code_for_region(region)
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
    for national in _sample_nationals(region, rng):
        if national.startswith("0"):
            continue
        number = phonenumbers.PhoneNumber(country_code=country, national_number=int(national))
        mobile = phonenumbers.number_type(number) in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        for typed in (prefix + national, f"+{country}{national}", float(national)):
            try:
                got = normalize_mobile(typed, region)
            except InvalidPhone:
                got = None
            if mobile:
                assert got == f"+{country}{national}", (typed, region)
            elif got is not None:  # read another way (a trunk prefix, the country code): still a mobile
                reread = phonenumbers.parse(got, None)
                assert phonenumbers.number_type(reread) in (PhoneNumberType.MOBILE,
                                                            PhoneNumberType.FIXED_LINE_OR_MOBILE), (typed, got)
