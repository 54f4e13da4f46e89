"""Accounts from the command line: the administrator sets passwords and adds people; once a
password is set, every command signs in (--user, the password from KHEDMAT_PASSWORD)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run


@pytest.fixture
def shop(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "shop.db"
    assert run(capsys, "--db", str(db), "--create", "--lang", "en", "demo", "--customers", "20")[0] == 0
    return db


def test_a_password_set_makes_every_command_sign_in(shop, capsys, monkeypatch):
    monkeypatch.setenv("KHEDMAT_NEW_PASSWORD", "zard-e-zafaran-7")
    code, out, _ = run(capsys, "--db", str(shop), "--lang", "en", "user", "passwd", "admin")
    assert code == 0 and "The password of admin is changed." in out
    code, _, err = run(capsys, "--db", str(shop), "--lang", "en", "user", "list")
    assert code == 2 and "--user" in err
    monkeypatch.setenv("KHEDMAT_PASSWORD", "not-the-password")
    code, _, err = run(capsys, "--db", str(shop), "--lang", "en", "--user", "admin", "user", "list")
    assert code == 2 and "The user name or the password is wrong." in err
    monkeypatch.setenv("KHEDMAT_PASSWORD", "zard-e-zafaran-7")
    code, out, _ = run(capsys, "--db", str(shop), "--lang", "en", "--user", "admin", "user", "list")
    assert code == 0 and out.startswith("admin\tAdministrator\tAdministrator\tsigns in")


def test_the_administrator_adds_a_clerk_who_may_not_add_accounts(shop, capsys, monkeypatch):
    monkeypatch.setenv("KHEDMAT_NEW_PASSWORD", "zard-e-zafaran-7")
    assert run(capsys, "--db", str(shop), "user", "passwd", "admin")[0] == 0
    monkeypatch.setenv("KHEDMAT_PASSWORD", "zard-e-zafaran-7")
    monkeypatch.setenv("KHEDMAT_NEW_PASSWORD", "qahve-ba-shir-2")
    code, out, _ = run(capsys, "--db", str(shop), "--lang", "fa", "--user", "admin", "user", "add", "sara",
                       "--full-name", "سارا رضایی", "--role", "clerk")
    assert code == 0 and "sara" in out
    monkeypatch.setenv("KHEDMAT_PASSWORD", "qahve-ba-shir-2")
    code, _, err = run(capsys, "--db", str(shop), "--lang", "fa", "--user", "sara", "user", "add", "ali",
                       "--full-name", "علی", "--no-password")
    assert code == 2 and "مدیر" in err
    code, out, _ = run(capsys, "--db", str(shop), "--lang", "en", "--user", "sara", "lookup", "NO-SUCH-SERIAL")
    assert code == 1, "a clerk signed in works; the serial is simply unknown"
