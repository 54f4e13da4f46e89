from datetime import date

from app.locale.calendars import Calendar
from app.locale.display import Locale


def test_week_and_weekend_follow_the_region():
    iran, saudi = Locale.for_language("fa"), Locale.for_language("ar")
    assert (iran.week_start, iran.weekend) == (5, frozenset({4}))
    assert (saudi.week_start, saudi.weekend) == (6, frozenset({4, 5}))


def test_saved_choices_override_the_language_defaults():
    chosen = Locale.from_settings("ar", {"calendar": "gregorian", "native_digits": False})
    assert (chosen.calendar, chosen.native_digits, chosen.region) == (Calendar.GREGORIAN, False, "SA")
    assert chosen.date(date(2025, 3, 21)) == "2025/03/21"


def test_unknown_saved_values_keep_the_defaults():
    chosen = Locale.from_settings("fa", {"calendar": "mayan", "native_digits": "yes", "region": "XX"})
    assert chosen == Locale.for_language("fa")
    assert Locale.from_settings("fa", {"money_unit": "toman"}).money(2_500_000) == "۲۵۰٬۰۰۰ تومان"
