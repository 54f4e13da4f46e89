"""The ticket workflow: which status moves are legal, and what a move leaves behind."""
from __future__ import annotations

from datetime import timedelta
from itertools import product

import pytest

from app.domain.kinds import EventKind, FollowUpKind
from app.domain.workflow import TicketStatus, allowed_moves, check_move, is_rework
from app.errors import ValidationError, WorkflowError
from app.services.customers import CustomerInput, create_customer
from app.services.followups import followups_of_ticket
from app.services.tickets import TicketInput, get_ticket, move_ticket, open_ticket
from app.services.units import AssetInput, create_product, register_asset

S = TicketStatus
ALL = list(TicketStatus)

# The canonical table, written out here on purpose rather than read from the module: the
# main line received → … → closed, the skips real work makes (no estimate, no parts), one
# step back when the technician finds more, cancelled from every open status, and rework.
LEGAL: dict[TicketStatus, set[TicketStatus]] = {
    S.RECEIVED: {S.DIAGNOSING, S.IN_REPAIR, S.READY, S.CANCELLED},
    S.DIAGNOSING: {S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.CANCELLED},
    S.AWAITING_APPROVAL: {S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.DIAGNOSING, S.CANCELLED},
    S.WAITING_PARTS: {S.IN_REPAIR, S.AWAITING_APPROVAL, S.CANCELLED},
    S.IN_REPAIR: {S.READY, S.WAITING_PARTS, S.AWAITING_APPROVAL, S.CANCELLED},
    S.READY: {S.DELIVERED, S.IN_REPAIR, S.CANCELLED},
    S.DELIVERED: {S.CLOSED, S.REOPENED},
    S.CLOSED: {S.REOPENED},
    S.CANCELLED: set(),
    S.REOPENED: {S.DIAGNOSING, S.IN_REPAIR, S.CANCELLED},
}
MAIN_LINE = [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR,
             S.READY, S.DELIVERED, S.CLOSED]
OPEN = [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY,
        S.REOPENED]
FINISHED = [S.DELIVERED, S.CLOSED, S.CANCELLED]

LEGAL_PAIRS = [(a, b) for a, b in product(ALL, ALL) if b in LEGAL[a]]
ILLEGAL_PAIRS = [(a, b) for a, b in product(ALL, ALL) if b not in LEGAL[a]]


def test_the_table_names_every_status():
    assert set(LEGAL) == set(ALL)
    assert len(LEGAL_PAIRS) + len(ILLEGAL_PAIRS) == len(ALL) ** 2


@pytest.mark.parametrize(("source", "target"), LEGAL_PAIRS, ids=[f"{a}->{b}" for a, b in LEGAL_PAIRS])
def test_a_legal_move_passes(source, target):
    assert check_move(source, target) is target
    # the plain strings stored in the database are accepted too
    assert check_move(source.value, target.value) is target


@pytest.mark.parametrize(("source", "target"), ILLEGAL_PAIRS, ids=[f"{a}->{b}" for a, b in ILLEGAL_PAIRS])
def test_every_other_move_is_refused(source, target):
    with pytest.raises(WorkflowError):
        check_move(source, target)


@pytest.mark.parametrize("source", ALL)
def test_allowed_moves_is_what_check_move_accepts(source):
    """The choices a screen offers are exactly the moves that would be accepted."""
    assert allowed_moves(source) == LEGAL[source]


def test_the_main_line_is_walkable_step_by_step():
    for source, target in zip(MAIN_LINE, MAIN_LINE[1:], strict=False):
        assert check_move(source, target) is target


@pytest.mark.parametrize("source", OPEN)
def test_cancelled_is_reachable_from_every_open_status(source):
    assert check_move(source, S.CANCELLED) is S.CANCELLED


@pytest.mark.parametrize("source", FINISHED)
def test_a_finished_ticket_cannot_be_cancelled(source):
    with pytest.raises(WorkflowError):
        check_move(source, S.CANCELLED)


@pytest.mark.parametrize("target", ALL)
def test_nothing_leaves_cancelled(target):
    with pytest.raises(WorkflowError):
        check_move(S.CANCELLED, target)


@pytest.mark.parametrize("source", ALL)
def test_reopened_only_from_delivered_or_closed(source):
    if source in (S.DELIVERED, S.CLOSED):
        assert check_move(source, S.REOPENED) is S.REOPENED
    else:
        with pytest.raises(WorkflowError):
            check_move(source, S.REOPENED)


@pytest.mark.parametrize("target", ALL)
def test_only_a_move_into_reopened_is_rework(target):
    assert is_rework(target) is (target is S.REOPENED)
    assert is_rework(target.value) is (target is S.REOPENED)


def test_the_refusal_names_both_statuses_by_their_labels():
    with pytest.raises(WorkflowError) as caught:
        check_move(S.DELIVERED, S.DIAGNOSING)
    assert caught.value.message() == "A ticket cannot move from “Delivered” to “Diagnosing”."


