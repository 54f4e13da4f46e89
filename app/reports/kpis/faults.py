"""What the month's units came in with, and what customers complained of."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.complaints import Complaint
from app.domain.kinds import ComplaintStatus
from app.domain.tickets import Ticket
from app.domain.units import Asset, Product
from app.locale.text import normalize_search
from app.reports.kpis.common import within
from app.reports.month import ReportMonth

TOP = 10


@dataclass(frozen=True)
class Counted:
    texts: tuple[str, ...]
    """As typed: of the spellings folded together, the one written most often."""
    count: int


def fold_together(rows: Iterable[tuple[tuple[str, ...], int]]) -> list[Counted]:
    """Counts of texts as typed, added up over the texts that are the same once folded
    (app.locale.text.normalize_search: letters, digits and spaces made one, case ignored),
    most first; a text left empty stays empty."""
    totals: Counter[tuple[str, ...]] = Counter()
    spellings: dict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    for texts, count in rows:
        key = tuple(normalize_search(t) for t in texts)
        totals[key] += count
        spellings[key][tuple(t.strip() for t in texts)] += count
    found = [Counted(min(spellings[key].items(), key=lambda s: (-s[1], s[0]))[0], total)
             for key, total in totals.items()]
    return sorted(found, key=lambda c: (-c.count, c.texts))


@dataclass(frozen=True)
class FaultCount:
    fault: str
    category: str | None
    """The product's category; None: the unit or its category was not recorded."""
    count: int


@dataclass(frozen=True)
class Faults:
    jobs: int
    """Jobs received in the month."""
    unwritten: int
    """Those whose fault nobody wrote."""
    top: tuple[FaultCount, ...]
    """The ten faults reported most, with their product category, most first."""
    by_category: tuple[tuple[str | None, int], ...]
    """Jobs received by product category, most first."""


def faults(session: Session, month: ReportMonth) -> Faults:
    """What the month's units came in with.

    The faults of the jobs received in the month, as the clerks wrote them. A fault is free
    text, so faults are counted together only when their words are the same once folded
    (the same letters whichever keyboard typed them, case and spacing ignored): "صفحه
    خاموش است" typed twice is one fault, "صفحه خاموش شد" another. They are counted per
    product category where the unit and its category are recorded. Jobs whose fault nobody
    wrote are counted apart.
    """
    rows = session.execute(
        select(Ticket.fault, Product.category, func.count())
        .select_from(Ticket)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .outerjoin(Product, Product.id == Asset.product_id)
        .where(within(Ticket.opened_at, month))
        .group_by(Ticket.fault, Product.category)).all()
    written = [((fault, category or ""), count) for fault, category, count in rows if normalize_search(fault)]
    top = tuple(FaultCount(c.texts[0], c.texts[1] or None, c.count) for c in fold_together(written)[:TOP])
    categories = fold_together(((category or "",), count) for _, category, count in rows)
    return Faults(sum(count for *_, count in rows), sum(count for fault, _, count in rows
                                                         if not normalize_search(fault)),
                  top, tuple((c.texts[0] or None, c.count) for c in categories))


@dataclass(frozen=True)
class RootCause:
    category: str
    root_cause: str
    action: str
    count: int


@dataclass(frozen=True)
class Complaints:
    filed: int
    closed: int
    filed_by_category: tuple[tuple[str, int], ...]
    """Complaints filed in the month by category, most first."""
    root_causes: tuple[RootCause, ...]
    """Complaints closed in the month by category, root cause and action, most first."""


def complaints(session: Session, month: ReportMonth) -> Complaints:
    """What customers complained of.

    - Filed: complaints recorded in the month, by category.
    - Closed: complaints closed in the month, by category, the root cause found and the
      action required, as the one who closed them wrote them (texts the same once folded
      are counted together).
    """
    filed = fold_together(((category,), count) for category, count in session.execute(
        select(Complaint.category, func.count()).where(within(Complaint.opened_at, month))
        .group_by(Complaint.category)))
    closed = fold_together(((category, cause, action), count) for category, cause, action, count in session.execute(
        select(Complaint.category, Complaint.root_cause, Complaint.action_required, func.count())
        .where(within(Complaint.closed_at, month), Complaint.status == ComplaintStatus.CLOSED.value)
        .group_by(Complaint.category, Complaint.root_cause, Complaint.action_required)))
    return Complaints(sum(c.count for c in filed), sum(c.count for c in closed),
                      tuple((c.texts[0], c.count) for c in filed),
                      tuple(RootCause(*c.texts, c.count) for c in closed))
