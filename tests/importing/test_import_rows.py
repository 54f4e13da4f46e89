"""Importing a hand-kept Persian log written by the test: every row accounted for."""
from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.domain.people import Customer
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import TicketStatus
from app.i18n import Catalogue
from app.importing import Outcome, import_workbook, summary_lines, write_errors
from app.locale.calendars import Calendar, from_calendar


def by_row(report):
    return {r.row: r for r in report.results}


def counts(desk):
    with desk.store.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Customer, Asset, Ticket, TicketLine))


def test_every_row_ends_imported_merged_skipped_or_rejected(desk, legacy_fa):
    report = import_workbook(desk, legacy_fa)
    rows = by_row(report)
    assert report.rows_read == 11
    assert sum(report.count(o) for o in Outcome) == report.rows_read == len(report.results)
    assert [rows[i].outcome for i in range(1, 12)] == [
        Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED,
        Outcome.IMPORTED, Outcome.IMPORTED, Outcome.IMPORTED,
        Outcome.SKIPPED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.SKIPPED,
    ]
    why = {i: rows[i].message(lambda c, t: t) for i in rows}
    assert "title" in why[1] and "blank" in why[2] and "header" in why[3]
    assert "blank" in why[7] and "total" in why[11]
    assert report.created == {"customers": 2, "units": 3, "tickets": 3}


def test_rejected_rows_name_the_column_and_the_reason(desk, legacy_fa):
    rows = by_row(import_workbook(desk, legacy_fa))
    assert rows[8].column.startswith("C (") and "12345" in rows[8].message(lambda c, t: t)
    assert rows[9].column.startswith("G (") and "1402/13/40" in rows[9].message(lambda c, t: t)
    assert rows[10].column.startswith("K (") and "گم شده در انبار" in rows[10].message(lambda c, t: t)
    assert all(r.sheet == "پذیرش ۱۴۰۲" for r in rows.values())


def test_values_go_through_the_locale_rules(desk, legacy_fa):
    import_workbook(desk, legacy_fa)
    with desk.store.read() as s:
        ali = s.scalars(select(Customer).where(Customer.mobile == "+989121234567")).one()
        # Typed on an Arabic layout: a Persian desk stores the Persian letters (trap 9); the search fold is the same.
        assert ali.name == "علی کریمی" and ali.name_norm == "علیکریمی"
        sara = s.scalars(select(Customer).where(Customer.mobile == "+989351234567")).one()
        unit = s.scalars(select(Asset).where(Asset.serial_norm == "SN100")).one()
        assert unit.customer_id == ali.id
        assert unit.purchase_date == from_calendar(1401, 5, 12, Calendar.JALALI)
        warranty = s.scalars(select(Warranty).where(Warranty.asset_id == unit.id)).one()
        assert warranty.end_date == from_calendar(1402, 11, 12, Calendar.JALALI)
        second = s.scalars(select(Asset).where(Asset.serial_norm == "SN101")).one()
        assert second.customer_id == ali.id  # the same mobile in Persian digits: one customer
        tickets = {t.asset_id: t for t in s.scalars(select(Ticket))}
        t1, t2, t3 = tickets[unit.id], tickets[s.scalars(select(Asset.id).where(Asset.serial_norm == "SN200")).one()], \
            tickets[second.id]
        # still open in a sheet of 1402: not in the workshop today, so closed as imported
        assert (t1.status, t2.status, t3.status) == (TicketStatus.DELIVERED, TicketStatus.CLOSED,
                                                      TicketStatus.CLOSED)
        t2_history = [e.text for e in s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == t2.id)
                                                .order_by(TicketEvent.id))]
        assert "در حال تعمیر" in t2_history[0] and "Closed (imported)" in t2_history[1]
        assert t2.customer_id == sara.id
        assert t1.opened_at.date() == from_calendar(1402, 5, 12, Calendar.JALALI)
        assert t1.number.startswith("1402-")
        lines = {ln.ticket_id: ln.unit_price for ln in s.scalars(select(TicketLine))}
        assert lines == {t1.id: Decimal("730000"), t2.id: Decimal("450000")}  # toman → rial
        event = s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == t1.id)).one()
        assert "تحویل شده" in event.text and "توضیحات انبار: قفسه ۲" in event.text  # nothing dropped


