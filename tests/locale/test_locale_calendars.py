from datetime import date, time, timedelta

import pytest

from app.errors import ValidationError
from app.locale import calendars
from app.locale.calendars import (
    _MONTHS,
    Calendar,
    InvalidDate,
    add_months,
    calendar_year,
    days_in_month,
    format_date,
    from_calendar,
    month_name,
    own_calendar,
    parse_date,
    parse_moment,
    to_calendar,
)

J, H, G = Calendar.JALALI, Calendar.HIJRI, Calendar.GREGORIAN


def jalali(y, m, d):
    return from_calendar(y, m, d, J)


@pytest.mark.parametrize(
    ("gregorian", "jalali_ymd"),
    [
        (date(2024, 3, 19), (1402, 12, 29)),  # last day of 1402: not a leap year
        (date(2024, 3, 20), (1403, 1, 1)),  # Nowruz 1403
        (date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year
        (date(2025, 3, 21), (1404, 1, 1)),
        (date(1979, 2, 11), (1357, 11, 22)),
        (date(2025, 1, 31), (1403, 11, 12)),
    ],
)
def test_gregorian_jalali_known_pairs(gregorian, jalali_ymd):
    assert to_calendar(gregorian, J) == jalali_ymd
    assert from_calendar(*jalali_ymd, J) == gregorian


@pytest.mark.parametrize(
    ("gregorian", "hijri_ymd"),
    [
        (date(2024, 8, 2), (1446, 1, 27)),  # Qt's IslamicCivil says 1446-01-26
        (date(2023, 3, 23), (1444, 9, 1)),  # Ramadan 1444 in Saudi Arabia
        (date(2024, 3, 11), (1445, 9, 1)),
        (date(2025, 3, 1), (1446, 9, 1)),
    ],
)
def test_gregorian_umm_al_qura_known_pairs(gregorian, hijri_ymd):
    assert to_calendar(gregorian, H) == hijri_ymd
    assert from_calendar(*hijri_ymd, H) == gregorian


@pytest.mark.parametrize("cal", list(Calendar))
def test_from_calendar_gives_a_plain_date(cal):
    assert type(from_calendar(*to_calendar(date(2024, 8, 2), cal), cal)) is date


def test_gregorian_is_itself():
    assert to_calendar(date(2024, 2, 29), G) == (2024, 2, 29)
    assert from_calendar(2024, 2, 29, G) == date(2024, 2, 29)


@pytest.mark.parametrize("cal", list(Calendar))
def test_every_day_for_eleven_years_round_trips(cal):
    previous = None
    for offset in range(4000):
        d = date(2018, 1, 1) + timedelta(days=offset)
        ymd = to_calendar(d, cal)
        assert from_calendar(*ymd, cal) == d
        assert parse_date(format_date(d, cal, "fa"), cal) == d
        if previous is not None:
            y, m, day = previous
            if day == days_in_month(y, m, cal):
                assert ymd == ((y + 1, 1, 1) if m == 12 else (y, m + 1, 1))
            else:
                assert ymd == (y, m, day + 1)
        previous = ymd


@pytest.mark.parametrize(
    ("year", "month", "cal", "days"),
    [
        (1403, 1, J, 31),
        (1403, 6, J, 31),
        (1403, 7, J, 30),
        (1403, 11, J, 30),
        (1403, 12, J, 30),
        (1402, 12, J, 29),
        (1404, 12, J, 29),
        (1408, 12, J, 30),
        (2024, 2, G, 29),
        (2023, 2, G, 28),
        (2024, 4, G, 30),
        (1446, 1, H, 29),
        (1446, 2, H, 30),
    ],
)
def test_days_in_month(year, month, cal, days):
    assert days_in_month(year, month, cal) == days


@pytest.mark.parametrize("cal", list(Calendar))
@pytest.mark.parametrize("month", [0, 13])
def test_days_in_a_month_that_does_not_exist(cal, month):
    with pytest.raises(InvalidDate):
        days_in_month(1403 if cal is J else 1446 if cal is H else 2024, month, cal)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ((1402, 5, 12), 18, (1403, 11, 12)),  # an 18-month warranty
        ((1402, 6, 31), 1, (1402, 7, 30)),  # 31-day month into a 30-day month
        ((1402, 1, 31), 6, (1402, 7, 30)),
        ((1402, 6, 31), 6, (1402, 12, 29)),  # into Esfand of a common year
        ((1403, 6, 31), 6, (1403, 12, 30)),  # into Esfand of a leap year
        ((1403, 12, 30), 12, (1404, 12, 29)),  # Esfand 30 into a common year
        ((1403, 12, 30), 1, (1404, 1, 30)),
        ((1402, 11, 30), 1, (1402, 12, 29)),
        ((1403, 1, 31), -1, (1402, 12, 29)),
        ((1403, 7, 30), -1, (1403, 6, 30)),
        ((1403, 5, 12), -18, (1401, 11, 12)),
        ((1403, 5, 12), 0, (1403, 5, 12)),
        ((1403, 5, 12), 120, (1413, 5, 12)),
    ],
)
def test_jalali_month_arithmetic(start, months, end):
    assert to_calendar(add_months(jalali(*start), months, J), J) == end


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 8, 31), 18, date(2026, 2, 28)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 1, 15), -13, date(2022, 12, 15)),
    ],
)
def test_gregorian_month_arithmetic(start, months, end):
    assert add_months(start, months, G) == end


