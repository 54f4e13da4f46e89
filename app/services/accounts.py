"""Accounts and signing in: passwords kept as argon2 hashes, never in the clear; an account
waits a while after repeated wrong passwords; the administrator manages the others.

A database where no account has a password yet (a new shop, before the first run sets the
administrator's) lets the desk in as the administrator; once one has, every desk is one
that signed in (app.services.desk)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.kinds import Role
from app.domain.people import User
from app.domain.permissions import Action
from app.errors import KhedmatError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import tidy
from app.services.desk import SYSTEM_USERNAME, Actor, Desk, vouch
from app.store import Store

MAX_FAILURES = 5
"""Wrong passwords in a row before the account waits."""
LOCKED_FOR = timedelta(minutes=15)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


class SignInRefused(KhedmatError):
    context = "Errors"


@dataclass(frozen=True)
class AccountRecord:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    signs_in: bool
    """Whether it has a password (a technician named on jobs may have none)."""
    locked_until: datetime | None


def _record(user: User) -> AccountRecord:
    return AccountRecord(user.id, user.username, user.full_name, Role(user.role), user.active,
                         user.password_hash is not None, user.locked_until)


def check_password(password: str, repeated: str | None = None) -> None:
    """Refuse a password too short to keep anyone out, or one typed twice differently."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password needs at least {count} characters."),
                              field="password", count=MIN_PASSWORD)
    if repeated is not None and repeated != password:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."), field="repeated")


def _hash(password: str) -> str:
    check_password(password)
    return _hasher.hash(password)


def _username(text: str) -> str:
    """User names are compared as typed without spaces around and in lower case."""
    return tidy(text).lower()


def sign_in(store: Store, username: str, password: str, now: datetime | None = None) -> Actor:
    """The account `username` signed in with `password`: the actor a desk works as.

    A wrong password counts; at MAX_FAILURES in a row the account waits LOCKED_FOR. Which of
    the name or the password was wrong is not said."""
    now = now or utcnow()
    wrong = SignInRefused(QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong."))
    refusal: SignInRefused | None = None
    with store.write() as session:
        user = session.scalars(select(User).where(User.username == _username(username))).one_or_none()
        if user is None or user.password_hash is None:
            raise wrong
        if not user.active:
            raise SignInRefused(QT_TRANSLATE_NOOP("Errors", "This account is disabled; ask the administrator."))
        if user.locked_until is not None and user.locked_until > now:
            raise _locked(user.locked_until, now)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_sign_ins += 1
            refusal = wrong
            if user.failed_sign_ins >= MAX_FAILURES:
                user.failed_sign_ins, user.locked_until = 0, now + LOCKED_FOR
                refusal = _locked(user.locked_until, now)
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
            actor = Actor(user.id, user.username, Role(user.role))
    if refusal is not None:
        raise refusal  # after the count of wrong passwords was saved
    return vouch(actor)


def _locked(until: datetime, now: datetime) -> SignInRefused:
    return SignInRefused(QT_TRANSLATE_NOOP("Errors", "Too many wrong passwords: this account can sign in again "
                                                     "in {minutes} minutes."),
                         minutes=max(1, int((until - now).total_seconds() // 60) + 1))


def set_first_password(store: Store, password: str) -> Actor:
    """The administrator's password, chosen on the first run (refused once any account has one)."""
    hashed = _hash(password)
    with store.write() as session:
        if session.scalars(select(User.id).where(User.password_hash.is_not(None)).limit(1)).first() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The administrator's password is already set."))
        admin = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one()
        admin.password_hash = hashed
        actor = Actor(admin.id, admin.username, Role(admin.role))
    return vouch(actor)


def list_accounts(desk: Desk) -> list[AccountRecord]:
    desk.require(Action.USERS)
    with desk.store.read() as session:
        return [_record(u) for u in session.scalars(select(User).order_by(User.username))]


def add_account(desk: Desk, username: str, full_name: str, role: Role, password: str | None) -> AccountRecord:
    """A new account; without a password the person is on the staff but cannot sign in."""
    desk.require(Action.USERS)
    name = _username(username)
    if not name or not name.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A user name is one word of letters or digits."),
                              field="username")
    full = desk.text(full_name)
    if not full:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the person's full name."), field="full_name")
    hashed = _hash(password) if password else None
    with desk.store.write() as session:
        if session.scalars(select(User.id).where(User.username == name)).first() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The user name {name} is taken."),
                                  field="username", name=name)
        user = User(username=name, full_name=full, role=Role(role).value, active=True, password_hash=hashed)
        session.add(user)
        session.flush()
        return _record(user)


def set_password(desk: Desk, username: str, password: str) -> AccountRecord:
    """The administrator gives an account a new password (and lifts a lock)."""
    desk.require(Action.USERS)
    hashed = _hash(password)
    with desk.store.write() as session:
        user = _account(session, username)
        user.password_hash, user.failed_sign_ins, user.locked_until = hashed, 0, None
        return _record(user)


def disable_account(desk: Desk, username: str) -> AccountRecord:
    """The account can no longer sign in; its name stays on the records it made."""
    desk.require(Action.USERS)
    with desk.store.write() as session:
        user = _account(session, username)
        if user.id == desk.actor.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "You cannot disable the account you are signed in "
                                                              "with."))
        user.active = False
        return _record(user)


def _account(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == _username(username))).one_or_none()
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account {name}."), name=_username(username))
    return user
