"""The delivery receipt says how the job ended: the replacement's serials, the money given back."""
from __future__ import annotations

from decimal import Decimal

from app.documents.receipt import write_receipt
from app.domain.kinds import PaymentMethod
from app.domain.resolutions import ReplacementWarranty
from app.services.resolutions import refund, replace_unit
from app.services.tickets import TicketInput, open_ticket
from tests.documents.test_documents import catalogue, pdf_text, words
from tests.services.helpers import customer, unit


def test_the_receipt_shows_the_replacement_and_the_money_given_back(desk, tmp_path):
    owner = customer(desk)
    owned = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    ticket = replace_unit(desk, ticket.id, ticket.version, "SN-7007", ReplacementWarranty.INHERIT)
    ticket = refund(desk, ticket.id, ticket.version, Decimal(3500000), PaymentMethod.CASH, "مابه‌التفاوت")
    text = words(pdf_text(write_receipt(desk, ticket.number, tmp_path / "r.pdf", catalogue("fa").translate)))
    assert "SN-1001" in text and "SN-7007" in text
    assert words(desk.locale.money(Decimal(3500000), ticket.currency)) in text
