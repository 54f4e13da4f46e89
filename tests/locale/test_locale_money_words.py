"""Amounts in words, as a receipt writes them beside the figure."""
from decimal import Decimal

import pytest

from app.locale.money import amount_in_words


@pytest.mark.parametrize(("amount", "currency", "lang", "unit", "said"), [
    ("2500000", "IRR", "fa", None, "دو میلیون و پانصد هزار ریال"),
    ("2500000", "IRR", "fa", "toman", "دویست و پنجاه هزار تومان"),
    ("2500050", "IRR", "fa", "toman", "دویست و پنجاه هزار و پنج تومان"),
    ("2500005", "IRR", "fa", "toman", "دویست و پنجاه هزار تومان و پنج ریال"),
    ("120.50", "SAR", "fa", None, "صد و بیست ریال سعودی و پنجاه هلله"),
    ("1500000", "SAR", "ar", None, "مليون وخمسمائة ألف ريال سعودي"),
    ("120.50", "SAR", "ar", None, "مائة وعشرون ريال سعودي وخمسون هللة"),
    ("0.25", "SAR", "ar", None, "خمسة وعشرون هللة"),
    ("2500000", "IRR", "ar", None, "مليونان وخمسمائة ألف ريال إيراني"),
    ("1", "SAR", "en", None, "one Saudi riyal"),
    ("120.50", "SAR", "en", None, "one hundred and twenty Saudi riyals and fifty halalas"),
    ("250000", "IRR", "en", "toman", "twenty-five thousand tomans"),
    ("0", "IRR", "fa", None, "صفر ریال"),
])
def test_amounts_are_said_with_their_unit_and_the_coin_below_it(amount, currency, lang, unit, said):
    assert amount_in_words(Decimal(amount), currency, lang, unit) == said


def test_no_coin_is_smaller_than_a_rial_or_a_halala():
    assert amount_in_words(Decimal("499999.5"), "IRR", "fa") == "پانصد هزار ریال"
    assert amount_in_words(Decimal("10.004"), "SAR", "en") == "ten Saudi riyals"


def test_a_large_rial_amount_is_said_whole():
    assert amount_in_words(Decimal("12345678901"), "IRR", "fa") == (
        "دوازده میلیارد و سیصد و چهل و پنج میلیون و ششصد و هفتاد و هشت هزار و نهصد و یک ریال")


@pytest.mark.parametrize(("currency", "unit"), [("USD", None), ("SAR", "toman"), ("IRR", "dinar")])
def test_unknown_currencies_and_units_are_refused(currency, unit):
    with pytest.raises(ValueError):
        amount_in_words(Decimal(1), currency, "fa", unit)


def test_a_negative_amount_is_refused():
    with pytest.raises(ValueError):
        amount_in_words(Decimal(-1), "IRR", "fa")
