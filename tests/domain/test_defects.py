"""The repeated-defect rule and the warranty a replacement unit inherits."""
from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.coverage import CoverageKind, WarrantySpan
from app.domain.defects import EarlierRepair, fault_words, repeated_defect
from app.domain.resolutions import remaining_warranty


def repair(ticket_id: int, fault: str, month: int) -> EarlierRepair:
    return EarlierRepair(ticket_id, f"1404-{ticket_id:04d}", datetime(2025, month, 1, tzinfo=UTC), fault)


def test_the_same_fault_after_two_warranty_repairs_is_said_to_be_back():
    earlier = [repair(2, "صفحه نمایش خاموش می‌شود", 3), repair(1, "صفحه‌ی نمايش خاموش است", 1)]
    notice = repeated_defect(earlier, "دوباره صفحه خاموش شد")
    assert notice is not None and notice.is_same_fault
    assert [r.ticket_id for r in notice.repairs] == [1, 2]  # oldest first
    assert notice.may_claim("SA") and not notice.may_claim("IR")


def test_a_different_fault_only_counts_the_repairs_without_claiming_it_is_the_same():
    earlier = [repair(1, "پمپ تخلیه صدا می‌دهد", 1), repair(2, "درب قفل نمی‌شود", 3)]
    notice = repeated_defect(earlier, "برد کار نمی‌کند")
    assert notice is not None
    assert len(notice.repairs) == 2 and notice.same_fault == ()
    assert not notice.is_same_fault and not notice.may_claim("SA")


def test_words_every_fault_report_uses_do_not_make_two_faults_the_same():
    earlier = [repair(1, "موتور کار نمی‌کند", 1), repair(2, "دستگاه روشن نمی‌شود", 2)]
    assert repeated_defect(earlier, "برد کار نمی‌کند").same_fault == ()
    assert fault_words("الشاشة لا تعمل") == fault_words("شاشة") == {"شاشه"}


def test_one_warranty_repair_says_nothing():
    assert repeated_defect([repair(1, "صفحه خاموش", 1)], "صفحه خاموش") is None
    assert repeated_defect([], "صفحه خاموش") is None


def test_before_the_fault_is_typed_only_the_count_is_known():
    notice = repeated_defect([repair(1, "صفحه خاموش", 1), repair(2, "صفحه خاموش", 2)], "")
    assert notice is not None and notice.same_fault == ()


def test_a_replacement_inherits_the_rest_of_a_running_warranty():
    remaining = remaining_warranty([WarrantySpan(1, date(2025, 1, 10), date(2027, 1, 9))], date(2025, 6, 15))
    assert remaining.inheritable
    assert (remaining.start, remaining.end) == (date(2025, 6, 15), date(2027, 1, 9))


def test_a_voided_or_expired_warranty_leaves_nothing_to_inherit_and_says_why():
    voided = WarrantySpan(1, date(2025, 1, 10), date(2027, 1, 9), voided_on=date(2025, 5, 1), void_reason="ضربه")
    remaining = remaining_warranty([voided], date(2025, 6, 15))
    assert not remaining.inheritable and remaining.left.kind is CoverageKind.VOID
    expired = remaining_warranty([WarrantySpan(1, date(2023, 1, 1), date(2024, 12, 31))], date(2025, 6, 15))
    assert not expired.inheritable and expired.left.kind is CoverageKind.EXPIRED
    assert remaining_warranty([], date(2025, 6, 15)).left.kind is CoverageKind.NONE
