"""The legacy import wizard: choose a workbook, check each sheet's header row and columns,
try the import (a dry run), import for real, and see what became of every row.

The engine (app.importing) plans, checks and writes; the wizard shows its plan, lets the
user correct it, and runs it under a progress dialog whose Cancel makes the engine write
nothing. The pages sit in a QStackedWidget rather than a QWizard: work runs between pages
(plan, dry run, import), and a plain button row mirrors cleanly in a right-to-left layout.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.importing import (
    ImportCancelled,
    ImportFailure,
    ImportPlan,
    ImportReport,
    Outcome,
    RowResult,
    import_workbook,
    plan_import,
    read_mapping,
    report_path,
    summary_lines,
    takes_backup,
    write_errors,
)
from app.services.desk import Desk
from app.ui.file_dialogs import ask_open_file, ask_save_file
from app.ui.importing.import_old_jobs import OldJobsChoice
from app.ui.importing.import_preview import ERROR_STYLE, GREYED, SheetPage
from app.ui.importing.outcomes import (
    OUTCOME_COLORS,
    OutcomeFilter,
    outcome_columns,
    outcome_label,
    problem_columns,
    table_view,
)
from app.ui.messages import ask_yes_no, error_text, show_error, tell
from app.ui.models.record_table import RecordTableModel
from app.ui.retranslating import Retranslating
from app.ui.ui_state import FilePurpose
from app.ui.widgets.number_spin import qt_locale

CREATED_LABELS = {"customers": QT_TRANSLATE_NOOP("ImportWizard", "New customers"),
                  "units": QT_TRANSLATE_NOOP("ImportWizard", "New units"),
                  "tickets": QT_TRANSLATE_NOOP("ImportWizard", "New tickets")}

NOTICE_STYLE = "color: #a34700; font-weight: bold;"
FIRST_PROBLEMS = 20
SUMMARY_LINES_SHOWN = 8
"""The summary box's height in lines; it scrolls for a long list of rejected rows."""
PROGRESS_DELAY_MS = 300
"""A run shorter than this never flashes a progress dialog."""

FILE, PREVIEW, CHECK, SUMMARY = range(4)

AskOpen = Callable[[QWidget, str, str], Path | None]
"""(parent, title, file filter) → the chosen file, or None."""
AskSave = Callable[[QWidget, str, Path, str], Path | None]
"""(parent, title, suggested path, file filter) → where to write, or None."""


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("ImportWizard", ...), in the interface language."""
    return QCoreApplication.translate("ImportWizard", text)


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """A workbook or mapping to open, from the folder the import last used (else Documents)."""
    return ask_open_file(parent, FilePurpose.IMPORT, title, filters)


def ask_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to save a mapping or the rejected rows: the suggested file's name, in the folder
    the import last used (else Documents)."""
    return ask_save_file(parent, FilePurpose.IMPORT, title, suggested.name, filters)


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reading_order(text: str, rtl: bool, *paths: Path | None) -> str:
    """Text mixing Persian or Arabic with file names, laid out as the interface reads.

    A line that starts with a file name would otherwise be laid out left to right, and a
    path inside right-to-left text shows its leading slash at the wrong end: each line gets
    a right-to-left mark, and each path a left-to-right isolate."""
    if not rtl:
        return text
    for path in paths:
        if path is not None:
            text = text.replace(str(path), f"\u2066{path}\u2069")
    return "\n".join(f"\u200f{line}" for line in text.split("\n"))


# -- what became of the rows -------------------------------------------------------------------


