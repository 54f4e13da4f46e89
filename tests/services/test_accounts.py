"""Signing in: argon2 passwords, a lock after repeated wrong ones, and no desk on a database
with passwords but one that signed in."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain.audit import AuditEntry
from app.domain.base import utcnow
from app.domain.kinds import Role
from app.errors import PermissionDenied, ValidationError
from app.services.accounts import (
    LOCKED_FOR,
    MAX_FAILURES,
    SignInRefused,
    add_account,
    disable_account,
    list_accounts,
    set_first_password,
    set_password,
    sign_in,
)
from app.services.customers import CustomerInput, create_customer
from app.services.desk import Actor, Desk, open_desk

SECRET = "zard-e-zafaran-7"


def test_once_a_password_is_set_only_a_desk_that_signed_in_works(desk, db_path):
    set_password(desk, "admin", SECRET)
    with pytest.raises(PermissionDenied):
        open_desk(desk.store, desk.locale)
    with pytest.raises(PermissionDenied):
        Desk(desk.store, Actor(desk.actor.id, "admin", Role.ADMIN), desk.locale)
    signed = open_desk(desk.store, desk.locale, sign_in(desk.store, "Admin ", SECRET))
    create_customer(signed, CustomerInput(name="رضا", mobile="09121111111"))
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))  # the file and its -wal
    assert SECRET.encode() not in stored and b"$argon2id$" in stored
    with desk.store.read() as session:
        trail = session.scalars(select(AuditEntry.changes).where(AuditEntry.record_type == "users")).all()
    assert any("password_hash" in entry for entry in trail) and not any("$argon2" in entry for entry in trail)


def test_wrong_passwords_lock_the_account_for_a_while(desk):
    set_password(desk, "admin", SECRET)
    now = utcnow()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInRefused, match="user name or the password is wrong"):
            sign_in(desk.store, "admin", "wrong-password", now)
    with pytest.raises(SignInRefused, match="Too many wrong passwords"):
        sign_in(desk.store, "admin", "wrong-password", now)
    with pytest.raises(SignInRefused, match="Too many wrong passwords"):
        sign_in(desk.store, "admin", SECRET, now + timedelta(minutes=1))
    assert sign_in(desk.store, "admin", SECRET, now + LOCKED_FOR + timedelta(seconds=1)).username == "admin"


def test_accounts_are_the_administrators_and_a_technician_may_have_no_sign_in(desk):
    set_first_password(desk.store, SECRET)
    sara = add_account(desk, "sara", "سارا رضایی", Role.CLERK, "qahve-ba-shir-2")
    add_account(desk, "hasan", "حسن تعمیرکار", Role.TECHNICIAN, None)
    clerk = open_desk(desk.store, desk.locale, sign_in(desk.store, "sara", "qahve-ba-shir-2"))
    assert clerk.actor.role is Role.CLERK and clerk.actor.id == sara.id
    with pytest.raises(PermissionDenied):
        add_account(clerk, "ali", "علی", Role.CLERK, "some-password-3")
    with pytest.raises(SignInRefused):
        sign_in(desk.store, "hasan", "")
    admin = open_desk(desk.store, desk.locale, sign_in(desk.store, "admin", SECRET))
    disable_account(admin, "sara")
    with pytest.raises(SignInRefused, match="disabled"):
        sign_in(desk.store, "sara", "qahve-ba-shir-2")
    assert [(a.username, a.signs_in, a.active) for a in list_accounts(admin)] == [
        ("admin", True, True), ("hasan", False, True), ("sara", True, False)]


def test_bad_accounts_and_short_passwords_are_refused(desk):
    with pytest.raises(ValidationError, match="at least 8"):
        set_password(desk, "admin", "short")
    with pytest.raises(ValidationError, match="one word"):
        add_account(desk, "sara rezaei", "سارا", Role.CLERK, None)
    add_account(desk, "sara", "سارا", Role.CLERK, None)
    with pytest.raises(ValidationError, match="taken"):
        add_account(desk, "SARA", "سارا", Role.CLERK, None)
    with pytest.raises(ValidationError):
        disable_account(desk, "admin")
    set_first_password(desk.store, SECRET)
    with pytest.raises(ValidationError, match="already set"):
        set_first_password(desk.store, "another-secret-9")
