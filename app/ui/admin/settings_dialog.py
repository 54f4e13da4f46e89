"""Settings: this computer's language, calendar, digits and currency; the company's details;
the calendar warranty and contract periods are counted in; and how job cards and receipts are
printed.

This computer's choices are kept in its own settings file (app.config) and take effect the
next time Khedmat starts, since the session's Locale is chosen then. The company's details
and the document choices are shared by every desk through the database
(app.services.company); only a manager or the administrator may change them.
"""
from __future__ import annotations

from decimal import Decimal
from functools import reduce
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.permissions import Action
from app.errors import Conflict, KhedmatError, ValidationError, system_reason
from app.i18n import LANGUAGE_NAMES, LANGUAGES
from app.locale.calendars import Calendar
from app.locale.display import DEFAULT_REGION, Locale
from app.locale.text import to_native_digits
from app.services.backups import backup_folder_for, choose_backup_folder
from app.services.company import (
    PAPER_SIZES,
    REMIND_DAYS_AHEAD,
    REPAIR_WARRANTY_DAYS,
    CompanySettings,
    PeriodCalendar,
    WorkshopCopy,
    company_settings,
    save_company_settings,
)
from app.services.desk import Desk
from app.ui.admin.workshop_panel import FIELDS as WORKSHOP_FIELDS
from app.ui.admin.workshop_panel import WorkshopPanel
from app.ui.file_dialogs import ask_open_file
from app.ui.messages import FieldErrors, ask_reload, tell
from app.ui.retranslating import Retranslating
from app.ui.translator import shown
from app.ui.ui_state import FilePurpose
from app.ui.widgets.number_spin import NumberSpin

CALENDARS = {"fa": (Calendar.JALALI, Calendar.GREGORIAN),
             "ar": (Calendar.HIJRI, Calendar.GREGORIAN),
             "en": (Calendar.GREGORIAN, Calendar.JALALI, Calendar.HIJRI)}
"""The calendars offered with each language, its default first."""
RIAL, TOMAN = "", "toman"
SAMPLE_AMOUNT = {"IRR": Decimal(2_500_000), "SAR": Decimal(250)}
LOGO_PREVIEW = 96
HINT_MARGIN = 4
DOCUMENT_FIELDS = ("page_size", "workshop_copy", "repair_warranty_days", "period_calendar", "void_reasons",
                   "remind_days_ahead")
