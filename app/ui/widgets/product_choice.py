"""The product of a unit being registered: picked from the catalogue, or typed as new."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.units import ProductRecord
from app.ui.retranslating import Retranslating

_UNCHOSEN, _NEW = "unchosen", "new"
"""The first and last items: none chosen yet, and a brand and model to type."""


class ProductChoice(Retranslating, QComboBox):
    """The catalogue between "choose" (first: a new unit starts with no product, none is
    picked for the clerk) and "new brand and model" (last). With an empty catalogue the
    only way is typing one, so that is where it starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def load(self, products: Iterable[ProductRecord], select_id: int | None = None) -> None:
        """Offer `products`, with `select_id` chosen (else where a new unit starts); no
        signal is sent: the caller reads the choice."""
        self.blockSignals(True)
        self.clear()
        self.addItem("", _UNCHOSEN)
        for record in products:
            self.addItem(record.title, record)
        self.addItem("", _NEW)
        self.blockSignals(False)
        self.retranslate()
        self.select(select_id)

    def select(self, product_id: int | None) -> None:
        """Choose `product_id`; None (or one not offered) goes back to where a new unit starts."""
        for index in range(1, self.count() - 1):
            if self.itemData(index).id == product_id:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0 if self.count() > 2 else self.count() - 1)

    def chosen(self) -> ProductRecord | None:
        data = self.currentData()
        return data if isinstance(data, ProductRecord) else None

    def typing_new(self) -> bool:
        """Whether the clerk chose to type a new brand and model."""
        return self.currentData() == _NEW

    def retranslate(self) -> None:
        if self.count():
            self.setItemText(0, self.tr("Choose the product…"))
            self.setItemText(self.count() - 1, self.tr("New brand and model…"))
