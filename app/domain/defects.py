"""Repeated defects: the same fault back on a unit after two warranty repairs.

`repeated_defect` is the one rule; intake shows its answer as soon as the unit is known and
says more once the fault is typed.

Whether a fault is "the same" is decided from the clerk's words only, and honestly: two
faults are taken for the same when their texts share a meaningful word once folded
(app.locale.text.normalize_search: letters, digits, ZWNJ), the Arabic article taken off
and the words every fault report uses ("does not work", "the unit", "again") left out.
"صفحه خاموش است" and "صفحه دوباره خاموش شد" share "صفحه"; "کار نمی‌کند" and
"برد کار نمی‌کند" share nothing that names a fault. When no such word is shared the
notice only counts the unit's warranty repairs and lists them, without claiming that the
fault is the same. A rework (a ticket reopened) is the same job again, not a new intake,
and is not counted twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from app.locale.text import normalize_search

REPAIRS_BEFORE_CLAIM = 2
"""Warranty repairs of the same fault after which a Saudi consumer may ask for a replacement
or a refund (and after which the desk says so anywhere, without the legal claim)."""

CLAIM_REGIONS = frozenset({"SA"})
"""Regions whose consumer law gives that right (app.locale.display regions)."""

_ARTICLE = "ال"
_SHORTEST_WORD = 3
_WORD_BREAK = re.compile(r"[\W_]+")

_COMMON = """
کار نمیکند میکند نمیشود میشود نمیکنه نمیشه شده شد است هست نیست دارد ندارد دستگاه خراب مشکل
ایراد باز دوباره مجدد هنوز ولی اما برای بعد قبل کند شود خیلی همیشه گاهی وقتی این اون
یعمل تعمل لایعمل جهاز عطل مشکله یوجد فیه عند مره اخری ایضا جدا کان کانت بعد هذا هذه
not the and does doesnt work working broken problem again unit with after still
"""
_COMMON_WORDS = frozenset(normalize_search(_COMMON).split())


def fault_words(text: str) -> frozenset[str]:
    """The words of a fault that can name it: folded, the Arabic article taken off, the
    short and the common ones left out."""
    words = set()
    for word in _WORD_BREAK.split(normalize_search(text)):
        if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 2:
            word = word[len(_ARTICLE):]
        if len(word) >= _SHORTEST_WORD and word not in _COMMON_WORDS:
            words.add(word)
    return frozenset(words)


class EarlierRepair(NamedTuple):
    """A finished warranty repair of the unit, as intake lists it."""

    ticket_id: int
    number: str
    opened_at: datetime
    fault: str


class RepeatedDefect(NamedTuple):
    repairs: tuple[EarlierRepair, ...]
    """Every earlier warranty repair of the unit, oldest first."""
    same_fault: tuple[EarlierRepair, ...]
    """Those whose fault shares a meaningful word with the fault reported now."""

    @property
    def is_same_fault(self) -> bool:
        """The fault reported now looks like one already repaired under warranty twice or more."""
        return len(self.same_fault) >= REPAIRS_BEFORE_CLAIM

    def may_claim(self, region: str) -> bool:
        """Whether the customer may now ask for a replacement or a refund by law in `region`."""
        return self.is_same_fault and region in CLAIM_REGIONS


def repeated_defect(earlier: Iterable[EarlierRepair], fault: str) -> RepeatedDefect | None:
    """What intake says about the unit's earlier warranty repairs (app.services.resolutions
    .warranty_repairs) given the fault reported now ('' while it is not typed): None when the
    unit had fewer than two; else all of them, and those that look like the same fault."""
    repairs = tuple(sorted(earlier, key=lambda r: (r.opened_at, r.ticket_id)))
    if len(repairs) < REPAIRS_BEFORE_CLAIM:
        return None
    words = fault_words(fault)
    same = tuple(r for r in repairs if words & fault_words(r.fault))
    return RepeatedDefect(repairs, same)
