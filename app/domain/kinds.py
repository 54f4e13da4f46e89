"""The fixed vocabularies of the domain, with their labels marked for translation.

Values are stored as these English strings; the UI, the CLI and documents show
`translate(KIND_CONTEXT, label(value))`.
"""
from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Label

KIND_CONTEXT = "Kinds"


class Role(StrEnum):
    CLERK = "clerk"
    TECHNICIAN = "technician"
    MANAGER = "manager"
    ADMIN = "admin"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    EMAIL = "email"
    WEB = "web"
    SMS = "sms"


class TicketKind(StrEnum):
    REPAIR = "repair"
    INSTALLATION = "installation"
    PERIODIC_SERVICE = "periodic_service"
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"
    TRAINING = "training"
    """Showing the customer how to use the unit, after an installation."""


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class EventKind(StrEnum):
    STATUS = "status"
    CALL = "call"
    SMS = "sms"
    VISIT = "visit"
    EMAIL = "email"
    NOTE = "note"
    APPROVAL = "approval"
    CHANGE = "change"
    """A correction of a saved record; its text is written by app.services.changes."""
    COMPLAINT = "complaint"
    """A complaint in the customer's history (app.services.history); never a TicketEvent."""
    RESOLUTION = "resolution"
    """How the job ended (a replacement, money back); its text is written by app.services.resolutions."""


class LineKind(StrEnum):
    PART = "part"
    LABOR = "labor"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"


class WarrantyKind(StrEnum):
    STANDARD = "standard"
    EXTENDED = "extended"
    REPAIR = "repair"


