import pytest

from app.locale.text import (
    normalize_search,
    normalize_serial,
    strip_invisible,
    tidy,
    to_ascii_digits,
    to_native_digits,
)

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.mark.parametrize("digits", [PERSIAN, ARABIC, "0123456789"])
def test_every_digit_set_reads_as_ascii(digits):
    assert to_ascii_digits(f"کد {digits}-x") == "کد 0123456789-x"


def test_ascii_digits_leave_decimal_separator_alone():
    assert to_ascii_digits("۲٫۵") == "2٫5"


@pytest.mark.parametrize(("lang", "expected"), [("fa", PERSIAN), ("ar", ARABIC), ("en", "0123456789")])
def test_native_digits_per_language(lang, expected):
    assert to_native_digits("0123456789", lang) == expected


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_native_digits_change_only_digits(lang):
    native = to_native_digits("SN-12/ab ۳", lang)
    assert native.startswith("SN-") and "/ab " in native
    assert to_ascii_digits(native) == "SN-12/ab 3"


def test_native_digits_convert_the_other_native_set():
    assert to_native_digits("۱۲", "ar") == "١٢"
    assert to_native_digits("١٢", "fa") == "۱۲"


# One name as it arrives from Arabic and Persian keyboards, old sheets and PDFs.
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("علی", "علي"),  # Arabic yeh
        ("علی", "على"),  # alef maksura
        ("کریمی", "كريمي"),  # Arabic kaf and yeh
        ("کاظم", "كاظم"),
        ("فاطمه", "فاطمة"),  # teh marbuta
        ("خانه", "خانۀ"),  # heh with yeh above
        ("احمد", "أحمد"),  # hamza above
        ("اسماعیل", "إسماعيل"),  # hamza below
        ("امنه", "آمنة"),  # madda
        ("الله", "ٱلله"),  # wasla
        ("موسسه", "مؤسسه"),  # waw hamza
        ("مسایل", "مسائل"),  # yeh hamza
        ("محمد", "مُحَمَّد"),  # harakat
        ("محمد", "محـــمد"),  # tatweel
        ("میخواهم", "می\u200cخواهم"),  # ZWNJ
        ("علیرضا", "علی\u200dرضا"),  # ZWJ
        ("علی", "\u200fعلی\u200e"),  # bidi marks
        ("علی", "\u202bعلی\u202c"),  # embedding
        ("علی", "\u2067علی\u2069"),  # isolate
        ("علی", "\ufeffعلی"),  # BOM
        ("علی", "ﻋﻠﻲ"),  # presentation forms, as pdftotext returns them
        ("رحمن", "رحمٰن"),  # superscript alef
        ("09121234567", "۰۹۱۲۱۲۳۴۵۶۷"),
        ("09121234567", "٠٩١٢١٢٣٤٥٦٧"),
        ("ali reza", "  ALI\u00a0\u00a0Reza\t"),  # NBSP, case, runs of spaces
        ("strasse", "Straße"),
    ],
)
def test_search_fold_matches_every_spelling(typed, stored):
    assert normalize_search(typed) == normalize_search(stored)
    assert normalize_search(typed) in normalize_search(f"آقای {stored} تهران")


def test_search_fold_goes_to_persian_letters_whatever_the_language():
    assert normalize_search("علي كريمي مدرسة") == "علی کریمی مدرسه"


def test_search_fold_keeps_letters_that_differ():
    assert normalize_search("کرم") != normalize_search("گرم")
    assert normalize_search("پارس") != normalize_search("بارس")


def test_search_fold_of_nothing():
    assert normalize_search(None) == ""
    assert normalize_search("") == ""
    assert normalize_search(" \u200c ") == ""


def test_search_fold_is_stable():
    samples = ["مُحَمَّد كريمي\u200cپور ۱۲", "ﻋﻠﻲ", "Straße ǰ ℌ"]
    for s in samples:
        assert normalize_search(normalize_search(s)) == normalize_search(s)


def test_strip_invisible_drops_only_invisible_characters():
    assert strip_invisible("\u200fمی\u200cخواهم 12\u200e") == "میخواهم 12"


@pytest.mark.parametrize(
    "spelling",
    ["SN12AB34", "sn 12-ab.34", "SN-12/AB-34", " sn۱۲ab٣٤ ", "ＳＮ１２ＡＢ３４", "sn_12 ab\u200f34"],
)
def test_serial_spellings_are_one_unit(spelling):
    assert normalize_serial(spelling) == "SN12AB34"


def test_different_serials_stay_different():
    assert normalize_serial("SN12AB34") != normalize_serial("SN12AB35")


def test_serial_of_nothing():
    assert normalize_serial(None) == ""
    assert normalize_serial(" - ") == ""


def test_tidy_only_trims_and_collapses():
    assert tidy("  علي   كريمي\u200cپور ۱۲  ") == "علي كريمي\u200cپور ۱۲"
    assert tidy(None) == ""
    assert tidy("a\t\n b") == "a b"


def test_ascii_serials_fold_as_any_other_text():
    import random
    import string
    import unicodedata

    from app.locale.text import normalize_serial, to_ascii_digits

    def general(s):  # the fold for any text, without the ASCII shortcut
        return "".join(ch for ch in to_ascii_digits(unicodedata.normalize("NFKC", s)).upper() if ch.isalnum())

    rng = random.Random(7)
    for _ in range(5000):
        typed = "".join(rng.choice(string.printable) for _ in range(rng.randint(1, 14)))
        assert normalize_serial(typed) == general(typed), typed
