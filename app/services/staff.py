"""The people who work the desk: technicians to assign, representatives for VIP customers."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.kinds import Role
from app.domain.people import User
from app.services.desk import Desk


@dataclass(frozen=True)
class StaffRecord:
    id: int
    username: str
    full_name: str
    role: Role


def list_staff(desk: Desk, *roles: Role) -> list[StaffRecord]:
    """Active users, of the given roles if any are named, by name."""
    statement = select(User).where(User.active.is_(True)).order_by(User.full_name)
    if roles:
        statement = statement.where(User.role.in_([r.value for r in roles]))
    with desk.store.read() as session:
        return [StaffRecord(u.id, u.username, u.full_name, Role(u.role)) for u in session.scalars(statement)]
