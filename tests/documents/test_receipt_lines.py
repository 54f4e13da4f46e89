"""The receipt says, line by line, what covered it or why it is charged."""
from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from app.documents.receipt import write_receipt
from app.domain.kinds import LineKind
from app.services.parts import PartInput, create_part
from app.services.tickets import LineInput, TicketInput, add_line, open_ticket
from tests.conftest import make_desk
from tests.documents.test_documents import catalogue, pdf_text, words
from tests.services.helpers import customer, part, unit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_each_line_of_the_receipt_names_its_rule(store, tmp_path):
    desk = make_desk(store, "en")
    asset = unit(desk, customer(desk))
    ticket = open_ticket(desk, TicketInput(customer_id=asset.customer_id, asset_id=asset.id, fault="Leaks"))
    gas = create_part(desk, PartInput(code="GAS-1", name="Gas refill", price=Decimal("900000"), stock=2,
                                      consumable=True)).id
    for line in (LineInput(LineKind.PART, part_id=part(desk, name="Drain pump")),
                 LineInput(LineKind.PART, part_id=gas)):
        ticket = add_line(desk, ticket.id, ticket.version, line)
    # words(): spaces and colons out, as a narrow column wraps a long rule
    text = words(pdf_text(write_receipt(desk, ticket.number, tmp_path / "r.pdf", catalogue("en").translate)))
    pump_row = text[text.index("Drainpump"):text.index("Gasrefill")]
    assert "Warranty" in pump_row
    assert "Chargedconsumablepart" in text[text.index("Gasrefill"):]
    assert "Standardwarrantyfrompurchase" in text and "(productrule)" in text
