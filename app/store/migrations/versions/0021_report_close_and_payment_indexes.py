"""tickets, payments: the monthly report's cancellations and payments read from indexes

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 02:50:00

The month's cancelled jobs and the jobs closed without a delivery by its end were counted by
walking every job of their status, and the month's payments by walking every payment: on ten
years of records, 200 ms a count. An index of status and closing, and one of the moment paid.
Plain CREATE INDEX (no batch copy of the tables: 0020's triggers stay on them).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_tickets_status_closed', 'tickets', ['status', 'closed_at'], unique=False)
    op.create_index(op.f('ix_payments_paid_at'), 'payments', ['paid_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_payments_paid_at'), table_name='payments')
    op.drop_index('ix_tickets_status_closed', table_name='tickets')
