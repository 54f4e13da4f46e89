"""Intake's notice of a unit's earlier warranty repairs (app.domain.defects.repeated_defect):
the same fault back after two of them, or only how many there were when the fault looks
different; in Saudi Arabia, that the customer may now ask for a replacement or a refund.
And the notice that the unit found was replaced by another."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.defects import EarlierRepair, RepeatedDefect, repeated_defect
from app.locale.display import Locale
from app.locale.text import isolate_ltr
from app.ui.retranslating import Retranslating
from app.ui.tickets.found_unit import WARNING_STYLE, isolate

SAME_FAULT_STYLE = ("QLabel { color: #8b0000; background: #ffe4e1; border: 1px solid #d9534f;"
                    " border-radius: 4px; padding: 4px; font-weight: bold; }")


class RepeatedDefectNotice(Retranslating, QLabel):
    """Hidden until the unit had two warranty repairs or more."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeated_defect")
        self.setWordWrap(True)
        self.locale = locale
        self._repairs: list[EarlierRepair] = []
        self._fault = ""
        self.notice: RepeatedDefect | None = None
        self.retranslate()

    def show_repairs(self, repairs: list[EarlierRepair], fault: str) -> None:
        """The unit's finished warranty repairs ([] for no unit) and the fault typed so far."""
        self._repairs, self._fault = repairs, fault
        self.retranslate()

    def retranslate(self) -> None:
        self.notice = repeated_defect(self._repairs, self._fault)
        self.setVisible(self.notice is not None)
        if self.notice is None:
            self.setText("")
            return
        self.setStyleSheet(SAME_FAULT_STYLE if self.notice.is_same_fault else WARNING_STYLE)
        self.setText(self.text_of(self.notice))

    def text_of(self, notice: RepeatedDefect) -> str:
        listed = notice.same_fault if notice.is_same_fault else notice.repairs
        count = len(listed)
        if notice.is_same_fault:
            head = self.tr("The same fault seems to be back after %n warranty repairs:", "", count)
        else:
            head = self.tr("This unit had %n warranty repairs:", "", count)
        lines = [head.replace(str(count), self.locale.digits(count)), *map(self._line, listed)]
        if notice.may_claim(self.locale.region):
            lines.append(self.tr("The customer may now ask for a replacement or a refund."))
        return "\n".join(lines)

    def _line(self, repair: EarlierRepair) -> str:
        return self.tr("{number} of {date}: {fault}").format(
            number=self.locale.ident(repair.number), date=self.locale.date(repair.opened_at),
            fault=isolate(repair.fault))


class ReplacedNotice(Retranslating, QLabel):
    """Shown when the unit found was replaced: it is kept for its history, and the customer
    has the new unit (with the warranty it was given)."""

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replaced_unit")
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.locale = locale
        self._by: tuple[str, str] | None = None
        self.retranslate()

    def show_replacement(self, by: tuple[str, str] | None) -> None:
        """(serial of the new unit, ticket number), or None for a unit in use."""
        self._by = by
        self.retranslate()

    def retranslate(self) -> None:
        self.setVisible(self._by is not None)
        if self._by is not None:
            serial, number = self._by
            self.setText(self.tr("This unit was replaced by unit {serial} on ticket {number}; the customer "
                                 "has the new one.").format(serial=isolate_ltr(serial),
                                                            number=self.locale.ident(number)))
