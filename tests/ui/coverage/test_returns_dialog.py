"""Tools → Returns to the manufacturer…: the claims, moved on by a manager, exported."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.kinds import ClaimStatus, LineKind, Role
from app.services.resolutions import replace_part
from app.services.returns import returns_list
from app.services.tickets import LineInput, TicketInput, add_line, open_ticket
from app.ui.coverage.returns_dialog import ReturnsDialog
from app.ui.tickets.cells import select_row
from tests.services.helpers import customer, part, unit
from tests.services.test_permissions import as_role


def a_claim(desk, faulty: str = "OLD-55") -> None:
    owned = unit(desk, customer(desk))
    ticket = open_ticket(desk, TicketInput(owned.customer_id, owned.id, fault="تخلیه نمی‌کند"))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk)))
    replace_part(desk, ticket.id, ticket.version, ticket.lines[0].id, faulty, "NEW-66")


def cells(dialog: ReturnsDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(row, column).text() for column in range(t.columnCount())] for row in range(t.rowCount())]


def test_a_manager_moves_a_claim_from_to_send_to_sent_to_credited(qtbot, desk, open_dialog):
    a_claim(desk)
    manager = as_role(desk, Role.MANAGER)
    dialog = open_dialog("fa", lambda: ReturnsDialog(manager))
    assert [row[2] for row in cells(dialog)] == ["OLD-55"]
    assert not dialog.move_buttons[ClaimStatus.SENT].isEnabled()  # nothing selected yet
    select_row(dialog.table, 0)
    assert not dialog.move_buttons[ClaimStatus.CREDITED].isEnabled()  # it was not sent
    qtbot.mouseClick(dialog.move_buttons[ClaimStatus.SENT], Qt.MouseButton.LeftButton)
    assert returns_list(desk)[0].status is ClaimStatus.SENT
    assert dialog.move_buttons[ClaimStatus.CREDITED].isEnabled()  # the claim stays selected
    qtbot.mouseClick(dialog.move_buttons[ClaimStatus.CREDITED], Qt.MouseButton.LeftButton)
    assert returns_list(desk)[0].status is ClaimStatus.CREDITED
    dialog.filter.setCurrentIndex(dialog.filter.findData(ClaimStatus.TO_SEND.value))
    assert cells(dialog) == [] and dialog.empty.isVisible()


def test_a_clerk_reads_the_list_but_moves_no_claim(qtbot, desk, open_dialog):
    a_claim(desk)
    dialog = open_dialog("fa", lambda: ReturnsDialog(as_role(desk, Role.CLERK)))
    select_row(dialog.table, 0)
    assert len(cells(dialog)) == 1
    assert not any(button.isVisible() for button in dialog.move_buttons.values())


def test_the_list_exports_to_a_workbook_in_the_readers_language(qtbot, desk, open_dialog, tmp_path):
    a_claim(desk)
    dialog = open_dialog("fa", lambda: ReturnsDialog(desk))
    dialog.ask_path = lambda suggested: tmp_path / "returns.xlsx"
    out = dialog.export()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][2] == "OLD-55"
    assert rows[1][4] == cells(dialog)[0][4]  # the status as the screen shows it
