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
    kind: str
    start_date: date
    end_date: date
    voided_on: date | None
    void_reason: str
    rule: str
    claim_limit: int | None
    claims_used: int
    sold_on: date | None

    @property
    def ticket_number(self) -> str: ...

    @property
    def part_ids(self) -> frozenset[int]: ...


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
    kind: str = "standard"
    rule: str = ""
    claim_limit: int | None = None
    claims_used: int = 0
    sold_on: date | None = None
    ticket_number: str = ""
    part_ids: frozenset[int] = frozenset()


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
    warranty_kind: str = ""
    """'standard', 'extended' or 'repair': the kind of the warranty decided on."""
    started: date | None = None
    rule: str = ""
    """Where a standard warranty's length came from: 'product', 'category' or '' (typed)."""
    sold_on: date | None = None
    ticket_number: str = ""
    """The repair a repair warranty warrants."""
    claims_used: int = 0
    claim_limit: int | None = None
    repair_warranty_id: int | None = None
    """A repair warranty running beside a standard warranty or a contract."""
    repair_parts: frozenset[int] = frozenset()
    """The parts the running repair warranty covers."""

    @property
    def claims_reached(self) -> bool:
        return self.claim_limit is not None and self.claims_used >= self.claim_limit

    @property
    def covered(self) -> bool:
        """Whether the work is paid by the warranty or the contract; a contract whose visits
        are used up, or a warranty whose claims are, still shows, but no longer pays for a new job."""
        if self.kind is CoverageKind.CONTRACT:
            return self.visits_left is None or self.visits_left > 0
        return self.kind is CoverageKind.WARRANTY and not self.claims_reached

    @property
    def note(self) -> str:
        """What the decision rests on, as a ticket records it: the contract's number, the
        void reason, or what ran out ('warranty' or 'contract')."""
        return self.contract_number or self.reason or self.ended_what

    def describe(self, tr: Callable[[str, str], str], show_date: Callable[[date], str]) -> str:
        """The decision in words, in the language of `tr`, with dates shown by `show_date`."""
        c = COVERAGE_CONTEXT
        match self.kind:
            case CoverageKind.WARRANTY if self.claims_reached:
                text = tr(c, QT_TRANSLATE_NOOP(
                    "Coverage", "Under warranty until {date}, but its claim limit is reached: {used} of {limit}; "
                                "the job is paid"))
                return text.format(date=show_date(self.until), used=self.claims_used, limit=self.claim_limit)
            case CoverageKind.WARRANTY if self.warranty_kind == "repair":
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Repair warranty of ticket {number} until {date}"))
                return text.format(number=self.ticket_number, date=show_date(self.until))
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

    def in_full(self, tr: Callable[[str, str], str], show_date: Callable[[date], str]) -> str:
        """The decision, and on a second line what it rests on (the banners show both)."""
        basis = self.basis(tr, show_date)
        words = self.describe(tr, show_date)
        return f"{words}\n{basis}" if basis else words

    def basis(self, tr: Callable[[str, str], str], show_date: Callable[[date], str]) -> str:
        """What the decision rests on, in words: which warranty (and the rule that gave it) or
        which contract; '' when it rests on nothing to name."""
        c = COVERAGE_CONTEXT
        parts: list[str] = []
        if self.kind is CoverageKind.CONTRACT:
            parts.append(tr(c, QT_TRANSLATE_NOOP("Coverage", "Contract {number}")).format(number=self.contract_number))
        elif self.kind is CoverageKind.WARRANTY and self.warranty_kind == "repair":
            parts.append(tr(c, QT_TRANSLATE_NOOP("Coverage", "Repair warranty of ticket {number}"))
                         .format(number=self.ticket_number))
        elif self.kind is CoverageKind.WARRANTY and self.warranty_kind == "extended":
            if self.sold_on is not None:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Extended warranty sold on {sold}, from {date}"))
                parts.append(text.format(sold=show_date(self.sold_on), date=show_date(self.started)))
            else:
                text = tr(c, QT_TRANSLATE_NOOP("Coverage", "Extended warranty from {date}"))
                parts.append(text.format(date=show_date(self.started)))
        elif self.kind is CoverageKind.WARRANTY and self.started is not None:
            text = {
                "product": QT_TRANSLATE_NOOP("Coverage", "Standard warranty from purchase {date} (product rule)"),
                "category": QT_TRANSLATE_NOOP("Coverage", "Standard warranty from purchase {date} (category rule)"),
            }.get(self.rule, QT_TRANSLATE_NOOP("Coverage", "Standard warranty from purchase {date}"))
            parts.append(tr(c, text).format(date=show_date(self.started)))
        if self.kind is CoverageKind.WARRANTY and self.claim_limit is not None and not self.claims_reached:
            text = tr(c, QT_TRANSLATE_NOOP("Coverage", "claims already used: {used} of {limit}"))
            parts.append(text.format(used=self.claims_used, limit=self.claim_limit))
        if self.repair_warranty_id is not None:
            parts.append(tr(c, QT_TRANSLATE_NOOP("Coverage", "and a repair warranty of ticket {number}"))
                         .format(number=self.ticket_number))
        return "; ".join(parts)


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

    # One pass (the import decides a unit per row). A repair warranty never shortens or
    # replaces a running one: it covers its own parts beside it.
    paying = repair = exhausted = None
    for w in warranties:
        if w.start_date <= on <= w.end_date and (w.voided_on is None or on < w.voided_on):
            if w.kind == "repair":
                if repair is None or w.end_date > repair.end_date:
                    repair = w
            elif w.claim_limit is None or w.claims_used < w.claim_limit:
                if paying is None or w.end_date > paying.end_date:
                    paying = w
            elif exhausted is None or w.end_date > exhausted.end_date:
                exhausted = w
    if paying is not None:
        return _under_warranty(paying, repair)

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
            repair_warranty_id=repair.id if repair else None,
            ticket_number=repair.ticket_number if repair else "",
            repair_parts=repair.part_ids if repair else frozenset(),
        )
    if repair is not None:
        return _under_warranty(repair, None)
    if exhausted is not None:
        return _under_warranty(exhausted, None)

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