def test_hijri_month_arithmetic_clamps_to_29_day_months():
    start = from_calendar(1446, 4, 30, H)
    assert to_calendar(add_months(start, 1, H), H) == (1446, 5, 29)
    assert to_calendar(add_months(start, 4, H), H) == (1446, 8, 29)
    assert to_calendar(add_months(start, 12, H), H) == (1447, 4, 30)


def test_month_arithmetic_is_done_in_the_chosen_calendar():
    start = jalali(1402, 5, 12)
    assert add_months(start, 18, J) != add_months(start, 18, G)


def test_hijri_outside_the_table_is_refused():
    with pytest.raises(InvalidDate):
        to_calendar(date(1900, 1, 1), H)
    with pytest.raises(InvalidDate):
        from_calendar(1600, 1, 1, H)
    with pytest.raises(InvalidDate):
        add_months(from_calendar(1500, 12, 1, H), 1, H)


@pytest.mark.parametrize(
    ("ymd", "cal"),
    [
        ((1402, 13, 1), J),
        ((1402, 0, 1), J),
        ((1402, 7, 31), J),  # Mehr has 30 days
        ((1402, 12, 30), J),  # 1402 is not a leap year
        ((1402, 1, 32), J),
        ((1402, 1, 0), J),
        ((2023, 2, 29), G),
        ((2024, 4, 31), G),
        ((1446, 1, 30), H),
        ((1446, 13, 1), H),
    ],
)
def test_impossible_dates_are_refused(ymd, cal):
    with pytest.raises(InvalidDate):
        from_calendar(*ymd, cal)


def test_esfand_30_exists_in_a_leap_year():
    assert from_calendar(1403, 12, 30, J) == date(2025, 3, 20)


@pytest.mark.parametrize(
    ("lang", "native", "shown"),
    [
        ("en", True, "1403/11/12"),
        ("fa", True, "۱۴۰۳/۱۱/۱۲"),
        ("ar", True, "١٤٠٣/١١/١٢"),
        ("fa", False, "1403/11/12"),
    ],
)
def test_format_jalali_date(lang, native, shown):
    assert format_date(date(2025, 1, 31), J, lang, native) == shown


def test_format_pads_and_uses_the_calendar():
    assert format_date(date(2024, 4, 24), J) == "1403/02/05"
    assert format_date(date(2024, 8, 2), H, "ar") == "١٤٤٦/٠١/٢٧"
    assert format_date(date(2024, 8, 2), G) == "2024/08/02"
    assert format_date(None, J, "fa") == ""


