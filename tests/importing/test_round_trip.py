"""Our own export imports back unchanged: export → import into an empty database → export."""
from __future__ import annotations

import shutil
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from app.importing import Outcome, import_workbook
from app.services.demo import fill_demo
from app.services.export import export
from app.store import open_store
from tests.conftest import make_desk

ENTITIES = ("customers", "assets", "tickets")


def rows_of(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name("data").to_python()


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_export_import_export_gives_the_same_rows(store, migrated_template, tmp_path, lang):
    source = make_desk(store, lang, date.today())
    fill_demo(source, customers=60, seed=11)  # the demo dates its jobs by the clock, so the desk's today is today
    first = {entity: tmp_path / f"first-{entity}.xlsx" for entity in ENTITIES}
    for entity, path in first.items():
        export(source, entity, path)

    shutil.copyfile(migrated_template, tmp_path / "empty.db")
    target_store = open_store(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        target = make_desk(target_store, lang, date.today())
        for entity in ENTITIES:
            report = import_workbook(target, first[entity])
            rejected = [(r.row, r.column, r.message(lambda c, t: t)) for r in report.rejected]
            assert rejected == [], entity
            assert report.closed_old == 0, "our own export's open jobs are open in Khedmat"
        again = {entity: tmp_path / f"again-{entity}.xlsx" for entity in ENTITIES}
        for entity, path in again.items():
            export(target, entity, path)
    finally:
        target_store.close()
    for entity in ENTITIES:
        before, after = rows_of(first[entity]), rows_of(again[entity])
        assert len(before) > 2
        assert after == before, entity


def test_importing_our_export_twice_adds_nothing(store, tmp_path):
    desk = make_desk(store, "fa", date.today())
    fill_demo(desk, customers=20, seed=3)
    path = tmp_path / "tickets.xlsx"
    export(desk, "tickets", path)
    report = import_workbook(desk, path)
    assert sum(report.created.values()) == 0
    assert report.count(Outcome.IMPORTED) == 0 and report.count(Outcome.REJECTED) == 0


def test_our_headings_are_ascii_so_a_legacy_header_is_told_apart_without_the_exporter():
    from app.services.export import FIELDS

    assert all(name.isascii() for names in FIELDS.values() for name in names)
