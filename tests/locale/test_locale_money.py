from decimal import Decimal

import pytest

from app.locale.money import InvalidMoney, Money, format_money, parse_money

RIAL_2_5M = Money(Decimal(2500000), "IRR")


@pytest.mark.parametrize(
    "written",
    [
        "۲٬۵۰۰٬۰۰۰ ریال",
        "٢٬٥٠٠٬٠٠٠ ريال",
        "2,500,000 ریال",
        "2,500,000 ريال",
        "2500000 ریال",
        "2500000ریال",
        "ریال 2,500,000",
        "2.500.000",
        "2،500،000",
        "2 500 000",
        "2500000",
        "2,500,000",
        "۲۵۰۰۰۰۰﷼",
        "2500000 IRR",
        "IRR 2500000",
        "2500000 rial",
        "2500000 Rials",
        "2500000 ریال ایرانی",
        "250,000 تومان",
        "۲۵۰٬۰۰۰ تومان",
        "250000 تومن",
        "250000 toman",
        "250000 IRT",
        "\u200f۲٬۵۰۰٬۰۰۰\u200f ریال",
        "  2,500,000  ",
        2500000,
        2500000.0,
        Decimal("2500000"),
        Decimal("2500000.00"),
    ],
)
def test_every_spelling_of_two_and_a_half_million_rial(written):
    money = parse_money(written)
    assert money == RIAL_2_5M
    assert str(money.amount) == "2500000"


@pytest.mark.parametrize(
    "written",
    ["١٢٠ ر.س", "120 ر.س", "120 ر س", "120 ريال سعودي", "120 ریال سعودی", "120 SAR", "SAR 120", "120 sar"],
)
def test_saudi_riyal_spellings(written):
    assert parse_money(written) == Money(Decimal(120), "SAR")


def test_bare_rial_is_the_rial_of_the_default_currency():
    assert parse_money("120 ريال", "SAR") == Money(Decimal(120), "SAR")
    assert parse_money("120 ﷼", "SAR") == Money(Decimal(120), "SAR")
    assert parse_money("120", "SAR") == Money(Decimal(120), "SAR")
    assert parse_money("120 ﷼") == Money(Decimal(120), "IRR")


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("120٫50 ر.س", "120.50"),
        ("120.5 SAR", "120.50"),
        ("1,250.75 SAR", "1250.75"),
        ("1.250,75 SAR", "1250.75"),
        ("۱٬۲۵۰٫۷۵ ریال سعودی", "1250.75"),
        (120.5, "120.50"),
        (Decimal("0.1"), "0.10"),
    ],
)
def test_riyal_with_halalas(written, amount):
    money = parse_money(written, "SAR")
    assert money == Money(Decimal(amount), "SAR")
    assert str(money.amount) == amount


def test_toman_as_default_unit_multiplies_bare_numbers_only():
    assert parse_money("250,000", default_unit="toman") == RIAL_2_5M
    assert parse_money(250000, default_unit="toman") == RIAL_2_5M
    assert parse_money("2,500,000 ریال", default_unit="toman") == RIAL_2_5M
    assert parse_money("250,000 تومان", default_unit="toman") == RIAL_2_5M


def test_fractional_toman_is_whole_rials():
    assert parse_money("2.5 تومان") == Money(Decimal(25), "IRR")


@pytest.mark.parametrize(
    "written",
    ["رایگان", "رايگان", "مجانی", "مجاني", "free", "FREE", "رایگان - گارانتی", "Free of charge", "0"],
)
def test_free_is_zero(written):
    assert parse_money(written) == Money(Decimal(0), "IRR")


@pytest.mark.parametrize(
    "written",
    [
        "-2500",
        "−2500",
        "2500-",
        "- 2,500 ریال",
        "(2,500)",
        -2500,
        -0.5,
        Decimal("-1"),
    ],
)
def test_negative_amounts_are_refused(written):
    with pytest.raises(InvalidMoney, match="negative"):
        parse_money(written)


@pytest.mark.parametrize(
    "written",
    [
        "abc",
        "ریال",
        "2500 dollars",
        "2500 ریال تومان",
        "2500 ریال 300",
        "1403/02/05",
        "12,5",  # comma as decimal point: ambiguous with grouping
        "25,00,000",  # groups of two
        "2,5000",
        "2.500",  # 2500 or 2.5
        "2.5 ریال",  # fraction of a rial
        "120.505 SAR",
        "رایگانی",
        "freedom",
        float("nan"),
        float("inf"),
        True,
        None,
    ],
)
def test_garbage_is_refused_naming_the_value(written):
    with pytest.raises(InvalidMoney) as caught:
        parse_money(written)
    assert str(written) in caught.value.message()


@pytest.mark.parametrize("written", ["", "   ", "\u200f"])
def test_empty_amount_is_refused(written):
    with pytest.raises(InvalidMoney):
        parse_money(written)


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "unit", "shown"),
    [
        ("2500000", "IRR", "fa", None, "۲٬۵۰۰٬۰۰۰ ریال"),
        ("2500000", "IRR", "fa", "toman", "۲۵۰٬۰۰۰ تومان"),
        ("2500000", "IRR", "en", None, "2,500,000 IRR"),
        ("2500000", "IRR", "en", "toman", "250,000 toman"),
        ("2500000", "IRR", "ar", None, "٢٬٥٠٠٬٠٠٠ ريال إيراني"),
        ("120", "SAR", "ar", None, "١٢٠ ر.س"),
        ("120.00", "SAR", "ar", None, "١٢٠ ر.س"),
        ("120.5", "SAR", "ar", None, "١٢٠٫٥٠ ر.س"),
        ("1250.75", "SAR", "fa", None, "۱٬۲۵۰٫۷۵ ریال سعودی"),
        ("120.5", "SAR", "en", None, "120.50 SAR"),
        ("120", "SAR", "en", None, "120 SAR"),
        ("999", "IRR", "fa", None, "۹۹۹ ریال"),
        ("0", "IRR", "fa", None, "۰ ریال"),
        ("2500005", "IRR", "en", "toman", "250,000.5 toman"),
        ("-5000", "IRR", "en", None, "-5,000 IRR"),
    ],
)
def test_format_money(amount, currency, lang, unit, shown):
    assert format_money(Decimal(amount), currency, lang, unit) == shown


def test_format_money_with_ascii_digits():
    assert format_money(Decimal(2500000), "IRR", "fa", native_digits=False) == "2,500,000 ریال"


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "unit"),
    [("2500000", "IRR", "fa", None), ("2500000", "IRR", "fa", "toman"), ("1250.75", "SAR", "ar", None)],
)
def test_formatted_money_parses_back(amount, currency, lang, unit):
    shown = format_money(Decimal(amount), currency, lang, unit)
    assert parse_money(shown, currency) == Money(Decimal(amount), currency)


@pytest.mark.parametrize("written", ["2.500 تومان", "1.500 SAR", "۱.۵۰۰ ر.س", "2.500"])
def test_single_dot_before_three_digits_is_not_guessed(written):
    with pytest.raises(InvalidMoney, match="two ways"):
        parse_money(written)


def test_dot_that_cannot_be_grouping_is_a_decimal_point():
    assert parse_money("0.500 SAR") == Money(Decimal("0.50"), "SAR")
    assert parse_money("2500000.000") == RIAL_2_5M
