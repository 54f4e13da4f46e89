"""What became of the rows of an import, as the wizard lists them: their outcome's word and
colour, the columns of the problems and outcomes tables, and the filter by outcome."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableView,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.importing import (
    OUTCOME_LABELS,
    Outcome,
    RowResult,
)
from app.locale.display import Locale
from app.ui.importing.import_preview import Index
from app.ui.models.record_table import ALIGN_NUMBER, RecordColumn, RecordTableModel

OUTCOME_COLORS = {Outcome.IMPORTED: "#1b7f3b", Outcome.MERGED: "#1f5fa8", Outcome.SKIPPED: "#6b6b6b",
                  Outcome.REJECTED: "#b00020"}


def outcome_label(outcome: Outcome) -> str:
    return QCoreApplication.translate("Import", OUTCOME_LABELS[outcome])


def _outcome_color(result: RowResult) -> str:
    return OUTCOME_COLORS[result.outcome]


def problem_columns(locale: Locale) -> list[RecordColumn[RowResult]]:
    return [
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Sheet"), lambda r: r.sheet, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Row"), lambda r: locale.digits(r.row), key=lambda r: r.row,
                     align=ALIGN_NUMBER, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Column"), lambda r: r.column, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
                     lambda r: r.message(QCoreApplication.translate, locale), context="ImportWizard"),
    ]


def outcome_columns(locale: Locale) -> list[RecordColumn[RowResult]]:
    return [
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Sheet"), lambda r: r.sheet, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Row"), lambda r: locale.digits(r.row), key=lambda r: r.row,
                     align=ALIGN_NUMBER, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Outcome"), lambda r: outcome_label(r.outcome),
                     key=lambda r: list(Outcome).index(r.outcome), color=_outcome_color, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Column"), lambda r: r.column, context="ImportWizard"),
        RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Details"),
                     lambda r: r.message(QCoreApplication.translate, locale), context="ImportWizard"),
    ]


class OutcomeFilter(QSortFilterProxyModel):
    """Sorts by each column's raw key, and shows one outcome's rows (or all: None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.setSortRole(RecordTableModel.SortRole)

    def set_outcome(self, outcome: Outcome | None) -> None:
        self.beginFilterChange()
        self.outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        source = self.sourceModel()
        return self.outcome is None or (isinstance(source, RecordTableModel)
                                        and source.row_at(row).outcome is self.outcome)


def table_view(model: QAbstractTableModel | QSortFilterProxyModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


# -- the wizard --------------------------------------------------------------------------------
