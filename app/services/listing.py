"""Pages of the main lists, filtered and sorted in SQL, read a page at a time."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeVar

from sqlalchemy import Row, Select, func, select

from app.domain.contracts import Contract
from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.domain.units import Asset, Product, Warranty
from app.domain.workflow import TicketStatus
from app.services.common import text_condition
from app.services.desk import Desk

R = TypeVar("R")


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    opened_at: datetime
    status: TicketStatus
    customer_name: str
    customer_mobile: str | None
    serial: str
    product: str
    fault: str
    coverage: str
    promised_date: date | None


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    mobile: str | None
    phone: str
    city: str
    vip: bool


@dataclass(frozen=True)
class WarrantyRow:
    id: int
    serial: str
    product: str
    customer_name: str
    kind: str
    start_date: date
    end_date: date
    voided_on: date | None


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    customer_name: str
    start_date: date
    end_date: date
    price: Decimal
    currency: str
    visits_included: int | None
    visits_used: int
    cancelled: bool


def _ticket_statement(text: str) -> Select:
    statement = (
        select(Ticket.id, Ticket.number, Ticket.opened_at, Ticket.status, Customer.name,
               Customer.mobile, Asset.serial, Product.brand, Product.model, Ticket.fault,
               Ticket.coverage, Ticket.promised_date)
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .outerjoin(Product, Product.id == Asset.product_id)
    )
    condition = text_condition(text, (Ticket.search_norm, ("fold", "digits", "serial")))
    return statement if condition is None else statement.where(condition)


def _ticket_row(r: Row) -> TicketRow:
    return TicketRow(r[0], r[1], r[2], TicketStatus(r[3]), r[4], r[5], r[6] or "",
                     f"{r[7] or ''} {r[8] or ''}".strip(), r[9], r[10], r[11])


def _customer_statement(text: str) -> Select:
    statement = select(Customer.id, Customer.name, Customer.mobile, Customer.phone, Customer.city, Customer.vip)
    condition = text_condition(text, (Customer.name_norm, ("fold",)), (Customer.mobile_key, ("digits",)),
                                (Customer.phone_key, ("digits",)))
    return statement if condition is None else statement.where(condition)


def _warranty_statement(text: str) -> Select:
    statement = (
        select(Warranty.id, Asset.serial, Product.brand, Product.model, Customer.name, Warranty.kind,
               Warranty.start_date, Warranty.end_date, Warranty.voided_on)
        .join(Asset, Asset.id == Warranty.asset_id)
        .join(Product, Product.id == Asset.product_id)
        .outerjoin(Customer, Customer.id == Asset.customer_id)
    )
    condition = text_condition(text, (Asset.serial_norm, ("serial",)), (Customer.name_norm, ("fold",)),
                                (Customer.mobile_key, ("digits",)))
    return statement if condition is None else statement.where(condition)


def _warranty_row(r: Row) -> WarrantyRow:
    return WarrantyRow(r[0], r[1], f"{r[2]} {r[3]}".strip(), r[4] or "", r[5], r[6], r[7], r[8])


def _contract_statement(text: str) -> Select:
    statement = (
        select(Contract.id, Contract.number, Customer.name, Contract.start_date, Contract.end_date,
               Contract.price, Contract.currency, Contract.visits_included, Contract.visits_used,
               Contract.cancelled_on)
        .join(Customer, Customer.id == Contract.customer_id)
    )
    condition = text_condition(text, (Customer.name_norm, ("fold",)), (Customer.mobile_key, ("digits",)),
                                (Contract.number, ("serial", "fold")))
    return statement if condition is None else statement.where(condition)


def _contract_row(r: Row) -> ContractRow:
    return ContractRow(*r[:9], r[9] is not None)


@dataclass(frozen=True)
class ListKind(Generic[R]):
    """One main list: how it is filtered, in which order, and how a row is made."""

    statement: Callable[[str], Select]
    order: Callable[[Desk], tuple]
    row: Callable[[Row], R]

    def page(self, desk: Desk, text: str = "", offset: int = 0, limit: int = 200) -> list[R]:
        statement = self.statement(text).order_by(*self.order(desk)).offset(offset).limit(limit)
        with desk.store.read() as session:
            return [self.row(r) for r in session.execute(statement)]

    def count(self, desk: Desk, text: str = "") -> int:
        statement = select(func.count()).select_from(self.statement(text).subquery())
        with desk.store.read() as session:
            return session.execute(statement).scalar_one()


TICKETS: ListKind[TicketRow] = ListKind(
    _ticket_statement, lambda desk: (Ticket.opened_at.desc(), Ticket.id.desc()), _ticket_row
)
"""Tickets matching the typed number, name, mobile or serial, newest first."""

CUSTOMERS: ListKind[CustomerRow] = ListKind(
    _customer_statement, lambda desk: (Customer.name_norm, Customer.id), lambda r: CustomerRow(*r)
)

WARRANTIES: ListKind[WarrantyRow] = ListKind(
    _warranty_statement,
    lambda desk: (Warranty.end_date < desk.today(), Warranty.end_date, Warranty.id),
    _warranty_row,
)
"""Running warranties ending soonest first, then those that have ended."""

CONTRACTS: ListKind[ContractRow] = ListKind(
    _contract_statement, lambda desk: (Contract.end_date.desc(), Contract.id), _contract_row
)
