"""Khedmat's domain: the records (SQLAlchemy models) and the rules over them.

No Qt and no reportlab here. Importing this package registers every model on `Base`.
"""
from app.domain.audit import AuditEntry
from app.domain.base import Base
from app.domain.complaints import Complaint
from app.domain.contracts import Contract, MaintenancePlan, contract_assets
from app.domain.followups import FollowUp, FollowUpAttempt
from app.domain.numbering import Counter
from app.domain.parts import Part, StockMovement
from app.domain.people import Customer, User
from app.domain.resolutions import PartReturn, Refund, Replacement
from app.domain.settings import Setting
from app.domain.tickets import Payment, Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Product, Warranty

__all__ = [
    "Asset",
    "AuditEntry",
    "Base",
    "Complaint",
    "Contract",
    "Counter",
    "Customer",
    "FollowUp",
    "FollowUpAttempt",
    "MaintenancePlan",
    "Part",
    "PartReturn",
    "Payment",
    "Product",
    "Refund",
    "Replacement",
    "Setting",
    "StockMovement",
    "Ticket",
    "TicketEvent",
    "TicketLine",
    "User",
    "Warranty",
    "contract_assets",
]