@pytest.mark.parametrize(
    "text",
    [
        "1403/2/5",
        "1403/02/05",
        "۱۴۰۳/۰۲/۰۵",
        "۱۴۰۳/۲/۵",
        "١٤٠٣-٠٢-٠٥",
        "1403-02-05",
        "1403.2.5",
        " 1403 / 02 / 05 ",
        "\u200e1403/02/05\u200f",
        "1403\\02\\05",
        "1403–02–05",  # en dashes, as word processors replace hyphens
        "١٤٠٣؍٠٢؍٠٥",  # the Arabic date separator
        "١٤٠٣٫٠٢٫٠٥",  # the Arabic decimal separator (Persian keyboards type it for '/')
        "١٤٠٣،٠٢،٠٥",
        "۱۴۰۳٬۰۲٬۰۵",
        "05/02/1403",  # day first: the four-digit year is last
        "5-2-1403",
        "14030205",
        "۱۴۰۳۰۲۰۵",
        "1403/02/05 ه.ش",
        "۱۴۰۳/۰۲/۰۵ش",
    ],
)
def test_parse_jalali_spellings(text):
    assert parse_date(text, J) == date(2024, 4, 24)
    assert parse_moment(text, J) == (date(2024, 4, 24), None)


@pytest.mark.parametrize("text", ["12/05/2024", "12-5-2024", "١٢/٠٥/٢٠٢٤", "12.05.2024", "2024/05/12", "20240512"])
@pytest.mark.parametrize("own", list(Calendar))
def test_a_year_outside_1300_to_1500_is_gregorian_on_every_desk(text, own):
    assert parse_date(text, own) == date(2024, 5, 12)


def test_parse_gregorian_and_hijri():
    assert parse_date("2024-03-20", G) == date(2024, 3, 20)
    assert parse_date("١٤٤٦/١/٢٧", H) == date(2024, 8, 2)


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("1403/02/05", J, from_calendar(1403, 2, 5, J)),
        ("1403/02/05", H, from_calendar(1403, 2, 5, H)),
        ("1300/01/01", J, from_calendar(1300, 1, 1, J)),
        ("1500/01/10", H, date(2076, 12, 6)),  # the date field reaches 1500 AH: it must read back
        ("1299/01/01", J, date(1299, 1, 1)),
        ("1501/01/01", H, date(1501, 1, 1)),
        ("1403/02/05", G, date(1403, 2, 5)),
    ],
)
def test_a_year_1300_to_1500_is_in_the_desks_own_calendar(text, own, expected):
    assert parse_date(text, own) == expected


@pytest.mark.parametrize(
    ("shown", "lang", "own"),
    [(J, "fa", J), (H, "ar", H), (J, "ar", J), (H, "fa", H), (G, "ar", H), (G, "fa", J), (G, "en", J)],
)
def test_own_calendar_of_a_desk(shown, lang, own):
    assert own_calendar(shown, lang) is own


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("1403/02/05 10:30", J, (date(2024, 4, 24), time(10, 30))),
        ("۱۴۰۳/۰۲/۰۵ ۱۰:۳۰", J, (date(2024, 4, 24), time(10, 30))),
        ("1405/05/28 - 21:52", J, (from_calendar(1405, 5, 28, J), time(21, 52))),
        ("1405/09/10 14:30", J, (date(2026, 12, 1), time(14, 30))),  # as our export writes it
        ("2024-04-24 00:00:00", J, (date(2024, 4, 24), time(0, 0))),
        ("2024-04-24T10:30", H, (date(2024, 4, 24), time(10, 30))),
        ("2024-04-24T10:30:15", H, (date(2024, 4, 24), time(10, 30, 15))),
        ("2024-04-24 10:30:15.250", G, (date(2024, 4, 24), time(10, 30, 15, 250000))),
        ("10:30 1403/02/05", J, (date(2024, 4, 24), time(10, 30))),
        ("1403/02/05، 9:05", J, (date(2024, 4, 24), time(9, 5))),
        ("1403/02/05 ساعت 10:30", J, (date(2024, 4, 24), time(10, 30))),
        ("1445/09/05 الساعة 10:30", H, (date(2024, 3, 15), time(10, 30))),
        ("1403/02/05 10:30 ب.ظ", J, (date(2024, 4, 24), time(22, 30))),
        ("1403/02/05 12:10 ق.ظ", J, (date(2024, 4, 24), time(0, 10))),
        ("24/04/2024 10:30 م", H, (date(2024, 4, 24), time(22, 30))),  # after a time م is مساءً, PM
        ("24/04/2024 10:30 ص", H, (date(2024, 4, 24), time(10, 30))),
        ("24/04/2024 12:00 PM", G, (date(2024, 4, 24), time(12, 0))),
        ("24/04/2024 12:00 am", G, (date(2024, 4, 24), time(0, 0))),
        ("1445/09/05هـ 10:30", J, (date(2024, 3, 15), time(10, 30))),
        ("5 اردیبهشت 1403 ساعت 8:00", H, (date(2024, 4, 24), time(8, 0))),
        ("12 May 2024 at 18:45", J, (date(2024, 5, 12), time(18, 45))),
    ],
)
def test_a_time_after_or_before_the_date_is_read_too(text, own, expected):
    assert parse_moment(text, own) == expected
    assert parse_date(text, own) == expected[0]


