"""What ends in the month after the report's: the month after, warranties and contracts."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.domain.contracts import Contract
from app.domain.kinds import WarrantyKind
from app.domain.units import Warranty
from app.locale.calendars import Calendar
from app.reports.kpis.ending import ending
from app.reports.month import report_month
from app.reports.monthly import monthly_report
from tests.services.helpers import customer, unit

TEHRAN, RIYADH = ZoneInfo("Asia/Tehran"), ZoneInfo("Asia/Riyadh")


def test_the_month_after_esfand_is_farvardin_of_the_next_year():
    esfand = report_month(1403, 12, Calendar.JALALI, TEHRAN)
    farvardin = esfand.following(TEHRAN)
    assert (farvardin.year, farvardin.month) == (1404, 1)
    assert (esfand.last_day, farvardin.first_day, farvardin.last_day) == (
        date(2025, 3, 20), date(2025, 3, 21), date(2025, 4, 20))
    assert farvardin.starts == esfand.ends


def test_the_month_after_dhu_al_hijjah_and_after_december():
    dhu_al_hijjah = report_month(1446, 12, Calendar.HIJRI, RIYADH)
    muharram = dhu_al_hijjah.following(RIYADH)
    assert (muharram.year, muharram.month, muharram.starts) == (1447, 1, dhu_al_hijjah.ends)
    assert muharram.first_day == dhu_al_hijjah.last_day.fromordinal(dhu_al_hijjah.last_day.toordinal() + 1)
    january = report_month(2024, 12, Calendar.GREGORIAN, TEHRAN).following(TEHRAN)
    assert (january.year, january.month, january.first_day) == (2025, 1, date(2025, 1, 1))


def contract(session, owner_id: int, number: str, end: date, **values) -> Contract:
    row = Contract(number=number, customer_id=owner_id, start_date=date(2023, 11, 1), end_date=end,
                   price=Decimal("12000000"), **values)
    session.add(row)
    session.flush()
    return row


def test_warranties_and_contracts_ending_next_month_leave_out_the_void_the_drafts_and_the_cancelled(desk):
    owner = customer(desk, name="مریم احمدی")
    asset = unit(desk, owner, months=0)  # no warranty of its own: only those written here
    aban = report_month(1403, 8, Calendar.JALALI, desk.locale.timezone)  # 2024-10-22 … 2024-11-20
    with desk.store.write() as session:
        for kind, end, voided in ((WarrantyKind.STANDARD, date(2024, 10, 22), None),
                                  (WarrantyKind.EXTENDED, date(2024, 11, 20), None),
                                  (WarrantyKind.STANDARD, date(2024, 11, 1), date(2024, 6, 1)),  # void
                                  (WarrantyKind.STANDARD, date(2024, 10, 21), None),  # ends in Mehr
                                  (WarrantyKind.STANDARD, date(2024, 11, 21), None)):  # ends in Azar
            session.add(Warranty(asset_id=asset.id, kind=kind.value, start_date=date(2022, 11, 1), end_date=end,
                                 voided_on=voided))
        renewed = contract(session, owner.id, "AMC-1", date(2024, 11, 5))
        contract(session, owner.id, "AMC-1R", date(2025, 11, 5), renewal_of_id=renewed.id)
        contract(session, owner.id, "AMC-2", date(2024, 10, 30), cancelled_on=date(2024, 12, 1))  # after its end
        contract(session, owner.id, "AMC-3", date(2024, 11, 10), draft=True)
        contract(session, owner.id, "AMC-4", date(2024, 11, 12), cancelled_on=date(2024, 8, 1))
        contract(session, owner.id, "AMC-5", date(2024, 11, 21))  # Azar
    with desk.store.read() as session:
        found = ending(session, aban)
    assert found.warranties == {WarrantyKind.STANDARD: 1, WarrantyKind.EXTENDED: 1, WarrantyKind.REPAIR: 0}
    assert [(c.number, c.customer, c.end_date, c.renewed) for c in found.contracts] == [
        ("AMC-2", "مریم احمدی", date(2024, 10, 30), False), ("AMC-1", "مریم احمدی", date(2024, 11, 5), True)]
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)  # Mehr: what ends in Aban
    section = report.section("ending")
    assert [f.values[0] for f in section.figures] == [1, 1, 0, 2, 1]
    assert [row[0] for row in section.tables[0].rows] == ["AMC-2", "AMC-1"]
    assert section.tables[0].rows[0][3] == Decimal("12000000.00")
    assert section.figures[3].values[1:] == (0, 0)  # nothing ends in Mehr 1403 nor in Aban 1402


def test_nothing_ending_is_an_empty_list(desk):
    section = monthly_report(desk, 1403, 12, Calendar.JALALI).section("ending")
    assert all(f.values == (0, 0, 0) for f in section.figures) and section.tables[0].rows == ()
