"""What the warranty paid for, by product model and by part: the feedback to production."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.parts import Part
from app.domain.tickets import Ticket, TicketLine
from app.domain.units import Asset, Product
from app.reports.kpis.common import money, within
from app.reports.month import ReportMonth
from app.services.listing import coverage_group

TOP = 10


@dataclass(frozen=True)
class CostRow:
    name: str | None
    """The product's brand and model, or the part's name and code; None: the job's unit,
    or the line's part, was not recorded."""
    jobs: int
    cost: Decimal


@dataclass(frozen=True)
class WarrantyCost:
    jobs: int
    cost: Decimal
    by_product: tuple[CostRow, ...]
    """The ten models that cost most, most first."""
    other_products: CostRow | None
    """All the other models in one row; None when there were no more."""
    by_part: tuple[CostRow, ...]
    other_parts: CostRow | None
    work: CostRow | None
    """The covered lines that name no part (labour, a part typed by hand)."""


def line_amount() -> object:
    """A line's quantity times its price, in ten-thousandths (money(…, 4) makes it money)."""
    return type_coerce(TicketLine.quantity, BigInteger) * type_coerce(TicketLine.unit_price, BigInteger)


def _top(rows: list[CostRow]) -> tuple[tuple[CostRow, ...], list[CostRow]]:
    ranked = sorted(rows, key=lambda r: (-r.cost, -r.jobs, r.name or ""))
    return tuple(ranked[:TOP]), ranked[TOP:]


def warranty_cost(session: Session, month: ReportMonth) -> WarrantyCost:
    """What the warranty paid for, by product model and by part.

    The jobs delivered in the month whose coverage at intake was a warranty, and the cost of
    their lines the warranty covered (parts and labour at the prices on the lines). By model:
    each model's jobs and their covered cost. By part: each part's covered lines, and the
    jobs they were on. The ten that cost most are listed; the rest make one "other" row, so
    the rows add up to the total. Lines that name no part (labour) are a row of their own.
    """
    warranty = (within(Ticket.delivered_at, month), coverage_group("warranty"))
    amount = line_amount()
    covered = TicketLine.covered.is_(True)
    products = [
        CostRow(f"{brand} {model}" if product is not None else None, jobs, money(cost, 4))
        for product, brand, model, jobs, cost in session.execute(
            select(Product.id, Product.brand, Product.model, func.count(func.distinct(Ticket.id)),
                   func.sum(amount).filter(covered))
            .select_from(Ticket)
            .outerjoin(TicketLine, TicketLine.ticket_id == Ticket.id)
            .outerjoin(Asset, Asset.id == Ticket.asset_id)
            .outerjoin(Product, Product.id == Asset.product_id)
            .where(*warranty).group_by(Product.id))]
    top_products, rest_products = _top(products)
    parts: list[CostRow] = []
    work: CostRow | None = None
    part_ids: dict[str, int] = {}
    """Each part's id by its name and code (a part's code is unique)."""
    for part, name, code, jobs, cost in session.execute(
            select(TicketLine.part_id, Part.name, Part.code, func.count(func.distinct(Ticket.id)), func.sum(amount))
            .select_from(TicketLine)
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .outerjoin(Part, Part.id == TicketLine.part_id)
            .where(*warranty, covered).group_by(TicketLine.part_id)):
        if part is None:
            work = CostRow(None, jobs, money(cost, 4))
            continue
        row = CostRow(f"{name} ({code})", jobs, money(cost, 4))
        part_ids[row.name] = part
        parts.append(row)
    top_parts, rest_parts = _top(parts)
    other_parts = None
    if rest_parts:
        # A job can have several of the other parts: its jobs are counted once, not summed.
        other_jobs = session.scalar(
            select(func.count(func.distinct(Ticket.id))).select_from(TicketLine)
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .where(*warranty, covered, TicketLine.part_id.is_not(None),
                   TicketLine.part_id.not_in([part_ids[r.name] for r in top_parts])))
        other_parts = CostRow(None, other_jobs, sum((r.cost for r in rest_parts), Decimal("0.00")))
    return WarrantyCost(
        sum(r.jobs for r in products), sum((r.cost for r in products), Decimal("0.00")),
        top_products, _other(rest_products), top_parts, other_parts, work)


def _other(rest: list[CostRow]) -> CostRow | None:
    if not rest:
        return None
    return CostRow(None, sum(r.jobs for r in rest), sum((r.cost for r in rest), Decimal("0.00")))
