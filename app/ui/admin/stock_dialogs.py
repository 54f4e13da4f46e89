"""A part's stock from the parts catalogue: parts received, the shelf counted again (with the
reason), and the movements that make the stock."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.kinds import label
from app.errors import KhedmatError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk
from app.services.parts import PartRecord, count_stock, receive_stock
from app.services.stock import MAX_STOCK, Movement, part_movements
from app.ui.messages import FieldErrors, confirm_discard, show_error
from app.ui.models.record_table import ALIGN_NUMBER, RecordColumn, RecordTableModel, record_view
from app.ui.retranslating import Retranslating
from app.ui.translator import person, shown
from app.ui.widgets.number_spin import NumberSpin


class StockPrompt(Retranslating, QDialog):
    """How many came in (`counting` False) or how many are on the shelf (True, with why)."""

    def __init__(self, desk: Desk, part: PartRecord, counting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.part, self.counting = desk, part, counting
        self.saved: PartRecord | None = None
        self.errors = FieldErrors()
        self.quantity = NumberSpin(desk.locale, self)
        self.quantity.setRange(0 if counting else 1, MAX_STOCK)
        self.quantity.setValue(part.stock if counting else 1)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.heading = QLabel(self)
        self.quantity_label, self.note_label = QLabel(self), QLabel(self)
        self.quantity_label.setBuddy(self.quantity)
        self.note_label.setBuddy(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.quantity_label, self.errors.beside("quantity", self.quantity, self))
        form.addRow(self.note_label, self.errors.beside("reason", self.note, self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # room for a message under the reason
        self.retranslate()
        self.quantity.selectAll()

    def save(self) -> None:
        self.errors.clear()
        self.quantity.interpretText()
        try:
            if self.counting:
                self.saved = count_stock(self.desk, self.part.id, self.quantity.value(), self.note.text())
            else:
                self.saved = receive_stock(self.desk, self.part.id, self.quantity.value(), self.note.text())
        except ValidationError as error:
            if not self.errors.show(error):
                show_error(self, error)
            return
        except KhedmatError as error:
            show_error(self, error)
            return
        self.accept()

    def reject(self) -> None:
        if self.note.text().strip() and not confirm_discard(self, self.tr("Close without saving the stock?")):
            return
        super().reject()

    def retranslate(self) -> None:
        locale = self.desk.locale
        if self.counting:
            self.setWindowTitle(self.tr("Count again"))
            self.heading.setText(self.tr("{part}: the stock says {stock}. How many are on the shelf?").format(
                part=self.part.name, stock=locale.digits(self.part.stock)))
            self.quantity_label.setText(self.tr("&Counted:"))
            self.note_label.setText(self.tr("&Why it differs:"))
        else:
            self.setWindowTitle(self.tr("Parts received"))
            self.heading.setText(self.tr("{part}: {stock} in stock. How many came in?").format(
                part=self.part.name, stock=locale.digits(self.part.stock)))
            self.quantity_label.setText(self.tr("&Received:"))
            self.note_label.setText(self.tr("&From (supplier, invoice):"))


def signed(number: str) -> str:
    """'+٥' or '-٢' kept in that order inside right-to-left text: Arabic-Indic digits would
    otherwise pull the sign to their other side."""
    return "\u200e" + number[0] + "\u200e" + number[1:]


def movement_columns(desk: Desk) -> list[RecordColumn[Movement]]:
    locale = desk.locale
    return [
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "When"), lambda m: locale.moment(m.at), key=lambda m: m.at),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "What"), lambda m: shown(label(m.kind))),
        # a sign of its own: "+5" in, "-2" out, in the user's digits, the sign before the number
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Quantity"), lambda m: signed(locale.digits(f"{m.quantity:+d}")),
                     key=lambda m: m.quantity, align=ALIGN_NUMBER),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"),
                     lambda m: locale.ident(m.ticket_number) if m.ticket_number else ""),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "Note"), lambda m: m.reason),
        RecordColumn(QT_TRANSLATE_NOOP("Columns", "By"), lambda m: person(m.user_name)),
    ]


class MovementsDialog(Retranslating, QDialog):
    """What came in and went out of one part, newest first: the stock is their sum."""

    def __init__(self, desk: Desk, part: PartRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.part = desk, part
        self.model: RecordTableModel[Movement] = RecordTableModel(movement_columns(desk), parent=self)
        self.model.set_rows(part_movements(desk, part.id))
        self.view = record_view(self, self.model, stretch=4)
        self.total = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stock movements of {part}").format(part=self.part.name))
        self.total.setText(self.tr("In stock: {stock}").format(stock=self.desk.locale.digits(self.part.stock)))