def test_reimporting_the_same_file_creates_nothing(desk, legacy_fa):
    first = import_workbook(desk, legacy_fa)
    before = counts(desk)
    again = import_workbook(desk, legacy_fa)
    assert counts(desk) == before
    assert sum(again.created.values()) == 0
    assert again.count(Outcome.IMPORTED) == 0
    assert again.count(Outcome.MERGED) == first.count(Outcome.IMPORTED) == 3
    assert again.count(Outcome.REJECTED) == 3 and again.count(Outcome.SKIPPED) == 5
    assert all("already present" in r.message(lambda c, t: t) for r in again.results if r.outcome is Outcome.MERGED)


def test_dry_run_writes_nothing_but_reports_the_same(desk, legacy_fa):
    before = counts(desk)
    dry = import_workbook(desk, legacy_fa, dry_run=True)
    assert counts(desk) == before
    assert dry.count(Outcome.IMPORTED) == 3 and dry.backup is None
    assert "Dry run" in summary_lines(dry, Catalogue().translate, desk.locale)[-1]


def test_the_import_is_all_or_nothing(desk, legacy_fa, monkeypatch):
    from app.importing import run

    monkeypatch.setattr(run, "BATCH", 1)  # the first rows are written before the failure
    calls = []
    original = run._Importer._tickets

    def failing(self, *args):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args)

    monkeypatch.setattr(run._Importer, "_tickets", failing)
    before = counts(desk)
    with pytest.raises(RuntimeError):
        import_workbook(desk, legacy_fa)
    assert len(calls) == 2 and counts(desk) == before


def test_errors_workbook_has_the_original_cells_and_the_reason(desk, legacy_fa, tmp_path):
    report = import_workbook(desk, legacy_fa, dry_run=True)
    out = tmp_path / "errors.xlsx"
    assert write_errors(report, out, lambda c, t: t) == 3
    sheet = load_workbook(out).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Sheet", "Row", "Column", "Reason") and rows[0][4:7] == ("ردیف", "نام مشتري", "شماره همراه")
    assert [r[1] for r in rows[1:]] == [8, 9, 10]
    assert rows[1][4:7] == (4, "رضا بد", "12345") and "12345" in rows[1][3]


def test_summary_counts_add_up(desk, legacy_fa):
    lines = summary_lines(import_workbook(desk, legacy_fa), Catalogue().translate, desk.locale)
    assert lines[0].endswith("۱۱ rows read from one sheet.")
    assert "Imported: ۳." in lines[1] and "Skipped as not data: ۵." in lines[1] and "Rejected: ۳." in lines[1]
    assert sum("Rejected: sheet" in line for line in lines) == 3


def test_real_import_backs_up_the_database_first(desk, legacy_fa, db_path):
    report = import_workbook(desk, legacy_fa)
    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == db_path.parent / "backups"


def test_without_a_mobile_customers_match_by_name_and_totals_need_no_serial(desk, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "names.xlsx", {"Sheet1": [
        ["Customer", "Serial", "Fault", "Status", "Comment", "Date"],
        ["علي كريمي", "A-1", "no power", "delivered", "paid cash", "1404/02/01"],
        ["علی کریمی", "A-2", "noisy", "ready", None, "1404/02/02"],
        ["Total", "A-3", "broken", "closed", None, "1404/02/03"],  # names a serial: data, not a total row
        ["Total", None, None, None, None, None],
    ], "Notes": [["just some notes"], ["nothing to import"]]})
    report = import_workbook(desk, path)
    assert [r.outcome for r in report.results] == [Outcome.SKIPPED, Outcome.IMPORTED, Outcome.IMPORTED,
                                                   Outcome.IMPORTED, Outcome.SKIPPED, Outcome.SKIPPED,
                                                   Outcome.SKIPPED]
    assert "no recognisable header" in report.results[-1].message(lambda c, t: t)
    assert report.created["customers"] == 2  # علي كريمي and علی کریمی are one customer; "Total" another
    with desk.store.read() as s:
        text = s.scalars(select(TicketEvent.text).order_by(TicketEvent.id)).first()
        assert "Comment: paid cash" in text


