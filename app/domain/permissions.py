"""Who may do what: the one permission table. Every service that does one of these checks
it through `Desk.require`; screens ask `Desk.may` to hide or disable what a role may not
do. The administrator may do everything."""
from __future__ import annotations

from enum import StrEnum

from app.domain.kinds import Role


class Action(StrEnum):
    VOID_WARRANTY = "void_warranty"
    EXTEND_WARRANTY = "extend_warranty"
    OVERRIDE_PRICE = "override_price"
    """Charge a part at another price than the catalogue's."""
    EDIT_PARTS = "edit_parts"
    """The catalogue's parts: their prices, and stock received or adjusted."""
    UNDO_MOVE = "undo_move"
    """Take back a ticket's last status move."""
    UNDO_DELIVERY = "undo_delivery"
    """Take back a delivery or a closing: the unit went back to the customer."""
    DELETE_OR_ARCHIVE = "delete_or_archive"
    MERGE_CUSTOMERS = "merge_customers"
    CONTRACTS = "contracts"
    """Sign, price and cancel maintenance contracts."""
    IMPORT = "import"
    COMPANY_SETTINGS = "company_settings"
    USERS = "users"
    """Accounts: add one, set its password, disable it."""
    READ_AUDIT = "read_audit"
    RESTORE = "restore"
    """Put a backup in place of the database."""
    COMPLAINTS = "complaints"
    """Close a complaint with its root cause, and give a complaint to another owner."""
    REFUND = "refund"
    """Give the customer their money back for a unit."""
    RETURN_CLAIMS = "return_claims"
    """Move a faulty part's claim to the manufacturer on (sent, credited, refused)."""
    SELL_WARRANTY = "sell_warranty"
    """Sell a customer an extended warranty, at its price."""
    WARRANTY_RULES = "warranty_rules"
    """The warranty months and claim limits of product categories."""
    OVERRIDE_COVERAGE = "override_coverage"
    """Cover or charge a ticket line against the rule it falls under, saying why."""
    MONTHLY_REPORT = "monthly_report"
    """Read the monthly report: the money and every technician's figures."""


_MANAGERS = frozenset({Role.MANAGER})
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VOID_WARRANTY: _MANAGERS,
    Action.EXTEND_WARRANTY: _MANAGERS,
    Action.OVERRIDE_PRICE: _MANAGERS,
    Action.EDIT_PARTS: _MANAGERS,
    Action.UNDO_MOVE: frozenset({Role.CLERK, Role.MANAGER}),
    Action.UNDO_DELIVERY: _MANAGERS,
    Action.DELETE_OR_ARCHIVE: _MANAGERS,
    Action.MERGE_CUSTOMERS: _MANAGERS,
    Action.CONTRACTS: _MANAGERS,
    Action.IMPORT: _MANAGERS,
    Action.COMPANY_SETTINGS: _MANAGERS,
    Action.USERS: frozenset(),
    Action.READ_AUDIT: _MANAGERS,
    Action.RESTORE: _MANAGERS,
    Action.COMPLAINTS: _MANAGERS,
    Action.REFUND: _MANAGERS,
    Action.RETURN_CLAIMS: _MANAGERS,
    Action.SELL_WARRANTY: frozenset({Role.CLERK, Role.MANAGER}),
    Action.WARRANTY_RULES: _MANAGERS,
    Action.OVERRIDE_COVERAGE: _MANAGERS,
    Action.MONTHLY_REPORT: _MANAGERS,
}
"""The roles (besides the administrator) allowed each action."""


def allowed(role: Role, action: Action) -> bool:
    return role is Role.ADMIN or role in PERMISSIONS[action]