@pytest.mark.parametrize(
    "mark",
    ["\u200e", "\u200f", "\u061c", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c",
     "\u202d", "\u202e", "\ufeff", "\u200c", "\u200d", "\u2060"],
    ids=["LRM", "RLM", "ALM", "LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "PDF", "LRO", "RLO", "BOM", "ZWNJ",
         "ZWJ", "WJ"],
)
def test_invisible_marks_before_after_and_inside_are_ignored(mark):
    for text in (f"{mark}1403/02/05", f"1403/02/05{mark}", f"1403{mark}/0{mark}2/05", f"{mark}14030205{mark}",
                 f"{mark}۱۴۰۳/۰۲/۰۵{mark} {mark}۱۰:۳۰{mark}", f"5 {mark}اردیبهشت{mark} 1403"):
        assert parse_date(text, J) == date(2024, 4, 24), repr(text)
    assert parse_moment(f"1403/02/05 1{mark}0:30{mark}", J) == (date(2024, 4, 24), time(10, 30))


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("5 اردیبهشت 1403", J, date(2024, 4, 24)),
        ("۵ اردیبهشت ۱۴۰۳", J, date(2024, 4, 24)),
        ("5 ارديبهشت 1403", H, date(2024, 4, 24)),  # a Jalali name on an Arabic desk is Jalali
        ("اردیبهشت 5، 1403", J, date(2024, 4, 24)),
        ("1403 اردیبهشت 5", J, date(2024, 4, 24)),
        ("5-Ordibehesht-1403", H, date(2024, 4, 24)),
        ("10 آذر 1405", J, date(2026, 12, 1)),
        ("30 اسفند 1403", J, date(2025, 3, 20)),
        ("1 امرداد 1403", J, from_calendar(1403, 5, 1, J)),
        ("٥ رمضان ١٤٤٥", H, date(2024, 3, 15)),
        ("٥ رمضان ١٤٤٥", J, date(2024, 3, 15)),  # a Hijri name on a Persian desk is Hijri
        ("٥ رمضان ١٤٤٥ هـ", J, date(2024, 3, 15)),
        ("5 رمضان المبارك 1445", J, date(2024, 3, 15)),
        ("27 محرم 1446", J, date(2024, 8, 2)),
        ("5 ربيع الأول 1445", J, from_calendar(1445, 3, 5, H)),
        ("5 ربیع‌الاول 1445", J, from_calendar(1445, 3, 5, H)),
        ("5 ربیع الاول 1445", J, from_calendar(1445, 3, 5, H)),
        ("5 ربيع‌الأول 1445", J, from_calendar(1445, 3, 5, H)),
        ("5 ربيعالاول 1445", J, from_calendar(1445, 3, 5, H)),
        ("5 ربیع‌الثانی 1445", J, from_calendar(1445, 4, 5, H)),
        ("5 ربيع الآخر 1445", J, from_calendar(1445, 4, 5, H)),
        ("5 ربيع الثاني 1445", J, from_calendar(1445, 4, 5, H)),
        ("5 جمادى الآخرة 1445", J, from_calendar(1445, 6, 5, H)),
        ("5 جمادي الاخره 1445", J, from_calendar(1445, 6, 5, H)),  # Arabic ي, no hamza, ه for ة
        ("5 ذو القعدة 1445", J, from_calendar(1445, 11, 5, H)),
        ("5 ذی‌القعده 1445", J, from_calendar(1445, 11, 5, H)),
        ("5 ذي الحجة 1445", J, from_calendar(1445, 12, 5, H)),
        ("5 Ramadan 1445", G, from_calendar(1445, 9, 5, H)),
        ("12 May 2024", J, date(2024, 5, 12)),
        ("12 may 2024", H, date(2024, 5, 12)),
        ("12-MAY-2024", J, date(2024, 5, 12)),
        ("May 12, 2024", J, date(2024, 5, 12)),
        ("12 Sept 2024", J, date(2024, 9, 12)),
        ("12 مه 2024", J, date(2024, 5, 12)),
        ("12 مايو 2024", H, date(2024, 5, 12)),
        ("١٢ مايو ٢٠٢٤ م", H, date(2024, 5, 12)),
        ("5 مارس 2024", J, date(2024, 3, 5)),  # Persian and Arabic share مارس: both Gregorian March
        ("5 آذار 2024", H, date(2024, 3, 5)),  # the Levantine March, not the Jalali آذر
        ("12 كانون الأول 2024", H, date(2024, 12, 12)),
        ("12 دسامبر 2024", J, date(2024, 12, 12)),
        ("12 ژوئیه 2024", J, date(2024, 7, 12)),
        ("12 ژوییه 2024", J, date(2024, 7, 12)),
    ],
)
def test_a_months_name_decides_the_calendar(text, own, expected):
    assert parse_date(text, own) == expected


