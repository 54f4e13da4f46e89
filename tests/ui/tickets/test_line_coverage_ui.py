"""The ticket window says what covers each line, and a manager (only) covers or charges a
line against its rule from the line's menu; the unit window sells an extended warranty."""
from __future__ import annotations

from decimal import Decimal

from app.domain.kinds import LineKind, Role, WarrantyKind
from app.services.parts import PartInput, create_part
from app.services.tickets import LineInput, add_line, get_ticket
from app.services.unit_edit import get_unit
from app.ui.customers.unit_dialog import UnitDialog
from app.ui.tickets.cells import select_row
from app.ui.tickets.ticket_dialog import TicketDialog
from tests.services.test_permissions import as_role
from tests.ui.tickets.test_ticket_dialog import a_ticket


def with_lines(desk):
    ticket = a_ticket(desk)
    gas = create_part(desk, PartInput(code="GAS-1", name="شارژ گاز", price=Decimal("900000"), stock=2,
                                      consumable=True)).id
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(LineKind.PART, part_id=gas))
    return add_line(desk, ticket.id, ticket.version, LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800)))


def menu_actions(dialog: TicketDialog, row: int, choose: bool) -> list[str]:
    """What the line menu of `row` offers (and its first entry chosen, when asked)."""
    select_row(dialog.lines, row)
    actions = dialog.line_actions()
    if choose:
        actions[0].trigger()
    return [action.text() for action in actions]


def test_each_line_says_what_covers_it_and_a_manager_charges_one_saying_why(qtbot, desk, open_dialog):
    ticket = with_lines(desk)
    clerk_view = open_dialog("fa", lambda: TicketDialog(as_role(desk, Role.CLERK), ticket.id))
    assert clerk_view.lines.horizontalHeaderItem(5).text() == "پوشش"
    assert clerk_view.lines.item(1, 5).text() == "گارانتی", "labour: the warranty"
    assert clerk_view.lines.item(0, 5).text() == "با هزینه: قطعهٔ مصرفی"
    assert "(قاعدهٔ کالا)" in clerk_view.coverage.text().splitlines()[1]
    assert menu_actions(clerk_view, 1, choose=False) == [], "a clerk is offered no override"

    manager = as_role(desk, Role.MANAGER)
    dialog = open_dialog("fa", lambda: TicketDialog(manager, ticket.id))
    dialog._ask_text = lambda title, prompt, required: "آسیب فیزیکی"
    assert menu_actions(dialog, 1, choose=True) == ["دریافت هزینهٔ این ردیف…"]
    assert dialog.lines.item(1, 5).text() == "هزینه به تشخیص مدیر"
    assert dialog.lines.item(1, 5).toolTip() == "آسیب فیزیکی"
    saved = get_ticket(desk, ticket.id)
    assert saved.totals.due == Decimal("900800") and saved.lines[1].override_reason == "آسیب فیزیکی"


def test_a_clerk_sells_an_extended_warranty_from_the_unit_window(qtbot, desk, open_dialog):
    ticket = a_ticket(desk)
    clerk = as_role(desk, Role.CLERK)
    window = open_dialog("fa", lambda: UnitDialog(clerk, ticket.asset_id))
    assert window.sell_button.isVisible() and not window.extend_button.isVisible()
    sale = window.sell_warranty()
    sale.months.setValue(6)
    sale.price.setText("4500000")
    sale.terms.setText("قطعات و اجرت")
    assert sale.save()
    extended = [w for w in get_unit(desk, ticket.asset_id).warranties if w.kind == WarrantyKind.EXTENDED]
    assert [(w.price, w.terms) for w in extended] == [(Decimal("4500000"), "قطعات و اجرت")]


def test_a_sale_without_a_price_is_refused_beside_the_price(qtbot, desk, open_dialog):
    ticket = a_ticket(desk)
    window = open_dialog("fa", lambda: UnitDialog(desk, ticket.asset_id))
    sale = window.sell_warranty()
    assert not sale.save()
    assert sale.errors.text("price")
    assert [w.kind for w in get_unit(desk, ticket.asset_id).warranties] == [WarrantyKind.STANDARD]
