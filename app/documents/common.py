"""What both ticket documents share: the ticket, the company, the words and the direction."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, RTL_LANGUAGES
from app.locale.display import Locale
from app.locale.text import isolate_ltr
from app.services.company import CompanySettings, company_settings
from app.services.desk import Desk
from app.services.output_files import output_path
from app.services.tickets import TicketRecord, find_ticket

DOCS = "Documents"
NUMBER_LABEL = QT_TRANSLATE_NOOP("Documents", "Ticket no.")


def document_path(desk: Desk, out: Path) -> Path:
    """The PDF to write for `out` (.pdf added when missing); ValidationError for the desk's
    database or a folder."""
    return output_path(out, ".pdf", database=desk.store.url)


@dataclass(frozen=True)
class TicketDocument:
    ticket: TicketRecord
    company: CompanySettings
    locale: Locale
    tr: Translate

    @classmethod
    def load(cls, desk: Desk, number: str, tr: Translate) -> TicketDocument:
        """The ticket by its number (any digits); NotFound when there is none."""
        return cls(find_ticket(desk, number), company_settings(desk), desk.locale, tr)

    @property
    def rtl(self) -> bool:
        return self.locale.lang in RTL_LANGUAGES

    def t(self, text: str) -> str:
        return self.tr(DOCS, text)

    def number(self) -> str:
        return self.locale.ident(self.ticket.number)

    def serial(self, text: str) -> str:
        """A serial exactly as printed on the unit (Latin digits), kept in its written order."""
        return isolate_ltr(text) if self.rtl and text else text

    def phone(self, e164: str | None) -> str:
        shown = self.locale.phone(e164)
        return isolate_ltr(shown) if self.rtl and shown else shown

    def money(self, amount: Decimal | None) -> str:
        return self.locale.money(amount, self.ticket.currency)

    def money_in_words(self, amount: Decimal) -> str:
        """The amount in words, in the unit `money` shows it in (rial or toman, riyal)."""
        return self.locale.money_in_words(amount, self.ticket.currency)

    def quantity(self, q: Decimal) -> str:
        text = str(q.quantize(Decimal(1))) if q == q.to_integral_value() else format(q.normalize(), "f")
        return self.locale.digits(text)