@pytest.mark.parametrize(("cal", "lang"), list(_MONTHS))
def test_every_month_name_of_the_tables_is_read_as_its_month(cal, lang):
    year = {J: 1403, H: 1445, G: 2024}[cal]
    for month in range(1, 13):
        name = month_name(month, cal, lang)
        for own in (J, H):
            assert parse_date(f"7 {name} {year}", own) == from_calendar(year, month, 7, cal), name


def test_no_month_name_is_shared_by_two_calendars_or_two_months():
    assert [key for key, found in calendars._MONTH_INDEX.items() if found is None] == []


def test_a_shared_name_is_indexed_as_ambiguous():
    index = calendars._month_index([(J, 9, "آذر"), (G, 3, "آذار"), (G, 3, "مارس"), (G, 3, "مارس"), (J, 1, "Foo"),
                                    (G, 1, "foo"), (H, 2, "Bar"), (H, 3, "bar")])
    assert index["اذر"] == (J, 9) and index["اذار"] == (G, 3) and index["مارس"] == (G, 3)
    assert index["foo"] is None and index["bar"] is None


@pytest.fixture
def ambiguous_month(monkeypatch):
    """A month index in which 'Foo' names a Jalali and a Gregorian month."""
    index = calendars._month_index([*((c, m, n) for (c, _l), names in _MONTHS.items()
                                      for m, n in enumerate(names, 1)), (J, 1, "Foo"), (G, 1, "foo")])
    monkeypatch.setattr(calendars, "_MONTH_INDEX", index)
    parse_moment.cache_clear()
    parse_date.cache_clear()
    yield
    parse_moment.cache_clear()
    parse_date.cache_clear()


