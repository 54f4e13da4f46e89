"""How one session shows dates, phones and money: the user's language, calendar and digits."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.locale.calendars import Calendar, format_date
from app.locale.money import format_money
from app.locale.phone import format_phone
from app.locale.text import to_native_digits

DEFAULT_CALENDAR = {"fa": Calendar.JALALI, "ar": Calendar.HIJRI, "en": Calendar.GREGORIAN}
DEFAULT_REGION = {"fa": "IR", "ar": "SA", "en": "IR"}
REGION_CURRENCY = {"IR": "IRR", "SA": "SAR"}
REGION_TIMEZONE = {"IR": "Asia/Tehran", "SA": "Asia/Riyadh"}


@dataclass(frozen=True)
class Locale:
    lang: str = "fa"
    calendar: Calendar = Calendar.JALALI
    region: str = "IR"
    native_digits: bool = True
    money_unit: str | None = None
    """'toman' to show Iranian amounts in toman; None shows the currency's own unit."""

    @classmethod
    def for_language(cls, lang: str) -> Locale:
        return cls(lang=lang, calendar=DEFAULT_CALENDAR[lang], region=DEFAULT_REGION[lang],
                   native_digits=lang != "en")

    @property
    def currency(self) -> str:
        return REGION_CURRENCY.get(self.region, "IRR")

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(REGION_TIMEZONE.get(self.region, "UTC"))

    def date(self, d: date | datetime | None) -> str:
        if isinstance(d, datetime):
            d = d.astimezone(self.timezone).date()
        return format_date(d, self.calendar, self.lang, self.native_digits)

    def phone(self, e164: str | None) -> str:
        return format_phone(e164, self.lang if self.native_digits else "en") if e164 else ""

    def money(self, amount: Decimal | None, currency: str | None = None) -> str:
        if amount is None:
            return ""
        currency = currency or self.currency
        unit = self.money_unit if currency == "IRR" else None
        return format_money(amount, currency, self.lang, unit=unit, native_digits=self.native_digits)

    def digits(self, text: str | int) -> str:
        """Identifiers (ticket numbers, serials, counts) in the user's digits, never grouped."""
        return to_native_digits(str(text), self.lang) if self.native_digits else str(text)
