from app.domain import kinds
from app.domain.kinds import TicketKind, WarrantyKind, label

ENUMS = [kinds.Role, kinds.Channel, kinds.TicketKind, kinds.Priority, kinds.EventKind, kinds.LineKind,
         kinds.WarrantyKind, kinds.Approval, kinds.FollowUpKind, kinds.FollowUpOutcome]


def test_every_kind_has_a_label():
    for enum in ENUMS:
        for member in enum:
            assert label(member).text


def test_kinds_sharing_a_value_keep_their_own_labels():
    assert TicketKind.REPAIR.value == WarrantyKind.REPAIR.value
    assert label(TicketKind.REPAIR).text == "Repair"
    assert label(WarrantyKind.REPAIR).text == "Repair warranty"