def test_a_unit_already_recorded_for_another_customer_is_said_and_kept(desk, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "owners.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial", "Fault", "Date"],
        ["Reza Amini", "09121111111", "SN-9", "no power", "1404/02/01"],
        ["Sara Nouri", "09122222222", "SN-9", "noisy", "1404/02/05"],  # the same unit brought in by someone else
    ]})
    report = import_workbook(desk, path)
    second = by_row(report)[3]
    assert second.outcome is Outcome.IMPORTED  # her customer record and the ticket are new
    assert "existing unit SN-9, recorded for another customer (Reza Amini)" in second.message(lambda c, t: t)
    with desk.store.read() as s:
        owner = s.scalar(select(Customer.name).join(Asset, Asset.customer_id == Customer.id))
        assert owner == "Reza Amini"


def test_a_customer_alone_is_imported_and_cells_of_other_columns_are_kept_in_notes(desk, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "extras.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial", "Shelf", None],
        ["Reza Amini", "09121111111", "SN-1", "B2", "paid in cash"],  # a unit, no repair: the unit keeps them
        ["Sara Nouri", "09122222222", None, None, "call after 5"],  # a customer alone: she keeps it
        ["Reza Amini", "09121111111", "SN-1", "B3", None],  # nothing new: said, not silently dropped
    ]})
    report = import_workbook(desk, path)
    with desk.store.read() as s:
        assert s.scalar(select(Asset.notes)) == "Shelf: B2\nE: paid in cash"
        assert s.scalar(select(Customer.notes).where(Customer.name == "Sara Nouri")) == "E: call after 5"
    last = by_row(report)[4]
    assert last.outcome is Outcome.MERGED and "not stored" in last.message(lambda c, t: t) and "B3" in last.message(
        lambda c, t: t)


def test_amounts_in_words_keep_what_was_written_and_a_dash_is_an_empty_cell(desk, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "amounts.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial", "Fault", "Amount", "Purchase date", "Date"],
        ["Reza Amini", "09121111111", "SN-1", "no power", "رایگان - گارانتی", "-", "1404/02/01"],
        ["Sara Nouri", "09122222222", "SN-2", "noisy", "۲٬۵۰۰٬۰۰۰", "—", "1404/02/01"],
    ]})
    report = import_workbook(desk, path)
    assert [r.outcome for r in report.results[1:]] == [Outcome.IMPORTED, Outcome.IMPORTED]
    with desk.store.read() as s:
        lines = dict(s.execute(select(Customer.name, TicketLine.unit_price).join(Ticket, Ticket.customer_id == Customer.id)
                               .join(TicketLine, TicketLine.ticket_id == Ticket.id)).all())
        history = dict(s.execute(select(Customer.name, TicketEvent.text)
                                 .join(TicketEvent, TicketEvent.customer_id == Customer.id)).all())
    assert lines == {"Reza Amini": Decimal("0.00"), "Sara Nouri": Decimal("2500000.00")}
    assert "Amount in the sheet: رایگان - گارانتی" in history["Reza Amini"]
    assert "Amount in the sheet" not in history["Sara Nouri"]  # a plain number needs no record


def test_the_rejected_rows_fixed_in_their_workbook_import_cleanly(desk, legacy_fa, tmp_path):
    report = import_workbook(desk, legacy_fa)
    out = tmp_path / "errors.xlsx"
    write_errors(report, out, lambda c, t: t)
    book = load_workbook(out)
    sheet = book.active
    by_name = {row[5].value: row for row in sheet.iter_rows(min_row=2)}
    by_name["رضا بد"][6].value = "09127654321"  # the clerk types the mobile in full
    by_name["مینا"][10].value = "1402/12/20"  # and a date that exists
    by_name["نادر"][14].value = "تحویل شده"  # and a status word Khedmat knows
    book.save(out)
    fixed = import_workbook(desk, out)
    assert fixed.count(Outcome.REJECTED) == 0 and fixed.created["tickets"] == 2  # مینا's row has no repair
    assert fixed.created["units"] == 3
    with desk.store.read() as s:
        text = s.scalar(select(TicketEvent.text).join(Customer, Customer.id == TicketEvent.customer_id)
                        .where(Customer.name == "رضا بد"))
    assert "Reason:" in text  # the reason it was once rejected stays in the ticket's history


