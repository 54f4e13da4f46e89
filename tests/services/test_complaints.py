"""Complaints: opened from any channel against a customer, answered, closed with the root
cause and the action required, reassigned, listed, and in the customer's one history."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.kinds import Channel, ComplaintStatus, EventKind, Role
from app.errors import NotFound, ValidationError
from app.services.accounts import add_account
from app.services.company import company_settings, save_company_settings
from app.services.complaints import (
    ComplaintInput,
    answer_complaint,
    close_complaint,
    complaints_of_customer,
    get_complaint,
    list_complaints,
    open_complaint,
    open_complaints,
    reassign_complaint,
    update_complaint,
)
from app.services.history import customer_history
from app.services.tickets import TicketInput, open_ticket
from tests.services.helpers import customer, unit


def filed(desk, owner=None, **changes):
    owner = owner or customer(desk)
    data = ComplaintInput(owner.id, Channel.PHONE, "زمان انتظار", "دو هفته است منتظر قطعه هستم")
    return open_complaint(desk, replace(data, **changes))


def test_nothing_is_chosen_for_the_clerk(desk):
    owner = customer(desk)
    for changes, field in (({"channel": None}, "channel"), ({"category": "  "}, "category"),
                           ({"description": ""}, "description")):
        with pytest.raises(ValidationError) as refused:
            filed(desk, owner, **changes)
        assert refused.value.field == field
    complaint = filed(desk, owner)
    assert (complaint.status, complaint.owner_id, complaint.opened_by) == (ComplaintStatus.OPEN, None, "Administrator")


def test_a_complaint_names_only_the_customers_own_ticket_and_unit(desk):
    owner, other = customer(desk), customer(desk, "سارا", "09351112233")
    theirs = open_ticket(desk, TicketInput(fault="نشتی", customer_id=other.id))
    with pytest.raises(ValidationError) as refused:
        filed(desk, owner, ticket_id=theirs.id)
    assert refused.value.field == "ticket"
    with pytest.raises(ValidationError) as refused:
        filed(desk, owner, asset_id=unit(desk, other).id)
    assert refused.value.field == "unit"
    with pytest.raises(NotFound):
        filed(desk, owner, owner_id=999)


def test_answered_then_closed_with_root_cause_and_action_required(desk):
    complaint = filed(desk)
    with pytest.raises(ValidationError) as refused:
        answer_complaint(desk, complaint.id, complaint.version, " ")
    assert refused.value.field == "answer"
    complaint = answer_complaint(desk, complaint.id, complaint.version, "قطعه سفارش داده شد")
    assert (complaint.status, complaint.answered_by, complaint.answered_at is not None) == (
        ComplaintStatus.ANSWERED, "Administrator", True)
    with pytest.raises(ValidationError) as refused:
        close_complaint(desk, complaint.id, complaint.version, "", "سفارش زودتر")
    assert refused.value.field == "root_cause"
    with pytest.raises(ValidationError) as refused:
        close_complaint(desk, complaint.id, complaint.version, "کمبود قطعه", "")
    assert refused.value.field == "action_required"
    complaint = close_complaint(desk, complaint.id, complaint.version, "کمبود قطعه", "سفارش زودتر")
    assert (complaint.status, complaint.root_cause, complaint.action_required) == (
        ComplaintStatus.CLOSED, "کمبود قطعه", "سفارش زودتر")
    assert complaint.closed_at is not None
    with pytest.raises(ValidationError):
        answer_complaint(desk, complaint.id, complaint.version, "دوباره")
    assert get_complaint(desk, complaint.id).answer == "قطعه سفارش داده شد"


def test_reassigned_corrected_and_listed(desk):
    sara = add_account(desk, "sara", "سارا رضایی", Role.CLERK, None)
    owner = customer(desk)
    first = filed(desk, owner)
    second = filed(desk, owner, category="رفتار کارکنان")
    first = reassign_complaint(desk, first.id, first.version, sara.id)
    assert first.owner_name == "سارا رضایی"
    first = update_complaint(desk, first.id, first.version, ComplaintInput(
        owner.id, Channel.WALK_IN, "کیفیت تعمیر", "باز هم نشتی دارد", owner_id=sara.id))
    assert (first.channel, first.category) == ("walk_in", "کیفیت تعمیر")
    close_complaint(desk, second.id, second.version, "بی‌حوصلگی", "آموزش")
    (still_open,) = open_complaints(desk)
    assert (still_open.id, still_open.customer_name, still_open.owner_name, still_open.category) == (
        first.id, owner.name, "سارا رضایی", "کیفیت تعمیر")
    assert [c.id for c in list_complaints(desk, ComplaintStatus.CLOSED)] == [second.id]
    assert [c.id for c in list_complaints(desk)] == [second.id, first.id]
    assert [c.id for c in complaints_of_customer(desk, owner.id)] == [second.id, first.id]


def test_the_complaint_is_in_the_customers_history_with_its_status(desk):
    owner = customer(desk)
    complaint = filed(desk, owner)
    (entry,) = customer_history(desk, owner.id)
    assert (entry.kind, entry.complaint_status, entry.text) == (
        EventKind.COMPLAINT, "open", "زمان انتظار: دو هفته است منتظر قطعه هستم")
    answer_complaint(desk, complaint.id, complaint.version, "پیگیری شد")
    assert customer_history(desk, owner.id)[0].complaint_status == "answered"


def test_the_companys_categories_replace_the_built_in_ones(desk):
    settings = company_settings(desk)
    assert settings.categories_of_complaints() == []
    saved = save_company_settings(desk, replace(settings, complaint_categories="تأخیر\n\n  رفتار  \n"),
                                  settings.version_token)
    assert saved.categories_of_complaints() == ["تأخیر", "رفتار"]


def test_a_merge_moves_the_complaints_and_they_keep_a_customer_from_deletion(desk):
    from app.services.archive import HasDependents, delete_customer
    from app.services.customers import get_customer
    from app.services.merge import merge_customers

    keep, other = customer(desk), customer(desk, "علی رضائی", "09351112233")
    complaint = filed(desk, other)
    with pytest.raises(HasDependents):
        delete_customer(desk, other.id, other.version)
    merge_customers(desk, keep.id, get_customer(desk, keep.id).version, other.id, get_customer(desk, other.id).version)
    assert get_complaint(desk, complaint.id).customer_id == keep.id
