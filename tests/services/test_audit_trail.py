"""The audit trail read back: a manager's list, filtered, in the reader's language."""
from __future__ import annotations

import pytest

from app.domain.kinds import Role
from app.errors import PermissionDenied
from app.i18n import Catalogue
from app.services.audit_trail import AUDIT_COLUMNS, AUDIT_TRAIL, change_text
from app.services.customers import CustomerInput, create_customer, update_customer
from app.services.desk import Actor, Desk
from app.services.list_columns import cell_text


def clerk_of(desk: Desk) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)


def test_a_change_reads_field_by_field_in_the_readers_language(desk):
    reza = create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111111", city="شیراز"))
    update_customer(desk, reza.id, reza.version, CustomerInput(name="رضا امینی", mobile="09121111111",
                                                               city="تبریز"))
    changed = AUDIT_TRAIL.page(desk, filters={"record": ("customers", reza.id), "action": "update"})
    assert len(changed) == 1
    fa = Catalogue.load("fa")
    assert change_text(changed[0], desk.locale, fa.translate) == "شهر: شیراز ← تبریز"
    shown = [cell_text(c, changed[0], desk.locale, fa.translate) for c in AUDIT_COLUMNS]
    assert shown[1:4] == ["admin", "تغییر", "مشتری"]
    assert shown[0].startswith("۱۴") and shown[4] == desk.locale.digits(str(reza.id))


def test_the_trail_is_a_managers_and_is_found_by_what_was_typed(desk):
    create_customer(clerk_of(desk), CustomerInput(name="سارا رضایی", mobile="09351234567"))
    create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111111"))
    with pytest.raises(PermissionDenied):
        AUDIT_TRAIL.page(clerk_of(desk))
    with pytest.raises(PermissionDenied):
        AUDIT_TRAIL.count(clerk_of(desk))
    assert [r.user_name for r in AUDIT_TRAIL.page(desk, "سارا")] == ["sara"]
    assert AUDIT_TRAIL.count(desk, filters={"user": "sara"}) == 1
    assert {r.record_type for r in AUDIT_TRAIL.page(desk, filters={"record_type": "customers"})} == {"customers"}


def test_kinds_amounts_and_roles_read_in_words_not_codes(desk):
    from app.domain.kinds import Role
    from app.services.accounts import add_account
    from app.services.parts import count_stock, list_parts
    from tests.services.helpers import part

    add_account(desk, "hasan", "حسن", Role.TECHNICIAN, None)
    made = part(desk, price="6500000", stock=3)
    pump = next(p for p in list_parts(desk) if p.id == made)
    count_stock(desk, pump.id, 2, "شکسته")
    fa = Catalogue.load("fa")
    texts = [(r.record_type, change_text(r, desk.locale, fa.translate)) for r in AUDIT_TRAIL.page(desk)]
    assert any(kind == "users" and "نقش: تکنسین" in text for kind, text in texts)
    assert any(kind == "parts" and "قیمت: ۶٬۵۰۰٬۰۰۰ ریال" in text for kind, text in texts)
    assert any(kind == "stock_movements" and "شمارش دوباره" in text and "-۱" in text for kind, text in texts)