def test_tickets_search_text_is_the_one_the_services_rebuild(desk, legacy_fa):
    """The import writes each ticket's search text as it inserts it; rebuilt from the records
    by the services' recipe it is the same, for new and for existing customers and units."""
    from app.services.search_text import refresh_ticket_search

    import_workbook(desk, legacy_fa)
    with desk.store.write() as s:  # one job gone: imported again, for a customer and a unit that exist
        last = s.scalar(select(func.max(Ticket.id)))
        s.execute(TicketEvent.__table__.delete().where(TicketEvent.ticket_id == last))
        s.execute(TicketLine.__table__.delete().where(TicketLine.ticket_id == last))
        s.execute(Ticket.__table__.delete().where(Ticket.id == last))
    assert import_workbook(desk, legacy_fa).created == {"tickets": 1}
    with desk.store.write() as s:
        written = dict(s.execute(select(Ticket.id, Ticket.search_norm)).all())
        refresh_ticket_search(s, everything=True)
        rebuilt = dict(s.execute(select(Ticket.id, Ticket.search_norm)).all())
    assert written == rebuilt and len(written) == 3
    assert all(text.strip() for text in written.values())


def _outcomes(report):
    return [(r.row, r.outcome, r.message(lambda c, t: t)) for r in report.results]


@pytest.mark.parametrize("batch", [1, 2000])
def test_a_first_import_finds_what_it_made_as_an_import_into_a_kept_database_does(desk, tmp_path, monkeypatch,
                                                                                   batch):
    """A database without customers, units or tickets answers the import's lookups from what
    the import made; the rows end exactly as they do where the database had records already."""
    from app.importing import run
    from app.store.engine import open_store
    from tests.conftest import make_desk
    from tests.importing.conftest import write_book

    monkeypatch.setattr(run, "BATCH", batch)
    rows = [
        ["Number", "Name", "Mobile", "Serial", "Fault", "Date"],
        ["1001", "Reza Amini", "09121111111", "SN-1", "no power", "1404/02/01"],
        [None, "Reza Amini", None, "SN-2", "noisy", "1404/02/02"],  # by name: the customer of row 2
        ["1001", "Reza Amini", "09121111111", "SN-1", "no power", "1404/02/01"],  # the same ticket number
        [None, "Reza Amini", None, "SN-2", "noisy", "1404/02/02"],  # the same repair again
        [None, "Sara Nouri", "09122222222", "SN-1", "leaks", "1404/02/03"],  # the unit of row 2
        [None, "Reza Amini", "09121111111", "SN-1", "no power", "1404/02/01"],  # row 2's repair, without its number
    ]
    path = write_book(tmp_path / "again.xlsx", {"Sheet1": rows})
    first = import_workbook(desk, path)
    assert counts(desk) == (2, 2, 3, 0)
    assert "the same repair is already present" in first.results[4].message(lambda c, t: t)
    assert "ticket 1001 already present" in first.results[3].message(lambda c, t: t)
    assert "the same repair is already present" in first.results[6].message(lambda c, t: t)

    other = write_book(tmp_path / "other.xlsx", {"Sheet1": [rows[0], ["77", "Someone Else", "09129999999", "SN-9",
                                                                      "cracked", "1403/01/01"]]})
    store = open_store(f"sqlite:///{tmp_path / 'kept.db'}")
    try:
        kept = make_desk(store, "fa")
        import_workbook(kept, other)  # a customer, a unit and a ticket: every lookup goes to the database
        second = import_workbook(kept, path)
    finally:
        store.close()
    assert _outcomes(second) == _outcomes(first)
