"""The Today tab, the first thing a clerk sees: every promise due today or already late,
each row with the customer's mobile and the two things to do about it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.today import (
    COUNTED_UP_TO,
    SHOWN_PER_KIND,
    SOURCES,
    TICKET_FIRST,
    TodayKind,
    TodayRow,
    today_label,
    today_list,
    today_rows,
)
from app.ui.file_dialogs import ask_save_file
from app.ui.list_export import suggested_file_name
from app.ui.list_tab import SIZED_BY_ROWS
from app.ui.messages import saved_box, show_error
from app.ui.models.record_table import RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import RED
from app.ui.translator import shown
from app.ui.ui_state import FilePurpose

EVERYTHING = ""


class TodayTab(Retranslating, QWidget):
    """`call_requested` and `ticket_requested` carry the row; the main window knows which
    dialog each kind of row opens."""

    call_requested = Signal(object)
    ticket_requested = Signal(object)
    record_requested = Signal(object)
    """A complaint row double-clicked: the complaint itself."""
    count_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[TodayRow] = []
        self.totals: dict[TodayKind, int] = {kind: 0 for kind in SOURCES}
        self.started = False
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(self._show)
        self.model: RecordTableModel[TodayRow] = RecordTableModel(self._columns(), parent=self)
        self.view = record_view(self, self.model, stretch=4)
        self.view.doubleClicked.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.call_button, self.ticket_button, self.export_button = (QPushButton(self) for _ in range(3))
        self.call_action, self.ticket_action = QAction(self), QAction(self)
        self.call_action.setShortcut(QKeySequence("Ctrl+L"))
        self.ticket_action.setShortcut(QKeySequence("Ctrl+T"))
        for action, button, signal in ((self.call_action, self.call_button, self.call_requested),
                                       (self.ticket_action, self.ticket_button, self.ticket_requested)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, signal=signal: self._request(signal))
            button.clicked.connect(action.trigger)
            self.addAction(action)
            self.view.addAction(action)
        self.export_button.clicked.connect(self.export_for_sms)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # columns sized to the first rows, as the other lists: measuring hundreds of rows' text holds the start up
        self.view.horizontalHeader().setResizeContentsPrecision(SIZED_BY_ROWS)
        self.cut = QLabel(self)
        self.cut.setWordWrap(True)
        self.cut.hide()
        top = QHBoxLayout()
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind, 1)
        top.addStretch(2)
        top.addWidget(self.export_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.ticket_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cut)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.retranslate()

    per_kind = SHOWN_PER_KIND
    """The most rows of one kind listed (tests list fewer)."""

    @property
    def total(self) -> int:
        return self.model.rowCount()

    def _columns(self) -> list[RecordColumn[TodayRow]]:
        locale = self.desk.locale

        def late(row: TodayRow) -> str | None:
            return RED if row.overdue else None

        def about(row: TodayRow) -> str:
            parts = [row.subject,
                     locale.ident(row.ticket_number) if row.ticket_number else "",
                     locale.ident(row.contract_number) if row.contract_number else "",
                     " ".join(p for p in (row.product, isolate_ltr(row.serial) if row.serial else "") if p)]
            return " — ".join(p for p in parts if p)

        return [
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "What"), lambda r: shown(today_label(r.kind)), bold=lambda r: r.overdue),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: locale.date(r.day), key=lambda r: r.day,
                         color=late),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: isolate_ltr(locale.phone(r.mobile)),
                         key=lambda r: r.mobile or ""),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "About"), about),
            RecordColumn(QT_TRANSLATE_NOOP("Columns", "Last call"),
                         lambda r: locale.moment(r.last_call) if r.last_call else "",
                         key=lambda r: r.last_call.isoformat() if r.last_call else ""),
        ]

    def apply_filter(self) -> None:
        """Read the day's rows again (on showing the tab, after a change, on F5)."""
        self.started = True
        try:
            found = today_list(self.desk, limit=self.per_kind)
        except KhedmatError as error:
            show_error(self, error)
            return
        self.rows, self.totals = found.rows, found.totals
        self.cut.setVisible(found.cut)
        self._say_cut()
        self._fill_kinds()
        self._show()

    def _say_cut(self) -> None:
        self.cut.setText(self.tr("Each kind lists its %n longest waiting here; the counts are of them all, and "
                                 "Export for SMS writes them all.", "", self.per_kind).replace(
            str(self.per_kind), self.desk.locale.digits(self.per_kind)))

    def _count(self, count: int) -> str:
        """A kind's count in the user's digits; past the counting's end, "more than 1,000"."""
        if count > COUNTED_UP_TO:
            return self.tr("more than {count}").format(count=self.desk.locale.digits(COUNTED_UP_TO))
        return self.desk.locale.digits(count)

    def _fill_kinds(self) -> None:
        chosen = self.kind.currentData()
        everything = sum(self.totals.values())
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Everything ({count})").format(
            count=self._count(everything if everything <= COUNTED_UP_TO else COUNTED_UP_TO + 1)), EVERYTHING)
        for kind in SOURCES:
            self.kind.addItem(self.tr("{what} ({count})").format(what=shown(today_label(kind)),
                                                                 count=self._count(self.totals[kind])), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen if chosen is not None else EVERYTHING), 0))
        self.kind.blockSignals(False)

    def shown_rows(self) -> list[TodayRow]:
        chosen = self.kind.currentData()
        if not chosen:
            return list(self.rows)
        return [row for row in self.rows if row.kind is TodayKind(chosen)]

    def _show(self) -> None:
        self.model.set_rows(self.shown_rows())
        self.view.resizeColumnsToContents()
        nothing = self.model.rowCount() == 0
        self.empty.setVisible(nothing)
        self.view.setVisible(not nothing)
        if not nothing:
            self.view.setCurrentIndex(self.view.model().index(0, 0))
        self._update_buttons()
        self.count_changed.emit()

    def current_row(self) -> TodayRow | None:
        index = self.view.currentIndex()
        return index.data(RecordTableModel.RowRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        for action, button in ((self.call_action, self.call_button), (self.ticket_action, self.ticket_button)):
            action.setEnabled(row is not None)
            button.setEnabled(row is not None)

    def _request(self, signal: Signal) -> None:
        row = self.current_row()
        if row is not None:
            signal.emit(row)

    def _activated(self, index: QModelIndex) -> None:
        """A double-click does the row's usual thing: the ticket for a job to open or chase,
        the complaint for a complaint, the call for the rest."""
        row = index.data(RecordTableModel.RowRole)
        if row is None:
            return
        if row.kind in TICKET_FIRST:
            self.ticket_requested.emit(row)
        elif row.kind is TodayKind.COMPLAINT:
            self.record_requested.emit(row)
        else:
            self.call_requested.emit(row)

    def export_for_sms(self) -> Path | None:
        """The rows of the kind shown (every one of them, listed or not), as mobile, name and
        message, for an SMS tool."""
        chosen_kind = self.kind.currentData()
        try:
            rows = today_rows(self.desk, frozenset({TodayKind(chosen_kind)}) if chosen_kind else None)
        except KhedmatError as error:
            show_error(self, error)
            return None
        name = suggested_file_name(self.desk, self.tr("Today's messages"), ".xlsx")
        chosen = self.ask_path(name)
        if chosen is None:
            return None
        from app.services.today_messages import write_sms_workbook  # openpyxl waits until then

        try:
            result = write_sms_workbook(self.desk, rows, chosen, QCoreApplication.translate)
        except KhedmatError as error:
            show_error(self, error)
            return None
        digits = self.desk.locale.digits
        text = self.tr("%n message(s) written to {path}.", "", result.written).replace(
            str(result.written), digits(result.written)).format(path=chosen)
        if result.without_mobile:
            text += "\n" + self.tr("%n row(s) left out: the customer has no mobile.", "",
                                   result.without_mobile).replace(str(result.without_mobile),
                                                                  digits(result.without_mobile))
        saved_box(self, self.tr("Export for SMS"), text, chosen)
        return chosen

    def ask_path(self, name: str) -> Path | None:
        """The save dialog (tests replace this method)."""
        return ask_save_file(self, FilePurpose.EXPORT, self.tr("Export for SMS"), name,
                             self.tr("Excel workbook (*.xlsx)"))

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("Show:"))
        self.call_button.setText(self.tr("Log call (Ctrl+L)"))
        self.ticket_button.setText(self.tr("Open ticket (Ctrl+T)"))
        self.call_action.setText(self.tr("Log call"))
        self.ticket_action.setText(self.tr("Open ticket"))
        self.export_button.setText(self.tr("Export for SMS…"))
        self.export_button.setToolTip(self.tr("Save the rows shown as mobile, name and message, for an SMS tool."))
        self.empty.setText(self.tr("Nothing is due today."))
        self._say_cut()
        self.model.retranslate()
        if self.started:
            self._fill_kinds()
