"""Warranty cost per model and per part, the parts used, and the estimates answered."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from itertools import count

from app.domain.kinds import Approval, LineKind
from app.domain.parts import Part
from app.domain.tickets import Ticket, TicketLine
from app.domain.units import Asset, Product
from app.locale.calendars import Calendar
from app.reports.kpis.estimates import estimates
from app.reports.kpis.parts_used import parts_used
from app.reports.kpis.warranty_cost import warranty_cost
from app.reports.month import report_month
from app.reports.monthly import monthly_report
from tests.services.helpers import customer

_numbers = count(1)


def at(y: int, m: int, d: int, hour: int = 9) -> datetime:
    return datetime(y, m, d, hour, tzinfo=UTC)


def bare_job(session, owner_id: int, asset_id: int | None = None, coverage: str = "warranty",
             delivered: datetime | None = at(2024, 10, 1), **values) -> Ticket:
    """A job as the database keeps it, written directly: the figures read only these columns."""
    values = {"status": "delivered" if delivered else "received", "opened_at": at(2024, 9, 23)} | values
    ticket = Ticket(number=f"T-{next(_numbers)}", customer_id=owner_id, asset_id=asset_id, coverage=coverage,
                    delivered_at=delivered, fault="نشتی", **values)
    session.add(ticket)
    session.flush()
    return ticket


def line(session, ticket: Ticket, price: str, part: Part | None = None, covered: bool = True,
         quantity: str = "1") -> None:
    session.add(TicketLine(ticket_id=ticket.id, kind=(LineKind.PART if part else LineKind.LABOR).value,
                           part_id=part.id if part else None, quantity=Decimal(quantity),
                           unit_price=Decimal(price), covered=covered))


def catalogue_part(session, n: int) -> Part:
    found = Part(code=f"P-{n:02}", name=f"قطعه {n}", name_norm=f"قطعه {n}", price=Decimal(n))
    session.add(found)
    session.flush()
    return found


def unit_of_model(session, owner_id: int, n: int) -> Asset:
    product = Product(brand="Snowa", model=f"M{n:02}", category="یخچال", search_norm=f"snowa m{n:02}")
    session.add(product)
    session.flush()
    asset = Asset(serial=f"S{n}", serial_norm=f"S{n}", product_id=product.id, customer_id=owner_id)
    session.add(asset)
    session.flush()
    return asset


def mehr(desk, calendar=Calendar.JALALI, year=1403, month=7):
    return report_month(year, month, calendar, desk.locale.timezone)


def test_warranty_cost_lists_the_ten_costliest_models_and_parts_and_the_rest_adds_up(desk):
    owner = customer(desk)
    with desk.store.write() as session:
        parts = [catalogue_part(session, n) for n in range(1, 13)]
        jobs = []
        for n in range(1, 13):  # model n's one job fitted part n at n hundred
            job_n = bare_job(session, owner.id, unit_of_model(session, owner.id, n).id)
            line(session, job_n, str(n * 100), parts[n - 1])
            jobs.append(job_n)
        line(session, jobs[0], "50", parts[1])  # job 1 also fitted part 2
        line(session, jobs[11], "500")  # labour on job 12
        line(session, jobs[11], "70", parts[0], covered=False)  # a consumable, charged
        paid = bare_job(session, owner.id, jobs[11].asset_id, coverage="none")
        line(session, paid, "9000", parts[11], covered=False)
        later = bare_job(session, owner.id, jobs[11].asset_id, delivered=at(2024, 10, 25))  # Aban
        line(session, later, "9000", parts[11])
    with desk.store.read() as session:
        found = warranty_cost(session, mehr(desk))
    assert (found.jobs, found.cost) == (12, Decimal("8350.00"))
    assert [(r.name, r.jobs, r.cost) for r in found.by_product[:2]] == [
        ("Snowa M12", 1, Decimal("1700.00")), ("Snowa M11", 1, Decimal("1100.00"))]
    assert len(found.by_product) == 10 and found.by_product[-1].name == "Snowa M03"
    assert (found.other_products.jobs, found.other_products.cost) == (2, Decimal("350.00"))
    assert [(r.name, r.jobs, r.cost) for r in found.by_part[:2]] == [
        ("قطعه 12 (P-12)", 1, Decimal("1200.00")), ("قطعه 11 (P-11)", 1, Decimal("1100.00"))]
    # Parts 2 (two jobs) and 1 are the rest; job 1 had both and is counted once.
    assert (found.other_parts.jobs, found.other_parts.cost) == (2, Decimal("350.00"))
    assert (found.work.jobs, found.work.cost) == (1, Decimal("500.00"))
    parts_total = sum(r.cost for r in found.by_part) + found.other_parts.cost + found.work.cost
    assert parts_total == found.cost == sum(r.cost for r in found.by_product) + found.other_products.cost


def test_a_month_without_warranty_work_has_no_rows_and_no_chart(desk):
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    costs = report.section("costs")
    assert costs.figures[1].values == (Decimal("0.00"),) * 3
    assert all(table.rows == () for table in costs.tables) and costs.charts == ()
    assert costs.figures[7].values == (None, None, None)  # no estimate answered: no share


def test_parts_used_by_quantity_and_by_worth_with_covered_and_charged_apart(desk):
    owner = customer(desk)
    with desk.store.write() as session:
        x, y, z = (catalogue_part(session, n) for n in (1, 2, 3))
        under_warranty = bare_job(session, owner.id)
        paid = bare_job(session, owner.id, coverage="none")
        line(session, under_warranty, "100", x, quantity="2")
        line(session, paid, "100", x, covered=False)
        line(session, paid, "1000", y, covered=False)
        line(session, paid, "10", z, covered=False, quantity="1.5")
        line(session, paid, "400", covered=False)  # labour: no part
        cancelled = bare_job(session, owner.id, delivered=None, status="cancelled")
        line(session, cancelled, "5000", y, covered=False)
    with desk.store.read() as session:
        found = parts_used(session, mehr(desk))
    assert (found.lines, found.quantity, found.covered, found.charged) == (
        4, Decimal("5.50"), Decimal("200.00"), Decimal("1115.00"))
    assert [(u.name, u.quantity, u.covered, u.charged) for u in found.by_quantity] == [
        ("قطعه 1 (P-01)", Decimal("3.00"), Decimal("200.00"), Decimal("100.00")),
        ("قطعه 3 (P-03)", Decimal("1.50"), Decimal("0.00"), Decimal("15.00")),
        ("قطعه 2 (P-02)", Decimal("1.00"), Decimal("0.00"), Decimal("1000.00"))]
    assert [u.name for u in found.by_cost] == ["قطعه 2 (P-02)", "قطعه 1 (P-01)", "قطعه 3 (P-03)"]
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    used_most = next(t for t in report.section("costs").tables if t.title == "Parts used most")
    assert [row[1] for row in used_most.rows] == [3, Decimal("1.50"), 1]  # whole quantities as counts


def test_an_estimate_approved_in_one_month_and_one_declined_in_the_next(desk):
    owner = customer(desk)
    with desk.store.write() as session:
        bare_job(session, owner.id, delivered=None, estimate=Decimal("1000000"),
                 approval=Approval.APPROVED.value, approval_at=at(2024, 10, 1))
        bare_job(session, owner.id, delivered=None, approval=Approval.APPROVED.value,
                 approval_at=at(2024, 10, 2))  # answered, but no estimate was written
        bare_job(session, owner.id, delivered=None, estimate=Decimal("500000"),
                 approval=Approval.DECLINED.value, approval_at=at(2024, 10, 30))  # Aban
        bare_job(session, owner.id, delivered=None, estimate=Decimal("700000"))  # waiting for an answer
    with desk.store.read() as session:
        in_mehr = estimates(session, mehr(desk))
        in_aban = estimates(session, mehr(desk, month=8))
        in_azar = estimates(session, mehr(desk, month=9))
    assert (in_mehr.approved, in_mehr.declined, in_mehr.approved_amount, in_mehr.without_amount) == (
        2, 0, Decimal("1000000.00"), 1)
    assert str(in_mehr.approved_share) == "100.0"
    assert (in_aban.approved, in_aban.declined, in_aban.declined_amount) == (0, 1, Decimal("500000.00"))
    assert str(in_aban.approved_share) == "0.0"
    assert in_azar.approved_share is None


def test_answers_at_the_end_of_esfand_1403_and_of_a_hijri_month(desk, desk_ar):
    owner = customer(desk)
    with desk.store.write() as session:
        for moment in (at(2025, 3, 20, 15), at(2025, 3, 20, 21)):  # 18:30 on 30 Esfand; 00:30 on 1 Farvardin
            bare_job(session, owner.id, delivered=None, estimate=Decimal("100"),
                     approval=Approval.APPROVED.value, approval_at=moment)
        for moment in (at(2025, 2, 28, 20), at(2025, 2, 28, 21)):  # 23:00 on 29 Sha'ban; 00:00 on 1 Ramadan
            bare_job(session, owner.id, delivered=None, estimate=Decimal("100"),
                     approval=Approval.DECLINED.value, approval_at=moment)
    with desk.store.read() as session:
        esfand = estimates(session, mehr(desk, year=1403, month=12))
        farvardin = estimates(session, mehr(desk, year=1404, month=1))
        shaban = estimates(session, mehr(desk_ar, Calendar.HIJRI, 1446, 8))
        ramadan = estimates(session, mehr(desk_ar, Calendar.HIJRI, 1446, 9))
    assert (esfand.approved, farvardin.approved) == (1, 1)
    assert (shaban.declined, ramadan.declined) == (1, 1)
