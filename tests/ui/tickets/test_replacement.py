"""Replace… and Money back… in the ticket window."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from app.domain.kinds import ClaimStatus, EventKind, LineKind, PaymentMethod, Resolution
from app.services.desk import Desk
from app.services.returns import returns_list
from app.services.tickets import LineInput, add_line
from app.services.units import find_asset
from app.ui.tickets.cells import select_row
from app.ui.tickets.refund_dialog import RefundDialog
from app.ui.tickets.replacement_dialog import ReplacementDialog
from app.ui.tickets.ticket_dialog import TicketDialog
from tests.services.helpers import part
from tests.ui.conftest import type_text
from tests.ui.tickets.test_ticket_dialog import Clerk, a_ticket, click, press_ok, timeline


@pytest.fixture
def show(open_dialog) -> Callable[..., TicketDialog]:
    def opener(desk: Desk, ticket_id: int) -> TicketDialog:
        return open_dialog(desk.locale.lang, lambda: TicketDialog(desk, ticket_id))

    return opener


def plain(text: str) -> str:
    """Text without the marks that keep serials in their written order inside RTL text."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def replaces_unit(qtbot, serial: str, warranty: str):
    def answer(prompt: QDialog) -> bool:
        assert isinstance(prompt, ReplacementDialog)
        assert prompt.tabs.currentWidget() is prompt.unit_page
        assert "SN-1001" in plain(prompt.faulty_unit.text())  # the faulty serial comes from the unit
        QTest.keyClicks(prompt.new_serial, serial)
        getattr(prompt, warranty).click()
        return press_ok(qtbot, prompt, prompt.buttons)
    return answer


def test_a_unit_replaced_from_the_ticket_window_keeps_the_rest_of_the_warranty(qtbot, desk, show):
    ticket = a_ticket(desk)
    old = find_asset(desk, "SN-1001")
    dialog = show(desk, ticket.id)
    assert dialog.resolution.summary.text() != ""
    clerk = dialog._run_prompt = Clerk(qtbot, replaces_unit(qtbot, "SN-7007", "inherit"))
    click(qtbot, dialog.resolution.replace)
    (prompt,) = clerk.prompts
    assert not prompt.by_product.isHidden()  # the product has a rule: the clerk was asked which
    new = find_asset(desk, "SN-7007")
    assert new is not None and new.customer_id == old.customer_id
    assert [(w.start_date, w.end_date) for w in new.warranties] == [(desk.today(), old.coverage.until)]
    assert dialog.record.resolution is Resolution.UNIT_REPLACED
    assert not dialog.resolution.replace.isEnabled()  # replaced once, and no part to replace
    summary = plain(dialog.resolution.summary.text())
    assert "SN-7007" in summary and "SN-1001" in summary
    assert any("SN-7007" in plain(row[2]) for row in timeline(dialog))  # and in the history  # and in the history


def test_no_warranty_chosen_means_no_replacement_yet(qtbot, desk, show):
    ticket = a_ticket(desk)
    dialog = show(desk, ticket.id)

    def forgets_warranty(prompt: QDialog) -> bool:
        QTest.keyClicks(prompt.new_serial, "SN-7007")
        accepted = press_ok(qtbot, prompt, prompt.buttons)
        assert prompt.errors.text("warranty")
        prompt.reject()
        return accepted

    dialog._run_prompt = Clerk(qtbot, forgets_warranty)
    click(qtbot, dialog.resolution.replace)
    assert find_asset(desk, "SN-7007") is None


def test_a_part_replaced_under_warranty_goes_to_the_returns_list(qtbot, desk, show):
    ticket = a_ticket(desk)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk)))
    dialog = show(desk, ticket.id)
    select_row(dialog.lines, 0)

    def replaces_part(prompt: QDialog) -> bool:
        assert prompt.tabs.currentWidget() is prompt.part_page  # the selected line's part
        assert prompt.line.currentData() == ticket.lines[0].id
        QTest.keyClicks(prompt.faulty_part, "OLD-55")
        QTest.keyClicks(prompt.new_part, "NEW-66")
        return press_ok(qtbot, prompt, prompt.buttons)

    dialog._run_prompt = Clerk(qtbot, replaces_part)
    click(qtbot, dialog.resolution.replace)
    (claim,) = returns_list(desk)
    assert (claim.faulty_serial, claim.status) == ("OLD-55", ClaimStatus.TO_SEND)
    assert dialog.record.resolution is Resolution.PART_REPLACED


def test_money_back_shows_beside_the_job_and_in_its_history(qtbot, desk, show):
    ticket = a_ticket(desk)
    dialog = show(desk, ticket.id)

    def gives_back(prompt: QDialog) -> bool:
        assert isinstance(prompt, RefundDialog)
        type_text(prompt.amount, "۱۲۰۰۰۰۰۰")
        prompt.method.setCurrentIndex(prompt.method.findData(PaymentMethod.CASH.value))
        type_text(prompt.reason, "سه بار همان عیب")
        return press_ok(qtbot, prompt, prompt.buttons)

    dialog._run_prompt = Clerk(qtbot, gives_back)
    click(qtbot, dialog.resolution.refund)
    assert dialog.record.resolution is Resolution.REFUNDED
    money = desk.locale.money(Decimal(12000000), dialog.record.currency)
    assert money in dialog.resolution.summary.text()
    assert any(money in row[2] for row in timeline(dialog))
    assert dialog.record.paid == 0  # a refund is not a payment for the job
    assert any(e.kind == EventKind.RESOLUTION for e in dialog.record.events)