def _under_warranty(warranty: WarrantyTerms, repair: WarrantyTerms | None) -> Coverage:
    if repair is not None:
        parts, number, repair_id = repair.part_ids, repair.ticket_number, repair.id
    else:
        parts = warranty.part_ids if warranty.kind == "repair" else _NO_PARTS
        number, repair_id = warranty.ticket_number, None
    return Coverage(CoverageKind.WARRANTY, until=warranty.end_date, warranty_id=warranty.id,
                    warranty_kind=warranty.kind, started=warranty.start_date, rule=warranty.rule,
                    sold_on=warranty.sold_on, ticket_number=number, claims_used=warranty.claims_used,
                    claim_limit=warranty.claim_limit, repair_warranty_id=repair_id, repair_parts=parts)


_NO_PARTS: frozenset[int] = frozenset()


class LineRule(StrEnum):
    """Why a ticket line is covered or charged; stored on the line."""

    WARRANTY = "warranty"
    EXTENDED = "extended"
    REPAIR = "repair"
    CONTRACT = "contract"
    CONSUMABLE = "consumable"
    PARTS_EXCLUDED = "parts_excluded"
    CLAIM_LIMIT = "claim_limit"
    CHARGED = "charged"
    OVERRIDE_COVERED = "override_covered"
    OVERRIDE_CHARGED = "override_charged"


LINE_RULE_LABELS: dict[LineRule, str] = {
    LineRule.WARRANTY: QT_TRANSLATE_NOOP("Coverage", "Warranty"),
    LineRule.EXTENDED: QT_TRANSLATE_NOOP("Coverage", "Extended warranty"),
    LineRule.REPAIR: QT_TRANSLATE_NOOP("Coverage", "Repair warranty"),
    LineRule.CONTRACT: QT_TRANSLATE_NOOP("Coverage", "Contract"),
    LineRule.CONSUMABLE: QT_TRANSLATE_NOOP("Coverage", "Charged: consumable part"),
    LineRule.PARTS_EXCLUDED: QT_TRANSLATE_NOOP("Coverage", "Charged: the contract excludes parts"),
    LineRule.CLAIM_LIMIT: QT_TRANSLATE_NOOP("Coverage", "Charged: claim limit reached"),
    LineRule.CHARGED: QT_TRANSLATE_NOOP("Coverage", "Charged"),
    LineRule.OVERRIDE_COVERED: QT_TRANSLATE_NOOP("Coverage", "Covered by a manager"),
    LineRule.OVERRIDE_CHARGED: QT_TRANSLATE_NOOP("Coverage", "Charged by a manager"),
}


def line_rule_label(rule: LineRule | str) -> Label:
    return Label(COVERAGE_CONTEXT, LINE_RULE_LABELS[LineRule(rule)])


def line_coverage(decision: Coverage, labour: bool, part_id: int | None = None,
                  consumable: bool = False) -> tuple[bool, LineRule]:
    """Whether one line (labour, or a part) is covered, and by which rule.

    A warranty covers labour and parts except consumables; a contract covers labour, and
    parts when it includes them; a repair warranty covers labour and the parts that repair
    fitted. Where more than one runs, the line takes whichever covers it.
    """
    charged = LineRule.CHARGED
    if decision.kind is CoverageKind.WARRANTY and decision.warranty_kind != "repair":
        if decision.claims_reached:
            charged = LineRule.CLAIM_LIMIT
        elif labour or not consumable:
            return True, LineRule.EXTENDED if decision.warranty_kind == "extended" else LineRule.WARRANTY
        else:
            charged = LineRule.CONSUMABLE
    elif decision.kind is CoverageKind.CONTRACT and decision.covered:
        if labour or decision.parts_included:
            return True, LineRule.CONTRACT
        charged = LineRule.PARTS_EXCLUDED
    repair_runs = decision.repair_warranty_id is not None or (
        decision.kind is CoverageKind.WARRANTY and decision.warranty_kind == "repair")
    if repair_runs and (labour or part_id in decision.repair_parts):
        return True, LineRule.REPAIR
    return False, charged


def asset_coverage(asset: CoveredAsset, on: date) -> Coverage:
    return decide_coverage(asset.warranties, asset.contracts, on)
