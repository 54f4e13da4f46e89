"""Screens hide or disable what the signed-in role may not do (the services refuse it anyway)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.kinds import PaymentMethod, Role
from app.domain.workflow import TicketStatus
from app.services.desk import Actor, Desk
from app.services.payments import PaymentInput
from app.services.tickets import TicketInput, move_ticket, open_ticket
from app.ui.customers.customer_dialog import CustomerDialog
from app.ui.tickets.ticket_dialog import TicketDialog
from tests.services.helpers import customer


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, role.value, role), desk.locale, desk.today)


def moved(desk: Desk, *statuses: TicketStatus):
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer(desk).id))
    for status in statuses:
        payment = PaymentInput(Decimal(0), PaymentMethod.CASH) if status is TicketStatus.DELIVERED else None
        ticket = move_ticket(desk, ticket.id, ticket.version, status, payment=payment)
    return ticket


@pytest.mark.parametrize(("role", "undo"), [(Role.TECHNICIAN, False), (Role.CLERK, True), (Role.MANAGER, True)])
def test_undoing_a_move_is_offered_to_those_who_may(open_dialog, desk, role, undo):
    ticket = moved(desk, TicketStatus.DIAGNOSING)
    window = open_dialog("fa", lambda: TicketDialog(as_role(desk, role), ticket.id))
    assert window.undo_move.isVisible() is undo


@pytest.mark.parametrize(("role", "undo"), [(Role.CLERK, False), (Role.MANAGER, True)])
def test_undoing_a_delivery_is_a_managers(open_dialog, desk, role, undo):
    ticket = moved(desk, TicketStatus.IN_REPAIR, TicketStatus.READY, TicketStatus.DELIVERED)
    window = open_dialog("ar", lambda: TicketDialog(as_role(desk, role), ticket.id))
    assert window.undo_move.isVisible() is undo


def test_a_clerk_cannot_merge_archive_or_delete_a_customer(open_dialog, desk):
    someone = customer(desk)
    window = open_dialog("fa", lambda: CustomerDialog(as_role(desk, Role.CLERK), someone.id))
    corrections = window.corrections
    assert not any(action.isEnabled() for action in
                   (corrections.merge_action, corrections.archive_action, corrections.delete_action))
    manager = open_dialog("fa", lambda: CustomerDialog(as_role(desk, Role.MANAGER), someone.id))
    assert manager.corrections.archive_action.isEnabled() and manager.corrections.delete_action.isEnabled()
