"""The spare-parts catalogue: code, name, price, stock and the level to reorder at."""
from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.parts import Part
from app.errors import DuplicateError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import name_fold, tidy
from app.services.common import load_for_edit
from app.services.desk import Desk


@dataclass
class PartInput:
    code: str
    name: str
    price: Decimal
    stock: int = 0
    reorder_level: int = 0


@dataclass(frozen=True)
class PartRecord:
    id: int
    version: int
    code: str
    name: str
    price: Decimal
    stock: int
    reorder_level: int

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
    part.price, part.stock, part.reorder_level = data.price, data.stock, data.reorder_level


def create_part(desk: Desk, data: PartInput) -> PartRecord:
    with desk.store.write() as session:
        part = Part()
        _apply(desk, session, part, data)
        session.add(part)
        session.flush()
        return PartRecord.of(part)


def update_part(desk: Desk, part_id: int, version: int, data: PartInput) -> PartRecord:
    with desk.store.write() as session:
        part = load_for_edit(session, Part, part_id, version)
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
