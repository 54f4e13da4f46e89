from __future__ import annotations

from datetime import date

from app.domain.kinds import Priority, TicketKind
from app.services.listing import CONTRACTS, CUSTOMERS, TICKETS, WARRANTIES, Period
from app.services.tickets import TicketInput, assign_ticket, open_ticket
from tests.services.helpers import customer, unit


def test_the_tickets_list_filters_by_name_mobile_serial_and_number(desk):
    arabic_typed = customer(desk, name="علي كاظمي", mobile="09125550000")
    other = customer(desk, name="سارا رحیمی", mobile="09351112233")
    device = unit(desk, arabic_typed, serial="LG-7788")
    mine = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=arabic_typed.id, asset_id=device.id))
    open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=other.id))
    for typed in ("کاظمی", "علی", "۰۹۱۲۵۵۵", "lg7788", "LG-7788", mine.number):
        assert [t.number for t in TICKETS.page(desk, typed)] == [mine.number], typed
        assert TICKETS.count(desk, typed) == 1
    assert TICKETS.count(desk, "") == 2


def test_wildcards_typed_by_a_clerk_are_taken_literally(desk):
    customer(desk, name="رضا")
    assert CUSTOMERS.page(desk, "%") == []
    assert CUSTOMERS.page(desk, "_") == []


def test_pages_do_not_overlap(desk):
    for i in range(7):
        customer(desk, name=f"مشتری {i}", mobile=f"0912000000{i}")
    first, second = CUSTOMERS.page(desk, "", 0, 4), CUSTOMERS.page(desk, "", 4, 4)
    assert len(first) == 4 and len(second) == 3
    assert not {r.id for r in first} & {r.id for r in second}


def test_warranties_running_out_soonest_come_first(desk):
    owner = customer(desk)
    unit(desk, owner, serial="OLD-1", purchased=date(2020, 1, 1), months=12)
    unit(desk, owner, serial="LATE-1", purchased=date(2025, 1, 1), months=36)
    unit(desk, owner, serial="SOON-1", purchased=date(2024, 9, 1), months=12)
    assert [w.serial for w in WARRANTIES.page(desk, filters={"period": Period.ACTIVE})] == ["SOON-1", "LATE-1"]
    assert [w.serial for w in WARRANTIES.page(desk)] == ["OLD-1", "SOON-1", "LATE-1"]
    assert CONTRACTS.count(desk) == 0


def test_tickets_filter_by_status_technician_dates_and_overdue(desk):
    from datetime import timedelta

    from app.domain.workflow import TicketStatus as S
    from app.services.tickets import assign_ticket, move_ticket
    from tests.conftest import TODAY

    owner = customer(desk)
    late = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, promised_date=TODAY))
    ready = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, promised_date=TODAY))
    for status in (S.IN_REPAIR, S.READY):
        ready = move_ticket(desk, ready.id, ready.version, status)
    assign_ticket(desk, late.id, late.version, desk.actor.id)
    desk.today = lambda: TODAY + timedelta(days=2)
    assert [t.number for t in TICKETS.page(desk, filters={"overdue": True})] == [late.number]
    assert [t.overdue for t in TICKETS.page(desk)] == [False, True]
    assert [t.number for t in TICKETS.page(desk, filters={"status": [S.READY]})] == [ready.number]
    assert TICKETS.count(desk, filters={"assignee": desk.actor.id}) == 1
    opened_on = late.opened_at.astimezone(desk.locale.timezone).date()
    assert TICKETS.count(desk, filters={"opened_from": opened_on + timedelta(days=1)}) == 0
    assert TICKETS.count(desk, filters={"opened_from": opened_on, "opened_to": opened_on}) == 2
    assert TICKETS.count(desk, filters={"opened_to": opened_on - timedelta(days=1)}) == 0


def test_tickets_sort_by_customer_name_both_ways(desk):
    for name, mobile in (("بهرام", "09121111111"), ("آرش", "09122222222"), ("کاوه", "09123333333")):
        open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer(desk, name=name, mobile=mobile).id))
    ascending = [t.customer_name for t in TICKETS.page(desk, sort="customer")]
    assert ascending == ["آرش", "بهرام", "کاوه"]
    assert [t.customer_name for t in TICKETS.page(desk, sort="customer", descending=True)] == ascending[::-1]


