"""The layout of a short form asked for one action (void a warranty, cancel a contract,
record a visit): its fields with their errors, above OK and Cancel."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui.messages import FieldErrors


def lay_out_short_form(dialog: QDialog, errors: FieldErrors, fields: tuple[tuple[str, QWidget], ...],
                       width: int = 480) -> list[QLabel]:
    """The dialog's fields, each with its error under it, above OK and Cancel (OK calls the
    dialog's `save`); the fields' captions, for the dialog to word."""
    form = QFormLayout()
    captions = []
    for field, widget in fields:
        caption = QLabel(dialog)
        caption.setBuddy(widget)
        form.addRow(caption, errors.beside(field, widget, dialog))
        captions.append(caption)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    return captions
