"""values.read_date / read_moment on cells as python-calamine gives them: str, float, int,
datetime, date; Excel day numbers, legacy spellings and our own export's dates."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from app.errors import ValidationError
from app.importing import values
from app.importing.values import read_date, read_moment
from app.locale.calendars import Calendar, InvalidDate, from_calendar
from app.locale.display import Locale
from tests.importing.conftest import write_book

FA, AR = Locale.for_language("fa"), Locale.for_language("ar")
FA_GREGORIAN = replace(FA, calendar=Calendar.GREGORIAN)
AR_GREGORIAN = replace(AR, calendar=Calendar.GREGORIAN)
J, H = Calendar.JALALI, Calendar.HIJRI


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (45047, (date(2023, 5, 1), None)),
        (45047.0, (date(2023, 5, 1), None)),
        ("45047", (date(2023, 5, 1), None)),
        ("\u200e45047\u200f", (date(2023, 5, 1), None)),
        (44927, (date(2023, 1, 1), None)),
        (18264, (date(1950, 1, 1), None)),  # the first day read as a date
        (73415.0, (date(2100, 12, 31), None)),  # the last
        (45047.5, (date(2023, 5, 1), time(12, 0))),
        (45047.604166666664, (date(2023, 5, 1), time(14, 30))),  # 14:30 as Excel stores it
        ("45047.75", (date(2023, 5, 1), time(18, 0))),
        (45047.000011574, (date(2023, 5, 1), time(0, 0, 1))),
        (45047.9999999999, (date(2023, 5, 2), time(0, 0))),  # rounds to the next midnight
    ],
)
@pytest.mark.parametrize("locale", [FA, AR], ids=["fa", "ar"])
def test_an_excel_day_number_is_a_date_and_its_fraction_the_time(cell, expected, locale):
    assert read_moment(cell, locale) == expected
    assert read_date(cell, locale) == expected[0]


@pytest.mark.parametrize(
    "cell",
    [
        18263,  # 1949-12-31
        73416,  # 2101-01-01
        "18263",
        61,
        1500.0,  # an amount
        450000,
        9121234567.0,  # a mobile that Excel stored as a number
        "9121234567",
        "۴۵۰۴۷",  # typed by a person in Persian digits: not an Excel number
        -45047,
        True,
    ],
)
def test_a_number_outside_excel_days_for_1950_to_2100_is_not_a_date(cell):
    with pytest.raises(InvalidDate) as caught:
        read_date(cell, FA)
    assert isinstance(caught.value, ValidationError)


@pytest.mark.parametrize(
    ("cell", "locale", "expected"),
    [
        (14030205, FA, date(2024, 4, 24)),  # eight digits, year first, stored as a number
        (14030205.0, FA, date(2024, 4, 24)),
        ("14030205", FA, date(2024, 4, 24)),
        (20240424.0, AR, date(2024, 4, 24)),
        (14450905, AR, date(2024, 3, 15)),
        (14450905, FA, from_calendar(1445, 9, 5, J)),  # 1445 on a Persian desk is Jalali
    ],
)
def test_compact_dates_as_numbers_and_text(cell, locale, expected):
    assert read_date(cell, locale) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2024, 4, 24, 10, 30), (date(2024, 4, 24), time(10, 30))),
        (datetime(2024, 4, 24, 0, 0, 5), (date(2024, 4, 24), time(0, 0, 5))),
        (date(2024, 4, 24), (date(2024, 4, 24), None)),
    ],
)
@pytest.mark.parametrize("locale", [FA, AR], ids=["fa", "ar"])
def test_date_cells_are_taken_as_they_are(cell, expected, locale):
    assert read_moment(cell, locale) == expected
    got = read_date(cell, locale)
    assert got == expected[0] and type(got) is date


@pytest.mark.parametrize(
    ("cell", "locale", "expected"),
    [
        ("1401/05/12", FA, from_calendar(1401, 5, 12, J)),
        ("۱۴۰۱/۲/۳", FA, from_calendar(1401, 2, 3, J)),
        ("1445/01/10", AR, from_calendar(1445, 1, 10, H)),
        ("15/03/2024", AR, date(2024, 3, 15)),
        ("2024-03-15", FA, date(2024, 3, 15)),
        ("1403/02/05", FA_GREGORIAN, date(2024, 4, 24)),  # a Gregorian Persian desk: 1403 is Jalali
        ("1445/09/05", AR_GREGORIAN, date(2024, 3, 15)),  # a Gregorian Arabic desk: 1445 is Hijri
        ("1445/09/05هـ", FA, date(2024, 3, 15)),
        ("١٤٤٥/٠٩/٠٥ هـ", FA, date(2024, 3, 15)),
        ("1403/02/05 ه.ش", AR, date(2024, 4, 24)),
        ("٥ رمضان ١٤٤٥", FA, date(2024, 3, 15)),
        ("۵ اردیبهشت ۱۴۰۳", AR, date(2024, 4, 24)),
        ("12 May 2024", FA, date(2024, 5, 12)),
        ("5 ربيع الأول 1445", FA, from_calendar(1445, 3, 5, H)),
        ("\ufeff\u200f1403/02/05\u200e", FA, date(2024, 4, 24)),
        ("١٤٤٥؍٠٩؍٠٥", AR, date(2024, 3, 15)),
        ("2024-04-24 00:00:00", AR, date(2024, 4, 24)),
    ],
)
def test_text_dates_of_legacy_sheets(cell, locale, expected):
    assert read_date(cell, locale) == expected


@pytest.mark.parametrize(
    ("cell", "locale", "expected"),
    [
        ("1403/02/05 10:30", FA, (date(2024, 4, 24), time(10, 30))),
        ("1405/05/28 - 21:52", FA, (from_calendar(1405, 5, 28, J), time(21, 52))),
        ("2024-04-24 00:00:00", FA, (date(2024, 4, 24), time(0, 0))),
        ("2024-04-24T10:30", AR, (date(2024, 4, 24), time(10, 30))),
        ("10:30 1403/02/05", FA, (date(2024, 4, 24), time(10, 30))),
        ("1445/09/05 10:30 م", AR, (date(2024, 3, 15), time(22, 30))),
        ("1403/02/05", FA, (date(2024, 4, 24), None)),
    ],
)
def test_text_gives_the_time_written_after_the_date(cell, locale, expected):
    assert read_moment(cell, locale) == expected
    assert read_date(cell, locale) == expected[0]


@pytest.mark.parametrize("locale", [FA, AR, FA_GREGORIAN, AR_GREGORIAN], ids=["fa", "ar", "fa-greg", "ar-greg"])
@pytest.mark.parametrize("opened", [datetime(2026, 12, 1, 11, 0, tzinfo=UTC), datetime(2025, 3, 20, 20, 29, tzinfo=UTC),
                                    datetime(2024, 8, 1, 21, 5, tzinfo=UTC)])
def test_our_exports_opened_date_imports_back_exactly(locale, opened):
    # services/export writes an opened date (UTC) as Locale.date of the local day, Latin digits, local time
    local = opened.astimezone(locale.timezone)
    written = f"{replace(locale, native_digits=False).date(local.date())} {local:%H:%M}"
    assert written.isascii() and written.count("/") == 2
    assert read_moment(written, locale) == (local.date(), local.time().replace(tzinfo=None))


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("1402/13/40", "month 13"),
        ("1405/12/30", "day 30"),
        ("03/2/5", "yyyy/mm/dd"),
        ("1403/02/05 25:00", "25:00"),
        ("5 فلان 1403", "فلان"),
        ("hello", "hello"),
        (time(10, 30), "10:30"),
    ],
)
def test_a_bad_date_is_refused_with_the_reason(cell, says):
    with pytest.raises(InvalidDate) as caught:
        read_date(cell, FA)
    assert says in caught.value.message()


def test_a_date_before_the_umm_al_qura_table_on_an_arabic_desk_is_a_validation_error():
    with pytest.raises(InvalidDate) as caught:
        read_date("1340/01/01", AR)
    assert isinstance(caught.value, ValidationError) and "1343" in caught.value.message()
    # A Gregorian date before 1924 is read (the import does not show it in Hijri).
    assert read_date("1920/01/01", AR) == date(1920, 1, 1)


def test_text_dates_are_cached():
    values._text_moment.cache_clear()
    for _ in range(3):
        read_date("1403/02/05", FA)
    assert values._text_moment.cache_info().hits == 2


def test_cells_of_a_real_workbook_as_calamine_reads_them(tmp_path: Path):
    path = write_book(tmp_path / "dates.xlsx", {"log": [
        ["serial", "serial with time", "serial as text", "date", "date and time", "jalali", "compact", "mobile"],
        [45047, 45047.604166666664, "45047", date(2024, 4, 24), datetime(2024, 4, 24, 10, 30),
         "۱۴۰۳/۰۲/۰۵ ۱۰:۳۰", 14030205, 9121234567],
    ]})
    row = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1]
    assert [type(c) for c in row[:5]] == [float, float, str, date, datetime]
    moments = [read_moment(cell, FA) for cell in row[:7]]
    assert moments == [
        (date(2023, 5, 1), None),
        (date(2023, 5, 1), time(14, 30)),
        (date(2023, 5, 1), None),
        (date(2024, 4, 24), None),
        (date(2024, 4, 24), time(10, 30)),
        (date(2024, 4, 24), time(10, 30)),
        (date(2024, 4, 24), None),
    ]
    with pytest.raises(InvalidDate):
        read_date(row[7], FA)


@pytest.mark.parametrize("cells", [["جمع کل: ۳۰۰ مشتری"], [None, "Total 12"], ["تعداد: 40"], ["ＴＯＴＡＬ"],
                                   ["المجموع الكلي"]])
def test_a_total_label_makes_a_total_row(cells):
    from app.importing.values import is_total_row

    assert is_total_row(cells)


@pytest.mark.parametrize("cells", [["09121234567"], ["۰۹۱۲ ۱۲۳ ۴۵۶۷"], ["+98 (912) 123-4567"], ["2,500,000"],
                                   ["۲٬۵۰۰٬۰۰۰"], ["جمعه"], ["Total Care"], ["1402/05/12"]])
def test_figures_and_names_that_start_like_a_total_are_not_one(cells):
    from app.importing.values import is_total_row

    assert not is_total_row(cells)


def test_a_rows_texts_are_tidy_as_stored_text_is():
    """The reader stores a name or a serial as its cell's text: that text is tidy already."""
    from app.importing.rows import texts_of
    from app.locale.text import tidy

    texts = texts_of(["  علی \t کریمی\n", 9121234567.0, "-", "SN\u00a0100 ", datetime(2024, 5, 1, 10, 30), ""])
    assert texts[:3] == ["علی کریمی", "9121234567", ""]
    assert all(tidy(text) == text for text in texts)