class Approval(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"


class StockKind(StrEnum):
    """Why a part's stock moved."""

    OPENING = "opening"
    """The count a part had when Khedmat began keeping its movements."""
    RECEIVED = "received"
    USED = "used"
    """Fitted on a ticket."""
    RETURNED = "returned"
    """Back from a ticket: its line removed or made smaller, the job cancelled."""
    ADJUSTED = "adjusted"
    """Counted again by a manager, with the reason."""


class FollowUpKind(StrEnum):
    AFTER_DELIVERY = "after_delivery"
    MAINTENANCE = "maintenance"
    CONTRACT_RENEWAL = "contract_renewal"
    TRAINING = "training"
    """A call to show the customer how to use the unit (after an installation)."""
    OTHER = "other"


class FollowUpOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    CALL_BACK = "call_back"
    NOT_REACHED = "not_reached"
    """Closed unanswered: the company's last attempt (CompanySettings.followup_attempts) failed too."""


class ComplaintStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    """The customer has been given an answer; the root cause is not yet recorded."""
    CLOSED = "closed"


# Keyed by (kind, value): TicketKind.REPAIR and WarrantyKind.REPAIR are both "repair",
# and a StrEnum member hashes as its string.
LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in [
    (Role.CLERK, QT_TRANSLATE_NOOP("Kinds", "Clerk")),
    (Role.TECHNICIAN, QT_TRANSLATE_NOOP("Kinds", "Technician")),
    (Role.MANAGER, QT_TRANSLATE_NOOP("Kinds", "Manager")),
    (Role.ADMIN, QT_TRANSLATE_NOOP("Kinds", "Administrator")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Kinds", "Phone")),
    (Channel.WALK_IN, QT_TRANSLATE_NOOP("Kinds", "Walk-in")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("Kinds", "Email")),
    (Channel.WEB, QT_TRANSLATE_NOOP("Kinds", "Web")),
    (Channel.SMS, QT_TRANSLATE_NOOP("Kinds", "SMS")),
    (TicketKind.REPAIR, QT_TRANSLATE_NOOP("Kinds", "Repair")),
    (TicketKind.INSTALLATION, QT_TRANSLATE_NOOP("Kinds", "Installation")),
    (TicketKind.PERIODIC_SERVICE, QT_TRANSLATE_NOOP("Kinds", "Periodic service")),
    (TicketKind.COMPLAINT, QT_TRANSLATE_NOOP("Kinds", "Complaint")),
    (TicketKind.INQUIRY, QT_TRANSLATE_NOOP("Kinds", "Inquiry")),
    (Priority.LOW, QT_TRANSLATE_NOOP("Kinds", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("Kinds", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Kinds", "High")),
    (Priority.URGENT, QT_TRANSLATE_NOOP("Kinds", "Urgent")),
    (EventKind.STATUS, QT_TRANSLATE_NOOP("Kinds", "Status change")),
    (EventKind.CALL, QT_TRANSLATE_NOOP("Kinds", "Call")),
    (EventKind.SMS, QT_TRANSLATE_NOOP("Kinds", "SMS")),
    (EventKind.VISIT, QT_TRANSLATE_NOOP("Kinds", "Visit")),
    (EventKind.EMAIL, QT_TRANSLATE_NOOP("Kinds", "Email")),
    (EventKind.NOTE, QT_TRANSLATE_NOOP("Kinds", "Note")),
    (EventKind.APPROVAL, QT_TRANSLATE_NOOP("Kinds", "Estimate approval")),
    (EventKind.CHANGE, QT_TRANSLATE_NOOP("Kinds", "Correction")),
    (LineKind.PART, QT_TRANSLATE_NOOP("Kinds", "Part")),
    (LineKind.LABOR, QT_TRANSLATE_NOOP("Kinds", "Labour")),
    (PaymentMethod.CASH, QT_TRANSLATE_NOOP("Kinds", "Cash")),
    (PaymentMethod.CARD, QT_TRANSLATE_NOOP("Kinds", "Card")),
    (PaymentMethod.TRANSFER, QT_TRANSLATE_NOOP("Kinds", "Bank transfer")),
    (WarrantyKind.STANDARD, QT_TRANSLATE_NOOP("Kinds", "Standard warranty")),
    (WarrantyKind.EXTENDED, QT_TRANSLATE_NOOP("Kinds", "Extended warranty")),
    (WarrantyKind.REPAIR, QT_TRANSLATE_NOOP("Kinds", "Repair warranty")),
    (Approval.APPROVED, QT_TRANSLATE_NOOP("Kinds", "Approved")),
    (Approval.DECLINED, QT_TRANSLATE_NOOP("Kinds", "Declined")),
    (StockKind.OPENING, QT_TRANSLATE_NOOP("Kinds", "Opening stock")),
    (StockKind.RECEIVED, QT_TRANSLATE_NOOP("Kinds", "Received")),
    (StockKind.USED, QT_TRANSLATE_NOOP("Kinds", "Used on a ticket")),
    (StockKind.RETURNED, QT_TRANSLATE_NOOP("Kinds", "Returned from a ticket")),
    (StockKind.ADJUSTED, QT_TRANSLATE_NOOP("Kinds", "Counted again")),
    (FollowUpKind.AFTER_DELIVERY, QT_TRANSLATE_NOOP("Kinds", "After-delivery call")),
    (FollowUpKind.MAINTENANCE, QT_TRANSLATE_NOOP("Kinds", "Periodic service reminder")),
    (FollowUpKind.CONTRACT_RENEWAL, QT_TRANSLATE_NOOP("Kinds", "Contract renewal")),
    (FollowUpOutcome.REACHED, QT_TRANSLATE_NOOP("Kinds", "Reached")),
    (FollowUpOutcome.NO_ANSWER, QT_TRANSLATE_NOOP("Kinds", "No answer")),
    (FollowUpOutcome.WRONG_NUMBER, QT_TRANSLATE_NOOP("Kinds", "Wrong number")),
    (FollowUpOutcome.CALL_BACK, QT_TRANSLATE_NOOP("Kinds", "Call back later")),
    (TicketKind.TRAINING, QT_TRANSLATE_NOOP("Kinds", "Training on use")),
    (EventKind.COMPLAINT, QT_TRANSLATE_NOOP("Kinds", "Complaint")),
    (FollowUpKind.TRAINING, QT_TRANSLATE_NOOP("Kinds", "Training-on-use call")),
    (FollowUpKind.OTHER, QT_TRANSLATE_NOOP("Kinds", "Other call")),
    (FollowUpOutcome.NOT_REACHED, QT_TRANSLATE_NOOP("Kinds", "Not reached")),
    (ComplaintStatus.OPEN, QT_TRANSLATE_NOOP("Kinds", "Open")),
    (ComplaintStatus.ANSWERED, QT_TRANSLATE_NOOP("Kinds", "Answered")),
    (ComplaintStatus.CLOSED, QT_TRANSLATE_NOOP("Kinds", "Closed")),
]}


def label(value: StrEnum) -> Label:
    """The catalogue entry naming a kind; translate it where it is shown."""
    return Label(KIND_CONTEXT, LABELS[(type(value), value.value)])


class Resolution(StrEnum):
    """How a job ended for the customer. A repair job that ended without another one recorded
    was repaired (app.domain.resolutions.ended_as)."""

    REPAIRED = "repaired"
    UNIT_REPLACED = "unit_replaced"
    PART_REPLACED = "part_replaced"
    REFUNDED = "refunded"


class ClaimStatus(StrEnum):
    """Where a faulty part's claim for the manufacturer's credit stands."""

    TO_SEND = "to_send"
    SENT = "sent"
    CREDITED = "credited"
    REFUSED = "refused"


LABELS.update({(type(member), member.value): text for member, text in [
    (EventKind.RESOLUTION, QT_TRANSLATE_NOOP("Kinds", "Resolution")),
    (Resolution.REPAIRED, QT_TRANSLATE_NOOP("Kinds", "Repaired")),
    (Resolution.UNIT_REPLACED, QT_TRANSLATE_NOOP("Kinds", "Unit replaced")),
    (Resolution.PART_REPLACED, QT_TRANSLATE_NOOP("Kinds", "Part replaced")),
    (Resolution.REFUNDED, QT_TRANSLATE_NOOP("Kinds", "Money back")),
    (ClaimStatus.TO_SEND, QT_TRANSLATE_NOOP("Kinds", "To send")),
    (ClaimStatus.SENT, QT_TRANSLATE_NOOP("Kinds", "Sent")),
    (ClaimStatus.CREDITED, QT_TRANSLATE_NOOP("Kinds", "Credited")),
    (ClaimStatus.REFUSED, QT_TRANSLATE_NOOP("Kinds", "Refused")),
]})