def test_an_ambiguous_month_name_is_refused_never_guessed(ambiguous_month):
    with pytest.raises(InvalidDate) as caught:
        parse_date("5 Foo 1403", J)
    assert "Foo" in caught.value.message() and "more than one calendar" in caught.value.message()
    assert parse_date("5 اردیبهشت 1403", J) == date(2024, 4, 24)


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("1445/09/05هـ", J, date(2024, 3, 15)),  # without the mark: Jalali 1445 on this desk
        ("١٤٤٥/٠٩/٠٥ هـ", J, date(2024, 3, 15)),
        ("1445/09/05 ه", J, date(2024, 3, 15)),
        ("1445/09/05ھ", J, date(2024, 3, 15)),
        ("1445/09/05 ه.ق", J, date(2024, 3, 15)),
        ("1445/09/05 هجري", J, date(2024, 3, 15)),
        ("05/09/1445هـ", J, date(2024, 3, 15)),
        ("14450905 هـ", J, date(2024, 3, 15)),
        ("1403/02/05 ه.ش", H, date(2024, 4, 24)),  # without the mark: Hijri 1403 on this desk
        ("1403/02/05 ش", H, date(2024, 4, 24)),
        ("1403/02/05 هجری شمسی", H, date(2024, 4, 24)),
        ("2024/04/24 م", H, date(2024, 4, 24)),
        ("24/04/2024م", J, date(2024, 4, 24)),
        ("2024/04/24 ميلادي", H, date(2024, 4, 24)),
    ],
)
def test_a_mark_after_the_year_decides_the_calendar(text, own, expected):
    assert parse_date(text, own) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1445/09/05 م", "1445 is not a year"),  # Gregorian mark on a Hijri-looking year
        ("2024/04/24 هـ", "2024 is not a year"),
        ("2024/04/24 ه.ش", "2024 is not a year"),
        ("5 May 1403", "1403 is not a year"),
        ("5 رمضان 2024", "2024 is not a year"),
        ("5 اردیبهشت 1445 هـ", "different calendars"),
        ("5 May 2024 هـ", "different calendars"),
        ("5 فلان 1403", "“فلان” is not the name of a month"),
        ("1403/02/05 25:00", "25:00 is not a time of day"),
        ("1403/02/05 10:61", "10:61 is not a time of day"),
        ("1403/02/05 10:30:60", "10:30:60 is not a time of day"),
        ("1403/02/05 13:00 ب.ظ", "13:00 ب.ظ is not a time of day"),
        ("1405/12/30", "day 30"),  # 1405 is not a leap year
        ("1405/12/31", "day 31"),
        ("14021340", "month 13"),
        ("20230229", "day 29"),
        ("31 اسفند 1403", "day 31"),
        ("30 محرم 1446", "day 30"),
    ],
)
def test_a_contradiction_is_refused_and_named(text, says):
    for own in (J, H):
        with pytest.raises(InvalidDate) as caught:
            parse_moment(text, own)
        message = caught.value.message()
        assert text in message and says in message, message


@pytest.mark.parametrize(
    ("text", "cal", "says"),
    [
        ("1402/13/40", J, "month 13"),
        ("1402/12/30", J, "day 30"),
        ("1402/07/31", J, "day 31"),
        ("1446/01/30", H, "day 30"),
        ("2023/02/29", G, "day 29"),
        ("1342/01/01", H, "1343"),
        ("30/12/1402", J, "day 30 does not exist in month 12 of 1402"),  # day first
    ],
)
def test_parse_names_the_text_and_what_is_wrong(text, cal, says):
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, cal)
    message = caught.value.message()
    assert text in message and says in message


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "1403/02",
        "1403/02/05/01",
        "03/2/5",  # century would be a guess
        "05/02/03",
        "1403/002/05",
        "005/02/1403",
        "1403/02/2024",  # two years
        "02/1403/05",  # the year in the middle: which order?
        "1403020",
        "140302051",
        "45047",  # an Excel day number is the import's business, not a typed date's
        "10:30",
        "1403 02 05",
        "12 May 24",
        "May 2024",
        "5 May",
        "5 May 12 2024",
        "1403/02/0510:30",
        "1403/02/05 10:30Z",  # a time zone would shift the day: refused, not dropped
        "1403/02/05 foo",
        "1403/02/05 10:30 هـ",
        "1403/02/05 ساعت",
    ],
)
def test_parse_refuses_what_is_not_a_date(text):
    with pytest.raises(InvalidDate) as caught:
        parse_moment(text, J)
    assert text in caught.value.message()


