"""What every service call needs: the database, who is acting, and the session's locale."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kinds import Role
from app.domain.people import User
from app.errors import PermissionDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import calendar_year
from app.locale.display import Locale
from app.store import Store

SYSTEM_USERNAME = "admin"


@dataclass(frozen=True)
class Actor:
    id: int | None
    username: str
    role: Role


@dataclass
class Desk:
    store: Store
    actor: Actor
    locale: Locale = field(default_factory=Locale)
    today: Callable[[], date] = date.today

    def numbering_year(self, on: date | None = None) -> int:
        return calendar_year(on or self.today(), self.locale.calendar)

    def require(self, *roles: Role) -> None:
        if self.actor.role not in roles and self.actor.role is not Role.ADMIN:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only a manager may do this.")
            )


def ensure_admin(session: Session) -> User:
    """The administrator account every new database starts with."""
    user = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one_or_none()
    if user is None:
        user = User(username=SYSTEM_USERNAME, full_name="Administrator", role=Role.ADMIN.value)
        session.add(user)
        session.flush()
    return user


def open_desk(store: Store, locale: Locale, username: str = SYSTEM_USERNAME) -> Desk:
    """A desk acting as `username` (the administrator until sign-in exists)."""
    with store.write() as session:
        user = (
            ensure_admin(session)
            if username == SYSTEM_USERNAME
            else session.scalars(select(User).where(User.username == username)).one()
        )
        actor = Actor(user.id, user.username, Role(user.role))
    return Desk(store, actor, locale)
