"""The coverage decision: warranty, contract, expired, void or none, on a given day."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.contracts import Contract
from app.domain.coverage import Coverage, CoverageKind, decide_coverage
from app.domain.units import Warranty
from app.locale.calendars import Calendar, from_calendar
from app.locale.display import Locale
from app.services.contracts import ContractInput, cancel_contract, create_contract
from app.services.customers import CustomerInput, create_customer
from app.services.desk import open_desk
from app.services.tickets import TicketInput, get_ticket, open_ticket
from app.services.units import (
    AssetInput,
    create_product,
    lookup_coverage,
    register_asset,
    void_warranty,
)

K = CoverageKind
DAY = timedelta(days=1)


def warranty(start: date, end: date, voided_on: date | None = None, reason: str = "",
             id: int = 1) -> Warranty:
    return Warranty(id=id, kind="standard", start_date=start, end_date=end, voided_on=voided_on, void_reason=reason,
                    rule="", claims_used=0)


def contract(start: date, end: date, number: str = "AMC-1404-001", visits: int | None = None,
             used: int = 0, cancelled_on: date | None = None, id: int = 7) -> Contract:
    return Contract(id=id, number=number, start_date=start, end_date=end, visits_included=visits,
                    visits_used=used, cancelled_on=cancelled_on)


def identity(context: str, text: str) -> str:
    return text


def iso(d: date) -> str:
    return d.isoformat()


W_START, W_END = date(2024, 2, 1), date(2025, 1, 31)


# --- warranties ----------------------------------------------------------------------


@pytest.mark.parametrize("on", [W_START, W_START + DAY, date(2024, 8, 15), W_END - DAY, W_END])
def test_every_day_of_a_warranty_is_covered_both_ends_included(on):
    w = warranty(W_START, W_END, id=3)
    decision = decide_coverage([w], [], on)
    assert decision == Coverage(K.WARRANTY, until=W_END, warranty_id=3, warranty_kind="standard", started=W_START)
    assert decision.covered


def test_the_day_after_a_warranty_it_is_expired_since_its_last_day():
    for on in (W_END + DAY, W_END + timedelta(days=400)):
        decision = decide_coverage([warranty(W_START, W_END)], [], on)
        assert decision.kind is K.EXPIRED
        assert decision.ended_on == W_END
        assert decision.ended_what == "warranty"
        assert not decision.covered


def test_a_voided_warranty_covers_until_the_day_before_it_was_voided():
    voided = date(2024, 9, 10)
    w = warranty(W_START, W_END, voided_on=voided, reason="opened by an unauthorised shop", id=4)

    before = decide_coverage([w], [], voided - DAY)
    assert before.kind is K.WARRANTY and before.until == W_END

    for on in (voided, voided + DAY, W_END):
        decision = decide_coverage([w], [], on)
        assert decision.kind is K.VOID, on
        assert decision.reason == "opened by an unauthorised shop"
        assert decision.warranty_id == 4
        assert not decision.covered

    after = decide_coverage([w], [], W_END + DAY)
    assert after.kind is K.EXPIRED
    assert after.ended_on == W_END


def test_a_warranty_that_starts_in_the_future_is_no_coverage_yet():
    w = warranty(date(2025, 7, 1), date(2026, 6, 30))
    assert decide_coverage([w], [], date(2025, 6, 30)) == Coverage(K.NONE)
    assert decide_coverage([w], [], date(2025, 7, 1)).kind is K.WARRANTY


def test_no_warranty_and_no_contract_is_none():
    assert decide_coverage([], [], date(2025, 6, 15)) == Coverage(K.NONE)


def test_of_two_running_warranties_the_longer_one_is_shown():
    standard = warranty(date(2024, 1, 1), date(2024, 12, 31), id=1)
    extended = warranty(date(2024, 6, 1), date(2026, 5, 31), id=2)
    decision = decide_coverage([standard, extended], [], date(2024, 7, 1))
    assert (decision.kind, decision.until, decision.warranty_id) == (K.WARRANTY, date(2026, 5, 31), 2)


# --- contracts -----------------------------------------------------------------------

C_START, C_END = date(2025, 3, 21), date(2026, 3, 20)


def test_an_active_contract_with_visits_left():
    c = contract(C_START, C_END, visits=4, used=2, id=9)
    decision = decide_coverage([], [c], date(2025, 6, 15))
    assert decision == Coverage(K.CONTRACT, until=C_END, contract_id=9,
                                contract_number="AMC-1404-001", visits_left=2)
    assert decision.covered


def test_a_contract_covers_its_last_day_and_not_the_next():
    c = contract(C_START, C_END, visits=4)
    assert decide_coverage([], [c], C_START).kind is K.CONTRACT
    assert decide_coverage([], [c], C_END).kind is K.CONTRACT
    after = decide_coverage([], [c], C_END + DAY)
    assert after.kind is K.EXPIRED
    assert after.ended_on == C_END
    assert after.ended_what == "contract"


CANCEL_DAY = date(2025, 8, 10)


def test_a_contract_cancelled_mid_period_stops_covering_at_the_cancel_date():
    c = contract(C_START, C_END, cancelled_on=CANCEL_DAY)
    assert decide_coverage([], [c], CANCEL_DAY - DAY).kind is K.CONTRACT
    for on in (CANCEL_DAY + DAY, date(2025, 12, 1), C_END, C_END + DAY):
        decision = decide_coverage([], [c], on)
        assert decision.kind is K.EXPIRED, on
        assert decision.ended_what == "contract"
        assert decision.ended_on == CANCEL_DAY - DAY


def test_on_the_cancel_date_the_contract_no_longer_covers():
    c = contract(C_START, C_END, cancelled_on=CANCEL_DAY)
    decision = decide_coverage([], [c], CANCEL_DAY)
    assert (decision.kind, decision.ended_what) == (K.EXPIRED, "contract")
    assert decision.ended_on == CANCEL_DAY - DAY


def test_a_cancelled_contract_is_never_shown_as_running_past_its_cancel_date():
    c = contract(C_START, C_END, cancelled_on=CANCEL_DAY)
    for offset in range(-5, 6):
        on = CANCEL_DAY + timedelta(days=offset)
        decision = decide_coverage([], [c], on)
        if decision.kind is K.CONTRACT:
            assert decision.until <= CANCEL_DAY, on


def test_a_contract_that_starts_in_the_future_is_no_coverage_yet():
    c = contract(date(2025, 7, 1), date(2026, 6, 30))
    assert decide_coverage([], [c], date(2025, 6, 30)) == Coverage(K.NONE)


# --- precedence ----------------------------------------------------------------------


def test_a_running_warranty_beats_a_running_contract():
    w = warranty(date(2025, 1, 1), date(2025, 12, 31), id=1)
    c = contract(C_START, C_END, visits=4)
    decision = decide_coverage([w], [c], date(2025, 6, 15))
    assert (decision.kind, decision.until, decision.warranty_id) == (K.WARRANTY, date(2025, 12, 31), 1)
    # once the warranty has ended, the contract carries on
    later = decide_coverage([w], [c], date(2026, 1, 1))
    assert (later.kind, later.contract_number, later.until) == (K.CONTRACT, "AMC-1404-001", C_END)


def test_a_running_contract_beats_a_void_warranty():
    w = warranty(date(2025, 1, 1), date(2025, 12, 31), voided_on=date(2025, 5, 1), reason="water damage")
    c = contract(C_START, C_END, visits=None)
    decision = decide_coverage([w], [c], date(2025, 6, 15))
    assert decision.kind is K.CONTRACT
    assert decision.visits_left is None
    # without the contract the same day is void
    assert decide_coverage([w], [], date(2025, 6, 15)).kind is K.VOID


def test_the_most_recent_coverage_that_ran_out_is_reported():
    w = warranty(date(2023, 1, 1), date(2023, 12, 31))
    c = contract(date(2024, 1, 1), date(2024, 12, 31), number="AMC-1402-004")
    decision = decide_coverage([w], [c], date(2025, 6, 15))
    assert (decision.kind, decision.ended_on, decision.ended_what) == (
        K.EXPIRED, date(2024, 12, 31), "contract")


# --- in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        (Coverage(K.WARRANTY, until=date(2025, 1, 31)), "Under warranty until 2025-01-31"),
        (Coverage(K.CONTRACT, until=date(2026, 3, 20), contract_number="AMC-1404-001", visits_left=2),
         "Under contract AMC-1404-001 until 2026-03-20 (visits left: 2)"),
        (Coverage(K.CONTRACT, until=date(2026, 3, 20), contract_number="AMC-1404-001"),
         "Under contract AMC-1404-001 until 2026-03-20"),
        (Coverage(K.EXPIRED, ended_on=date(2025, 1, 31), ended_what="warranty"),
         "Warranty expired on 2025-01-31"),
        (Coverage(K.EXPIRED, ended_on=date(2026, 3, 20), ended_what="contract"),
         "Contract expired on 2026-03-20"),
        (Coverage(K.VOID, reason="water damage"), "Warranty void: water damage"),
        (Coverage(K.NONE), "No warranty or contract"),
    ],
    ids=["warranty", "contract-visits", "contract-unlimited", "expired-warranty",
         "expired-contract", "void", "none"],
)
def test_the_decision_in_words(decision, words):
    assert decision.describe(identity, iso) == words


def test_decisions_from_decide_coverage_read_right():
    w = warranty(W_START, W_END, voided_on=date(2024, 9, 10), reason="water damage")
    c = contract(C_START, C_END, visits=3, used=1)
    said = {
        on: decide_coverage([w], [c], on).describe(identity, iso)
        for on in (date(2024, 9, 9), date(2024, 9, 10), date(2025, 2, 1), date(2025, 6, 15),
                   date(2026, 3, 21))
    }
    assert said == {
        date(2024, 9, 9): "Under warranty until 2025-01-31",
        date(2024, 9, 10): "Warranty void: water damage",
        date(2025, 2, 1): "Warranty expired on 2025-01-31",
        date(2025, 6, 15): "Under contract AMC-1404-001 until 2026-03-20 (visits left: 2)",
        date(2026, 3, 21): "Contract expired on 2026-03-20",
    }


def test_describe_translates_through_the_coverage_context():
    persian = {("Coverage", "Under warranty until {date}"): "گارانتی تا {date}"}
    text = Coverage(K.WARRANTY, until=date(2025, 1, 31)).describe(
        lambda c, t: persian.get((c, t), t), lambda d: "۱۴۰۳/۱۱/۱۲")
    assert text == "گارانتی تا ۱۴۰۳/۱۱/۱۲"


# --- through the services ------------------------------------------------------------


@pytest.fixture
def owner(desk):
    return create_customer(desk, CustomerInput(name="مریم رضایی", mobile="09123334455"))


@pytest.fixture
def fridge(desk):
    return create_product(desk, "Emersun", "RFN-22", "refrigerator", warranty_months=18)


def test_the_issue_example_18_months_from_1402_05_12_ends_on_1403_11_12(desk, owner, fridge):
    purchase = from_calendar(1402, 5, 12, Calendar.JALALI)
    last_day = from_calendar(1403, 11, 12, Calendar.JALALI)
    assert last_day == date(2025, 1, 31)

    unit = register_asset(desk, AssetInput(serial="EM-778812", product_id=fridge.id,
                                           customer_id=owner.id, purchase_date=purchase,
                                           warranty_months=18))
    assert [(w.start_date, w.end_date) for w in unit.warranties] == [(purchase, last_day)]

    on_last_day = lookup_coverage(desk, "EM-778812", on=last_day).coverage
    assert on_last_day.kind is K.WARRANTY and on_last_day.until == last_day
    assert on_last_day.describe(identity, desk.locale.date) == "Under warranty until ۱۴۰۳/۱۱/۱۲"

    next_day = lookup_coverage(desk, "EM-778812", on=last_day + DAY).coverage
    assert (next_day.kind, next_day.ended_on, next_day.ended_what) == (K.EXPIRED, last_day, "warranty")
    assert next_day.describe(identity, desk.locale.date) == "Warranty expired on ۱۴۰۳/۱۱/۱۲"


def test_lookup_of_a_voided_warranty_gives_the_reason(desk, owner, fridge):
    unit = register_asset(desk, AssetInput(serial="EM-1", product_id=fridge.id, customer_id=owner.id,
                                           purchase_date=date(2025, 1, 10), warranty_months=12))
    w = unit.warranties[0]
    void_warranty(desk, w.id, w.version, "seal broken", on=date(2025, 5, 1))

    assert lookup_coverage(desk, "EM-1", on=date(2025, 4, 30)).coverage.kind is K.WARRANTY
    decision = lookup_coverage(desk, "em 1", on=date(2025, 5, 1)).coverage
    assert (decision.kind, decision.reason) == (K.VOID, "seal broken")


def test_lookup_of_a_unit_under_contract(desk, owner, fridge):
    unit = register_asset(desk, AssetInput(serial="EM-2", product_id=fridge.id, customer_id=owner.id,
                                           purchase_date=date(2020, 1, 10), warranty_months=12))
    signed = create_contract(desk, ContractInput(customer_id=owner.id, start_date=C_START,
                                                 end_date=C_END, asset_ids=[unit.id],
                                                 visits_included=4))
    assert signed.number == "AMC-1404-001"

    decision = lookup_coverage(desk, "EM-2", on=date(2025, 6, 15)).coverage
    assert decision == Coverage(K.CONTRACT, until=C_END, contract_id=signed.id,
                                contract_number="AMC-1404-001", visits_left=4)
    before = lookup_coverage(desk, "EM-2", on=C_START - DAY).coverage
    # 12 Jalali months from 1398/10/20 (2020-01-10) end on 1399/10/20 (2021-01-09)
    assert (before.kind, before.ended_on, before.ended_what) == (K.EXPIRED, date(2021, 1, 9), "warranty")
    after = lookup_coverage(desk, "EM-2", on=C_END + DAY).coverage
    assert (after.kind, after.ended_on, after.ended_what) == (K.EXPIRED, C_END, "contract")


def test_lookup_of_a_unit_registered_without_warranty(desk, owner, fridge):
    register_asset(desk, AssetInput(serial="EM-3", product_id=fridge.id, customer_id=owner.id,
                                    purchase_date=date(2025, 1, 10), warranty_months=0))
    decision = lookup_coverage(desk, "EM-3").coverage
    assert decision == Coverage(K.NONE)


def test_after_cancelling_a_contract_todays_intake_is_not_under_it(store):
    today = date(2025, 6, 15)
    desk = open_desk(store, Locale.for_language("fa"))
    desk.today = lambda: today
    owner = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    product = create_product(desk, "Emersun", "RFN-22")
    unit = register_asset(desk, AssetInput(serial="EM-4", product_id=product.id, customer_id=owner.id,
                                           purchase_date=today - timedelta(days=1000),
                                           warranty_months=12))
    signed = create_contract(desk, ContractInput(customer_id=owner.id,
                                                 start_date=today - timedelta(days=30),
                                                 end_date=today + timedelta(days=300),
                                                 asset_ids=[unit.id], visits_included=4))
    assert lookup_coverage(desk, "EM-4").coverage.kind is K.CONTRACT

    cancelled = cancel_contract(desk, signed.id, signed.version, desk.today(), "مشتری نخواست")
    assert cancelled.cancelled
    assert lookup_coverage(desk, "EM-4").coverage.kind is not K.CONTRACT
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, asset_id=unit.id))
    assert get_ticket(desk, ticket.id).contract_id is None


# -- each line by the rule it falls under ---------------------------------------------------------

def test_a_warranty_covers_labour_and_parts_but_not_consumables():
    from app.domain.coverage import LineRule, line_coverage

    standard = decide_coverage([warranty(W_START, W_END)], [], date(2024, 8, 15))
    assert line_coverage(standard, labour=True) == (True, LineRule.WARRANTY)
    assert line_coverage(standard, labour=False, part_id=4) == (True, LineRule.WARRANTY)
    assert line_coverage(standard, labour=False, part_id=5, consumable=True) == (False, LineRule.CONSUMABLE)
    extended = standard._replace(warranty_kind="extended")
    assert line_coverage(extended, labour=False, part_id=4) == (True, LineRule.EXTENDED)


def test_a_contract_covers_labour_and_parts_only_when_it_includes_them():
    from app.domain.coverage import LineRule, line_coverage

    amc = decide_coverage([], [contract(C_START, C_END)], date(2025, 6, 15))
    assert line_coverage(amc, labour=False, part_id=4) == (True, LineRule.CONTRACT)
    labour_only = amc._replace(parts_included=False)
    assert line_coverage(labour_only, labour=True) == (True, LineRule.CONTRACT)
    assert line_coverage(labour_only, labour=False, part_id=4) == (False, LineRule.PARTS_EXCLUDED)
    used_up = decide_coverage([], [contract(C_START, C_END, visits=2, used=2)], date(2025, 6, 15))
    assert line_coverage(used_up, labour=True) == (False, LineRule.CHARGED)


def test_nothing_running_charges_every_line():
    from app.domain.coverage import LineRule, line_coverage

    assert line_coverage(Coverage(K.NONE), labour=True) == (False, LineRule.CHARGED)
    assert line_coverage(Coverage(K.EXPIRED), labour=False, part_id=1) == (False, LineRule.CHARGED)
