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


@pytest.mark.parametrize(
    ("written", "currency", "default_unit", "amount"),
    [
        ("۱۲۰ هزار تومان", "IRR", None, "1200000"),
        ("120 هزار تومان", "IRR", None, "1200000"),
        ("120هزار تومان", "IRR", None, "1200000"),
        ("120 هزارتومان", "IRR", None, "1200000"),
        ("\u200f۱۲۰\u200f هزار\u200c تومان", "IRR", None, "1200000"),
        ("12 میلیون تومان", "IRR", None, "120000000"),
        ("۱۲ ميليون تومان", "IRR", None, "120000000"),  # Arabic ي typed on a Persian desk
        ("2.5 میلیون ریال", "IRR", None, "2500000"),
        ("۲٫۵ میلیون ریال", "IRR", None, "2500000"),
        ("۱٫۵ میلیون تومان", "IRR", None, "15000000"),
        ("3 میلیارد ریال", "IRR", None, "3000000000"),
        ("1.25 میلیارد تومان", "IRR", None, "12500000000"),
        ("120 هزار", "IRR", None, "120000"),
        ("120 هزار", "IRR", "toman", "1200000"),
        ("12 میلیون", "IRR", "toman", "120000000"),
        ("120 هزار ریال", "IRR", "toman", "120000"),
        ("2,500 هزار ریال", "IRR", None, "2500000"),
        ("3 thousand", "IRR", None, "3000"),
        ("3 Thousand rials", "IRR", None, "3000"),
        ("250 thousand tomans", "IRR", None, "2500000"),
        ("2 billion rials", "IRR", None, "2000000000"),
        ("120K", "IRR", None, "120000"),
        ("120k", "IRR", None, "120000"),
        ("250 K toman", "IRR", None, "2500000"),
        ("١٢٠ ألف ريال", "SAR", None, "120000"),
        ("١٢٠ الف ريال", "SAR", None, "120000"),
        ("١٢٠ ألف ر.س", "SAR", None, "120000"),
        ("٣ آلاف ريال", "SAR", None, "3000"),
        ("١٢ مليون ريال", "SAR", None, "12000000"),
        ("١٢ ملیون ريال", "SAR", None, "12000000"),
        ("٣ ملايين ريال", "SAR", None, "3000000"),
        ("٢ مليار ريال", "SAR", None, "2000000000"),
        ("٣ مليارات ريال", "SAR", None, "3000000000"),
        ("١٫٥ مليون ريال سعودي", "SAR", None, "1500000"),
        ("2 million riyals", "SAR", None, "2000000"),
        ("2 million SAR", "SAR", None, "2000000"),
        ("SAR 2 million", "SAR", None, "2000000"),
        ("1.23456 thousand SAR", "SAR", None, "1234.56"),
        ("120 ألف", "SAR", None, "120000"),
        ("١٢٠ ألف ريال", "IRR", None, "120000"),  # a bare rial is the desk's own
    ],
)
def test_multiplier_words(written, currency, default_unit, amount):
    money = parse_money(written, currency, default_unit)
    expected = "IRR" if "تومان" in written or "toman" in written else currency
    assert money == Money(Decimal(amount), expected)
    assert money.amount == Decimal(amount) and money.amount.as_tuple().exponent == (-2 if "." in amount else 0)


def test_multiplied_amount_is_exact():
    assert parse_money("1.000000001 billion rials") == Money(Decimal(1000000001), "IRR")
    assert parse_money("123456.123456789 billion rials") == Money(Decimal("123456123456789"), "IRR")
    assert parse_money("۹۹۹٬۹۹۹٫۹۹۹۹۹۹۹۹۹ میلیارد ریال") == Money(Decimal("999999999999999"), "IRR")
    assert str(parse_money("0.1 million SAR", "SAR").amount) == "100000"


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("1.2345 هزار ریال", "more decimals"),  # 1234.5 rial
        ("1.0005 thousand", "more decimals"),
        ("1.234567 thousand SAR", "more decimals"),  # 1234.567 riyal
        ("0.00005 هزار تومان", "more decimals"),  # half a rial
        ("2.500 میلیون تومان", "two ways"),  # 2.5 million or 2,500 million
        ("1.500 thousand", "two ways"),
        ("- 120 هزار تومان", "negative"),
        ("120- هزار", "negative"),
        ("(120 هزار)", "negative"),
        ("120 هزار ریال تومان", "not an amount"),  # two units
        ("ریال 120 هزار تومان", "not an amount"),
        ("120 هزار هزار", "not an amount"),  # two multipliers
        ("120 میلیون هزار تومان", "not an amount"),
        ("120 تومان هزار", "not an amount"),  # the multiplier goes before the unit
        ("هزار 120", "not an amount"),
        ("هزار", "not an amount"),
        ("هزار تومان", "not an amount"),
        ("120 هزارتا", "not an amount"),
        ("120 thousands", "not an amount"),
        ("12 هزار و 500 تومان", "not an amount"),
        ("120 kg", "not an amount"),
        ("2.5 ریال", "more decimals"),
        ("1000000 billion rials", "too large"),
        ("1" * 30, "too large"),
        (Decimal("1E+30"), "too large"),
    ],
)
def test_multiplied_amounts_keep_every_refusal(written, why):
    with pytest.raises(InvalidMoney, match=why) as caught:
        parse_money(written)
    assert str(written) in caught.value.message()


def test_multiplier_is_applied_once_with_a_toman_default():
    assert parse_money("120 هزار تومان", default_unit="toman") == Money(Decimal(1200000), "IRR")
    assert parse_money("120 هزار ریال", default_unit="toman") == Money(Decimal(120000), "IRR")
