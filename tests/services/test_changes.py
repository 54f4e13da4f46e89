"""Correction entries keep before and after language-neutrally and read in the reader's language."""
from __future__ import annotations

import pytest

from app.i18n import Catalogue
from app.locale.display import Locale
from app.services.changes import Change, change_lines, describe_change, encode


def test_an_entry_reads_back_what_was_changed_even_with_tabs_and_breaks_typed():
    text = encode([Change("fault", "صدا\tمی‌دهد", "آب\nنشت می‌کند"), Change("priority", "normal", "urgent")])
    assert change_lines(text) == [Change("fault", "صدا می‌دهد", "آب نشت می‌کند"),
                                  Change("priority", "normal", "urgent")]
    assert change_lines("a note someone wrote") == []


def test_an_unknown_field_is_a_bug_caught_when_written():
    with pytest.raises(ValueError, match="FIELD_LABELS"):
        encode([Change("colour", "", "red")])


@pytest.mark.parametrize(("lang", "expected"), [
    ("fa", "اولویت: عادی ← فوری"),
    ("ar", "موعد التسليم: — ← ١٤٤٧/٠٦/١٠"),
])
def test_a_change_is_described_in_the_readers_language_and_calendar(lang, expected):
    change = Change("priority", "normal", "urgent") if lang == "fa" else Change("promised_date", "", "2025-12-01")
    assert describe_change(change, Catalogue.load(lang).translate, Locale.for_language(lang)) == expected
