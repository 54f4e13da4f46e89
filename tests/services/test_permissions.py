"""Every action of the permission table is refused by its service to a role not allowed it,
whatever screen (or script) asks, and nothing changes."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from app.domain.kinds import ClaimStatus, LineKind, PaymentMethod, Role
from app.domain.permissions import PERMISSIONS, Action, allowed
from app.domain.workflow import TicketStatus
from app.errors import PermissionDenied
from app.importing import import_workbook
from app.services.accounts import add_account
from app.services.archive import delete_customer
from app.services.audit_trail import AUDIT_TRAIL
from app.services.company import company_settings, save_company_settings
from app.services.contracts import ContractInput, create_contract
from app.services.customers import CustomerInput, create_customer
from app.services.desk import Actor, Desk, vouch
from app.services.line_coverage import override_line_coverage
from app.services.merge import merge_customers
from app.services.parts import count_stock, list_parts
from app.services.payments import PaymentInput
from app.services.products import save_category_rule
from app.services.ticket_corrections import undo_last_move, update_line
from app.services.tickets import LineInput, TicketInput, add_line, move_ticket, open_ticket
from app.services.units import extend_warranty, sell_extended_warranty, void_warranty
from tests.importing.conftest import write_book
from tests.services.helpers import customer, part, unit


def as_role(desk: Desk, role: Role) -> Desk:
    """A desk of that role, as if it had signed in (a database with passwords takes no other)."""
    return Desk(desk.store, vouch(Actor(desk.actor.id, role.value, role)), desk.locale, desk.today)


def delivered_ticket(desk: Desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (TicketStatus.IN_REPAIR, TicketStatus.READY):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return move_ticket(desk, ticket.id, ticket.version, TicketStatus.DELIVERED,
                       payment=PaymentInput(Decimal(0), PaymentMethod.CASH))


def probe(action: Action, desk: Desk, tmp_path) -> Callable[[Desk], object]:
    """A call to the service that does `action`, set up by the administrator on `desk`."""
    match action:
        case Action.VOID_WARRANTY:
            owned = unit(desk, customer(desk))
            return lambda d: void_warranty(d, owned.warranties[0].id, owned.warranties[0].version, "دستکاری")
        case Action.EXTEND_WARRANTY:
            owned = unit(desk, customer(desk))
            return lambda d: extend_warranty(d, owned.id, 12, "فروش گارانتی تمدیدی")
        case Action.OVERRIDE_PRICE:
            ticket = open_ticket(desk, TicketInput(fault="نشتی", customer_id=customer(desk).id))
            ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk),
                                                                         quantity=Decimal(1)))
            line = ticket.lines[0]
            return lambda d: update_line(d, ticket.id, ticket.version, line.id, Decimal(1), Decimal(1), "تخفیف")
        case Action.EDIT_PARTS:
            made = part(desk)
            pump = next(p for p in list_parts(desk) if p.id == made)
            return lambda d: count_stock(d, pump.id, 1, "شمارش")
        case Action.UNDO_MOVE:
            ticket = open_ticket(desk, TicketInput(fault="نشتی", customer_id=customer(desk).id))
            ticket = move_ticket(desk, ticket.id, ticket.version, TicketStatus.DIAGNOSING)
            return lambda d: undo_last_move(d, ticket.id, ticket.version, "اشتباه زدم")
        case Action.UNDO_DELIVERY:
            ticket = delivered_ticket(desk)
            return lambda d: undo_last_move(d, ticket.id, ticket.version, "اشتباه زدم")
        case Action.DELETE_OR_ARCHIVE:
            someone = customer(desk)
            return lambda d: delete_customer(d, someone.id, someone.version)
        case Action.MERGE_CUSTOMERS:
            one = customer(desk)
            two = create_customer(desk, CustomerInput(name="علی رضایی", mobile="09121234568"))
            return lambda d: merge_customers(d, one.id, one.version, two.id, two.version)
        case Action.CONTRACTS:
            owned = unit(desk, customer(desk))
            return lambda d: create_contract(d, ContractInput(customer_id=owned.customer_id,
                                                              start_date=date(2025, 6, 1),
                                                              end_date=date(2026, 5, 31), asset_ids=[owned.id]))
        case Action.IMPORT:
            book = write_book(tmp_path / "log.xlsx", {"Sheet1": [["نام", "همراه"], ["رضا", "09121111111"]]})
            return lambda d: import_workbook(d, book)
        case Action.COMPANY_SETTINGS:
            settings = company_settings(desk)
            return lambda d: save_company_settings(d, settings, settings.version_token)
        case Action.READ_AUDIT:
            return lambda d: AUDIT_TRAIL.page(d)
        case Action.RESTORE:
            from app.services.accounts import set_password
            from app.services.backups import backup_to, restore_from

            copy = backup_to(desk.store.url, tmp_path / "copy.db")
            set_password(desk, "admin", "zard-e-zafaran-7")  # the database now asks who restores
            return lambda d: restore_from(d.store.url, copy, tmp_path / "backups", d.actor)
        case Action.USERS:
            return lambda d: add_account(d, "sara", "سارا رضایی", Role.CLERK, None)
        case Action.COMPLAINTS:
            from app.domain.kinds import Channel
            from app.services.complaints import ComplaintInput, close_complaint, open_complaint

            filed = open_complaint(desk, ComplaintInput(customer(desk).id, Channel.PHONE, "تأخیر", "دیر آماده شد"))
            return lambda d: close_complaint(d, filed.id, filed.version, "کمبود قطعه", "سفارش زودتر")
        case Action.REFUND:
            from app.services.resolutions import refund

            ticket = open_ticket(desk, TicketInput(fault="سه بار همان عیب", customer_id=customer(desk).id))
            return lambda d: refund(d, ticket.id, ticket.version, Decimal(1000), PaymentMethod.CASH, "قانون")
        case Action.RETURN_CLAIMS:
            from app.services.resolutions import replace_part
            from app.services.returns import returns_list, set_claim_status

            owned = unit(desk, customer(desk))
            ticket = open_ticket(desk, TicketInput(fault="نشتی", customer_id=owned.customer_id, asset_id=owned.id))
            ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk)))
            replace_part(desk, ticket.id, ticket.version, ticket.lines[0].id, "OLD-1", "NEW-1")
            (claim,) = returns_list(desk)
            return lambda d: set_claim_status(d, claim.id, claim.version, ClaimStatus.SENT)
        case Action.SELL_WARRANTY:
            owned = unit(desk, customer(desk))
            return lambda d: sell_extended_warranty(d, owned.id, 12, Decimal("9000000"), "گارانتی تمدیدی")
        case Action.WARRANTY_RULES:
            return lambda d: save_category_rule(d, "یخچال", 18, 2)
        case Action.OVERRIDE_COVERAGE:
            owned = unit(desk, customer(desk))
            ticket = open_ticket(desk, TicketInput(fault="نشتی", customer_id=owned.customer_id, asset_id=owned.id))
            ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.LABOR, unit_price=Decimal(100)))
            return lambda d: override_line_coverage(d, ticket.id, ticket.version, ticket.lines[0].id, False,
                                                    "خسارت فیزیکی")
        case Action.MONTHLY_REPORT:
            from app.locale.calendars import Calendar
            from app.reports.monthly import monthly_report

            return lambda d: monthly_report(d, 1404, 3, Calendar.JALALI)
    raise AssertionError(f"no probe for {action}")


def test_every_action_is_in_the_table():
    assert set(PERMISSIONS) == set(Action)


@pytest.mark.parametrize("action", list(Action))
def test_each_action_is_refused_at_the_service_to_a_role_without_it(desk, tmp_path, action):
    attempt = probe(action, desk, tmp_path)
    refused = [role for role in (Role.CLERK, Role.TECHNICIAN, Role.MANAGER) if not allowed(role, action)]
    assert refused, f"{action} is everyone's: it needs no row in the table"
    for role in refused:
        with pytest.raises(PermissionDenied):
            attempt(as_role(desk, role))
    attempt(desk)  # the administrator may, once the refusals changed nothing



def contract_calls(desk: Desk) -> list[Callable[[Desk], object]]:
    """Every service that changes a contract, each set up on its own contract (drafts, but the
    one a visit is recorded on)."""
    from app.services.contracts import (
        VisitInput,
        cancel_contract,
        record_visit,
        renew_contract,
        sign_contract,
        update_contract,
    )

    owned = unit(desk, customer(desk))
    made = [create_contract(desk, ContractInput(customer_id=owned.customer_id, start_date=date(2025, 6, 1),
                                                end_date=date(2026, 5, 31), asset_ids=[owned.id], draft=n < 4))
            for n in range(5)]
    return [
        lambda d: update_contract(d, made[0].id, made[0].version, made[0].input),
        lambda d: sign_contract(d, made[1].id, made[1].version),
        lambda d: cancel_contract(d, made[2].id, made[2].version, date(2025, 6, 15), "فروش دستگاه"),
        lambda d: renew_contract(d, made[3].id),
        lambda d: record_visit(d, made[4].id, made[4].version, VisitInput(date(2025, 6, 10))),
    ]


def test_every_change_to_a_contract_is_refused_to_clerks_and_technicians_and_done_by_a_manager(desk):
    for attempt in contract_calls(desk):
        for role in (Role.CLERK, Role.TECHNICIAN):
            with pytest.raises(PermissionDenied):
                attempt(as_role(desk, role))
        attempt(as_role(desk, Role.MANAGER))
