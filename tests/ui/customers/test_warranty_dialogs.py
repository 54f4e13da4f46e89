"""A manager voids or extends a unit's warranty from the unit window: the reason is the
manager's (never picked for them), the banner follows, the unit's history says it."""
from __future__ import annotations

from datetime import date

from app.domain.coverage import CoverageKind
from app.domain.kinds import Role
from app.services.desk import Actor, Desk
from app.services.unit_edit import get_unit
from tests.services.helpers import customer, unit
from tests.ui.conftest import type_text
from tests.ui.customers.test_unit_dialog import history_texts, open_unit


def test_a_void_needs_its_reason_and_the_unit_window_then_says_void(open_dialog, desk):
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))
    window = open_unit(open_dialog, desk, record.id)
    assert window.void_button.isVisible() and window.void_button.text() == "ابطال گارانتی…"
    dialog = window.void_warranty()
    assert dialog.reason.currentText() == "", "no reason is chosen for the manager"
    assert dialog.save() is False and dialog.errors.text("reason")
    assert get_unit(desk, record.id).coverage.kind is CoverageKind.WARRANTY
    dialog.reason.setCurrentIndex(0)
    type_text(dialog.note, "پیچ‌های درب باز شده")
    assert dialog.save() is True
    assert get_unit(desk, record.id).coverage.kind is CoverageKind.VOID
    assert "باطل" in window.banner.text() and not window.void_button.isEnabled()
    assert any("پیچ‌های درب باز شده" in text and "دستکاری" in text for text in history_texts(window))


def test_an_extension_says_why_and_moves_the_end_in_arabic(open_dialog, desk_ar):
    record = unit(desk_ar, customer(desk_ar, "أحمد", "0501234567"), purchased=date(2025, 1, 10))
    window = open_unit(open_dialog, desk_ar, record.id)
    dialog = window.extend_warranty()
    dialog.months.setValue(6)
    assert dialog.save() is False and dialog.errors.text("reason") == "اذكر سبب تمديد الضمان."
    type_text(dialog.reason, "ضمان ممدد مباع")
    assert dialog.save() is True
    ends = sorted(w.end_date for w in get_unit(desk_ar, record.id).warranties)
    assert len(ends) == 2 and ends[1] > ends[0]
    assert any("ضمان ممدد مباع" in text for text in history_texts(window))


def test_a_clerk_sees_neither(open_dialog, desk):
    record = unit(desk, customer(desk))
    clerk = Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)
    window = open_unit(open_dialog, clerk, record.id)
    assert not window.void_button.isVisible() and not window.extend_button.isVisible()


def test_the_warranties_list_voids_the_selected_one_for_a_manager(open_window, qtbot):
    window, desk = open_window("fa")
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))
    window.tabs.setCurrentWidget(window.warranties)
    window.warranties.apply_filter()
    qtbot.waitUntil(lambda: window.warranties.model.rowCount() == 1)
    window.warranties.view.setCurrentIndex(window.warranties.model.index(0, 0))
    assert [a.text() for a in window.warranty_actions.actions] == ["ابطال گارانتی…", "تمدید گارانتی…"]
    dialog = window.warranty_actions.void()
    dialog.reason.setCurrentIndex(1)
    assert dialog.save() is True
    assert get_unit(desk, record.id).coverage.kind is CoverageKind.VOID
    qtbot.waitUntil(lambda: window.warranties.model.rowCount() == 0)  # the list shows running ones


def test_the_companys_own_reasons_are_offered_once_listed_in_the_settings(open_dialog, desk):
    from dataclasses import replace

    from app.services.company import company_settings, save_company_settings

    current = company_settings(desk)
    save_company_settings(desk, replace(current, void_reasons="سوختگی برد بر اثر نوسان برق\n\nآب‌گرفتگی\n"),
                          current.version_token)
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))
    dialog = open_unit(open_dialog, desk, record.id).void_warranty()
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == [
        "سوختگی برد بر اثر نوسان برق", "آب‌گرفتگی"]