"""The settings shown on the Documents tab (the rest of CompanySettings is on the Company tab)."""
FOLLOWUP_FIELDS = ("followup_after_days", "followup_share", "followup_attempts", "complaint_categories")
"""The settings shown on the Follow-ups and complaints tab."""
_DAY_NAMES = {"fa": QLocale(QLocale.Language.Persian, QLocale.Country.Iran),
              "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia),
              "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def _fill(combo: QComboBox, items: list[tuple[str, Any]], keep: Any = None) -> None:
    """Replace a combo's items, choosing `keep` (or else the first) without a change signal."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class SettingsDialog(Retranslating, QDialog):
    """Three tabs: "This computer", "Company" and "Documents". Save keeps them all; Esc leaves
    them as they were."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.company_editable = desk.may(Action.COMPANY_SETTINGS)
        self.company: CompanySettings = company_settings(desk)
        self.errors = FieldErrors()
        toward_form = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self._toward_form = toward_form | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

        self.tabs = QTabWidget(self)
        self.machine_tab = QWidget(self.tabs)
        self.company_tab = QWidget(self.tabs)
        self.documents_tab = QWidget(self.tabs)
        self.tabs.addTab(self.machine_tab, "")
        self.tabs.addTab(self.company_tab, "")
        self.tabs.addTab(self.documents_tab, "")
        self.followups_tab = QWidget(self.tabs)
        self.tabs.addTab(self.followups_tab, "")
        self._make_machine_tab()
        self._make_company_tab()
        self._make_documents_tab()
        self._make_followups_tab()
        self.workshop_panel = WorkshopPanel(desk, self.errors, self.company_editable, self.tabs)
        self.tabs.addTab(self.workshop_panel, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self._show_machine(self._saved_locale())
        self._show_company(self.company)
        self.resize(640, 560)

    # -- building -----------------------------------------------------------------------------

    def _field(self, form: QFormLayout, parent: QWidget, widget: QWidget, field: str | None = None) -> QLabel:
        """A labelled row; with `field`, the row has room for that field's error under it."""
        label = QLabel(parent)
        label.setBuddy(widget)
        if field is None:
            form.addRow(label, widget)
            return label
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors.label_for(field, box))
        form.addRow(label, box)
        return label

    def _make_machine_tab(self) -> None:
        tab = self.machine_tab
        self.language = QComboBox(tab)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.calendar = QComboBox(tab)
        self.digits = QComboBox(tab)
        self.region = QComboBox(tab)
        self.money_unit = QComboBox(tab)
        self.week = QLabel(tab)
        self.week.setWordWrap(True)
        self.week.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example = QLabel(tab)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.week, self.example):  # an English example would otherwise flip to the far side
            label.setAlignment(self._toward_form)
        self._make_backup_row(tab)
        self.machine_note = QLabel(tab)
        self.machine_note.setWordWrap(True)
        self.machine_note.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.machine_labels = [self._field(form, tab, widget) for widget in (
            self.language, self.calendar, self.digits, self.region, self.money_unit, self.week, self.example,
            self.backups)]
        self.machine_labels[-1].setBuddy(self.choose_backup_folder_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.machine_note)
        layout.addLayout(form)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.region.currentIndexChanged.connect(self._region_chosen)
        for combo in (self.calendar, self.digits, self.money_unit):
            combo.currentIndexChanged.connect(self._show_consequences)

    def _make_backup_row(self, tab: QWidget) -> None:
        """The backup folder: where it is, a folder picker, and back to the default."""
        self.backup_choice: Path | None = config.backup_folder()
        self.backup_folder = QLineEdit(tab)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.backup_folder.setAlignment(self._toward_form)
        self.choose_backup_folder_button = QPushButton(tab)
        self.default_backup_folder_button = QPushButton(tab)
        for button in (self.choose_backup_folder_button, self.default_backup_folder_button):
            button.setAutoDefault(False)
            button.setEnabled(self.desk.store.is_sqlite)
        self.choose_backup_folder_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_folder_button.clicked.connect(lambda: self.set_backup_folder(None))
        self.backup_hint = QLabel(tab)
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setStyleSheet("color: #555;")
        self.backup_hint.setContentsMargins(HINT_MARGIN, 0, HINT_MARGIN, 0)
        self.backups = QWidget(tab)
        column = QVBoxLayout(self.backups)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.backup_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_backup_folder_button)
        buttons.addWidget(self.default_backup_folder_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.backup_hint)
        self.set_backup_folder(self.backup_choice)

    def _make_company_tab(self) -> None:
        tab = self.company_tab
        self.company_note = QLabel(tab)
        self.company_note.setWordWrap(True)
        self.read_only_note = QLabel(tab)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #a34700; font-weight: bold;")
        self.read_only_note.setVisible(not self.company_editable)
        self.name = QLineEdit(tab)
        self.address = QPlainTextEdit(tab)
        self.phone = QLineEdit(tab)
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers are written left to right
        self.terms = QPlainTextEdit(tab)
        lines = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(lines * 3 + 14)
        self.terms.setMinimumHeight(lines * 5 + 14)
        for edit in (self.address, self.terms):
            edit.setTabChangesFocus(True)
        for edit in (self.name, self.phone):
            edit.setAlignment(self._toward_form)  # a name or number starting in Latin stays on the form's side

        self.logo_preview = QLabel(tab)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_path = QLineEdit(tab)
        self.logo_path.setReadOnly(True)
        self.logo_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path reads left to right
        self.logo_path.setAlignment(self._toward_form)
        self.choose_logo_button = QPushButton(tab)
        self.remove_logo_button = QPushButton(tab)
        for button in (self.choose_logo_button, self.remove_logo_button):
            button.setAutoDefault(False)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(""))
        logo = QWidget(tab)
        logo_row = QHBoxLayout(logo)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_side = QVBoxLayout()
        logo_side.addWidget(self.logo_path)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_side.addLayout(logo_buttons)
        logo_side.addStretch(1)
        logo_row.addLayout(logo_side, 1)

        # A hint under the box rather than a placeholder in it: Qt draws a right-to-left
        # placeholder against the box's edge.
        self.terms_hint = QLabel(tab)
        self.terms_hint.setWordWrap(True)
        self.terms_hint.setStyleSheet("color: #555;")
        self.terms_hint.setVisible(self.company_editable)
        terms = QWidget(tab)
        terms_column = QVBoxLayout(terms)
        terms_column.setContentsMargins(0, 0, 0, 0)
        terms_column.addWidget(self.terms, 1)
        terms_column.addWidget(self.terms_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_labels = [self._field(form, tab, widget, field) for widget, field in (
            (self.name, "name"), (self.address, "address"), (self.phone, "phone"), (logo, "logo"),
            (terms, "terms"))]
        self.company_labels[3].setBuddy(self.choose_logo_button)
        self.company_labels[4].setBuddy(self.terms)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.company_note)
        layout.addLayout(form, 1)

        for edit in (self.name, self.phone):
            edit.setReadOnly(not self.company_editable)
        for text in (self.address, self.terms):
            text.setReadOnly(not self.company_editable)
        for button in (self.choose_logo_button, self.remove_logo_button):
            button.setEnabled(self.company_editable)

    def _make_documents_tab(self) -> None:
        tab = self.documents_tab
        self.documents_note = QLabel(tab)
        self.documents_note.setWordWrap(True)
        self.documents_read_only_note = QLabel(tab)
        self.documents_read_only_note.setWordWrap(True)
        self.documents_read_only_note.setStyleSheet("color: #a34700; font-weight: bold;")
        self.documents_read_only_note.setVisible(not self.company_editable)
        self.page_size = QComboBox(tab)
        for size in PAPER_SIZES:  # paper sizes are called by their ISO names in every language
            self.page_size.addItem(size, size)
        self.workshop_copy = QComboBox(tab)
        self.workshop_copy_hint = QLabel(tab)
        self.workshop_copy_hint.setWordWrap(True)
        self.workshop_copy_hint.setStyleSheet("color: #555;")
        copy = QWidget(tab)
        copy_column = QVBoxLayout(copy)
        copy_column.setContentsMargins(0, 0, 0, 0)
        copy_column.addWidget(self.workshop_copy)
        copy_column.addWidget(self.workshop_copy_hint)
        self.repair_warranty = NumberSpin(self.desk.locale, tab)
        self.repair_warranty.setRange(*REPAIR_WARRANTY_DAYS)
        self.period_calendar = QComboBox(tab)
        self.period_calendar_hint = QLabel(tab)
        self.period_calendar_hint.setWordWrap(True)
        self.period_calendar_hint.setStyleSheet("color: #555;")
        # Room beside the text: a final Persian or Arabic letter (ن) reaches past its advance
        # and was cut off where a wrapped line filled the width.
        self.period_calendar_hint.setContentsMargins(HINT_MARGIN, 0, HINT_MARGIN, 0)
        periods = QWidget(tab)
        periods_column = QVBoxLayout(periods)
        periods_column.setContentsMargins(0, 0, 0, 0)
        periods_column.addWidget(self.period_calendar)
        periods_column.addWidget(self.period_calendar_hint)
        self.void_reasons = QPlainTextEdit(tab)
        self.void_reasons.setTabChangesFocus(True)
        self.void_reasons.setMinimumHeight(self.void_reasons.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.documents_labels = [self._field(form, tab, widget, field) for widget, field in (
            (self.page_size, "page_size"), (copy, "workshop_copy"), (self.repair_warranty, "repair_warranty_days"),
            (periods, "period_calendar"), (self.void_reasons, "void_reasons"))]
        self.documents_labels[1].setBuddy(self.workshop_copy)
        self.remind_days = NumberSpin(self.desk.locale, tab)
        self.remind_days.setRange(*REMIND_DAYS_AHEAD)
        self.remind_days.setEnabled(self.company_editable)
        self.remind_days_label = self._field(form, tab, self.remind_days, "remind_days_ahead")
        self.documents_labels[3].setBuddy(self.period_calendar)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.documents_read_only_note)
        layout.addWidget(self.documents_note)
        layout.addLayout(form)
        layout.addStretch(1)
        for widget in (self.page_size, self.workshop_copy, self.repair_warranty, self.period_calendar,
                       self.void_reasons):
            widget.setEnabled(self.company_editable)

    def _make_followups_tab(self) -> None:
        tab = self.followups_tab
        self.followups_note = QLabel(tab)
        self.followups_note.setWordWrap(True)
        self.followup_after_days = NumberSpin(self.desk.locale, tab)
        self.followup_after_days.setRange(0, 365)
        self.followup_share = NumberSpin(self.desk.locale, tab)
        self.followup_share.setRange(0, 100)
        self.followup_attempts = NumberSpin(self.desk.locale, tab)
        self.followup_attempts.setRange(1, 20)
        self.complaint_categories = QPlainTextEdit(tab)
        self.complaint_categories.setTabChangesFocus(True)
        self.complaint_categories.setMinimumHeight(self.complaint_categories.fontMetrics().lineSpacing() * 5 + 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.followups_labels = [self._field(form, tab, widget, field) for widget, field in (
            (self.followup_after_days, "followup_after_days"), (self.followup_share, "followup_share"),
            (self.followup_attempts, "followup_attempts"), (self.complaint_categories, "complaint_categories"))]
        layout = QVBoxLayout(tab)
        layout.addWidget(self.followups_note)
        layout.addLayout(form)
        layout.addStretch(1)
        for widget in (self.followup_after_days, self.followup_share, self.followup_attempts,
                       self.complaint_categories):
            widget.setEnabled(self.company_editable)

    def _fill_workshop_copies(self, keep: str) -> None:
        _fill(self.workshop_copy, [(self.tr("No workshop copy"), WorkshopCopy.NONE.value),
                                   (self.tr("On the same page, below a cut line"), WorkshopCopy.SAME_PAGE.value),
                                   (self.tr("On the next page"), WorkshopCopy.NEXT_PAGE.value)], keep)

    def _fill_period_calendars(self, keep: str) -> None:
        _fill(self.period_calendar, [
            (self.tr("The region's legal calendar (Jalali months in Iran, Gregorian in Saudi Arabia)"),
             PeriodCalendar.REGION.value),
            *((self._calendar_name(c), c.value) for c in (Calendar.JALALI, Calendar.GREGORIAN, Calendar.HIJRI))],
            keep)

    # -- this computer ------------------------------------------------------------------------

    def _saved_locale(self) -> Locale:
        """This computer's saved choices (which may wait for the next start), else the session's.

        A session started in another language than the saved one (`khedmat --lang ar`) shows
        its own choices: the saved Persian, Jalali and rial are not this desk's, and saving
        them would switch the computer back."""
        settings = config.machine_settings()
        lang = settings.get("lang")
        if lang in LANGUAGES and lang != self.desk.locale.lang:
            return self.desk.locale
        return Locale.from_settings(self.desk.locale.lang, settings)

    def _show_machine(self, locale: Locale) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(locale.lang))
        self.language.blockSignals(False)
        self._fill_choices(locale.calendar.value, locale.native_digits, locale.region,
                           TOMAN if locale.money_unit == TOMAN else RIAL)

    def _fill_choices(self, calendar: str, native_digits: bool, region: str, unit: str) -> None:
        """The calendars and digits the chosen language offers, then the region's money units."""
        lang = self.chosen_language()
        _fill(self.calendar, [(self._calendar_name(c), c.value) for c in CALENDARS[lang]], calendar)
        native = to_native_digits("1234", lang)
        native_text = {"fa": self.tr("Persian ({sample})"), "ar": self.tr("Arabic ({sample})")}.get(
            lang, self.tr("Native")).format(sample=native)
        _fill(self.digits, [(native_text, True), (self.tr("Latin ({sample})").format(sample="1234"), False)],
              native_digits and lang != "en")
        self.digits.setEnabled(lang != "en")
        _fill(self.region, [(self.tr("Iran (rial)"), "IR"), (self.tr("Saudi Arabia (riyal)"), "SA")], region)
        self._fill_units(unit)

    def _fill_units(self, unit: str) -> None:
        if self.region.currentData() == "IR":
            _fill(self.money_unit, [(self.tr("Rial"), RIAL), (self.tr("Toman"), TOMAN)], unit)
            self.money_unit.setEnabled(True)
        else:
            _fill(self.money_unit, [(self.tr("Saudi riyal (SAR)"), RIAL)], RIAL)
            self.money_unit.setEnabled(False)
        self._show_consequences()

    def _calendar_name(self, calendar: Calendar) -> str:
        return {Calendar.JALALI: self.tr("Jalali (Solar Hijri)"),
                Calendar.GREGORIAN: self.tr("Gregorian"),
                Calendar.HIJRI: self.tr("Hijri (Umm al-Qura)")}[calendar]

    def _language_chosen(self) -> None:
        """A language brings its own defaults: calendar, digits and (for fa and ar) region."""
        lang = self.chosen_language()
        defaults = Locale.for_language(lang)
        region = defaults.region if lang != "en" else self.region.currentData()
        self._fill_choices(defaults.calendar.value, defaults.native_digits, region, self.money_unit.currentData())

    def _region_chosen(self) -> None:
        self._fill_units(self.money_unit.currentData())

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_locale(self) -> Locale:
        """The session these choices would give at the next start."""
        return Locale.from_settings(self.chosen_language(), self.machine_choices())

    def machine_choices(self) -> dict[str, Any]:
        """This computer's settings as saved. A choice that is the language's own default is
        saved as null (follow the language), so a language picked later from the Language
        menu brings its own calendar, digits and region."""
        lang = self.chosen_language()
        defaults = Locale.for_language(lang)
        calendar = self.calendar.currentData()
        native = bool(self.digits.currentData()) and lang != "en"
        region = self.region.currentData()
        unit = self.money_unit.currentData() if region == "IR" else RIAL
        return {
            "lang": lang,
            "calendar": None if calendar == defaults.calendar.value else calendar,
            "native_digits": None if native == defaults.native_digits else native,
            "region": None if region == DEFAULT_REGION[lang] else region,
            "money_unit": unit or None,
        }

    def _show_consequences(self) -> None:
        """The week that follows from the region, and how a date and an amount will look."""
        if self.language.currentIndex() < 0 or self.region.currentIndex() < 0 or self.calendar.currentIndex() < 0:
            return
        locale = self.chosen_locale()
        names = _DAY_NAMES.get(self.desk.locale.lang, _DAY_NAMES["en"])

        def day(weekday: int) -> str:
            return names.dayName(weekday + 1, QLocale.FormatType.LongFormat)  # Qt counts Monday as 1

        weekend = sorted(locale.weekend, key=lambda d: (d - locale.week_start) % 7)
        both = reduce(lambda first, second: self.tr("{first} and {second}").format(first=first, second=second),
                      [day(d) for d in weekend])
        self.week.setText(self.tr("The week starts on {day}; the weekend is {days}.").format(
            day=day(locale.week_start), days=both))
        amount = SAMPLE_AMOUNT[locale.currency]
        self.example.setText(self.tr("{date} — {amount}").format(date=locale.date(self.desk.today()),
                                                                 amount=locale.money(amount)))

    def set_backup_folder(self, folder: Path | None) -> None:
        """Show `folder` as the backup folder (None: the default beside the database); kept on Save."""
        self.backup_choice = folder
        shown = backup_folder_for(self.desk.store, folder)
        self.backup_folder.setText(str(shown) if shown is not None else "")
        self.backup_folder.setCursorPosition(0)
        self.default_backup_folder_button.setVisible(folder is not None)

    def choose_backup_folder(self) -> None:
        start = self.backup_folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for backups"), start)
        if chosen:
            self.set_backup_folder(Path(chosen))

    # -- company ------------------------------------------------------------------------------

    def _show_company(self, settings: CompanySettings) -> None:
        self.company = settings
        self.name.setText(settings.name)
        self.address.setPlainText(settings.address)
        self.phone.setText(settings.phone)
        self.terms.setPlainText(settings.terms)
        self.set_logo(settings.logo_path)
        self.page_size.setCurrentIndex(self.page_size.findData(settings.page_size))
        self._fill_workshop_copies(settings.workshop_copy)
        self.repair_warranty.setValue(settings.repair_warranty_days)
        self._fill_period_calendars(settings.period_calendar)
        self.void_reasons.setPlainText(settings.void_reasons)
        self.remind_days.setValue(settings.remind_days_ahead)
        self.followup_after_days.setValue(settings.followup_after_days)
        self.followup_share.setValue(settings.followup_share)
        self.followup_attempts.setValue(settings.followup_attempts)
        self.complaint_categories.setPlainText(settings.complaint_categories)
        self.workshop_panel.show_settings(settings)

    def company_input(self) -> CompanySettings:
        return CompanySettings(name=self.name.text(), address=self.address.toPlainText(), phone=self.phone.text(),
                               logo_path=self.logo_path.text(), terms=self.terms.toPlainText(),
                               page_size=self.page_size.currentData(), workshop_copy=self.workshop_copy.currentData(),
                               repair_warranty_days=self.repair_warranty.value(),
                               period_calendar=self.period_calendar.currentData(),
                               void_reasons=self.void_reasons.toPlainText(),
                               remind_days_ahead=self.remind_days.value(),
                               followup_after_days=self.followup_after_days.value(),
                               followup_share=self.followup_share.value(),
                               followup_attempts=self.followup_attempts.value(),
                               complaint_categories=self.complaint_categories.toPlainText(),
                               **self.workshop_panel.values(),
                               version_token=self.company.version_token)

    def set_logo(self, path: str) -> None:
        """Show the logo file (not saved until Save)."""
        self.logo_path.setText(path)
        self.logo_path.setCursorPosition(len(path))  # the file's name, not its folders, in sight
        self.remove_logo_button.setVisible(bool(path))
        self._show_logo_preview()

    def _show_logo_preview(self) -> None:
        path = self.logo_path.text()
        picture = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if picture.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Cannot show this file") if path else self.tr("No logo"))
            return
        self.logo_preview.setPixmap(picture.scaled(LOGO_PREVIEW - 6, LOGO_PREVIEW - 6,
                                                   Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        chosen = ask_open_file(self, FilePurpose.LOGO, self.tr("Choose the company logo"),
                               self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen is not None:
            self.errors.clear()
            self.set_logo(str(chosen))

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the company's details (if they changed and may be changed), then this
        computer's choices; False when something could not be saved and the dialog stays."""
        self.errors.clear()
        if self.company_editable and self.company_input() != self.company and not self._save_company():
            return False
        try:
            for key, value in self.machine_choices().items():
                config.save_machine_setting(key, value)
            if self.backup_choice != config.backup_folder():
                choose_backup_folder(self.desk.store, self.backup_choice)
        except OSError as error:
            tell(self, self.tr("This computer's settings could not be saved: {reason}").format(
                reason=shown(system_reason(error))), title=self.tr("Settings"), warning=True)
            return False
        if self.chosen_locale() != self.desk.locale:
            self._tell_next_start()
        self.accept()
        return True

    def _save_company(self) -> bool:
        try:
            saved = save_company_settings(self.desk, self.company_input(), self.company.version_token)
        except Conflict as error:
            self.tabs.setCurrentWidget(self.company_tab)
            if self._ask_reload(error):
                self._show_company(company_settings(self.desk))
            return False
        except KhedmatError as error:
            field = error.field if isinstance(error, ValidationError) else None
            self.tabs.setCurrentWidget(self.documents_tab if field in DOCUMENT_FIELDS else self.followups_tab
                                       if field in FOLLOWUP_FIELDS else self.workshop_panel
                                       if field in WORKSHOP_FIELDS else self.company_tab)
            self.errors.report(self, error, {"name": self.name, "address": self.address, "phone": self.phone,
                                             "logo": self.choose_logo_button, "terms": self.terms,
                                             "page_size": self.page_size, "workshop_copy": self.workshop_copy,
                                             "repair_warranty_days": self.repair_warranty,
                                             "period_calendar": self.period_calendar,
                                             "void_reasons": self.void_reasons,
                                             "remind_days_ahead": self.remind_days,
                                             "followup_after_days": self.followup_after_days,
                                             "followup_share": self.followup_share,
                                             "followup_attempts": self.followup_attempts,
                                             "complaint_categories": self.complaint_categories,
                                             **self.workshop_panel.inputs})
            return False
        self._show_company(saved)
        return True

    def _ask_reload(self, error: Conflict) -> bool:
        """Whether the manager wants the details someone else saved (a message box asks)."""
        return ask_reload(self, error)

    def _tell_next_start(self) -> None:
        tell(self, self.tr("Khedmat will use the new language, calendar, digits and currency the next time it "
                           "starts."), title=self.tr("Settings"))

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("This computer"))
        self.tabs.setTabText(1, self.tr("Company"))
        self.tabs.setTabText(2, self.tr("Documents"))
        self.machine_note.setText(self.tr("These choices are kept on this computer only. "
                                          "They take effect the next time Khedmat starts."))
        for label, text in zip(self.machine_labels, (
                self.tr("Language"), self.tr("Calendar"), self.tr("Digits"), self.tr("Region and currency"),
                self.tr("Show amounts in"), self.tr("Week"), self.tr("Example"), self.tr("Backups")), strict=True):
            label.setText(text)
        self.company_note.setText(self.tr("Shared by every computer of the service desk and printed on "
                                          "job cards and reports."))
        self.read_only_note.setText(self.tr("Only a manager can change the company details."))
        for label, text in zip(self.company_labels, (
                self.tr("Company name"), self.tr("Address"), self.tr("Phone"), self.tr("Logo"),
                self.tr("Terms on the job card")), strict=True):
            label.setText(text)
        self.terms_hint.setText(self.tr("For example: units not collected within 90 days of the "
                                              "repair are kept at the owner's risk."))
        self.documents_note.setText(self.tr("How job cards and delivery receipts are printed, on every "
                                            "computer of the service desk."))
        self.documents_read_only_note.setText(self.tr("Only a manager can change the company details."))
        for label, text in zip(self.documents_labels, (
                self.tr("Paper size"), self.tr("Workshop copy of the job card"), self.tr("Warranty on the repair"),
                self.tr("Warranty and contract periods counted in"),
                self.tr("Reasons a warranty is voided")), strict=True):
            label.setText(text)
        self.void_reasons.setPlaceholderText(self.tr("One a line; empty: tampering, physical damage, a repair "
                                                     "elsewhere, a periodic service missed"))
        self.tabs.setTabText(3, self.tr("Follow-ups and complaints"))
        self.tabs.setTabText(4, self.tr("Workshop hours"))
        self.followups_note.setText(self.tr("How customers are called after their job, and how complaints are "
                                            "filed, on every computer of the service desk."))
        for label, text in zip(self.followups_labels, (
                self.tr("Satisfaction call after delivery"), self.tr("Tickets called"),
                self.tr("Tries before a call closes as not reached"), self.tr("Complaint categories")), strict=True):
            label.setText(text)
        self.followup_after_days.setSuffix(self.tr(" days later"))
        self.followup_share.setSuffix(self.tr(" % of delivered tickets"))
        self.complaint_categories.setPlaceholderText(self.tr("One a line; empty: quality of the repair, waiting "
                                                             "time, staff behaviour, price or invoice, warranty "
                                                             "refused, damage or loss, other"))
        self._fill_workshop_copies(self.workshop_copy.currentData())
        self._fill_period_calendars(self.period_calendar.currentData())
        self.period_calendar_hint.setText(self.tr("For every new warranty, extension, contract and periodic "
                                                  "service, whatever calendar a computer shows dates in. Ends "
                                                  "already saved do not change."))
        self.workshop_copy_hint.setText(self.tr("A second copy without the terms, with room for the technician's "
                                                "notes. On A5 paper, or when the terms are long, it goes on the "
                                                "next page."))
        self.repair_warranty.setSuffix(self.tr(" days"))
        self.remind_days_label.setText(self.tr("Remind of periodic services"))
        self.remind_days.setSuffix(self.tr(" days ahead"))
        self.repair_warranty.setSpecialValueText(self.tr("No warranty"))
        self.choose_logo_button.setText(self.tr("Choose…"))
        self.choose_backup_folder_button.setText(self.tr("Choose a folder…"))
        self.default_backup_folder_button.setText(self.tr("Beside the database"))
        self.backup_hint.setText(self.tr(
            "Taken at the first start of each day and before every import, merge, upgrade and restore; those "
            "of the last 14 days and the last of each of 12 months are kept. A folder on another disk keeps "
            "them when this one fails.") if self.desk.store.is_sqlite else self.tr(
            "The database is on a server: its own tools back it up, not Khedmat."))
        self.remove_logo_button.setText(self.tr("Remove"))
        if self.language.currentIndex() >= 0 and self.calendar.count():
            self._fill_choices(self.calendar.currentData(), bool(self.digits.currentData()),
                               self.region.currentData(), self.money_unit.currentData())
        self._show_logo_preview()
