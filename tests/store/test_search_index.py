"""The trigram indexes under the searched text (migration 0020): the lists find through them
exactly the rows the normalised LIKE scan finds, and every write keeps them in step in its own
transaction — on SQLite (FTS5 tables kept by triggers) and on PostgreSQL (pg_trgm)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, select, text, update
from sqlalchemy.orm import Session

from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.services.common import TRIGRAM_INDEXES, search_terms
from app.services.customers import CustomerInput, find_customers, get_customer, update_customer
from app.services.desk import Desk
from app.services.listing import CUSTOMERS, TICKETS, WARRANTIES, ListKind
from app.services.merge import merge_customers
from app.services.tickets import TicketInput, open_ticket
from app.services.unit_edit import UnitInput, update_unit
from app.store import open_store
from app.store.migrations import alembic_config
from tests.conftest import make_desk
from tests.services.helpers import customer, keep_legacy_name, unit

PEOPLE = [
    # (name as typed, mobile, serial of their unit)
    ("علي كريمي", "09121234567", "SN-1001"),  # Arabic ي/ك: found by Persian ی/ک and the other way round
    ("فاطمة زهرائي", "09351112233", "LG-77A"),  # ة / ه, ئ
    ("أحمد الأنصاري", "09131234500", "AB_12-CD"),  # أ / ا
    ("علی‌رضا محمدی", "۰۹۱۹۸۷۶۵۴۳۲", "۵۵۵-XY"),  # ZWNJ, a mobile and a serial in Persian digits
    ("شرکت ۵۰% تخفیف", "09120000050", "P%Q_R"),  # LIKE's wildcards in what was stored
    ("Ali_Reza O'Brien", "09125550101", "sn1002"),  # Latin, an underscore, a quote
    ("سارا نوری", "09379990001", "ZZ-0001"),
]

FRAGMENTS = [
    # 1 and 2 characters: the scan path
    "ی", "ي", "1", "%", "_", "کر", "12", "٥٠",
    # 3 characters and more: the index path
    "علی", "علي", "كريم", "کریمی", "فاطمه", "فاطمة", "زهرایی", "احمد", "أحمد", "انصاری",
    "علیرضا", "علی رضا", "علی‌رضا", "۰۹۱۲", "٠٩١٢", "0912", "912", "۹۸۷۶۵", "+98 912", "1234567",
    "sn-1001", "SN1001", "sn100", "lg77", "۵۵۵", "555xy",
    "۵۰%", "50%", "%ت", "a%b", "ali_", "_re", "o'b", 'o"b', "\\", "a\\b", "p%q", "P_Q",
    # 10 characters
    "علیکریمیس", "09121234567", "1234567890", "فاطمهزهرای",
    "nothing at all", "ژژژ",
]

LISTS: list[tuple[str, ListKind]] = [("tickets", TICKETS), ("customers", CUSTOMERS), ("warranties", WARRANTIES)]


def fill(desk: Desk) -> None:
    for name, mobile, serial in PEOPLE:
        owner = customer(desk, name, mobile)
        keep_legacy_name(desk, owner.id, name)  # kept as typed, Arabic letters and all
        owned = unit(desk, owner, serial=serial)
        open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=owned.id, fault="روشن نمی‌شود"))
        open_ticket(desk, TicketInput(customer_id=owner.id, fault="بدون دستگاه"))


@contextmanager
def statements(desk: Desk) -> Iterator[list[str]]:
    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        sent.append(statement)

    event.listen(desk.store.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(desk.store.engine, "before_cursor_execute", record)


def scanned(desk: Desk, kind: ListKind, fragment: str) -> tuple[list, int]:
    """The list as the plain LIKE scan reads it (no session: no index)."""
    with desk.store.read() as session:
        statement = kind.statement(desk, fragment).order_by(*kind.order(desk))
        rows = [kind.row(r) for r in session.execute(statement)]
    return rows, len(rows)


def found(desk: Desk, kind: ListKind, fragment: str) -> tuple[list, int]:
    return kind.page(desk, fragment, 0, 500), kind.count(desk, fragment)


@pytest.fixture
def filled(desk: Desk) -> Desk:
    fill(desk)
    return desk


def trigram_long(fragment: str) -> bool:
    """Whether every reading of `fragment` the tickets list looks for is a trigram or longer."""
    values = search_terms(fragment).values("fold", "digits", "serial")
    return bool(values) and all(len(v) >= 3 for v in values)


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_the_index_finds_exactly_what_the_scan_finds(filled, fragment):
    for label, kind in LISTS:
        with statements(filled) as sent:
            assert found(filled, kind, fragment) == scanned(filled, kind, fragment), label
        if label == "tickets":
            assert any("tickets_fts MATCH" in s for s in sent) == trigram_long(fragment)


def test_typed_letters_digits_and_joiners_find_the_same_people_as_before(filled):
    def names(fragment: str) -> set[str]:
        return {r.name for r in CUSTOMERS.page(filled, fragment)}

    assert names("کریمی") == names("كريمي") == {"علي كريمي"}
    assert names("فاطمه") == names("فاطمة") == {"فاطمة زهرائي"}
    assert names("احمد") == {"أحمد الأنصاري"}
    assert names("علیرضا") == names("علی رضا") == {"علی‌رضا محمدی"}
    assert names("۹۸۷۶۵") == names("98765") == {"علی‌رضا محمدی"}
    assert names("50%") == {"شرکت ۵۰% تخفیف"}, "a typed % is a percent sign, not 'anything'"
    assert names("i_r") == {"Ali_Reza O'Brien"}
    assert {r.serial for r in WARRANTIES.page(filled, "p%q")} == {"P%Q_R"}
    assert TICKETS.count(filled, "sn100") == 2  # the tickets with the units SN-1001 and sn1002


def test_the_index_path_is_taken_for_three_characters_and_the_scan_for_fewer(filled):
    with statements(filled) as sent:
        TICKETS.page(filled, "کری")
    assert any("tickets_fts MATCH" in s for s in sent)
    with statements(filled) as sent:
        TICKETS.page(filled, "کر")
    assert not any("MATCH" in s for s in sent)


def test_a_fragment_the_index_finds_too_often_is_scanned_in_the_lists_order(filled, monkeypatch):
    """When the index offers more rows than reading the list in order would cost, the list is
    read in order: the same rows."""
    from app.services import common

    monkeypatch.setattr(common, "_index_limit", lambda session, key, scan_cost: 1)  # more than one: too many
    for fragment in ("0912", "علی"):
        for label, kind in LISTS:
            with statements(filled) as sent:
                rows = found(filled, kind, fragment)
            assert rows == scanned(filled, kind, fragment) and rows[1] > 1, (label, fragment)
            page = [s for s in sent if "LIMIT" in s and "count(*)" not in s]
            assert page and not any("MATCH" in s for s in page), (label, fragment)


def test_a_row_the_index_offers_but_like_refuses_stays_out(filled):
    """The trigram index folds Ä onto ä; LIKE folds ASCII only, and the list shows what LIKE finds."""
    sara = next(r.id for r in CUSTOMERS.page(filled, "نوری"))
    with filled.store.write() as session:
        session.execute(update(Customer).where(Customer.id == sara).values(name_norm="ÄBCDEF"))
    assert matching(filled, "customers", "äbcd") == [sara], "the index offers it"
    assert CUSTOMERS.page(filled, "äbcd") == scanned(filled, CUSTOMERS, "äbcd")[0] == []
    assert CUSTOMERS.count(filled, "äbcd") == 0


def index_check(desk: Desk) -> None:
    """FTS5's own check that each index holds exactly what its table holds."""
    with desk.store.write() as session:
        for table in TRIGRAM_INDEXES:
            session.execute(text(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)"))


def matching(desk: Desk, table: str, phrase: str, session: Session | None = None) -> list[int]:
    """The rows of `table` its trigram index finds `phrase` in (in `session`'s transaction)."""
    if session is None:
        with desk.store.read() as session:
            return matching(desk, table, phrase, session)
    return list(session.scalars(text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q"),
                                {"q": f'"{phrase}"'}))


def test_a_rename_a_serial_fix_and_a_merge_are_in_the_index_when_they_are_saved(filled):
    karimi = next(r for r in CUSTOMERS.page(filled, "کریمی"))
    record = get_customer(filled, karimi.id)
    update_customer(filled, record.id, record.version, CustomerInput(name="علی کریم‌زاده", mobile=record.mobile))
    assert [r.id for r in CUSTOMERS.page(filled, "کریمزاده")] == [karimi.id]
    assert CUSTOMERS.page(filled, "کریمی") == []
    assert TICKETS.count(filled, "کریمزاده") == 2, "the tickets' search text follows the customer"

    washer = unit(filled, get_customer(filled, karimi.id), serial="QW-9O01")
    update_unit(filled, washer.id, washer.version, UnitInput(serial="QW-9001", product_id=washer.product.id,
                                                              purchase_date=washer.purchase_date))
    assert [r.serial for r in WARRANTIES.page(filled, "qw900")] == ["QW-9001"]
    assert WARRANTIES.page(filled, "qw9o0") == []

    sara, other = (get_customer(filled, r.id) for r in (CUSTOMERS.page(filled, "سارا")[0],
                                                         CUSTOMERS.page(filled, "فاطمه")[0]))
    merge_customers(filled, sara.id, sara.version, other.id, other.version)
    assert matching(filled, "customers", "فاطمه") == []
    assert TICKETS.count(filled, "فاطمه") == 0 and TICKETS.count(filled, "سارانوری") == 4
    index_check(filled)


def test_a_write_rolled_back_leaves_the_index_as_it_was(filled):
    karimi = CUSTOMERS.page(filled, "کریمی")[0].id
    with pytest.raises(RuntimeError), filled.store.write() as session:
        session.get(Customer, karimi).name_norm = "تغییرنام"
        session.flush()
        assert matching(filled, "customers", "تغییرنام", session) == [karimi], "in step inside the transaction"
        session.execute(update(Ticket).where(Ticket.customer_id == karimi).values(search_norm="x تغییرنام"))
        raise RuntimeError("the clerk's PC lost power")
    assert matching(filled, "customers", "تغییرنام") == [] and matching(filled, "tickets", "تغییرنام") == []
    assert [r.id for r in CUSTOMERS.page(filled, "کریمی")] == [karimi]
    index_check(filled)


def test_an_import_is_in_the_index_in_its_own_transaction(desk, tmp_path, monkeypatch):
    from app.importing import import_workbook, run
    from tests.importing.conftest import ROWS_FA, write_book

    book = write_book(tmp_path / "legacy.xlsx", {"پذیرش": ROWS_FA})
    import_workbook(desk, book)
    assert len(CUSTOMERS.page(desk, "كريمي")) == 1, "both spellings were one customer"
    assert TICKETS.count(desk, "کریمی") == 2 and [r.serial for r in WARRANTIES.page(desk, "sn-20")] == ["SN-200"]
    index_check(desk)

    monkeypatch.setattr(run._Importer, "_tickets", lambda self, *args: (_ for _ in ()).throw(RuntimeError("full")))
    other = write_book(tmp_path / "other.xlsx", {"پذیرش": [ROWS_FA[2], ["1", "نیما نادری", "09139998877", "یخچال",
                                                                          "اسنوا", "NN-1", None, None, "1402/05/12",
                                                                          "", "", None, None]]})
    with pytest.raises(RuntimeError):
        import_workbook(desk, other)
    assert matching(desk, "customers", "نیمانادری") == [] and matching(desk, "assets", "NN1") == []
    index_check(desk)


def test_every_searched_table_keeps_its_triggers_at_head(store):
    """A migration that rebuilds one of these tables in batch mode drops its triggers with it."""
    with store.engine.connect() as conn:
        triggers = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers >= {f"{t}_fts_{w}" for t in TRIGRAM_INDEXES for w in ("insert", "update", "delete")}


def test_upgrading_a_filled_database_fills_the_index(tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    desk = make_desk(store)
    fill(desk)
    command.downgrade(alembic_config(store.engine), "0019")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts%'").scalar() == 0
    command.upgrade(alembic_config(store.engine), "head")
    try:
        assert matching(desk, "customers", "کریمی") != [] and matching(desk, "assets", "SN1001") != []
        for fragment in ("کریمی", "0912", "sn100", "۵۰%"):
            for _, kind in LISTS:
                assert found(desk, kind, fragment) == scanned(desk, kind, fragment)
        index_check(desk)
    finally:
        store.close()


# --------------------------------------------------------------------------- PostgreSQL

@pytest.mark.postgres
def test_on_postgresql_the_trigram_indexes_find_what_the_scan_finds(pg_desk):
    fill(pg_desk)
    with pg_desk.store.engine.connect() as conn:
        indexes = {name for (name,) in conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'"))}
    assert indexes == {f"ix_{t}_{c}_trgm" for t, columns in TRIGRAM_INDEXES.items() for c in columns}
    expected = {(label, f): found(pg_desk, kind, f) for label, kind in LISTS for f in FRAGMENTS}

    database = pg_desk.store.engine.url.database
    with pg_desk.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'ALTER DATABASE "{database}" SET enable_seqscan = off'))
    pg_desk.store.engine.dispose()
    with pg_desk.store.read() as session:
        plan = "\n".join(session.scalars(text(
            "EXPLAIN SELECT id FROM customers WHERE name_norm LIKE '%کریمی%'")))
    assert "ix_customers_name_norm_trgm" in plan
    for (label, fragment), rows in expected.items():
        kind = dict(LISTS)[label]
        assert found(pg_desk, kind, fragment) == rows == scanned(pg_desk, kind, fragment), (label, fragment)
    with pg_desk.store.read() as session:
        assert {c.name for c in find_customers(pg_desk, "كريمي")} == {"علي كريمي"}
        assert session.scalar(select(Customer.id).where(Customer.name_norm.like("%50\\%%", escape="\\"))) is not None
