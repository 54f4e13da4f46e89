"""Annual maintenance contracts: create, cover units, cancel."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.domain.contracts import Contract
from app.domain.numbering import Series, next_number
from app.domain.people import Customer
from app.domain.permissions import Action
from app.domain.units import Asset
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.common import get_or_missing, load_for_edit
from app.services.desk import Desk
from app.services.periodic import schedule_contract_service


@dataclass
class ContractInput:
    customer_id: int
    start_date: date
    end_date: date
    asset_ids: list[int]
    price: Decimal = Decimal(0)
    visits_included: int | None = None
    response_hours: int | None = None
    terms: str = ""


@dataclass(frozen=True)
class ContractRecord:
    id: int
    version: int
    number: str
    customer_id: int
    start_date: date
    end_date: date
    price: Decimal
    currency: str
    visits_included: int | None
    visits_used: int
    visits_left: int | None
    response_hours: int | None
    asset_ids: tuple[int, ...]
    cancelled: bool

    @classmethod
    def of(cls, c: Contract) -> ContractRecord:
        return cls(c.id, c.version, c.number, c.customer_id, c.start_date, c.end_date, c.price,
                   c.currency, c.visits_included, c.visits_used, c.visits_left, c.response_hours,
                   tuple(a.id for a in c.assets), c.cancelled_on is not None)


def create_contract(desk: Desk, data: ContractInput) -> ContractRecord:
    """A manager signs an AMC for some of the customer's units."""
    desk.require(Action.CONTRACTS)
    if data.end_date < data.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The contract ends before it starts."),
                              field="end_date")
    if data.price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price cannot be negative."), field="price")
    if data.visits_included is not None and data.visits_included < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Visits cannot be negative."),
                              field="visits_included")
    if not data.asset_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one unit for the contract."),
                              field="assets")
    with desk.store.write() as session:
        customer = get_or_missing(session, Customer, data.customer_id)
        assets = [get_or_missing(session, Asset, asset_id) for asset_id in data.asset_ids]
        contract = Contract(
            number=next_number(session, Series.CONTRACT, desk.numbering_year(data.start_date)),
            customer_id=customer.id, start_date=data.start_date, end_date=data.end_date,
            price=data.price, currency=desk.locale.currency, visits_included=data.visits_included,
            response_hours=data.response_hours, terms=data.terms.strip(), assets=assets,
        )
        session.add(contract)
        session.flush()
        schedule_contract_service(session, desk, contract)
        return ContractRecord.of(contract)


def cancel_contract(desk: Desk, contract_id: int, version: int, on: date | None = None) -> ContractRecord:
    """A manager ends a contract: from `on` (today by default) it no longer covers."""
    desk.require(Action.CONTRACTS)
    with desk.store.write() as session:
        contract = load_for_edit(session, Contract, contract_id, version)
        contract.cancelled_on = on or desk.today()
        session.flush()
        return ContractRecord.of(contract)


def contracts_of(desk: Desk, customer_id: int) -> list[ContractRecord]:
    with desk.store.read() as session:
        rows = session.scalars(
            select(Contract).where(Contract.customer_id == customer_id)
            .options(selectinload(Contract.assets)).order_by(Contract.start_date)
        )
        return [ContractRecord.of(c) for c in rows]
