"""Periods (warranties, extensions, contracts, service intervals) are counted in the company's
period calendar: by default the region's legal one, whatever calendar the desk shows."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.contracts import Contract, MaintenancePlan
from app.domain.settings import Setting
from app.domain.units import Asset, Product, Warranty
from app.errors import ValidationError
from app.locale.calendars import Calendar, add_months, from_calendar, to_calendar
from app.locale.display import Locale
from app.services.company import PeriodCalendar, company_settings, period_calendar_for, save_company_settings
from app.services.demo import fill_demo
from app.services.desk import Desk, open_desk, period_end
from app.services.periodic import contract_visit_dates
from app.services.units import extend_warranty, warranty_end
from tests.services.helpers import customer, unit

SAUDI_MOBILE = "0501234567"


def choose_periods(desk: Desk, choice: str) -> None:
    before = company_settings(desk)
    save_company_settings(desk, replace(before, period_calendar=choice), before.version_token)


def test_a_saudi_desk_counts_gregorian_months_though_it_shows_hijri_dates(desk_ar):
    assert desk_ar.locale.calendar is Calendar.HIJRI
    assert desk_ar.period_calendar is Calendar.GREGORIAN
    assert period_end(date(2023, 11, 11), 12, desk_ar) == date(2024, 11, 11)
    record = unit(desk_ar, customer(desk_ar, mobile=SAUDI_MOBILE), purchased=date(2023, 11, 11), months=12)
    assert record.warranties[0].end_date == date(2024, 11, 11)


def test_a_persian_desk_counts_jalali_months(desk):
    start = from_calendar(1402, 5, 12, Calendar.JALALI)
    assert to_calendar(period_end(start, 18, desk), Calendar.JALALI) == (1403, 11, 12)
    record = unit(desk, customer(desk), purchased=start, months=18)
    assert to_calendar(record.warranties[0].end_date, Calendar.JALALI) == (1403, 11, 12)


def test_the_displayed_calendar_does_not_change_a_period(store):
    """A Persian desk showing Gregorian dates still counts Jalali months, and the other way round."""
    start = from_calendar(1402, 5, 12, Calendar.JALALI)
    shows_gregorian = open_desk(store, replace(Locale.for_language("fa"), calendar=Calendar.GREGORIAN))
    assert to_calendar(period_end(start, 18, shows_gregorian), Calendar.JALALI) == (1403, 11, 12)
    iranian_arabic = open_desk(store, replace(Locale.for_language("ar"), region="IR"))
    assert iranian_arabic.period_calendar is Calendar.JALALI


def test_the_company_may_count_in_hijri_months_and_every_desk_follows(desk_ar, store):
    choose_periods(desk_ar, "hijri")
    assert desk_ar.period_calendar is Calendar.HIJRI, "the saving desk follows at once"
    assert period_end(date(2023, 11, 11), 12, desk_ar) == date(2024, 10, 30)
    other = open_desk(store, Locale.for_language("ar"))
    assert other.period_calendar is Calendar.HIJRI, "another desk reads it as it opens"
    record = unit(other, customer(other, mobile=SAUDI_MOBILE), purchased=date(2023, 11, 11), months=12)
    assert record.warranties[0].end_date == date(2024, 10, 30)

    choose_periods(desk_ar, "region")
    assert period_end(date(2023, 11, 11), 12, desk_ar) == date(2024, 11, 11)
    assert record.warranties[0].end_date == date(2024, 10, 30), "an end already saved stays"


def test_an_extension_counts_in_the_period_calendar(desk_ar):
    record = unit(desk_ar, customer(desk_ar, mobile=SAUDI_MOBILE), purchased=date(2025, 1, 10), months=12)
    assert record.warranties[0].end_date == date(2026, 1, 10)
    extension = extend_warranty(desk_ar, record.id, 6, "ضمان ممدد مباع")
    assert (extension.start_date, extension.end_date) == (date(2026, 1, 11), date(2026, 7, 11))


def test_the_import_and_the_intake_call_the_same_rule():
    assert warranty_end is period_end


@pytest.mark.parametrize(("choice", "region", "calendar"), [
    ("region", "IR", Calendar.JALALI), ("region", "SA", Calendar.GREGORIAN), ("region", "AE", Calendar.GREGORIAN),
    ("jalali", "SA", Calendar.JALALI), ("gregorian", "IR", Calendar.GREGORIAN), ("hijri", "SA", Calendar.HIJRI),
    ("lunar", "IR", Calendar.JALALI),
])
def test_the_choice_resolves_by_region(choice, region, calendar):
    assert period_calendar_for(choice, region) is calendar


def test_the_choice_is_a_company_setting_with_limits(desk):
    assert company_settings(desk).period_calendar == PeriodCalendar.REGION
    before = company_settings(desk)
    with pytest.raises(ValidationError) as caught:
        save_company_settings(desk, replace(before, period_calendar="lunar"), before.version_token)
    assert caught.value.field == "period_calendar"
    choose_periods(desk, "gregorian")
    with desk.store.read() as session:
        assert session.scalars(select(Setting.value).where(Setting.key == "periods.calendar")).one() == '"gregorian"'
    with desk.store.write() as session:
        session.scalars(select(Setting).where(Setting.key == "periods.calendar")).one().value = '"lunar"'
    assert company_settings(desk).period_calendar == "region", "a damaged value reads as the default"
    assert open_desk(desk.store, desk.locale).period_calendar is Calendar.JALALI


def test_the_saudi_demo_counts_its_periods_in_gregorian_months(desk_ar):
    fill_demo(desk_ar, customers=40, seed=5)
    with desk_ar.store.read() as session:
        warranties = session.execute(
            select(Warranty.start_date, Warranty.end_date, Product.default_warranty_months)
            .join(Asset, Asset.id == Warranty.asset_id).join(Product, Product.id == Asset.product_id)).all()
        plans = session.execute(
            select(Asset.purchase_date, MaintenancePlan.last_done, MaintenancePlan.next_due,
                   MaintenancePlan.interval_months)
            .join(Asset, Asset.id == MaintenancePlan.asset_id).where(MaintenancePlan.contract_id.is_(None))).all()
        visits = session.execute(
            select(Contract.start_date, Contract.end_date, Contract.visits_included, MaintenancePlan.next_due)
            .join(MaintenancePlan, MaintenancePlan.contract_id == Contract.id)
            .where(MaintenancePlan.active.is_(True))).all()
        contracts = session.execute(select(Contract.start_date, Contract.end_date)).all()
    assert warranties and plans and contracts and visits
    assert all(end == add_months(start, months, Calendar.GREGORIAN) for start, end, months in warranties)
    assert all(due == add_months(done or bought, interval, Calendar.GREGORIAN)
               for bought, done, due, interval in plans)
    assert all(due in contract_visit_dates(start, end, count, desk_ar) for start, end, count, due in visits)
    assert all(end == add_months(start, 12, Calendar.GREGORIAN) for start, end in contracts)
