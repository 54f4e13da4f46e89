"""A manager covers a ticket line the rule charges, or charges one it covers, saying why."""
from __future__ import annotations

from app.domain.coverage import LineRule
from app.domain.permissions import Action
from app.domain.tickets import Ticket, TicketLine
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Change, record_changes
from app.services.common import load_for_edit
from app.services.desk import Desk
from app.services.tickets import TicketRecord, require_open, ticket_record, touch


def override_line_coverage(desk: Desk, ticket_id: int, version: int, line_id: int, covered: bool,
                           reason: str) -> TicketRecord:
    """Cover (`covered` True) or charge one line of an open ticket against its rule; the reason
    is kept on the line and the change in the ticket's history."""
    desk.require(Action.OVERRIDE_COVERAGE)
    reason = desk.text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the line is covered or charged."),
                              field="reason")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        line = session.get(TicketLine, line_id)
        if line is None or line.ticket_id != ticket.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        if line.covered == covered:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The line is covered that way already."))
        rule = LineRule.OVERRIDE_COVERED if covered else LineRule.OVERRIDE_CHARGED
        record_changes(session, desk.actor.id, [Change("line", line.description, line.description),
                                                Change("line_coverage", line.coverage_rule, rule.value),
                                                Change("reason", "", reason)],
                       customer_id=ticket.customer_id, ticket_id=ticket.id)
        line.covered, line.coverage_rule, line.override_reason = covered, rule.value, reason
        touch(ticket)
        return ticket_record(session, ticket.id)
