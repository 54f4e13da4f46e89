"""How one session shows dates, phones and money: the user's language, calendar and digits."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from app.i18n import RTL_LANGUAGES
from app.locale.calendars import Calendar, format_date
from app.locale.money import amount_in_words, format_money, money_figure
from app.locale.phone import format_phone
from app.locale.text import isolate_ltr, to_native_digits

DEFAULT_CALENDAR = {"fa": Calendar.JALALI, "ar": Calendar.HIJRI, "en": Calendar.GREGORIAN}
DEFAULT_REGION = {"fa": "IR", "ar": "SA", "en": "IR"}
REGION_CURRENCY = {"IR": "IRR", "SA": "SAR"}
REGION_TIMEZONE = {"IR": "Asia/Tehran", "SA": "Asia/Riyadh"}
# Weekdays as Python numbers them (Monday 0 … Sunday 6). Iran: the week starts on Saturday
# and Friday is the weekend; Saudi Arabia: Sunday, and Friday–Saturday.
REGION_WEEK = {"IR": (5, frozenset({4})), "SA": (6, frozenset({4, 5}))}
DEFAULT_WEEK = (0, frozenset({5, 6}))


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

    @classmethod
    def from_settings(cls, lang: str, settings: Mapping[str, Any]) -> Locale:
        """The language's defaults, with this PC's saved choices (calendar, digits, region,
        money unit) where they are valid; an unknown value keeps the default."""
        base = cls.for_language(lang)
        calendar = settings.get("calendar")
        region = settings.get("region")
        digits = settings.get("native_digits")
        unit = settings.get("money_unit")
        return replace(
            base,
            calendar=Calendar(calendar) if calendar in set(Calendar) else base.calendar,
            region=region if region in REGION_CURRENCY else base.region,
            native_digits=digits if isinstance(digits, bool) else base.native_digits,
            money_unit=unit if unit in (None, "toman") else base.money_unit,
        )

    @property
    def week_start(self) -> int:
        """The first day of the week (Python weekday number)."""
        return REGION_WEEK.get(self.region, DEFAULT_WEEK)[0]

    @property
    def weekend(self) -> frozenset[int]:
        return REGION_WEEK.get(self.region, DEFAULT_WEEK)[1]

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

    def moment(self, at: datetime) -> str:
        """A moment as the service unit's clock read it: the date in the user's calendar and
        the time, in the user's digits."""
        local = at.astimezone(self.timezone)
        return f"{self.date(local)} {self.digits(local.strftime('%H:%M'))}"

    def phone(self, e164: str | None) -> str:
        return format_phone(e164, self.lang if self.native_digits else "en") if e164 else ""

    def money(self, amount: Decimal | None, currency: str | None = None) -> str:
        if amount is None:
            return ""
        currency = currency or self.currency
        return format_money(amount, currency, self.lang, unit=self._unit(currency), native_digits=self.native_digits)

    def money_figure(self, amount: Decimal, currency: str | None = None) -> tuple[Decimal, str]:
        """The amount as a number in the unit `money` shows it in, and that unit's word."""
        currency = currency or self.currency
        return money_figure(amount, currency, self.lang, self._unit(currency))

    def money_in_words(self, amount: Decimal, currency: str | None = None) -> str:
        """The amount in words, in the unit `money` shows it in (rial or toman, riyal)."""
        currency = currency or self.currency
        return amount_in_words(amount, currency, self.lang, self._unit(currency))

    def _unit(self, currency: str) -> str | None:
        """The unit Iranian amounts are shown in (this PC may choose toman); None elsewhere."""
        return self.money_unit if currency == "IRR" else None

    def digits(self, text: str | int) -> str:
        """Identifiers (ticket numbers, serials, counts) in the user's digits, never grouped."""
        return to_native_digits(str(text), self.lang) if self.native_digits else str(text)

    def ident(self, text: str) -> str:
        """A number of ours (ticket, contract) in the user's digits, kept in its written order
        inside right-to-left text (`1405-0042` must not show as `0042-1405`)."""
        shown = self.digits(text)
        return isolate_ltr(shown) if shown and self.lang in RTL_LANGUAGES else shown
