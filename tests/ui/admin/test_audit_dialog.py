"""The audit trail on screen: a manager's, the whole of it from the Tools menu or one
record's from its window; a clerk sees neither."""
from __future__ import annotations

from app.domain.kinds import Role
from app.services.customers import CustomerInput, create_customer, update_customer
from app.services.desk import Actor, Desk
from app.ui.admin.audit_dialog import AuditDialog
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.models.paged_table import PagedTableModel


def shown_rows(dialog: AuditDialog) -> list[list[str]]:
    model = dialog.list.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_manager_reads_who_changed_what_in_persian(open_window, qtbot):
    window, desk = open_window("fa")
    reza = create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111111", city="شیراز"))
    update_customer(desk, reza.id, reza.version, CustomerInput(name="رضا امینی", mobile="09121111111",
                                                               city="تبریز"))
    assert window.audit_action.isVisible() and window.audit_action.text() == "ردپای تغییرات…"
    dialog = window.open_audit()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ردپای تغییرات"
    first = shown_rows(dialog)[0]
    assert first[1:4] == ["admin", "تغییر", "مشتری"] and first[5] == "شهر: شیراز ← تبریز"
    bar = dialog.bar
    bar.record_type.setCurrentIndex(bar.record_type.findData("users"))
    qtbot.waitUntil(lambda: all(row[3] == "حساب کاربری" for row in shown_rows(dialog)))
    assert dialog.count.text() == "۱ ردیف"


def test_a_customers_window_shows_that_customers_trail_only(open_dialog, desk, qtbot):
    reza = create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111111"))
    create_customer(desk, CustomerInput(name="سارا رضایی", mobile="09351234567"))
    window = open_dialog("ar", lambda: CustomerDialog(desk, reza.id))
    assert window.audit_button.isVisible() and window.audit_button.text() == "سجل التدقيق…"
    dialog = window.audit_button.open()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.model.rowCount() == 1)
    assert dialog.windowTitle() == "سجل التدقيق لـ رضا امینی"
    assert not dialog.bar.record_type.isVisible()
    row = dialog.list.model.index(0, 0).data(PagedTableModel.RowRole)
    assert (row.record_type, row.record_id, row.action) == ("customers", reza.id, "create")


def test_a_clerk_sees_no_audit_trail(open_dialog, desk):
    clerk = Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)
    reza = create_customer(clerk, CustomerInput(name="رضا امینی", mobile="09121111111"))
    window = open_dialog("fa", lambda: CustomerDialog(clerk, reza.id))
    assert not window.audit_button.isVisible()
