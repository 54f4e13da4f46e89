"""Our own export imports back unchanged: export → import into an empty database → export."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.domain.coverage import CoverageKind, asset_coverage
from app.domain.units import Asset
from app.importing import Outcome, import_workbook
from app.locale.display import Locale
from app.services.contracts import ContractInput, create_contract
from app.services.demo import fill_demo
from app.services.export import export
from app.store import open_store
from tests.conftest import make_desk

ENTITIES = ("customers", "assets", "tickets")


def rows_of(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name("data").to_python()


def contract_on_an_expired_unit(desk) -> str:
    """A contract (which the import cannot bring: the sheets name no contract) on a unit out
    of warranty, so that its exported coverage is 'contract'; its serial."""
    with desk.store.read() as session:
        unit = next(a for a in session.scalars(select(Asset).options(
            selectinload(Asset.warranties), selectinload(Asset.contracts)).order_by(Asset.id))
            if asset_coverage(a, desk.today()).kind is CoverageKind.EXPIRED)
        owner, unit_id, serial = unit.customer_id, unit.id, unit.serial
    create_contract(desk, ContractInput(customer_id=owner, start_date=desk.today() - timedelta(days=30),
                                        end_date=desk.today() + timedelta(days=300), asset_ids=[unit_id]))
    return serial


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_export_import_export_gives_the_same_rows(store, migrated_template, tmp_path, lang):
    # The demo dates its jobs by the clock, so the desk's today is today where the desk is (in
    # Tehran or Riyadh, which is already tomorrow late in a UTC evening).
    today = datetime.now(Locale.for_language(lang).timezone).date()
    source = make_desk(store, lang, today)
    fill_demo(source, customers=60, seed=11)
    under_contract = contract_on_an_expired_unit(source)
    first = {entity: tmp_path / f"first-{entity}.xlsx" for entity in ENTITIES}
    for entity, path in first.items():
        export(source, entity, path)

    shutil.copyfile(migrated_template, tmp_path / "empty.db")
    target_store = open_store(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        target = make_desk(target_store, lang, today)
        reports = {}
        for entity in ENTITIES:
            reports[entity] = report = import_workbook(target, first[entity])
            rejected = [(r.row, r.column, r.message(lambda c, t: t)) for r in report.rejected]
            assert rejected == [], entity
            assert report.closed_old == 0, "our own export's open jobs are open in Khedmat"
        told = [m for r in reports["assets"].results if "coverage is" in (m := r.message(lambda c, t: t))]
        assert len(told) == 1 and f"new unit {under_contract}; the sheet says the unit's coverage is “Contract”, " \
            "but by its warranty and contracts in Khedmat it is “Expired” today; check the unit" in told[0]
        with target.store.read() as session:
            kept = session.scalar(select(Asset.notes).where(Asset.serial == under_contract))
        assert kept == "coverage: contract", "the sheet's word is kept with the unit"
        again = {entity: tmp_path / f"again-{entity}.xlsx" for entity in ENTITIES}
        for entity, path in again.items():
            export(target, entity, path)
    finally:
        target_store.close()
    for entity in ENTITIES:
        before, after = rows_of(first[entity]), rows_of(again[entity])
        assert len(before) > 2
        if entity == "assets":  # the one difference: the contract, which no sheet of these brings
            serial, coverage = before[0].index("serial"), before[0].index("coverage")
            changed = [(b[serial], b[coverage], a[coverage]) for b, a in zip(before, after, strict=True)
                       if b[coverage] != a[coverage]]
            assert changed == [(under_contract, "contract", "expired")]
            for row in before:
                if row[serial] == under_contract:
                    row[coverage] = "expired"
        assert after == before, entity


def test_importing_our_export_twice_adds_nothing(store, tmp_path):
    desk = make_desk(store, "fa", datetime.now(Locale.for_language("fa").timezone).date())
    fill_demo(desk, customers=20, seed=3)
    path = tmp_path / "tickets.xlsx"
    export(desk, "tickets", path)
    report = import_workbook(desk, path)
    assert sum(report.created.values()) == 0
    assert report.count(Outcome.IMPORTED) == 0 and report.count(Outcome.REJECTED) == 0


def test_our_headings_are_ascii_so_a_legacy_header_is_told_apart_without_the_exporter():
    from app.services.export import FIELDS

    assert all(name.isascii() for names in FIELDS.values() for name in names)
