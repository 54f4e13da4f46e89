"""A clerk's save while an import holds the embedded database: the import stays one
transaction (all or nothing), and the clerk is told what holds the database and may wait again."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.people import Customer
from app.errors import DatabaseLocked
from app.importing import import_workbook
from app.services.customers import CustomerInput, create_customer
from app.store import open_store
from app.store.busy import Holder, holder, holding, marker
from tests.conftest import make_desk, write_lock_held
from tests.importing.conftest import ROWS_FA, write_book


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy timeout of half a second instead of ten, for stores opened after it."""
    monkeypatch.setattr("app.store.engine.BUSY_TIMEOUT_S", 0.5)


def test_a_clerks_save_during_an_import_is_told_it_is_the_import(desk, db_path, tmp_path, short_wait):
    clerk = make_desk(open_store(f"sqlite:///{db_path}"))
    told: list[str] = []

    def meanwhile(done: int, total: int) -> bool:  # the import's progress, inside its transaction
        assert marker(db_path).exists()
        with pytest.raises(DatabaseLocked) as waited:
            create_customer(clerk, CustomerInput(name="سارا", mobile="09351112233"))
        told.append(waited.value.message())
        return True

    path = write_book(tmp_path / "legacy.xlsx", {"پذیرش": ROWS_FA})
    report = import_workbook(desk, path, progress=meanwhile)
    clerk.store.close()
    assert report.created["customers"] == 2
    assert told and all("An import of legacy.xlsx by admin is writing to the database" in t for t in told)
    assert not marker(db_path).exists(), "the import's name goes when it ends"


def test_a_save_that_waited_waits_again_when_the_clerk_asks_and_then_goes_through(desk, db_path, short_wait):
    clerk = make_desk(open_store(f"sqlite:///{db_path}"))
    asked: list[str] = []
    with write_lock_held(db_path) as other:
        def ask(error: DatabaseLocked) -> bool:
            asked.append(error.message())
            if len(asked) == 2:
                other.execute("ROLLBACK")  # the import ends while the clerk waits the second time
            return True

        clerk.store.on_busy = ask
        saved = create_customer(clerk, CustomerInput(name="سارا", mobile="09351112233"))
        other.execute("BEGIN")  # for write_lock_held's own end
    clerk.store.close()
    assert saved.id and len(asked) == 2
    assert all("busy with another user's work" in a for a in asked), "no import named itself"


def test_a_save_the_clerk_stops_waiting_for_is_not_written(desk, db_path, short_wait):
    clerk = make_desk(open_store(f"sqlite:///{db_path}"))
    clerk.store.on_busy = lambda error: False
    with write_lock_held(db_path), pytest.raises(DatabaseLocked):
        create_customer(clerk, CustomerInput(name="سارا", mobile="09351112233"))
    clerk.store.close()
    with desk.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_name_left_by_a_process_that_has_ended_is_not_believed(tmp_path, monkeypatch):
    database = tmp_path / "k.db"
    with holding(database, Holder("import", "old.xlsx", "admin")):
        assert holder(database) == Holder("import", "old.xlsx", "admin")
        monkeypatch.setattr("app.store.busy._alive", lambda pid: False)
        assert holder(database) is None
    assert not marker(database).exists()
