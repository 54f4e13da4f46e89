"""The colours that mark rows and coverage: one table, so every screen agrees."""
from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.coverage import CoverageKind
from app.i18n import QT_TRANSLATE_NOOP
from app.services.listing import ContractRow, CustomerRow, FollowUpRow, Period, TicketRow, WarrantyRow

OVERDUE = QColor("#fde2e1")
EXPIRING = QColor("#fff1d6")
ENDED = QColor("#ececec")
VOID = QColor("#f8d7da")

PERIOD_COLOURS: dict[Period, QColor] = {Period.EXPIRING: EXPIRING, Period.EXPIRED: ENDED, Period.VOID: VOID}

COVERAGE_COLOURS: dict[CoverageKind, tuple[QColor, QColor]] = {
    CoverageKind.WARRANTY: (QColor("#d9f2e3"), QColor("#125c2f")),
    CoverageKind.CONTRACT: (QColor("#dbe9fb"), QColor("#163f73")),
    CoverageKind.EXPIRED: (QColor("#fff1d6"), QColor("#7a4a00")),
    CoverageKind.VOID: (QColor("#f8d7da"), QColor("#7d1620")),
    CoverageKind.NONE: (QColor("#ececec"), QColor("#333333")),
}
"""Background and text colour of a coverage banner, by decision."""
UNKNOWN_COVERAGE_STYLE = ("background-color: #fffbe6; color: #5c4b00; border: 1px dashed #b38f00; "
                          "border-radius: 4px; padding: 6px; font-weight: bold;")
"""A banner whose decision cannot be made yet (a new unit's purchase date is not given)."""


def ticket_mark(row: TicketRow) -> QColor | None:
    return OVERDUE if row.overdue else None


def period_mark(row: WarrantyRow | ContractRow) -> QColor | None:
    return PERIOD_COLOURS.get(row.period) if row.period else None


def followup_mark(row: FollowUpRow) -> QColor | None:
    return OVERDUE if row.overdue else (ENDED if row.done else None)


def coverage_style(kind: CoverageKind) -> str:
    """A style sheet for a banner showing a coverage decision."""
    background, text = COVERAGE_COLOURS[kind]
    return (f"background-color: {background.name()}; color: {text.name()}; "
            "border-radius: 4px; padding: 6px; font-weight: bold;")


ARCHIVED_STYLE = "background: #6c757d; color: white; border-radius: 4px; padding: 1px 8px;"
"""The badge of an archived record."""


def customer_mark(row: CustomerRow) -> QColor | None:
    return ENDED if row.archived else None


LEGEND_CONTEXT = "Legend"
LEGENDS: tuple[tuple[tuple[QColor, str], ...], ...] = (
    ((OVERDUE, QT_TRANSLATE_NOOP("Legend", "Overdue: the promised day has passed")),),
    ((ENDED, QT_TRANSLATE_NOOP("Legend", "Archived")),),
    ((EXPIRING, QT_TRANSLATE_NOOP("Legend", "Ends within 30 days")), (ENDED, QT_TRANSLATE_NOOP("Legend", "Ended")),
     (VOID, QT_TRANSLATE_NOOP("Legend", "Void"))),
    ((EXPIRING, QT_TRANSLATE_NOOP("Legend", "Ends within 30 days")), (ENDED, QT_TRANSLATE_NOOP("Legend", "Ended"))),
    ((OVERDUE, QT_TRANSLATE_NOOP("Legend", "Overdue")), (ENDED, QT_TRANSLATE_NOOP("Legend", "Done"))),
)
"""What the row colours of each list (in the main window's tab order) mean."""
