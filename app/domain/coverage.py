"""The coverage decision: is this unit under warranty or contract on a given day?

`decide_coverage` is the one place this is decided; intake, the job card, the import, the
CLI lookup and the reports all call it (through `asset_coverage`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple, Protocol

from app.i18n import QT_TRANSLATE_NOOP, Label

COVERAGE_CONTEXT = "Coverage"


class CoverageKind(StrEnum):
    WARRANTY = "warranty"
    CONTRACT = "contract"
    EXPIRED = "expired"
    VOID = "void"
    NONE = "none"


COVERAGE_LABELS: dict[CoverageKind, str] = {
    CoverageKind.WARRANTY: QT_TRANSLATE_NOOP("Coverage", "Warranty"),
    CoverageKind.CONTRACT: QT_TRANSLATE_NOOP("Coverage", "Contract"),
    CoverageKind.EXPIRED: QT_TRANSLATE_NOOP("Coverage", "Expired"),
    CoverageKind.VOID: QT_TRANSLATE_NOOP("Coverage", "Void"),
    CoverageKind.NONE: QT_TRANSLATE_NOOP("Coverage", "None"),
}


def coverage_label(kind: CoverageKind | str) -> Label:
    return Label(COVERAGE_CONTEXT, COVERAGE_LABELS[CoverageKind(kind)])


class WarrantyTerms(Protocol):
    id: int
    start_date: date
    end_date: date
    voided_on: date | None
    void_reason: str


class ContractTerms(Protocol):
    id: int
    number: str
    start_date: date
    end_date: date
    cancelled_on: date | None
    draft: bool | None
    parts_included: bool | None

    @property
    def visits_left(self) -> int | None: ...


class WarrantySpan(NamedTuple):
    """A warranty's terms without its record (a named tuple: an import keeps one per unit it makes)."""

    id: int
    start_date: date
    end_date: date
    voided_on: date | None = None
    void_reason: str = ""


class ContractSpan(NamedTuple):
    """A contract's terms without its record."""

    id: int
    number: str
    start_date: date
    end_date: date
    cancelled_on: date | None = None
    visits_left: int | None = None
    draft: bool = False
    parts_included: bool = True


class CoveredAsset(Protocol):
    @property
    def warranties(self) -> Iterable[WarrantyTerms]: ...

    @property
    def contracts(self) -> Iterable[ContractTerms]: ...


class Coverage(NamedTuple):
    """A decision, immutable. A named tuple: it is made for every ticket an import opens,
    and a frozen dataclass took half of the decision's time to build."""

    kind: CoverageKind
    until: date | None = None
    """Last covered day (warranty or contract)."""
    ended_on: date | None = None
    """Last covered day of the coverage that has since run out (expired)."""
    ended_what: str = ""
    """'warranty' or 'contract': what ran out, for an expired decision."""
    contract_id: int | None = None
    contract_number: str = ""
    visits_left: int | None = None
    warranty_id: int | None = None
    reason: str = ""
    parts_included: bool = True

    @property
    def covered(self) -> bool:
        """Whether the work is paid by the warranty or the contract; a contract whose visits
        are used up still shows, but no longer pays for a new job."""
        if self.kind is CoverageKind.CONTRACT:
            return self.visits_left is None or self.visits_left > 0
        return self.kind is CoverageKind.WARRANTY

    @property
    def note(self) -> str:
        """What the decision rests on, as a ticket records it: the contract's number, the
        void reason, or what ran out ('warranty' or 'contract')."""
        return self.contract_number or self.reason or self.ended_what

    def describe(self, tr: Callable[[str, str], str], show_date: Callable[[date], str]) -> str:
        """The decision in words, in the language of `tr`, with dates shown by `show_date`."""
        c = COVERAGE_CONTEXT
        match self.kind:
            case CoverageKind.WARRANTY:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Under warranty until {date}"))
                return text.format(date=show_date(self.until))
            case CoverageKind.CONTRACT if self.visits_left == 0:
                text = tr(c, QT_TRANSLATE_NOOP(
                    "Coverage", "Contract {number}: its visits are used up; the customer pays for this job"))
                return text.format(number=self.contract_number)
            case CoverageKind.CONTRACT if self.visits_left is None:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Under contract {number} until {date}"))
                return text.format(number=self.contract_number, date=show_date(self.until))
            case CoverageKind.CONTRACT:
                text = tr(
                    c,
                    QT_TRANSLATE_NOOP(
                        "Coverage", "Under contract {number} until {date} (visits left: {visits})"
                    ),
                )
                return text.format(
                    number=self.contract_number, date=show_date(self.until), visits=self.visits_left
                )
            case CoverageKind.EXPIRED if self.ended_what == "contract":
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Contract expired on {date}"))
                return text.format(date=show_date(self.ended_on))
            case CoverageKind.EXPIRED:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Warranty expired on {date}"))
                return text.format(date=show_date(self.ended_on))
            case CoverageKind.VOID:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Warranty void: {reason}"))
                return text.format(reason=self.reason)
            case _:
                return tr(c, QT_TRANSLATE_NOOP("Coverage", "No warranty or contract"))


def _contract_end(contract: ContractTerms) -> date:
    """The last covered day: a cancelled contract covers up to the day before its cancellation."""
    if contract.cancelled_on is None:
        return contract.end_date
    return min(contract.end_date, contract.cancelled_on - timedelta(days=1))


def decide_coverage(
    warranties: Iterable[WarrantyTerms], contracts: Iterable[ContractTerms], on: date
) -> Coverage:
    """Decide coverage on day `on`; both ends of a warranty or contract are covered days.

    Precedence: a running warranty, then a running contract, then a warranty voided within
    its period, then the most recent coverage that ran out, then none.
    """
    warranties = list(warranties)
    contracts = [c for c in contracts if not c.draft]  # a draft is not signed: it covers nothing

    running = [
        w for w in warranties
        if w.start_date <= on <= w.end_date and (w.voided_on is None or on < w.voided_on)
    ]
    if running:
        best = max(running, key=lambda w: w.end_date)
        return Coverage(CoverageKind.WARRANTY, until=best.end_date, warranty_id=best.id)

    active = [c for c in contracts if c.start_date <= on <= _contract_end(c)]
    if active:
        best_contract = max(active, key=_contract_end)
        return Coverage(
            CoverageKind.CONTRACT,
            until=_contract_end(best_contract),
            contract_id=best_contract.id,
            contract_number=best_contract.number,
            visits_left=best_contract.visits_left,
            parts_included=best_contract.parts_included is not False,  # None: unsaved, the column's default
        )

    voided = [
        w for w in warranties
        if w.voided_on is not None and w.voided_on <= on <= w.end_date and w.start_date <= on
    ]
    if voided:
        best = max(voided, key=lambda w: w.voided_on or w.end_date)
        return Coverage(CoverageKind.VOID, reason=best.void_reason, warranty_id=best.id)

    ended: list[tuple[date, str]] = [(w.end_date, "warranty") for w in warranties if w.end_date < on]
    ended += [(_contract_end(c), "contract") for c in contracts if _contract_end(c) < on]
    if ended:
        last_day, what = max(ended)
        return Coverage(CoverageKind.EXPIRED, ended_on=last_day, ended_what=what)
    return Coverage(CoverageKind.NONE)


def asset_coverage(asset: CoveredAsset, on: date) -> Coverage:
    return decide_coverage(asset.warranties, asset.contracts, on)