def test_warranty_and_contract_periods(desk):
    from app.services.contracts import ContractInput, create_contract
    from app.services.listing import Period

    owner = customer(desk)
    soon = unit(desk, owner, serial="SOON-1", purchased=date(2024, 7, 1), months=12)
    unit(desk, owner, serial="LATE-1", purchased=date(2025, 1, 1), months=36)
    unit(desk, owner, serial="OLD-1", purchased=date(2020, 1, 1), months=12)
    assert [w.serial for w in WARRANTIES.page(desk, filters={"period": Period.EXPIRING})] == ["SOON-1"]
    assert [w.period for w in WARRANTIES.page(desk)] == [Period.EXPIRED, Period.EXPIRING, Period.ACTIVE]
    assert [w.serial for w in WARRANTIES.page(desk, filters={"period": Period.EXPIRED})] == ["OLD-1"]
    create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2024, 7, 1),
                                        end_date=date(2025, 7, 1), asset_ids=[soon.id]))
    assert [c.period for c in CONTRACTS.page(desk)] == [Period.EXPIRING]
    assert CONTRACTS.count(desk, filters={"period": Period.EXPIRED}) == 0


def test_followups_due_first(desk):
    from datetime import timedelta

    from app.domain.workflow import TicketStatus as S
    from app.services.listing import FOLLOWUPS, FollowUpState
    from app.services.tickets import move_ticket
    from tests.conftest import TODAY

    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    assert FOLLOWUPS.count(desk, filters={"state": FollowUpState.DUE}) == 0
    desk.today = lambda: TODAY + timedelta(days=5)
    (row,) = FOLLOWUPS.page(desk, filters={"state": FollowUpState.DUE})
    assert (row.ticket_number, row.overdue, row.done) == (ticket.number, True, False)


def test_a_mobile_pasted_with_the_country_code_and_no_plus_finds_its_customer(desk):
    """Trap 11: 989121234567 and 966512345678, as WhatsApp copies them, found nothing."""
    mine = customer(desk, name="رضا احمدی", mobile="09121234567")
    customer(desk, name="سارا رحیمی", mobile="09351112233")
    open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=mine.id))
    for typed in ("989121234567", "۹۸۹۱۲۱۲۳۴۵۶۷", "98 912 123 4567", "+989121234567", "00989121234567"):
        assert [c.id for c in CUSTOMERS.page(desk, typed)] == [mine.id], typed
        assert TICKETS.count(desk, typed) == 1, typed
    assert CUSTOMERS.page(desk, "9891212") == [], "a fragment is not read as a country code"


def test_a_saudi_mobile_with_966_and_no_plus_finds_its_customer(desk_ar):
    mine = customer(desk_ar, name="خالد العتيبي", mobile="0512345678")
    assert [c.id for c in CUSTOMERS.page(desk_ar, "966512345678")] == [mine.id]
    assert [c.id for c in CUSTOMERS.page(desk_ar, "٩٦٦٥١٢٣٤٥٦٧٨")] == [mine.id]


def test_the_intake_search_reads_the_country_code_too(desk):
    from app.services.customers import find_customers

    mine = customer(desk, name="رضا احمدی", mobile="09121234567")
    assert [c.id for c in find_customers(desk, "989121234567")] == [mine.id]


def test_tickets_filter_by_kind_priority_coverage_and_my_jobs(desk):
    owner = customer(desk)
    covered = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit(desk, owner).id, fault="صدا",
                                            priority=Priority.URGENT))
    paid = open_ticket(desk, TicketInput(customer_id=owner.id, fault="نشتی", kind=TicketKind.COMPLAINT))
    assign_ticket(desk, paid.id, paid.version, desk.actor.id)

    def numbers(**filters) -> set[str]:
        return {row.number for row in TICKETS.page(desk, "", 0, 50, filters=filters)}

    assert numbers(priority="urgent") == {covered.number}
    assert numbers(kind="complaint") == {paid.number}
    assert numbers(coverage="warranty") == {covered.number}
    assert numbers(coverage="paid") == {paid.number}
    assert numbers(coverage="contract") == set()
    assert numbers(mine=True) == {paid.number}
    assert numbers(mine=None) == {covered.number, paid.number}
    [row] = [r for r in TICKETS.page(desk, "", 0, 50) if r.id == covered.id]
    assert (row.priority, row.kind) == ("urgent", "repair")
