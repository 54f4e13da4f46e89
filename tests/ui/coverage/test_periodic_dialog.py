"""Tools → Periodic service: the due list, a periodic-service ticket in one action, a due date
moved with its reason, the list to Excel."""
from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt

from app.domain.kinds import TicketKind
from app.domain.workflow import TicketStatus
from app.services.desk import Desk, period_end
from app.services.periodic import plans_of_unit
from app.services.products import ProductInput, add_product
from app.services.tickets import get_ticket
from app.services.units import AssetInput, register_asset
from app.ui.coverage.periodic_dialog import PeriodicServiceDialog
from tests.conftest import TODAY
from tests.services.helpers import customer
from tests.ui.conftest import answer_next_box, type_text


def tr(text: str, context: str = "PeriodicServiceDialog") -> str:
    return QCoreApplication.translate(context, text)


def units_due(desk: Desk) -> tuple[int, int, int]:
    owner = customer(desk)
    product = add_product(desk, ProductInput("Gree", "Lomo", "کولر گازی", 18, 6))
    ids = []
    for serial, due in (("AC-1", TODAY - timedelta(days=3)), ("AC-2", TODAY + timedelta(days=5)),
                        ("AC-3", TODAY + timedelta(days=40))):
        ids.append(register_asset(desk, AssetInput(serial=serial, product_id=product.id, customer_id=owner.id,
                                                   purchase_date=period_end(due, -6, desk))).id)
    return tuple(ids)


def test_the_due_list_opens_a_periodic_service_ticket_in_one_action(open_window, qtbot):
    window, desk = open_window("fa")
    late, soon, later = units_due(desk)
    window.periodic_action.trigger()
    dialog = window.findChild(PeriodicServiceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == tr("Periodic service") and window.periodic_action in window.tools_menu.actions()
    rows = [dialog.model.index(r, 0).data(dialog.model.RowRole) for r in range(dialog.model.rowCount())]
    assert [r.asset_id for r in rows] == [late, soon], "due within 7 days, the overdue first; AC-3 is not yet due"
    assert dialog.model.index(0, 1).data() == tr("Overdue", "Columns")
    assert dialog.model.index(0, 0).data() == desk.locale.date(TODAY - timedelta(days=3))
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tab.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.tab.view.setFocus()
    qtbot.keyClick(dialog.tab.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    ticket = dialog.last_ticket
    assert ticket is not None, "Ctrl+T opened the ticket, with no form to fill"
    record = get_ticket(desk, ticket.id)
    assert (record.kind, record.asset_id, record.status) == (TicketKind.PERIODIC_SERVICE, late, TicketStatus.RECEIVED)
    assert record.fault == tr("Periodic service due on {date}").format(
        date=desk.locale.date(TODAY - timedelta(days=3)))
    assert ("ticket", ticket.id) in window._open_records, "the ticket's window opens for the rest"

    seen: list[str] = []
    answer_next_box(seen, lambda box: box.reject())
    dialog.tab.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.open_ticket() is None, "a unit already in the workshop is asked about first"
    assert desk.locale.ident(ticket.number) in seen[0]


def test_a_due_date_is_moved_with_a_reason(open_dialog, desk, qtbot):
    late, _soon, _later = units_due(desk)
    dialog = open_dialog("fa", lambda: PeriodicServiceDialog(desk))
    dialog.tab.view.setCurrentIndex(dialog.model.index(0, 0))
    move = dialog.move_due()
    assert move.new_date.value() == TODAY - timedelta(days=3), "the date as it is, for the clerk to change"
    move.new_date.set_value(date(2025, 8, 1))
    assert move.save() is False
    assert QCoreApplication.translate("Errors", "Say why the due date moves.") in move.errors.text("reason")
    type_text(move.reason, "مشتری در سفر است")
    assert move.save() is True
    assert plans_of_unit(desk, late)[0].next_due == date(2025, 8, 1)
    assert [dialog.model.index(r, 0).data(dialog.model.RowRole).asset_id
            for r in range(dialog.model.rowCount())] == [_soon], "moved out of the days ahead"


def test_the_due_list_exports_what_it_shows(open_dialog, desk, tmp_path):
    units_due(desk)
    dialog = open_dialog("fa", lambda: PeriodicServiceDialog(desk))
    dialog.tab.bar.state.setCurrentIndex(dialog.tab.bar.state.findData("all"))
    assert dialog.tab.total == 3
    out = tmp_path / "due.xlsx"
    dialog.list_export.ask_path = lambda _suggested: out
    seen: list[str] = []
    answer_next_box(seen, lambda box: box.reject())
    dialog.export()
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[0][0] == tr("Due", "Columns")
    assert [r[2] for r in rows[1:]] == ["AC-1", "AC-2", "AC-3"]
