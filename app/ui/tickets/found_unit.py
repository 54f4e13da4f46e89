"""What intake says about a unit it found by its serial: the product and owner, a warning when
the owner is not the customer at the counter (with the offer to transfer it to them), and a
warning when the unit is already in the workshop."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.workflow import TicketStatus, status_label
from app.services.customers import CustomerRecord
from app.services.units import AssetRecord
from app.ui.retranslating import Retranslating
from app.ui.translator import shown

WARNING_STYLE = ("QLabel { color: #8a4600; background: #fff0dc; border: 1px solid #f0a54a;"
                 " border-radius: 4px; padding: 4px; }")


def isolate(text: str) -> str:
    """`text` as a first-strong isolate: its direction is its own, whatever surrounds it."""
    return f"\u2068{text}\u2069" if text else ""


class FoundUnit(Retranslating, QWidget):
    transfer_requested = Signal()
    """The clerk asked to transfer the unit to the customer of this ticket."""

    def __init__(self, ident: Callable[[str], str], date: Callable[..., str],
                 person: Callable[[str, str | None], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ident, self._date, self._person = ident, date, person
        self._shown: tuple[AssetRecord | None, CustomerRecord | None, bool, list[tuple[str, TicketStatus]]] = (
            None, None, False, [])
        self.unit_info = QLabel(self)
        self.owner_warning = QLabel(self)
        self.owner_warning.setObjectName("owner_warning")
        self.transfer = QPushButton(self)
        self.transfer.setObjectName("transfer_unit")
        self.transfer.setAutoDefault(False)
        self.transfer.clicked.connect(self.transfer_requested)
        self.in_workshop = QLabel(self)
        self.in_workshop.setObjectName("in_workshop_warning")
        for warning in (self.owner_warning, self.in_workshop):
            warning.setWordWrap(True)
            warning.setStyleSheet(WARNING_STYLE)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_warning, 1)
        owner_row.addWidget(self.transfer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unit_info)
        layout.addLayout(owner_row)
        layout.addWidget(self.in_workshop)
        self.retranslate()

    def owned_elsewhere(self) -> bool:
        """The unit found belongs to someone other than the ticket's customer (chosen or new)."""
        asset, customer, adding, _jobs = self._shown
        if asset is None or asset.customer_id is None:
            return False
        return (customer is not None and customer.id != asset.customer_id) or (customer is None and adding)

    def show_unit(self, asset: AssetRecord | None, customer: CustomerRecord | None, adding_customer: bool,
                  open_jobs: list[tuple[str, TicketStatus]]) -> None:
        self._shown = (asset, customer, adding_customer, open_jobs if asset is not None else [])
        self.retranslate()

    def retranslate(self) -> None:
        asset, customer, _adding, open_jobs = self._shown
        self.transfer.setText(self.tr("Transfer to this customer…"))
        self.transfer.setToolTip(self.tr("The unit changes owner; its history records it."))
        self.unit_info.setVisible(asset is not None)
        if asset is not None:
            if asset.customer_id is None:
                owner = self.tr("No owner on record")
            else:
                owner = self.tr("Owner: {owner}").format(owner=self._person(asset.customer_name, asset.customer_mobile))
            lines = [self.tr("Product: {product}").format(product=asset.product.title), owner]
            if asset.purchase_date is not None:
                lines.append(self.tr("Bought on {date}").format(date=self._date(asset.purchase_date)))
            if asset.archived_at is not None:
                # The serial is taken: the clerk sees the unit that was archived, not a blank to register it again.
                lines.append(self.tr("Archived on {date}: restore it from its owner's window.")
                             .format(date=self._date(asset.archived_at)))
            self.unit_info.setText("\n".join(lines))
        warn = self.owner_warning_shown = self.owned_elsewhere()
        if warn and asset is not None:
            self.owner_warning.setText(
                self.tr("This unit is registered to {owner}, not to the customer of this ticket.")
                .format(owner=isolate(asset.customer_name)))
        self.owner_warning.setVisible(warn)
        # A new customer does not exist yet: the unit can be transferred to them once saved.
        self.transfer.setVisible(warn and customer is not None)
        self.in_workshop.setVisible(bool(open_jobs))
        if open_jobs:
            jobs = self.tr(", ").join(f"{self._ident(number)} ({shown(status_label(status))})"
                                      for number, status in open_jobs)
            self.in_workshop.setText(self.tr("This unit is already in the workshop: {tickets}. "
                                             "Open another ticket only for a new fault.").format(tickets=jobs))