class ImportWizard(Retranslating, QDialog):
    """Workbook → sheets and columns → dry run → import → summary.

    Enter goes on to the next step, Esc closes (asking first once a workbook is loaded and
    nothing has been imported yet). The file choosers and the opening of a written file are
    injectable (`ask_open`, `ask_save`, `open_file`), so tests need no native dialog.
    """

    imported = Signal()
    """A real import wrote to the database."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, ask_open: AskOpen = ask_open_path,
                 ask_save: AskSave = ask_save_path, open_file: Callable[[Path], None] = open_with_system) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ask_open, self.ask_save, self.open_file = ask_open, ask_save, open_file
        self.plan: ImportPlan | None = None
        self.mapping: dict[str, Any] | None = None
        self.mapping_path: Path | None = None
        self._planned_for: tuple[Path, Path | None] | None = None
        """(workbook, mapping file) the plan was made from: going back and on keeps the edits."""
        self.dry: ImportReport | None = None
        self.report: ImportReport | None = None
        """The real import's report, once it has run."""
        self.progress: QProgressDialog | None = None
        self._busy = False
        self._cancel_requested = False

        self.steps = [QLabel(self) for _ in range(4)]
        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_file_page())
        self.stack.addWidget(self._build_preview_page())
        self.stack.addWidget(self._build_check_page())
        self.stack.addWidget(self._build_summary_page())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # Enter goes on
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.reject)

        step_row = QHBoxLayout()
        for step in self.steps:
            step_row.addWidget(step)
        step_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(step_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.save_mapping_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.cancel_button)

        self.retranslate()
        self._go(FILE)
        self.resize(1000, 700)

    # -- pages ------------------------------------------------------------------------------

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        self.path_label = QLabel(page)
        self.path = QLineEdit(page)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.path_label.setBuddy(self.path)
        self.choose_button = QPushButton(page)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping_label = QLabel(page)
        self.mapping_shown = QLabel(page)
        self.load_mapping_button = QPushButton(page)
        self.load_mapping_button.setAutoDefault(False)
        self.load_mapping_button.clicked.connect(self.choose_mapping)
        self.file_error = QLabel(page)
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_error.hide()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_shown, 1)
        mapping_row.addWidget(self.load_mapping_button)
        form = QFormLayout()
        form.addRow(self.path_label, path_row)
        form.addRow(self.mapping_label, mapping_row)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.sheet_tabs = QTabWidget(page)
        self.sheet_pages: list[SheetPage] = []
        self.plan_summary = QLabel(page)
        self.save_mapping_button = QPushButton(page)
        self.save_mapping_button.setAutoDefault(False)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.old_jobs = OldJobsChoice(self.desk.locale, page)
        self.old_jobs.changed.connect(self._plan_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.plan_summary, 1)
        bottom.addWidget(self.save_mapping_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sheet_tabs, 1)
        layout.addWidget(self.old_jobs)
        layout.addLayout(bottom)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        self.check_read = QLabel(page)
        self.check_read.setWordWrap(True)
        self.rows_box = QGroupBox(page)
        self.created_box = QGroupBox(page)
        self.count_names: dict[str, QLabel] = {}
        self.count_labels: dict[str, QLabel] = {}
        """The dry run's figures by outcome ('imported', …) and by new kind ('customers', …)."""
        rows_form, created_form = QFormLayout(self.rows_box), QFormLayout(self.created_box)
        for form in (rows_form, created_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # figure by its name
        for key, form in [*((o.value, rows_form) for o in Outcome), *((k, created_form) for k in CREATED_LABELS)]:
            name, value = QLabel(page), QLabel(page)
            value.setFont(self.heading.font())
            if key in OUTCOME_COLORS:
                value.setStyleSheet(f"color: {OUTCOME_COLORS[Outcome(key)]};")
            form.addRow(name, value)
            self.count_names[key], self.count_labels[key] = name, value
        self.problems_box = QGroupBox(page)
        self.problems_model: RecordTableModel[RowResult] = RecordTableModel(problem_columns(self.desk.locale),
                                                                             parent=self)
        self.problems = table_view(self.problems_model, self.problems_box)
        self.problems_note = QLabel(self.problems_box)
        self.problems_note.setWordWrap(True)
        self.save_dry_rejected_button = QPushButton(self.problems_box)
        self.save_dry_rejected_button.setAutoDefault(False)
        self.save_dry_rejected_button.clicked.connect(self.save_rejected)
        note_row = QHBoxLayout()
        note_row.addWidget(self.problems_note, 1)
        note_row.addWidget(self.save_dry_rejected_button)
        problems = QVBoxLayout(self.problems_box)
        problems.addWidget(self.problems, 1)
        problems.addLayout(note_row)
        counts = QHBoxLayout()
        counts.addWidget(self.rows_box, 1)
        counts.addWidget(self.created_box, 1)
        self.check_layout = QVBoxLayout(page)
        self.check_layout.setContentsMargins(0, 0, 0, 0)
        self.check_notes = QLabel(page)
        self.check_notes.setWordWrap(True)
        self.check_layout.addWidget(self.check_read)
        self.check_layout.addLayout(counts)
        self.check_layout.addWidget(self.check_notes)
        self.check_layout.addWidget(self.problems_box)
        self.check_layout.addStretch(0)  # takes the room the problems leave when there are none
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_text = QPlainTextEdit(page)
        self.summary_text.setReadOnly(True)
        self.summary_text.setTabChangesFocus(True)
        self.summary_text.setMaximumHeight(self.fontMetrics().lineSpacing() * SUMMARY_LINES_SHOWN)
        self.show_label = QLabel(page)
        self.outcome_choice = QComboBox(page)
        self.show_label.setBuddy(self.outcome_choice)
        self.outcome_choice.currentIndexChanged.connect(self._outcome_chosen)
        self.outcomes_model: RecordTableModel[RowResult] = RecordTableModel(outcome_columns(self.desk.locale),
                                                                             parent=self)
        self.outcomes = OutcomeFilter(self)
        self.outcomes.setSourceModel(self.outcomes_model)
        self.outcomes_view = table_view(self.outcomes, page)
        header = self.outcomes_view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the workbook's own order first
        self.outcomes_view.setSortingEnabled(True)
        self.save_rejected_button = QPushButton(page)
        self.save_rejected_button.setAutoDefault(False)
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.backup_label = QLabel(page)
        self.backup_path = QLineEdit(page)
        self.backup_path.setReadOnly(True)  # to copy, never to edit
        self.backup_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.backup_label.setBuddy(self.backup_path)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.show_label)
        filter_row.addWidget(self.outcome_choice)
        filter_row.addStretch(1)
        filter_row.addWidget(self.save_rejected_button)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label)
        backup_row.addWidget(self.backup_path, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_text)
        layout.addLayout(filter_row)
        layout.addWidget(self.outcomes_view, 1)
        layout.addLayout(backup_row)
        return page

    # -- moving between the steps -----------------------------------------------------------

    def page(self) -> int:
        return self.stack.currentIndex()

    def next(self) -> None:
        """The step the Next button (and Enter) takes from the current page."""
        page = self.page()
        if page == FILE:
            self.load_file()
        elif page == PREVIEW:
            self.dry_run()
        elif page == CHECK:
            self.import_now()
        else:
            self.accept()

    def back(self) -> None:
        if self.page() in (PREVIEW, CHECK):
            self._go(self.page() - 1)

    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.notice.hide()
        self._show_steps()
        self._show_buttons()
        focus = {FILE: self.path, PREVIEW: self._current_sheet_focus(), CHECK: self.next_button,
                 SUMMARY: self.outcomes_view}[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_sheet_focus(self) -> QWidget:
        sheet = self.sheet_tabs.currentWidget()
        return sheet.header_row if isinstance(sheet, SheetPage) else self.next_button

    def _show_steps(self) -> None:
        for index, step in enumerate(self.steps):
            if index == self.page():
                step.setStyleSheet("color: white; background: #2f6fb5; border-radius: 9px; padding: 3px 10px;"
                                   " font-weight: bold;")
            else:
                colour = "#2f6fb5" if index < self.page() else GREYED
                step.setStyleSheet(f"color: {colour}; padding: 3px 10px;")
        headings = (self.tr("Choose the workbook"), self.tr("Check the sheets and their columns"),
                    self.tr("Dry run: what the import would do"), self.tr("What became of every row"))
        self.heading.setText(headings[self.page()])
        intros = (
            self.tr("Choose the workbook that holds the old records (.xlsx, .xls or .ods). Nothing is "
                    "written to the database until you confirm the import."),
            self.tr("The highlighted row is read as each sheet's header, and the list above each column "
                    "says what the column holds. Columns kept in notes go into each ticket's history. "
                    "Double-click a row to make it the header."),
            self.tr("Every row was read and checked; nothing was written. Go back to change the columns, "
                    "or import."),
            self.tr("The import is done. Every row of the workbook is listed with what became of it."),
        )
        self.intro.setText(intros[self.page()])

    def _show_buttons(self) -> None:
        page = self.page()
        self.back_button.setVisible(page in (PREVIEW, CHECK))
        self.cancel_button.setVisible(page != SUMMARY)
        self.next_button.setText({FILE: self.tr("&Next"), PREVIEW: self.tr("&Dry run"),
                                  CHECK: self.tr("&Import…"), SUMMARY: self.tr("&Close")}[page])
        self.next_button.setEnabled((page != PREVIEW or (self.plan is not None and self.plan.importable))
                                    and (page != CHECK or self.desk.may(Action.IMPORT)))
        # A dry run is anyone's; the import itself a manager's.
        self.next_button.setToolTip("" if page != CHECK or self.desk.may(Action.IMPORT)
                                    else self.tr("Only a manager may import; this check changed nothing."))

    # -- step 1: the workbook ---------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = self.ask_open(self, self.tr("Choose the legacy workbook"),
                               self.tr("Workbooks (*.xlsx *.xls *.ods)"))
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> bool:
        """Take `path` as the workbook and go on to its preview; False (with the reason shown)
        when it cannot be read."""
        self.path.setText(str(path))
        return self.load_file()

    def choose_mapping(self) -> None:
        chosen = self.ask_open(self, self.tr("Load a saved mapping"), self.tr("Khedmat mappings (*.json)"))
        if chosen is not None:
            self.load_mapping(chosen)

    def load_mapping(self, path: Path) -> bool:
        """Use a mapping saved before: its sheets' header rows and columns replace the detected ones."""
        try:
            self.mapping = read_mapping(path)
        except KhedmatError as error:
            self._file_error(error_text(error), path)
            return False
        self.mapping_path = path
        self.file_error.hide()
        self._show_mapping()
        return True

    def _show_mapping(self) -> None:
        if self.mapping_path is None:
            self.mapping_shown.setText(self.tr("Detected from each sheet's headings."))
        else:
            self.mapping_shown.setText(self.tr("Saved mapping {file}").format(file=self.mapping_path.name))

    def load_file(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self._file_error(self.tr("Choose a workbook first."))
            return False
        path = Path(text)
        if self.plan is not None and self._planned_for == (path, self.mapping_path):
            self._go(PREVIEW)  # back and on again: keep what was changed in the preview
            return True
        try:
            plan = plan_import(path, self.mapping)
        except KhedmatError as error:
            self._file_error(error_text(error), path)
            return False
        self.file_error.hide()
        self.plan, self._planned_for, self.dry = plan, (path, self.mapping_path), None
        self._fill_preview()
        self._go(PREVIEW)
        return True

    def _file_error(self, text: str, path: Path | None = None) -> None:
        self.file_error.setText(reading_order(text, self.isRightToLeft(), path))
        self.file_error.show()
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- step 2: sheets and columns ---------------------------------------------------------

    def _fill_preview(self) -> None:
        assert self.plan is not None
        self.sheet_tabs.clear()
        for page in self.sheet_pages:
            page.deleteLater()
        self.sheet_pages = [SheetPage(sheet, self.desk.locale, self.sheet_tabs) for sheet in self.plan.sheets]
        for page in self.sheet_pages:
            self.sheet_tabs.addTab(page, page.sheet.name)
            page.changed.connect(self._plan_changed)
        first = next((i for i, p in enumerate(self.sheet_pages) if p.sheet.header is not None), 0)
        self.sheet_tabs.setCurrentIndex(first)
        self.old_jobs.show_plan(self.plan)
        self._plan_changed()

    def sheet_page(self, name: str) -> SheetPage:
        return next(page for page in self.sheet_pages if page.sheet.name == name)

    def _plan_changed(self) -> None:
        """A header row or a column changed: the last dry run no longer holds."""
        self.dry = None
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        bar = self.sheet_tabs.tabBar()
        for index, page in enumerate(self.sheet_pages):
            bar.setTabTextColor(index, QColor(GREYED) if page.sheet.header is None else QColor())
        taken = [s for s in plan.sheets if s.header is not None]
        digits = self.desk.locale.digits
        self.plan_summary.setText(digits(self.tr("Sheets imported: {taken} of {sheets} ({rows}).").format(
            taken=len(taken), sheets=len(plan.sheets), rows=self.tr("%n rows", "", sum(s.height for s in taken)))))
        self._show_buttons()

    def save_mapping(self) -> None:
        plan = self.plan
        if plan is None:
            return
        out = self.ask_save(self, self.tr("Save the mapping"), plan.path.with_name(f"{plan.path.stem}-mapping.json"),
                            self.tr("Khedmat mappings (*.json)"))
        if out is None:
            return
        try:
            out = plan.save_mapping(out, self.desk.store.url)
        except ImportFailure:
            self._cannot_write(out)
            return
        except KhedmatError as error:
            show_error(self, error)
            return
        self._notice(self.tr("The mapping was saved to {path}. Load it to import a workbook laid out the "
                             "same way.").format(path=out), out)

    # -- steps 3 and 4: the dry run and the import ------------------------------------------

    def dry_run(self) -> bool:
        """Run the import without writing and show what it would do; False if it did not finish."""
        report = self._run(dry_run=True)
        if report is None:
            return False
        self.dry = report
        self._fill_check()
        self._go(CHECK)
        return True

    def import_now(self) -> bool:
        """Ask, then import for real; False when not asked for, cancelled or refused."""
        dry = self.dry
        if dry is None or not self._confirm_import(dry):
            return False
        report = self._run(dry_run=False)
        if report is None:
            return False
        self.report = report
        self._fill_summary()
        self._go(SUMMARY)
        self.imported.emit()
        return True

    def _confirm_import(self, dry: ImportReport) -> bool:
        digits = self.desk.locale.digits
        rows = digits(self.tr("%n rows", "", dry.count(Outcome.IMPORTED) + dry.count(Outcome.MERGED)))
        question = (self.tr("Import {rows} into the database? A backup of the database is taken first.")
                    if takes_backup(self.desk) else
                    self.tr("Import {rows} into the database? The database is on a server: no backup file is "
                            "taken, so make sure the server's own backup is recent.")).format(rows=rows)
        rejected = dry.count(Outcome.REJECTED)
        if rejected:
            question += "\n\n" + self.tr("The {rejected} rejected rows are left out; save them to a workbook, "
                                         "correct them there and import that later.").format(
                rejected=digits(rejected))
        return ask_yes_no(self, question)

    def _run(self, *, dry_run: bool) -> ImportReport | None:
        """import_workbook under a progress dialog; None when cancelled or refused (nothing written)."""
        plan = self.plan
        assert plan is not None
        digits = self.desk.locale.digits
        doing = (self.tr("Checking {file}…") if dry_run else self.tr("Importing {file}…")).format(
            file=plan.path.name)
        progress = QProgressDialog(doing, self.tr("Cancel"), 0, max(plan.rows, 1), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        # Kept open at 100 % so a late Cancel is still seen; closed below.
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setLocale(qt_locale(self.desk.locale))
        self.progress = progress
        self._set_busy(True)

        def advance(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            progress.setLabelText(doing + "\n" + self.tr("Row {done} of {total}").format(
                done=digits(done), total=digits(total)))
            QCoreApplication.processEvents()
            return not (progress.wasCanceled() or self._cancel_requested)

        try:
            return import_workbook(self.desk, plan, dry_run=dry_run, translate=QCoreApplication.translate,
                                   progress=advance)
        except ImportCancelled as cancelled:
            self._notice(error_text(cancelled))
            return None
        except KhedmatError as error:
            show_error(self, error)
            return None
        finally:
            self._set_busy(False)
            self.progress = None
            progress.close()
            progress.deleteLater()

    def _set_busy(self, busy: bool) -> None:
        self._busy, self._cancel_requested = busy, False
        for widget in (self.stack, self.back_button, self.next_button, self.cancel_button):
            widget.setEnabled(not busy)
        if not busy:
            self._show_buttons()

    def _fill_check(self) -> None:
        dry = self.dry
        assert dry is not None
        digits = self.desk.locale.digits
        lines = summary_lines(dry, QCoreApplication.translate, self.desk.locale, rejected=False)
        self.check_read.setText(reading_order(lines[0], self.isRightToLeft(), Path(dry.path.name)))
        notes = lines[3:-1]  # technicians added, old jobs closed, hidden sheets: all but the counts shown above
        self.check_notes.setText("\n".join(notes))
        self.check_notes.setVisible(bool(notes))
        for outcome in Outcome:
            self.count_labels[outcome.value].setText(digits(dry.count(outcome)))
        for kind in CREATED_LABELS:
            self.count_labels[kind].setText(digits(dry.created[kind]))
        rejected = dry.rejected
        self.problems_model.set_rows(rejected[:FIRST_PROBLEMS])
        self.problems.resizeColumnsToContents()
        self.problems.setVisible(bool(rejected))
        self.save_dry_rejected_button.setVisible(bool(rejected))
        # Without problems the box is one line tall and the figures keep the page.
        self.check_layout.setStretchFactor(self.problems_box, 1 if rejected else 0)
        self.problems_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding if rejected
                                        else QSizePolicy.Policy.Maximum)
        if not rejected:
            self.problems_note.setText(self.tr("No row was rejected."))
        elif len(rejected) > FIRST_PROBLEMS:
            self.problems_note.setText(digits(self.tr("Rejected rows: {count}; the first {shown} are shown.").format(
                shown=FIRST_PROBLEMS, count=len(rejected))))
        else:
            self.problems_note.setText(digits(self.tr("Rejected rows: {count}.").format(count=len(rejected))))

    def _fill_summary(self) -> None:
        report = self.report
        assert report is not None
        lines = summary_lines(report, QCoreApplication.translate, self.desk.locale, rejected=False)
        rtl = self.isRightToLeft()
        self.summary_text.setPlainText(reading_order("\n".join(lines), rtl, report.backup, Path(report.path.name)))
        # A plain text box lays each line out by its first letters: the summary reads as the interface does.
        option = self.summary_text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if rtl
                            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.summary_text.document().setDefaultTextOption(option)
        self.backup_path.setText(str(report.backup or ""))
        for widget in (self.backup_label, self.backup_path):
            widget.setVisible(report.backup is not None)
        rejected = report.count(Outcome.REJECTED)
        self.outcomes_model.set_rows(report.results)
        self.outcomes_view.resizeColumnsToContents()
        self.save_rejected_button.setEnabled(bool(rejected))
        self._fill_outcome_choice()

    def _fill_outcome_choice(self) -> None:
        report = self.report
        if report is None:
            return
        digits = self.desk.locale.digits
        chosen = self.outcome_choice.currentData()
        self.outcome_choice.blockSignals(True)
        self.outcome_choice.clear()
        self.outcome_choice.addItem(self.tr("All rows ({count})").format(count=digits(len(report.results))), None)
        for outcome in Outcome:
            self.outcome_choice.addItem(f"{outcome_label(outcome)} ({digits(report.count(outcome))})",
                                        outcome.value)
        self.outcome_choice.setCurrentIndex(max(self.outcome_choice.findData(chosen), 0))
        self.outcome_choice.blockSignals(False)

    def _outcome_chosen(self) -> None:
        value = self.outcome_choice.currentData()
        self.outcomes.set_outcome(None if value is None else Outcome(value))

    def save_rejected(self) -> None:
        """Write the rejected rows (of the import, else of the dry run) to a workbook and open it."""
        report = self.report or self.dry
        if report is None:
            return
        out = self.ask_save(self, self.tr("Save the rejected rows"),
                            report.path.with_name(f"{report.path.stem}-rejected.xlsx"),
                            self.tr("Workbooks (*.xlsx)"))
        if out is None:
            return
        try:
            out = report_path(report, out)
            write_errors(report, out, QCoreApplication.translate)
        except KhedmatError as error:
            show_error(self, error)
            return
        self.open_file(out)

    def _cannot_write(self, out: Path) -> None:
        tell(self, self.tr("{path} cannot be written. Choose another folder, or close the file if it is open in "
                           "another program.").format(path=out), title=self.windowTitle(), warning=True)

    def _notice(self, text: str, path: Path | None = None) -> None:
        self.notice.setText(reading_order(text, self.isRightToLeft(), path))
        self.notice.show()

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            self._cancel_requested = True  # Esc before the progress dialog shows: the run stops
            return
        if self.plan is not None and self.report is None and not self._confirm_close():
            return
        super().reject()

    def _confirm_close(self) -> bool:
        return ask_yes_no(self, self.tr("Close the import? Nothing has been imported yet."), default_yes=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a legacy workbook"))
        digits = self.desk.locale.digits
        titles = (self.tr("Workbook"), self.tr("Sheets and columns"), self.tr("Dry run"), self.tr("Summary"))
        for index, (step, title) in enumerate(zip(self.steps, titles, strict=True)):
            step.setText(f"{digits(index + 1)}. {title}")
        self.path_label.setText(self.tr("&Workbook:"))
        self.path.setPlaceholderText(self.tr("The .xlsx, .xls or .ods file of the old records"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.mapping_label.setText(self.tr("Columns:"))
        self.load_mapping_button.setText(self.tr("&Load a saved mapping…"))
        self._show_mapping()
        self.save_mapping_button.setText(self.tr("&Save mapping…"))
        self.rows_box.setTitle(self.tr("Rows"))
        self.created_box.setTitle(self.tr("New records"))
        for outcome in Outcome:
            self.count_names[outcome.value].setText(outcome_label(outcome) + ":")
        for kind, text in CREATED_LABELS.items():
            self.count_names[kind].setText(_tr(text) + ":")
        self.problems_box.setTitle(self.tr("First problems"))
        self.save_dry_rejected_button.setText(self.tr("Save rejected rows…"))
        self.save_rejected_button.setText(self.tr("Save rejected rows…"))
        self.show_label.setText(self.tr("Sh&ow:"))
        self.backup_label.setText(self.tr("Backup taken before the import:"))
        self.back_button.setText(self.tr("&Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        for page in self.sheet_pages:
            page.retranslate()
        self.problems_model.retranslate()
        self.outcomes_model.retranslate()
        self._show_plan()
        if self.dry is not None:
            self._fill_check()
        if self.report is not None:
            self._fill_summary()
        self._show_steps()
        self._show_buttons()
