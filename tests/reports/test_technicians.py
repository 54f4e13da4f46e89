"""Per technician: jobs handed back, median workshop hours to ready, rework."""
from __future__ import annotations

from decimal import Decimal

from app.domain.kinds import Role
from app.domain.people import User
from app.domain.workflow import TicketStatus as S
from app.locale.calendars import Calendar
from app.reports.kpis.technicians import TechnicianMonth, technicians
from app.reports.monthly import monthly_report
from tests.reports.test_turnaround import TEHRAN, UNDO, job, mehr, tehran, workshop
from tests.services.helpers import customer


def technician(desk, name: str) -> int:
    with desk.store.write() as session:
        person = User(username=name.split()[0].lower(), full_name=name, role=Role.TECHNICIAN.value)
        session.add(person)
        session.flush()
        return person.id


def quick(desk, owner, day: int, ready_after: int, *more, **fields):
    """Received on `day` October 2024 (a Saturday to Wednesday) at 09:00, ready `ready_after`
    working hours later the same day, handed back at 18:00."""
    received = tehran(2024, 10, day, 9)
    return job(desk, owner, received, (tehran(2024, 10, day, 9 + ready_after), S.READY),
               (tehran(2024, 10, day, 18), S.DELIVERED), *more, **fields)


def test_each_technicians_month_with_the_unassigned_jobs_last(desk):
    owner = customer(desk)
    reza, sara = technician(desk, "Reza Karimi"), technician(desk, "Sara Ahmadi")
    for day, hours in ((5, 2), (6, 3), (7, 7)):
        quick(desk, owner, day, hours, assignee_id=reza)
    # handed back on the 8th and reopened the next day: still handed back in Mehr, and one rework
    quick(desk, owner, 8, 4, (tehran(2024, 10, 9, 10), S.REOPENED), assignee_id=sara)
    quick(desk, owner, 12, 1, (tehran(2024, 10, 13, 10), S.REOPENED), (tehran(2024, 10, 13, 10, 5), UNDO),
          assignee_id=sara)  # a reopening taken back
    quick(desk, owner, 14, 5)
    with desk.store.read() as session:
        rows = technicians(session, mehr(desk), workshop(), TEHRAN)
    assert rows == [TechnicianMonth(reza, "Reza Karimi", 3, Decimal("3.0"), 0),
                    TechnicianMonth(sara, "Sara Ahmadi", 2, Decimal("2.5"), 1),
                    TechnicianMonth(None, "", 1, Decimal("5.0"), 0)]


def test_the_technicians_table_of_the_report(desk):
    owner = customer(desk)
    reza = technician(desk, "Reza Karimi")
    quick(desk, owner, 5, 2, assignee_id=reza)
    quick(desk, owner, 6, 4)
    (table,) = monthly_report(desk, 1403, 7, Calendar.JALALI).section("technicians").tables
    assert table.rows[0] == ("Reza Karimi", 1, Decimal("2.0"), 0)
    name, *figures = table.rows[1]
    assert (name.text, figures) == ("No technician", [1, Decimal("4.0"), 0])


def test_a_month_without_jobs_has_no_technician_rows(desk):
    technician(desk, "Reza Karimi")
    with desk.store.read() as session:
        assert technicians(session, mehr(desk), workshop(), TEHRAN) == []
