"""The ticket workflow: canonical statuses and the moves allowed between them.

This module is the only place that decides whether a status move is legal; services,
widgets and the import all ask it.
"""
from __future__ import annotations

from enum import StrEnum

from app.errors import WorkflowError
from app.i18n import QT_TRANSLATE_NOOP, Label

STATUS_CONTEXT = "TicketStatus"


class TicketStatus(StrEnum):
    RECEIVED = "received"
    DIAGNOSING = "diagnosing"
    AWAITING_APPROVAL = "awaiting_approval"
    WAITING_PARTS = "waiting_parts"
    IN_REPAIR = "in_repair"
    READY = "ready"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REOPENED = "reopened"


S = TicketStatus

STATUS_LABELS: dict[TicketStatus, str] = {
    S.RECEIVED: QT_TRANSLATE_NOOP("TicketStatus", "Received"),
    S.DIAGNOSING: QT_TRANSLATE_NOOP("TicketStatus", "Diagnosing"),
    S.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("TicketStatus", "Awaiting approval"),
    S.WAITING_PARTS: QT_TRANSLATE_NOOP("TicketStatus", "Waiting for parts"),
    S.IN_REPAIR: QT_TRANSLATE_NOOP("TicketStatus", "In repair"),
    S.READY: QT_TRANSLATE_NOOP("TicketStatus", "Ready for pickup"),
    S.DELIVERED: QT_TRANSLATE_NOOP("TicketStatus", "Delivered"),
    S.CLOSED: QT_TRANSLATE_NOOP("TicketStatus", "Closed"),
    S.CANCELLED: QT_TRANSLATE_NOOP("TicketStatus", "Cancelled"),
    S.REOPENED: QT_TRANSLATE_NOOP("TicketStatus", "Reopened (rework)"),
}

# Forward moves of the job. A step may be skipped where real work skips it (a quick fix
# needs no estimate, a unit may need no parts), and a job may step back one stage when the
# technician finds more than expected.
_FORWARD: dict[TicketStatus, frozenset[TicketStatus]] = {
    S.RECEIVED: frozenset({S.DIAGNOSING, S.IN_REPAIR, S.READY}),
    S.DIAGNOSING: frozenset({S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY}),
    S.AWAITING_APPROVAL: frozenset({S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.DIAGNOSING}),
    S.WAITING_PARTS: frozenset({S.IN_REPAIR, S.AWAITING_APPROVAL}),
    S.IN_REPAIR: frozenset({S.READY, S.WAITING_PARTS, S.AWAITING_APPROVAL}),
    S.READY: frozenset({S.DELIVERED, S.IN_REPAIR}),
    S.DELIVERED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.CANCELLED: frozenset(),
    S.REOPENED: frozenset({S.DIAGNOSING, S.IN_REPAIR}),
}

OPEN_STATUSES: frozenset[TicketStatus] = frozenset(
    {S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.REOPENED}
)
"""Statuses in which the unit is still with the service unit and the job can be cancelled."""

PENDING_WORK: frozenset[TicketStatus] = frozenset(
    {S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.REOPENED}
)
"""Statuses in which the promised date still binds: the unit is not ready yet."""

DONE_STATUSES: frozenset[TicketStatus] = frozenset({S.DELIVERED, S.CLOSED, S.CANCELLED})


def status_label(status: TicketStatus | str) -> Label:
    return Label(STATUS_CONTEXT, STATUS_LABELS[TicketStatus(status)])


def allowed_moves(current: TicketStatus | str) -> frozenset[TicketStatus]:
    """Every status a ticket in `current` may move to."""
    status = TicketStatus(current)
    moves = set(_FORWARD[status])
    if status in OPEN_STATUSES:
        moves.add(S.CANCELLED)
    return frozenset(moves)


def check_move(current: TicketStatus | str, target: TicketStatus | str) -> TicketStatus:
    """Return `target` as a status if the move is legal; raise WorkflowError otherwise."""
    source, destination = TicketStatus(current), TicketStatus(target)
    if destination not in allowed_moves(source):
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "A ticket cannot move from “{source}” to “{target}”."),
            source=status_label(source),
            target=status_label(destination),
        )
    return destination


def is_rework(target: TicketStatus | str) -> bool:
    """A move into `reopened` makes the ticket a repeat repair."""
    return TicketStatus(target) is S.REOPENED
