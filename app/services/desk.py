"""What every service call needs: the database, who is acting, the session's locale, and the
calendar the company counts periods in."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kinds import Role
from app.domain.people import User
from app.domain.permissions import Action, allowed
from app.errors import PermissionDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import Calendar, add_months, calendar_year
from app.locale.display import Locale
from app.locale.text import in_desk_letters, tidy
from app.services.company import PeriodCalendar, period_calendar_for, read_company_settings
from app.store import Store

SYSTEM_USERNAME = "admin"
SYSTEM_FULL_NAME = "Administrator"
"""The name the first account is created with: shown as the role's name in the user's language."""


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
    periods: str = PeriodCalendar.REGION.value
    """The company's choice of calendar for periods (CompanySettings.period_calendar), read by
    `open_desk`; a desk built without it counts in its region's legal calendar."""

    def __post_init__(self) -> None:
        if self.actor not in _SIGNED_IN and self.store.signing_in():
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Sign in first: this database's accounts have "
                                                               "passwords."))
        self.store = self.store.acting_as(self.actor.id, self.actor.username)  # the audit trail's who

    @property
    def period_calendar(self) -> Calendar:
        """The calendar whose months count warranties, contracts and service intervals:
        Jalali in Iran and Gregorian in Saudi Arabia unless the company chose otherwise,
        whatever calendar this desk shows dates in."""
        return period_calendar_for(self.periods, self.locale.region)

    def text(self, typed: str | None) -> str:
        """Names and free text as this desk stores them: tidied, in the desk's letters
        (app.locale.text.in_desk_letters)."""
        return in_desk_letters(tidy(typed), self.locale.lang)

    def numbering_year(self, on: date | None = None) -> int:
        return calendar_year(on or self.today(), self.locale.calendar)

    def may(self, action: Action) -> bool:
        """Whether the desk's account may do `action` (app.domain.permissions)."""
        return allowed(self.actor.role, action)

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Your account may not do this; ask a manager."))


def period_end(start: date, months: int, desk: Desk) -> date:
    """The last day of a period of `months` months from `start`: a warranty, an extension, a
    contract or a periodic-service interval. The one rule for all of them, counted in the
    desk's period calendar (never the calendar it displays): the same day number `months`
    months on, or that month's last day if it is shorter. 18 months from 1402/05/12 end on
    1403/11/12 in Iran; 12 months from 2023-11-11 end on 2024-11-11 in Saudi Arabia."""
    return add_months(start, months, desk.period_calendar)


def ensure_admin(session: Session) -> User:
    """The administrator account every new database starts with."""
    user = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one_or_none()
    if user is None:
        user = User(username=SYSTEM_USERNAME, full_name=SYSTEM_FULL_NAME, role=Role.ADMIN.value)
        session.add(user)
        session.flush()
    return user


_SIGNED_IN: set[Actor] = set()
"""The accounts this program signed in (app.services.accounts): the only actors a desk on a
database with passwords may work as."""


def vouch(actor: Actor) -> Actor:
    """`actor` signed in with its password (called by app.services.accounts only)."""
    _SIGNED_IN.add(actor)
    return actor


def open_desk(store: Store, locale: Locale, actor: Actor | None = None) -> Desk:
    """A desk acting as `actor` (signed in), or as the administrator on a database whose
    accounts have no password yet; counting periods in the calendar the company chose.

    It reads, and writes only when the administrator's account is missing (a new database):
    a write would wait for the lock a running import or another clerk's save holds, and a
    read never waits for it (SQLite in WAL mode)."""
    with store.read() as session:
        if actor is None:
            admin = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one_or_none()
            actor = None if admin is None else _actor(admin)
        periods = read_company_settings(session).period_calendar
    if actor is None:
        with store.write() as session:
            actor = _actor(ensure_admin(session))
    return Desk(store, actor, locale, periods=periods)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, Role(user.role))