@pytest.mark.parametrize("text", ["", "   ", "\u200f", "\ufeff \u2066\u2069"])
def test_parse_refuses_empty_text(text):
    with pytest.raises(InvalidDate):
        parse_date(text, J)


@pytest.mark.parametrize(("cal", "lang"), [(J, "fa"), (H, "ar"), (G, "en"), (G, "ar"), (J, "ar"), (G, "fa")])
def test_every_week_the_date_field_can_show_reads_back_with_its_time(cal, lang):
    own = own_calendar(cal, lang)
    d = date(1925, 1, 1)  # the date field's range: 1925-01-01 to 2076-12-31
    while d <= date(2076, 12, 31):
        assert parse_date(format_date(d, cal, lang), own) == d
        # as the export writes an opened date: the user's calendar, Latin digits, a local time
        assert parse_moment(f"{format_date(d, cal, lang, native_digits=False)} 14:30", own) == (d, time(14, 30))
        d += timedelta(days=6)


def test_reading_is_cached():
    parse_moment.cache_clear()
    parse_moment("1403/02/05 10:30", J)
    parse_moment("1403/02/05 10:30", J)
    assert parse_moment.cache_info().hits == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda: to_calendar(date(1924, 7, 31), H),  # the day before 1343/01/01
        lambda: to_calendar(date(1900, 1, 1), H),
        lambda: to_calendar(date(2077, 11, 17), H),
        lambda: format_date(date(1923, 5, 1), H, "ar"),
        lambda: calendar_year(date(1800, 1, 1), H),
        lambda: add_months(date(1920, 1, 1), 1, H),
        lambda: add_months(date(1924, 8, 1), -1, H),
        lambda: days_in_month(1342, 1, H),
        lambda: from_calendar(1342, 12, 29, H),
        lambda: from_calendar(1501, 1, 1, H),
        lambda: parse_date("1342/12/01", H),
        lambda: parse_date("1/12/1342 هـ", J),
        lambda: parse_date("5 رمضان 1340", J),
        lambda: format_date(date.min, J),
        lambda: format_date(date.max, J),
        lambda: format_date(date.min, H),
        lambda: add_months(date(9999, 12, 1), 1, G),
        lambda: add_months(date(1, 1, 1), -1, G),
    ],
)
def test_a_date_outside_a_calendar_raises_invalid_date_only(call):
    with pytest.raises(InvalidDate) as caught:
        call()
    assert isinstance(caught.value, ValidationError)


@pytest.mark.parametrize(
    ("month", "cal", "lang", "name"),
    [
        (1, J, "fa", "فروردین"),
        (7, J, "fa", "مهر"),
        (12, J, "fa", "اسفند"),
        (12, J, "en", "Esfand"),
        (1, H, "ar", "محرم"),
        (9, H, "ar", "رمضان"),
        (12, H, "ar", "ذو الحجة"),
        (1, G, "fa", "ژانویه"),
        (1, G, "ar", "يناير"),
        (12, G, "en", "December"),
        (3, G, "de", "March"),
    ],
)
def test_month_names(month, cal, lang, name):
    assert month_name(month, cal, lang) == name


@pytest.mark.parametrize("cal", list(Calendar))
@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_twelve_distinct_month_names(cal, lang):
    assert len({month_name(m, cal, lang) for m in range(1, 13)}) == 12


@pytest.mark.parametrize("month", [0, 13])
def test_no_name_for_a_month_that_does_not_exist(month):
    with pytest.raises(ValueError):
        month_name(month, J, "fa")


def test_calendar_year():
    assert calendar_year(date(2024, 8, 2), J) == 1403
    assert calendar_year(date(2024, 8, 2), H) == 1446
    assert calendar_year(date(2024, 8, 2), G) == 2024


def test_calendar_from_a_setting():
    assert Calendar("jalali") is J and str(Calendar.HIJRI) == "hijri"
