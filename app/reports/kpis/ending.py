"""The warranties and contracts whose last day falls in a month: the calls to make."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.domain.contracts import Contract, ContractDays, ContractStatus, contract_status
from app.domain.kinds import WarrantyKind
from app.domain.people import Customer
from app.domain.units import Warranty
from app.reports.month import ReportMonth

_NOT_RUNNING = frozenset({ContractStatus.DRAFT, ContractStatus.CANCELLED})


@dataclass(frozen=True)
class EndingContract:
    number: str
    customer: str
    end_date: date
    price: Decimal
    renewed: bool
    """A renewal of it has been saved already."""


@dataclass(frozen=True)
class Ending:
    warranties: dict[WarrantyKind, int]
    """Every kind present, 0 when none ends."""
    contracts: tuple[EndingContract, ...]
    """By end date, then number."""

    @property
    def warranty_count(self) -> int:
        return sum(self.warranties.values())


def ending(session: Session, month: ReportMonth) -> Ending:
    """The warranties and maintenance contracts whose last day falls in `month` (the report
    asks for the month after its own).

    - Warranties: by kind (standard, extended, repair); a voided warranty is not counted.
    - Contracts: those signed and running to their end, by the one contract status rule
      (a draft, or a contract cancelled before its end, is not listed), with their
      customer, last day and price, and whether a renewal is already saved.
    """
    in_month = (month.first_day, month.last_day)
    warranties = dict.fromkeys(WarrantyKind, 0) | {
        WarrantyKind(kind): count for kind, count in session.execute(
            select(Warranty.kind, func.count())
            .where(Warranty.end_date.between(*in_month), Warranty.voided_on.is_(None))
            .group_by(Warranty.kind))}
    renewal = aliased(Contract)
    renewed = select(renewal.id).where(renewal.renewal_of_id == Contract.id).exists()
    contracts = tuple(
        EndingContract(number, customer, end, price, was_renewed)
        for number, customer, end, price, was_renewed, draft, start, cancelled in session.execute(
            select(Contract.number, Customer.name, Contract.end_date, Contract.price, renewed,
                   Contract.draft, Contract.start_date, Contract.cancelled_on)
            .join(Customer, Customer.id == Contract.customer_id)
            .where(Contract.end_date.between(*in_month))
            .order_by(Contract.end_date, Contract.number))
        # Its status on its own last day: whether it runs to its end.
        if contract_status(ContractDays(bool(draft), start, end, cancelled), end) not in _NOT_RUNNING)
    return Ending(warranties, contracts)
