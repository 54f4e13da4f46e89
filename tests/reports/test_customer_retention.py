"""Customers retained and lost, and the lifetime value of the best of them."""
from __future__ import annotations

from decimal import Decimal

from app.domain.resolutions import Refund
from app.domain.tickets import Payment
from app.locale.calendars import Calendar
from app.reports.kpis.customers import lifetime_values, retention
from app.reports.month import report_month
from app.reports.monthly import monthly_report
from tests.reports.test_costs import at, bare_job
from tests.services.helpers import customer

# Mehr 1403 ends at midnight of 21/22 October 2024 in Tehran: its last year began on 1 Aban
# 1402 (23 October 2023), the year before that on 1 Aban 1401 (23 October 2022).


def people(desk, count: int):
    return [customer(desk, name=f"مشتری {n:02}", mobile=f"0912100{n:04}") for n in range(count)]


def jobs_on(desk, *rows):
    with desk.store.write() as session:
        for owner, opened, values in rows:
            bare_job(session, owner.id, delivered=None, opened_at=opened, **values)


def test_retained_lost_and_a_customer_lost_exactly_at_twelve_months(desk):
    a, b, c, d, e, f = people(desk, 6)
    jobs_on(desk,
            (a, at(2023, 5, 1), {}), (a, at(2024, 5, 1), {}),  # both years: retained
            (b, at(2023, 10, 20), {}),  # Mehr 1402 only: twelve months without a return by Mehr 1403's end
            (c, at(2024, 6, 1), {}),  # new this year: neither
            (d, at(2022, 1, 1), {}),  # before both years: neither
            (e, at(2023, 1, 1), {}), (e, at(2024, 11, 1), {}),  # back in Aban 1403, after the month
            (f, at(2023, 2, 1), {}), (f, at(2024, 9, 30), {"status": "cancelled"}))  # came, then cancelled
    zone = desk.locale.timezone
    with desk.store.read() as session:
        mehr, shahrivar = retention(session, [report_month(1403, 7, Calendar.JALALI, zone),
                                              report_month(1403, 6, Calendar.JALALI, zone)], zone)
    assert (mehr.retained, mehr.lost, str(mehr.retained_share)) == (2, 2, "50.0")
    # A month earlier b's job of Mehr 1402 was still inside the last twelve months (b not lost),
    # and f's cancelled job of Mehr 1403 had not come yet (f lost, with e).
    assert (shahrivar.retained, shahrivar.lost) == (1, 2)


def test_an_empty_database_has_no_retention_share(desk):
    zone = desk.locale.timezone
    with desk.store.read() as session:
        (found,) = retention(session, [report_month(1403, 7, Calendar.JALALI, zone)], zone)
        best = lifetime_values(session, report_month(1403, 7, Calendar.JALALI, zone))
    assert (found.retained, found.lost, found.retained_share, best) == (0, 0, None, ())


def pay(session, ticket, amount: str, moment):
    session.add(Payment(ticket_id=ticket.id, amount=Decimal(amount), currency="IRR", paid_at=moment))


def test_lifetime_value_counts_undated_payments_and_takes_off_refunds_up_to_the_months_end(desk):
    owners = people(desk, 12)
    with desk.store.write() as session:
        for n, owner in enumerate(owners[1:], start=1):  # eleven customers paying n hundred
            pay(session, bare_job(session, owner.id, opened_at=at(2024, 1, 1)), str(n * 100), at(2024, 1, 2))
        best = owners[0]
        first = bare_job(session, best.id, opened_at=at(2023, 3, 1))
        second = bare_job(session, best.id, opened_at=at(2024, 9, 23))
        after = bare_job(session, best.id, opened_at=at(2024, 10, 25))  # received in Aban
        pay(session, first, "5000", at(2023, 3, 2))
        pay(session, second, "1000", None)  # a legacy sheet's amount: day not known
        pay(session, after, "700", None)  # undated, but its job came after the month
        pay(session, second, "900", at(2024, 10, 25))  # paid in Aban
        session.add(Refund(ticket_id=first.id, amount=Decimal("2000"), currency="IRR", method="cash",
                           at=at(2024, 10, 5)))
        session.add(Refund(ticket_id=second.id, amount=Decimal("300"), currency="IRR", method="cash",
                           at=at(2024, 11, 1)))  # given back in Aban
    with desk.store.read() as session:
        found = lifetime_values(session, report_month(1403, 7, Calendar.JALALI, desk.locale.timezone))
    assert len(found) == 10
    top = found[0]
    assert (top.name, top.jobs, top.paid, top.refunded, top.value) == (
        "مشتری 00", 2, Decimal("6000.00"), Decimal("2000.00"), Decimal("4000.00"))
    assert [v.value for v in found[1:]] == [Decimal(n * 100) for n in range(11, 2, -1)]
    assert found[1].refunded == Decimal("0.00") and found[1].jobs == 1
    table = monthly_report(desk, 1403, 7, Calendar.JALALI).section("customers").tables[0]
    assert table.rows[0] == ("مشتری 00", 2, Decimal("6000.00"), Decimal("2000.00"), Decimal("4000.00"))
