"""The company's details for documents: one set in the database, saved by a manager."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.kinds import Role
from app.domain.settings import Setting
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services.company import CompanySettings, company_settings, save_company_settings
from app.services.desk import Actor, Desk

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, role.value, role), desk.locale, desk.today)


def rows(desk: Desk) -> dict[str, str]:
    with desk.store.read() as session:
        return {s.key: s.value for s in session.query(Setting)}


def test_a_new_database_reads_the_defaults(desk):
    assert company_settings(desk) == CompanySettings()
    assert company_settings(desk).terms == ""
    assert rows(desk) == {}


def test_saved_details_read_back_and_only_changed_ones_are_stored(desk, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_HEAD)
    manager = as_role(desk, Role.MANAGER)
    before = company_settings(manager)
    saved = save_company_settings(manager, replace(
        before, name="  خدمات   فنی البرز ", address="تهران، خیابان آزادی\n  پلاک ۱۲  \n\n",
        phone="021-66001122", logo_path=str(logo), terms="۱. دستگاه تا ۳۰ روز نگهداری می‌شود."), before.version_token)
    assert saved == company_settings(desk)
    assert (saved.name, saved.address, saved.phone, saved.logo_path) == (
        "خدمات فنی البرز", "تهران، خیابان آزادی\nپلاک ۱۲", "021-66001122", str(logo))
    assert saved.terms == "۱. دستگاه تا ۳۰ روز نگهداری می‌شود."
    assert set(rows(desk)) == {"company.name", "company.address", "company.phone", "company.logo_path",
                               "company.terms"}
    assert rows(desk)["company.name"] == '"خدمات فنی البرز"'

    # Saving again with one change keeps the rest as they were.
    again = save_company_settings(manager, replace(saved, phone="021-66001133", logo_path=""),
                                  saved.version_token)
    assert (again.name, again.phone, again.logo_path) == ("خدمات فنی البرز", "021-66001133", "")


def test_a_detail_left_at_its_default_gets_no_row(desk):
    before = company_settings(desk)
    save_company_settings(desk, replace(before, name="Alborz Service"), before.version_token)
    assert set(rows(desk)) == {"company.name"}


def test_a_clerk_is_refused(desk):
    clerk = as_role(desk, Role.CLERK)
    before = company_settings(clerk)
    with pytest.raises(PermissionDenied):
        save_company_settings(clerk, replace(before, name="X"), before.version_token)
    with pytest.raises(PermissionDenied):
        save_company_settings(as_role(desk, Role.TECHNICIAN), replace(before, name="X"), before.version_token)
    assert company_settings(desk) == CompanySettings()


def test_a_stale_save_is_a_conflict(desk):
    mine = company_settings(desk)
    theirs = company_settings(desk)
    save_company_settings(desk, replace(theirs, name="First"), theirs.version_token)
    with pytest.raises(Conflict):
        save_company_settings(desk, replace(mine, phone="021-1"), mine.version_token)
    assert (company_settings(desk).name, company_settings(desk).phone) == ("First", "")
    # A second stale save of a detail that already has a row is refused too.
    fresh = company_settings(desk)
    save_company_settings(desk, replace(fresh, name="Second"), fresh.version_token)
    with pytest.raises(Conflict):
        save_company_settings(desk, replace(fresh, name="Third"), fresh.version_token)
    assert company_settings(desk).name == "Second"


def test_a_logo_that_is_no_image_or_no_file_is_refused(desk, tmp_path):
    before = company_settings(desk)
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    for path in (text, tmp_path / "missing.png", tmp_path):
        with pytest.raises(ValidationError) as refused:
            save_company_settings(desk, replace(before, name="X", logo_path=str(path)), before.version_token)
        assert refused.value.field == "logo"
    assert company_settings(desk) == CompanySettings()
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(JPEG_HEAD)
    assert save_company_settings(desk, replace(before, logo_path=str(jpeg)), before.version_token).logo_path == str(jpeg)


def test_the_logo_messages_say_what_is_wrong(desk, tmp_path):
    before = company_settings(desk)
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    messages = []
    for path in (text, tmp_path / "missing.png"):
        with pytest.raises(ValidationError) as refused:
            save_company_settings(desk, replace(before, logo_path=str(path)), before.version_token)
        messages.append(refused.value.message())
    assert messages == ["The logo must be a PNG or JPEG image.", "The logo file was not found."]


def test_too_long_a_detail_is_refused_beside_its_field(desk):
    before = company_settings(desk)
    with pytest.raises(ValidationError) as refused:
        save_company_settings(desk, replace(before, name="ب" * 201), before.version_token)
    assert refused.value.field == "name"
    assert refused.value.message() == "This is too long: at most ۲۰۰ characters."


def test_unknown_and_damaged_rows_are_left_alone(desk):
    with desk.store.write() as session:
        session.add(Setting(key="tickets.prefix", value='"JC"'))
        session.add(Setting(key="company.phone", value="{not json"))
        session.add(Setting(key="company.address", value="42"))
    read = company_settings(desk)
    assert read == CompanySettings()
    save_company_settings(desk, replace(read, name="Alborz"), read.version_token)
    assert rows(desk)["tickets.prefix"] == '"JC"'
    assert rows(desk)["company.address"] == "42"
    assert company_settings(desk).name == "Alborz"


def test_document_choices_default_and_read_back(desk):
    before = company_settings(desk)
    assert (before.page_size, before.workshop_copy, before.repair_warranty_days) == ("A5", "next_page", 90)
    saved = save_company_settings(desk, replace(before, page_size="A4", workshop_copy="same_page",
                                                repair_warranty_days=30), before.version_token)
    assert (saved.page_size, saved.workshop_copy, saved.repair_warranty_days) == ("A4", "same_page", 30)
    assert rows(desk) == {"documents.page_size": '"A4"', "documents.workshop_copy": '"same_page"',
                          "documents.repair_warranty_days": "30"}
    assert company_settings(desk) == saved


@pytest.mark.parametrize(("change", "field"), [
    ({"page_size": "Letter"}, "page_size"),
    ({"workshop_copy": "both"}, "workshop_copy"),
    ({"repair_warranty_days": -1}, "repair_warranty_days"),
    ({"repair_warranty_days": 3651}, "repair_warranty_days"),
    ({"repair_warranty_days": True}, "repair_warranty_days"),
])
def test_document_choices_out_of_their_limits_are_refused_beside_their_field(desk, change, field):
    before = company_settings(desk)
    with pytest.raises(ValidationError) as refused:
        save_company_settings(desk, replace(before, **change), before.version_token)
    assert refused.value.field == field
    assert rows(desk) == {}


def test_the_warranty_message_names_the_limits_in_the_users_digits(desk):
    before = company_settings(desk)
    with pytest.raises(ValidationError) as refused:
        save_company_settings(desk, replace(before, repair_warranty_days=5000), before.version_token)
    assert refused.value.message() == "Enter a whole number from ۰ to ۳۶۵۰."


def test_damaged_document_rows_read_as_the_defaults(desk):
    with desk.store.write() as session:
        session.add(Setting(key="documents.page_size", value='"B5"'))
        session.add(Setting(key="documents.workshop_copy", value="3"))
        session.add(Setting(key="documents.repair_warranty_days", value='"90"'))
    read = company_settings(desk)
    assert (read.page_size, read.workshop_copy, read.repair_warranty_days) == ("A5", "next_page", 90)
