from datetime import date, timedelta

import pytest

from app.locale.calendars import (
    Calendar,
    InvalidDate,
    add_months,
    calendar_year,
    days_in_month,
    format_date,
    from_calendar,
    month_name,
    parse_date,
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
    ],
)
def test_parse_jalali_spellings(text):
    assert parse_date(text, J) == date(2024, 4, 24)


@pytest.mark.parametrize("text", ["12/05/2024", "12-5-2024", "١٢/٠٥/٢٠٢٤"])
def test_parse_day_first(text):
    assert parse_date(text, G, order="dmy") == date(2024, 5, 12)


def test_parse_gregorian_and_hijri():
    assert parse_date("2024-03-20", G) == date(2024, 3, 20)
    assert parse_date("١٤٤٦/١/٢٧", H) == date(2024, 8, 2)


@pytest.mark.parametrize(
    ("text", "cal", "says"),
    [
        ("1402/13/40", J, "month 13"),
        ("1402/12/30", J, "day 30"),
        ("1402/07/31", J, "day 31"),
        ("1446/01/30", H, "day 30"),
        ("2023/02/29", G, "day 29"),
        ("1600/01/01", H, "1343"),
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
        "1403/002/05",
        "14030205",
        "1403/02/05 10:30",
        "05/02/1403",  # day first while year first is expected
    ],
)
def test_parse_refuses_what_is_not_a_date(text):
    with pytest.raises(InvalidDate) as caught:
        parse_date(text, J)
    assert text in caught.value.message()


@pytest.mark.parametrize("text", ["", "   ", "\u200f"])
def test_parse_refuses_empty_text(text):
    with pytest.raises(InvalidDate):
        parse_date(text, J)


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
