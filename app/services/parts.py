"""The spare-parts catalogue: code, name, price, stock and the level to reorder at."""
from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kinds import StockKind
from app.domain.parts import Part
from app.domain.permissions import Action
from app.errors import DuplicateError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import name_fold, tidy
from app.services.common import load_for_edit
from app.services.desk import Desk
from app.services.stock import locked_part, move_stock


@dataclass
class PartInput:
    code: str
    name: str
    price: Decimal
    stock: int = 0
    """The count a new part starts with; afterwards stock moves by receiving, counting and tickets."""
    reorder_level: int = 0
    consumable: bool = False
    """Gas, filters and the like: charged even under warranty."""


@dataclass(frozen=True)
class PartRecord:
    id: int
    version: int
    code: str
    name: str
    price: Decimal
    stock: int
    reorder_level: int
    consumable: bool = False

    @property
    def low(self) -> bool:
        """At or below the reorder level: time to order more."""
        return self.stock <= self.reorder_level

    @classmethod
    def of(cls, p: Part) -> PartRecord:
        return cls(**{f.name: getattr(p, f.name) for f in fields(cls)})


def _apply(desk: Desk, session: Session, part: Part, data: PartInput) -> None:
    code, name = tidy(data.code).upper(), desk.text(data.name)
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The part code is required."), field="code")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The part name is required."), field="name")
    if data.price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price cannot be negative."), field="price")
    if data.stock < 0 or data.reorder_level < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Stock cannot be negative."), field="stock")
    clash = session.scalars(select(Part).where(Part.code == code, Part.id != part.id)).first()
    if clash is not None:
        raise DuplicateError(QT_TRANSLATE_NOOP("Errors", "Part code {code} is already used by {name}."),
                             field="code", code=code, name=clash.name)
    part.code, part.name, part.name_norm = code, name, name_fold(name)
    part.price, part.reorder_level, part.consumable = data.price, data.reorder_level, data.consumable


def create_part(desk: Desk, data: PartInput) -> PartRecord:
    desk.require(Action.EDIT_PARTS)
    with desk.store.write() as session:
        part = Part(stock=0)
        _apply(desk, session, part, data)
        session.add(part)
        session.flush()
        move_stock(session, desk, part, data.stock, StockKind.OPENING)
        session.flush()
        return PartRecord.of(part)


def update_part(desk: Desk, part_id: int, version: int, data: PartInput) -> PartRecord:
    """Code, name, price and reorder level; the stock is not the form's to change (receive or
    count it), and a form that says otherwise is refused rather than overwrite it."""
    desk.require(Action.EDIT_PARTS)
    with desk.store.write() as session:
        part = load_for_edit(session, Part, part_id, version)
        if data.stock != part.stock:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Stock changes by receiving parts or counting them "
                                                              "again, not in the form."), field="stock")
        _apply(desk, session, part, data)
        session.flush()
        return PartRecord.of(part)


def list_parts(desk: Desk, text: str = "") -> list[PartRecord]:
    """The whole catalogue (it is small), or the parts whose code or name contains `text`."""
    statement = select(Part).order_by(Part.code)
    folded = name_fold(text)
    if folded:
        statement = statement.where(Part.name_norm.contains(folded, autoescape=True)
                                    | Part.code.contains(tidy(text).upper(), autoescape=True))
    with desk.store.read() as session:
        return [PartRecord.of(p) for p in session.scalars(statement)]


def receive_stock(desk: Desk, part_id: int, quantity: int, note: str = "") -> PartRecord:
    """Parts that came in (from the supplier, the manufacturer)."""
    desk.require(Action.EDIT_PARTS)
    if quantity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter how many came in."), field="quantity")
    with desk.store.write() as session:
        part = locked_part(session, part_id)  # the stock is shared: no one's edit of the part to check
        move_stock(session, desk, part, quantity, StockKind.RECEIVED, reason=desk.text(note))
        session.flush()
        return PartRecord.of(part)


def count_stock(desk: Desk, part_id: int, counted: int, reason: str) -> PartRecord:
    """The shelf counted again: the stock becomes `counted`, and the difference is a movement
    with the manager's reason."""
    desk.require(Action.EDIT_PARTS)
    reason = desk.text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the stock is corrected."), field="reason")
    if counted < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Stock cannot be negative."), field="quantity")
    with desk.store.write() as session:
        part = locked_part(session, part_id)  # the shelf as counted now, whatever tickets took meanwhile
        if counted == part.stock:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The count is what the stock already says."),
                                  field="quantity")
        move_stock(session, desk, part, counted - part.stock, StockKind.ADJUSTED, reason=reason)
        session.flush()
        return PartRecord.of(part)