def test_the_refusal_shows_the_labels_in_the_users_language():
    persian = {
        ("Errors", "A ticket cannot move from “{source}” to “{target}”."):
            "پرونده از «{source}» به «{target}» نمی‌رود.",
        ("TicketStatus", "Waiting for parts"): "در انتظار قطعه",
        ("TicketStatus", "Ready for pickup"): "آماده تحویل",
    }

    def tr(context: str, text: str) -> str:
        return persian.get((context, text), text)

    with pytest.raises(WorkflowError) as caught:
        check_move(S.WAITING_PARTS, S.READY)
    assert caught.value.message(tr) == "پرونده از «در انتظار قطعه» به «آماده تحویل» نمی‌رود."


# --- through the ticket service ------------------------------------------------------


@pytest.fixture
def ticket(desk):
    customer = create_customer(desk, CustomerInput(name="رضا احمدی", mobile="09121112233"))
    product = create_product(desk, "Snowa", "SWM-84", "washing machine", warranty_months=18)
    asset = register_asset(desk, AssetInput(serial="SN-1001", product_id=product.id,
                                            customer_id=customer.id))
    return open_ticket(desk, TicketInput(customer_id=customer.id, asset_id=asset.id,
                                         fault="does not spin"))


def test_a_ticket_walks_the_main_line_and_every_move_is_in_its_history(desk, ticket):
    assert ticket.status is S.RECEIVED
    assert [(e.kind, e.from_status, e.to_status) for e in ticket.events] == [
        (EventKind.STATUS.value, None, S.RECEIVED.value)
    ]
    record = ticket
    for target in MAIN_LINE[1:]:
        before = record
        record = move_ticket(desk, record.id, record.version, target)
        assert record.status is target
        assert record.version > before.version
        assert len(record.events) == len(before.events) + 1
        last = record.events[-1]
        assert (last.kind, last.from_status, last.to_status) == (
            EventKind.STATUS.value, before.status.value, target.value)
        assert last.user_id == desk.actor.id

    stored = get_ticket(desk, ticket.id)
    assert stored.status is S.CLOSED
    assert [(e.from_status, e.to_status) for e in stored.events] == [
        (None, "received"), ("received", "diagnosing"), ("diagnosing", "awaiting_approval"),
        ("awaiting_approval", "waiting_parts"), ("waiting_parts", "in_repair"),
        ("in_repair", "ready"), ("ready", "delivered"), ("delivered", "closed"),
    ]
    assert stored.delivered_at is not None and stored.closed_at is not None
    assert not stored.is_rework


def test_delivery_schedules_the_satisfaction_call(desk, ticket):
    record = ticket
    for target in (S.IN_REPAIR, S.READY):
        record = move_ticket(desk, record.id, record.version, target)
    assert followups_of_ticket(desk, ticket.id) == []

    record = move_ticket(desk, record.id, record.version, S.DELIVERED)
    calls = followups_of_ticket(desk, ticket.id)
    assert len(calls) == 1
    assert calls[0].kind == FollowUpKind.AFTER_DELIVERY.value
    assert calls[0].customer_id == ticket.customer_id
    assert calls[0].due_date == desk.today() + timedelta(days=3)
    assert calls[0].done_at is None

    move_ticket(desk, record.id, record.version, S.CLOSED)
    assert len(followups_of_ticket(desk, ticket.id)) == 1  # closing does not add another


def test_an_illegal_move_raises_and_writes_nothing(desk, ticket):
    with pytest.raises(WorkflowError) as caught:
        move_ticket(desk, ticket.id, ticket.version, S.DELIVERED)
    assert caught.value.message() == "A ticket cannot move from “Received” to “Delivered”."

    after = get_ticket(desk, ticket.id)
    assert after.status is S.RECEIVED
    assert after.version == ticket.version
    assert after.events == ticket.events
    assert after.delivered_at is None
    assert followups_of_ticket(desk, ticket.id) == []


@pytest.mark.parametrize("note", ["", "   \n"])
def test_cancelling_needs_a_reason(desk, ticket, note):
    with pytest.raises(ValidationError) as caught:
        move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, note=note)
    assert caught.value.field == "note"
    after = get_ticket(desk, ticket.id)
    assert after.status is S.RECEIVED
    assert after.events == ticket.events


def test_cancelling_with_a_reason_records_it(desk, ticket):
    record = move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, note="  customer withdrew ")
    assert record.status is S.CANCELLED
    assert record.closed_at is not None
    last = record.events[-1]
    assert (last.from_status, last.to_status, last.text) == ("received", "cancelled", "customer withdrew")
    with pytest.raises(WorkflowError):
        move_ticket(desk, record.id, record.version, S.RECEIVED)


@pytest.mark.parametrize("reopen_from", [S.DELIVERED, S.CLOSED])
def test_reopening_marks_the_ticket_as_rework(desk, ticket, reopen_from):
    record = ticket
    for target in (S.IN_REPAIR, S.READY, S.DELIVERED, S.CLOSED):
        record = move_ticket(desk, record.id, record.version, target)
        if target is reopen_from:
            break
    assert not record.is_rework

    record = move_ticket(desk, record.id, record.version, S.REOPENED, note="same noise again")
    assert record.status is S.REOPENED
    assert record.is_rework
    assert record.closed_at is None
    assert (record.events[-1].from_status, record.events[-1].to_status) == (reopen_from.value, "reopened")

    # the rework goes back to the bench, and stays counted as rework
    record = move_ticket(desk, record.id, record.version, S.IN_REPAIR)
    assert get_ticket(desk, ticket.id).is_rework
