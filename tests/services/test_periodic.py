"""Periodic service: plan dates in the period calendar, off the weekend, within the contract;
delivered services move the next due date; the due list and its reminders."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.kinds import EventKind, TicketKind
from app.domain.workflow import TicketStatus
from app.errors import Conflict, ValidationError
from app.locale.calendars import Calendar, from_calendar, to_calendar
from app.services.changes import change_lines
from app.services.company import company_settings, save_company_settings
from app.services.contracts import ContractInput, create_contract
from app.services.customers import CustomerRecord
from app.services.desk import Desk, period_end
from app.services.periodic import (
    PLANS,
    PlanState,
    contract_visit_dates,
    move_due_date,
    open_service_ticket,
    plans_of_unit,
    product_due,
    services_due,
    sync_product_plans,
    working_day,
)
from app.services.products import ProductInput, add_product
from app.services.tickets import TicketInput, get_ticket, move_ticket, next_service_due, open_ticket
from app.services.unit_edit import unit_history
from app.services.units import AssetInput, AssetRecord, register_asset
from tests.conftest import TODAY
from tests.services.helpers import customer
from tests.services.test_periods import SAUDI_MOBILE, choose_periods


def serviced_unit(desk: Desk, owner: CustomerRecord, purchased: date | None, interval: int | None = 6,
                  serial: str = "AC-1001") -> AssetRecord:
    product = add_product(desk, ProductInput("Gree", f"Lomo-{serial}", "کولر گازی", 18, interval))
    return register_asset(desk, AssetInput(serial=serial, product_id=product.id, customer_id=owner.id,
                                           purchase_date=purchased))


def deliver(desk: Desk, ticket_id: int, version: int) -> None:
    ready = move_ticket(desk, ticket_id, version, TicketStatus.READY)
    move_ticket(desk, ready.id, ready.version, TicketStatus.DELIVERED)


def test_six_months_from_the_last_day_of_shahrivar_is_the_last_day_of_esfand(desk):
    bought = from_calendar(1402, 6, 31, Calendar.JALALI)
    assert to_calendar(product_due(bought, 6, desk), Calendar.JALALI) == (1402, 12, 29)
    unit = serviced_unit(desk, customer(desk), bought)
    (plan,) = plans_of_unit(desk, unit.id)
    assert to_calendar(plan.next_due, Calendar.JALALI) == (1402, 12, 29)
    assert plan.overdue, "a unit never serviced since 1402 is overdue"


def test_hijri_months_end_on_the_shorter_months_last_day(desk_ar):
    choose_periods(desk_ar, "hijri")
    start = from_calendar(1445, 2, 30, Calendar.HIJRI)  # Safar 1445 has 30 days, Jumada al-Ula 29
    assert to_calendar(product_due(start, 3, desk_ar), Calendar.HIJRI) == (1445, 5, 29)
    unit = serviced_unit(desk_ar, customer(desk_ar, mobile=SAUDI_MOBILE), start, interval=3)
    assert to_calendar(plans_of_unit(desk_ar, unit.id)[0].next_due, Calendar.HIJRI) == (1445, 5, 29)


def test_an_unknown_purchase_date_gives_an_unknown_due_date_never_today(desk):
    unit = serviced_unit(desk, customer(desk), purchased=None)
    (plan,) = plans_of_unit(desk, unit.id)
    assert plan.next_due is None and not plan.overdue
    assert services_due(desk, TODAY, ahead_days=60) == []
    assert [r.id for r in PLANS.page(desk, filters={"state": PlanState.UNKNOWN.value})] == [plan.id]
    assert PLANS.count(desk, filters={"state": PlanState.DUE.value}) == 0


def test_a_product_without_an_interval_has_no_plan(desk):
    unit = serviced_unit(desk, customer(desk), date(2025, 1, 10), interval=None)
    assert plans_of_unit(desk, unit.id) == []
    assert sync_product_plans(desk) == 0


def test_iranian_contract_visits_skip_friday_and_never_pass_the_contract_end(desk):
    start = date(2025, 1, 22)  # 1403/11/03
    end = period_end(start, 12, desk)
    assert end == date(2026, 1, 23) and end.weekday() == 4, "the contract ends on a Friday"
    assert contract_visit_dates(start, end, 4, desk) == [
        date(2025, 4, 23),   # 1404/02/03, a Wednesday
        date(2025, 7, 26),   # 1404/05/03 is a Friday: the Saturday after
        date(2025, 10, 25),  # 1404/08/03, a Saturday: a working day in Iran
        date(2026, 1, 22),   # the last day is a Friday and the Saturday is past the end: the Thursday before
    ]


def test_saudi_contract_visits_skip_friday_and_saturday(desk_ar):
    start = date(2025, 1, 3)
    end = period_end(start, 12, desk_ar)
    assert end == date(2026, 1, 3) and end.weekday() == 5
    assert contract_visit_dates(start, end, 4, desk_ar) == [
        date(2025, 4, 3), date(2025, 7, 3),
        date(2025, 10, 5),  # a Friday: the Sunday after
        date(2026, 1, 1),   # a Saturday, the contract's last day: the Thursday before
    ]
    assert working_day(date(2025, 10, 4), desk_ar) == date(2025, 10, 5)


def test_visits_that_do_not_divide_the_months_are_spread_in_days(desk):
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    visits = contract_visit_dates(start, end, 5, desk)
    assert len(visits) == 5 and visits == sorted(visits)
    assert all(start <= d <= end and d.weekday() != 4 for d in visits)
    assert contract_visit_dates(start, end, None, desk) == [] and contract_visit_dates(start, end, 0, desk) == []


def test_a_new_contract_plans_its_visits_for_each_unit(desk):
    owner = customer(desk)
    unit = serviced_unit(desk, owner, date(2020, 1, 10), interval=None)
    contract = create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 22),
                                                   end_date=date(2026, 1, 23), asset_ids=[unit.id],
                                                   visits_included=4))
    (plan,) = plans_of_unit(desk, unit.id)
    assert (plan.contract_number, plan.next_due, plan.interval_months) == (contract.number, date(2025, 4, 23), None)
    assert plan.overdue, "the first visit was due in April; today is 2025-06-15"

    ticket = open_service_ticket(desk, plan.id, "سرویس دوره‌ای")
    assert ticket.contract_id == contract.id, "the coverage decision still runs: the contract pays"
    deliver(desk, ticket.id, ticket.version)
    (plan,) = plans_of_unit(desk, unit.id)
    assert (plan.last_done, plan.next_due, plan.overdue) == (TODAY, date(2025, 7, 26), False)


def test_a_delivered_periodic_ticket_moves_the_next_due_date(desk):
    owner = customer(desk)
    unit = serviced_unit(desk, owner, date(2024, 6, 1))
    before = plans_of_unit(desk, unit.id)[0]
    repair = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit.id, fault="نشتی آب"))
    deliver(desk, repair.id, repair.version)
    assert plans_of_unit(desk, unit.id)[0].next_due == before.next_due, "a repair is no periodic service"

    service = open_service_ticket(desk, before.id, "سرویس دوره‌ای")
    assert (service.kind, service.asset_id, service.customer_id) == (TicketKind.PERIODIC_SERVICE, unit.id, owner.id)
    deliver(desk, service.id, service.version)
    (after,) = plans_of_unit(desk, unit.id)
    assert after.last_done == TODAY
    assert after.next_due == period_end(TODAY, 6, desk)
    assert next_service_due(desk, service, TODAY) == after.next_due, "the receipt says the same"


def test_moving_a_due_date_needs_a_reason_and_is_in_the_units_history(desk):
    unit = serviced_unit(desk, customer(desk), date(2025, 1, 10))
    plan = plans_of_unit(desk, unit.id)[0]
    with pytest.raises(ValidationError) as refused:
        move_due_date(desk, plan.id, plan.version, date(2025, 8, 1), "  ")
    assert refused.value.field == "reason"
    moved = move_due_date(desk, plan.id, plan.version, date(2025, 8, 1), "مشتری در سفر است")
    assert moved.next_due == date(2025, 8, 1)
    with pytest.raises(Conflict):
        move_due_date(desk, plan.id, plan.version, date(2025, 9, 1), "دوباره")
    (entry,) = [e for e in unit_history(desk, unit.id) if e.kind == EventKind.CHANGE.value]
    changes = {c.field: c for c in change_lines(entry.text)}
    assert (changes["next_due"].before, changes["next_due"].after) == (plan.next_due.isoformat(), "2025-08-01")
    assert changes["reason"].after == "مشتری در سفر است"


def test_a_contract_visit_cannot_move_past_the_contract(desk):
    owner = customer(desk)
    unit = serviced_unit(desk, owner, None, interval=None)
    create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 22),
                                        end_date=date(2026, 1, 23), asset_ids=[unit.id], visits_included=2))
    plan = plans_of_unit(desk, unit.id)[0]
    with pytest.raises(ValidationError) as refused:
        move_due_date(desk, plan.id, plan.version, date(2026, 2, 1), "دیر")
    assert refused.value.field == "new_date"


def test_services_due_lists_the_overdue_first_within_the_days_ahead(desk):
    owner = customer(desk)
    late = serviced_unit(desk, owner, period_end(TODAY - timedelta(days=3), -6, desk), serial="AC-1")
    soon = serviced_unit(desk, owner, period_end(TODAY + timedelta(days=5), -6, desk), serial="AC-2")
    later = serviced_unit(desk, owner, period_end(TODAY + timedelta(days=10), -6, desk), serial="AC-3")
    assert plans_of_unit(desk, soon.id)[0].next_due == TODAY + timedelta(days=5)

    due = services_due(desk, TODAY)
    assert company_settings(desk).remind_days_ahead == 7
    assert [(r.asset_id, r.overdue) for r in due] == [(late.id, True), (soon.id, False)]
    assert (due[0].serial, due[0].customer_name, due[0].customer_mobile) == ("AC-1", owner.name, owner.mobile)
    assert [r.asset_id for r in services_due(desk, TODAY, ahead_days=0)] == [late.id]

    settings = company_settings(desk)
    save_company_settings(desk, replace(settings, remind_days_ahead=10), settings.version_token)
    assert [r.asset_id for r in services_due(desk, TODAY)] == [late.id, soon.id, later.id]
    assert PLANS.count(desk, filters={"state": PlanState.DUE.value}) == 3
    assert PLANS.count(desk, filters={"state": PlanState.OVERDUE.value}) == 1


def test_the_days_ahead_are_a_company_setting_with_limits(desk):
    settings = company_settings(desk)
    with pytest.raises(ValidationError) as refused:
        save_company_settings(desk, replace(settings, remind_days_ahead=61), settings.version_token)
    assert refused.value.field == "remind_days_ahead"
    with pytest.raises(ValidationError):
        services_due(desk, TODAY, ahead_days=-1)


def test_sync_gives_older_units_their_plan_from_the_last_periodic_service(desk):
    owner = customer(desk)
    unit = serviced_unit(desk, owner, date(2024, 1, 10))
    from app.domain.contracts import MaintenancePlan

    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit.id, kind=TicketKind.PERIODIC_SERVICE,
                                           fault="سرویس"))
    with desk.store.write() as session:  # a database from before plans were kept
        session.query(MaintenancePlan).delete()
    deliver(desk, ticket.id, ticket.version)
    with desk.store.write() as session:
        session.query(MaintenancePlan).delete()
    assert sync_product_plans(desk) == 1
    delivered = get_ticket(desk, ticket.id).delivered_at.astimezone(desk.locale.timezone).date()
    assert plans_of_unit(desk, unit.id)[0].next_due == period_end(delivered, 6, desk)
    assert sync_product_plans(desk) == 0, "a unit already planned is left as it is"


def test_a_unit_registered_by_mistake_is_deleted_with_its_untouched_plan(desk):
    from app.services.archive import delete_unit

    unit = serviced_unit(desk, customer(desk), date(2025, 1, 10))
    assert plans_of_unit(desk, unit.id)
    delete_unit(desk, unit.id, unit.version)
    assert plans_of_unit(desk, unit.id) == []


def test_a_unit_whose_due_date_is_unknown_is_not_counted_again_and_again(desk):
    serviced_unit(desk, customer(desk), purchased=None)
    assert sync_product_plans(desk) == 0
