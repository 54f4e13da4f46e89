"""The ticket window's resolution: how the job ended (repaired, unit or part replaced, money
back) with the serials and amounts it rests on, and the Replace… and Refund… actions."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.kinds import LineKind, PaymentMethod, Resolution, label
from app.domain.permissions import Action
from app.domain.resolutions import ReplacementKind, resolution_label
from app.domain.workflow import DONE_STATUSES, TicketStatus
from app.locale.display import Locale
from app.locale.text import isolate_ltr
from app.services.desk import Desk
from app.services.resolutions import ResolutionRecord, resolution_entry, ticket_resolution
from app.services.tickets import TicketRecord
from app.ui.retranslating import Retranslating
from app.ui.tickets.cells import GREY, push_button
from app.ui.translator import shown


def entry_text(text: str, locale: Locale) -> str:
    """A resolution entry of the history in the reader's words ("Unit replaced: SN-1 → SN-2")."""
    entry = resolution_entry(text)
    if entry is None:
        return text
    what, details = entry
    words = shown(resolution_label(what))
    if what is Resolution.REFUNDED and len(details) == 2:
        return f"{words}: {locale.money(Decimal(details[0]), details[1])}"
    if len(details) == 2:
        pair = QCoreApplication.translate("ResolutionPanel", "{faulty} replaced by {new}")
        return f"{words}: " + pair.format(faulty=isolate_ltr(details[0]), new=isolate_ltr(details[1]))
    return words


class ResolutionPanel(Retranslating, QGroupBox):
    replace_requested = Signal()
    refund_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolution")
        self.desk = desk
        self.record: TicketRecord | None = None
        self.resolution: ResolutionRecord | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("resolution_summary")
        self.summary.setWordWrap(True)
        self.replace = push_button(self)
        self.replace.setObjectName("replace")
        self.replace.clicked.connect(self.replace_requested)
        self.refund = push_button(self)
        self.refund.setObjectName("refund")
        self.refund.clicked.connect(self.refund_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace)
        buttons.addWidget(self.refund)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.retranslate()

    def show_record(self, record: TicketRecord) -> None:
        self.record = record
        self.resolution = ticket_resolution(self.desk, record.id)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Resolution"))
        self.replace.setText(self.tr("Re&place…"))
        self.refund.setText(self.tr("Money &back…"))
        r, resolution = self.record, self.resolution
        if r is None or resolution is None:
            return
        unit_replaced = any(x.kind is ReplacementKind.UNIT for x in resolution.replacements)
        parts_replaced = {x.line_id for x in resolution.replacements}
        replaceable = (r.asset_id is not None and not unit_replaced) or any(
            line.kind == LineKind.PART.value and line.id not in parts_replaced for line in r.lines)
        self.replace.setEnabled(r.status not in DONE_STATUSES and replaceable)
        self.refund.setVisible(self.desk.may(Action.REFUND))
        self.refund.setEnabled(r.status is not TicketStatus.CANCELLED)
        self.summary.setText(self._summary(r, resolution))
        self.summary.setStyleSheet(f"color: {GREY};" if resolution.resolution is None else "font-weight: bold;")

    def _summary(self, r: TicketRecord, resolution: ResolutionRecord) -> str:
        locale = self.desk.locale
        if resolution.resolution is None:
            return self.tr("Not resolved yet.")
        lines = [shown(resolution_label(resolution.resolution))]
        for replacement in resolution.replacements:
            pair = {"faulty": isolate_ltr(replacement.faulty_serial), "new": isolate_ltr(replacement.replacement_serial)}
            if replacement.kind is ReplacementKind.UNIT:
                lines.append(self.tr("Unit {faulty} replaced by {new}").format(**pair))
            else:
                line = self.tr("Part “{part}”: {faulty} replaced by {new}").format(part=replacement.part_name, **pair)
                if replacement.claim_status is not None:
                    line += " — " + self.tr("claim: {status}").format(status=shown(label(replacement.claim_status)))
                lines.append(line)
        for given in resolution.refunds:
            lines.append(self.tr("Money back: {amount} ({method}) on {date}: {reason}").format(
                amount=locale.money(given.amount, resolution.currency),
                method=shown(label(PaymentMethod(given.method))), date=locale.date(given.at), reason=given.reason))
        if len(resolution.refunds) > 1:
            lines.append(self.tr("Money back in all: {amount}").format(
                amount=locale.money(resolution.refunded, resolution.currency)))
        return "\n".join(lines)
