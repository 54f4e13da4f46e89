"""Follow-up calls: the company's rules (due days, the share called, the tries allowed), each
try kept, call-back days, calls scheduled by hand, and a problem that persists."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.kinds import FollowUpKind, FollowUpOutcome
from app.domain.workflow import TicketStatus as S
from app.errors import ValidationError
from app.services.company import company_settings, save_company_settings
from app.services.followups import (
    AttemptInput,
    attempts_of,
    due_followups,
    followups_of_ticket,
    get_followup,
    record_attempt,
    reschedule_followup,
    sampled,
    schedule_followup,
)
from app.services.history import customer_history
from app.services.tickets import TicketInput, get_ticket, move_ticket, open_ticket
from tests.conftest import TODAY
from tests.services.helpers import customer


def rules(desk, **changes):
    settings = company_settings(desk)
    return save_company_settings(desk, replace(settings, **changes), settings.version_token)


def delivered(desk, owner=None):
    owner = owner or customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return ticket


def the_call(desk, ticket):
    (call,) = followups_of_ticket(desk, ticket.id)
    return call


def not_answered(desk, call, back=TODAY + timedelta(days=1)):
    return record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.NO_ANSWER, call_back_on=back))


def test_the_call_is_due_the_companys_number_of_days_after_delivery(desk):
    assert company_settings(desk).followup_after_days == 3
    assert the_call(desk, delivered(desk)).due_date == TODAY + timedelta(days=3)
    rules(desk, followup_after_days=7)
    later = delivered(desk, customer(desk, "سارا", "09351112233"))
    assert the_call(desk, later).due_date == TODAY + timedelta(days=7)


def test_settings_refuse_rules_out_of_their_limits(desk):
    for changes in ({"followup_after_days": -1}, {"followup_share": 101}, {"followup_attempts": 0},
                    {"followup_attempts": 21}):
        with pytest.raises(ValidationError) as refused:
            rules(desk, **changes)
        assert refused.value.field == next(iter(changes))
    assert rules(desk, followup_share=30, followup_attempts=5).followup_attempts == 5
    assert company_settings(desk).followup_share == 30


def test_a_share_of_tickets_is_called_the_same_ones_every_time():
    chosen = [i for i in range(1, 101) if sampled(i, 30)]
    assert len(chosen) == 30
    assert chosen == [i for i in range(1, 101) if sampled(i, 30)]
    assert 25 <= sum(sampled(i, 30) for i in range(1000, 1100)) <= 35
    assert all(sampled(i, 100) for i in range(1, 500)) and not any(sampled(i, 0) for i in range(1, 500))
    assert set(chosen) <= {i for i in range(1, 101) if sampled(i, 60)}  # a larger share keeps those called


def test_a_ticket_outside_the_share_gets_no_call(desk):
    rules(desk, followup_share=0)
    assert followups_of_ticket(desk, delivered(desk).id) == []


def test_not_reached_the_call_back_day_becomes_due_and_each_try_is_kept(desk):
    call = the_call(desk, delivered(desk))
    with pytest.raises(ValidationError) as refused:
        record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.NO_ANSWER))
    assert refused.value.field == "call_back_on"
    with pytest.raises(ValidationError):
        not_answered(desk, call, back=TODAY - timedelta(days=1))
    call = not_answered(desk, call, back=TODAY + timedelta(days=10))
    assert (call.due_date, call.done_at, call.outcome) == (TODAY + timedelta(days=10), None, "no_answer")
    assert due_followups(desk, on=TODAY + timedelta(days=9)) == []
    assert [a.outcome for a in attempts_of(desk, call.id)] == ["no_answer"]
    assert attempts_of(desk, call.id)[0].call_back_on == TODAY + timedelta(days=10)


def test_after_the_last_try_allowed_the_call_closes_as_not_reached(desk):
    rules(desk, followup_attempts=2)
    call = not_answered(desk, the_call(desk, delivered(desk)))
    assert call.done_at is None
    call = record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.CALL_BACK))  # no day needed
    assert (call.outcome, call.done_at is not None) == ("not_reached", True)
    assert [a.outcome for a in attempts_of(desk, call.id)] == ["no_answer", "call_back"]
    with pytest.raises(ValidationError):
        not_answered(desk, call)


def test_a_wrong_number_closes_the_call_at_once(desk):
    call = the_call(desk, delivered(desk))
    call = record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.WRONG_NUMBER))
    assert (call.outcome, call.done_at is not None) == ("wrong_number", True)


def test_a_problem_that_persists_reopens_the_ticket_as_rework(desk):
    ticket = delivered(desk)
    call = not_answered(desk, the_call(desk, ticket))
    call = record_attempt(desk, call.id, call.version, AttemptInput(
        FollowUpOutcome.REACHED, csat=2, nps=3, comment="باز هم صدا می‌دهد", problem_persists=True))
    assert (call.csat, call.nps, call.problem_persists, call.done_at is not None) == (2, 3, True, True)
    reopened = get_ticket(desk, ticket.id)
    assert (reopened.status, reopened.is_rework) == (S.REOPENED, True)
    assert customer_history(desk, ticket.customer_id)[0].text == "باز هم صدا می‌دهد"


def test_a_refused_score_leaves_the_ticket_as_it_was(desk):
    ticket = delivered(desk)
    call = the_call(desk, ticket)
    with pytest.raises(ValidationError):
        record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.REACHED, csat=6,
                                                                 problem_persists=True))
    assert get_ticket(desk, ticket.id).status == S.DELIVERED
    assert attempts_of(desk, call.id) == []


def test_a_clerk_schedules_a_training_call_and_moves_it(desk):
    owner = customer(desk)
    with pytest.raises(ValidationError) as refused:
        schedule_followup(desk, owner.id, FollowUpKind.TRAINING, None)
    assert refused.value.field == "due_date"
    call = schedule_followup(desk, owner.id, FollowUpKind.TRAINING, TODAY + timedelta(days=2), "طرز کار با برنامه‌ها")
    assert (call.kind, call.note, call.ticket_id) == ("training", "طرز کار با برنامه‌ها", None)
    with pytest.raises(ValidationError):
        reschedule_followup(desk, call.id, call.version, TODAY - timedelta(days=1))
    moved = reschedule_followup(desk, call.id, call.version, TODAY + timedelta(days=5))
    assert get_followup(desk, call.id).due_date == moved.due_date == TODAY + timedelta(days=5)


def test_a_scheduled_call_names_only_the_customers_own_ticket(desk):
    other = delivered(desk, customer(desk, "سارا", "09351112233"))
    with pytest.raises(ValidationError) as refused:
        schedule_followup(desk, customer(desk).id, FollowUpKind.OTHER, TODAY, ticket_id=other.id)
    assert refused.value.field == "ticket"
