"""tickets: an index on the moment of delivery, for the monthly report

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 23:00:00

The report reads the jobs handed back in a month (turnaround, technicians, coverage) by
their delivery moment: without an index each read scans every ticket ever received.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f('ix_tickets_delivered_at'), 'tickets', ['delivered_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_tickets_delivered_at'), table_name='tickets')
